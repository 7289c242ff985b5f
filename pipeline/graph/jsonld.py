"""JSON-LD, compacted with finkg's context (``ontology/context.jsonld``, shipped in the package).

The context gives a term to every ``fin:`` class and property (object properties coerced to
``@id``, datatype properties to their XSD range) and to the external properties the graphs use
most (``beginIndex``, ``anchorOf``, ``prefLabel``, ``wasDerivedFrom`` …), and declares the export
prefixes (``org:``, ``deal:``, ``xsd:`` …). A node reads::

    {"@id": "org:nvidia", "@type": "Organization", "prefLabel": {"@language": "zh-hant", "@value": "輝達"}}

Compaction is done here, deterministically (sorted graphs, nodes, keys and values: the same store
gives the same bytes), with the context inlined so the file loads offline in any JSON-LD 1.1
processor (pyoxigraph, rdflib, Jena, jsonld.js). A value that does not fit its term's coercion
is written under the compact IRI of its property with a full value object, so nothing is lost.

    python -m pipeline.graph.jsonld            # rewrite ontology/context.jsonld from the ontology
    python -m pipeline.graph.jsonld --check    # exit 1 when it is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import pyoxigraph as ox

from pipeline.graph.namespace import EXPORT_PREFIXES, FIN_BASE, XSD_BASE
from pipeline.resources import ontology_file

CONTEXT_FILE = "context.jsonld"
XSD_STRING = XSD_BASE + "string"
_OWL = "http://www.w3.org/2002/07/owl#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"

#: External properties that get a term: prefixed name → coercion ("@id", an xsd: type, or None).
EXTERNAL_TERMS: dict[str, str | None] = {
    "nif:beginIndex": "xsd:integer",
    "nif:endIndex": "xsd:integer",
    "nif:anchorOf": None,
    "nif:isString": None,
    "nif:referenceContext": "@id",
    "nif:sentence": "@id",
    "itsrdf:taConfidence": "xsd:double",
    "qudt:numericValue": "xsd:decimal",
    "qudt:hasUnit": "@id",
    "skos:prefLabel": None,
    "skos:altLabel": None,
    "skos:hiddenLabel": None,
    "skos:notation": None,
    "skos:inScheme": "@id",
    "rdfs:label": None,
    "rdfs:comment": None,
    "rdfs:subClassOf": "@id",
    "rdfs:subPropertyOf": "@id",
    "rdfs:domain": "@id",
    "rdfs:range": "@id",
    "owl:sameAs": "@id",
    "prov:wasDerivedFrom": "@id",
    "prov:wasGeneratedBy": "@id",
    "prov:wasAssociatedWith": "@id",
    "prov:startedAtTime": "xsd:dateTime",
    "schema:name": None,
    "schema:softwareVersion": None,
}


def _fin_terms() -> dict[str, Any]:
    """A term per fin: class and property of the ontology, with the coercion its kind implies."""
    from rdflib import OWL, RDF, RDFS, Graph, URIRef

    graph = Graph().parse(ontology_file("finkg.ttl"), format="turtle")
    terms: dict[str, Any] = {}
    for subject in sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef)}):
        iri = str(subject)
        if not iri.startswith(FIN_BASE):
            continue
        name = iri[len(FIN_BASE) :]
        kinds = set(graph.objects(subject, RDF.type))
        if OWL.Class in kinds:
            terms[name] = f"fin:{name}"
        elif OWL.ObjectProperty in kinds:
            terms[name] = {"@id": f"fin:{name}", "@type": "@id"}
        elif OWL.DatatypeProperty in kinds:
            ranges = [str(r) for r in graph.objects(subject, RDFS.range)]
            typed = [r for r in ranges if r.startswith(XSD_BASE) and r != XSD_STRING]
            if len(typed) == 1:
                terms[name] = {"@id": f"fin:{name}", "@type": "xsd:" + typed[0][len(XSD_BASE) :]}
            else:
                terms[name] = {"@id": f"fin:{name}"}
    return terms


def build_context() -> dict[str, Any]:
    """The context: prefixes, fin: terms and the external terms (none may shadow another)."""
    terms = _fin_terms()
    prefixes = {p: ns for p, ns in EXPORT_PREFIXES.items() if p not in terms}
    context: dict[str, Any] = dict(sorted(prefixes.items()))
    for curie, coercion in EXTERNAL_TERMS.items():
        name = curie.split(":", 1)[1]
        if name in terms or name in prefixes:
            continue
        terms[name] = {"@id": curie, "@type": coercion} if coercion else {"@id": curie}
    context.update(sorted(terms.items()))
    return context


def context_document() -> str:
    return json.dumps({"@context": build_context()}, ensure_ascii=False, indent=2) + "\n"


@cache
def context() -> dict[str, Any]:
    """The shipped context (``ontology/context.jsonld``)."""
    data = json.loads(ontology_file(CONTEXT_FILE).read_text(encoding="utf-8"))
    return dict(data["@context"])


# ---------------------------------------------------------------------------- compaction


class _Compactor:
    def __init__(self, ctx: dict[str, Any]) -> None:
        self.prefixes = sorted(
            ((name, ns) for name, ns in ctx.items() if isinstance(ns, str) and ns.endswith(("/", "#"))),
            key=lambda p: -len(p[1]),
        )
        ns_of = dict(self.prefixes)
        self.classes: dict[str, str] = {}
        #: property IRI → (term, coercion IRI or "@id" or None)
        self.properties: dict[str, tuple[str, str | None]] = {}
        for term, value in ctx.items():
            if isinstance(value, str) and term not in ns_of:
                self.classes[self._expand(value)] = term
            elif isinstance(value, dict):
                coercion = value.get("@type")
                self.properties[self._expand(value["@id"])] = (
                    term,
                    coercion if coercion in (None, "@id") else self._expand(coercion),
                )

    def _expand(self, curie: str) -> str:
        prefix, _, rest = curie.partition(":")
        ns = dict(self.prefixes).get(prefix)
        return ns + rest if ns is not None else curie

    def iri(self, iri: str) -> str:
        """A compact IRI (prefix:suffix) for @id positions, else the IRI itself."""
        for name, ns in self.prefixes:
            if iri.startswith(ns) and not iri[len(ns) :].startswith("//"):
                return f"{name}:{iri[len(ns) :]}"
        return iri

    def node_id(self, term: Any) -> str:
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else self.iri(term.value)

    def vocab(self, iri: str) -> str:
        """A term (for classes) or a compact IRI, for @type positions."""
        return self.classes.get(iri) or self.iri(iri)

    def entry(self, predicate: str, obj: Any) -> tuple[str, Any]:
        """The key and the JSON value of one (predicate, object) pair."""
        term, coercion = self.properties.get(predicate, (None, None))
        if isinstance(obj, ox.NamedNode | ox.BlankNode):
            if term is not None and coercion == "@id":
                return term, self.node_id(obj)
            return (term if term is not None and coercion is None else self.iri(predicate)), {
                "@id": self.node_id(obj)
            }
        literal: ox.Literal = obj
        datatype = literal.datatype.value
        if literal.language:
            value: Any = {"@language": literal.language, "@value": literal.value}
        elif datatype == XSD_STRING:
            value = literal.value
        else:
            if term is not None and coercion == datatype:
                return term, literal.value
            value = {"@type": self.vocab(datatype), "@value": literal.value}
        if term is not None and coercion is None:
            return term, value
        return self.iri(predicate), value

    def nodes(self, triples: Iterable[Any]) -> list[dict[str, Any]]:
        by_subject: dict[str, dict[str, list[Any]]] = {}
        types: dict[str, list[str]] = {}
        for t in triples:
            sid = self.node_id(t.subject)
            props = by_subject.setdefault(sid, {})
            if t.predicate.value == _RDF + "type" and isinstance(t.object, ox.NamedNode):
                types.setdefault(sid, []).append(self.vocab(t.object.value))
                continue
            key, value = self.entry(t.predicate.value, t.object)
            props.setdefault(key, []).append(value)
        out = []
        for sid in sorted(by_subject):
            node: dict[str, Any] = {"@id": sid}
            if sid in types:
                node["@type"] = _one_or_many(sorted(set(types[sid])))
            for key in sorted(by_subject[sid]):
                values = sorted(by_subject[sid][key], key=lambda v: json.dumps(v, ensure_ascii=False))
                node[key] = _one_or_many(values)
            out.append(node)
        return out


def _one_or_many(values: list[Any]) -> Any:
    return values[0] if len(values) == 1 else values


def compact(statements: Sequence[ox.Quad | ox.Triple], ctx: dict[str, Any] | None = None) -> dict[str, Any]:
    """The statements as one compacted JSON-LD document (context inlined): quads in named graphs
    become ``{"@id": graph, "@graph": [...]}`` entries, triples and default-graph quads top-level nodes."""
    ctx = context() if ctx is None else ctx
    c = _Compactor(ctx)
    default: list[Any] = []
    named: dict[str, list[Any]] = {}
    for st in statements:
        graph = getattr(st, "graph_name", None)
        if isinstance(graph, ox.NamedNode | ox.BlankNode):
            named.setdefault(c.node_id(graph), []).append(st)
        else:
            default.append(st)
    items: list[dict[str, Any]] = c.nodes(default)
    items += [{"@id": g, "@graph": c.nodes(named[g])} for g in sorted(named)]
    return {"@context": ctx, "@graph": items}


def dumps(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode("utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the context file is out of date")
    args = parser.parse_args(argv)
    target = ontology_file(CONTEXT_FILE)
    text = context_document()
    if args.check:
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            print(f"{target} is out of date: run python -m pipeline.graph.jsonld", file=sys.stderr)
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
