"""``finkg query`` and ``finkg demo``: read-only SPARQL over the merged graph (each fact once)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace

import click

from pipeline.cli.base import main, opened, store_option
from pipeline.store.results import OUTPUT_FORMATS, display_width, format_result


def parse_params(pairs: Sequence[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        params[name.strip()] = value
    return params


@main.command()
@click.argument("sparql", required=False, metavar="[SPARQL|FILE]")
@click.option("--name", "-n", "name", default=None, help="Run a named query (see --list).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A named query parameter.")
@click.option("--list", "list_", is_flag=True, help="List the named queries with their parameters.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(OUTPUT_FORMATS),
    default="table",
    show_default=True,
    help="Output of SELECT results (CONSTRUCT/DESCRIBE print N-Triples).",
)
@store_option
def query(
    sparql: str | None, name: str | None, params: tuple[str, ...], list_: bool, fmt: str, store: str | None
) -> None:
    """Run a read-only SPARQL query over the store's merged graph: every fact of every article,
    each once (a deal's agent is one row, however many articles report the deal). The articles'
    own graphs stay reachable with GRAPH ?g { … } (which article said what).

    SPARQL is the query text, a .rq file, or "-" for standard input. The usual prefixes (fin:,
    skos:, org: …) need no declaration. Updates (INSERT, DELETE, LOAD, CLEAR, DROP …) and SERVICE
    calls are refused.

    \b
    Example:
      finkg query 'SELECT ?org ?label WHERE { ?org a fin:Organization ; skos:prefLabel ?label }'
      finkg query queries/largest-deals.rq --format csv
      finkg query --list
      finkg query --name deals-of-company --param company=NVIDIA
    """
    from pipeline.graph.queries import describe_queries, query_text

    if list_:
        click.echo(describe_queries())
        return
    if sparql is None and name is None:
        raise click.UsageError("give a SPARQL query, a .rq file, --name NAME or --list")
    text = query_text(sys.stdin.read() if sparql == "-" else sparql, name, parse_params(params))
    with opened(store, read_only=True) as source:
        click.echo(format_result(source.query(text), fmt))


#: rows of each showcase table ``finkg demo`` prints (the query itself is complete)
DEMO_ROWS = 40


@main.command()
@store_option
@click.option(
    "--rows", type=click.IntRange(min=1), default=DEMO_ROWS, show_default=True, help="Rows shown per query."
)
def demo(store: str | None, rows: int) -> None:
    """Run the showcase named queries over the store and print their tables.

    \b
    Example:
      finkg ingest corpus/articles && finkg demo
    """
    from pipeline.graph.queries import showcase_queries, with_prefixes

    with opened(store, read_only=True) as source:
        click.echo(source.stats().format())
        for q in showcase_queries():
            result = source.query(with_prefixes(q.render({})))
            title = f"{q.name}: {q.description}"
            click.echo("")
            click.echo(click.style(title, bold=True))
            click.echo("═" * min(display_width(title), 100))
            shown = replace(result, rows=result.rows[:rows]) if result.form == "select" else result
            click.echo(format_result(shown, "table"))
            if len(shown) < len(result):
                click.echo(f"… {len(result) - len(shown)} more rows: finkg query --name {q.name}")
