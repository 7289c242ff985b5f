"""``finkg export`` and ``finkg stats``: what the store holds, as RDF or as counts."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.base import main, opened, store_option
from pipeline.store import ExportFormat


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in ExportFormat]),
    default="turtle",
    show_default=True,
    help="turtle and ntriples hold the union of the graphs; trig, nquads and jsonld keep one per article.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File (default stdout).",
)
@click.option("--articles-only", is_flag=True, help="Leave out the static graphs (the ontology).")
@store_option
def export(fmt: str, output: Path | None, articles_only: bool, store: str | None) -> None:
    """Write the whole store as RDF, sorted: the same store gives the same bytes.

    \b
    Example:
      finkg export -o out/finkg.ttl
      finkg export --format trig -o out/finkg.trig
    """
    from pipeline.store.export import export_to_file

    with opened(store, read_only=True) as source:
        if output is None:
            source.export(ExportFormat(fmt), sys.stdout.buffer, include_static=not articles_only)
            return
        n = export_to_file(source, fmt, output, include_static=not articles_only)
    click.echo(f"wrote {n} statements to {output}", err=True)


@main.command()
@store_option
def stats(store: str | None) -> None:
    """Count what the store holds: articles, triples, deals, amounts, entities by type.

    \b
    Example:
      finkg stats --store finkg-data
    """
    with opened(store, read_only=True) as source:
        click.echo(source.stats().format())
