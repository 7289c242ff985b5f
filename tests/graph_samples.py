"""Hand-made extractions for the graph tests (rdf, validate, queries).

Two articles about the circular AI money flow: article A reports NVIDIA → OpenAI (investment,
10 GW), OpenAI → Oracle (purchase) and Oracle → NVIDIA (purchase); article B reports the same
NVIDIA → OpenAI investment with a conversion, and NVIDIA → xAI with a misprinted conversion
whose implied rate is flagged.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from rdflib import Graph

from pipeline.graph.mapping import article_quads
from pipeline.model.records import (
    Amount,
    Article,
    Capacity,
    Deal,
    Entity,
    Evidence,
    ExchangeRate,
    Extraction,
    Mention,
    Sentence,
)

ORG = "https://w3id.org/finkg/id/org/"


def article_graph(extraction: Extraction) -> tuple[str, Graph]:
    """The mapping of ``extraction``: its graph IRI and its quads as one rdflib Graph (every quad
    must be in that graph)."""
    from tests.rdf_compare import graphs_of

    iri, quads = article_quads(extraction)
    graphs = graphs_of(quads)
    assert set(graphs) == {iri}, "every quad is in the article's graph"
    return iri, graphs[iri]


NVIDIA, OPENAI, ORACLE, XAI = (ORG + n for n in ("nvidia", "openai", "oracle", "xai"))

ENTITIES = {
    NVIDIA: Entity(
        NVIDIA,
        "organization",
        "輝達",
        (("輝達", "zh-Hant"), ("辉达", "zh-Hans"), ("NVIDIA", "en"), ("Nvidia", "en"), ("英偉達", "zh-Hant")),
        ticker="NVDA",
        exchange="NASDAQ",
        wikidata="Q182477",
    ),
    OPENAI: Entity(OPENAI, "organization", "OpenAI", (("OpenAI", "en"),)),
    ORACLE: Entity(
        ORACLE, "organization", "甲骨文", (("甲骨文", "zh-Hant"), ("Oracle", "en")), ticker="ORCL"
    ),
    XAI: Entity(XAI, "organization", "xAI", (("xAI", "en"),)),
}
NAMES = {"輝達": NVIDIA, "OpenAI": OPENAI, "甲骨文": ORACLE, "xAI": XAI}

TEXT_A = (
    "輝達將對OpenAI投資1000億美元，部署至少10吉瓦系統。"
    "OpenAI向甲骨文購買3000億美元算力。"
    "甲骨文再向輝達購買GPU。"
)
TEXT_B = "輝達宣布對OpenAI投資千億美元(約新台幣3兆2350億元)。輝達另以20億美元(約新台幣700億元)入股xAI。"


def find(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch == "。":
            out.append(Sentence(start, i + 1, text[start : i + 1]))
            start = i + 1
    return tuple(out)


def mention(text: str, name: str, nth: int = 0) -> Mention:
    start, end = find(text, name, nth)
    return Mention(start, end, name, NAMES[name], "organization")


def evidence(text: str, inside: str) -> Evidence:
    point = text.index(inside)
    sentence = next(s for s in sentences(text) if s.start <= point < s.end)
    return Evidence(sentence.start, sentence.end, sentence.text)


def amount(text: str, sub: str, value: str, currency: str, **kw: object) -> Amount:
    start, end = find(text, sub)
    return Amount(start, end, sub, Decimal(value), currency, **kw)  # type: ignore[arg-type]


def all_mentions(text: str) -> tuple[Mention, ...]:
    found = []
    for name in NAMES:
        start = text.find(name)
        n = 0
        while start != -1:
            found.append(mention(text, name, n))
            n += 1
            start = text.find(name, start + 1)
    return tuple(sorted(found, key=lambda m: m.start))


def extraction_a() -> Extraction:
    text = TEXT_A
    article = Article(
        key="a-2025-10-08",
        text=text,
        source="a.txt",
        content_hash="sha256:aaaa",
        title="輝達投資OpenAI",
        date=dt.date(2025, 10, 8),
        url="https://example.com/news/a?id=1",
        region="taiwan",
    )
    usd_100b = amount(text, "1000億美元", "100000000000", "USD")
    usd_300b = amount(text, "3000億美元", "300000000000", "USD")
    start, end = find(text, "至少10吉瓦")
    gw = Capacity(start, end, "至少10吉瓦", Decimal("10000000000"), "at_least")
    mentions = all_mentions(text)
    deals = (
        Deal(
            "investment",
            mention(text, "輝達"),
            mention(text, "OpenAI"),
            (evidence(text, "部署"),),
            amount=usd_100b,
            capacity=gw,
        ),
        Deal(
            "purchase",
            mention(text, "OpenAI", 1),
            mention(text, "甲骨文"),
            (evidence(text, "算力"),),
            amount=usd_300b,
        ),
        Deal("purchase", mention(text, "甲骨文", 1), mention(text, "輝達", 1), (evidence(text, "GPU"),)),
    )
    return Extraction(
        article=article,
        sentences=sentences(text),
        amounts=(usd_100b, usd_300b),
        capacities=(gw,),
        mentions=mentions,
        entities=tuple(ENTITIES[i] for i in (NVIDIA, OPENAI, ORACLE)),
        deals=deals,
    )


def extraction_b() -> Extraction:
    text = TEXT_B
    article = Article(
        key="b-2025-10-09",
        text=text,
        source="b.txt",
        content_hash="sha256:bbbb",
        title="輝達千億美元投資OpenAI",
        date=dt.date(2025, 10, 9),
        region="taiwan",
    )
    usd_100b = amount(text, "千億美元", "100000000000", "USD")
    usd_2b = amount(text, "20億美元", "2000000000", "USD")
    twd_rate = ExchangeRate("USD", "TWD", Decimal("32.35"), evidence_start=usd_100b.start)
    odd_rate = ExchangeRate("USD", "TWD", Decimal("35"), evidence_start=usd_2b.start, flagged=True)
    twd_big = amount(
        text,
        "約新台幣3兆2350億元",
        "3235000000000",
        "TWD",
        qualifier="approx",
        converted_from_start=usd_100b.start,
        usd_value=Decimal("100000000000"),
        usd_rate=twd_rate,
    )
    twd_small = amount(
        text,
        "約新台幣700億元",
        "70000000000",
        "TWD",
        qualifier="approx",
        converted_from_start=usd_2b.start,
        usd_value=Decimal("2163833075.734157650695517774"),
        usd_rate=twd_rate,
    )
    deals = (
        Deal(
            "investment",
            mention(text, "輝達"),
            mention(text, "OpenAI"),
            (evidence(text, "宣布"),),
            amount=usd_100b,
            date=dt.date(2025, 9, 22),
        ),
        Deal(
            "investment",
            mention(text, "輝達", 1),
            mention(text, "xAI"),
            (evidence(text, "入股"),),
            amount=usd_2b,
        ),
    )
    return Extraction(
        article=article,
        sentences=sentences(text),
        amounts=(usd_100b, twd_big, usd_2b, twd_small),
        rates=(twd_rate, odd_rate),
        mentions=all_mentions(text),
        entities=tuple(ENTITIES[i] for i in (NVIDIA, OPENAI, XAI)),
        deals=deals,
    )
