"""Funds named from common words after an act that founds, joins or holds them (pipeline.nlp.entities.
fund_context): a place, a Latin word or an unknown word makes the words a name; common words alone
are a kind of fund. Sentences written for these tests, both scripts; the funds are invented."""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, found

FUNDS = [
    pytest.param("公司擬出資5億元參與設立亞洲氣候基金。", ["亞洲氣候基金"], id="join-place-theme-hant"),
    pytest.param("公司拟出资5亿元参与设立亚洲气候基金。", ["亚洲气候基金"], id="join-place-theme-hans"),
    pytest.param(
        "集團宣布設立規模為10億美元的亞洲綠色轉型基金。", ["亞洲綠色轉型基金"], id="size-then-name-hant"
    ),
    pytest.param(
        "集团宣布设立规模为10亿美元的亚洲绿色转型基金。", ["亚洲绿色转型基金"], id="size-then-name-hans"
    ),
    pytest.param("公司擬與合作方共同設立蘇州啟航創新基金。", ["蘇州啟航創新基金"], id="city-brand-hant"),
    pytest.param("公司拟与合作方共同设立苏州启航创新基金。", ["苏州启航创新基金"], id="city-brand-hans"),
    pytest.param(
        "晟嘉資本旗下深圳晟嘉新能源創業投資基金完成募集。",
        ["深圳晟嘉新能源創業投資基金"],
        id="under-house-hant",
    ),
    # a city before a known house and a fund word: the house's fund in that city
    pytest.param("武漢達晨創業投資基金參與本輪融資。", ["武漢達晨創業投資基金"], id="city-house-fund-hant"),
    pytest.param("武汉达晨创业投资基金参与本轮融资。", ["武汉达晨创业投资基金"], id="city-house-fund-hans"),
    pytest.param("市政府设立北京市未来产业基金。", ["北京市未来产业基金"], id="city-fund-hans"),
    pytest.param("公司将出资设立一只规模10亿元的晟河并购基金。", ["晟河并购基金"], id="count-size-hans"),
]

NOT_FUNDS = [
    pytest.param("公司將出資設立產業基金。", "產業基金", id="kind-only-hant"),
    pytest.param(
        "宁德时代认缴出资20亿元，参与设立新能源产业投资基金。", "新能源产业投资基金", id="theme-only-hans"
    ),
    pytest.param("公司将出资设立一只规模10亿元的并购基金。", "并购基金", id="size-kind-only-hans"),
    pytest.param("該基金由公司出資設立。", "該基金", id="anaphor-hant"),
    pytest.param("公司拟出资5亿元参与设立亚洲气候基金。", "5亿元参与设立亚洲气候基金", id="far-act-hans"),
]


@pytest.mark.parametrize(("text", "names"), FUNDS)
def test_a_fund_named_after_its_founding_act(nlp, text: str, names: list[str]) -> None:
    orgs = found(nlp, text, ORG_TYPES)
    for name in names:
        assert name in orgs, (name, sorted(orgs))


@pytest.mark.parametrize(("text", "words"), NOT_FUNDS)
def test_common_words_alone_name_no_fund(nlp, text: str, words: str) -> None:
    assert words not in found(nlp, text, ORG_TYPES)
