"""The ``finkg`` command: a thin click shell, one library call per command."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import click

from pipeline import __version__
from pipeline.errors import FinkgError, QueryError, ReadError
from pipeline.store.stores import ENV_VAR, EXPORT_PREFIXES, ExportFormat, QueryResult, open_store

F = TypeVar("F", bound=Callable[..., Any])

#: Widest cell of a table, in terminal columns (longer values end in "…").
MAX_CELL_WIDTH = 60


class _Command(click.Command):
    """Domain errors become one clean line on stderr and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FinkgError as e:
            raise click.ClickException(str(e)) from e


class _Group(click.Group):
    command_class = _Command


def store_option(f: F) -> F:
    return click.option(
        "--store",
        "store",
        envvar=ENV_VAR,
        default=None,
        metavar="DIR|URL",
        help=f"Store directory (embedded Oxigraph) or SPARQL endpoint URL "
        f"[env {ENV_VAR}; default ./finkg-data].",
    )(f)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _unknown_length() -> Iterator[int]:
    """An iterable without a length: the progress bar counts instead of measuring."""
    yield from ()


@contextmanager
def _opened(location: str | None, read_only: bool = False) -> Iterator[Any]:
    store = open_store(location, read_only=read_only)
    try:
        yield store
    finally:
        store.close()


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="finkg")
def main() -> None:
    """finkg: Chinese financial news (Traditional and Simplified) into an RDF knowledge graph.

    \b
    Example:
      finkg ingest corpus/articles
      finkg query --name investments
      finkg export -o finkg.ttl
    """


# ---------------------------------------------------------------------------------------------
# ingest


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@store_option
@click.option(
    "--workers",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Extraction processes (1 runs inline; default: inline below 50 articles, else one per CPU, max 4).",
)
def ingest(paths: tuple[str, ...], store: str | None, workers: int | None) -> None:
    """Read articles (txt, HTML, JSON lines; UTF-8, Big5, GB18030) into the store.

    PATH is a file, a directory (read recursively) or "-" for standard input. Re-ingesting an
    unchanged article does nothing; an edited one (same key, new content) replaces its old facts.
    Exits with status 1 when any input could not be read or extracted (the others are ingested).

    \b
    Example:
      finkg ingest corpus/articles
      finkg ingest news.jsonl --store http://127.0.0.1:7878 --workers 2
    """
    from pipeline.ingest.run import IngestEvent
    from pipeline.ingest.run import ingest as run_ingest

    stdin = sys.stdin.buffer if "-" in paths else None
    with _opened(store) as opened:
        if sys.stderr.isatty():
            bar = click.progressbar(
                iterable=_unknown_length(), label="ingesting", show_pos=True, file=sys.stderr
            )
            with bar:

                def tick(event: IngestEvent) -> None:
                    bar.update(1)

                summary = run_ingest(paths, opened, workers=workers, progress=tick, stdin=stdin, clock=_now)
        else:
            summary = run_ingest(paths, opened, workers=workers, stdin=stdin, clock=_now)
    for source, reason in summary.failed:
        click.echo(f"failed: {source}: {reason}", err=True)
    click.echo(summary.format())
    if summary.failed:
        sys.exit(1)


# ---------------------------------------------------------------------------------------------
# extract


def _json_name(source: str, key: str, used: set[str]) -> str:
    stem = Path(source).stem or "article"
    name = stem
    if name in used:
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in key)
        name = f"{stem}-{safe}"
    n = 2
    while name in used:
        name = f"{stem}-{n}"
        n += 1
    used.add(name)
    return name + ".json"


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
    """Print the extraction of articles as JSON (the gold-format contract), without the store.

    One article prints one indented object; several print JSON lines (one object per line).

    \b
    Example:
      finkg extract corpus/articles/000_0f49195ad08e850a.txt
      finkg extract corpus/articles --out-dir out/json
    """
    from pipeline.eval.contract import to_contract
    from pipeline.nlp.extract import extract as run_extract
    from pipeline.nlp.wiring import build_nlp
    from pipeline.read.reader import read_inputs

    nlp = build_nlp()
    stdin = sys.stdin.buffer if "-" in paths else None
    failed = 0
    held: list[str] = []  # the first object, until we know whether there are several
    printed = 0
    used: set[str] = set()
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    for item in read_inputs(list(paths), stdin=stdin):
        if isinstance(item, ReadError):
            click.echo(f"failed: {item}", err=True)
            failed += 1
            continue
        try:
            obj = to_contract(run_extract(nlp, item))
        except Exception as e:
            click.echo(f"failed: {item.source}: extraction failed: {type(e).__name__}: {e}", err=True)
            failed += 1
            continue
        if out_dir is not None:
            target = out_dir / _json_name(item.source, item.key, used)
            target.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            click.echo(f"wrote {target}", err=True)
            continue
        line = json.dumps(obj, ensure_ascii=False)
        if printed == 0 and not held:
            held.append(json.dumps(obj, ensure_ascii=False, indent=2))
            held.append(line)
            continue
        if held:
            click.echo(held[1])
            held.clear()
            printed += 1
        click.echo(line)
        printed += 1
    if held:
        click.echo(held[0])
    if failed:
        sys.exit(1)


# ---------------------------------------------------------------------------------------------
# query


def display_width(text: str) -> int:
    """Terminal columns: wide and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * (width - display_width(text))
    return fill + text if right else text + fill


def compact(term: Any) -> str:
    """A term for reading: prefixed IRIs, literal values without datatype or language."""
    from rdflib import URIRef

    if term is None:
        return ""
    if isinstance(term, URIRef):
        iri = str(term)
        best = max(
            ((name, ns) for name, ns in EXPORT_PREFIXES.items() if iri.startswith(ns)),
            key=lambda p: len(p[1]),
            default=None,
        )
        return f"{best[0]}:{iri[len(best[1]) :]}" if best else f"<{iri}>"
    return str(term)


def _is_numeric(term: Any) -> bool:
    from rdflib import Literal

    value = term.value if isinstance(term, Literal) else None
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def format_table(variables: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """An aligned text table (CJK characters count two columns)."""
    cells = [[_clip(compact(t), MAX_CELL_WIDTH) for t in row] for row in rows]
    widths = [max([display_width(v), *(display_width(r[i]) for r in cells)]) for i, v in enumerate(variables)]
    numeric = [
        bool(rows) and all(_is_numeric(r[i]) or r[i] is None for r in rows) for i in range(len(variables))
    ]
    lines = ["  ".join(_pad(v, w, n) for v, w, n in zip(variables, widths, numeric, strict=True)).rstrip()]
    lines.append("  ".join("─" * w for w in widths))
    for r in cells:
        lines.append("  ".join(_pad(c, w, n) for c, w, n in zip(r, widths, numeric, strict=True)).rstrip())
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _sparql_json_term(term: Any) -> dict[str, str]:
    from rdflib import BNode, Literal

    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    return {"type": "uri", "value": str(term)}


def format_result(result: QueryResult, fmt: str) -> str:
    if result.form == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean})
        return "true" if result.boolean else "false"
    if result.form == "graph":
        return "\n".join(sorted(" ".join(t.n3() for t in triple) + " ." for triple in result.triples))
    if fmt == "table":
        return format_table(result.variables, result.rows)
    if fmt == "json":
        return json.dumps(
            {
                "head": {"vars": list(result.variables)},
                "results": {
                    "bindings": [
                        {
                            v: _sparql_json_term(t)
                            for v, t in zip(result.variables, row, strict=True)
                            if t is not None
                        }
                        for row in result.rows
                    ]
                },
            },
            ensure_ascii=False,
            indent=2,
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(["" if t is None else str(t) for t in row])
    return buffer.getvalue().rstrip("\n")


def _parse_params(pairs: Sequence[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        params[name.strip()] = value
    return params


def _list_queries() -> str:
    from pipeline.graph.queries import load_named_queries

    lines = []
    for name, q in sorted(load_named_queries().items()):
        lines.append(f"{name}{'  (showcase)' if getattr(q, 'showcase', False) else ''}")
        lines.append(f"    {q.description}")
        for param in getattr(q, "params", ()) or ():
            lines.append(f"    --param {_param_help(param)}")
    return "\n".join(lines)


def _param_help(param: Any) -> str:
    if isinstance(param, str):
        return f"{param}=…"
    name = getattr(param, "name", str(param))
    default = getattr(param, "default", None)
    text = f"{name}=…"
    if default is not None:
        text += f" (default {default})"
    description = getattr(param, "description", None)
    if description:
        text += f"  {description}"
    return text


@main.command()
@click.argument("sparql", required=False, metavar="[SPARQL|FILE]")
@click.option("--name", "-n", "name", default=None, help="Run a named query (see --list).")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="A named query parameter.")
@click.option("--list", "list_", is_flag=True, help="List the named queries with their parameters.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Output of SELECT results (CONSTRUCT/DESCRIBE print N-Triples).",
)
@store_option
def query(
    sparql: str | None, name: str | None, params: tuple[str, ...], list_: bool, fmt: str, store: str | None
) -> None:
    """Run a read-only SPARQL query over the union of all articles' graphs.

    SPARQL is the query text, a .rq file, or "-" for standard input. Updates (INSERT, DELETE,
    LOAD, CLEAR, DROP …) and SERVICE calls are refused.

    \b
    Example:
      finkg query 'SELECT ?org ?label WHERE { ?org a fin:Organization ; skos:prefLabel ?label }'
      finkg query queries/investments.rq --format csv
      finkg query --list
      finkg query --name investments --param currency=USD
    """
    if list_:
        click.echo(_list_queries())
        return
    if name is not None:
        if sparql is not None:
            raise click.UsageError("give either a query or --name, not both")
        from pipeline.graph.queries import load_named_queries

        named = load_named_queries()
        if name not in named:
            raise QueryError(f"no named query {name!r}; known: {', '.join(sorted(named))}")
        text = named[name].render(_parse_params(params))
    elif sparql is None:
        raise click.UsageError("give a SPARQL query, a .rq file, --name NAME or --list")
    elif sparql == "-":
        text = sys.stdin.read()
    elif os.path.isfile(sparql):
        text = Path(sparql).read_text(encoding="utf-8")
    else:
        text = sparql
    text = _with_prefixes(text)
    with _opened(store, read_only=True) as opened:
        result = opened.query(text)
    click.echo(format_result(result, fmt))


def _with_prefixes(text: str) -> str:
    """Declare the usual prefixes (fin:, skos:, …) the query uses but does not declare."""
    import re

    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", text)}
    header = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in EXPORT_PREFIXES.items()
        if p.lower() not in declared and re.search(rf"(?<![\w<\"]){re.escape(p)}:", text)
    ]
    return "\n".join([*header, text]) if header else text


# ---------------------------------------------------------------------------------------------
# export, stats, remove


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
    with _opened(store, read_only=True) as opened:
        if output is None:
            opened.export(ExportFormat(fmt), sys.stdout.buffer, include_static=not articles_only)
            return
        output.parent.mkdir(parents=True, exist_ok=True)
        partial = output.with_name(output.name + ".partial")
        with partial.open("wb") as out:
            n = opened.export(ExportFormat(fmt), out, include_static=not articles_only)
        partial.replace(output)
    click.echo(f"wrote {n} statements to {output}", err=True)


@main.command()
@store_option
def stats(store: str | None) -> None:
    """Count what the store holds: articles, triples, deals, amounts, entities by type.

    \b
    Example:
      finkg stats --store finkg-data
    """
    with _opened(store, read_only=True) as opened:
        click.echo(opened.stats().format())


@main.command()
@click.argument("article")
@store_option
def remove(article: str, store: str | None) -> None:
    """Remove one article's facts (by key, graph IRI or article IRI); other articles are untouched.

    \b
    Example:
      finkg remove 000_0f49195ad08e850a
    """
    from pipeline.ingest.run import remove as run_remove

    with _opened(store) as opened:
        removed = run_remove(opened, article)
    click.echo(f"removed {removed.key} ({removed.graph})")


# ---------------------------------------------------------------------------------------------
# validate, evaluate, demo


@main.command()
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@store_option
def validate(file: str | None, store: str | None) -> None:
    """Check a graph against the SHACL shapes: the store's articles, or an RDF FILE.

    Exits with status 1 when the graph does not conform.

    \b
    Example:
      finkg validate
      finkg validate out/finkg.ttl
    """
    from rdflib import Graph

    from pipeline.graph.shapes import validate as run_validate

    data: Graph | Path
    if file is not None:
        data = Path(file)
    else:
        buffer = io.BytesIO()
        with _opened(store, read_only=True) as opened:
            opened.export(ExportFormat.NTRIPLES, buffer, include_static=False)
        data = Graph().parse(data=buffer.getvalue().decode("utf-8"), format="nt")
    result = run_validate(data)
    click.echo(result.text.rstrip())
    if not result.conforms:
        sys.exit(1)


def _corpus(name: str) -> str:
    local = Path("corpus") / name
    if local.is_dir():
        return str(local)
    from pipeline.resources import _PACKAGE

    return str(_PACKAGE.parent / "corpus" / name)


@main.command()
@click.option(
    "--gold",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Gold JSON files [corpus/gold].",
)
@click.option(
    "--articles",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="Articles [corpus/articles].",
)
@click.option("--per-article", is_flag=True, help="Also a table per article.")
@click.option(
    "--show-errors", is_flag=True, help="List every false positive, false negative and attribute error."
)
def evaluate(gold: str | None, articles: str | None, per_article: bool, show_errors: bool) -> None:
    """Score the extraction against gold annotations: precision, recall, F1 per category.

    \b
    Example:
      finkg evaluate
      finkg evaluate --gold corpus/gold --articles corpus/articles --show-errors
    """
    from pipeline.eval.evaluate import evaluate as run_evaluate

    report = run_evaluate(gold or _corpus("gold"), articles or _corpus("articles"))
    click.echo(report.format(per_article=per_article, show_errors=show_errors))


@main.command()
@store_option
def demo(store: str | None) -> None:
    """Run the showcase named queries over the store and print their tables.

    \b
    Example:
      finkg ingest corpus/articles && finkg demo
    """
    from pipeline.graph.queries import load_named_queries

    showcase = [q for _, q in sorted(load_named_queries().items()) if getattr(q, "showcase", False)]
    if not showcase:
        raise QueryError("no showcase queries found in queries/")
    with _opened(store, read_only=True) as opened:
        click.echo(opened.stats().format())
        for q in showcase:
            result = opened.query(_with_prefixes(q.render({})))
            title = f"{q.name}: {q.description}"
            click.echo("")
            click.echo(click.style(title, bold=True))
            click.echo("═" * min(display_width(title), 100))
            click.echo(format_result(result, "table"))


if __name__ == "__main__":  # pragma: no cover
    main()
