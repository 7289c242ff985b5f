"""``finkg extract``: the JSON contract of articles, without the store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.base import main


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write one <input stem>.json per article here instead of printing.",
)
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True)
def extract(paths: tuple[str, ...], out_dir: Path | None, fmt: str) -> None:
    """Print the extraction of articles as JSON (the contract of corpus/gold), without the store.

    One article prints one indented object; several print JSON lines (one object per line).
    Exits with status 1 when any input could not be read or extracted.

    \b
    Example:
      finkg extract corpus/articles/000_0f49195ad08e850a.txt
      finkg extract corpus/articles --out-dir out/json
    """
    from pipeline.ingest.to_json import extract_to_json

    failed = 0
    for output in extract_to_json(paths, out_dir, stdin=sys.stdin.buffer if "-" in paths else None):
        if output.kind == "json":
            click.echo(output.text)
        elif output.kind == "wrote":
            click.echo(f"wrote {output.text}", err=True)
        else:
            click.echo(f"failed: {output.text}", err=True)
            failed += 1
    if failed:
        sys.exit(1)
