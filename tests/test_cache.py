"""The start-up cache: built once per code and data fingerprint, then read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from pipeline import cache


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENV_SWITCH, raising=False)


def test_a_value_is_built_once_then_read_back() -> None:
    calls: list[int] = []

    def build() -> list[str]:
        calls.append(1)
        return ["輝達", "辉达"]

    assert cache.memo("labels", build) == ["輝達", "辉达"]
    assert cache.memo("labels", build) == ["輝達", "辉达"]
    assert calls == [1]
    assert cache.path_for("labels").is_file()


def test_a_new_fingerprint_is_a_new_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    cache.memo("labels", lambda: 1)
    monkeypatch.setattr(cache, "fingerprint", lambda: "other-code")
    assert cache.memo("labels", lambda: 2) == 2


def test_a_corrupt_entry_is_rebuilt() -> None:
    cache.memo("labels", lambda: 1)
    cache.path_for("labels").write_bytes(b"not a pickle")
    assert cache.memo("labels", lambda: 2) == 2
    assert cache.memo("labels", lambda: 3) == 2, "and stored again"


def test_the_cache_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_SWITCH, "0")
    assert cache.memo("labels", lambda: 1) == 1
    assert cache.memo("labels", lambda: 2) == 2
    assert not cache.path_for("labels").exists()


def test_an_unwritable_cache_dir_only_costs_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(cache.ENV_DIR, str(blocker / "cache"))
    assert cache.memo("labels", lambda: 5) == 5


def test_the_pipeline_reads_its_start_up_artefacts_back_from_the_cache(nlp: Language) -> None:
    """A second build reads the gazetteer, its index, jieba's tags, the segmenter's words and
    their frequencies and the gazetteer matcher from the cache, and extracts the same as the
    session's pipeline; so does a build from a cache whose every entry is cut short."""
    from pipeline.nlp.context import article_for_text
    from pipeline.nlp.entities.tables import jieba_tags
    from pipeline.nlp.extract import extract
    from pipeline.nlp.gazetteer import load_gazetteer
    from pipeline.nlp.wiring import build_nlp

    load_gazetteer.cache_clear()  # this process has them: read them through the (empty) cache
    jieba_tags.cache_clear()
    build_nlp()
    files = [p.name for p in cache.cache_dir().iterdir()]
    for prefix in (
        "gazetteer-matcher-",
        "gazetteer-index-",
        "segmenter-words-",
        "rjieba-words-",
        "jieba-tags-",
    ):
        assert any(f.startswith(prefix) for f in files), prefix
    assert any(f.startswith("gazetteer-") and f.count("-") == 2 for f in files), "the gazetteer"
    again = build_nlp()
    for text in _SENTENCES:
        article = article_for_text(text)
        assert extract(again, article) == extract(nlp, article)
    for entry in cache.cache_dir().iterdir():  # every start-up artefact cut short: each is rebuilt
        entry.write_bytes(entry.read_bytes()[:100])
    load_gazetteer.cache_clear()
    jieba_tags.cache_clear()
    rebuilt = build_nlp()
    for text in _SENTENCES:
        article = article_for_text(text)
        assert extract(rebuilt, article) == extract(nlp, article)
    assert all(entry.stat().st_size > 100 for entry in cache.cache_dir().iterdir()), "stored again"


_SENTENCES = (
    "台積電宣布以新台幣100億元收購鴻海精密工業股份有限公司旗下工廠。",
    "台积电宣布以100亿元收购鸿海精密工业股份有限公司旗下工厂。",
)


def test_an_entry_of_other_code_is_removed_when_the_new_one_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cache, "fingerprint", lambda: "a" * 24)
    cache.memo("labels-1", lambda: 1)
    cache.memo("labels-12", lambda: 12)  # another name sharing the prefix stays
    old = cache.path_for("labels-1")
    monkeypatch.setattr(cache, "fingerprint", lambda: "b" * 24)
    assert cache.memo("labels-1", lambda: 2) == 2
    assert not old.exists()
    assert sorted(p.name for p in cache.cache_dir().iterdir()) == [
        f"labels-1-{'b' * 24}.pickle",
        f"labels-12-{'a' * 24}.pickle",
    ]


class _Held:
    """An object the caller holds (a gazetteer entry, say): cached values refer to it."""

    def __init__(self, name: str):
        self.name = name


def test_refs_are_stored_by_key_and_read_back_as_the_callers_objects() -> None:
    refs = {"a": _Held("輝達"), "b": _Held("台積電")}
    value = cache.memo("index", lambda: {"first": refs["a"], "both": [refs["a"], refs["b"]]}, refs=refs)
    assert value["first"] is refs["a"]
    held_now = {"a": _Held("輝達"), "b": _Held("台積電")}  # the objects of a later process
    again = cache.memo("index", lambda: {}, refs=held_now)
    assert again["first"] is held_now["a"] and again["both"][1] is held_now["b"], "read, not rebuilt"
    assert "輝達".encode() not in cache.path_for("index").read_bytes(), "the object is not stored"


def test_a_ref_the_caller_no_longer_holds_makes_the_entry_unusable() -> None:
    refs = {"a": _Held("輝達")}
    cache.memo("other-index", lambda: [refs["a"]], refs=refs)
    assert cache.memo("other-index", lambda: ["rebuilt"], refs={}) == ["rebuilt"]
