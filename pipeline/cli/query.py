"""``finkg query`` and ``finkg demo``: read-only SPARQL over the merged graph (each fact once)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import click
from click.shell_completion import CompletionItem

from pipeline.cli.base import main, opened, store_option
from pipeline.cli.options import FormatName, echo_json, json_option
from pipeline.errors import FinkgError
from pipeline.store import formats


def parse_params(pairs: Sequence[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        params[name.strip()] = value
    return params


def _query_names(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[CompletionItem]:
    """Shell completion of --name: the named queries."""
    from pipeline.graph.queries import load_named_queries

    try:
        named = load_named_queries()
    except FinkgError:
        return []
    return [CompletionItem(n, help=q.description[:60]) for n, q in named.items() if n.startswith(incomplete)]


QUERY_FORMATS = formats.all_names(formats.RESULT_FORMATS) + [
    n for n in formats.all_names(formats.RDF_FORMATS) if n not in formats.all_names(formats.RESULT_FORMATS)
]


def _any_query_format(value: str) -> str:
    try:
        return formats.result_format(value)
    except FinkgError:
        return formats.rdf_format(value)


@main.command()
@click.argument("sparql", required=False, metavar="[SPARQL|FILE]")
@click.option(
    "--name", "-n", "name", default=None, shell_complete=_query_names, help="Run a named query (see --list)."
)
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A named query parameter.")
@click.option("--list", "list_", is_flag=True, help="List the named queries with their parameters.")
@click.option(
    "--format",
    "fmt",
    type=FormatName(QUERY_FORMATS, _any_query_format),
    default=None,
    help="SELECT/ASK: table, json, xml, csv, tsv (W3C SPARQL results) or their MIME types; "
    "CONSTRUCT/DESCRIBE: any RDF format (turtle, nt, json-ld, xml …; table prints N-Triples). "
    "Default: from the -o extension, else table.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="File (default stdout).",
)
@json_option
@store_option
def query(
    sparql: str | None,
    name: str | None,
    params: tuple[str, ...],
    list_: bool,
    fmt: str | None,
    output: Path | None,
    as_json: bool,
    store: str | None,
) -> None:
    """Run a read-only SPARQL query over the store's merged graph: every fact of every article,
    each once (a deal's agent is one row, however many articles report the deal). The articles'
    own graphs stay reachable with GRAPH ?g { … } (which article said what).

    SPARQL is the query text, a .rq file, or "-" for standard input. The usual prefixes (fin:,
    skos:, org: …) need no declaration. Updates (INSERT, DELETE, LOAD, CLEAR, DROP …) and SERVICE
    calls are refused. --json is --format json (and, with --list, the named queries as JSON).

    \b
    Example:
      finkg query 'SELECT ?org ?label WHERE { ?org a fin:Organization ; skos:prefLabel ?label }'
      finkg query queries/largest-deals.rq --format csv
      finkg query queries/largest-deals.rq --format tsv -o out/largest.tsv
      finkg query 'CONSTRUCT { ?d a fin:Deal } WHERE { ?d a fin:Deal }' --format turtle
      finkg query --list
      finkg query --list --json
      finkg query --name deals-of-company --param company=NVIDIA
    """
    from pipeline.graph.queries import describe_queries, queries_json, query_text
    from pipeline.store.results import render_result

    if list_:
        if as_json:
            echo_json(queries_json())
        else:
            click.echo(describe_queries())
        return
    if sparql is None and name is None:
        raise click.UsageError("give a SPARQL query, a .rq file, --name NAME or --list")
    text = query_text(sys.stdin.read() if sparql == "-" else sparql, name, parse_params(params))
    chosen = fmt or ("json" if as_json else None)
    with opened(store, read_only=True) as source:
        result = source.query(text)
    if chosen is None and output is not None:
        by_path = formats.result_format_for_path if result.form != "graph" else formats.rdf_format_for_path
        chosen = by_path(output)
    data = render_result(result, chosen or "table")
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    click.echo(f"wrote {len(result)} {'rows' if result.form != 'graph' else 'triples'} to {output}", err=True)


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
    from pipeline.store.results import display_width, format_result

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
