"""The command-line interface: one thin click command per job, one module per group of commands.

Each command calls one library function and prints what it returns; ``FinkgError`` becomes a
``click.ClickException`` (one line on stderr, exit status 1) in :mod:`pipeline.cli.base`.
"""

from pipeline.cli import check, export, extract, ingest, query, serve
from pipeline.cli.base import main

__all__ = ["check", "export", "extract", "ingest", "main", "query", "serve"]
