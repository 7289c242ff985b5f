"""The affiliate named after 旗下 (``pipeline.nlp.entities.affiliates``) when its name begins with a
known name: 宏碁旗下的宏碁智通, 正大集團旗下的卜蜂蓮花 name the affiliate (the parent's brand and its
own words), not the known company again. Sentences written for these tests, in both scripts; the
counter rows are known affiliates and products after the cue.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "宏碁旗下的宏碁智通與桃園市政府簽訂智慧交通合作案。",
        {"宏碁", "宏碁智通", "桃園市政府"},
        id="brand-and-words-hant",
    ),
    pytest.param(
        "宏碁旗下的宏碁智通与桃园市政府签订智慧交通合作案。",
        {"宏碁", "宏碁智通", "桃园市政府"},
        id="brand-and-words-hans",
    ),
    pytest.param(
        "泰國正大集團旗下的卜蜂蓮花宣布收購一家連鎖超市。",
        {"泰國正大集團", "卜蜂蓮花"},
        id="known-brand-and-words-hant",
    ),
    pytest.param(
        "泰国正大集团旗下的卜蜂莲花宣布收购一家连锁超市。",
        {"泰国正大集团", "卜蜂莲花"},
        id="known-brand-and-words-hans",
    ),
    # counter rows: a known affiliate, a product after the cue
    pytest.param("鴻海旗下的富士康宣布擴產。", {"鴻海", "富士康"}, id="counter-known-affiliate-hant"),
    pytest.param("鸿海旗下的富士康宣布扩产。", {"鸿海", "富士康"}, id="counter-known-affiliate-hans"),
    pytest.param("騰訊旗下的微信支付宣布降費。", {"騰訊"}, id="counter-product-hant"),
    pytest.param("腾讯旗下的微信支付宣布降费。", {"腾讯"}, id="counter-product-hans"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_an_affiliate_named_from_a_known_name(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
