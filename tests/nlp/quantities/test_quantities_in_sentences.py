"""Whole sentences: the quantities grammar on financial news of each market (written for this test,
in neither the corpus nor the devsets), every quantity of each sentence listed.

Sentences written for this test in the styles of Taiwan (經濟日報, 工商時報, 鉅亨網), Hong Kong (明報,
信報, 經濟通), mainland (证券时报, 财新, 21世纪经济报道), Singapore/Malaysia (联合早报, 星洲日报) outlets,
with amounts in foreign currencies and English-style forms, annotated by hand following
docs/gold-format.md and corpus/GOLD-NOTES.md. Each case lists EVERY quantity of the text: anything
else found is a false positive, so the traps (dates, ordinals, counts, points, lots, nm, 倍) are
tested by their absence.

Conventions decided here where the notes are silent:
- A share price change (股價上漲3.5元, 升3.4港元, 起3仙) is an amount per share, like a share price.
- Earnings, net asset value and dividends per share (每股盈餘/EPS, 每股淨值, 股利, 股息, 派息)
  without a scale word are amounts per share.
- Index points (漲230點), counts of people/users/units, 奈米/nm, 層, 倍 and basis points (10個基點)
  are not quantities; 千股 is a share count (12,500千股 = 12,500,000); Taiwan's board lots are share
  counts (1 張 = 1,000 shares, devset2 convention), a lot size (每手1000股) is none.
- Percentage points (0.5個百分點) and Hong Kong's 厘 for interest rates (息率4.25厘) are
  percentages in percent units; 萬分之五 = 0.05 %, 千分之三 = 0.3 %.
- 相當於 is no qualifier (it restates like 折合); 突破 is at_least (devset2 convention); 上看 is
  none (like 可達).
- 美仙 / 港仙 are cents of US$ / HK$; 分 (Singapore) and 仙 (Malaysia sen) are cents of the
  local dollar.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

import opencc
import pytest

from pipeline.nlp.quantities.grammar import find_quantities


class Q(NamedTuple):
    kind: str  # amounts | capacities | shares | percentages
    text: str
    value: Decimal | None
    currency: str | None = None
    qualifier: str = "exact"
    min: Decimal | None = None
    max: Decimal | None = None
    per: str | None = None


def _d(x: Any) -> Decimal | None:
    return None if x is None else Decimal(str(x))


def A(text: str, value: Any, currency: str, qualifier: str = "exact", per: str | None = None, **kw: Any) -> Q:
    return Q("amounts", text, _d(value), currency, qualifier, _d(kw.get("min")), _d(kw.get("max")), per)


def R(text: str, lo: Any, hi: Any, currency: str, per: str | None = None) -> Q:
    """A money range."""
    return Q("amounts", text, None, currency, "range", _d(lo), _d(hi), per)


def V(text: str, currency: str) -> Q:
    """A vague amount (數十億, 千億級)."""
    return Q("amounts", text, None, currency, "vague")


def C(text: str, watts: Any, qualifier: str = "exact", **kw: Any) -> Q:
    return Q("capacities", text, _d(watts), None, qualifier, _d(kw.get("min")), _d(kw.get("max")))


def S(text: str, value: Any, qualifier: str = "exact") -> Q:
    return Q("shares", text, _d(value), None, qualifier)


def P(text: str, value: Any, qualifier: str = "exact", **kw: Any) -> Q:
    return Q("percentages", text, _d(value), None, qualifier, _d(kw.get("min")), _d(kw.get("max")))


class Case(NamedTuple):
    id: str
    region: str | None  # what the reader would detect: taiwan, hongkong, mainland, or None (other)
    text: str
    expected: list[Q]


TW, HK, CN = "taiwan", "hongkong", "mainland"

CASES: list[Case] = [
    # ------------------------------------------------- a trust's units are counted like shares
    Case(
        "sg-trust-units-placed-hant",
        None,
        "凱德信託擬以每單位1.95新元配售約2億新單位。",
        [A("1.95新元", "1.95", "SGD", per="unit"), S("約2億新單位", "2e8", "approx")],
    ),
    Case(
        "sg-trust-units-placed-and-raise-hans",
        None,
        "凯德信托拟以每单位1.95新元配售约2亿新单位，集资约3.9亿新元。",
        [
            A("1.95新元", "1.95", "SGD", per="unit"),
            S("约2亿新单位", "2e8", "approx"),
            A("约3.9亿新元", "3.9e8", "SGD", "approx"),
        ],
    ),
    Case(
        "hk-fund-units-issued-hans",
        HK,
        "领展房产基金拟发行约1.2亿基金单位。",
        [S("约1.2亿基金单位", "1.2e8", "approx")],
    ),
    # ------------------------------------------------------------------ Taiwan
    Case(
        "tw-monthly-revenue",
        TW,
        "台積電10月營收3,675億元，月增11.2%，年增36.5%，前10月營收累計3兆1,620億元。",
        [
            A("3,675億元", "3675e8", "TWD"),
            P("11.2%", "11.2"),
            P("36.5%", "36.5"),
            A("3兆1,620億元", "3.162e12", "TWD"),
        ],
    ),
    Case(
        "tw-eps-bracketed",
        TW,
        "鴻海第3季每股盈餘(EPS)3.2元，優於市場預期，本益比約14倍。",
        [A("3.2元", "3.2", "TWD", per="share")],
    ),
    Case(
        "tw-price-change-lots",
        TW,
        "聯發科股價上漲35元，收在1,420元，成交量1.2萬張，外資買超3,500張。",
        [
            A("35元", 35, "TWD", per="share"),
            A("1,420元", 1420, "TWD", per="share"),
            S("1.2萬張", 12000000),
            S("3,500張", 3500000),
        ],
    ),
    Case(
        "tw-index-points",
        TW,
        "台股加權指數今日大漲230點，終場收在23,456點，成交值4,321億元。",
        [A("4,321億元", "4321e8", "TWD")],
    ),
    Case(
        "tw-dividend-yield",
        TW,
        "國泰金擬配發現金股利每股2元，殖利率約4.5%，以今日收盤價44.3元計算。",
        [
            A("2元", 2, "TWD", per="share"),
            P("約4.5%", "4.5", "approx"),
            A("44.3元", "44.3", "TWD", per="share"),
        ],
    ),
    Case(
        "tw-conversion-growth",
        TW,
        "研調機構預估，2026年全球AI伺服器市場規模將達3,000億美元（約新台幣9.6兆元），年增長30%。",
        [A("3,000億美元", "3000e8", "USD"), A("約新台幣9.6兆元", "9.6e12", "TWD", "approx"), P("30%", 30)],
    ),
    Case(
        "tw-nm-tenths",
        TW,
        "台積電2奈米製程預計2025年下半年量產，3奈米製程營收占比約兩成五。",
        [P("約兩成五", 25, "approx")],
    ),
    Case(
        "tw-capex-wafers",
        TW,
        "南亞科斥資新台幣1,000億元興建新廠，月產能達4.5萬片，最快2027年第1季投產。",
        [A("新台幣1,000億元", "1000e8", "TWD")],
    ),
    Case(
        "tw-ntd-sign-per-year",
        TW,
        "NT$1,200億的投資計畫將分5年執行，每年投入約240億元。",
        [A("NT$1,200億", "1200e8", "TWD"), A("約240億元", "240e8", "TWD", "approx", per="year")],
    ),
    Case(
        "tw-net-income-eps",
        TW,
        "大立光前3季稅後純益186.5億元，年減5.3%，每股純益139.05元。",
        [A("186.5億元", "186.5e8", "TWD"), P("5.3%", "5.3"), A("139.05元", "139.05", "TWD", per="share")],
    ),
    Case(
        "tw-usd-range",
        TW,
        "美光將在台灣投資5億至10億美元擴充HBM產能，高於市場預估的3億美元。",
        [R("5億至10億美元", "5e8", "10e8", "USD"), A("3億美元", "3e8", "USD")],
    ),
    Case(
        "tw-returns-rates",
        TW,
        "該基金近一年報酬率達18.6%，年化報酬率約12%，但利率2.5%的定存仍吸引保守型投資人。",
        [P("18.6%", "18.6"), P("約12%", 12, "approx"), P("2.5%", "2.5")],
    ),
    Case(
        "tw-more-than-tenths",
        TW,
        "台塑化砸300多億元汰舊換新，預計可降低碳排放近兩成。",
        [A("300多億元", "300e8", "TWD", "at_least"), P("近兩成", 20, "approx")],
    ),
    Case(
        "tw-trillion-tenths",
        TW,
        "金管會統計，國內壽險業海外投資部位達23兆元，占可運用資金比重約三成五。",
        [A("23兆元", "23e12", "TWD"), P("約三成五", 35, "approx")],
    ),
    Case(
        "tw-target-price",
        TW,
        "散熱廠奇鋐市值突破3,000億元，外資目標價上看1,500元。",
        [A("突破3,000億元", "3000e8", "TWD", "at_least"), A("1,500元", 1500, "TWD", per="share")],
    ),
    Case(
        "tw-cnyes-ordinal",
        TW,
        "鉅亨網：輝達(NVDA-US)第三季營收351億美元，年增94%，市值達3.6兆美元。",
        [A("351億美元", "351e8", "USD"), P("94%", 94), A("3.6兆美元", "3.6e12", "USD")],
    ),
    Case(
        "tw-thousand-shares",
        TW,
        "董事長持股由12,500千股增至13,200千股，持股比率1.52%。",
        [S("12,500千股", 12500000), S("13,200千股", 13200000), P("1.52%", "1.52")],
    ),
    Case(
        "tw-between-guidance",
        TW,
        "營收介於新台幣1,150億元至1,190億元之間，毛利率介於57%至59%。",
        [
            R("新台幣1,150億元至1,190億元", "1150e8", "1190e8", "TWD"),
            P("57%至59%", None, "range", min=57, max=59),
        ],
    ),
    Case(
        "tw-eps-range-fullwidth-tilde",
        TW,
        "法人預估明年EPS約30～35元。",
        [R("約30～35元", 30, 35, "TWD", per="share")],
    ),
    Case(
        "tw-fullwidth-brackets",
        TW,
        "鴻海宣布斥資１０億美元（約新台幣３２０億元）擴建墨西哥廠，持股比例達１００％。",
        [
            A("１０億美元", "10e8", "USD"),
            A("約新台幣３２０億元", "320e8", "TWD", "approx"),
            P("１００％", 100),
        ],
    ),
    Case(
        "tw-trillion-range",
        TW,
        "法人估明年資本支出上看1.2-1.5兆元，交易金額估計在3至5億美元。",
        [R("1.2-1.5兆元", "1.2e12", "1.5e12", "TWD"), R("3至5億美元", "3e8", "5e8", "USD")],
    ),
    Case(
        "tw-vague-class",
        TW,
        "多家雲端巨頭宣布千億級投資，數十億美元的訂單湧向台廠，上兆元商機可期。",
        [V("千億級", "USD"), V("數十億美元", "USD"), V("上兆元", "TWD")],
    ),
    Case(
        "tw-chinese-percent-stacked",
        TW,
        "百分之三十五點五的股權將轉讓予國泰金控，交易金額新台幣15億4,000萬元。",
        [P("百分之三十五點五", "35.5"), A("新台幣15億4,000萬元", 1540000000, "TWD")],
    ),
    Case(
        "tw-per-mille",
        TW,
        "證交稅率千分之三，當沖降為千分之一點五。",
        [P("千分之三", "0.3"), P("千分之一點五", "0.15")],
    ),
    Case(
        "tw-stock-dividend-ratio",
        TW,
        "公司去年每股淨值為52.3元，今年配發股票股利1元，相當於每千股配發100股。",
        [A("52.3元", "52.3", "TWD", per="share"), A("1元", 1, "TWD", per="share")],
    ),
    Case(
        "tw-percentage-points",
        TW,
        "日月光投控第3季合併營收1,646億元，季增7.7%，毛利率16.9%，較上季增加0.5個百分點。",
        [A("1,646億元", "1646e8", "TWD"), P("7.7%", "7.7"), P("16.9%", "16.9"), P("0.5個百分點", "0.5")],
    ),
    Case(
        "tw-counts-only",
        TW,
        "公司預計明年將出貨20萬台伺服器，員工人數增至2萬名，用戶數突破5000萬。",
        [],
    ),
    Case(
        "tw-top3-at-least",
        TW,
        "台灣前3大金控上半年合計獲利逾1,200億元，其中富邦金賺進約650億元。",
        [A("逾1,200億元", "1200e8", "TWD", "at_least"), A("約650億元", "650e8", "TWD", "approx")],
    ),
    Case(
        "tw-month-range-date",
        TW,
        "1月至9月外銷訂單累計4,521億美元，10月6日公布的數據顯示年增5.3%。",
        [A("4,521億美元", "4521e8", "USD"), P("5.3%", "5.3")],
    ),
    Case(
        "tw-tenths-with-digit",
        TW,
        "元大台灣50(0050)成分股中，電子股市值占比逾七成，台積電權重約六成二。",
        [P("逾七成", 70, "at_least"), P("約六成二", 62, "approx")],
    ),
    Case(
        "tw-rights-issue",
        TW,
        "力積電擬以每股14元現金增資發行3億股，募資42億元。",
        [A("14元", 14, "TWD", per="share"), S("3億股", "3e8"), A("42億元", "42e8", "TWD")],
    ),
    Case(
        "tw-ntd-before-qualifier",
        TW,
        "該案總金額新台幣約320億元，由台銀主辦聯貸。",
        [A("新台幣約320億元", "320e8", "TWD", "approx")],
    ),
    # ------------------------------------------------------------------ Hong Kong
    Case(
        "hk-close-market-cap",
        HK,
        "【明報專訊】騰訊(00700)昨收報385.6港元，跌1.2%，市值約3.6萬億港元。",
        [
            A("385.6港元", "385.6", "HKD", per="share"),
            P("1.2%", "1.2"),
            A("約3.6萬億港元", "3.6e12", "HKD", "approx"),
        ],
    ),
    Case(
        "hk-placing",
        HK,
        "公司擬以每股0.28港元配售最多1.5億股新股，集資淨額約4,100萬港元，配售價較昨收市價折讓約18.6%。",
        [
            A("0.28港元", "0.28", "HKD", per="share"),
            S("最多1.5億股", "1.5e8", "up_to"),
            A("約4,100萬港元", "4100e4", "HKD", "approx"),
            P("約18.6%", "18.6", "approx"),
        ],
    ),
    Case(
        "hk-us-cents",
        HK,
        "匯豐控股宣布派第三次中期息每股10美仙，並回購最多30億美元股份。",
        [A("10美仙", "0.10", "USD", per="share"), A("最多30億美元", "30e8", "USD", "up_to")],
    ),
    Case(
        "hk-dividend",
        HK,
        "長和派末期息每股1.51港元，全年派息共2.2港元，按年增加5%。",
        [A("1.51港元", "1.51", "HKD", per="share"), A("2.2港元", "2.2", "HKD", per="share"), P("5%", 5)],
    ),
    Case(
        "hk-index-turnover",
        HK,
        "恒指全日跌320點，收報25,860點，主板成交額1,250億元。",
        [A("1,250億元", "1250e8", "HKD")],
    ),
    Case(
        "hk-placing-conversion",
        HK,
        "小米集團擬按每股配售價28港元配售4.5億股，集資126億港元（約16.2億美元）。",
        [
            A("28港元", 28, "HKD", per="share"),
            S("4.5億股", "4.5e8"),
            A("126億港元", "126e8", "HKD"),
            A("約16.2億美元", "16.2e8", "USD", "approx"),
        ],
    ),
    Case(
        "hk-results-bare-dollar",
        HK,
        "港交所上半年股東應佔溢利64.8億元，按年增長7%，每股基本盈利5.12元。",
        [A("64.8億元", "64.8e8", "HKD"), P("7%", 7), A("5.12元", "5.12", "HKD", per="share")],
    ),
    Case(
        "hk-price-range-jiehu",
        HK,
        "恒大物業獲配發價介乎每股8.8港元至9.5港元，集資最多82億港元。",
        [R("8.8港元至9.5港元", "8.8", "9.5", "HKD", per="share"), A("最多82億港元", "82e8", "HKD", "up_to")],
    ),
    Case(
        "hk-li-interest",
        HK,
        "信報：美聯儲減息0.25厘，港銀最優惠利率下調0.125厘至5.25厘。",
        [P("0.25厘", "0.25"), P("0.125厘", "0.125"), P("5.25厘", "5.25")],
    ),
    Case(
        "hk-price-move",
        HK,
        "經濟通：比亞迪H股收報108.2港元，升3.4港元或3.2%，成交額逾58億港元。",
        [
            A("108.2港元", "108.2", "HKD", per="share"),
            A("3.4港元", "3.4", "HKD", per="share"),
            P("3.2%", "3.2"),
            A("逾58億港元", "58e8", "HKD", "at_least"),
        ],
    ),
    Case(
        "hk-green-bond",
        HK,
        "港府發行50億元綠色債券，年期3年，票面息率4.25厘。",
        [A("50億元", "50e8", "HKD"), P("4.25厘", "4.25")],
    ),
    Case(
        "hk-rights-ratio",
        HK,
        "該公司以1股供2股方式供股，供股價每股0.1港元，集資約1.38億港元。",
        [A("0.1港元", "0.1", "HKD", per="share"), A("約1.38億港元", "1.38e8", "HKD", "approx")],
    ),
    Case(
        "hk-growth-to",
        HK,
        "友邦保險新業務價值按年增長17%至15.6億美元，宣布額外回購16億美元股份。",
        [P("17%", 17), A("15.6億美元", "15.6e8", "USD"), A("16億美元", "16e8", "USD")],
    ),
    Case(
        "hk-hk-cents",
        HK,
        "中國移動宣派中期息每股2.75港元，另派特別息每股約70港仙。",
        [A("2.75港元", "2.75", "HKD", per="share"), A("約70港仙", "0.70", "HKD", "approx", per="share")],
    ),
    Case(
        "hk-spaced-currency",
        HK,
        "新股集資規模約 50 億 港元，入場費 3,030.23 港元。",
        [A("約 50 億 港元", "50e8", "HKD", "approx"), A("3,030.23 港元", "3030.23", "HKD")],
    ),
    # ------------------------------------------------------------------ mainland
    Case(
        "cn-results",
        CN,
        "贵州茅台前三季度实现营业总收入1,231.2亿元，同比增长16.9%；归母净利润608.3亿元，同比增长15.1%。",
        [
            A("1,231.2亿元", "1231.2e8", "CNY"),
            P("16.9%", "16.9"),
            A("608.3亿元", "608.3e8", "CNY"),
            P("15.1%", "15.1"),
        ],
    ),
    Case(
        "cn-buyback-bounds",
        CN,
        "公司拟以自有资金不低于1亿元且不超过2亿元回购股份，回购价格不超过每股45元。",
        [
            A("不低于1亿元", "1e8", "CNY", "at_least"),
            A("不超过2亿元", "2e8", "CNY", "at_most"),
            A("45元", 45, "CNY", "at_most", per="share"),
        ],
    ),
    Case(
        "cn-eur-conversion-gwh",
        CN,
        "宁德时代拟在匈牙利投资73.4亿欧元（约合人民币574亿元）建设电池工厂，规划产能100GWh。",
        [A("73.4亿欧元", "73.4e8", "EUR"), A("约合人民币574亿元", "574e8", "CNY", "approx")],
    ),
    Case(
        "cn-project-phases",
        CN,
        "据21世纪经济报道，该项目总投资约120亿元，其中一期投资45亿元，预计2027年底前投产，达产后可实现产值约300亿元。",
        [
            A("约120亿元", "120e8", "CNY", "approx"),
            A("45亿元", "45e8", "CNY"),
            A("约300亿元", "300e8", "CNY", "approx"),
        ],
    ),
    Case(
        "cn-bond-rate-range",
        CN,
        "财新获悉，某头部险企拟发行不超过50亿元资本补充债券，票面利率区间为2.1%-2.4%。",
        [A("不超过50亿元", "50e8", "CNY", "at_most"), P("2.1%-2.4%", None, "range", min="2.1", max="2.4")],
    ),
    Case(
        "cn-central-bank",
        CN,
        "央行开展5000亿元MLF操作，中标利率下降10个基点至2.0%，降准0.5个百分点，释放长期资金约1万亿元。",
        [
            A("5000亿元", "5000e8", "CNY"),
            P("2.0%", 2),
            P("0.5个百分点", "0.5"),
            A("约1万亿元", "1e12", "CNY", "approx"),
        ],
    ),
    Case(
        "cn-car-sales",
        CN,
        "比亚迪9月销量41.9万辆，同比增长45.9%，单车均价约15万元。",
        [P("45.9%", "45.9"), A("约15万元", "15e4", "CNY", "approx")],
    ),
    Case(
        "cn-wanyi-conversion",
        CN,
        "小米集团市值一度突破1.2万亿港元，约合人民币1.1万亿元。",
        [
            A("突破1.2万亿港元", "1.2e12", "HKD", "at_least"),
            A("约合人民币1.1万亿元", "1.1e12", "CNY", "approx"),
        ],
    ),
    Case(
        "cn-loss-range",
        CN,
        "某光伏企业2024年净亏损34.5亿元至38.2亿元，上年同期盈利74.8亿元。",
        [R("34.5亿元至38.2亿元", "34.5e8", "38.2e8", "CNY"), A("74.8亿元", "74.8e8", "CNY")],
    ),
    Case(
        "cn-flows",
        CN,
        "上百亿资金涌入半导体板块，其中北向资金净买入86.3亿元，两市成交额连续5日超过1万亿元。",
        [V("上百亿", "CNY"), A("86.3亿元", "86.3e8", "CNY"), A("超过1万亿元", "1e12", "CNY", "at_least")],
    ),
    Case(
        "cn-private-placements",
        CN,
        "证券时报记者注意到，今年以来已有近百家公司披露定增预案，拟募资总额逾千亿元。",
        [A("逾千亿元", "1e11", "CNY", "at_least")],
    ),
    Case(
        "cn-framework-bounds",
        CN,
        "公司与腾讯签署框架协议，双方将在未来3年内共同投入不少于10亿元，腾讯持股比例不超过5%。",
        [A("不少于10亿元", "10e8", "CNY", "at_least"), P("不超过5%", 5, "at_most")],
    ),
    Case(
        "cn-fund-fees",
        CN,
        "该基金管理费率为每年1.2%，托管费率为万分之五，认购起点为100万元人民币。",
        [P("1.2%", "1.2"), P("万分之五", "0.05"), A("100万元人民币", "100e4", "CNY")],
    ),
    Case(
        "cn-macro",
        CN,
        "三季度GDP同比增长4.6%，前三季度社会消费品零售总额35.4万亿元，增长3.3%。",
        [P("4.6%", "4.6"), A("35.4万亿元", "35.4e12", "CNY"), P("3.3%", "3.3")],
    ),
    Case(
        "cn-raise-range-tenths",
        CN,
        "一汽解放拟募资30~50亿元，用于新能源商用车研发，募资规模约占公司净资产三成。",
        [R("30~50亿元", "30e8", "50e8", "CNY"), P("三成", 30, "approx")],
    ),
    Case(
        "cn-users-monthly",
        CN,
        "报告显示，中国有5.2亿网民使用短视频，其中付费用户超过5000万，平均月消费约35元。",
        [A("约35元", 35, "CNY", "approx", per="month")],
    ),
    Case(
        "cn-converted-approx-inside",
        CN,
        "该笔交易对价为2.5亿美元，折合人民币约17.8亿元。",
        [A("2.5亿美元", "2.5e8", "USD"), A("折合人民币约17.8亿元", "17.8e8", "CNY", "approx")],
    ),
    # ------------------------------------------------------------------ Singapore / Malaysia
    Case(
        "sg-dbs-cents",
        None,
        "联合早报：星展集团第三季净利28.5亿新元，按年增长16%，每股派息54分。",
        [A("28.5亿新元", "28.5e8", "SGD"), P("16%", 16), A("54分", "0.54", "SGD", per="share")],
    ),
    Case(
        "sg-gic-conversion",
        None,
        "新加坡政府投资公司斥资12亿坡元收购本地物流资产，约合9亿美元。",
        [A("12亿坡元", "12e8", "SGD"), A("约合9亿美元", "9e8", "USD", "approx")],
    ),
    Case(
        "sg-reit-unit",
        None,
        "凯德综合商业信托每单位派息5.35分，单位价格收在2.05元，新交所海峡时报指数涨12点。",
        [A("5.35分", "0.0535", "SGD", per="unit"), A("2.05元", "2.05", "SGD", per="unit")],
    ),
    Case(
        "my-sen",
        None,
        "星洲日报：云顶大马宣布以5亿令吉收购一项资产，每股派息9仙，股价起3仙至2.51令吉。",
        [
            A("5亿令吉", "5e8", "MYR"),
            A("9仙", "0.09", "MYR", per="share"),
            A("3仙", "0.03", "MYR", per="share"),
            A("2.51令吉", "2.51", "MYR", per="share"),
        ],
    ),
    Case(
        "my-linjite",
        None,
        "马来西亚国家石油公司上半年营收达1,620亿林吉特，净利按年下跌11.4%。",
        [A("1,620亿林吉特", "1620e8", "MYR"), P("11.4%", "11.4")],
    ),
    Case(
        "my-rm-spaced",
        None,
        "大马政府宣布拨款RM 25亿协助中小企业，另有3.5亿令吉用于数码转型。",
        [A("RM 25亿", "25e8", "MYR"), A("3.5亿令吉", "3.5e8", "MYR")],
    ),
    # ------------------------------------------------------------------ Japan, Korea, Europe
    Case(
        "jp-softbank",
        TW,
        "軟銀集團第2季淨利1.18兆日圓，並計畫對OpenAI追加投資225億美元。",
        [A("1.18兆日圓", "1.18e12", "JPY"), A("225億美元", "225e8", "USD")],
    ),
    Case(
        "jp-toyota-stacked",
        TW,
        "豐田宣布未來5年投資1兆4,000億日圓，平均每年約2,800億日圓。",
        [A("1兆4,000億日圓", "1.4e12", "JPY"), A("約2,800億日圓", "2800e8", "JPY", "approx", per="year")],
    ),
    Case(
        "kr-samsung",
        TW,
        "三星電子第三季營業利益12.1兆韓元，年增277%，資本支出約53.6兆韓圜。",
        [A("12.1兆韓元", "12.1e12", "KRW"), P("277%", 277), A("約53.6兆韓圜", "53.6e12", "KRW", "approx")],
    ),
    Case(
        "eu-gbp-chf",
        TW,
        "歐盟宣布投入200億歐元建設AI超級工廠，英國則承諾20億英鎊，瑞士央行持有逾8,000億瑞郎外匯儲備。",
        [
            A("200億歐元", "200e8", "EUR"),
            A("20億英鎊", "20e8", "GBP"),
            A("逾8,000億瑞郎", "8000e8", "CHF", "at_least"),
        ],
    ),
    Case(
        "ch-nestle-equivalent",
        HK,
        "雀巢以25億瑞士法郎出售水業務，相當於約28億美元。",
        [A("25億瑞士法郎", "25e8", "CHF"), A("約28億美元", "28e8", "USD", "approx")],
    ),
    Case(
        "hk-euro-oulo",
        HK,
        "該集團以30億歐羅收購德國電網資產。",
        [A("30億歐羅", "30e8", "EUR")],
    ),
    Case(
        "dk-novo-rate",
        TW,
        "諾和諾德市值一度蒸發逾1,000億美元，丹麥克朗兌美元匯率約6.9。",
        [A("逾1,000億美元", "1000e8", "USD", "at_least")],
    ),
    # ------------------------------------------------------------------ English-style forms
    Case(
        "en-usd-sign",
        TW,
        "OpenAI完成US$400億融資，估值達US$3,000億，其中軟銀出資US$300億。",
        [A("US$400億", "400e8", "USD"), A("US$3,000億", "3000e8", "USD"), A("US$300億", "300e8", "USD")],
    ),
    Case(
        "en-billion-million",
        TW,
        "微軟宣布將投資US$1.5 billion於G42，並承諾USD 300 million用於當地人才培訓。",
        [A("US$1.5 billion", "1.5e9", "USD"), A("USD 300 million", "3e8", "USD")],
    ),
    Case(
        "en-trillion",
        TW,
        "市場預估AI資本支出2028年將達US$1.2 trillion，約為今年的3倍。",
        [A("US$1.2 trillion", "1.2e12", "USD")],
    ),
    Case(
        "en-arizona",
        TW,
        "台積電亞利桑那廠總投資金額擴大至1,650億美元(約新台幣5.3兆元)，並獲美國政府66億美元補助。",
        [
            A("1,650億美元", "1650e8", "USD"),
            A("約新台幣5.3兆元", "5.3e12", "TWD", "approx"),
            A("66億美元", "66e8", "USD"),
        ],
    ),
    # ------------------------------------------------------------------ capacities in unseen styles
    Case(
        "cap-datacenter",
        TW,
        "該資料中心園區規劃電力容量達1.5GW，首期200MW預計明年上線，儲能系統400MWh。",
        [C("1.5GW", "1.5e9"), C("200MW", "200e6")],
    ),
    Case(
        "cap-mainland-wanqianwa",
        CN,
        "项目装机容量约120万千瓦，年发电量约25亿千瓦时，总投资约60亿元。",
        [C("约120万千瓦", "1.2e9", "approx"), A("约60亿元", "60e8", "CNY", "approx")],
    ),
    # ---------------------------------------------- second batch (written after fixing the first)
    Case(
        "tw-tenths-eps-target",
        TW,
        "廣達AI伺服器營收比重今年可望突破五成，明年挑戰六成，法人預估EPS上看20元。",
        [P("突破五成", 50, "at_least"), P("六成", 60), A("20元", 20, "TWD", per="share")],
    ),
    Case(
        "tw-per-share-contribution",
        TW,
        "大同擬處分土地，預計挹注稅後獲利約新台幣12.6億元，每股貢獻0.54元。",
        [A("約新台幣12.6億元", "12.6e8", "TWD", "approx"), A("0.54元", "0.54", "TWD", per="share")],
    ),
    Case(
        "tw-foreign-selling",
        TW,
        "今年以來外資累計賣超台股逾5,800億元，創歷年同期新高。",
        [A("逾5,800億元", "5800e8", "TWD", "at_least")],
    ),
    Case(
        "tw-us-indexes",
        TW,
        "美股四大指數週五收高，道瓊工業指數上漲412.7點或0.9%，收44,910.65點。",
        [P("0.9%", "0.9")],
    ),
    Case(
        "tw-yesterday-close",
        TW,
        "長榮海運宣布配發現金股利每股18元，配發率約五成，以昨收價216.5元計算，現金殖利率8.3%。",
        [
            A("18元", 18, "TWD", per="share"),
            P("約五成", 50, "approx"),
            A("216.5元", "216.5", "TWD", per="share"),
            P("8.3%", "8.3"),
        ],
    ),
    Case(
        "tw-exports",
        TW,
        "台灣8月出口值達584.9億美元，年增34.1%，連續22個月正成長。",
        [A("584.9億美元", "584.9e8", "USD"), P("34.1%", "34.1")],
    ),
    Case(
        "tw-swap-ratio",
        TW,
        "新光金與台新金合併案，換股比例為1股新光金換0.3893股台新金，另加現金1.3元。",
        [A("1.3元", "1.3", "TWD")],
    ),
    Case(
        "hk-ipo-funds",
        HK,
        "港交所今年首10個月新股集資額逾1,800億港元，重奪全球IPO集資榜首。",
        [A("逾1,800億港元", "1800e8", "HKD", "at_least")],
    ),
    Case(
        "hk-meituan-rmb",
        HK,
        "美團第三季經調整虧損201億元人民幣，收入按年增長2%至955億元。",
        [A("201億元人民幣", "201e8", "CNY"), P("2%", 2), A("955億元", "955e8", "CNY")],
    ),
    Case(
        "hk-half-day",
        HK,
        "阿里巴巴(09988)半日升2.4%，報158.3元，成交額約72億元。",
        [P("2.4%", "2.4"), A("158.3元", "158.3", "HKD", per="share"), A("約72億元", "72e8", "HKD", "approx")],
    ),
    Case(
        "hk-land-per-sqft",
        HK,
        "新地以約48億元投得啟德商業地皮，每方呎樓面地價約9,800元。",
        [A("約48億元", "48e8", "HKD", "approx"), A("約9,800元", 9800, "HKD", "approx", per="square foot")],
    ),
    Case(
        "hk-base-rate",
        HK,
        "金管局宣布基本利率下調25個基點至4.5厘。",
        [P("4.5厘", "4.5")],
    ),
    Case(
        "hk-buyback",
        HK,
        "長實擬以每股36.5港元回購最多3.86億股，涉資約141億港元。",
        [
            A("36.5港元", "36.5", "HKD", per="share"),
            S("最多3.86億股", "3.86e8", "up_to"),
            A("約141億港元", "141e8", "HKD", "approx"),
        ],
    ),
    Case(
        "cn-m2",
        CN,
        "截至9月末，广义货币(M2)余额309.48万亿元，同比增长8.4%。",
        [A("309.48万亿元", "309.48e12", "CNY"), P("8.4%", "8.4")],
    ),
    Case(
        "cn-yuan-per-share-after",
        CN,
        "宁德时代今日股价大涨8.5%，报收268.5元/股，总市值达1.18万亿元。",
        [P("8.5%", "8.5"), A("268.5元", "268.5", "CNY", per="share"), A("1.18万亿元", "1.18e12", "CNY")],
    ),
    Case(
        "cn-placement-caps",
        CN,
        "公司拟向不超过35名特定对象发行股票，募集资金不超过人民币25亿元，发行数量不超过发行前总股本的30%。",
        [A("不超过人民币25亿元", "25e8", "CNY", "at_most"), P("30%", 30, "at_most")],
    ),
    Case(
        "cn-bank-npl",
        CN,
        "该行上半年实现净利润约1,020亿元，不良贷款率1.26%，较年初下降0.02个百分点。",
        [A("约1,020亿元", "1020e8", "CNY", "approx"), P("1.26%", "1.26"), P("0.02个百分点", "0.02")],
    ),
    Case(
        "cn-smic-conversion",
        CN,
        "中芯国际拟投资约75亿美元（约合人民币530亿元）在北京建设12英寸晶圆厂。",
        [A("约75亿美元", "75e8", "USD", "approx"), A("约合人民币530亿元", "530e8", "CNY", "approx")],
    ),
    Case(
        "cn-per-watt",
        CN,
        "光伏组件价格跌至每瓦0.7元左右，较年初下跌约15%。",
        [A("0.7元左右", "0.7", "CNY", "approx", per="W"), P("约15%", 15, "approx")],
    ),
    Case(
        "sg-sgx",
        None,
        "新加坡交易所今年首季净利1.2亿新元，每股派息8.5分。",
        [A("1.2亿新元", "1.2e8", "SGD"), A("8.5分", "0.085", "SGD", per="share")],
    ),
    Case(
        "sg-land-psf",
        None,
        "新加坡发展商以每平方英尺楼面1,200元投得地段，总价约5.6亿元。",
        [A("1,200元", 1200, "SGD", per="square foot"), A("约5.6亿元", "5.6e8", "SGD", "approx")],
    ),
    Case(
        "my-klci",
        None,
        "马股综指全天起5.8点，收1,612.33点；大马交易所成交额达32亿令吉。",
        [A("32亿令吉", "32e8", "MYR")],
    ),
    Case(
        "my-petronas-dividend",
        None,
        "国油宣布派发股息每股25仙，总额达25亿令吉。",
        [A("25仙", "0.25", "MYR", per="share"), A("25亿令吉", "25e8", "MYR")],
    ),
    Case(
        "jp-boj",
        TW,
        "日本央行維持利率0.5%不變，並將每月購債規模縮減至2.9兆日圓。",
        [P("0.5%", "0.5"), A("2.9兆日圓", "2.9e12", "JPY", per="month")],
    ),
    Case(
        "kr-hynix",
        TW,
        "SK海力士宣布投資約20兆韓元興建新廠，預計2028年量產。",
        [A("約20兆韓元", "20e12", "KRW", "approx")],
    ),
    Case(
        "eu-siemens",
        TW,
        "西門子以106億美元收購Altair，另以50億歐元出售部門資產。",
        [A("106億美元", "106e8", "USD"), A("50億歐元", "50e8", "EUR")],
    ),
    Case(
        "en-range-currency-left",
        TW,
        "Meta今年資本支出指引上調至US$700億至720億。",
        [R("US$700億至720億", "700e8", "720e8", "USD")],
    ),
    Case(
        "en-bn",
        TW,
        "該新創完成B輪融資，規模達USD 1.2bn，估值約US$ 80億。",
        [A("USD 1.2bn", "1.2e9", "USD"), A("約US$ 80億", "80e8", "USD", "approx")],
    ),
    Case(
        "tw-chinese-numerals",
        TW,
        "公司斥資三億五千萬元購置廠房，母公司另注資兩千七百億元。",
        [A("三億五千萬元", "3.5e8", "TWD"), A("兩千七百億元", "2700e8", "TWD")],
    ),
    Case(
        "tw-fullwidth-separators",
        TW,
        "營收達１，２３４億元，年增１５．６％。",
        [A("１，２３４億元", "1234e8", "TWD"), P("１５．６％", "15.6")],
    ),
    Case(
        "tw-between-per-share",
        TW,
        "外資將目標價介於800元到900元之間。",
        [R("800元到900元", 800, 900, "TWD", per="share")],
    ),
    Case(
        "tw-tenths-bounds",
        TW,
        "外資持股比重逾兩成，散戶不到一成，成長幅度三至五成，毛利率年增2-3成。",
        [
            P("逾兩成", 20, "at_least"),
            P("不到一成", 10, "at_most"),
            P("三至五成", None, "range", min=30, max=50),
            P("2-3成", None, "range", min=20, max=30),
        ],
    ),
    Case(
        "tw-counts-2",
        TW,
        "營收年增逾3倍，員工達1.5萬名，客戶超過300家。",
        [],
    ),
    Case(
        "cap-taipower",
        TW,
        "台電規劃新增燃氣機組容量約4.5GW，離岸風電第三階段區塊開發3GW，核三廠裝置容量約190萬瓩。",
        [C("約4.5GW", "4.5e9", "approx"), C("3GW", "3e9"), C("約190萬瓩", "1.9e9", "approx")],
    ),
    Case(
        "cap-range",
        TW,
        "單座資料中心用電需求介於100MW至300MW，總計超過1吉瓦。",
        [C("100MW至300MW", None, "range", min="100e6", max="300e6"), C("超過1吉瓦", "1e9", "at_least")],
    ),
    # ------------------------------------------------------------------ idioms found while probing
    Case("idiom-qianwan", TW, "分析師提醒，投資人千萬不要追高，以免套牢。", []),
    Case("idiom-shifen-yichengbubian", HK, "股價近期十分波動，投資者千萬要小心，派息政策一成不變。", []),
    Case(
        "tw-net-selling",
        TW,
        "外資連續三天賣超，合計賣超百億元，投信則買超逾50億元。",
        [A("百億元", "100e8", "TWD"), A("逾50億元", "50e8", "TWD", "at_least")],
    ),
    Case("bare-range-money", TW, "市場預估該公司將投資3億至5億擴產。", [R("3億至5億", "3e8", "5e8", "TWD")]),
    Case(
        "my-mwp",
        None,
        "Solarvest获颁一项100MWp大型太阳能项目及50MWac项目，合约价值约3亿令吉。",
        [C("100MWp", "100e6"), C("50MWac", "50e6"), A("约3亿令吉", "3e8", "MYR", "approx")],
    ),
    Case("hk-bonus-ratio", HK, "公司擬按每持有10股獲發1股紅股基準發行紅股。", []),
    Case(
        "tw-negative-eps",
        TW,
        "上半年EPS為-0.35元，營收年增率-5%，虧損擴大。",
        [A("-0.35元", "-0.35", "TWD", per="share"), P("-5%", -5)],
    ),
    Case(
        "cn-between-mixed-scales",
        CN,
        "公司计划三年内回购金额在5000万元至1亿元之间，回购价格不超过每股30元。",
        [R("5000万元至1亿元", "5e7", "1e8", "CNY"), A("30元", 30, "CNY", "at_most", per="share")],
    ),
    Case(
        "hk-bare-dollar-sign",
        HK,
        "該公司集資$3.5億，每股作價$1.2，較收市價折讓12%。",
        [A("$3.5億", "3.5e8", "HKD"), A("$1.2", "1.2", "HKD", per="share"), P("12%", 12)],
    ),
    Case(
        "hk-fell-to",
        HK,
        "股份於上午9時30分起短暫停牌，股價今早曾高見3.5元，午後跌至3.2元。",
        [A("3.5元", "3.5", "HKD", per="share"), A("3.2元", "3.2", "HKD", per="share")],
    ),
    Case(
        "tw-bare-trillion",
        TW,
        "市值逾兆元的企業增至5家，近兆元的資金湧入，相關投資達千億元級別。",
        [
            A("逾兆元", "1e12", "TWD", "at_least"),
            A("近兆元", "1e12", "TWD", "approx"),
            V("千億元級別", "TWD"),
        ],
    ),
]


def _found(text: str, region: str | None) -> set[Q]:
    q = find_quantities(text, region=region)
    out = {Q("amounts", a.text, a.value, a.currency, a.qualifier, a.min, a.max, a.per) for a in q.amounts}
    out |= {
        Q("capacities", c.text, c.value_watts, None, c.qualifier, c.min_watts, c.max_watts)
        for c in q.capacities
    }
    out |= {Q("shares", s.text, s.value, None, s.qualifier, s.min, s.max) for s in q.shares}
    out |= {Q("percentages", p.text, p.value, None, p.qualifier, p.min, p.max) for p in q.percentages}
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_quantity_of_the_sentence(case: Case) -> None:
    found = _found(case.text, case.region)
    expected = set(case.expected)
    missing = sorted(expected - found, key=lambda q: case.text.find(q.text))
    extra = sorted(found - expected, key=lambda q: case.text.find(q.text))
    assert not missing and not extra, f"\nmissing: {missing}\nextra:   {extra}"


def test_every_expected_span_is_in_its_sentence() -> None:
    for case in CASES:
        for q in case.expected:
            assert q.text in case.text, (case.id, q.text)


def test_enough_sentences() -> None:
    assert len(CASES) >= 40


# --------------------------------------------------------------------------- the other script


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _other_script(text: str) -> str:
    """Simplified text to Traditional and back: the same article as the other region would print it."""
    simplified = _converter("t2s").convert(text)
    return _converter("s2t").convert(text) if simplified == text else simplified


#: Cases whose conversion keeps every offset (OpenCC's phrase tables may change a length).
_CONVERTIBLE = [c for c in CASES if len(_other_script(c.text)) == len(c.text)]


@pytest.mark.parametrize("case", _CONVERTIBLE, ids=[c.id for c in _CONVERTIBLE])
def test_the_same_sentence_in_the_other_script(case: Case) -> None:
    """The same sentence in the other script gives the same quantities at the same offsets."""
    text = _other_script(case.text)
    expected = set()
    for q in case.expected:
        i = case.text.index(q.text)
        expected.add(q._replace(text=text[i : i + len(q.text)]))
    found = _found(text, case.region)
    assert found == expected, f"\nmissing: {expected - found}\nextra:   {found - expected}"
