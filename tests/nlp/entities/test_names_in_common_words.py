"""A known short name inside a common word or term that holds it only as letters (夏普比率, 高通膨,
一路奔馳, 和大數據) is no mention; the same name standing alone still is. Sentences written for
this test, in both scripts."""

from __future__ import annotations

import opencc
import pytest

from tests.nlp.entities.support import ORG_TYPES, found

_T2S = opencc.OpenCC("t2s")


def _both(case_id: str, text: str, word: str) -> list[object]:
    return [
        pytest.param(text, word, id=f"{case_id}-hant"),
        pytest.param(_T2S.convert(text), _T2S.convert(word), id=f"{case_id}-hans"),
    ]


INSIDE = [
    *_both("sharpe-ratio", "該基金近三年的夏普比率為1.35，優於同類平均。", "夏普"),
    *_both("sharpe-value", "分析師以夏普值衡量這檔ETF的風險報酬。", "夏普"),
    *_both("high-inflation", "美國高通膨壓力未減，聯準會維持利率不變。", "高通"),
    *_both("high-inflation-hk", "歐洲高通脹持續，央行或再加息。", "高通"),
    *_both("galloping", "台股一路奔馳，加權指數再創新高。", "奔馳"),
    *_both("galloping-past", "多頭行情奔馳而過，成交量隨之放大。", "奔馳"),
    *_both("and-big-data", "公司將資源投入人工智能和大數據應用。", "和大"),
]

ALONE = [
    *_both("sharp-company", "夏普宣布將出售堺市面板廠。", "夏普"),
    *_both("qualcomm", "高通宣布與三星擴大合作。", "高通"),
    *_both("mercedes-hk", "平治母公司奔馳集團公布季度業績。", "奔馳集團"),
]

#: an organisation word before a building or zone noun names the place (台北總部大樓, 總部園區,
#: 總部經濟), not a body; before a verb it still ends one (滙豐亞太區總部宣布)
BUILDINGS = [
    *_both("head-office-building-sold", "遠雄建設將台北總部大樓以新台幣40億元出售予富邦人壽。", "總部"),
    *_both("head-office-leased-back", "中鋼售後租回高雄總部大樓，取得資金60億元。", "總部"),
    *_both("head-office-park", "新竹縣政府規劃竹北總部園區，吸引科技業進駐。", "總部"),
    *_both("head-office-economy", "浦東新區積極發展總部經濟，吸引跨國企業進駐。", "總部"),
]
BODIES = [
    *_both("regional-head-office-acts", "滙豐亞太區總部宣布裁員。", "滙豐亞太區總部"),
]


@pytest.mark.parametrize(("text", "name"), INSIDE)
def test_a_name_inside_a_common_word_is_no_mention(nlp, text: str, name: str) -> None:
    got = found(nlp, text, ORG_TYPES)
    assert not any(name in form for form in got), got


@pytest.mark.parametrize(("text", "name"), ALONE)
def test_the_name_alone_is_still_read(nlp, text: str, name: str) -> None:
    assert name in found(nlp, text, ORG_TYPES)


@pytest.mark.parametrize(("text", "word"), BUILDINGS)
def test_an_organisation_word_before_a_building_noun_ends_no_name(nlp, text: str, word: str) -> None:
    got = found(nlp, text, ORG_TYPES)
    assert not any(word in form for form in got), got


@pytest.mark.parametrize(("text", "name"), BODIES)
def test_the_organisation_word_before_a_verb_still_ends_one(nlp, text: str, name: str) -> None:
    assert name in found(nlp, text, ORG_TYPES)
