"""Sentences with deal words or figures that state no deal."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, no_deal

HEDGED = [
    no_deal(
        "tw-forecast",
        "據高盛預測,未來三年全球資料中心資本支出將達1兆美元。",
        ["高盛"],
        [("1兆美元", 1e12, None)],
    ),
    no_deal("tw-prospective-vote", "特斯拉股東將投票表決是否投資xAI。", ["特斯拉", "xAI"]),
    no_deal("tw-speculative-structure", "雙方可能採用只租不買的模式租用晶片。"),
    no_deal(
        "tw-denial", "台積電今日否認將收購英特爾晶圓廠，強調目前沒有任何相關計畫。", ["台積電", "英特爾"]
    ),
    no_deal(
        "tw-rumour",
        "市場傳出蘋果考慮以300億美元收購Netflix，雙方均未回應。",
        ["蘋果", "Netflix"],
        [("300億美元", 3e10, None)],
    ),
    no_deal(
        "tw-analyst-speculation",
        "摩根士丹利分析師認為，騰訊明年資本支出可能增至1000億元人民幣。",
        ["摩根士丹利", "騰訊"],
        [("1000億元人民幣", 1e11, None)],
    ),
    no_deal(
        "tw-analyst-estimate-and-target-price",
        "高盛預估輝達明年營收將達2000億美元，並將目標價上調至250美元。",
        ["高盛", "輝達"],
        [("2000億美元", 2e11, None), ("250美元", 250, "share")],
    ),
]

STATISTICS = [
    no_deal(
        "tw-reported-statistic",
        "投審會統計,今年前8月僑外投資金額達84億美元。",
        ["投審會"],
        [("84億美元", 8.4e9, None)],
    ),
    no_deal(
        "cn-accumulated-raises",
        "据统计，今年前三季度A股上市公司累计募资超过5000亿元，同比下降三成。",
        [],
        [("超过5000亿元", 5e11, None)],
    ),
    no_deal(
        "tw-counted-cases-total",
        "投審會昨日核准的三案總投資額達50億美元。",
        ["投審會"],
        [("50億美元", 5e9, None)],
    ),
]

NOT_A_DEAL_FIGURE = [
    no_deal("tw-valuation", "智譜完成新一輪融資後估值達200億元。", ["智譜"], [("200億元", 2e10, None)]),
    no_deal("hk-margin-subscription", "新股錄得約5000萬元孖展認購。", [], [("約5000萬元", 5e7, None)]),
    no_deal("tw-amount-put-in-alone", "董事會通過投入金額上限5億元。", [], [("5億元", 5e8, None)]),
]

NOT_A_DEAL_READING = [
    no_deal("cn-policy-subject", "人民银行、证监会发布关于支持发行绿色债券的通知。", ["人民银行", "证监会"]),
    no_deal(
        "hk-officer-sells-not-company", "華潤主席減持舊股套現20億元。", ["華潤"], [("20億元", 2e9, None)]
    ),
    no_deal(
        "tw-cooperation-describes-company",
        "台積電與索尼合作成立的合資公司JASM已在熊本投產。",
        ["台積電", "索尼", "JASM"],
    ),
    no_deal("tw-way-of-dealing", "微軟與軟銀透過「共同投資」模式布局AI。", ["微軟", "軟銀"]),
    no_deal(
        "hk-staying-listed", "藥明生物擬維持東曜藥業於聯交所上市地位。", ["藥明生物", "東曜藥業", "聯交所"]
    ),
    no_deal(
        "tw-this-investment-of-another-type",
        "國泰人壽總經理表示,此項投資代表國泰人壽對再生能源的長期支持。",
        ["國泰人壽"],
    ),
    no_deal("tw-supply-chain", "台積電表示供應鏈吃緊,將為客戶提供更多協助。", ["台積電"]),
    no_deal("cn-supply-as-a-topic", "这笔交易解决了供应多元化的痛点。"),
    no_deal("tw-first-of-its-kind-described", "被譽為港股AI第一股的商湯,上半年虧損擴大。", ["商湯"]),
    no_deal("tw-build-without-facility", "政府將加快建設智慧城市。"),
    no_deal("tw-investors-with-no-round", "紅杉、高瓴等投資方近日齊聚上海。", ["紅杉", "高瓴"]),
    no_deal("cn-cooperation-talked-about", "联想与微软的合作将涵盖AI电脑与云服务。", ["联想", "微软"]),
    no_deal(
        "tw-heading-figure-stays-in-its-headline",
        "長榮增資子公司 華航80億元購機",
        ["長榮", "華航"],
        [("80億元", 8e9, None)],
    ),
    no_deal(
        "cn-heading-figure-stays-in-its-headline",
        "美团增资子公司 京东30亿元购地",
        ["美团", "京东"],
        [("30亿元", 3e9, None)],
    ),
]


@pytest.mark.parametrize("c", HEDGED + STATISTICS + NOT_A_DEAL_FIGURE + NOT_A_DEAL_READING)
def test_not_a_deal(c: Case) -> None:
    c.check()
