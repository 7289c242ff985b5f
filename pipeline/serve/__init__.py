"""``finkg serve``: a read-only web view of the store and a SPARQL 1.1 Protocol endpoint.

:mod:`pipeline.serve.app` holds the Starlette application and its routes; :mod:`.pages` reads
what each page shows from the store; :mod:`.highlight` marks spans in a text;
:mod:`.sparql` implements the protocol (requests, content negotiation, pyoxigraph serializers).
Templates and static files (CSS, JS, the vendored cytoscape.js with its licence) ship inside the
package, so the pages work without internet.
"""
