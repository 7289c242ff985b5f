"""Tranches in the graph: each part of a bond issue or of a round is a deal of its own, linked to
the whole with fin:hasTranche; a deal with no parts has none."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import URIRef

from pipeline.graph.namespace import FIN
from pipeline.graph.tranches import tranche_links
from pipeline.model.iris import deal_iri
from pipeline.model.records import Amount, Article, Deal, Evidence, Extraction, Mention, Sentence
from tests.graph_samples import article_graph

ORG = "https://w3id.org/finkg/id/org/"
CHT = Mention(0, 4, "中華電信", ORG + "中华电信", "organization")
TSMC = Mention(0, 3, "台積電", ORG + "台积电", "organization")
EV = (Evidence(0, 10, "x"),)


def money(text: str, value: str) -> Amount:
    return Amount(0, len(text), text, Decimal(value), "TWD")


def deal(kind: str, agent: Mention, subtype: str | None, amount: Amount) -> Deal:
    return Deal(kind, agent, None, EV, amount=amount, subtype=subtype)  # type: ignore[arg-type]


ISSUE = deal("debt", CHT, "bond_issue", money("50億元", "5e9"))
FIVE = deal("debt", CHT, "bond_tranche", money("30億元", "3e9"))
SEVEN = deal("debt", CHT, "bond_tranche", money("20億元", "2e9"))
ROUND = deal("fundraising", TSMC, None, money("200億元", "2e10"))
EQUITY = deal("fundraising", TSMC, "equity_tranche", money("75億元", "7.5e9"))
DEBT = deal("debt", TSMC, "debt_tranche", money("125億元", "1.25e10"))
OTHER_ISSUER = deal("debt", TSMC, "bond_tranche", money("10億元", "1e9"))

LINKS = [
    pytest.param([ISSUE, FIVE, SEVEN], [(ISSUE, FIVE), (ISSUE, SEVEN)], id="bond-tranches-by-tenor"),
    pytest.param([ROUND, EQUITY, DEBT], [(ROUND, EQUITY), (ROUND, DEBT)], id="round-equity-and-debt-parts"),
    pytest.param([ISSUE, OTHER_ISSUER], [], id="another-issuers-tranche-is-no-part"),
    pytest.param([FIVE, ISSUE], [], id="a-part-before-any-whole-is-unlinked"),
    pytest.param([ISSUE, ROUND], [], id="no-parts-no-links"),
]


@pytest.mark.parametrize(("deals", "expected"), LINKS)
def test_tranche_links(deals: list[Deal], expected: list[tuple[Deal, Deal]]) -> None:
    assert tranche_links(deals) == expected


def test_graph_links_each_tranche_to_its_issue() -> None:
    text = "中華電信發行50億元公司債，其中5年期30億元、7年期20億元。"
    extraction = Extraction(
        article=Article(key="t", text=text, source="t.txt", content_hash="h"),
        sentences=(Sentence(0, len(text), text),),
        mentions=(CHT,),
        deals=(ISSUE, FIVE, SEVEN),
    )
    _, graph = article_graph(extraction)
    issue = URIRef(deal_iri(ISSUE))
    assert set(graph.objects(issue, FIN.hasTranche)) == {URIRef(deal_iri(FIVE)), URIRef(deal_iri(SEVEN))}
    assert len({deal_iri(d) for d in (ISSUE, FIVE, SEVEN)}) == 3, "each tranche is a node of its own"
    assert not set(graph.objects(URIRef(deal_iri(FIVE)), FIN.hasTranche))
