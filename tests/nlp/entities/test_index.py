"""The gazetteer index, built once per gazetteer and code and read back from the start-up cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import cache
from pipeline.nlp.entities.candidates import fold_key
from pipeline.nlp.entities.index import GazetteerIndex, build_index, cached_index
from pipeline.nlp.entities.tables import entity_tables
from pipeline.nlp.gazetteer import Gazetteer, parse_gazetteer
from pipeline.text.view import TextView

_TTL = """
@prefix fin: <https://w3id.org/finkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/finkg/id/org/acme-grid> a fin:Organization ;
    skos:prefLabel "艾克米電網"@zh-Hant ; skos:altLabel "艾克米电网"@zh-Hans ; fin:ticker "ACMG" .
"""
_MORE = """
<https://w3id.org/finkg/id/org/bluepeak> a fin:Organization ;
    skos:prefLabel "藍峰儲能"@zh-Hant ; skos:altLabel "蓝峰储能"@zh-Hans .
"""


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENV_SWITCH, raising=False)


def _index(gazetteer: Gazetteer) -> GazetteerIndex:
    return cached_index(gazetteer, TextView(), entity_tables())


def _entry_file() -> Path:
    (path,) = cache.cache_dir().glob("gazetteer-index-*.pickle")
    return path


def test_the_index_read_back_refers_to_the_gazetteers_own_entries() -> None:
    first = _index(parse_gazetteer(_TTL))
    gazetteer = parse_gazetteer(_TTL)  # the same Turtle parsed again, as in a later process
    again = _index(gazetteer)
    assert again.forms.keys() == first.forms.keys()
    entry = gazetteer.get("https://w3id.org/finkg/id/org/acme-grid")
    forms = again.forms[fold_key("艾克米电网")]
    assert forms and all(form[0] is entry for form in forms)
    assert again.gazetteer is gazetteer and again.tickers["ACMG"] == (entry,)
    assert again.tickers["ACMG"][0] is entry


def test_a_changed_gazetteer_builds_a_new_index() -> None:
    _index(parse_gazetteer(_TTL))
    grown = _index(parse_gazetteer(_TTL + _MORE))
    assert fold_key("蓝峰储能") in grown.forms
    assert len(list(cache.cache_dir().glob("gazetteer-index-*.pickle"))) == 2


def test_a_corrupt_index_entry_is_skipped_and_rebuilt() -> None:
    gazetteer = parse_gazetteer(_TTL)
    _index(gazetteer)
    _entry_file().write_bytes(b"\x80\x05 not a whole pickle")
    rebuilt = _index(gazetteer)
    assert rebuilt.forms == build_index(gazetteer, TextView(), entity_tables()).forms
    assert _index(gazetteer).forms == rebuilt.forms, "and stored again"


def test_a_gazetteer_not_read_from_turtle_is_not_cached() -> None:
    parsed = parse_gazetteer(_TTL)
    index = _index(Gazetteer(parsed.entries))
    assert fold_key("艾克米电网") in index.forms
    assert not cache.cache_dir().exists() or not list(cache.cache_dir().glob("gazetteer-index-*"))
