"""``finkg ingest`` and ``finkg remove``: articles into and out of the store."""

from __future__ import annotations

import sys

import click

from pipeline.cli.base import force_option, main, opened, store_option
from pipeline.cli.options import echo_json, json_option
from pipeline.read.limits import MAX_BYTES


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@store_option
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    help="Extraction processes, while this one writes (0 runs inline; default: inline below 4 "
    "articles, else one per CPU, max 4).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=MAX_BYTES,
    show_default=True,
    help="Size limit of one article (a file read whole, a JSON-lines record), checked before reading.",
)
@click.option(
    "--ingested-at",
    metavar="DATETIME",
    default=None,
    help="Pin the ingest time written to the store (ISO 8601, e.g. 2024-05-01T08:00:00Z) for a "
    "reproducible store and export [default: $SOURCE_DATE_EPOCH, else now].",
)
@force_option
@json_option
def ingest(
    paths: tuple[str, ...],
    store: str | None,
    workers: int | None,
    max_bytes: int,
    ingested_at: str | None,
    force: bool,
    as_json: bool,
) -> None:
    """Read articles (txt, HTML, JSON lines; UTF-8, Big5, GB18030) into the store.

    PATH is a file, a directory (read recursively) or "-" for standard input; JSON lines on
    standard input are committed one by one as they arrive (`tail -f news.jsonl | finkg ingest -`).
    Re-ingesting an unchanged article does nothing; an edited one (same key, new content)
    replaces its old facts. Exits with status 1 when any input could not be read or extracted
    (the others are ingested) or the store went away (a remote server unreachable after
    retrying for $FINKG_STORE_RETRY seconds), 130 after Ctrl-C, 143 after SIGTERM (the articles
    written are whole; the summary says so). Into a remote store, an ingest holds its lock: a
    second one waits up to 30 s, then refuses. Reader warnings (an HTML page whose body looks
    thin, an article without a single fact) go to stderr with the path.

    Article keys: the canonical URL (HTML) or the JSON "id" (else "url"), else the path relative to
    the PATH argument without its extension (day1/article), else (stdin) a content hash. Two
    different texts under one key in one run: the second is reported failed, not ingested.

    The counts are sums over the article graphs written in this run: an entity or a deal reported
    by several articles counts once per article. `finkg stats` counts the distinct nodes.

    \b
    Example:
      finkg ingest corpus/articles
      finkg ingest corpus/articles/01_spdb-huarui-syndicated-loan.txt --store other-store --workers 0
      finkg ingest corpus/articles --json
    """
    import os

    from pipeline.cli.progress import count_articles, is_terminal, progress
    from pipeline.ingest import IngestEvent
    from pipeline.ingest import ingest as run_ingest
    from pipeline.ingest.clock import ingest_clock

    clock = ingest_clock(ingested_at, os.environ)
    stdin = sys.stdin.buffer if "-" in paths else None
    with opened(store, force=force) as target:
        total = count_articles(paths) if is_terminal() else None
        with progress("ingesting", total) as step:

            def tick(event: IngestEvent) -> None:
                step()

            summary = run_ingest(
                paths,
                target,
                workers=workers,
                progress=tick,
                stdin=stdin,
                clock=clock,
                max_bytes=max_bytes,
            )
    for source, message in summary.warnings:
        click.echo(f"warning: {source}: {message}", err=True)
    for source, reason in summary.failed:
        click.echo(f"failed: {source}: {reason}", err=True)
    if as_json:
        echo_json(summary.to_json())
    else:
        click.echo(summary.format())
    if summary.exit_status:
        sys.exit(summary.exit_status)


@main.command()
@click.argument("shards", nargs=-1, required=True, metavar="SHARD...", type=click.Path(dir_okay=False))
@store_option
@force_option
def load(shards: tuple[str, ...], store: str | None, force: bool) -> None:
    """Bulk-load N-Quads shards (from `finkg extract --format nquads`) into the store.

    Oxigraph's bulk loader writes the article graphs without a transaction per article, then the
    merged graph (each fact once) is built. For building a store or adding new articles; use
    ingest to replace articles already stored.

    \b
    Example:
      finkg extract corpus/articles/01_spdb-huarui-syndicated-loan.txt --format nquads --out-dir shards
      finkg load shards/shard-0000.nq --store loaded
    """
    from pathlib import Path

    from pipeline.ingest.load import load_shards

    with opened(store, force=force) as target:
        summary = load_shards(target, [Path(s) for s in shards])
    click.echo(summary.format())


@main.command()
@click.argument("article")
@store_option
def remove(article: str, store: str | None) -> None:
    """Remove one article's facts (by key, graph IRI or article IRI); other articles are untouched.

    \b
    Example:
      finkg remove 000_0f49195ad08e850a
    """
    from pipeline.ingest import remove as run_remove

    with opened(store) as target:
        removed = run_remove(target, article)
    click.echo(f"removed {removed.key} ({removed.graph})")
