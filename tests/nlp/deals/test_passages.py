"""Short passages of our own (2–4 sentences, both scripts): a deal stated across sentences through
an anaphor (該公司, 公司, 其, 雙方, 上述, 本次交易, 此次), the article's main company or an alias the
entity recogniser links, and restated later — one deal, with every sentence that restates it as
evidence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest

from pipeline.model.records import Deal, Mention
from pipeline.nlp.deals import ID_ORG, find_deals
from pipeline.text.sentences import split_sentences
from tests.nlp.deals.cases import VIEW, AmountSpec, Summary, amounts_of, mentions_of, run, summary


@dataclass(frozen=True)
class Passage:
    text: str
    orgs: tuple[str, ...]
    amounts: tuple[AmountSpec, ...]
    exactly: tuple[Summary, ...]
    #: how many evidence sentences each deal has (None: not checked)
    evidence: tuple[int, ...] | None
    #: surface → the name it is an alias of (the recogniser links them to one IRI)
    aliases: tuple[tuple[str, str], ...]

    def deals(self) -> list[Deal]:
        mentions = mentions_of(self.text, [*self.orgs, *(a for a, _ in self.aliases)])
        linked = dict(self.aliases)
        mentions = [
            Mention(m.start, m.end, m.text, ID_ORG + VIEW(linked[m.text]).casefold(), m.type)
            if m.text in linked
            else m
            for m in mentions
        ]
        return find_deals(
            self.text,
            VIEW(self.text),
            split_sentences(self.text),
            amounts_of(self.text, self.amounts),
            [],
            [],
            mentions,
        )


def passage(
    id: str,
    text: str,
    orgs: Sequence[str],
    amounts: Sequence[AmountSpec] = (),
    *,
    exactly: Sequence[Summary],
    evidence: Sequence[int] | None = None,
    aliases: Sequence[tuple[str, str]] = (),
    known_failure: str | None = None,
) -> object:
    p = Passage(
        text,
        tuple(orgs),
        tuple(amounts),
        tuple(exactly),
        None if evidence is None else tuple(evidence),
        tuple(aliases),
    )
    marks = [pytest.mark.xfail(strict=True, reason=known_failure)] if known_failure else []
    return pytest.param(p, id=id, marks=marks)


COMPANY_ANAPHORS = [
    passage(
        "tw-the-company-after-its-board",
        "遠東新世紀今日召開董事會。該公司決議以15億元收購亞東工業氣體全部股權。",
        ["遠東新世紀", "亞東工業氣體"],
        [("15億元", 1.5e9, None)],
        exactly=[("acquisition", "遠東新世紀", "亞東工業氣體", "15億元")],
    ),
    passage(
        "cn-the-company-after-its-announcement",
        "华润电力昨晚发布公告。该公司拟以8亿元收购山东鲁能风电100%股权。",
        ["华润电力", "山东鲁能风电"],
        [("8亿元", 8e8, None)],
        exactly=[("acquisition", "华润电力", "山东鲁能风电", "8亿元")],
    ),
    passage(
        "tw-bare-company-after-announcer",
        "聯發科今日公告,公司董事會通過以3億美元增資印度子公司聯發科印度。",
        ["聯發科", "聯發科印度"],
        [("3億美元", 3e8, None)],
        exactly=[("investment", "聯發科", "聯發科印度", "3億美元")],
    ),
    passage(
        "cn-bare-company-next-sentence",
        "海尔智家发布公告。公司拟以5亿元向海尔生物医疗增资。",
        ["海尔智家", "海尔生物医疗"],
        [("5亿元", 5e8, None)],
        exactly=[("investment", "海尔智家", "海尔生物医疗", "5亿元")],
    ),
    passage(
        "tw-its-raise",
        "中芯國際昨日在科創板掛牌。其本次募集資金總額達532億元。",
        ["中芯國際"],
        [("532億元", 5.32e10, None)],
        exactly=[("fundraising", "中芯國際", None, "532億元")],
    ),
    passage(
        "cn-it-borrows",
        "万科今日披露融资进展。其已与中国银行签署银团贷款协议，贷款金额为60亿元。",
        ["万科", "中国银行"],
        [("60亿元", 6e9, None)],
        exactly=[("debt", "万科", "中国银行", "60亿元")],
    ),
]

COMPANY_ANAPHORS += [
    passage(
        "tw-it-borrows",
        "長榮航空昨日召開法說會。其已與台灣銀行簽訂聯貸合約,貸款金額為新台幣120億元。",
        ["長榮航空", "台灣銀行"],
        [("新台幣120億元", 1.2e10, None)],
        exactly=[("debt", "長榮航空", "台灣銀行", "新台幣120億元")],
    ),
    passage(
        "cn-its-raise",
        "寒武纪今日在科创板上市。其募集资金总额为25.8亿元。",
        ["寒武纪"],
        [("25.8亿元", 2.58e9, None)],
        exactly=[("fundraising", "寒武纪", None, "25.8亿元")],
    ),
]

DEAL_UNDER_DISCUSSION = [
    passage(
        "cn-this-transaction-price",
        "美的集团拟收购库卡机器人全部股份。本次交易对价约为40亿欧元。",
        ["美的集团", "库卡机器人"],
        [("约为40亿欧元", 4e9, None)],
        exactly=[("acquisition", "美的集团", "库卡机器人", "约为40亿欧元")],
        evidence=[2],
    ),
    passage(
        "tw-this-transaction-price",
        "富邦金控宣布收購日盛金控。本次交易總金額約新台幣260億元。",
        ["富邦金控", "日盛金控"],
        [("約新台幣260億元", 2.6e10, None)],
        exactly=[("acquisition", "富邦金控", "日盛金控", "約新台幣260億元")],
        evidence=[2],
    ),
    passage(
        "tw-this-time-issue-size",
        "台灣電力公司今日完成綠色債券發行。此次發行金額為新台幣80億元,期限5年。",
        ["台灣電力公司"],
        [("新台幣80億元", 8e9, None)],
        exactly=[("debt", "台灣電力公司", None, "新台幣80億元")],
        evidence=[2],
    ),
    passage(
        "cn-this-time-round-size",
        "蔚来汽车宣布完成新一轮融资，由合肥建投领投。此次融资金额为70亿元。",
        ["蔚来汽车", "合肥建投"],
        [("70亿元", 7e9, None)],
        exactly=[("fundraising", "蔚来汽车", None, "70亿元"), ("investment", "合肥建投", "蔚来汽车", None)],
        evidence=[2, 1],
    ),
    passage(
        "tw-the-above-order",
        "長榮海運向三星重工採購10艘貨櫃船。上述訂單總金額約15億美元。",
        ["長榮海運", "三星重工"],
        [("約15億美元", 1.5e9, None)],
        exactly=[("purchase", "長榮海運", "三星重工", "約15億美元")],
        evidence=[2],
    ),
    passage(
        "cn-the-above-acquisition",
        "吉利汽车收购宝腾汽车49.9%股权。上述收购金额约为12亿元。",
        ["吉利汽车", "宝腾汽车"],
        [("约为12亿元", 1.2e9, None)],
        exactly=[("acquisition", "吉利汽车", "宝腾汽车", "约为12亿元")],
        evidence=[2],
    ),
]

DEAL_UNDER_DISCUSSION += [
    passage(
        "cn-this-time-issue-size",
        "国家电网今日完成中期票据发行。此次发行规模为50亿元，期限3年。",
        ["国家电网"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "国家电网", None, "50亿元")],
        evidence=[2],
    ),
    passage(
        "tw-the-above-transaction",
        "統一企業將收購家樂福台灣全部股權。上述交易金額約新台幣290億元。",
        ["統一企業", "家樂福台灣"],
        [("約新台幣290億元", 2.9e10, None)],
        exactly=[("acquisition", "統一企業", "家樂福台灣", "約新台幣290億元")],
        evidence=[2],
    ),
    passage(
        "cn-that-transaction",
        "中国平安拟增持汇丰控股股份。该笔交易金额约为15亿美元。",
        ["中国平安", "汇丰控股"],
        [("约为15亿美元", 1.5e9, None)],
        exactly=[("other", "中国平安", "汇丰控股", "约为15亿美元")],
        evidence=[2],
    ),
    passage(
        "cn-another-figure-of-the-deal-is-no-restatement",
        "美的集团以40亿欧元收购库卡机器人。本次交易首期付款为8亿欧元。",
        ["美的集团", "库卡机器人"],
        [("40亿欧元", 4e9, None), ("8亿欧元", 8e8, None)],
        exactly=[("acquisition", "美的集团", "库卡机器人", "40亿欧元")],
    ),
]

DEAL_UNDER_DISCUSSION += [
    passage(
        "cn-that-transaction-without-figure",
        "联想集团宣布以12亿美元收购摩托罗拉。这笔交易预计明年完成。",
        ["联想集团", "摩托罗拉"],
        [("12亿美元", 1.2e9, None)],
        exactly=[("acquisition", "联想集团", "摩托罗拉", "12亿美元")],
        evidence=[2],
    ),
    passage(
        "tw-that-transaction-without-figure",
        "聯想集團宣布以12億美元收購摩托羅拉。這筆交易已獲監管機構批准。",
        ["聯想集團", "摩托羅拉"],
        [("12億美元", 1.2e9, None)],
        exactly=[("acquisition", "聯想集團", "摩托羅拉", "12億美元")],
        evidence=[2],
    ),
    passage(
        "cn-this-transaction-commented-by-another",
        "联想集团宣布以12亿美元收购摩托罗拉。华为则表示，本次交易不会影响其业务。",
        ["联想集团", "摩托罗拉", "华为"],
        [("12亿美元", 1.2e9, None)],
        exactly=[("acquisition", "联想集团", "摩托罗拉", "12亿美元")],
        evidence=[2],
    ),
    passage(
        "tw-that-loan-figure",
        "國泰世華銀行擔任統籌主辦行,為台泥籌組聯貸案。本次聯貸金額為新台幣200億元。",
        ["國泰世華銀行", "台泥"],
        [("新台幣200億元", 2e10, None)],
        exactly=[("debt", "台泥", "國泰世華銀行", "新台幣200億元")],
        evidence=[2],
    ),
    passage(
        "cn-that-loan-figure",
        "中信银行为华夏幸福提供贷款。该笔贷款金额为20亿元。",
        ["中信银行", "华夏幸福"],
        [("20亿元", 2e9, None)],
        exactly=[("debt", "华夏幸福", "中信银行", "20亿元")],
        evidence=[2],
    ),
    passage(
        "cn-this-investment-without-figure",
        "宁德时代宣布在匈牙利投资73亿欧元建设电池工厂。此次投资是宁德时代在欧洲最大的一笔投资。",
        ["宁德时代"],
        [("73亿欧元", 7.3e9, None)],
        exactly=[("capex", "宁德时代", None, "73亿欧元")],
        evidence=[2],
    ),
]

DEAL_UNDER_DISCUSSION += [
    passage(
        "cn-the-above-counted-deals-total",
        "腾讯向京东投资。上述三项投资总额达50亿美元。",
        ["腾讯", "京东"],
        [("50亿美元", 5e10, None)],
        exactly=[("investment", "腾讯", "京东", None)],
        evidence=[1],
    ),
    passage(
        "tw-the-above-counted-deals-total",
        "騰訊向京東投資。上述兩筆交易合計金額達50億美元。",
        ["騰訊", "京東"],
        [("50億美元", 5e10, None)],
        exactly=[("investment", "騰訊", "京東", None)],
        evidence=[1],
    ),
]

BOTH_PARTIES = [
    passage(
        "tw-both-sign-supply",
        "台達電與施耐德電機今日達成合作。雙方簽署供貨協議,由台達電向施耐德電機採購電源模組,金額約2億美元。",
        ["台達電", "施耐德電機"],
        [("約2億美元", 2e8, None)],
        exactly=[("purchase", "台達電", "施耐德電機", "約2億美元")],
    ),
    passage(
        "cn-both-sign-amount",
        "宁德时代与蔚来汽车今日签署战略合作协议。双方协议金额约为30亿元。",
        ["宁德时代", "蔚来汽车"],
        [("约为30亿元", 3e9, None)],
        exactly=[("agreement", "宁德时代", "蔚来汽车", "约为30亿元")],
    ),
]

BOTH_PARTIES += [
    passage(
        "tw-both-agreement-amount",
        "廣達與輝達今日簽署合作協議。雙方協議金額約5億美元。",
        ["廣達", "輝達"],
        [("約5億美元", 5e8, None)],
        exactly=[("agreement", "廣達", "輝達", "約5億美元")],
        evidence=[2],
    ),
]

BOTH_PARTIES += [
    passage(
        "tw-the-two-companies-sign",
        "本田與LG新能源今日宣布合作。兩家公司簽署合資協議,金額44億美元。",
        ["本田", "LG新能源"],
        [("44億美元", 4.4e9, None)],
        exactly=[("agreement", "本田", "LG新能源", "44億美元")],
        evidence=[2],
    ),
    passage(
        "cn-the-two-companies-sign",
        "现代汽车与SK On今日宣布合作。两家公司签署合资协议，金额50亿美元。",
        ["现代汽车", "SK On"],
        [("50亿美元", 5e9, None)],
        exactly=[("agreement", "现代汽车", "SK On", "50亿美元")],
        evidence=[2],
    ),
    passage(
        "tw-the-two-companies-say-nothing",
        "台積電與索尼昨日會面。兩家公司均未透露細節。",
        ["台積電", "索尼"],
        exactly=[],
    ),
]

MAIN_COMPANY = [
    passage(
        "cn-zero-subject-after-announcement",
        "广汽集团发布公告。拟以30亿元认购广汽埃安新增注册资本。",
        ["广汽集团", "广汽埃安"],
        [("30亿元", 3e9, None)],
        exactly=[("investment", "广汽集团", "广汽埃安", "30亿元")],
    ),
    passage(
        "tw-zero-subject-after-announcement",
        "鴻海昨日發布重訊。擬以8億美元取得夏普新增股份。",
        ["鴻海", "夏普"],
        [("8億美元", 8e8, None)],
        exactly=[("acquisition", "鴻海", "夏普", "8億美元")],
    ),
]

COMPANY_ANAPHORS += [
    passage(
        "tw-bare-company-after-board",
        "台積電董事會今日召開。公司將以50億美元增資台積電亞利桑那。",
        ["台積電", "台積電亞利桑那"],
        [("50億美元", 5e9, None)],
        exactly=[("investment", "台積電", "台積電亞利桑那", "50億美元")],
    ),
    passage(
        "tw-the-group",
        "長江實業集團昨日公布業績。該集團以20億英鎊收購英國電網公司UKPN。",
        ["長江實業集團", "UKPN"],
        [("20億英鎊", 2e9, None)],
        exactly=[("acquisition", "長江實業集團", "UKPN", "20億英鎊")],
    ),
    passage(
        "cn-the-group",
        "长江实业集团昨日公布业绩。该集团以20亿英镑收购英国电网公司UKPN。",
        ["长江实业集团", "UKPN"],
        [("20亿英镑", 2e9, None)],
        exactly=[("acquisition", "长江实业集团", "UKPN", "20亿英镑")],
    ),
]

COMPANY_ANAPHORS += [
    passage(
        "cn-the-company-after-a-marker",
        "海尔智家发布公告。其子公司海尔新能源拟投资建设储能电站，并与公司签署合作协议。",
        ["海尔智家", "海尔新能源"],
        exactly=[("agreement", "海尔新能源", "海尔智家", None)],
    ),
    passage(
        "tw-the-company-after-a-marker",
        "聯發科發布公告。子公司聯發創投擬以5億元向公司購買廠房。",
        ["聯發科", "聯發創投"],
        [("5億元", 5e8, None)],
        exactly=[("purchase", "聯發創投", "聯發科", "5億元")],
    ),
    # X宣布 (Hong Kong and Taiwan announcements) makes X the announcing company 公司 refers to
    passage(
        "tw-announced-company-after-a-marker",
        "恒基兆業地產宣布，中國銀行（香港）同意向公司提供100億港元的定期貸款融資。",
        ["恒基兆業地產", "中國銀行（香港）"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "恒基兆業地產", "中國銀行（香港）", "100億港元")],
    ),
    passage(
        "cn-announced-company-after-a-marker",
        "凯德投资宣布，星展银行同意向公司提供5亿新元的绿色贷款。",
        ["凯德投资", "星展银行"],
        [("5亿新元", 5e8, None)],
        exactly=[("debt", "凯德投资", "星展银行", "5亿新元")],
    ),
    # X与Y签约，X将承建其…项目: 其 in the object names the partner, not the subject itself
    passage(
        "cn-its-project-is-the-partners",
        "中国建筑与沙特公共投资基金签署合作协议。双方约定，中国建筑将承建其在利雅得的住宅项目，合同金额约30亿美元。",
        ["中国建筑", "沙特公共投资基金"],
        [("约30亿美元", 3e9, None)],
        exactly=[("purchase", "沙特公共投资基金", "中国建筑", "约30亿美元")],
    ),
    passage(
        "tw-its-project-is-the-partners",
        "中鼎工程與台塑石化簽署合作協議，中鼎工程將承建其在麥寮的新廠工程，合約金額約新台幣80億元。",
        ["中鼎工程", "台塑石化"],
        [("約新台幣80億元", 8e9, None)],
        exactly=[("purchase", "台塑石化", "中鼎工程", "約新台幣80億元")],
    ),
    # counter row: 其持有的 after a sale verb is the subject's own holding
    passage(
        "cn-its-holding-is-the-subjects",
        "格力集团与珠海国资签署合作协议。格力集团拟转让其持有的格力电器15%股份，受让方为珠海明骏，转让价款为416.62亿元。",
        ["格力集团", "珠海国资", "格力电器", "珠海明骏"],
        [("416.62亿元", 4.1662e10, None)],
        exactly=[
            ("agreement", "格力集团", "珠海国资", None),
            ("acquisition", "珠海明骏", "格力集团", "416.62亿元"),
        ],
    ),
    # counter row: with nobody announcing, 公司 after a marker names no party
    passage(
        "cn-no-announcer-company-after-a-marker",
        "据悉，星展银行同意向公司提供5亿新元的绿色贷款。",
        ["星展银行"],
        [("5亿新元", 5e8, None)],
        exactly=[],
    ),
]

#: X拟投资建设…，预计总投资N，并与Y签署协议: the build-out is X's own, the contract with Y its own deal
OWN_BUILD_AND_CONTRACT = [
    passage(
        "cn-own-build-and-a-contract",
        "隆基绿能拟投资建设光伏电站，预计总投资约3亿元，并与华能集团签署合作协议。",
        ["隆基绿能", "华能集团"],
        [("约3亿元", 3e8, None)],
        exactly=[("capex", "隆基绿能", None, "约3亿元"), ("agreement", "隆基绿能", "华能集团", None)],
    ),
    passage(
        "tw-own-build-and-a-contract",
        "台達電擬投資興建儲能電站,預計總投資約新台幣5億元,並與台電簽署合作協議。",
        ["台達電", "台電"],
        [("約新台幣5億元", 5e8, None)],
        exactly=[("capex", "台達電", None, "約新台幣5億元"), ("agreement", "台達電", "台電", None)],
    ),
]

MAIN_COMPANY += [
    passage(
        "tw-zero-subject-plans",
        "大聯大今日公告董事會決議。將以2億美元增資新加坡子公司大聯大新加坡。",
        ["大聯大", "大聯大新加坡"],
        [("2億美元", 2e8, None)],
        exactly=[("investment", "大聯大", "大聯大新加坡", "2億美元")],
    ),
    passage(
        "cn-zero-subject-decides",
        "三一重工昨晚披露董事会决议。决定以6亿元收购三一智矿51%股权。",
        ["三一重工", "三一智矿"],
        [("6亿元", 6e8, None)],
        exactly=[("acquisition", "三一重工", "三一智矿", "6亿元")],
    ),
]

RESTATED = [
    passage(
        "tw-restated-with-rounding",
        "微軟宣布向OpenAI投資100億美元。微軟對OpenAI約100億美元的投資已於上月完成。",
        ["微軟", "OpenAI"],
        [("100億美元", 1e10, None), ("約100億美元", 1e10, None)],
        exactly=[("investment", "微軟", "OpenAI", "100億美元")],
        evidence=[2],
    ),
    passage(
        "cn-restated-later-in-the-passage",
        "比亚迪拟以20亿元收购弗迪电池少数股权。公司表示，交易完成后将持有其全部股权。比亚迪此次收购弗迪电池的资金来自自有资金。",
        ["比亚迪", "弗迪电池"],
        [("20亿元", 2e9, None)],
        exactly=[("acquisition", "比亚迪", "弗迪电池", "20亿元")],
        evidence=[2],
    ),
    passage(
        "tw-restated-by-an-alias",
        "台灣積體電路製造股份有限公司(下稱台積電)宣布以35億美元增資美國子公司TSMC Arizona。"
        "台積電此次增資TSMC Arizona的35億美元將用於建廠。",
        ["台灣積體電路製造股份有限公司", "TSMC Arizona"],
        [("35億美元", 3.5e9, None)],
        exactly=[("investment", "台灣積體電路製造股份有限公司", "TSMC Arizona", "35億美元")],
        evidence=[2],
        aliases=[("台積電", "台灣積體電路製造股份有限公司")],
    ),
    passage(
        "cn-restated-by-an-alias",
        "腾讯控股有限公司(以下简称腾讯)宣布向蔚来汽车投资10亿美元。腾讯本轮对蔚来汽车的投资已获批准。",
        ["腾讯控股有限公司", "蔚来汽车"],
        [("10亿美元", 1e9, None)],
        exactly=[("investment", "腾讯控股有限公司", "蔚来汽车", "10亿美元")],
        evidence=[2],
        aliases=[("腾讯", "腾讯控股有限公司")],
    ),
]


@pytest.mark.parametrize(
    "p",
    [
        *COMPANY_ANAPHORS,
        *DEAL_UNDER_DISCUSSION,
        *BOTH_PARTIES,
        *MAIN_COMPANY,
        *RESTATED,
        *OWN_BUILD_AND_CONTRACT,
    ],
)
def test_a_passage_states_its_deals(p: Passage) -> None:
    deals = p.deals()
    linked = dict(p.aliases)  # an alias stands for its full name (one IRI)
    got = [
        (t, linked.get(a, a) if a else a, linked.get(c, c) if c else c, amount)
        for t, a, c, amount in summary(deals)
    ]
    assert got == list(p.exactly)
    if p.evidence is not None:
        assert [len(d.evidence) for d in deals] == list(p.evidence)


@pytest.mark.parametrize(
    ("text", "orgs", "amounts"),
    [
        pytest.param(
            "輝達與xAI簽約,輝達向xAI投資20億美元。",
            ["輝達", "xAI"],
            [("20億美元", 2e9, None)],
            id="tw-pair-then-deal",
        ),
        pytest.param(
            "腾讯与京东合作，腾讯向京东投资5亿美元。",
            ["腾讯", "京东"],
            [("5亿美元", 5e8, None)],
            id="cn-pair-then-deal",
        ),
    ],
)
def test_no_party_is_its_own_deals_co_agent(text: str, orgs: list[str], amounts: list[AmountSpec]) -> None:
    for d in run(text, orgs, amounts):
        roles = {m.iri for m in (d.agent, d.counterparty) if m is not None}
        assert not roles & {m.iri for m in d.co_agents}
