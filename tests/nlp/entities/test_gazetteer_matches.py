"""The gazetteer matcher, built once per name list and tokenizer and read back from the cache."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from spacy.language import Language

from pipeline import cache
from pipeline.nlp.entities import gazetteer_matches
from pipeline.nlp.entities.candidates import fold_key
from pipeline.nlp.entities.gazetteer_matches import build_matcher, token_keys

_NAMES = ("藍峰儲能", "蓝峰储能科技", "艾克米電網")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENV_SWITCH, raising=False)


def _lex(names: tuple[str, ...]) -> object:
    """What build_matcher reads of the lexicon: the pattern names of the index."""
    return SimpleNamespace(index=SimpleNamespace(pattern_names={fold_key(n): n for n in names}))


def _entries() -> list[Path]:
    return sorted(cache.cache_dir().glob("gazetteer-matcher-*.pickle"))


def _found(nlp: Language, names: tuple[str, ...], text: str) -> list[str]:
    matcher = build_matcher(nlp, _lex(names))  # type: ignore[arg-type]
    keys = list(token_keys(nlp, text))
    return [key for key, _, _ in matcher.matches(keys)]


def test_the_matcher_is_built_once_then_read_back(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "藍峰儲能宣布與艾克米電網合作"
    first = _found(nlp, _NAMES, text)
    assert fold_key("藍峰儲能") in first and len(_entries()) == 1
    calls: list[str] = []
    monkeypatch.setattr(gazetteer_matches, "token_keys", lambda n, name: calls.append(name) or ())
    assert _found(nlp, _NAMES, text) == first
    assert calls == [], "read back, not tokenised again"


def test_a_changed_name_list_builds_a_new_matcher(nlp: Language) -> None:
    _found(nlp, _NAMES, "藍峰儲能")
    found = _found(nlp, (*_NAMES, "澄源資本"), "澄源資本領投")
    assert fold_key("澄源資本") in found
    assert len(_entries()) == 2


def test_a_corrupt_matcher_entry_is_skipped_and_rebuilt(nlp: Language) -> None:
    text = "艾克米电网与蓝峰储能科技签约"
    first = _found(nlp, _NAMES, text)
    assert first == [fold_key("艾克米電網"), fold_key("藍峰儲能"), fold_key("蓝峰储能科技")]
    (entry,) = _entries()
    entry.write_bytes(entry.read_bytes()[:50])
    assert _found(nlp, _NAMES, text) == first
    assert entry.stat().st_size > 50, "and stored again"
