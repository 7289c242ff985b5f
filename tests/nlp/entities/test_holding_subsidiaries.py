"""A financial holding (金控) and its bank, insurer or securities firm are two companies: in one
sentence they are two entities, each linked to its own gazetteer row. Sentences written for this
test, both scripts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.entities.support import ID, found

CASES = [
    pytest.param(
        "第一金控旗下第一銀行今日宣布參與聯貸。",
        "第一金控",
        "第一銀行",
        "first-fh",
        "first-bank",
        id="first-hant",
    ),
    pytest.param(
        "第一金控旗下第一银行今日宣布参与联贷。",
        "第一金控",
        "第一银行",
        "first-fh",
        "first-bank",
        id="first-hans",
    ),
    pytest.param(
        "元大金控子公司元大證券獲得聯貸。",
        "元大金控",
        "元大證券",
        "yuanta",
        "yuanta-securities",
        id="yuanta-hant",
    ),
    pytest.param(
        "元大金控子公司元大证券获得联贷。",
        "元大金控",
        "元大证券",
        "yuanta",
        "yuanta-securities",
        id="yuanta-hans",
    ),
    pytest.param(
        "新光金控與新光人壽同步公告。",
        "新光金控",
        "新光人壽",
        "shin-kong",
        "shin-kong-life",
        id="shinkong-hant",
    ),
    pytest.param(
        "玉山金控表示，玉山銀行將擔任主辦銀行。", "玉山金控", "玉山銀行", "esun", "esun-bank", id="esun-hant"
    ),
    pytest.param(
        "永丰金控表示，永丰银行将担任主办银行。",
        "永丰金控",
        "永丰银行",
        "sinopac",
        "sinopac-bank",
        id="sinopac-hans",
    ),
    pytest.param(
        "華南金控旗下華南銀行宣布增資。", "華南金控", "華南銀行", "hua-nan", "hua-nan-bank", id="huanan-hant"
    ),
    pytest.param(
        "台新金控與台新銀行同日公告。", "台新金控", "台新銀行", "taishin", "taishin-bank", id="taishin-hant"
    ),
    pytest.param(
        "凱基金控旗下凱基證券與凱基銀行。", "凱基金控", "凱基證券", "kgi", "kgi-securities", id="kgi-hant"
    ),
]


@pytest.mark.parametrize(("text", "holding", "unit", "holding_iri", "unit_iri"), CASES)
def test_a_holding_and_its_bank_are_two_companies(
    nlp: Language, text: str, holding: str, unit: str, holding_iri: str, unit_iri: str
) -> None:
    orgs = found(nlp, text, ("organization",))
    assert orgs[holding].iri == f"{ID}org/{holding_iri}"
    assert orgs[unit].iri == f"{ID}org/{unit_iri}"


@pytest.mark.parametrize(
    ("text", "parent", "subsidiary"),
    [
        pytest.param(
            "萬科企業為其全資子公司深圳萬科提供擔保。", "萬科企業", "深圳萬科", id="city-subsidiary-hant"
        ),
        pytest.param(
            "比亚迪为其全资子公司深圳比亚迪提供担保。", "比亚迪", "深圳比亚迪", id="city-subsidiary-hans"
        ),
        pytest.param("長和旗下附屬公司香港長和宣布增資。", "長和", "香港長和", id="hk-subsidiary-hant"),
    ],
)
def test_a_place_and_the_parents_name_after_a_subsidiary_descriptor_is_the_subsidiary(
    nlp: Language, text: str, parent: str, subsidiary: str
) -> None:
    got = found(nlp, text)
    assert subsidiary in got and parent in got
    assert got[subsidiary].iri != got[parent].iri, "the subsidiary is an entity of its own"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("深圳比亚迪工业园今日开幕。", "比亚迪", id="no-descriptor-keeps-the-name-hans"),
        pytest.param("子公司在深圳與比亞迪合作。", "比亞迪", id="place-not-right-before-hant"),
    ],
)
def test_without_a_descriptor_right_before_the_place_the_name_stays(
    nlp: Language, text: str, name: str
) -> None:
    got = found(nlp, text)
    assert name in got and not any(t.endswith(name) and t != name for t in got)
