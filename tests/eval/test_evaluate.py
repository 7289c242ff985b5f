"""The evaluator on small hand-made gold/prediction pairs: exact TP/FP/FN."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.eval import Report, compare, evaluate
from pipeline.eval.evaluate import main
from pipeline.eval.matching import max_matching

TEXT = "輝達投資高達20億美元(約新台幣647億元)，超微砸10億美元。Nvidia與AMD合作。"


def amount(text: str, value: float | None, currency: str, **extra: Any) -> dict[str, Any]:
    start = TEXT.index(text) if text in TEXT else 0
    return {
        "text": text,
        "start": start,
        "end": start + len(text),
        "value": value,
        "currency": currency,
        "qualifier": "exact",
        "min": None,
        "max": None,
        "per": None,
        "converted_from": None,
        **extra,
    }


def obj(**parts: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "source_url": None,
        "title": None,
        "date": None,
        "script": "traditional",
        "region": None,
        "amounts": [],
        "capacities": [],
        "shares": [],
        "percentages": [],
        "organizations": [],
        "organization_aliases": {},
        "people": [],
        "people_aliases": {},
        "deals": [],
    }
    return {**base, **parts}


GOLD_AMOUNTS = [
    amount("高達20億美元", 2e9, "USD", qualifier="up_to"),
    amount("約新台幣647億元", 6.47e10, "TWD", qualifier="approx", converted_from="高達20億美元"),
    amount("10億美元", 1e9, "USD"),
]


def test_amounts_exact_counts() -> None:
    pred = [
        amount("20億美元", 2e9, "USD"),  # overlaps gold, same value: TP, qualifier wrong
        amount("約新台幣647億元", 6.47e10, "TWD", qualifier="approx"),  # TP, link missing
        amount("10億美元", 1e10, "USD"),  # wrong value: FP + FN
    ]
    score = compare(obj(amounts=GOLD_AMOUNTS), obj(amounts=pred), "a", ["amounts", "conversions"])
    c = score.counts["amounts"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 1)
    assert score.attributes["amounts.qualifier"].correct == 1
    assert score.attributes["amounts.converted_from"].correct == 1  # only the non-conversion pair is right
    links = score.counts["conversions"]
    assert (links.tp, links.fp, links.fn) == (0, 0, 1)
    kinds = sorted((e.category, e.kind) for e in score.errors)
    assert kinds == [
        ("amounts", "FN"),
        ("amounts", "FP"),
        ("amounts", "converted_from"),
        ("amounts", "qualifier"),
        ("conversions", "FN"),
    ]


def test_conversion_link_scored_by_matched_ends() -> None:
    pred = [
        amount("高達20億美元", 2e9, "USD", qualifier="up_to"),
        amount(
            "約新台幣647億元",
            6.47e10,
            "TWD",
            qualifier="approx",
            converted_from="高達20億美元",
            converted_from_start=TEXT.index("高達"),
        ),
    ]
    score = compare(obj(amounts=GOLD_AMOUNTS), obj(amounts=pred), "a")
    assert score.counts["conversions"].tp == 1
    assert score.attributes["amounts.converted_from"].value == 1.0
    # a link to the wrong source is an FP and an FN
    wrong = [
        pred[0],
        {**pred[1], "converted_from": "10億美元", "converted_from_start": TEXT.index("10億美元")},
        amount("10億美元", 1e9, "USD"),
    ]
    links = compare(obj(amounts=GOLD_AMOUNTS), obj(amounts=wrong), "a").counts["conversions"]
    assert (links.tp, links.fp, links.fn) == (0, 1, 1)


def test_currency_must_match() -> None:
    pred = [amount("10億美元", 1e9, "HKD")]
    c = compare(obj(amounts=GOLD_AMOUNTS[2:]), obj(amounts=pred), "a", ["amounts"]).counts["amounts"]
    assert (c.tp, c.fp, c.fn) == (0, 1, 1)


def test_ranges_compare_min_max() -> None:
    gold = [
        {
            "text": "500億至600億美元",
            "start": 0,
            "end": 10,
            "value": None,
            "currency": "USD",
            "qualifier": "range",
            "min": 5e10,
            "max": 6e10,
        }
    ]
    good = [{**gold[0], "min": 50000000000, "max": 60000000000.0000001}]
    bad = [{**gold[0], "max": 7e10}]
    assert compare(obj(amounts=gold), obj(amounts=good), "a", ["amounts"]).counts["amounts"].tp == 1
    assert compare(obj(amounts=gold), obj(amounts=bad), "a", ["amounts"]).counts["amounts"].tp == 0


def test_one_to_one_matching() -> None:
    # two gold mentions of the same figure, one predicted span covering both: one TP, one FN
    gold = [
        {"text": "GW", "start": 0, "end": 3, "value_watts": 1e9, "qualifier": "exact"},
        {"text": "GW", "start": 4, "end": 7, "value_watts": 1e9, "qualifier": "exact"},
    ]
    pred = [{"text": "x", "start": 0, "end": 7, "value_watts": 1e9, "qualifier": "exact"}]
    c = compare(obj(capacities=gold), obj(capacities=pred), "a", ["capacities"]).counts["capacities"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 1)


def test_max_matching_is_maximum() -> None:
    # greedy would give 0→0 and leave 1 unmatched; the maximum matching is 0→1, 1→0
    match = max_matching(2, lambda i: [0, 1] if i == 0 else [0])
    assert match == {0: 1, 1: 0}


def test_body_spans_and_excluded_mentions() -> None:
    gold = obj(
        amounts=GOLD_AMOUNTS[2:],
        body_spans=[[0, TEXT.index("。") + 1]],
        excluded_mentions=[{"text": "647億", "start": TEXT.index("647"), "end": TEXT.index("647") + 4}],
    )
    pred = [
        amount("647億元", 6.47e10, "TWD"),  # on an excluded mention: ignored
        amount("10億美元", 1e9, "USD"),  # TP
        {
            **amount("x", 1.0, "USD"),
            "start": len(TEXT) - 3,
            "end": len(TEXT) - 1,
        },  # outside the body: ignored
    ]
    c = compare(gold, obj(amounts=pred), "a", ["amounts"]).counts["amounts"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_entities_counted_per_entity() -> None:
    gold = obj(
        organizations=["輝達", "超微", "Nvidia", "AMD", "彭博社"],
        organization_aliases={"輝達": ["Nvidia", "NVIDIA"], "超微": ["AMD"]},
    )
    # repeats don't count; a split entity is one FP; a missing one is one FN
    pred = obj(
        organizations=["輝達", "輝達", "NVIDIA", "超微", "AMD", "台積電"],
        organization_aliases={"輝達": ["NVIDIA"]},
    )
    c = compare(gold, pred, "a", ["organizations"]).counts["organizations"]
    # gold entities: {輝達,Nvidia,NVIDIA}, {超微,AMD}, {彭博社}; pred: {輝達,NVIDIA}, {超微}, {AMD}, {台積電}
    assert (c.tp, c.fp, c.fn) == (2, 2, 1)


def test_entities_from_iris_respect_body() -> None:
    gold = obj(
        organizations=["輝達", "Nvidia"], organization_aliases={"輝達": ["Nvidia"]}, body_spans=[[0, 20]]
    )
    pred = obj(
        entities=[
            {
                "iri": "org/nvidia",
                "type": "organization",
                "mentions": [
                    {"text": "輝達", "start": 0, "end": 2},
                    {"text": "Nvidia", "start": 30, "end": 36},
                ],
            },
            {"iri": "org/amd", "type": "organization", "mentions": [{"text": "AMD", "start": 40, "end": 43}]},
            {"iri": "person/x", "type": "person", "mentions": [{"text": "黃仁勳", "start": 5, "end": 8}]},
        ]
    )
    score = compare(gold, pred, "a", ["organizations", "people"])
    assert (score.counts["organizations"].tp, score.counts["organizations"].fp) == (1, 0)
    assert (score.counts["people"].fp, score.counts["people"].fn) == (1, 0)


def deal(
    type_: str, agent: str | None, counterparty: str | None, amount_text: str | None, **extra: Any
) -> dict[str, Any]:
    return {
        "type": type_,
        "agent": agent,
        "counterparty": counterparty,
        "amount_text": amount_text,
        "capacity_text": None,
        "shares_text": None,
        "evidence": TEXT[:10],
        "evidence_start": 0,
        **extra,
    }


def test_deals_match_by_type_parties_and_amount_value() -> None:
    gold = obj(
        amounts=GOLD_AMOUNTS,
        organizations=["輝達", "Nvidia", "xAI"],
        organization_aliases={"輝達": ["Nvidia"]},
        deals=[deal("investment", "輝達", "xAI", "高達20億美元"), deal("other", "超微", None, None)],
    )
    pred = obj(
        amounts=[amount("20億美元", 2e9, "USD")],
        organizations=["Nvidia", "xAI", "超微"],
        deals=[
            deal("investment", "Nvidia", "xAI", "20億美元"),  # TP: alias, amount by value
            deal("other", "超微", "xAI", None),  # counterparty should be null: FP + FN
        ],
    )
    c = compare(gold, pred, "a", ["deals"]).counts["deals"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    no_amount = obj(**{**pred, "deals": [deal("investment", "輝達", "xAI", None)]})
    assert compare(gold, no_amount, "a", ["deals"]).counts["deals"].tp == 0


def test_report_format_and_json(tmp_path: Path) -> None:
    gold_dir, articles, pred_dir = tmp_path / "gold", tmp_path / "articles", tmp_path / "pred"
    for d in (gold_dir, articles, pred_dir):
        d.mkdir()
    (articles / "x.txt").write_text(TEXT, encoding="utf-8")
    (gold_dir / "x.json").write_text(json.dumps(obj(amounts=GOLD_AMOUNTS)), encoding="utf-8")
    (pred_dir / "x.json").write_text(json.dumps(obj(amounts=GOLD_AMOUNTS[:1])), encoding="utf-8")
    report = evaluate(gold_dir, articles, pred_dir=pred_dir)
    assert isinstance(report, Report)
    counts, _ = report.totals()
    assert (counts["amounts"].tp, counts["amounts"].fn) == (1, 2)
    text = report.format(per_article=True, show_errors=True)
    assert "amounts" in text and "== x" in text and "約新台幣647億元" in text
    assert report.to_json()["categories"]["amounts"]["recall"] == pytest.approx(1 / 3, abs=1e-3)


def test_cli_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "g").mkdir()
    (tmp_path / "p").mkdir()
    (tmp_path / "g" / "x.json").write_text(json.dumps(obj(amounts=GOLD_AMOUNTS)), encoding="utf-8")
    (tmp_path / "p" / "x.json").write_text(json.dumps(obj(amounts=GOLD_AMOUNTS)), encoding="utf-8")
    assert main(["--gold", str(tmp_path / "g"), "--pred", str(tmp_path / "p"), "--category", "amounts"]) == 0
    out = capsys.readouterr().out
    assert "amounts" in out and "deals" not in out


def test_unknown_category_rejected() -> None:
    with pytest.raises(ValueError):
        compare(obj(), obj(), "a", ["money"])


def test_gold_scores_perfectly_against_itself(corpus_dir: Path) -> None:
    report = evaluate(corpus_dir / "gold", corpus_dir / "articles", pred_dir=corpus_dir / "gold")
    counts, attributes = report.totals()
    assert all(c.fp == 0 and c.fn == 0 and c.tp > 0 for c in counts.values())
    assert all(a.correct == a.total for a in attributes.values())


def test_entity_errors_carry_offsets() -> None:
    gold = obj(organizations=["超微"], body_spans=[[0, len(TEXT)]])
    pred = obj(
        entities=[{"iri": "x", "type": "organization", "mentions": [{"text": "AMD", "start": 41, "end": 44}]}]
    )
    errors = {(e.kind, e.text, e.start) for e in compare(gold, pred, "a", ["organizations"], TEXT).errors}
    assert errors == {("FN", "超微", TEXT.index("超微")), ("FP", "AMD", 41)}


# The targets of issues 3, 4 and 5, pinned: the extraction over the whole corpus (seeds + devset)
# may not fall below them. Raise a floor when the extraction improves; never lower one to get green.
F1_FLOORS = {
    "amounts": 0.99,
    "capacities": 0.99,
    "shares": 0.99,
    "percentages": 0.99,
    "conversions": 0.99,
    "organizations": 0.98,  # issue 13: reached 0.984
    "people": 0.985,  # issue 13: reached 0.988
    # issue 14: reached 0.865; 0.861 (96 TP, 14 FP, 17 FN) since 对其/向其 reads 其 as the other party
    "deals": 0.86,
}
#: the quantities' floors raised to what issue 9 reached (amounts 0.996, the others 1.000;
#: qualifier 0.996, per 0.993, converted_from 1.000)
ACCURACY_FLOORS = {"amounts.qualifier": 0.99, "amounts.per": 0.99, "amounts.converted_from": 0.99}


@pytest.mark.parametrize("category", sorted(F1_FLOORS))
def test_corpus_f1_floor(corpus_report, category: str) -> None:  # type: ignore[no-untyped-def]
    counts, _ = corpus_report.totals()
    assert counts[category].f1 >= F1_FLOORS[category], corpus_report.format()


@pytest.mark.parametrize("attribute", sorted(ACCURACY_FLOORS))
def test_corpus_accuracy_floor(corpus_report, attribute: str) -> None:  # type: ignore[no-untyped-def]
    _, accuracy = corpus_report.totals()
    assert accuracy[attribute].value >= ACCURACY_FLOORS[attribute], corpus_report.format()


# devset2/tune (the copy in tests/data), pinned per category at what each room reached; devset2/check
# is measured and reported, never pinned. Raise a floor when the extraction improves.
TUNE_F1_FLOORS = {
    "organizations": 0.965,  # issue 13: reached 0.970 (first contact 0.697; 0.966 at session 4's end)
    "people": 0.99,  # issue 13: reached 1.000 (first contact 0.702)
}


@pytest.mark.parametrize("category", sorted(TUNE_F1_FLOORS))
def test_tune_f1_floor(tune_report, category: str) -> None:  # type: ignore[no-untyped-def]
    counts, _ = tune_report.totals()
    assert counts[category].f1 >= TUNE_F1_FLOORS[category], tune_report.format()
