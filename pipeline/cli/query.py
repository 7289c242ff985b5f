"""``finkg query`` and ``finkg demo``: read-only SPARQL over the merged graph (each fact once)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click.shell_completion import CompletionItem

from pipeline.cli.base import main, opened, store_option
from pipeline.cli.options import FormatName, echo_json, json_option
from pipeline.errors import FinkgError
from pipeline.store import formats

if TYPE_CHECKING:
    from pipeline.graph.queries import NamedQuery, Page
    from pipeline.store import EmbeddedStore, RemoteStore
    from pipeline.store.results import QueryResult


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
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="Rows of the page. A listing (articles, entity-mentions, deal-evidence, implied-rates: "
    "`--list` says) gives its first page by default; any other query every row.",
)
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Rows skipped before the page.")
@click.option("--all", "every_row", is_flag=True, help="Every row of a listing (no page).")
@click.option(
    "--count", "count", is_flag=True, help="Print the number of rows of the whole answer (every page)."
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
    limit: int | None,
    offset: int,
    every_row: bool,
    count: bool,
    as_json: bool,
    store: str | None,
) -> None:
    """Run a read-only SPARQL query over the store's merged graph: every fact of every article,
    each once (a deal's agent is one row, however many articles report the deal). The articles'
    own graphs stay reachable with GRAPH ?g { … } (which article said what).

    SPARQL is the query text, a .rq file, or "-" for standard input. The usual prefixes (fin:,
    skos:, org: …) need no declaration. Updates (INSERT, DELETE, LOAD, CLEAR, DROP …) and SERVICE
    calls are refused. --json is --format json (and, with --list, the named queries as JSON).

    The listings (the named queries whose answer grows with the store) give a page: their first
    100 rows by default, --limit/--offset for another, --all for every row, --count for the
    number of rows; the page is picked inside the query, so it costs its own rows (its order is
    total: pages neither overlap nor skip a row). --limit/--offset also page any other SELECT
    (after the whole answer is computed: write LIMIT/OFFSET in the query to spare the engine).

    \b
    Example:
      finkg query 'SELECT ?org ?label WHERE { ?org a fin:Organization ; skos:prefLabel ?label }'
      finkg query queries/largest-deals.rq --format csv
      finkg query queries/largest-deals.rq --format tsv -o out/largest.tsv
      finkg query 'CONSTRUCT { ?d a fin:Deal } WHERE { ?d a fin:Deal }' --format turtle
      finkg query --list
      finkg query --list --json
      finkg query --name deals-of-company --param company=NVIDIA
      finkg query --name articles --limit 10 --offset 10
      finkg query --name entity-mentions -p entity=輝達 --all -o mentions.csv
      finkg query --name articles --count
    """
    from pipeline.graph.queries import describe_queries, queries_json

    if list_:
        if as_json:
            echo_json(queries_json())
        else:
            click.echo(describe_queries())
        return
    if sparql is None and name is None:
        raise click.UsageError("give a SPARQL query, a .rq file, --name NAME or --list")
    page = requested_page(limit, offset, every_row)
    if count and page is not None:
        raise click.UsageError("--count counts every row: it takes no --limit, --offset or --all")
    chosen = fmt or ("json" if as_json else None)
    with opened(store, read_only=True) as source:
        if count:
            rows = count_rows(source, sparql, name, parse_params(params))
            click.echo(f'{{"rows": {rows}}}' if chosen == "json" else str(rows))
            return
        result, more = run_page(source, sparql, name, parse_params(params), page)
    write_result(result, chosen, output)
    if more:
        first = page.offset if page is not None else 0
        click.echo(
            f"rows {first + 1}–{first + len(result)} shown, more follow: --offset {first + len(result)} "
            "for the next page, --all for every row, --count for their number",
            err=True,
        )


def requested_page(limit: int | None, offset: int, every_row: bool) -> Page | None:
    """The page the options ask for; None: the query's default (a listing's first page)."""
    from pipeline.graph.queries import EVERY_ROW, Page

    if every_row:
        if limit is not None or offset:
            raise click.UsageError("--all takes no --limit or --offset")
        return EVERY_ROW
    if limit is None and not offset:
        return None
    return Page(limit, offset)


def _named(sparql: str | None, name: str | None) -> NamedQuery | None:
    from pipeline.graph.queries import get_named_query

    if name is None:
        return None
    if sparql is not None:
        raise click.UsageError("give either a query or a query name, not both")
    return get_named_query(name)


def _text(sparql: str | None, name: str | None, params: dict[str, str]) -> str:
    from pipeline.graph.queries import query_text

    return query_text(sys.stdin.read() if sparql == "-" else sparql, name, params)


def count_rows(
    source: EmbeddedStore | RemoteStore, sparql: str | None, name: str | None, params: dict[str, str]
) -> int:
    """The rows of the whole answer: counted by the engine for a listing, else those returned."""
    from pipeline.graph.queries import with_prefixes

    named = _named(sparql, name)
    if named is not None and named.page is not None:
        return int(str(source.query(with_prefixes(named.count_text(params))).rows[0][0]))
    result = source.query(_text(sparql, name, params))
    if result.form != "select":
        raise click.UsageError("--count counts the rows of a SELECT query")
    return len(result)


def run_page(
    source: EmbeddedStore | RemoteStore,
    sparql: str | None,
    name: str | None,
    params: dict[str, str],
    page: Page | None,
) -> tuple[QueryResult, bool]:
    """The result (its page) and whether more rows follow it. A listing is asked for one row
    more than the page, to know; another query's rows are sliced."""
    from pipeline.graph.queries import Page, with_prefixes
    from pipeline.store.listings import listing_page

    named = _named(sparql, name)
    if named is not None and named.page is not None:
        chosen = page or Page(named.page)
        if chosen.limit is None and chosen.offset:
            chosen = Page(named.page, chosen.offset)
        if chosen.limit is None:
            return source.query(with_prefixes(named.render(params, chosen))), False
        return listing_page(source, named, params, chosen.limit, chosen.offset)
    result = source.query(_text(sparql, name, params))
    if page is None or (page.limit is None and not page.offset):
        return result, False
    if result.form != "select":
        raise click.UsageError("--limit and --offset page the rows of a SELECT query")
    shown = page.rows(list(result.rows))
    return replace(result, rows=tuple(shown)), page.end is not None and len(result.rows) > page.end


def write_result(result: QueryResult, chosen: str | None, output: Path | None) -> None:
    from pipeline.store.results import render_result

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
    from pipeline.graph.queries import Page, showcase_queries
    from pipeline.store.results import display_width, format_result

    with opened(store, read_only=True) as source:
        click.echo(source.stats().format())
        for q in showcase_queries():
            # a listing computes the rows shown alone (and one more, to know whether more follow)
            page = Page(rows) if q.page is not None else None
            result, more = run_page(source, None, q.name, {}, page)
            title = f"{q.name}: {q.description}"
            click.echo("")
            click.echo(click.style(title, bold=True))
            click.echo("═" * min(display_width(title), 100))
            shown = replace(result, rows=result.rows[:rows]) if result.form == "select" else result
            click.echo(format_result(shown, "table"))
            if page is not None and more:
                click.echo(f"… more rows: finkg query --name {q.name} --offset {rows}")
            elif len(shown) < len(result):
                click.echo(f"… {len(result) - len(shown)} more rows: finkg query --name {q.name}")
