"""``finkg serve``: the web pages and the SPARQL endpoint (:mod:`pipeline.serve`)."""

from __future__ import annotations

import click

from pipeline.cli.base import main, store_option


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="TCP port.")
@click.option(
    "--cors",
    is_flag=True,
    help="Let pages of other origins (a hosted YASGUI) query /sparql (Access-Control-Allow-Origin: *).",
)
def serve(store: str | None, host: str, port: int, cors: bool) -> None:
    """Serve the store read-only: article, entity and query pages, and a SPARQL endpoint.

    Pages: / (articles), /article/KEY (the text with every mention highlighted, its deals and
    implied exchange rates), /entity/org/… (names in every script, deals, the deal graph),
    /query (the named queries as forms, a SPARQL editor), /search?q=NAME. The SPARQL 1.1
    Protocol endpoint is /sparql (GET or POST; JSON, XML, CSV, TSV results; Turtle, N-Triples,
    RDF/XML, JSON-LD graphs) over the merged graph (each fact once; GRAPH ?g reaches the article
    graphs). The embedded store is opened read-only, so `finkg ingest` may run meanwhile (restart
    serve to see what it added).

    \b
    Example:
      finkg serve --store finkg-data --port 7878

    \b
    then, from any SPARQL client:
      curl -H 'Accept: text/csv' http://127.0.0.1:7878/sparql \\
          --data-urlencode 'query=SELECT ?deal ?article WHERE { ?deal fin:reportedIn ?article } LIMIT 5'
    """
    from pipeline.serve.app import serve as run

    click.echo(f"finkg serve: http://{host}:{port}/  (SPARQL endpoint http://{host}:{port}/sparql)", err=True)
    run(store, host=host, port=port, cors=cors)
