"""Golden table for the quantities grammar, each case run in both scripts."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

import opencc
import pytest

from pipeline.nlp.quantities.grammar import find_quantities


class Case(NamedTuple):
    text: str
    kind: str  # amounts | capacities | shares | percentages
    span: str
    value: Any
    currency: str | None = None
    qualifier: str = "exact"
    min: Any = None
    max: Any = None
    per: str | None = None


def A(text: str, span: str, value: Any, currency: str | None, qualifier: str = "exact", **kw: Any) -> Case:
    return Case(
        text, "amounts", span, value, currency, qualifier, kw.get("min"), kw.get("max"), kw.get("per")
    )


def C(text: str, span: str, watts: Any, qualifier: str = "exact", **kw: Any) -> Case:
    return Case(text, "capacities", span, watts, None, qualifier, kw.get("min"), kw.get("max"))


def S(text: str, span: str, value: Any, qualifier: str = "exact") -> Case:
    return Case(text, "shares", span, value, None, qualifier)


def P(text: str, span: str, value: Any, qualifier: str = "exact", **kw: Any) -> Case:
    return Case(text, "percentages", span, value, None, qualifier, kw.get("min"), kw.get("max"))


E8, E4, E12, G, MW = 10**8, 10**4, 10**12, 10**9, 10**6

CASES: list[Case] = [
    # Arabic numerals, separators, spaces, full width
    A("輝達將投資20億美元。", "20億美元", 20 * E8, "USD"),
    A("計畫斥資5000 億美元興建。", "5000 億美元", 5000 * E8, "USD"),
    A("資本支出高達 4,050億美元。", "高達 4,050億美元", 4050 * E8, "USD", "up_to"),
    A("市值約為 1, 000億美元。", "約為 1, 000億美元", 1000 * E8, "USD", "approx"),
    A("資金規模達５０００億美元。", "５０００億美元", 5000 * E8, "USD"),
    A("營收約 350 億美元。", "約 350 億美元", 350 * E8, "USD", "approx"),
    A("行使價每股0.01美元。", "0.01美元", Decimal("0.01"), "USD", per="share"),
    A("股價升至232.1美元。", "232.1美元", Decimal("232.1"), "USD", per="share"),
    # stacked scale words
    A("約新台幣1兆2823億元。", "約新台幣1兆2823億元", 12823 * E8, "TWD", "approx"),
    A("投資金額85億7625萬6000美元。", "85億7625萬6000美元", 8576256000, "USD"),
    A("金額為15億4141萬5000元人民幣。", "15億4141萬5000元人民幣", 1541415000, "CNY"),
    A("吉寶以14億5300萬元收購。", "14億5300萬元", 1453000000, None),
    A("中資投資1億152萬5000美元。", "1億152萬5000美元", 101525000, "USD"),
    A("約折合1億779萬6,091.52美元。", "約折合1億779萬6,091.52美元", Decimal("107796091.52"), "USD", "approx"),
    A("籌得6386萬4千港元。", "6386萬4千港元", 63864000, "HKD"),
    A("集資4億4540萬港元。", "4億4540萬港元", 445400000, "HKD"),
    # Chinese numerals
    A("投資一千億美元。", "一千億美元", 1000 * E8, "USD"),
    A("注資兩百億美元。", "兩百億美元", 200 * E8, "USD"),
    A("估值一○五○億美元。", "一○五○億美元", 1050 * E8, "USD"),
    A("注資OpenAI千億美元。", "千億美元", 1000 * E8, "USD"),
    A("隱藏百億美元債務。", "百億美元", 100 * E8, "USD"),
    A("總額5.2兆日圓。", "5.2兆日圓", Decimal("5.2") * E12, "JPY"),
    # currencies before and after, all scripts and Latin forms
    A("以新台幣30億元增資。", "新台幣30億元", 30 * E8, "TWD"),
    A("以新臺幣30億元增資。", "新臺幣30億元", 30 * E8, "TWD"),
    A("斥資5億美元(約155.9億元台幣)。", "約155.9億元台幣", Decimal("155.9") * E8, "TWD", "approx"),
    A("合約價10億美元(311.6億台幣)。", "311.6億台幣", Decimal("311.6") * E8, "TWD"),
    A("投入逾人民幣 3800億元。", "逾人民幣 3800億元", 3800 * E8, "CNY", "at_least"),
    A("現金119億元人民幣。", "119億元人民幣", 119 * E8, "CNY"),
    A("折合人民币14.1亿元。", "折合人民币14.1亿元", Decimal("14.1") * E8, "CNY"),
    A("以日幣150億元增資。", "日幣150億元", 150 * E8, "JPY"),
    A("售價300萬円。", "300萬円", 300 * E4, "JPY"),
    A("投資20億日元。", "20億日元", 20 * E8, "JPY"),
    A("投資2億歐元。", "2億歐元", 2 * E8, "EUR"),
    A("估值5億英鎊。", "5億英鎊", 5 * E8, "GBP"),
    A("融資US$20億。", "US$20億", 20 * E8, "USD"),
    A("融資NT$ 5億。", "NT$ 5億", 5 * E8, "TWD"),
    A("募集HK$1.2億。", "HK$1.2億", Decimal("1.2") * E8, "HKD"),
    A("美金300萬元。", "美金300萬元", 300 * E4, "USD"),
    A("斥資300萬美金。", "300萬美金", 300 * E4, "USD"),
    A("約7,800億港元。", "約7,800億港元", 7800 * E8, "HKD", "approx"),
    A("約2億港幣。", "約2億港幣", 2 * E8, "HKD", "approx"),
    A("最少20亿坡元(约116亿港元)。", "最少20亿坡元", 20 * E8, "SGD", "at_least"),
    A("基金規模15億新加坡元。", "15億新加坡元", 15 * E8, "SGD"),
    A("融資S$3億。", "S$3億", 3 * E8, "SGD"),
    A("總值4040萬令吉。", "4040萬令吉", 4040 * E4, "MYR"),
    A("投資RM1.5億。", "RM1.5億", Decimal("1.5") * E8, "MYR"),
    A("約50億丹麥克朗。", "約50億丹麥克朗", 50 * E8, "DKK", "approx"),
    A("投資3000億韓元。", "3000億韓元", 3000 * E8, "KRW"),
    # qualifiers
    A("約1570億美元。", "約1570億美元", 1570 * E8, "USD", "approx"),
    A("约合人民币7亿元。", "约合人民币7亿元", 7 * E8, "CNY", "approx"),
    A("大約900億元丹麥。", "大約900億元", 900 * E8, None, "approx"),
    A("市值逼近700億港元。", "逼近700億港元", 700 * E8, "HKD", "approx"),
    A("將近30億美元。", "將近30億美元", 30 * E8, "USD", "approx"),
    A("接近5億美元。", "接近5億美元", 5 * E8, "USD", "approx"),
    A("投資10億美元左右。", "10億美元左右", 10 * E8, "USD", "approx"),
    A("大概為500億美元。", "大概為500億美元", 500 * E8, "USD", "approx"),
    A("逾1兆美元。", "逾1兆美元", E12, "USD", "at_least"),
    A("超過21兆美元。", "超過21兆美元", 21 * E12, "USD", "at_least"),
    A("至少1兆美元。", "至少1兆美元", E12, "USD", "at_least"),
    A("最少5億美元。", "最少5億美元", 5 * E8, "USD", "at_least"),
    A("300多億美元。", "300多億美元", 300 * E8, "USD", "at_least"),
    A("產出10億多美元收入。", "10億多美元", 10 * E8, "USD", "at_least"),
    A("投資5億美元以上。", "5億美元以上", 5 * E8, "USD", "at_least"),
    A("市值不可低於1.5億美元。", "不可低於1.5億美元", Decimal("1.5") * E8, "USD", "at_least"),
    A("最高20億美元。", "最高20億美元", 20 * E8, "USD", "up_to"),
    A("高達135億美元。", "高達135億美元", 135 * E8, "USD", "up_to"),
    A("最多達125億美元。", "最多達125億美元", 125 * E8, "USD", "up_to"),
    A("至多1,000億美元。", "至多1,000億美元", 1000 * E8, "USD", "up_to"),
    A("多達30億美元。", "多達30億美元", 30 * E8, "USD", "up_to"),
    A("不超過5億美元。", "不超過5億美元", 5 * E8, "USD", "at_most"),
    A("不高於5億美元。", "不高於5億美元", 5 * E8, "USD", "at_most"),
    A("總投資上限金額新台幣7億元。", "新台幣7億元", 7 * E8, "TWD", "at_most"),
    A("每月至少花費10億美元。", "10億美元", 10 * E8, "USD", "at_least", per="month"),
    A("約以20億2061萬美元轉投資。", "20億2061萬美元", 2020610000, "USD", "approx"),
    A("激增至128億美元。", "128億美元", 128 * E8, "USD"),
    A("支出達10億美元。", "10億美元", 10 * E8, "USD"),
    # ranges
    A("預估達到三千至五千億美元。", "三千至五千億美元", None, "USD", "range", min=3000 * E8, max=5000 * E8),
    A(
        "成本高達 500億至 600億美元。",
        "高達 500億至 600億美元",
        None,
        "USD",
        "range",
        min=500 * E8,
        max=600 * E8,
    ),
    A("規模500~600億美元。", "500~600億美元", None, "USD", "range", min=500 * E8, max=600 * E8),
    A("規模500-600億美元。", "500-600億美元", None, "USD", "range", min=500 * E8, max=600 * E8),
    A("規模500到600億美元。", "500到600億美元", None, "USD", "range", min=500 * E8, max=600 * E8),
    A("集資 78億至 117億港元。", "78億至 117億港元", None, "HKD", "range", min=78 * E8, max=117 * E8),
    A("招股價3至4港元。", "3至4港元", None, "HKD", "range", min=3, max=4, per="share"),
    A("介於5億與8億美元之間。", "5億與8億美元", None, "USD", "range", min=5 * E8, max=8 * E8),
    # vague
    A("投入數十億美元。", "數十億美元", None, "USD", "vague"),
    A("帶來數百億美元收入。", "數百億美元", None, "USD", "vague"),
    A("投入數千億美元。", "數千億美元", None, "USD", "vague"),
    A("需要數兆美元。", "數兆美元", None, "USD", "vague"),
    A("耗資上千億美元。", "上千億美元", None, "USD", "vague"),
    A("美國巨頭的千億級投資與10億美元。", "千億級", None, "USD", "vague"),
    # rates
    A("AI支出每月達到約300億美元。", "約300億美元", 300 * E8, "USD", "approx", per="month"),
    A("每年將有2兆美元的營收。", "2兆美元", 2 * E12, "USD", per="year"),
    A("每股要約價4港元。", "4港元", 4, "HKD", per="share"),
    A("要約價11.85元人民幣/股。", "11.85元人民幣", Decimal("11.85"), "CNY", per="share"),
    A("每個千兆瓦的數據中心成本高達500億美元。", "高達500億美元", 500 * E8, "USD", "up_to", per="GW"),
    A("1GW數據中心的成本大概為500億美元。", "大概為500億美元", 500 * E8, "USD", "approx", per="GW"),
    # cents
    A("香港：以每股9仙配售港股。", "9仙", Decimal("0.09"), "HKD", per="share"),
    A("新加坡：發行價為每單位96分，坡元計。", "96分", Decimal("0.96"), "SGD", per="unit"),
    # lists share their unit and head qualifier
    A("港股孖展分別錄得約 6200萬、 1770萬及 550萬元。", "1770萬", 1770 * E4, "HKD", "approx"),
    A("港股孖展分別錄得約 6200萬、 1770萬及 550萬元。", "550萬元", 550 * E4, "HKD", "approx"),
    # bare numbers in a money context
    A("輝達砸647億挺馬斯克xAI，約新台幣647億元。", "647億", 647 * E8, "TWD"),
    # (the restatement gives the currency: 人民币43亿元)
    A("浦发银行牵头发放43亿银团贷款，共人民币43亿元。", "43亿", 43 * E8, "CNY"),
    A("超百亿美元资金涌入市场。", "超百亿美元", 100 * E8, "USD", "at_least"),
    # capacities
    C("部署10GW的系統。", "10GW", 10 * G),
    C("規模達10吉瓦。", "10吉瓦", 10 * G),
    C("星際之門10千兆瓦。", "10千兆瓦", 10 * G),
    C("共 10 gigawatts。", "10 gigawatts", 10 * G),
    C("裝置容量3百萬瓩。", "3百萬瓩", 3 * G),
    C("資料中心16MW。", "16MW", 16 * MW),
    C("風場 295 MW。", "295 MW", 295 * MW),
    C("屋頂太陽能21兆瓦。", "21兆瓦", 21 * MW),
    C("調峰能力180萬千瓦。", "180萬千瓦", 18 * 10**8),
    C("電廠5億瓦。", "5億瓦", 5 * 10**8),
    C("設備500kW。", "500kW", 500 * 10**3),
    C("機組800千瓦。", "800千瓦", 800 * 10**3),
    C("總容量3x300MWx6h。", "300MW", 300 * MW),
    C("高達6GW。", "高達6GW", 6 * G, "up_to"),
    C("至少10吉瓦。", "至少10吉瓦", 10 * G, "at_least"),
    C("約 2吉瓦。", "約 2吉瓦", 2 * G, "approx"),
    C("用電量5MW以上的資料中心。", "5MW以上", 5 * MW, "at_least"),
    C("6GW等級的部署。", "6GW等級", 6 * G, "approx"),
    C("10GW級的合約。", "10GW級", 10 * G, "approx"),
    C("百吉瓦級的新紀元。", "百吉瓦級", None, "vague"),
    C("規模1至2GW。", "1至2GW", None, "range", min=G, max=2 * G),
    C("儲能100MW/200MWh。", "100MW", 100 * MW),
    # share counts
    S("認股權證最多1.6億股。", "最多1.6億股", 16 * 10**7, "up_to"),
    S("持有 1.6 億股。", "1.6 億股", 16 * 10**7),
    S("配售近1289.13萬股新股。", "近1289.13萬股", 12891300, "approx"),
    S("認購6,034,482股。", "6,034,482股", 6034482),
    S("認購448萬5677股。", "448萬5677股", 4485677),
    S("減持 6.1億舊股。", "6.1億舊股", 61 * 10**7),
    S("收購約1.89億股。", "約1.89億股", 189 * 10**6, "approx"),
    S("持有的1.6億股價值將達960億美元。", "1.6億股", 16 * 10**7),
    # percentages
    P("持股10%。", "10%", 10),
    P("年增59.7％。", "59.7％", Decimal("59.7")),
    P("約10%的股份。", "約10%", 10, "approx"),
    P("佔比百分之廿二點七。", "百分之廿二點七", Decimal("22.7")),
    P("營收八成來自AI。", "八成", 80),
    P("兩成五的股份。", "兩成五", 25),
    P("佔比5成。", "5成", 50),
    P("將近3.5成。", "將近3.5成", 35, "approx"),
    P("至少六成能源。", "至少六成", 60, "at_least"),
    P("渗透率预计达85%以上。", "85%以上", 85, "at_least"),
    P("开盘暴涨超42%。", "超42%", 42, "at_least"),
    P("高達70%。", "高達70%", 70, "up_to"),
    P("利率介於5%至10%。", "5%至10%", None, "range", min=5, max=10),
    P("持股比例最多將升至40.51%。", "40.51%", Decimal("40.51"), "up_to"),
]

#: Numbers that are no amount, capacity, share count or percentage.
TRAPS: list[str] = [
    "2025年營收創新高。",
    "二○二四年的計畫。",
    "10月6日宣布。",
    "廿二日公布。",
    "400萬顆GPU",
    "400萬至500萬顆GPU",
    "50多筆交易",
    "約 8億人使用",
    "採用MI450晶片",
    "採購H800晶片",
    "台積電（2330）",
    "嘉進投資（0310）",
    "恒大地產( 3333)今日招股",
    "彩票號碼2024號",
    "地號1234-5",
    "聯電(2303 TW)公告",
    "10吉瓦（Gigawatt，簡稱GW，即100萬千瓦）",
    "逾 100兆Token",
    "GW系統",
    "每個千兆瓦的成本",
    "儲能200MWh",
    "1997-2006年",
    "18-24個月",
    "約50至60公里",
    "認購倍數均超過4倍",
    "每12股供1股",
    "成為全球大模型第一股",
    "幾乎等同於硬體交易",
    "市值達5000萬平方米",
    "今年新增182.3萬輛",
    "每年抵銷約1萬4000噸二氧化碳",
    "這成為市場焦點",
    "完成八成以上",
]


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _in_script(text: str, script: str) -> str:
    return _converter("t2s" if script == "simplified" else "s2t").convert(text)


@pytest.mark.parametrize("script", ["traditional", "simplified"])
@pytest.mark.parametrize("case", CASES, ids=[f"{c.kind[:3]}-{c.span}" for c in CASES])
def test_golden(case: Case, script: str) -> None:
    text = _in_script(case.text, script)
    span = _in_script(case.span, script)
    found = getattr(find_quantities(text), case.kind)
    hits = [q for q in found if q.text == span]
    assert hits, f"{span!r} not found in {[q.text for q in found]}"
    q = hits[0]
    value = q.value_watts if case.kind == "capacities" else q.value
    assert value == (Decimal(case.value) if case.value is not None else None)
    assert q.qualifier == case.qualifier
    lo = q.min_watts if case.kind == "capacities" else q.min
    hi = q.max_watts if case.kind == "capacities" else q.max
    assert lo == (Decimal(case.min) if case.min is not None else None)
    assert hi == (Decimal(case.max) if case.max is not None else None)
    if case.kind == "amounts":
        if case.currency is not None:
            assert q.currency == case.currency
        assert q.per == case.per


@pytest.mark.parametrize("script", ["traditional", "simplified"])
@pytest.mark.parametrize("text", TRAPS)
def test_traps_find_nothing(text: str, script: str) -> None:
    found = find_quantities(_in_script(text, script))
    if text.startswith("10吉瓦"):
        assert [c.text for c in found.capacities] == ["10吉瓦"]  # the gloss is not a second one
        return
    if text.startswith("完成八成"):
        assert [p.value for p in found.percentages] == [80]  # 完成 is no number; 八成 is
        return
    assert found == ([], [], [], [])


# --------------------------------------------------------------------------- currency inference


@pytest.mark.parametrize(
    ("text", "region", "span", "currency"),
    [
        # a bare 元 is the region's dollar
        ("聯電投入金額上限7億元，台股收盤。", "taiwan", "7億元", "TWD"),
        ("嘉進投資以每股0.33元配售，集資4500萬元。", "hongkong", "4500萬元", "HKD"),
        ("项目投资总额约72亿元。", "mainland", "约72亿元", "CNY"),
        ("信托以14亿5300万元收购。", "singapore", "14亿5300万元", "SGD"),
        # the region from text cues when the article does not say
        ("【明報專訊】港股配售集資4500萬元。", None, "4500萬元", "HKD"),
        ("中證網：公司中標約33億元，深交所公告。", None, "約33億元", "CNY"),
        ("經濟部投審會通過以250億元增資。", None, "250億元", "TWD"),
        # the nearest preceding 元 currency in the paragraph
        ("阿里雲投入逾人民幣3800億元。三大營運商資本支出逾千億元。", "taiwan", "逾千億元", "CNY"),
        # the same figure given elsewhere with its currency
        ("輝達砸647億挺xAI\n投資高達20億美元（約新台幣647億元）", "hongkong", "647億", "TWD"),
        ("市值达到1066.93亿元。\n市值达1067亿港元。", "mainland", "1066.93亿元", "HKD"),
        # a number without 元 follows the currency the article established before it
        ("數百億美元的債務。\n隱藏百億債務", "taiwan", "百億", "USD"),
    ],
)
def test_currency_inference(text: str, region: str | None, span: str, currency: str) -> None:
    found = find_quantities(text, region=region).amounts
    hit = [a for a in found if a.text == span]
    assert hit, [a.text for a in found]
    assert hit[0].currency == currency
    assert hit[0].currency_inferred


def test_explicit_currency_is_not_inferred() -> None:
    (a,) = find_quantities("投資20億美元。").amounts
    assert not a.currency_inferred


def test_offsets_are_on_the_original_text() -> None:
    text = "約新臺幣１，０００億元"
    (a,) = find_quantities(text).amounts
    assert text[a.start : a.end] == a.text == text
    assert a.value == 1000 * E8 and a.currency == "TWD"


def test_results_sorted_by_start() -> None:
    text = "10億美元、20%、1.6億股、6GW；5億美元（約新台幣160億元）"
    q = find_quantities(text)
    for items in q:
        assert [x.start for x in items] == sorted(x.start for x in items)
