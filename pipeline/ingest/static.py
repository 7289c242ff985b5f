"""The static graphs: the ontology, kept in its own named graph so queries can follow it.

``…/id/graph/static/ontology`` holds ontology/finkg.ttl and is refreshed when the file changes
(its graph record's stamp is the file's SHA-256), so queries can follow ``rdfs:subClassOf``. The
gazetteer is not loaded: an entity enters the graph through the articles that mention it.
"""

from __future__ import annotations

import hashlib

import pyoxigraph as ox

from pipeline.errors import FinkgError
from pipeline.model.iris import static_graph_iri
from pipeline.store import EmbeddedStore, GraphRecord, RemoteStore

#: Ontology files loaded as static graphs: (graph name, file in ontology/).
STATIC_FILES: tuple[tuple[str, str], ...] = (("ontology", "finkg.ttl"),)


def ensure_static(store: EmbeddedStore | RemoteStore) -> list[str]:
    """Load each static file into its graph when it is missing or changed. Returns graphs written."""
    from pipeline.resources import ontology_file

    written = []
    for name, filename in STATIC_FILES:
        try:
            path = ontology_file(filename)
        except FileNotFoundError:
            continue
        if not path.is_file():
            continue
        data = path.read_bytes()
        record = GraphRecord(graph=static_graph_iri(name), stamp=hashlib.sha256(data).hexdigest())
        if store.graph_stamp(record.graph) == record.stamp:
            continue
        try:
            triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE))
        except SyntaxError as e:
            raise FinkgError(f"{path}: not valid Turtle: {e}") from e
        store.replace_graph(record, triples)
        written.append(record.graph)
    return written
