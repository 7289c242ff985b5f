"""``finkg export`` and ``finkg stats``: what the store holds, as RDF, as a property graph, or as counts."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.base import main, opened, store_option
from pipeline.cli.options import FormatName, echo_json, json_option
from pipeline.store import formats


@main.command()
@click.option(
    "--format",
    "fmt",
    type=FormatName(formats.all_names(formats.EXPORT_FORMATS), formats.export_format),
    default=None,
    help="turtle (ttl), ntriples (nt), rdfxml (xml, rdf) hold the union of the graphs; trig, nquads (nq) "
    "and jsonld (json-ld) keep one graph per article; graphml and csv write the entity–deal graph. "
    "MIME types work too. Default: from the -o extension, else turtle.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File (default stdout); for --format csv a directory, or NAME.csv for NAME-nodes.csv and "
    "NAME-edges.csv.",
)
@click.option("--articles-only", is_flag=True, help="Leave out the static graphs (the ontology).")
@store_option
def export(fmt: str | None, output: Path | None, articles_only: bool, store: str | None) -> None:
    """Write the whole store as RDF, sorted (the same store gives the same bytes), or its
    entity–deal graph for Gephi, networkx and Neo4j.

    \b
    Example:
      finkg export -o out/finkg.ttl
      finkg export -o out/finkg.nt
      finkg export --format trig -o out/finkg.trig
      finkg export --format json-ld --articles-only -o out/finkg.jsonld
      finkg export -o out/deals.graphml
      finkg export --format csv -o out/neo4j
    """
    from pipeline.store import ExportFormat
    from pipeline.store.export import export_to_file

    name = formats.export_format(fmt) if fmt else None
    if name is None:
        name = (formats.export_format_for_path(output) if output is not None else None) or "turtle"
    with opened(store, read_only=True) as source:
        if name in ("graphml", "csv"):
            from pipeline.graph.network import export_network

            nodes, edges, written = export_network(source, name, output, sys.stdout.buffer)
            if written:
                click.echo(
                    f"wrote {nodes} nodes and {edges} edges to {', '.join(map(str, written))}", err=True
                )
            return
        if output is None:
            source.export(ExportFormat(name), sys.stdout.buffer, include_static=not articles_only)
            return
        n = export_to_file(source, name, output, include_static=not articles_only)
    click.echo(f"wrote {n} statements to {output} ({name})", err=True)


@main.command()
@store_option
@json_option
def stats(store: str | None, as_json: bool) -> None:
    """Count what the store holds: articles, triples, deals, amounts, entities by type.

    Deals, amounts and entities are distinct nodes of the store: a company or a deal reported
    by several articles counts once (``finkg ingest`` reports per-article sums instead).

    \b
    Example:
      finkg stats --store finkg-data
      finkg stats --json
    """
    with opened(store, read_only=True) as source:
        counts = source.stats()
    if as_json:
        echo_json(counts.to_json())
    else:
        click.echo(counts.format())
