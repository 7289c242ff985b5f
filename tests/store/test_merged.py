"""The merged default graph: each fact once, kept in step with the article graphs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.graph.namespace import FIN, ID
from pipeline.model.iris import graph_iri, record_iri
from pipeline.store import MEMORY, EmbeddedStore, GraphRecord, open_store
from pipeline.store.embedded import BULK_MIN
from pipeline.store.merged import MERGED_GRAPH

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DEAL = ox.NamedNode(str(ID["deal/investment-x"]))
NVIDIA = ox.NamedNode(str(ID["org/nvidia"]))
OPENAI = ox.NamedNode(str(ID["org/openai"]))
NQ = ox.RdfFormat.N_QUADS


def fin(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(FIN[name]))


def report(key: str, agent: ox.NamedNode = NVIDIA) -> list[ox.Triple]:
    """An article reporting the shared deal: the deal's defining triples and its own evidence."""
    article = ox.NamedNode(str(ID[f"article/{key}"]))
    evidence = ox.NamedNode(str(ID[f"sentence/{key}/0-10"]))
    return [
        ox.Triple(article, RDF_TYPE, fin("Article")),
        ox.Triple(DEAL, RDF_TYPE, fin("Investment")),
        ox.Triple(DEAL, fin("agent"), agent),
        ox.Triple(DEAL, fin("counterparty"), OPENAI),
        ox.Triple(DEAL, fin("reportedIn"), article),
        ox.Triple(DEAL, fin("evidence"), evidence),
        ox.Triple(evidence, fin("title"), ox.Literal(f"{key}: 輝達投資OpenAI")),
    ]


def write(store: EmbeddedStore, key: str, triples: list[ox.Triple]) -> None:
    store.replace_graph(GraphRecord(graph=graph_iri(key), stamp=key, key=key), triples)


def default_graph(store: EmbeddedStore) -> set[ox.Triple]:
    return {q.triple for q in store.oxstore.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def union_of_facts(store: EmbeddedStore) -> set[ox.Triple]:
    """What the merged graph must be: every named graph's triples but the records."""
    facts = set()
    for q in store.oxstore.quads_for_pattern(None, None, None, None):
        graph = q.graph_name
        if isinstance(graph, ox.NamedNode) and q.subject != ox.NamedNode(record_iri(graph.value)):
            facts.add(q.triple)
    return facts


def rows(store: EmbeddedStore, sparql: str) -> list[tuple[str, ...]]:
    return [tuple(str(v) for v in row) for row in store.query(sparql).rows]


@pytest.fixture
def store() -> Iterator[EmbeddedStore]:
    s = open_store(MEMORY)
    assert isinstance(s, EmbeddedStore)
    yield s
    s.close()


def test_the_agent_of_a_deal_reported_by_50_articles_is_one_row(store: EmbeddedStore) -> None:
    for k in range(50):
        write(store, f"a{k}", report(f"a{k}"))
    assert rows(store, f"SELECT ?x WHERE {{ {DEAL} {fin('agent')} ?x }}") == [(NVIDIA.value,)]
    # provenance stays reachable: the 50 articles that state it
    per_graph = rows(store, f"SELECT ?g WHERE {{ GRAPH ?g {{ {DEAL} {fin('agent')} ?x }} }}")
    assert len(per_graph) == 50
    # and the per-article facts are all there, once each
    assert rows(store, f"SELECT (COUNT(?a) AS ?n) WHERE {{ {DEAL} {fin('reportedIn')} ?a }}") == [("50",)]


def test_removing_the_last_article_that_reports_a_deal_removes_it(store: EmbeddedStore) -> None:
    for key in ("a", "b", "c"):
        write(store, key, report(key))
    ask_deal = f"ASK {{ {DEAL} ?p ?o }}"
    for key in ("a", "b"):
        assert store.remove_graph(graph_iri(key))
        assert store.query(ask_deal).boolean is True, "still reported by another article"
        assert store.query(f"ASK {{ ?s ?p {ox.NamedNode(str(ID[f'article/{key}']))} }}").boolean is False
    assert store.remove_graph(graph_iri("c"))
    assert store.query(ask_deal).boolean is False
    assert default_graph(store) == set()


def test_a_replacement_keeps_what_another_article_still_states(store: EmbeddedStore) -> None:
    write(store, "a", report("a"))
    write(store, "b", report("b"))
    # article a is edited: its agent is now someone else
    write(store, "a", report("a", agent=ox.NamedNode(str(ID["org/amd"]))))
    agents = rows(store, f"SELECT ?x WHERE {{ {DEAL} {fin('agent')} ?x }} ORDER BY ?x")
    assert agents == [(str(ID["org/amd"]),), (NVIDIA.value,)], "b still says NVIDIA"
    write(store, "b", report("b", agent=ox.NamedNode(str(ID["org/amd"]))))
    assert rows(store, f"SELECT ?x WHERE {{ {DEAL} {fin('agent')} ?x }}") == [(str(ID["org/amd"]),)]
    assert default_graph(store) == union_of_facts(store)


def test_the_records_and_the_staging_graph_stay_out(store: EmbeddedStore) -> None:
    write(store, "a", report("a"))
    write(store, "a", report("a", agent=OPENAI))  # through the staging graph
    assert not any(t.subject == ox.NamedNode(record_iri(graph_iri("a"))) for t in default_graph(store))
    graphs = {g.value for g in store.oxstore.named_graphs()}
    assert graphs == {graph_iri("a")}
    assert MERGED_GRAPH not in graphs


def test_an_older_graph_of_the_same_key_leaves_the_merged_graph_too(store: EmbeddedStore) -> None:
    store.replace_graph(GraphRecord(graph=graph_iri("old"), stamp="1", key="k"), report("old"))
    store.replace_graph(GraphRecord(graph=graph_iri("new"), stamp="2", key="k"), report("new"))
    assert store.query(f"ASK {{ ?s ?p {ox.NamedNode(str(ID['article/old']))} }}").boolean is False
    assert default_graph(store) == union_of_facts(store)


_keys = st.sampled_from(["a", "b", "c", "d"])
_agents = st.sampled_from([NVIDIA, OPENAI, ox.NamedNode(str(ID["org/amd"]))])
_ops = st.lists(st.tuples(st.sampled_from(["write", "remove"]), _keys, _agents), max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=_ops)
def test_the_merged_graph_is_always_the_set_union_of_the_article_graphs(
    ops: list[tuple[str, str, ox.NamedNode]],
) -> None:
    with open_store(MEMORY) as store:
        assert isinstance(store, EmbeddedStore)
        for op, key, agent in ops:
            if op == "write":
                write(store, key, report(key, agent))
            else:
                store.remove_graph(graph_iri(key))
            assert default_graph(store) == union_of_facts(store)


def test_rebuild_recomputes_the_merged_graph(store: EmbeddedStore) -> None:
    for key in ("a", "b"):
        write(store, key, report(key))
    expected = default_graph(store)
    store.oxstore.update("CLEAR DEFAULT")
    assert store.rebuild_merged() == len(expected)
    assert default_graph(store) == expected


def test_the_embedded_triple_count_is_the_generic_one(store: EmbeddedStore) -> None:
    """stats().triples counted fast (sequential counts) equals the SPARQL join every backend has."""
    from pipeline.ingest import ensure_static
    from pipeline.store.sparql import SparqlStore

    for key in ("a", "b", "c"):
        write(store, key, report(key))
    write(store, "a", report("a", agent=OPENAI))
    ensure_static(store)
    facts, static = store.stats().facts, store.static_graphs()
    assert static, "the ontology is counted out"
    generic = SparqlStore._article_triples(store, facts, static)
    assert store._article_triples(facts, static) == generic == 3 * len(report("a"))


# --- many new graphs at once: the bulk loader (on disk, from BULK_MIN graphs)


def serialized(key: str, agent: ox.NamedNode = NVIDIA) -> tuple[GraphRecord, bytes, bytes]:
    """An article as ingest hands it to the store: its record, its quads, its facts (serialised)."""
    graph = ox.NamedNode(graph_iri(key))
    triples = report(key, agent)
    nquads = ox.serialize([ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples], format=NQ)
    ntriples = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return GraphRecord(graph=graph.value, stamp=key, key=key), nquads or b"", ntriples or b""


class _Spy:
    """An Oxigraph store that counts the calls of its write methods."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> object:
        if name in ("load", "bulk_load"):
            self.calls.append(name)
        return getattr(self.store, name)


def everything(store: EmbeddedStore) -> set[ox.Quad]:
    return set(store.oxstore.quads_for_pattern(None, None, None, None))


@pytest.mark.parametrize(
    ("graphs", "per_load", "loads"),
    [
        pytest.param(BULK_MIN, None, ["bulk_load"], id="bulk-min-graphs-one-bulk-load"),
        pytest.param(BULK_MIN + 9, 2, ["bulk_load"] * 13, id="bytes-for-two-whole-graphs-per-load"),
        pytest.param(BULK_MIN - 1, None, ["load"], id="fewer-one-transaction"),
    ],
)
def test_new_graphs_in_bulk_are_what_one_transaction_each_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, graphs: int, per_load: int | None, loads: list[str]
) -> None:
    import pipeline.store.embedded as embedded

    batch = [serialized(f"a{k}", OPENAI if k % 3 else NVIDIA) for k in range(graphs)]
    if per_load is not None:
        largest = max(len(nquads) + len(facts) for _, nquads, facts in batch)
        monkeypatch.setattr(embedded, "BULK_BYTES", per_load * largest + 1)
    with open_store(tmp_path / "bulk") as bulk, open_store(tmp_path / "each") as each:
        assert isinstance(bulk, EmbeddedStore) and isinstance(each, EmbeddedStore)
        spy = _Spy(bulk.oxstore)
        bulk._store = spy  # type: ignore[assignment]
        bulk.add_graphs_serialized(batch)
        bulk._store = spy.store
        assert spy.calls[: len(loads)] == loads and len(spy.calls) == len(loads)
        for entry in batch:
            each.add_graphs_serialized([entry])
        assert everything(bulk) == everything(each)
        assert default_graph(bulk) == union_of_facts(bulk)
        assert [r.key for r in sorted(bulk.articles(), key=lambda r: r.key or "")] == sorted(
            f"a{k}" for k in range(graphs)
        )


def test_graphs_loaded_in_bulk_are_removed_and_replaced_as_any(tmp_path: Path) -> None:
    with open_store(tmp_path / "s") as store:
        assert isinstance(store, EmbeddedStore)
        store.add_graphs_serialized([serialized(f"a{k}") for k in range(BULK_MIN)])
        # one article is edited (its agent), then the others are removed: the deal's agent follows
        store.replace_graph_serialized(*serialized("a0", OPENAI))
        assert default_graph(store) == union_of_facts(store)
        for k in range(1, BULK_MIN):
            assert store.remove_graph(graph_iri(f"a{k}"))
        assert rows(store, f"SELECT ?x WHERE {{ {DEAL} {fin('agent')} ?x }}") == [(OPENAI.value,)]
        assert default_graph(store) == union_of_facts(store)
