"""Who raises when financing is given. X向Y提供融资 / X为Y提供融资: Y raises, the giver X is the
financier (the raise's counterparty); X向Y融资 without a giving verb: X raises from Y. X获Y融资 and
X对Y(提供)融资: the one receiving raises (no counterparty) and the financier invests in it
(devset2 "Venture rounds"). Financing between a bank (by its name) and a company is a loan
(devset2 "Loans": borrower = agent, lender = counterparty). Sentences of our own, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

GIVEN_FINANCING = [
    case(
        "cn-towards-provides",
        "招商银行向万科提供融资50亿元。",
        ["招商银行", "万科"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "万科", "招商银行", "50亿元")],
    ),
    case(
        "tw-towards-provides",
        "兆豐銀行向台達電提供融資新台幣40億元。",
        ["兆豐銀行", "台達電"],
        [("新台幣40億元", 4e9, None)],
        exactly=[("debt", "台達電", "兆豐銀行", "新台幣40億元")],
    ),
    case(
        "tw-to-provides",
        "輝達對xAI提供融資20億美元。",
        ["輝達", "xAI"],
        [("20億美元", 2e9, None)],
        exactly=[("fundraising", "xAI", None, "20億美元"), ("investment", "輝達", "xAI", "20億美元")],
    ),
    case(
        "cn-to-provides",
        "高瓴资本对比亚迪提供融资30亿元。",
        ["高瓴资本", "比亚迪"],
        [("30亿元", 3e9, None)],
        exactly=[("fundraising", "比亚迪", None, "30亿元"), ("investment", "高瓴资本", "比亚迪", "30亿元")],
    ),
    case(
        "tw-for-provides",
        "中國信託為長榮提供融資新台幣30億元。",
        ["中國信託", "長榮"],
        [("新台幣30億元", 3e9, None)],
        exactly=[("fundraising", "長榮", "中國信託", "新台幣30億元")],
    ),
    case(
        "cn-for-provides-after-a-bank-name",
        "工商银行为宁德时代提供融资50亿元。",
        ["工商银行", "宁德时代"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "宁德时代", "工商银行", "50亿元")],
    ),
    case(
        "tw-for-provides-after-a-bank-name",
        "臺灣銀行為華碩提供融資新台幣25億元。",
        ["臺灣銀行", "華碩"],
        [("新台幣25億元", 2.5e9, None)],
        exactly=[("debt", "華碩", "臺灣銀行", "新台幣25億元")],
    ),
    case(
        "cn-behaviour-word-is-no-marker",
        "中国银行表示，其行为符合监管要求，将向宁德时代提供融资20亿元。",
        ["中国银行", "宁德时代"],
        [("20亿元", 2e9, None)],
        exactly=[("debt", "宁德时代", "中国银行", "20亿元")],
    ),
    case(
        "cn-receives-financing-from-a-bank",
        "远东新世纪获台湾银行融资20亿元。",
        ["远东新世纪", "台湾银行"],
        [("20亿元", 2e9, None)],
        exactly=[("debt", "远东新世纪", "台湾银行", "20亿元")],
    ),
    case(
        "tw-receives-financing-from-a-bank",
        "長榮海運獲得第一商業銀行融資新台幣30億元。",
        ["長榮海運", "第一商業銀行"],
        [("新台幣30億元", 3e9, None)],
        exactly=[("debt", "長榮海運", "第一商業銀行", "新台幣30億元")],
    ),
    case(
        "cn-receives-financing-from-an-investor",
        "蔚来获合肥建投融资70亿元。",
        ["蔚来", "合肥建投"],
        [("70亿元", 7e9, None)],
        # the devset2 convention: the round is the raiser's alone, the financier an investment
        exactly=[("fundraising", "蔚来", None, "70亿元"), ("investment", "合肥建投", "蔚来", "70亿元")],
    ),
    case(
        "tw-receives-financing-from-an-investor",
        "宏碁獲國發基金融資新台幣5億元。",
        ["宏碁", "國發基金"],
        [("新台幣5億元", 5e8, None)],
        exactly=[
            ("fundraising", "宏碁", None, "新台幣5億元"),
            ("investment", "國發基金", "宏碁", "新台幣5億元"),
        ],
    ),
    case(
        "cn-investor-raises-from-its-own-investors",
        "小米集团向红杉资本融资5亿美元。",
        ["小米集团", "红杉资本"],
        [("5亿美元", 5e8, None)],
        exactly=[("fundraising", "小米集团", "红杉资本", "5亿美元")],
    ),
    # X对Y融资 (no giving verb): as X对Y提供融资, Y raises and X finances
    case(
        "tw-finances-to",
        "輝達對xAI融資20億美元。",
        ["輝達", "xAI"],
        [("20億美元", 2e9, None)],
        exactly=[("fundraising", "xAI", None, "20億美元"), ("investment", "輝達", "xAI", "20億美元")],
    ),
    case(
        "cn-a-bank-finances-to",
        "华夏银行对万科融资30亿元。",
        ["华夏银行", "万科"],
        [("30亿元", 3e9, None)],
        exactly=[("debt", "万科", "华夏银行", "30亿元")],
    ),
    case(
        "cn-raises-with-a-partner-names-no-financier",
        "万科与招商蛇口融资50亿元。",
        ["万科", "招商蛇口"],
        [("50亿元", 5e9, None)],
        exactly=[("fundraising", "万科", None, "50亿元")],
    ),
    case(
        "cn-raises-from",
        "万科向招商银行融资50亿元。",
        ["招商银行", "万科"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "万科", "招商银行", "50亿元")],
    ),
    case(
        "tw-raises-from",
        "台達電向兆豐銀行融資新台幣40億元。",
        ["兆豐銀行", "台達電"],
        [("新台幣40億元", 4e9, None)],
        exactly=[("debt", "台達電", "兆豐銀行", "新台幣40億元")],
    ),
]


#: 由X提供…: the party 由 marks plays the giver's role (lessor, lender), not the subject's
GIVEN_BY = [
    case(
        "tw-lease-service-provided-by",
        "OpenAI與甲骨文簽署合約,由甲骨文提供AI運算基礎設施租賃服務,價值3000億美元。",
        ["OpenAI", "甲骨文"],
        [("3000億美元", 3e11, None)],
        exactly=[("lease", "OpenAI", "甲骨文", "3000億美元")],
    ),
    case(
        "cn-lease-provided-by",
        "蔚来汽车与远东宏信签约，由远东宏信提供设备租赁，金额8亿元。",
        ["蔚来汽车", "远东宏信"],
        [("8亿元", 8e8, None)],
        includes=[("lease", "蔚来汽车", "远东宏信", "8亿元")],  # (设备 also reads as a purchase: frames)
    ),
    case(
        "cn-loan-provided-by",
        "万科与招商银行签约，由招商银行提供贷款50亿元。",
        ["万科", "招商银行"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "万科", "招商银行", "50亿元")],
    ),
    case(
        "tw-loan-provided-by",
        "長榮與台灣銀行簽約,由台灣銀行提供貸款新台幣50億元。",
        ["長榮", "台灣銀行"],
        [("新台幣50億元", 5e9, None)],
        exactly=[("debt", "長榮", "台灣銀行", "新台幣50億元")],
    ),
    case(
        "cn-led-by-still-the-subjects-role",
        "小米由顺为资本领投。",
        ["小米", "顺为资本"],
        exactly=[("investment", "顺为资本", "小米", None)],
    ),
]


@pytest.mark.parametrize("c", GIVEN_FINANCING + GIVEN_BY)
def test_the_party_given_financing_raises(c: Case) -> None:
    c.check()
