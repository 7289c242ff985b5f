"""The command-line interface: one thin click command per job."""

from pipeline.cli import serve
from pipeline.cli.app import main

__all__ = ["main", "serve"]
