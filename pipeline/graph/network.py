"""The entity–deal graph as a property graph, for Gephi, yEd, networkx and Neo4j (GraphML, CSV).

Nodes are the deals and the entities that are party to one; edges are the roles:

    (agent) -[AGENT]-> (deal) -[COUNTERPARTY]-> (counterparty)      (co-agent) -[CO_AGENT]-> (deal)

so a path reads in the direction of the deal (investor → investment → investee). Entity nodes
carry ``name`` (the zh-Hant label, else English, else zh-Hans, else the name as written),
``kind`` (Organization, Person, Place, MediaOutlet …), ``ticker`` and the IRI as ``id``; deal nodes
``type`` (Investment, Purchase …), ``usd`` (the largest US$ figure any reporting article gives),
``sources`` (reporting articles), ``date`` (the latest deal date stated) and ``confidence`` (the
highest, when the extractor gives one). Entities mentioned in no deal are left out.

- ``--format graphml``: one GraphML document (typed ``<key>`` declarations; ``networkx.read_graphml``
  and Gephi read it).
- ``--format csv``: ``nodes.csv`` and ``edges.csv`` with Neo4j's import headers (``id:ID``,
  ``:LABEL``, ``usd:double``, ``:START_ID``, ``:END_ID``, ``:TYPE``), so
  ``neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv`` loads them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import quoteattr

from pipeline.graph.mapping import DEAL_CLASSES, ENTITY_CLASSES
from pipeline.graph.namespace import FIN_BASE
from pipeline.graph.queries import with_prefixes

Value = str | int | float | None

_DEALS = """
SELECT ?deal ?class (MAX(?usd) AS ?maxUsd) (COUNT(DISTINCT ?article) AS ?sources)
       (MAX(?date) AS ?lastDate) (MAX(?conf) AS ?confidence)
WHERE {
  ?deal a ?class ; fin:reportedIn ?article .
  VALUES ?class { %s }
  OPTIONAL { ?deal fin:amount/fin:usdValue ?usd }
  OPTIONAL { ?deal fin:dealDate ?date }
  OPTIONAL { ?deal fin:confidence ?conf }
} GROUP BY ?deal ?class
"""
_ROLES = """
SELECT DISTINCT ?deal ?role ?party WHERE {
  VALUES (?role ?property) { ("AGENT" fin:agent) ("COUNTERPARTY" fin:counterparty) ("CO_AGENT" fin:coAgent) }
  ?deal ?property ?party ; fin:reportedIn ?article .
}
"""
_ENTITIES = """
SELECT DISTINCT ?e ?class ?p ?label ?ticker WHERE {
  ?deal fin:agent|fin:counterparty|fin:coAgent ?e .
  ?e a ?class . VALUES ?class { %s }
  OPTIONAL { VALUES ?p { skos:prefLabel rdfs:label skos:altLabel } ?e ?p ?label }
  OPTIONAL { ?e fin:ticker ?ticker }
}
"""
#: name preference: (property, language) ranks, lower first
_LABEL_RANK = {
    ("prefLabel", "zh-hant"): 0,
    ("prefLabel", "en"): 1,
    ("prefLabel", "zh-hans"): 2,
    ("label", ""): 3,
    ("prefLabel", ""): 4,
    ("altLabel", ""): 5,
}

NODE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "string"),
    ("kind", "string"),
    ("type", "string"),
    ("ticker", "string"),
    ("usd", "double"),
    ("sources", "int"),
    ("date", "string"),
    ("confidence", "double"),
)


@dataclass(frozen=True)
class Node:
    id: str
    labels: tuple[str, ...]  # Neo4j labels: ("Entity", "Organization") or ("Deal", "Investment")
    attrs: dict[str, Value] = field(default_factory=dict)


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    type: str  # AGENT, COUNTERPARTY, CO_AGENT


def _local(iri: Any) -> str:
    return str(iri)[len(FIN_BASE) :] if str(iri).startswith(FIN_BASE) else str(iri)


def _values(classes: Iterable[Any]) -> str:
    return " ".join(f"<{c.value}>" for c in classes)


def entity_deal_graph(store: Any) -> tuple[list[Node], list[Edge]]:
    """The deals and their parties in ``store`` (its merged graph: each fact once)."""
    deals: dict[str, Node] = {}
    for deal, cls, usd, sources, date, confidence in store.query(
        with_prefixes(_DEALS % _values(DEAL_CLASSES.values()))
    ).rows:
        deals[str(deal)] = Node(
            str(deal),
            ("Deal", _local(cls)),
            {
                "kind": "Deal",
                "type": _local(cls),
                "usd": float(str(usd)) if usd is not None else None,
                "sources": int(str(sources)),
                "date": str(date) if date is not None else None,
                "confidence": float(str(confidence)) if confidence is not None else None,
            },
        )
    edges: set[Edge] = set()
    for deal, role, party in store.query(with_prefixes(_ROLES)).rows:
        if str(deal) not in deals:
            continue
        if str(role) == "COUNTERPARTY":
            edges.add(Edge(str(deal), str(party), str(role)))
        else:
            edges.add(Edge(str(party), str(deal), str(role)))
    kinds: dict[str, str] = {}
    names: dict[str, list[tuple[int, str]]] = {}
    tickers: dict[str, str] = {}
    rows = store.query(with_prefixes(_ENTITIES % _values(ENTITY_CLASSES.values()))).rows
    for e, cls, prop, label, ticker in rows:
        iri = str(e)
        kinds[iri] = _local(cls)
        if label is not None:
            key = (str(prop).rsplit("#", 1)[-1], (getattr(label, "language", None) or "").lower())
            names.setdefault(iri, []).append((_LABEL_RANK.get(key, 6), str(label)))
        if ticker is not None:
            tickers[iri] = str(ticker)
    entities = {
        iri: Node(
            iri,
            ("Entity", kind),
            {"name": min(names[iri])[1] if iri in names else iri, "kind": kind, "ticker": tickers.get(iri)},
        )
        for iri, kind in kinds.items()
    }
    for node in deals.values():
        node.attrs["name"] = _deal_name(node, edges, entities)
    known = deals.keys() | entities.keys()
    kept = sorted(
        (e for e in edges if e.source in known and e.target in known),
        key=lambda e: (e.source, e.target, e.type),
    )
    return sorted([*entities.values(), *deals.values()], key=lambda n: n.id), kept


def _deal_name(deal: Node, edges: set[Edge], entities: dict[str, Node]) -> str:
    def name(iri: str) -> str:
        node = entities.get(iri)
        return str(node.attrs["name"]) if node is not None else iri

    agents = sorted(name(e.source) for e in edges if e.target == deal.id and e.type == "AGENT")
    others = sorted(name(e.target) for e in edges if e.source == deal.id and e.type == "COUNTERPARTY")
    parties = " → ".join(p for p in (", ".join(agents), ", ".join(others)) if p)
    return f"{deal.attrs['type']}: {parties}" if parties else str(deal.attrs["type"])


# ---------------------------------------------------------------------------- writers


def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_graphml(nodes: list[Node], edges: list[Edge], out: IO[bytes]) -> None:
    """GraphML with typed attribute keys (node ``labels`` holds the Neo4j-style labels)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    ]
    lines += [
        f'  <key id="{name}" for="node" attr.name="{name}" attr.type="{kind}"/>'
        for name, kind in NODE_COLUMNS
    ]
    lines.append('  <key id="role" for="edge" attr.name="role" attr.type="string"/>')
    lines.append('  <graph id="finkg" edgedefault="directed">')
    for node in nodes:
        lines.append(f"    <node id={quoteattr(node.id)}>")
        lines.append(f'      <data key="labels">{_escape(":".join(node.labels))}</data>')
        for name, _ in NODE_COLUMNS:
            value = node.attrs.get(name)
            if value is not None:
                lines.append(f'      <data key="{name}">{_escape(_text(value))}</data>')
        lines.append("    </node>")
    for i, edge in enumerate(edges):
        lines.append(
            f'    <edge id="e{i}" source={quoteattr(edge.source)} target={quoteattr(edge.target)}>'
            f'<data key="role">{edge.type}</data></edge>'
        )
    lines += ["  </graph>", "</graphml>", ""]
    out.write("\n".join(lines).encode("utf-8"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_csv(nodes: list[Node], edges: list[Edge], nodes_out: IO[str], edges_out: IO[str]) -> None:
    """Neo4j admin-import CSV: a nodes file and a relationships file."""
    header = [
        "id:ID",
        *(f"{name}:{kind}" if kind != "string" else name for name, kind in NODE_COLUMNS),
        ":LABEL",
    ]
    writer = csv.writer(nodes_out, lineterminator="\n")
    writer.writerow(header)
    for node in nodes:
        writer.writerow(
            [node.id, *(_text(node.attrs.get(name)) for name, _ in NODE_COLUMNS), ";".join(node.labels)]
        )
    writer = csv.writer(edges_out, lineterminator="\n")
    writer.writerow([":START_ID", ":END_ID", ":TYPE"])
    for edge in edges:
        writer.writerow([edge.source, edge.target, edge.type])


def csv_paths(output: Path) -> tuple[Path, Path]:
    """``x.csv`` → ``x-nodes.csv``, ``x-edges.csv`` beside it; anything else is a directory that
    gets ``nodes.csv`` and ``edges.csv``."""
    if output.suffix.lower() == ".csv":
        return output.with_name(f"{output.stem}-nodes.csv"), output.with_name(f"{output.stem}-edges.csv")
    return output / "nodes.csv", output / "edges.csv"


def export_network(
    store: Any, fmt: str, output: Path | None, stdout: IO[bytes]
) -> tuple[int, int, list[Path]]:
    """Write the entity–deal graph as ``graphml`` (to ``output`` or stdout) or ``csv`` (two files
    at ``output``). Returns (nodes, edges, files written)."""
    nodes, edges = entity_deal_graph(store)
    if fmt == "graphml":
        if output is None:
            write_graphml(nodes, edges, stdout)
            return len(nodes), len(edges), []
        output.parent.mkdir(parents=True, exist_ok=True)
        with output.open("wb") as out:
            write_graphml(nodes, edges, out)
        return len(nodes), len(edges), [output]
    if output is None:
        from pipeline.errors import FinkgError

        raise FinkgError("--format csv writes two files (nodes and edges): give -o DIR or -o NAME.csv")
    nodes_path, edges_path = csv_paths(output)
    nodes_path.parent.mkdir(parents=True, exist_ok=True)
    with (
        nodes_path.open("w", encoding="utf-8", newline="") as n,
        edges_path.open("w", encoding="utf-8", newline="") as e,
    ):
        write_csv(nodes, edges, n, e)
    return len(nodes), len(edges), [nodes_path, edges_path]
