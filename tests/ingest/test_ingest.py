from __future__ import annotations

import gc
import io
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.errors import FinkgError
from pipeline.ingest import STATIC_FILES, IngestEvent, ensure_static, ingest, remove
from pipeline.store import MEMORY, STATIC_NS, EmbeddedStore, ExportFormat, open_store
from tests.conftest import CORPUS

SEED_A = CORPUS / "articles" / "000_0f49195ad08e850a.txt"
SEED_B = CORPUS / "articles" / "001_37bb5ec9d4e18407.txt"
SEED_C = CORPUS / "articles" / "01_spdb-huarui-syndicated-loan.txt"


def export(store: EmbeddedStore, fmt: ExportFormat = ExportFormat.NQUADS) -> bytes:
    out = io.BytesIO()
    store.export(fmt, out)
    return out.getvalue()


@pytest.fixture
def store() -> Iterator[EmbeddedStore]:
    s = open_store(MEMORY)
    assert isinstance(s, EmbeddedStore)
    yield s
    s.close()


def copy(src: Path, dst_dir: Path) -> Path:
    dst_dir.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(src, dst_dir / src.name))


def test_ingest_then_reingest_changes_nothing(store: EmbeddedStore, nlp: Language) -> None:
    first = ingest([str(SEED_A), str(SEED_C)], store, workers=1, nlp=nlp)
    assert (first.new, first.updated, first.unchanged, first.failed) == (2, 0, 0, ())
    assert first.triples > 0 and first.amounts > 0
    before = export(store)
    again = ingest([str(SEED_A), str(SEED_C)], store, workers=1, nlp=nlp)
    assert (again.new, again.updated, again.unchanged, again.triples) == (0, 0, 2, 0)
    assert export(store) == before
    assert sorted(a.key for a in store.articles()) == sorted([SEED_A.stem, SEED_C.stem])


def test_an_edited_article_replaces_its_graph(tmp_path: Path, nlp: Language) -> None:
    """Ingest, edit, re-ingest == ingest the edited article alone: no stale triples survive."""
    path = copy(SEED_C, tmp_path / "in")
    with open_store(MEMORY) as edited_later, open_store(MEMORY) as edited_only:
        ingest([str(path)], edited_later, workers=1, nlp=nlp)
        text = path.read_text(encoding="utf-8")
        assert "43亿" in text
        path.write_text(text.replace("43亿", "57亿"), encoding="utf-8")
        summary = ingest([str(path)], edited_later, workers=1, nlp=nlp)
        assert (summary.new, summary.updated) == (0, 1)
        ingest([str(path)], edited_only, workers=1, nlp=nlp)
        assert export(edited_later) == export(edited_only)
        assert b"4300000000" not in export(edited_later, ExportFormat.NTRIPLES)
        assert b"5700000000" in export(edited_later, ExportFormat.NTRIPLES)


def test_remove_takes_one_article_and_nothing_else(nlp: Language) -> None:
    with open_store(MEMORY) as both, open_store(MEMORY) as only_b:
        ingest([str(SEED_A), str(SEED_B)], both, workers=1, nlp=nlp)
        ingest([str(SEED_B)], only_b, workers=1, nlp=nlp)
        # the two seeds share entities (NVIDIA, OpenAI …): shared nodes must survive the removal
        shared = both.query(
            "PREFIX fin: <https://w3id.org/finkg/ontology#> "
            "SELECT DISTINCT ?e WHERE { GRAPH ?a { ?e a fin:Organization } "
            "GRAPH ?b { ?e a fin:Organization } FILTER(STR(?a) < STR(?b)) }"
        )
        assert len(shared) > 0
        removed = remove(both, SEED_A.stem)
        assert removed.key == SEED_A.stem
        assert export(both) == export(only_b)
        with pytest.raises(FinkgError, match="no article"):
            remove(both, SEED_A.stem)


def test_repeated_key_in_one_run(tmp_path: Path, store: EmbeddedStore, nlp: Language) -> None:
    """The same key twice in one run: unchanged if the text is the same; another text under the
    same key is a collision, reported with both places, and the first article stays."""
    news = tmp_path / "news.jsonl"
    line = '{{"id": "k", "text": "輝達宣布將投資OpenAI最多{n}億美元。"}}\n'
    news.write_text(line.format(n=1000) * 2 + line.format(n=2000), encoding="utf-8")
    summary = ingest([str(news)], store, workers=1, nlp=nlp)
    assert (summary.new, summary.unchanged, summary.updated) == (1, 1, 0)
    ((where, reason),) = summary.failed
    assert where == f"{news}:3 (id k)"
    assert "key 'k' is already the key of" in reason and f"{news}:1" in reason
    assert [a.key for a in store.articles()] == ["k"]
    assert store.query('ASK { ?a ?p ?o FILTER(CONTAINS(STR(?o), "1000億")) }').boolean is True
    assert store.query('ASK { ?a ?p ?o FILTER(CONTAINS(STR(?o), "2000億")) }').boolean is False


def test_failures_are_reported_and_the_rest_ingested(
    tmp_path: Path, store: EmbeddedStore, nlp: Language
) -> None:
    good = copy(SEED_C, tmp_path / "in")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "news.jsonl").write_text(
        '{"id": "ok-1", "text": "輝達宣布將投資OpenAI最多1000億美元。"}\n{broken\n', encoding="utf-8"
    )
    events: list[IngestEvent] = []
    summary = ingest([str(tmp_path / "in")], store, workers=1, nlp=nlp, progress=events.append)
    assert summary.new == 2
    sources = [source for source, _ in summary.failed]
    assert any(s.endswith("empty.txt") for s in sources)
    assert any(s.endswith("news.jsonl:2") for s in sources)
    assert sorted(a.key for a in store.articles()) == sorted(["ok-1", good.stem])
    assert [e.status for e in events].count("failed") == 2


class _Broken:
    """An nlp whose every call fails: extraction errors must not stop the run."""

    def make_doc(self, text: str) -> None:
        raise RuntimeError("boom")


def test_an_extraction_error_fails_that_article_only(store: EmbeddedStore) -> None:
    summary = ingest([str(SEED_A), str(SEED_C)], store, workers=1, nlp=_Broken())  # type: ignore[arg-type]
    assert summary.new == 0
    assert len(summary.failed) == 2
    assert all("boom" in reason for _, reason in summary.failed)
    assert store.articles() == []


class _FreezeSpy:
    """An nlp that notes how many objects the cycle collector has frozen when it is called."""

    def __init__(self) -> None:
        self.frozen: list[int] = []

    def make_doc(self, text: str) -> None:
        self.frozen.append(gc.get_freeze_count())
        raise RuntimeError("noted")


def test_inline_extraction_runs_with_the_pipeline_out_of_the_collector(store: EmbeddedStore) -> None:
    """As in the workers and `finkg extract`: full collections do not traverse the pipeline."""
    before = gc.get_freeze_count()
    spy = _FreezeSpy()
    ingest([str(SEED_A), str(SEED_C)], store, workers=0, nlp=spy)  # type: ignore[arg-type]
    assert len(spy.frozen) == 2
    assert all(count > before for count in spy.frozen)
    assert gc.get_freeze_count() == before, "unfrozen after the run"


@pytest.mark.parametrize(
    ("workers", "batch", "written"),
    [
        pytest.param(0, 1, 1, id="inline-one-article-a-batch"),
        pytest.param(1, 1, 1, id="a-worker-one-article-a-batch"),
        # both arrive before the first write: one batch, and the interruption comes after it
        pytest.param(0, None, 2, id="inline-batches"),
        pytest.param(1, None, 2, id="a-worker-batches"),
    ],
)
def test_an_interrupted_ingest_leaves_whole_articles(
    tmp_path: Path,
    nlp: Language,
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
    batch: int | None,
    written: int,
) -> None:
    """Ctrl-C at the first article reported written: the articles counted are in the (on-disk)
    store, each whole, the others absent, and the run still ends with its summary; the next run
    picks up where it stopped."""
    import pipeline.ingest.run as ingest_module

    if batch is not None:
        monkeypatch.setattr(ingest_module, "BATCH", batch)
    with open_store(tmp_path / "s") as interrupted, open_store(MEMORY) as complete:
        assert isinstance(interrupted, EmbeddedStore)

        def stop(event: IngestEvent) -> None:
            if event.status == "new":
                raise KeyboardInterrupt

        seeds = [str(SEED_A), str(SEED_C)]
        summary = ingest(seeds, interrupted, workers=workers, nlp=nlp, progress=stop)
        assert summary.interrupted and not summary.ok
        assert "(interrupted)" in summary.format()
        assert summary.new == written
        assert sorted(a.key for a in interrupted.articles()) == sorted(Path(s).stem for s in seeds[:written])
        ingest(seeds[:written], complete, workers=0, nlp=nlp)
        assert export(interrupted) == export(complete)  # type: ignore[arg-type]
        resumed = ingest(seeds, interrupted, workers=workers, nlp=nlp)
        assert (resumed.new, resumed.unchanged) == (2 - written, written)


def test_a_batch_on_disk_is_bulk_loaded_and_the_same_store(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new articles of a batch written by the bulk loader (here from 2) make the store one
    transaction each makes."""
    import pipeline.store.embedded as embedded

    files = [str(SEED_A), str(SEED_B), str(SEED_C)]
    loads: list[int] = []
    real = embedded.EmbeddedStore._load_new

    def counted(self: EmbeddedStore, graphs):  # type: ignore[no-untyped-def]
        loads.append(len(graphs))
        return real(self, graphs)

    monkeypatch.setattr(embedded.EmbeddedStore, "_load_new", counted)
    monkeypatch.setattr(embedded, "BULK_MIN", 2)
    with open_store(tmp_path / "bulk") as bulk, open_store(MEMORY) as each:
        assert ingest(files, bulk, workers=0, nlp=nlp).new == 3
        assert loads == [3]
        for path in files:
            ingest([path], each, workers=0, nlp=nlp)
        assert export(bulk) == export(each)  # type: ignore[arg-type]


def test_the_ontology_is_a_static_graph_loaded_once(store: EmbeddedStore) -> None:
    assert ensure_static(store) == [STATIC_NS + name for name, _ in STATIC_FILES]
    assert ensure_static(store) == []
    stats = store.stats()
    assert (stats.static_graphs, stats.articles) == (1, 0)


def test_parallel_ingest_equals_inline(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two worker processes give the same store as one, with a bounded number in flight."""
    import pipeline.ingest.stream

    files = [str(SEED_A), str(SEED_B), str(SEED_C)]
    real_read = pipeline.ingest.stream.stream_inputs
    pulled: list[int] = []
    done: list[int] = []

    def counting_read(paths, stdin=None, **kwargs):  # type: ignore[no-untyped-def]
        for item in real_read(paths, stdin=stdin, **kwargs):
            pulled.append(1)
            yield item

    monkeypatch.setattr(pipeline.ingest.stream, "stream_inputs", counting_read)
    gaps: list[int] = []

    def tick(event: IngestEvent) -> None:
        done.append(1)
        gaps.append(len(pulled) - len(done))

    with open_store(MEMORY) as inline, open_store(MEMORY) as parallel:
        ingest(files, inline, workers=0, nlp=nlp)
        pulled.clear()
        summary = ingest(files, parallel, workers=2, nlp=nlp, progress=tick)
        assert (summary.new, summary.failed) == (3, ())
        assert export(parallel) == export(inline)
    assert max(gaps) <= 2 * 2


def test_a_clock_stamps_the_ingest_time(store: EmbeddedStore, nlp: Language) -> None:
    import datetime as dt

    when = dt.datetime(2026, 11, 23, 14, 0, tzinfo=dt.UTC)
    ingest([str(SEED_C)], store, workers=1, nlp=nlp, clock=lambda: when)
    query = (
        "PREFIX fin: <https://w3id.org/finkg/ontology#> SELECT ?t WHERE { GRAPH ?g { ?a fin:ingestedAt ?t } }"
    )
    assert [r[0].value for r in store.query(query)] == [when]


def test_a_changed_extractor_re_extracts_unchanged_text(
    store: EmbeddedStore, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipeline.ingest.run as ingest_module

    first = ingest([str(SEED_C)], store, workers=1, nlp=nlp)
    assert (first.new, first.unchanged) == (1, 0)
    assert ingest([str(SEED_C)], store, workers=1, nlp=nlp).unchanged == 1
    monkeypatch.setattr(ingest_module, "extractor_fingerprint", lambda: "a newer finkg")
    again = ingest([str(SEED_C)], store, workers=1, nlp=nlp)
    assert (again.updated, again.unchanged) == (1, 0)
