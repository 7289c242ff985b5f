from __future__ import annotations

import hashlib
from decimal import Decimal

from spacy.language import Language

from pipeline.model.records import Amount, Article, Capacity, Percentage, ShareCount
from pipeline.nlp.extract import run


def _article(text: str, region: str | None = None) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Article(key="t", text=text, source="t", content_hash=digest, region=region)  # type: ignore[arg-type]


TEXT = "輝達將投資20億美元（約新台幣647億元），部署10GW，取得1.6億股，約占10%。"


def test_component_fills_the_doc(nlp: Language) -> None:
    doc = run(nlp, _article(TEXT))
    assert [a.text for a in doc._.amounts] == ["20億美元", "約新台幣647億元"]
    assert all(isinstance(a, Amount) for a in doc._.amounts)
    assert [type(c) for c in doc._.capacities] == [Capacity]
    assert [s.value for s in doc._.shares] == [Decimal(160000000)]
    assert all(isinstance(s, ShareCount) for s in doc._.shares)
    assert [(p.value, p.qualifier) for p in doc._.percentages] == [(Decimal(10), "approx")]
    assert all(isinstance(p, Percentage) for p in doc._.percentages)
    for items in (doc._.amounts, doc._.capacities, doc._.shares, doc._.percentages):
        assert [x.start for x in items] == sorted(x.start for x in items)
        assert all(doc.text[x.start : x.end] == x.text for x in items)


def test_plain_text_gets_an_article_made_from_the_text(nlp: Language) -> None:
    doc = nlp("集資4500萬元。")
    assert doc._.article.text == doc.text and doc._.article.script == "traditional"
    assert [a.value for a in doc._.amounts] == [Decimal(45000000)]


def test_article_region_decides_a_bare_dollar(nlp: Language) -> None:
    text = "公司集資4500萬元。"
    hk = run(nlp, _article(text, "hongkong"))
    tw = run(nlp, _article(text, "taiwan"))
    assert hk._.amounts[0].currency == "HKD" and hk._.amounts[0].currency_inferred
    assert tw._.amounts[0].currency == "TWD"


def test_corpus_floor(nlp: Language, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    """Every gold amount of the corpus is found with its value and currency (≥ 97 % recall)."""
    import json

    found = total = 0
    for gold_file in sorted((corpus_dir / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text = (corpus_dir / "articles" / (gold_file.stem + ".txt")).read_text(encoding="utf-8")
        doc = run(nlp, _article(text))
        for g in gold["amounts"]:
            total += 1
            found += any(
                a.start < g["end"]
                and g["start"] < a.end
                and a.currency == g["currency"]
                and (a.value is None) == (g["value"] is None)
                and (a.value is None or abs(float(a.value) - g["value"]) < 1e-6 * max(1, g["value"]))
                for a in doc._.amounts
            )
    assert found / total >= 0.97
