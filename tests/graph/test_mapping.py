from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import RDFS, Graph, Literal, URIRef

from pipeline.graph.mapping import article_quads
from pipeline.graph.namespace import FIN, NIF
from pipeline.model.iris import deal_iri, magnitude_key
from pipeline.model.records import (
    Amount,
    Article,
    Capacity,
    Deal,
    Entity,
    Evidence,
    Extraction,
    Mention,
    Sentence,
)
from tests.graph_samples import NVIDIA, OPENAI, XAI, article_graph, extraction_a, extraction_b
from tests.rdf_compare import assert_same_graph

TEXT = "輝達投資xAI20億美元。"
NV = Mention(0, 2, "輝達", NVIDIA, "organization")
X = Mention(4, 7, "xAI", XAI, "organization")
USD = Amount(7, 13, "20億美元", Decimal("2000000000"), "USD")
KEY = f"investment|{NVIDIA}|{XAI}|*"
DEAL = "https://w3id.org/finkg/id/deal/investment-" + hashlib.sha256(KEY.encode()).hexdigest()[:16]


def small_extraction() -> Extraction:
    article = Article(
        key="t1", text=TEXT, source="t1.txt", content_hash="h", title="輝達投資xAI", date=dt.date(2025, 10, 8)
    )
    return Extraction(
        article=article,
        sentences=(Sentence(0, 14, TEXT),),
        amounts=(USD,),
        mentions=(NV, X),
        entities=(
            Entity(NVIDIA, "organization", "輝達", (("輝達", "zh-Hant"), ("NVIDIA", "en")), ticker="NVDA"),
            Entity(XAI, "organization", "xAI", known=False),
        ),
        deals=(Deal("investment", NV, X, (Evidence(0, 14, TEXT),), amount=USD),),
    )


EXPECTED = f"""
@prefix fin: <https://w3id.org/finkg/ontology#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:article/t1 a fin:Article ; nif:isString "{TEXT}" ;
    fin:articleKey "t1" ; fin:contentHash "h" ; fin:encoding "utf-8" ;
    fin:script "traditional" ; fin:title "輝達投資xAI"@zh-Hant ; fin:publicationDate "2025-10-08"^^xsd:date .

id:org/nvidia a fin:Organization ; fin:fromGazetteer true ; fin:ticker "NVDA" ;
    skos:prefLabel "輝達"@zh-Hant , "NVIDIA"@en .
id:org/xai a fin:Organization ; fin:fromGazetteer false ; skos:altLabel "xAI" ; rdfs:label "xAI" .

id:sentence/t1/0-14 a nif:Sentence , fin:Evidence ;
    nif:beginIndex "0"^^xsd:integer ; nif:endIndex "14"^^xsd:integer ;
    nif:anchorOf "{TEXT}" ; nif:referenceContext id:article/t1 ; prov:wasDerivedFrom id:article/t1 .

id:mention/t1/0-2 a fin:Mention ; fin:denotes id:org/nvidia ;
    nif:beginIndex "0"^^xsd:integer ; nif:endIndex "2"^^xsd:integer ;
    nif:anchorOf "輝達" ; nif:referenceContext id:article/t1 ; nif:sentence id:sentence/t1/0-14 .
id:mention/t1/4-7 a fin:Mention ; fin:denotes id:org/xai ;
    nif:beginIndex "4"^^xsd:integer ; nif:endIndex "7"^^xsd:integer ;
    nif:anchorOf "xAI" ; nif:referenceContext id:article/t1 ; nif:sentence id:sentence/t1/0-14 .

id:amount/t1/7-13 a fin:MonetaryAmount ;
    nif:beginIndex "7"^^xsd:integer ; nif:endIndex "13"^^xsd:integer ;
    nif:anchorOf "20億美元" ; nif:referenceContext id:article/t1 ; nif:sentence id:sentence/t1/0-14 ;
    fin:value "2000000000"^^xsd:decimal ; fin:usdValue "2000000000"^^xsd:decimal ;
    fin:currency id:currency/USD ; fin:qualifier fin:Exact .
id:currency/USD a fin:Currency ; skos:notation "USD" .

<{DEAL}> a fin:Investment ; fin:identityKey "{KEY}" ;
    fin:agent id:org/nvidia ; fin:investor id:org/nvidia ; fin:payer id:org/nvidia ;
    fin:counterparty id:org/xai ; fin:investee id:org/xai ; fin:payee id:org/xai ;
    fin:amount id:amount/t1/7-13 ; fin:evidence id:sentence/t1/0-14 ;
    fin:primaryEvidence id:sentence/t1/0-14 ; fin:reportedIn id:article/t1 .
"""


def expand_ids(turtle: str) -> str:
    """``id:org/nvidia`` is not a Turtle prefixed name ("/" in the local part): expand it."""
    return re.sub(r"\bid:([\w/.-]+[\w])", r"<https://w3id.org/finkg/id/\1>", turtle)


def test_article_graph_maps_an_extraction() -> None:
    graph_iri, graph = article_graph(small_extraction())
    assert graph_iri == "https://w3id.org/finkg/id/graph/t1"
    assert_same_graph(graph, Graph().parse(data=expand_ids(EXPECTED), format="turtle"))


def test_article_context_holds_the_text_every_offset_indexes() -> None:
    """nif:isString is the text as read (both scripts, furniture included): each span's
    nif:anchorOf is the slice [beginIndex, endIndex) of it."""
    for x in (extraction_a(), extraction_b()):
        _, graph = article_graph(x)
        article = URIRef(f"https://w3id.org/finkg/id/article/{x.article.key}")
        (text,) = graph.objects(article, NIF.isString)
        assert str(text) == x.article.text
        spans = list(graph.subjects(NIF.referenceContext, article))
        assert spans
        for span in spans:
            begin, end = (int(graph.value(span, p)) for p in (NIF.beginIndex, NIF.endIndex))  # type: ignore[arg-type]
            assert str(text)[begin:end] == str(graph.value(span, NIF.anchorOf))


def test_conversion_and_implied_rate() -> None:
    x = extraction_b()
    _, graph = article_graph(x)
    usd, twd = x.amounts[0], x.amounts[1]
    usd_node = URIRef(f"https://w3id.org/finkg/id/amount/b-2025-10-09/{usd.start}-{usd.end}")
    twd_node = URIRef(f"https://w3id.org/finkg/id/amount/b-2025-10-09/{twd.start}-{twd.end}")
    assert (twd_node, FIN.convertedFrom, usd_node) in graph
    rates = set(graph.subjects(FIN.impliedBy, usd_node))
    assert len(rates) == 1
    rate = rates.pop()
    assert graph.value(rate, FIN.rate) == Literal(
        "32.35", datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal")
    )
    assert graph.value(twd_node, FIN.usdRate) == rate
    flagged = {r for r in graph.subjects(FIN.flagged, Literal(True))}
    assert len(flagged) == 1 and flagged != {rate}


def test_capacity_uses_qudt_and_watts() -> None:
    _, graph = article_graph(extraction_a())
    (cap,) = graph.subjects(FIN.watts, None)
    assert (
        str(graph.value(cap, URIRef("http://qudt.org/schema/qudt/hasUnit")))
        == "http://qudt.org/vocab/unit/GigaW"
    )
    assert graph.value(cap, URIRef("http://qudt.org/schema/qudt/numericValue")).toPython() == Decimal(10)
    assert graph.value(cap, FIN.qualifier) == FIN.AtLeast


@pytest.mark.parametrize(
    "build",
    [
        pytest.param(small_extraction, id="small"),
        pytest.param(extraction_a, id="sample-a"),
        pytest.param(extraction_b, id="sample-b"),
    ],
)
def test_same_extraction_same_quads_in_the_same_order(build) -> None:  # type: ignore[no-untyped-def]
    assert article_quads(build()) == article_quads(build())


@pytest.mark.parametrize(
    "build", [pytest.param(extraction_a, id="sample-a"), pytest.param(extraction_b, id="sample-b")]
)
def test_no_blank_nodes_and_no_repeats(build) -> None:  # type: ignore[no-untyped-def]
    _, quads = article_quads(build())
    assert len(quads) == len(set(quads))
    assert not any(isinstance(t, ox.BlankNode) for q in quads for t in (q.subject, q.object))


def test_same_deal_in_two_articles_is_one_node_with_two_evidence() -> None:
    (_, a), (_, b) = article_graph(extraction_a()), article_graph(extraction_b())
    investments_a = {d for d in a.subjects(FIN.investee, URIRef(OPENAI))}
    investments_b = {d for d in b.subjects(FIN.investee, URIRef(OPENAI))}
    assert investments_a == investments_b and len(investments_a) == 1
    deal = investments_a.pop()
    union = a + b
    assert len(set(union.objects(deal, FIN.evidence))) == 2
    assert len(set(union.objects(deal, FIN.reportedIn))) == 2
    contexts = {union.value(amount, NIF.referenceContext) for amount in union.objects(deal, FIN.amount)}
    assert len(contexts) == 2, "each article keeps its own figure, with its source"


def test_same_parties_are_one_deal_whatever_the_figure() -> None:
    small = Deal("investment", NV, X, (), amount=USD)
    big = Deal("investment", NV, X, (), amount=Amount(0, 1, "千億美元", Decimal("1e11"), "USD"))
    assert deal_iri(small) == deal_iri(big) == deal_iri(Deal("investment", NV, X, ()))
    assert deal_iri(small) != deal_iri(Deal("purchase", NV, X, (), amount=USD))
    assert deal_iri(small) != deal_iri(Deal("investment", X, NV, (), amount=USD))


def test_rounds_without_counterparty_differ_by_size() -> None:
    small = Deal("fundraising", X, None, (), amount=USD)
    big = Deal("fundraising", X, None, (), amount=Amount(0, 1, "千億美元", Decimal("1e11"), "USD"))
    assert deal_iri(small) != deal_iri(big)
    assert deal_iri(small) == deal_iri(Deal("fundraising", X, None, (Evidence(3, 9, "x"),), amount=USD))


def test_repeated_loans_and_bond_issues_stay_apart_and_one_loan_from_three_outlets_is_one() -> None:
    bank = Mention(0, 2, "招商银行", "https://w3id.org/finkg/id/org/cmb", "organization")
    loan_2024 = Deal("debt", X, bank, (), amount=Amount(0, 1, "30亿美元", Decimal("3e9"), "USD"))
    loan_2025 = Deal("debt", X, bank, (), amount=Amount(0, 1, "50亿美元", Decimal("5e9"), "USD"))
    rounded = Deal(
        "debt", X, bank, (Evidence(3, 9, "x"),), amount=Amount(0, 1, "约30亿美元", Decimal("3.04e9"), "USD")
    )
    assert deal_iri(loan_2024) != deal_iri(loan_2025)
    assert deal_iri(loan_2024) == deal_iri(rounded)
    bond_a = Deal("debt", X, None, (), amount=Amount(0, 1, "10亿元", Decimal("1e9"), "CNY"))
    bond_b = Deal("debt", X, None, (), amount=Amount(0, 1, "3亿元", Decimal("3e8"), "CNY"))
    assert deal_iri(bond_a) != deal_iri(bond_b)


def test_store_bookkeeping_is_not_part_of_the_mapping() -> None:
    """Stamp, fingerprint and ingest time belong to the store's graph record, not to the extraction."""
    _, graph = article_graph(small_extraction())
    bookkeeping = {
        FIN.GraphRecord,
        FIN.recordOf,
        FIN.storedKey,
        FIN.ingestStamp,
        FIN.codeFingerprint,
        FIN.ingestedAt,
    }
    assert not any(term in bookkeeping for triple in graph for term in triple)


@pytest.mark.parametrize(
    ("amount", "capacity", "expected"),
    [
        pytest.param(USD, None, "usd:2e9", id="usd-figure"),
        pytest.param(
            Amount(0, 1, "x", Decimal("64700000000"), "TWD", usd_value=Decimal("2000000000")),
            None,
            "usd:2e9",
            id="converted-to-usd",
        ),
        pytest.param(
            Amount(0, 1, "x", Decimal("380000000000"), "CNY", qualifier="at_least"),
            None,
            "CNY:4e11",
            id="native-currency-without-usd",
        ),
        pytest.param(
            Amount(0, 1, "x", None, "USD", qualifier="range", min=Decimal("5e10"), max=Decimal("6e10")),
            None,
            "usd:6e10",
            id="range-takes-its-top",
        ),
        pytest.param(
            Amount(0, 1, "x", Decimal("0.01"), "USD", per="share"),
            None,
            "usd:1e-2/share",
            id="rate-keeps-its-basis",
        ),
        pytest.param(
            Amount(0, 1, "x", None, "USD", qualifier="vague"),
            Capacity(0, 1, "10GW", Decimal("1e10")),
            "w:1e10",
            id="vague-amount-falls-to-capacity",
        ),
        pytest.param(None, None, "none", id="no-figure"),
    ],
)
def test_magnitude_key(amount: Amount | None, capacity: Capacity | None, expected: str) -> None:
    assert magnitude_key(amount, capacity) == expected


def test_a_party_without_entity_record_is_labelled_as_written() -> None:
    spv = Mention(0, 3, "SPV", "https://w3id.org/finkg/id/org/spv", "organization")
    x = small_extraction()
    lease = Deal("lease", X, spv, (Evidence(0, 14, TEXT),))
    _, graph = article_graph(Extraction(article=x.article, sentences=x.sentences, deals=(lease,)))
    assert graph.value(URIRef(spv.iri), RDFS.label) == Literal("SPV")
