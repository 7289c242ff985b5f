"""The web application: Starlette routes over one open store, pages rendered with Jinja2.

Routes (all read-only):

- ``/``                     articles and the most mentioned entities, a search box
- ``/article/{key}``        the text with its mentions highlighted, deals, implied rates
- ``/entity/{id path}``     (or ``/entity?iri=…``) names, deals, articles, the deal graph
- ``/search?q=…``           entities by any of their names, in any script
- ``/query``                the named queries as forms, a SPARQL editor, results as a table; a
                            listing by pages (``offset``, ``limit``, ``count``), ``download=csv|json``
- ``/sparql``               the SPARQL 1.1 Protocol endpoint (:mod:`pipeline.serve.sparql`)
- ``/static/…``             CSS, JS and the vendored cytoscape.js (no CDN)

Store calls are blocking: they run in Starlette's thread pool.
"""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape
from rdflib import BNode, Literal, URIRef
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from pipeline import __version__
from pipeline.errors import FinkgError, QueryError, StoreError
from pipeline.graph.namespace import ID_BASE
from pipeline.graph.queries import NamedQuery, load_named_queries
from pipeline.serve import listing, pages, sparql
from pipeline.serve.pages import DEAL_TYPES, KIND_LABELS, article_url, entity_url, fmt_number, fmt_usd

HERE = Path(__file__).resolve().parent
TEMPLATES = Jinja2Templates(directory=str(HERE / "templates"))
#: the editor's first query
EXAMPLE_QUERY = """SELECT ?type (COUNT(DISTINCT ?deal) AS ?deals) (SUM(?usd) AS ?usdTotal) WHERE {
  ?deal a ?class ; fin:reportedIn ?article .
  FILTER(STRSTARTS(STR(?class), STR(fin:)) && ?class != fin:Deal)
  BIND(STRAFTER(STR(?class), "#") AS ?type)
  OPTIONAL { ?deal fin:amount/fin:usdValue ?usd }
}
GROUP BY ?type
ORDER BY DESC(?usdTotal)"""
#: rows shown in a results table (the /sparql endpoint has no such limit)
MAX_ROWS = 1000


def compact(iri: str) -> str:
    for prefix, ns in sorted(sparql.QUERY_PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and "/" not in iri[len(ns) :].strip("/"):
            return f"{prefix}:{iri[len(ns) :]}"
    if iri.startswith(ID_BASE):
        return "id:" + iri[len(ID_BASE) :]
    return iri


def cell(term: Any) -> Markup:
    """A result term as a table cell: entity and article IRIs link to their pages."""
    if term is None:
        return Markup("")
    if isinstance(term, URIRef):
        iri = str(term)
        short = escape(compact(iri))
        rest = iri[len(ID_BASE) :] if iri.startswith(ID_BASE) else ""
        if rest.split("/", 1)[0] in ("org", "person", "place", "facility", "product", "media"):
            return Markup(f'<a href="{escape(entity_url(iri))}" title="{escape(iri)}">{short}</a>')
        if rest.startswith("article/"):
            href = "/article?" + urllib.parse.urlencode({"iri": iri})
            return Markup(f'<a href="{escape(href)}" title="{escape(iri)}">{short}</a>')
        return Markup(f'<span class="iri" title="{escape(iri)}">{short}</span>')
    if isinstance(term, BNode):
        return Markup(f'<span class="bnode">_:{escape(str(term))}</span>')
    if isinstance(term, Literal):
        if is_numeric(term):
            value = pages.number(term)
            if value is not None:
                return Markup(f'<span title="{escape(str(term))}">{escape(fmt_number(value))}</span>')
        text = escape(str(term))
        if term.language:
            return Markup(f'{text}<sub class="lang">@{escape(term.language)}</sub>')
        return Markup(text)
    return escape(str(term))


def is_numeric(term: Any) -> bool:
    return (
        isinstance(term, Literal)
        and term.datatype is not None
        and str(term.datatype).endswith(("#decimal", "#integer", "#double", "#float", "#int", "#long"))
    )


TEMPLATES.env.filters.update(
    cell=cell, compact=compact, number=fmt_number, usd=fmt_usd, entity_url=entity_url, article_url=article_url
)
TEMPLATES.env.globals.update(
    version=__version__, kind_labels=KIND_LABELS, deal_types=DEAL_TYPES, is_numeric=is_numeric
)


def create_app(store: Any, cors: bool = False) -> Starlette:
    """The application serving ``store`` (any object with the store API; it is not closed here)."""
    site = _Site(store, cors)
    routes = [
        Route("/", site.home),
        Route("/article", site.article),
        Route("/article/{key:path}", site.article),
        Route("/entity", site.entity),
        Route("/entity/{rest:path}", site.entity),
        Route("/search", site.search),
        Route("/query", site.query, methods=["GET", "POST"]),
        Route("/sparql", site.endpoint, methods=["GET", "POST", "OPTIONS"]),
        Mount("/static", app=StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    return Starlette(routes=routes, exception_handlers={HTTPException: site.error})


class _Site:
    """The route handlers over one store."""

    def __init__(self, store: Any, cors: bool):
        self.store = store
        self.cors_headers = {"Access-Control-Allow-Origin": "*"} if cors else {}

    async def call(self, fn: Any, *args: Any) -> Any:
        try:
            return await run_in_threadpool(fn, self.store, *args)
        except StoreError as e:
            raise HTTPException(503, f"the store could not answer: {e}") from e

    @staticmethod
    def page(request: Request, template: str, status: int = 200, **context: Any) -> Response:
        context.setdefault("q", request.query_params.get("q", ""))
        return TEMPLATES.TemplateResponse(request, template, context, status_code=status)

    async def home(self, request: Request) -> Response:
        data = await self.call(pages.home)
        return self.page(request, "home.html", **data, location=self.store.location)

    async def article(self, request: Request) -> Response:
        key = request.path_params.get("key")
        if key is None:
            iri = request.query_params.get("iri", "")
            key = await self.call(_article_key, iri)
            if key is None:
                raise HTTPException(404, f"no article {iri!r} in the store")
            return RedirectResponse(article_url(key), status_code=303)
        view = await self.call(pages.article_page, key)
        if view is None:
            raise HTTPException(404, f"no article with key {key!r} in the store")
        return self.page(request, "article.html", a=view, panel=view.panel_data())

    async def entity(self, request: Request) -> Response:
        rest = request.path_params.get("rest")
        iri = ID_BASE + rest if rest else request.query_params.get("iri", "")
        if not iri or any(c in iri for c in '<>"{}|^`\\ '):
            raise HTTPException(400, "give an entity IRI: /entity/org/… or /entity?iri=…")
        view = await self.call(pages.entity_page, iri)
        if view is None:
            raise HTTPException(404, f"nothing is known about {iri} in the store")
        return self.page(request, "entity.html", e=view)

    async def search(self, request: Request) -> Response:
        q = request.query_params.get("q", "").strip()
        hits = await self.call(pages.search, q) if q else []
        if len(hits) == 1:
            return RedirectResponse(hits[0].url, status_code=303)
        return self.page(request, "search.html", hits=hits)

    async def query(self, request: Request) -> Response:
        named = load_named_queries()
        fields: dict[str, str] = dict(request.query_params)
        if request.method == "POST":
            body = (await request.body()).decode("utf-8", "replace")
            fields.update(urllib.parse.parse_qsl(body, keep_blank_values=True))
        text = fields.get("sparql")
        chosen = named.get(fields["name"]) if fields.get("name") else None
        params: dict[str, str] = {}
        result = error = shown = None
        if fields.get("name") and chosen is None:
            error = f"no named query {fields['name']!r}"
        elif chosen is not None:
            params = {p.name: fields[f"p.{p.name}"] for p in chosen.params if fields.get(f"p.{p.name}")}
            if fields.get("download"):
                return await self.download(chosen, params, fields["download"])
            result, shown, error = await self.run_named(chosen, params, fields)
        elif text:
            result, error = await self.run(lambda: sparql.with_prefixes(text))
        return self.page(
            request,
            "query.html",
            status=400 if error else 200,
            queries=sorted(named.values(), key=lambda n: (not n.showcase, n.name)),
            chosen=chosen,
            params=params,
            sparql_text=text or EXAMPLE_QUERY,
            result=result,
            error=error,
            max_rows=MAX_ROWS,
            max_limit=listing.MAX_LIMIT,
            listing=shown,
            downloads=[(fmt, listing.download_url(chosen, params, fmt)) for fmt in listing.DOWNLOADS]
            if chosen is not None and result is not None and result.form == "select"
            else [],
        )

    async def run_named(
        self, chosen: NamedQuery, params: dict[str, str], fields: dict[str, str]
    ) -> tuple[Any, listing.Listing | None, str | None]:
        """A named query's result: a listing's page (and its links), another query's rows."""
        try:
            page = listing.requested_page(chosen, fields)
        except listing.BadPage as e:
            raise HTTPException(400, str(e)) from e
        if page is None:
            result, error = await self.run(lambda: chosen.render(params))
            return result, None, error
        try:
            found = await run_in_threadpool(
                listing.run_listing, self.store, chosen, params, page, bool(fields.get("count"))
            )
        except FinkgError as e:
            return None, None, str(e)
        return found[0], found[1], None

    async def download(self, chosen: NamedQuery, params: dict[str, str], fmt: str) -> Response:
        """Every row of a named query as a CSV or SPARQL JSON file."""
        if fmt not in listing.DOWNLOADS:
            raise HTTPException(400, f"download={fmt!r}: a download is one of {', '.join(listing.DOWNLOADS)}")
        media, suffix = listing.DOWNLOADS[fmt]
        try:
            result = await run_in_threadpool(listing.every_row, self.store, chosen, params)
        except FinkgError as e:
            raise HTTPException(400, str(e)) from e
        if result.form != "select":
            raise HTTPException(400, f"query {chosen.name!r} gives no rows to download")
        payload = await run_in_threadpool(sparql.serialize, result, media)
        disposition = f'attachment; filename="{chosen.name}.{suffix}"'
        return Response(
            payload, headers={"Content-Type": sparql.content_type(media), "Content-Disposition": disposition}
        )

    async def run(self, make_text: Any) -> tuple[Any, str | None]:
        """The result of the query ``make_text()`` gives, or the error to show."""
        try:
            return await run_in_threadpool(self.store.query, make_text()), None
        except FinkgError as e:
            return None, str(e)

    async def endpoint(self, request: Request) -> Response:
        headers = self.cors_headers
        if request.method == "OPTIONS":
            methods = "GET, POST, OPTIONS"
            if not headers:
                return Response(status_code=204, headers={"Allow": methods})
            allow = {
                "Access-Control-Allow-Methods": methods,
                "Access-Control-Allow-Headers": "Content-Type, Accept",
            }
            return Response(status_code=204, headers={**headers, **allow})
        if request.method == "GET" and "query" not in request.query_params:
            if "text/html" in request.headers.get("accept", ""):
                return RedirectResponse("/query", status_code=303)
            description = sparql.service_description(str(request.url.replace(query="")))
            return Response(description, media_type="text/turtle; charset=utf-8", headers=headers)
        body = await request.body() if request.method == "POST" else b""
        try:
            req = sparql.read_request(
                request.method, request.query_params.multi_items(), request.headers.get("content-type"), body
            )
            result = await self.answer(req.query)
            media = sparql.negotiate(result.form, request.headers.get("accept"), req.format)
            payload = await run_in_threadpool(sparql.serialize, result, media)
        except sparql.ProtocolError as e:
            return PlainTextResponse(e.message + "\n", status_code=e.status, headers=headers)
        return Response(
            payload, headers={**headers, "Content-Type": sparql.content_type(media), "Vary": "Accept"}
        )

    async def answer(self, query: str) -> Any:
        try:
            return await run_in_threadpool(self.store.query, sparql.with_prefixes(query))
        except QueryError as e:
            raise sparql.ProtocolError(403 if str(e).startswith("refused") else 400, str(e)) from None
        except StoreError as e:
            raise sparql.ProtocolError(503, f"the store could not answer: {e}") from None

    async def error(self, request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 500)
        detail = getattr(exc, "detail", str(exc))
        if request.url.path.startswith("/static/"):
            return PlainTextResponse(str(detail), status_code=status)
        return self.page(request, "error.html", status=status, status_code=status, detail=detail)


def _article_key(store: Any, iri: str) -> str | None:
    if not iri or any(c in iri for c in '<>"{}|^`\\ '):
        return None
    rows = store.query(
        f"SELECT ?k WHERE {{ <{iri}> <https://w3id.org/finkg/ontology#articleKey> ?k }} LIMIT 1"
    ).rows
    return str(rows[0][0]) if rows else None


def serve(location: str | None, host: str = "127.0.0.1", port: int = 7878, cors: bool = False) -> None:
    """Open the store read-only and serve it until interrupted."""
    import uvicorn

    from pipeline.store import open_store

    store = open_store(location, read_only=True)
    try:
        uvicorn.run(create_app(store, cors=cors), host=host, port=port, log_level="info")
    finally:
        store.close()
