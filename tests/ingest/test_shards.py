"""N-Quads shards (``finkg extract --format nquads``), bulk loading (``finkg load``), and the
distributed recipe (Dask, a local cluster of two workers on loopback)."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from spacy.language import Language

from pipeline.cli import main
from pipeline.ingest import ingest
from pipeline.ingest.load import chunks, load_shards, merged_lines
from pipeline.ingest.shards import extract_partition, extract_shards
from pipeline.store import MEMORY, EmbeddedStore, open_store
from tests.conftest import CORPUS
from tests.rdf_compare import assert_same_graphs, assert_same_stores, graphs_of

FILES = [
    str(CORPUS / "articles" / "000_0f49195ad08e850a.txt"),
    str(CORPUS / "articles" / "001_37bb5ec9d4e18407.txt"),
    str(CORPUS / "articles" / "01_spdb-huarui-syndicated-loan.txt"),
]


def default_graph(store: EmbeddedStore) -> set[ox.Triple]:
    return {q.triple for q in store.oxstore.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def test_shards_loaded_equal_the_same_articles_ingested(tmp_path: Path, nlp: Language) -> None:
    summary = extract_shards(FILES, tmp_path / "shards", per_shard=2, workers=1, nlp=nlp)
    assert (summary.articles, len(summary.shards), summary.failed) == (3, 2, ())
    again = extract_shards(FILES, tmp_path / "again", per_shard=2, workers=0, nlp=nlp)
    assert [Path(p).read_bytes() for p in again.shards] == [Path(p).read_bytes() for p in summary.shards]
    with open_store(tmp_path / "loaded") as loaded, open_store(MEMORY) as ingested:
        assert isinstance(loaded, EmbeddedStore) and isinstance(ingested, EmbeddedStore)
        result = load_shards(loaded, [Path(p) for p in summary.shards])
        assert result.articles == 3
        ingest(FILES, ingested, workers=0, nlp=nlp)
        assert_same_stores(loaded, ingested)  # the same graphs and records
        assert_same_graphs(graphs_of(default_graph(loaded)), graphs_of(default_graph(ingested)))
        assert result.facts == len(default_graph(ingested))
        # and the loaded store goes on like an ingested one
        assert ingest(FILES, loaded, workers=0, nlp=nlp).unchanged == 3


def test_loading_another_version_of_a_stored_article_is_refused(tmp_path: Path, nlp: Language) -> None:
    from pipeline.errors import FinkgError

    shards = extract_shards(FILES[:1], tmp_path / "shards", workers=0, nlp=nlp).shards
    edited = tmp_path / "edited.txt"
    edited.write_text(Path(FILES[0]).read_text(encoding="utf-8") + "\n補充。", encoding="utf-8")
    with open_store(tmp_path / "store") as store:
        ingest([str(edited)], store, workers=0, nlp=nlp)  # key = file stem "edited"
    renamed = tmp_path / "shards" / "renamed.nq"
    key = Path(FILES[0]).stem
    renamed.write_bytes(Path(shards[0]).read_bytes().replace(key.encode(), b"edited"))
    with open_store(tmp_path / "store") as store, pytest.raises(FinkgError, match="two versions"):
        load_shards(store, [renamed])


def test_merged_lines_drop_records_and_graph_labels() -> None:
    g, i, f = (
        "https://w3id.org/finkg/id/graph/a",
        "https://w3id.org/finkg/id/",
        "https://w3id.org/finkg/ontology#",
    )
    data = (
        f"<{i}deal/x> <{f}agent> <{i}org/n> <{g}> .\n"
        f"<{i}record/a> <{f}recordOf> <{g}> <{g}> .\n"
        f'<{i}article/a> <{f}title> "a <{g}> ." <{g}> .\n'
        f"<{i}deal/x> <{f}agent> <{i}org/n> <{g}b> .\n"  # the same fact from another article
    ).encode()
    triples = list(ox.parse(merged_lines(data), format=ox.RdfFormat.N_TRIPLES))
    assert [t.predicate.value.rsplit("#")[1] for t in triples] == ["agent", "title"]
    assert triples[1].object == ox.Literal(f"a <{g}> .")


def test_chunks_end_at_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "x.nq"
    lines = [f"line {i}\n".encode() * (i % 5 + 1) for i in range(200)]
    path.write_bytes(b"".join(lines))
    pieces = list(chunks(path, size=64))
    assert b"".join(pieces) == path.read_bytes()
    assert all(p.endswith(b"\n") for p in pieces)


def test_the_cli_extracts_shards_and_loads_them(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pipeline.nlp.wiring.build_nlp", lambda *args, **kwargs: nlp)
    runner = CliRunner()
    out = tmp_path / "shards"
    extracted = runner.invoke(main, ["extract", *FILES[:2], "--format", "nquads", "--out-dir", str(out)])
    assert extracted.exit_code == 0, extracted.output
    shards = sorted(str(p) for p in out.glob("*.nq"))
    loaded = runner.invoke(main, ["load", *shards, "--store", str(tmp_path / "store")])
    assert loaded.exit_code == 0, loaded.output
    assert "2 articles" in loaded.stdout
    with open_store(tmp_path / "store", read_only=True) as store:
        assert len(store.articles()) == 2
    refused = runner.invoke(main, ["extract", FILES[0], "--format", "nquads"])
    assert refused.exit_code == 2 and "--out-dir" in refused.output


def test_the_dask_recipe_on_a_local_two_worker_cluster(tmp_path: Path, nlp: Language) -> None:
    """The README's recipe: partitions of JSON records → extract_partition on two Dask worker
    processes on loopback → shards → finkg load; the same store as ingesting the records here."""
    distributed = pytest.importorskip("distributed", reason="dask[distributed] is in the dev extras")
    records = [
        {"id": f"a{i}", "title": f"第{i}則", "text": text}
        for i, text in enumerate(Path(f).read_text(encoding="utf-8") for f in FILES)
    ]
    partitions = [records[:2], records[2:]]
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        futures = [
            client.submit(extract_partition, part, str(tmp_path / f"part-{i:04d}.nq"), pure=False)
            for i, part in enumerate(partitions)
        ]
        done = client.gather(futures)
    assert [(n, failures) for _, n, failures in done] == [(2, []), (1, [])]
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with open_store(tmp_path / "loaded") as loaded, open_store(MEMORY) as ingested:
        assert isinstance(loaded, EmbeddedStore) and isinstance(ingested, EmbeddedStore)
        load_shards(loaded, [Path(path) for path, _, _ in done])
        ingest([str(jsonl)], ingested, workers=0, nlp=nlp)
        assert_same_stores(loaded, ingested)
        assert default_graph(loaded) == default_graph(ingested)
