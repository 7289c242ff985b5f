"""The provenance of a graph: the ingest run that wrote it, as a ``prov:Activity``.

Each ``finkg ingest`` is one ``fin:IngestActivity`` (a ``prov:Activity``)::

    activity:<hash> a fin:IngestActivity , prov:Activity ;
        prov:wasAssociatedWith agent:finkg-<version> ;     # a prov:SoftwareAgent
        fin:codeFingerprint "<sha256 of the code and data files>" ;
        prov:startedAtTime "…"^^xsd:dateTime .              # when the ingest was given a clock
    agent:finkg-<version> a prov:SoftwareAgent , schema:SoftwareApplication ;
        schema:name "finkg" ; schema:softwareVersion "<version>" .
    record:<key> prov:wasGeneratedBy activity:<hash> .      # the graph record of each graph written

The description is written into every article graph the run writes (identical quads, like a
shared deal's type), so an export or a removal never leaves a record pointing at nothing, and an
unchanged article keeps pointing at the run that wrote it. The activity IRI hashes the
fingerprint and the start time: without a clock, the same code gives the same activity, and the
graph depends on its inputs alone.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import PROV, RDF

from pipeline import __version__
from pipeline.graph import terms as t
from pipeline.graph.namespace import FIN
from pipeline.graph.terms import Vocabulary
from pipeline.model.iris import ID_BASE, record_iri

fin, prov, rdf = Vocabulary(FIN), Vocabulary(PROV), Vocabulary(RDF)
SCHEMA = "https://schema.org/"
SOFTWARE_APPLICATION = ox.NamedNode(SCHEMA + "SoftwareApplication")
SCHEMA_NAME = ox.NamedNode(SCHEMA + "name")
SOFTWARE_VERSION = ox.NamedNode(SCHEMA + "softwareVersion")
ACTIVITY_BASE = ID_BASE + "activity/"
AGENT_BASE = ID_BASE + "agent/"


@dataclass(frozen=True)
class IngestActivity:
    """One ingest run: the code that ran (fingerprint, version) and when it started."""

    fingerprint: str
    version: str = __version__
    started: dt.datetime | None = None

    @property
    def iri(self) -> str:
        started = self.started.astimezone(dt.UTC).isoformat() if self.started is not None else ""
        digest = hashlib.sha256(f"{self.fingerprint}|{self.version}|{started}".encode()).hexdigest()
        return ACTIVITY_BASE + digest[:16]

    @property
    def agent_iri(self) -> str:
        return f"{AGENT_BASE}finkg-{self.version}"

    def quads(self, graph: str) -> list[ox.Quad]:
        """The activity and its software agent, in ``graph``, and the link from the graph's record."""
        g = ox.NamedNode(graph)
        activity, agent = ox.NamedNode(self.iri), ox.NamedNode(self.agent_iri)
        facts: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = [
            (activity, rdf.type, fin.IngestActivity),
            (activity, rdf.type, prov.Activity),
            (activity, prov.wasAssociatedWith, agent),
            (activity, fin.codeFingerprint, t.string(self.fingerprint)),
            (agent, rdf.type, prov.SoftwareAgent),
            (agent, rdf.type, SOFTWARE_APPLICATION),
            (agent, SCHEMA_NAME, t.string("finkg")),
            (agent, SOFTWARE_VERSION, t.string(self.version)),
            (ox.NamedNode(record_iri(graph)), prov.wasGeneratedBy, activity),
        ]
        if self.started is not None:
            facts.append((activity, prov.startedAtTime, t.date_time(self.started.astimezone(dt.UTC))))
        return [ox.Quad(s, p, o, g) for s, p, o in facts]
