"""``finkg extract``: the JSON contract of articles, without the store."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.base import main
from pipeline.read.limits import MAX_BYTES

if TYPE_CHECKING:
    from pipeline.ingest.to_json import Output


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--out-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write one <input stem>.json per article here instead of printing.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "nquads"]),
    default="json",
    show_default=True,
    help="json: the contract; nquads: the article graphs as `finkg load` shards (needs --out-dir).",
)
@click.option(
    "--shard-size", type=click.IntRange(min=1), default=1000, show_default=True, help="Articles per shard."
)
@click.option(
    "--workers", "-j", type=click.IntRange(min=0), default=None, help="Extraction processes (nquads)."
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=MAX_BYTES,
    show_default=True,
    help="Size limit of one article (a file read whole, a JSON-lines record), checked before reading.",
)
def extract(
    paths: tuple[str, ...],
    out_dir: Path | None,
    fmt: str,
    shard_size: int,
    workers: int | None,
    max_bytes: int,
) -> None:
    """Print the extraction of articles as JSON (the contract of corpus/gold), without the store.

    One article prints one indented object; several print JSON lines (one object per line).
    With --format nquads, write N-Quads shards of article graphs to --out-dir for `finkg load`.
    Exits with status 1 when any input could not be read or extracted.

    \b
    Example:
      finkg extract corpus/articles/000_0f49195ad08e850a.txt
      finkg extract corpus/articles --out-dir out/json
      finkg extract corpus/articles --format nquads --out-dir shards && finkg load shards/shard-0000.nq
    """
    from pipeline.cli.progress import count_articles, is_terminal, progress
    from pipeline.collector import collector_paused

    with collector_paused():  # spaCy and the pipeline's modules: long-lived objects
        from pipeline.ingest.to_json import extract_to_json

    stdin = sys.stdin.buffer if "-" in paths else None
    if fmt == "nquads":
        from pipeline.ingest.shards import extract_shards

        if out_dir is None:
            raise click.UsageError("--format nquads writes shards: give --out-dir")
        summary = extract_shards(paths, out_dir, shard_size, workers=workers, stdin=stdin)
        for source, reason in summary.failed:
            click.echo(f"failed: {source}: {reason}", err=True)
        click.echo(summary.format(), err=True)
        if summary.failed:
            sys.exit(1)
        return

    # a bar only when the JSON does not go to the same terminal; it replaces the "wrote" lines
    show = is_terminal() and (out_dir is not None or not is_terminal(sys.stdout))
    outputs = extract_to_json(paths, out_dir, stdin=stdin, max_bytes=max_bytes)
    with progress("extracting", count_articles(paths) if show else None, enabled=show) as step:
        failed, wrote = _show(outputs, step, quiet=show)
    if show and wrote:
        click.echo(f"wrote {wrote} files to {out_dir}", err=True)
    if failed:
        sys.exit(1)


def _show(outputs: Iterable[Output], step: Callable[[], None], quiet: bool) -> tuple[int, int]:
    """Print each output where it belongs; returns (failures, files written)."""
    failed = wrote = 0
    for output in outputs:
        if output.kind != "warning":
            step()
        if output.kind == "json":
            click.echo(output.text)
        elif output.kind == "warning":
            click.echo(f"warning: {output.text}", err=True)
        elif output.kind == "wrote":
            wrote += 1
            if not quiet:
                click.echo(f"wrote {output.text}", err=True)
        else:
            click.echo(f"failed: {output.text}", err=True)
            failed += 1
    return failed, wrote
