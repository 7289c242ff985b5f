"""SPARQL results: what a query returns (rdflib terms), the read-only check, and how results read.

``QueryResult`` is the same whatever the backend. ``render_result`` writes it as an aligned text
table (CJK characters count two columns) or, through pyoxigraph's own serialisers, as the W3C
formats: SPARQL JSON, SPARQL XML, CSV and TSV (terms in N-Triples syntax, ``?var`` header);
CONSTRUCT and DESCRIBE results in any RDF format (sorted), or sorted N-Triples for a table.
Format names and aliases: :mod:`pipeline.store.formats`.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

import pyoxigraph as ox
from rdflib import BNode, URIRef
from rdflib import Literal as RdfLiteral
from rdflib.term import Node

from pipeline.errors import FinkgError, QueryError
from pipeline.graph.namespace import EXPORT_PREFIXES
from pipeline.store.conversion import from_ox

Form = Literal["select", "ask", "graph"]
Row = tuple[Node | None, ...]
#: Widest cell of a table, in terminal columns (longer values end in "…").
MAX_CELL_WIDTH = 60
OUTPUT_FORMATS: tuple[str, ...] = ("table", "json", "xml", "csv", "tsv")
#: SPARQL results format → pyoxigraph's serialiser
RESULTS_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}


@dataclass(frozen=True)
class QueryResult:
    """A SPARQL result with rdflib terms: rows for SELECT, a boolean for ASK, triples otherwise."""

    form: Form
    variables: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()
    boolean: bool | None = None
    triples: tuple[tuple[Node, Node, Node], ...] = ()

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows) if self.form == "select" else len(self.triples)


def result_from_ox(raw: Any, form: Form) -> QueryResult:
    if form == "ask":
        return QueryResult(form="ask", boolean=bool(raw))
    if form == "graph":
        triples = tuple((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in raw)
        return QueryResult(form="graph", triples=triples)  # type: ignore[arg-type]
    variables = tuple(raw.variables)
    # a term repeated across rows (an entity's label, an article's title and date on each of its
    # mentions) is converted once per result: 35,800 rows of entity-mentions at 5,000 articles
    # spent a third of the query in building rdflib terms
    seen: dict[Any, Node | None] = {}

    def term(value: Any) -> Node | None:
        if value is None:
            return None
        found = seen.get(value)
        if found is None:
            found = seen[value] = from_ox(value)
        return found

    rows = tuple(tuple(term(solution[v]) for v in variables) for solution in raw)
    return QueryResult(form="select", variables=tuple(v.value for v in variables), rows=rows)


def oxigraph_form(raw: Any) -> Form:
    if isinstance(raw, ox.QueryBoolean):
        return "ask"
    return "graph" if isinstance(raw, ox.QueryTriples) else "select"


# --- the read-only check


def _walk(node: Any) -> Iterator[Any]:
    from pyparsing import ParseResults

    yield node
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list | tuple | ParseResults):
        for value in node:
            yield from _walk(value)


#: a cheap first look: only a query mentioning SERVICE is parsed for a real SERVICE clause
MENTIONS_SERVICE = re.compile(r"(?i)\bSERVICE\b")

#: strings, IRIs and comments (skipped), or the FROM of a dataset clause
_DATASET_SCAN = re.compile(
    r'"""[\s\S]*?"""|' + r"'''[\s\S]*?'''|"
    r'"(?:[^"\\\n]|\\.)*"|' + r"'(?:[^'\\\n]|\\.)*'|"
    r'<[^<>"{}|^`\\\s]*>|#[^\n]*|(?P<from>(?<![?$:\w])[Ff][Rr][Oo][Mm]\b)'
)


def has_dataset_clause(sparql: str) -> bool:
    """Whether the query names its dataset (``FROM <g>``, ``FROM NAMED <g>``), outside strings,
    IRIs and comments: then it runs on the graphs it names, not on the merged default graph."""
    return any(m.group("from") for m in _DATASET_SCAN.finditer(sparql))


def query_form(sparql: str) -> Form:
    """The form of a read-only query; ``QueryError`` for updates, SERVICE calls and syntax errors."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parsed = parseQuery(sparql)
    except ParseException as e:
        try:
            parseUpdate(sparql)
        except ParseException:
            raise QueryError(f"SPARQL syntax error: {e}") from None
        raise QueryError(
            "refused: this is a SPARQL update (INSERT/DELETE/LOAD/CLEAR/DROP/…); "
            "the query path is read-only — use `finkg ingest` / `finkg remove` to change the store"
        ) from None
    for node in _walk(parsed):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            raise QueryError("refused: SERVICE (federated query) is not allowed on the read-only path")
    name = parsed[1].name
    if name == "SelectQuery":
        return "select"
    if name == "AskQuery":
        return "ask"
    return "graph"


# --- reading results


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
    value = term.value if isinstance(term, RdfLiteral) else None
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


def sparql_json_term(term: Any) -> dict[str, str]:
    if isinstance(term, RdfLiteral):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None:
            out["datatype"] = str(term.datatype)
        return out
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    return {"type": "uri", "value": str(term)}


def sparql_json(result: QueryResult) -> str:
    bindings = [
        {v: sparql_json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    head = {"vars": list(result.variables)}
    return json.dumps({"head": head, "results": {"bindings": bindings}}, ensure_ascii=False, indent=2)


def oxigraph_results(result: QueryResult) -> Any:
    """The result as pyoxigraph ``QuerySolutions`` / ``QueryBoolean`` (read back from SPARQL JSON)."""
    if result.form == "ask":
        data = json.dumps({"head": {}, "boolean": bool(result.boolean)})
    else:
        data = sparql_json(result)
    return ox.parse_query_results(data.encode("utf-8"), format=ox.QueryResultsFormat.JSON)


def _graph_bytes(result: QueryResult, rdf: str) -> bytes:
    from pipeline.store.base import ExportFormat
    from pipeline.store.conversion import to_ox
    from pipeline.store.export import write_export

    fmt = ExportFormat(rdf)
    triples = [ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in result.triples]  # type: ignore[arg-type]
    out = io.BytesIO()
    write_export(triples, fmt, out)
    return out.getvalue()


def render_result(result: QueryResult, fmt: str = "table") -> bytes:
    """The result in ``fmt``: a results format name (table, json, xml, csv, tsv) for SELECT and ASK,
    an RDF format name for CONSTRUCT and DESCRIBE (aliases and MIME types accepted; ``table`` gives
    sorted N-Triples, ``json`` JSON-LD, ``xml`` RDF/XML). ``QueryError`` for a format the form has not."""
    from pipeline.store import formats

    if result.form == "graph":
        if fmt.strip().lower() in ("table", "text"):
            lines = sorted(" ".join(t.n3() for t in triple) + " ." for triple in result.triples)
            return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
        try:
            return _graph_bytes(result, formats.rdf_format(fmt))
        except FinkgError as e:
            raise QueryError(f"CONSTRUCT and DESCRIBE give RDF: {e}") from None
    try:
        name = formats.result_format(fmt)
    except FinkgError as e:
        raise QueryError(f"SELECT and ASK give SPARQL results: {e}") from None
    if name == "table":
        text = (
            ("true" if result.boolean else "false")
            if result.form == "ask"
            else format_table(result.variables, result.rows)
        )
        return (text + "\n").encode("utf-8")
    return bytes(oxigraph_results(result).serialize(format=RESULTS_FORMATS[name]))


def format_result(result: QueryResult, fmt: str) -> str:
    """``render_result`` as text, without the final newline (for ``click.echo``)."""
    return render_result(result, fmt).decode("utf-8").rstrip("\n")
