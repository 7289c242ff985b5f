"""The named SPARQL queries shipped in ``queries/*.rq``.

Each file starts with a header of comment lines::

    # name: deals-of-company
    # description: Every deal a company is party to, in both directions …
    #   (a description may continue on indented comment lines)
    # param: company = NVIDIA
    # param: deal (required)
    # showcase: true
    # page: 100

and its body declares each parameter as an inline-data block ``VALUES ?company { … }`` holding
the default, so the file is a runnable query as it stands; a query that resolves the parameter
in several subqueries (each bounded, see below) repeats the block, with the same default.
:meth:`NamedQuery.render` replaces every block's content with the caller's value, written as a
SPARQL term — never spliced as text:

- ``<…>``, ``http(s)://…``, ``urn:…`` → an IRI (characters not allowed in an IRI are refused);
- anything else → a string literal, escaped; a literal is also given in its Simplified and
  Traditional forms (OpenCC), so a name typed in either script finds the label written in the
  other. Queries compare labels case-insensitively.

A listing — a query whose answer grows with the store (``articles``, ``entity-mentions`` …) —
declares ``# page: N``, the rows a page holds by default, and writes where the page applies:
``LIMIT N OFFSET 0  # page`` on the subquery that picks the page's rows (so that the rest of the
query reads the details of those rows alone), and ``LIMIT N  # page end`` where it needs the rows
up to the page's last (offset + limit: the articles a page of mentions may come from). The file
as it stands is the first page; :meth:`NamedQuery.render` sets another (:class:`Page`), or removes
both clauses for every row (:data:`EVERY_ROW`). Its order is total, so pages neither overlap nor
skip a row. :meth:`NamedQuery.count_text` counts the rows of the whole answer.

A formulation that picks the page first and looks its rows' details up is slow for every row
(a lookup per row where one pass over each pattern would do), and Oxigraph plans from the text.
So a listing may have a sibling file ``<name>.every-row.rq`` (``articles.every-row.rq``): the
same answer, in the same order, written for every row — with the same ``VALUES`` blocks and no
page clauses. :meth:`NamedQuery.render` runs it for :data:`EVERY_ROW`, and the count counts it;
it is not a named query of its own.

Queries are written against the store's default graph: the merged facts, each once
(:mod:`pipeline.store.merged`). They use ``GRAPH ?g`` only for an article's own statements
(provenance), with ``?g`` kept to the article graphs. Scale rules they follow, measured at 500
and 5,000 articles (``python -m bench``): aggregate per deal before joining (never the product
of a deal's reports × its figures); put a grouped subquery before the patterns it joins
(Oxigraph evaluates a subquery joined after a pattern once per row of it); resolve a name to an
entity through its labels, not by scanning mentions, in a subquery with a ``LIMIT`` when the
patterns after it are per-article nodes (Oxigraph then looks them up by index for each match
instead of joining all of them: entity-mentions ×3 faster); order totally, with cheap keys
(dates, numbers) before strings.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

import opencc

from pipeline.errors import QueryError
from pipeline.graph.namespace import EXPORT_PREFIXES
from pipeline.resources import queries_dir

_HEADER = re.compile(r"^#\s*(name|description|param|showcase|page)\s*:\s*(.*?)\s*$")
_CONTINUATION = re.compile(r"^#\s{2,}(\S.*?)\s*$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*(?:=\s*(.*?)|\((required)\))\s*$")
_IRI_FORM = re.compile(r"^(?:<(.*)>|((?:https?|urn):\S+))$", re.DOTALL)
#: a prefixed name as the query tables print IRIs (``deal:investment-1a2b``, ``org:nvidia``)
_PREFIXED = re.compile(r"^([A-Za-z][\w-]*):([^\s:/<>\"]+)$")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
T = TypeVar("T")


#: the page's clauses in a listing's body (see the module docstring)
_PAGE = re.compile(r"\bLIMIT\s+(\d+)\s+OFFSET\s+(\d+)(?=[ \t]*#[ \t]*page[ \t]*$)", re.MULTILINE)
_PAGE_END = re.compile(r"\bLIMIT\s+(\d+)(?=[ \t]*#[ \t]*page end[ \t]*$)", re.MULTILINE)
_SELECT = re.compile(r"^\s*SELECT\b", re.MULTILINE | re.IGNORECASE)
_ORDER = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)


def _values_block(name: str) -> re.Pattern[str]:
    return re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{[^}]*\}")


@dataclass(frozen=True)
class Page:
    """Rows ``offset`` to ``offset + limit`` of a listing's answer; ``limit`` None: every row."""

    limit: int | None
    offset: int = 0

    def __post_init__(self) -> None:
        if (self.limit is not None and self.limit < 1) or self.offset < 0:
            raise QueryError(f"a page needs a limit of at least 1 and an offset of at least 0: {self}")

    @property
    def end(self) -> int | None:
        return None if self.limit is None else self.offset + self.limit

    def rows(self, rows: list[T]) -> list[T]:
        """This page of rows already computed (a query that does not page itself)."""
        return rows[self.offset : self.end]


#: every row of a listing (no page)
EVERY_ROW = Page(None)


@dataclass(frozen=True)
class Param:
    name: str
    #: None when the parameter is required
    default: str | None = None

    @property
    def required(self) -> bool:
        return self.default is None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str
    params: tuple[Param, ...] = ()
    showcase: bool = False
    source: Path | None = None
    #: the rows of a page by default, for a listing (None: the query is not paged)
    page: int | None = None
    #: a listing's every-row formulation (its ``.every-row.rq`` file), if it has one
    every_row: str | None = None

    def render(self, params: Mapping[str, str] | None = None, page: Page | None = None) -> str:
        """The query text with every parameter's VALUES block set to the given or default value,
        and a listing's page clauses to ``page`` (default: its first page; :data:`EVERY_ROW`:
        every row). A query that is not a listing takes no page."""
        given = dict(params or {})
        unknown = sorted(set(given) - {p.name for p in self.params})
        if unknown:
            declared = ", ".join(p.name for p in self.params) or "none"
            raise QueryError(
                f"query {self.name!r} has no parameter {', '.join(unknown)} (it takes: {declared})"
            )
        blocks = {}
        for param in self.params:
            value = given.get(param.name, param.default)
            if value is None:
                raise QueryError(f"query {self.name!r} needs the parameter {param.name!r}")
            blocks[param.name] = f"VALUES ?{param.name} {{ {' '.join(sparql_terms(value))} }}"
        return _with_values(self._paged(page), blocks)

    def _paged(self, page: Page | None) -> str:
        """The text (before its parameters are set) of ``page``."""
        if self.page is None:
            if page is not None and page.limit is not None:
                raise QueryError(f"query {self.name!r} is not a listing: it has no pages")
            return self.text
        chosen = page or Page(self.page)
        if chosen.limit is None:
            if chosen.offset:
                raise QueryError(f"query {self.name!r}: a page after an offset needs a limit")
            if self.every_row is not None:
                return self.every_row
            return _PAGE_END.sub("", _PAGE.sub("", self.text))
        text = _PAGE.sub(f"LIMIT {chosen.limit} OFFSET {chosen.offset}", self.text)
        return _PAGE_END.sub(f"LIMIT {chosen.end}", text)

    def count_text(self, params: Mapping[str, str] | None = None) -> str:
        """A query for the number of rows of the whole answer (every page)."""
        text = self.render(params, EVERY_ROW)
        select = _SELECT.search(text)
        if select is None or "}" not in text[select.start() :]:
            raise QueryError(f"query {self.name!r} is not a SELECT query: it has no rows to count")
        # the query as a subquery, without its final ORDER BY (the count needs no order)
        tail = text.rindex("}")
        order = _ORDER.search(text, tail)
        body = text[select.start() : order.start() if order is not None else len(text)]
        return f"{text[: select.start()]}SELECT (COUNT(*) AS ?rows) WHERE {{\n{{\n{body}\n}}\n}}\n"


def _with_values(text: str, blocks: Mapping[str, str]) -> str:
    """``text`` with each parameter's VALUES blocks replaced by its block."""
    for name, block in blocks.items():
        # a function replacement: the block is inserted as is (no backslash processing)
        text = _values_block(name).sub(lambda _m, b=block: b, text)  # type: ignore[misc]
    return text


def sparql_terms(value: str) -> list[str]:
    """``value`` as SPARQL terms: one IRI (written whole, in brackets, or with a prefix the query
    tables print, such as ``deal:``), or a literal and its other-script forms."""
    value = value.strip()
    prefixed = _PREFIXED.match(value)
    if prefixed is not None and prefixed.group(1) in EXPORT_PREFIXES:
        value = EXPORT_PREFIXES[prefixed.group(1)] + prefixed.group(2)
    iri = _IRI_FORM.match(value)
    if iri is not None:
        body = iri.group(1) if iri.group(1) is not None else iri.group(2)
        if not body or _IRI_FORBIDDEN.search(body):
            raise QueryError(f"not a valid IRI: {value!r}")
        return [f"<{body}>"]
    forms = dict.fromkeys((value, _converter("t2s").convert(value), _converter("s2t").convert(value)))
    return [literal(form) for form in forms]


def literal(text: str) -> str:
    return '"' + "".join(_ESCAPES.get(ch, ch) for ch in text) + '"'


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def parse_query_file(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    fields: dict[str, list[str]] = {"description": [], "param": []}
    name, showcase, page, last = path.stem, False, None, ""
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        header = _HEADER.match(line)
        if header is not None:
            last, value = header.group(1), header.group(2)
            if last == "name":
                name = value
            elif last == "showcase":
                showcase = value.lower() in ("true", "yes", "1")
            elif last == "page":
                page = _page_size(path, value, text)
            else:
                fields[last].append(value)
        elif last == "description" and (more := _CONTINUATION.match(line)) is not None:
            fields["description"].append(more.group(1))
    params = []
    for spec in fields["param"]:
        match = _PARAM.match(spec)
        if match is None:
            raise QueryError(f"{path}: bad parameter declaration {spec!r}")
        param = Param(match.group(1), None if match.group(3) else match.group(2))
        blocks = set(_values_block(param.name).findall(text))
        if len(blocks) != 1:
            raise QueryError(
                f"{path}: parameter {param.name!r} needs a 'VALUES ?{param.name} {{…}}' block "
                "(repeated blocks alike)"
            )
        params.append(param)
    return NamedQuery(
        name=name,
        description=" ".join(fields["description"]),
        text=text,
        params=tuple(params),
        showcase=showcase,
        source=path,
        page=page,
        every_row=_every_row(path, page, [p.name for p in params]),
    )


#: the suffix of a listing's every-row formulation (see the module docstring)
EVERY_ROW_SUFFIX = ".every-row.rq"


def _every_row(path: Path, page: int | None, params: list[str]) -> str | None:
    """The text of the listing's ``.every-row.rq`` sibling, if there is one: no page clauses, and
    each parameter's VALUES block as in the listing (the same default)."""
    sibling = path.with_name(path.name.removesuffix(".rq") + EVERY_ROW_SUFFIX)
    if not sibling.is_file():
        return None
    if page is None:
        raise QueryError(f"{sibling}: only a listing (a '# page: N' header) has an every-row formulation")
    text = sibling.read_text(encoding="utf-8")
    if _PAGE.search(text) or _PAGE_END.search(text):
        raise QueryError(f"{sibling}: the every-row formulation has no page clauses")
    listing = path.read_text(encoding="utf-8")
    for name in params:
        if set(_values_block(name).findall(text)) != set(_values_block(name).findall(listing)):
            raise QueryError(f"{sibling}: needs the listing's 'VALUES ?{name} {{…}}' block")
    return text


def _page_size(path: Path, value: str, text: str) -> int:
    """The ``# page: N`` header: N rows, with the page's clause in the body at the same size."""
    if not value.isdigit() or int(value) < 1:
        raise QueryError(f"{path}: bad page size {value!r} (a number of rows)")
    size = int(value)
    pages = {(int(m.group(1)), int(m.group(2))) for m in _PAGE.finditer(text)}
    ends = {int(m.group(1)) for m in _PAGE_END.finditer(text)}
    if pages != {(size, 0)} or not ends <= {size}:
        raise QueryError(
            f"{path}: a listing of pages of {size} needs 'LIMIT {size} OFFSET 0  # page' in its body "
            f"(and 'LIMIT {size}  # page end' where it reads up to the page's end)"
        )
    return size


def load_named_queries(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every ``*.rq`` in the queries directory, by name (sorted)."""
    found: dict[str, NamedQuery] = {}
    for path in sorted((directory or queries_dir()).glob("*.rq")):
        if path.name.endswith(EVERY_ROW_SUFFIX):
            if not path.with_name(path.name.removesuffix(EVERY_ROW_SUFFIX) + ".rq").is_file():
                raise QueryError(f"{path}: an every-row formulation of no listing")
            continue
        query = parse_query_file(path)
        if query.name in found:
            raise QueryError(f"{path}: duplicate query name {query.name!r}")
        found[query.name] = query
    return found


def get_named_query(name: str, directory: Path | None = None) -> NamedQuery:
    queries = load_named_queries(directory)
    if name not in queries:
        raise QueryError(f"no named query {name!r} (known: {', '.join(queries) or 'none'})")
    return queries[name]


def showcase_queries(directory: Path | None = None) -> list[NamedQuery]:
    """The queries ``finkg demo`` runs (``# showcase: true``), by name."""
    showcase = [q for _, q in sorted(load_named_queries(directory).items()) if q.showcase]
    if not showcase:
        raise QueryError("no showcase queries found in queries/")
    return showcase


def queries_json(directory: Path | None = None) -> list[dict[str, object]]:
    """The named queries for ``finkg query --list --json``."""
    return [
        {
            "name": name,
            "description": q.description,
            "showcase": q.showcase,
            "page": q.page,
            "params": [{"name": p.name, "default": p.default, "required": p.required} for p in q.params],
            "file": q.source.name if q.source is not None else None,
        }
        for name, q in sorted(load_named_queries(directory).items())
    ]


def describe_queries(directory: Path | None = None) -> str:
    """The named queries with their descriptions and parameters, for ``finkg query --list``."""
    lines = []
    for name, q in sorted(load_named_queries(directory).items()):
        lines.append(f"{name}{'  (showcase)' if q.showcase else ''}")
        lines.append(f"    {q.description}")
        if q.page is not None:
            lines.append(f"    a listing: {q.page} rows a page (--limit, --offset, --all, --count)")
        for param in q.params:
            default = "required" if param.default is None else f"default {param.default}"
            lines.append(f"    --param {param.name}=…  ({default})")
    return "\n".join(lines)


_DECLARED = re.compile(r"(?im)^\s*PREFIX\s+([\w-]*):")


def with_prefixes(text: str) -> str:
    """Declare the usual prefixes (fin:, skos:, org: …) the query uses but does not declare."""
    declared = {m.lower() for m in _DECLARED.findall(text)}
    header = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in EXPORT_PREFIXES.items()
        if p.lower() not in declared and re.search(rf"(?<![\w<\"]){re.escape(p)}:", text)
    ]
    return "\n".join([*header, text]) if header else text


#: what a query file is called (a single word with one of these suffixes is taken for a path)
QUERY_FILE_SUFFIXES = (".rq", ".sparql", ".sq", ".ru", ".txt")


def looks_like_path(text: str) -> bool:
    """A single word naming a file rather than SPARQL text: ``queries/x.rq``, ``x.sparql``, ``./x``.

    A query worth running holds whitespace, braces, angle brackets or variables, so a word with
    none of them is taken for a file name (and a missing one is an error, not a syntax error)."""
    word = text.strip()
    if not word or any(c.isspace() for c in word) or any(c in word for c in "{}<>?$"):
        return False
    return "/" in word or "\\" in word or word.lower().endswith(QUERY_FILE_SUFFIXES)


def query_text(
    sparql: str | None = None, name: str | None = None, params: Mapping[str, str] | None = None
) -> str:
    """The SPARQL to run: a named query rendered with ``params``, or ``sparql`` (text or a .rq file),
    with the usual prefixes declared."""
    if name is not None:
        if sparql is not None:
            raise QueryError("give either a query or a query name, not both")
        text = get_named_query(name).render(params)
    elif sparql is None:
        raise QueryError("give a SPARQL query, a .rq file or a query name")
    elif os.path.isfile(sparql):
        try:
            text = Path(sparql).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise QueryError(f"cannot read the query file {sparql}: {e}") from e
    elif looks_like_path(sparql):
        raise QueryError(
            f"no such query file: {sparql} (give a .rq file that exists, SPARQL text, or --name)"
        )
    else:
        text = sparql
    return with_prefixes(text)
