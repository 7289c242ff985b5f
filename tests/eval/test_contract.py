"""The JSON contract: Extraction → dict, round trip through JSON, and the checker."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.eval.contract import check_contract, number, to_contract
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
    Percentage,
)
from tests.conftest import ARTICLES
from tests.graph_samples import find

D = Decimal
TEXT = "輝達投資xAI高達20億美元(約新台幣647億元)，Nvidia另建10GW。黃仁勳說，輝達持股約10%。"


def span(sub: str, nth: int = 0) -> tuple[int, int]:
    return find(TEXT, sub, nth)


def extraction() -> Extraction:
    article = Article(
        key="k",
        text=TEXT,
        source="k.txt",
        content_hash="h",
        title="t",
        date=dt.date(2025, 10, 8),
        script="traditional",
        region="taiwan",
    )
    usd = Amount(*span("高達20億美元"), "高達20億美元", D("2E+9"), "USD", "up_to", usd_value=D("2E+9"))
    rate = ExchangeRate("USD", "TWD", D("32.35"), "article", usd.start, as_of=article.date)
    twd = Amount(
        *span("約新台幣647億元"),
        "約新台幣647億元",
        D("64700000000"),
        "TWD",
        "approx",
        converted_from_start=usd.start,
        usd_value=D("2000000000.00"),
        usd_rate=rate,
    )
    nvda = "https://w3id.org/finkg/id/org/nvidia"
    mentions = (
        Mention(*span("輝達"), "輝達", nvda, "organization"),
        Mention(*span("xAI"), "xAI", "https://w3id.org/finkg/id/org/xai", "organization"),
        Mention(*span("Nvidia"), "Nvidia", nvda, "organization"),
        Mention(*span("黃仁勳"), "黃仁勳", "https://w3id.org/finkg/id/person/黄仁勋", "person"),
        Mention(*span("輝達", 1), "輝達", nvda, "organization"),
    )
    evidence = Evidence(0, TEXT.index("。") + 1, TEXT[: TEXT.index("。") + 1])
    return Extraction(
        article=article,
        amounts=(usd, twd),
        capacities=(Capacity(*span("10GW"), "10GW", D("1E+10")),),
        percentages=(Percentage(*span("約10%"), "約10%", D("10.5"), "approx"),),
        rates=(rate,),
        mentions=mentions,
        entities=(Entity(nvda, "organization", "輝達", ticker="NVDA"),),
        deals=(Deal("investment", mentions[0], mentions[1], (evidence,), amount=usd),),
    )


def test_to_contract_shape_and_values() -> None:
    obj = json.loads(json.dumps(to_contract(extraction()), ensure_ascii=False))
    assert check_contract(obj, TEXT) == []
    assert (obj["date"], obj["script"], obj["region"], obj["title"]) == (
        "2025-10-08",
        "traditional",
        "taiwan",
        "t",
    )
    usd, twd = obj["amounts"]
    assert usd["value"] == 2000000000 and isinstance(usd["value"], int)
    assert twd["converted_from"] == "高達20億美元" and twd["converted_from_start"] == usd["start"]
    assert twd["usd_value"] == 2000000000 and twd["usd_rate"]["rate"] == 32.35
    assert obj["capacities"][0]["value_watts"] == 10**10
    assert obj["percentages"][0]["value"] == 10.5
    assert obj["organizations"] == ["輝達", "xAI", "Nvidia", "輝達"]
    assert obj["organization_aliases"] == {"輝達": ["Nvidia"]}
    assert obj["people"] == ["黃仁勳"] and obj["people_aliases"] == {}
    (deal,) = obj["deals"]
    assert (deal["type"], deal["agent"], deal["counterparty"], deal["amount_text"]) == (
        "investment",
        "輝達",
        "xAI",
        "高達20億美元",
    )
    assert TEXT[deal["evidence_start"] :].startswith(deal["evidence"])
    assert obj["rates"] == [
        {
            "base": "USD",
            "quote": "TWD",
            "rate": 32.35,
            "source": "article",
            "evidence_start": usd["start"],
            "flagged": False,
            "as_of": "2025-10-08",
        }
    ]
    (entity,) = obj["entities"]
    assert [m["text"] for m in entity["mentions"]] == ["輝達", "Nvidia", "輝達"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(D("2E+9"), 2000000000, id="integral-exponent-to-int"),
        pytest.param(D("1.2823E+12"), 1282300000000, id="integral-fraction-exponent-to-int"),
        pytest.param(D("0.01"), 0.01, id="fraction-to-float"),
        pytest.param(D("32.3467"), 32.3467, id="rate-to-float"),
        pytest.param(D("99999999999999999999999"), 99999999999999999999999, id="huge-stays-exact"),
        pytest.param(None, None, id="null"),
    ],
)
def test_number(value: Decimal | None, expected: int | float | None) -> None:
    got = number(value)
    assert got == expected and type(got) is type(expected)


def broken(mutate: str) -> dict:  # type: ignore[type-arg]
    obj = to_contract(extraction())
    if mutate == "offset":
        obj["amounts"][0]["start"] += 1
    elif mutate == "qualifier":
        obj["amounts"][0]["qualifier"] = "roughly"
    elif mutate == "currency":
        obj["amounts"][0]["currency"] = "US$"
    elif mutate == "link":
        obj["amounts"][1]["converted_from"] = "20億"
    elif mutate == "deal":
        obj["deals"][0]["type"] = "gift"
    elif mutate == "evidence":
        obj["deals"][0]["evidence_start"] = 3
    elif mutate == "missing":
        del obj["deals"]
    elif mutate == "value":
        obj["capacities"][0]["value_watts"] = "10GW"
    elif mutate == "range":
        obj["amounts"][0]["qualifier"] = "range"
    return obj


@pytest.mark.parametrize(
    ("mutate", "fragment"),
    [
        ("offset", "text["),
        ("qualifier", "qualifier"),
        ("currency", "ISO 4217"),
        ("link", "converted_from"),
        ("deal", "type"),
        ("evidence", "evidence"),
        ("missing", "'deals'"),
        ("value", "value_watts"),
        ("range", "min and max"),
    ],
)
def test_check_contract_finds_problems(mutate: str, fragment: str) -> None:
    problems = check_contract(broken(mutate), TEXT)
    assert problems and any(fragment in p for p in problems), problems


def test_gold_files_follow_the_contract(corpus_dir: Path) -> None:
    # the devset gold writes regions as country codes (TW, HK…): the only deviation tolerated here
    for path in sorted((corpus_dir / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (corpus_dir / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")
        problems = [p for p in check_contract(gold, text) if not p.startswith("region:")]
        assert problems == [], path.name


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_corpus_extraction_follows_the_contract(nlp, path: Path) -> None:  # type: ignore[no-untyped-def]
    from pipeline.eval.evaluate import read_article
    from pipeline.nlp.extract import extract

    article = read_article(path)
    obj = to_contract(extract(nlp, article))
    assert check_contract(json.loads(json.dumps(obj)), article.text) == []
