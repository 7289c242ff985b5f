from __future__ import annotations

import re
import unicodedata

import pytest
import rdflib

from pipeline.nlp.gazetteer import Gazetteer, default_gazetteer, gazetteer_files, parse_gazetteer
from pipeline.resources import ontology_file
from pipeline.text.view import TextView

FIN = rdflib.Namespace("https://w3id.org/finkg/ontology#")
SKOS = rdflib.namespace.SKOS
ENTITY_CLASSES = {
    FIN.Organization: "org/",
    FIN.MediaOutlet: "org/",
    FIN.SpecialPurposeVehicle: "org/",
    FIN.Person: "person/",
    FIN.Place: "place/",
    FIN.Facility: "facility/",
    FIN.Product: "product/",
}


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    g = rdflib.Graph()
    for path in gazetteer_files(ontology_file("gazetteer")):
        g.parse(path, format="turtle")
    return g


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


def test_ttl_parses_and_every_entity_is_typed_and_labelled(graph: rdflib.Graph) -> None:
    subjects = set(graph.subjects())
    assert len(subjects) >= 400
    for s in subjects:
        types = set(graph.objects(s, rdflib.RDF.type)) & set(ENTITY_CLASSES)
        assert types, f"{s} has no entity type"
        langs = {o.language for p in (SKOS.prefLabel, SKOS.altLabel) for o in graph.objects(s, p)}
        assert langs & {"zh-Hant", "en"}, f"{s} has neither a zh-Hant nor an en label"
        for t in types:
            assert str(s).startswith("https://w3id.org/finkg/id/" + ENTITY_CLASSES[t]), s


def test_one_preferred_label_per_language(graph: rdflib.Graph) -> None:
    for s in set(graph.subjects()):
        langs = [o.language for o in graph.objects(s, SKOS.prefLabel)]
        assert len(langs) == len(set(langs)), s


def test_wikidata_links_are_entity_iris(graph: rdflib.Graph) -> None:
    links = list(graph.objects(None, rdflib.OWL.sameAs))
    assert links
    for o in links:
        assert re.fullmatch(r"http://www\.wikidata\.org/entity/Q\d+", str(o)), o


def test_no_name_belongs_to_two_entities(gazetteer: Gazetteer) -> None:
    view = TextView()
    owner: dict[str, str] = {}
    for name, entry in gazetteer.names():
        key = unicodedata.normalize("NFKC", view(name)).casefold()
        assert owner.setdefault(key, entry.iri) == entry.iri, (name, owner[key], entry.iri)


@pytest.mark.parametrize(
    ("iri", "names"),
    [
        ("org/nvidia", {"輝達", "辉达", "英偉達", "英伟达", "NVIDIA", "Nvidia"}),
        ("org/amd", {"超微", "超微半導體", "AMD"}),
        ("org/tsmc", {"台積電", "台积电", "TSMC"}),
        ("org/morgan-stanley", {"摩根士丹利", "大摩", "Morgan Stanley"}),
        ("org/foxconn", {"鴻海", "富士康", "Foxconn"}),
        ("person/sam-altman", {"奧特曼", "阿特曼", "山姆·奧特曼", "Sam Altman"}),
        ("facility/stargate", {"星際之門", "星际之门", "Stargate"}),
        ("person/elon-musk", {"馬斯克", "埃隆·馬斯克", "埃隆·马斯克", "伊隆·馬斯克"}),
        ("person/akio-toyoda", {"豐田章男", "丰田章男", "Akio Toyoda"}),
        ("org/first-fh", {"第一金", "第一金控", "第一金融控股股份有限公司"}),
        ("org/first-bank", {"第一銀行", "第一银行", "第一銀", "第一商業銀行", "一銀", "First Bank"}),
        ("org/crrc-times-electric", {"時代電氣", "时代电气", "株洲中车时代电气股份有限公司"}),
        ("place/zigong", {"自貢", "自贡", "Zigong"}),
    ],
)
def test_names_in_every_script(gazetteer: Gazetteer, iri: str, names: set[str]) -> None:
    entry = gazetteer.get("https://w3id.org/finkg/id/" + iri)
    assert entry is not None
    assert names <= set(entry.names())


def test_tickers_and_types(gazetteer: Gazetteer) -> None:
    nvidia = gazetteer.get("https://w3id.org/finkg/id/org/nvidia")
    assert nvidia is not None and nvidia.tickers == ("NVDA",) and nvidia.exchange == "NASDAQ"
    assert nvidia.wikidata == "Q182477"
    entity = nvidia.to_entity()
    assert entity.type == "organization" and entity.label == "輝達" and entity.known
    bloomberg = gazetteer.get("https://w3id.org/finkg/id/org/bloomberg")
    assert bloomberg is not None and bloomberg.type == "media"


def test_surface_forms_feed_jieba_with_chinese_names_only(gazetteer: Gazetteer) -> None:
    forms = set(gazetteer.surface_forms())
    assert {"輝達", "辉达", "沃旭能源", "彭博社"} <= forms
    assert not any(f.isascii() for f in forms)  # Latin words stay whole in jieba on their own


def test_parse_small_gazetteer() -> None:
    ttl = """
    @prefix fin: <https://w3id.org/finkg/ontology#> .
    @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
    <https://w3id.org/finkg/id/org/acme> a fin:Organization ;
        skos:prefLabel "艾克米"@zh-Hant ; skos:altLabel "Acme"@en ; fin:ticker "ACME" .
    <https://w3id.org/finkg/id/org/news> a fin:Organization, fin:MediaOutlet ;
        skos:prefLabel "日報"@zh-Hant .
    """
    g = parse_gazetteer(ttl)
    acme = g.get("https://w3id.org/finkg/id/org/acme")
    assert acme is not None and acme.labels[0] == ("艾克米", "zh-Hant") and acme.tickers == ("ACME",)
    news = g.get("https://w3id.org/finkg/id/org/news")
    assert news is not None and news.type == "media"  # the more specific class wins


#: how each exchange writes its codes (a listed company has at least one ticker in that form)
TICKER_FORMS = {
    "SSE": r"6\d{5}",
    "SZSE": r"[03]\d{5}",
    "HKEX": r"\d{5}",
    "TWSE": r"\d{4}",
    "TPEX": r"\d{4}",
    "KRX": r"\d{6}",
    "TSE": r"\d{3}[0-9A-Z]",
    "BURSA": r"\d{4}",
    "SGX": r"[A-Z0-9]{3,4}",
    "NYSE": r"[A-Z.]{1,5}",
    "NASDAQ": r"[A-Z]{1,5}",
}


@pytest.mark.parametrize("exchange", list(TICKER_FORMS))
def test_tickers_are_written_as_their_exchange_writes_them(gazetteer: Gazetteer, exchange: str) -> None:
    listed = [e for e in gazetteer.entries if e.exchange == exchange]
    assert listed
    for entry in listed:
        assert any(re.fullmatch(TICKER_FORMS[exchange], t) for t in entry.tickers), (entry.iri, entry.tickers)


def test_chinese_names_come_in_both_scripts(gazetteer: Gazetteer) -> None:
    for entry in gazetteer.entries:
        langs = {lang for _, lang in entry.labels}
        assert ("zh-Hant" in langs) == ("zh-Hans" in langs), entry.iri
