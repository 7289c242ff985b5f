"""Loans: the borrower is the agent, the lender (the first-named arranger when several) the
counterparty, the other arrangers co-counterparties (devset2 convention). Sentences written for
these tests, both scripts."""

from __future__ import annotations

import pytest

from pipeline.nlp.deals import find_deals
from tests.nlp.deals.cases import VIEW, Case, amounts_of, case, mentions_of, no_deal, split_sentences

LOAN_LENDERS = [
    # a financing agreement (融资协议) signed with a bank: the bank lends, it raises nothing
    case(
        "tw-financing-agreement-with-bank",
        "恒基兆業地產與中國銀行（香港）訂立一項100億港元的融資協議。",
        ["恒基兆業地產", "中國銀行（香港）"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "恒基兆業地產", "中國銀行（香港）", "100億港元")],
    ),
    case(
        "cn-financing-agreement-with-banks",
        "嘉里建设与汇丰银行及渣打银行签订一项80亿港元的融资协议。",
        ["嘉里建设", "汇丰银行", "渣打银行"],
        [("80亿港元", 8e9, None)],
        exactly=[("debt", "嘉里建设", "汇丰银行", "80亿港元")],
    ),
    # counter rows: a financing agreement with a company, or a bank financing jointly with no
    # agreement, is no loan of that bank
    case(
        "tw-financing-agreement-with-company",
        "恒基兆業地產與新世界發展簽訂一項100億港元的融資協議。",
        ["恒基兆業地產", "新世界發展"],
        [("100億港元", 1e10, None)],
        exactly=[("fundraising", "恒基兆業地產", None, "100億港元")],
    ),
    case(
        "cn-joint-financing-with-bank",
        "嘉里建设与汇丰银行共同融资80亿港元。",
        ["嘉里建设", "汇丰银行"],
        [("80亿港元", 8e9, None)],
        exactly=[("fundraising", "嘉里建设", None, "80亿港元")],
    ),
    case(
        "cn-borrower-and-bank-list-form-syndicate",
        "华能国际和中国农业银行北京分行、交通银行北京分行等八家银行组成的银团签订了总额为50亿元银团贷款协议。",
        ["华能国际", "中国农业银行北京分行", "交通银行北京分行"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "华能国际", "中国农业银行北京分行", "50亿元")],
    ),
    case(
        "tw-bank-completes-borrowers-loan",
        "台新銀昨日完成遠東新世紀五年期、60億元的聯貸案。",
        ["台新銀", "遠東新世紀"],
        [("60億元", 6e9, None)],
        exactly=[("debt", "遠東新世紀", "台新銀", "60億元")],
    ),
    case(
        "cn-bank-completes-borrowers-loan",
        "招商银行日前完成比亚迪三年期、30亿元的银团贷款。",
        ["招商银行", "比亚迪"],
        [("30亿元", 3e9, None)],
        exactly=[("debt", "比亚迪", "招商银行", "30亿元")],
    ),
    case(
        "tw-arrangers-named-later",
        "台塑石化宣布與14家銀行簽署為期7年的300億元聯貸案。台塑石化與聯貸主辦銀行臺灣銀行、兆豐銀行及第一銀行合作完成此案。",
        ["台塑石化", "臺灣銀行", "兆豐銀行", "第一銀行"],
        [("300億元", 3e10, None)],
        exactly=[("debt", "台塑石化", "臺灣銀行", "300億元")],
    ),
    case(
        "cn-arranger-after-bank",
        "中芯国际与多家银行签订了80亿元银团贷款协议。该银团由中国银行上海分行担任主牵头行。",
        ["中芯国际", "中国银行上海分行"],
        [("80亿元", 8e9, None)],
        exactly=[("debt", "中芯国际", "中国银行上海分行", "80亿元")],
    ),
    case(
        "tw-bank-arranges-for-unnamed-borrower",
        "台北101大樓本月獲台灣銀行出手籌組高達200億元聯貸。此次聯貸案以台北金融大樓公司作為借款人。",
        ["台灣銀行", "台北金融大樓公司"],
        [("高達200億元", 2e10, None)],
        known_failure="作為借款人 (the borrower named by its role in a later sentence) is not read",
        includes=[("debt", "台北金融大樓公司", "台灣銀行", "高達200億元")],
    ),
    no_deal(
        "cn-bank-arranging-is-no-borrower",
        "该项目获中国银行牵头筹组200亿元银团贷款。",
        ["中国银行"],
        [("200亿元", 2e10, None)],
    ),
    case(
        "cn-bank-issues-its-own-bond",
        "中国银行成功发行300亿元金融债券。",
        ["中国银行"],
        [("300亿元", 3e10, None)],
        exactly=[("debt", "中国银行", None, "300亿元")],
    ),
    case(
        "cn-bank-before-a-bond-is-no-lender",
        "工商银行协助万科发行30亿元公司债券。",
        ["工商银行", "万科"],
        [("30亿元", 3e9, None)],
        exactly=[("debt", "万科", None, "30亿元")],
    ),
]


#: the arranger named in a clause or sentence of its own, by a role word or a closing verb
ARRANGERS_NAMED_APART = [
    case(
        "sg-sole-arranger-after-the-loan",
        "雲頂新加坡獲得15億新元定期貸款，星展銀行擔任唯一牽頭安排行兼簿記行。",
        ["雲頂新加坡", "星展銀行"],
        [("15億新元", 1.5e9, None)],
        exactly=[("debt", "雲頂新加坡", "星展銀行", "15億新元")],
    ),
    case(
        "cn-arranger-as-lead-and-agent",
        "国家电投海外公司获得15亿美元银团贷款，中国银行作为牵头行和代理行。",
        ["国家电投海外公司", "中国银行"],
        [("15亿美元", 1.5e9, None)],
        exactly=[("debt", "国家电投海外公司", "中国银行", "15亿美元")],
    ),
    case(
        "cn-syndicate-formed-next-sentence",
        "华润置地签订80亿港元银团贷款。该银团由中国银行（香港）牵头组建，共有12家银行参与。",
        ["华润置地", "中国银行（香港）"],
        [("80亿港元", 8e9, None)],
        exactly=[("debt", "华润置地", "中国银行（香港）", "80亿港元")],
    ),
    case(
        "hk-syndicate-formed-next-sentence",
        "華潤置地簽訂80億港元銀團貸款。該銀團由中國銀行（香港）牽頭組建，共有12家銀行參與。",
        ["華潤置地", "中國銀行（香港）"],
        [("80億港元", 8e9, None)],
        exactly=[("debt", "華潤置地", "中國銀行（香港）", "80億港元")],
    ),
    case(
        "cn-syndicate-led-by-a-bank",
        "华润置地与以中国银行为首的银团签订80亿港元贷款协议。",
        ["华润置地", "中国银行"],
        [("80亿港元", 8e9, None)],
        exactly=[("debt", "华润置地", "中国银行", "80亿港元")],
    ),
    case(
        "hk-syndicate-led-by-a-bank",
        "華潤置地與以中國銀行為首的銀團簽訂80億港元貸款協議。",
        ["華潤置地", "中國銀行"],
        [("80億港元", 8e9, None)],
        exactly=[("debt", "華潤置地", "中國銀行", "80億港元")],
    ),
    # counter-example: a bank named as the borrower's adviser is no lender
    case(
        "cn-adviser-is-no-arranger",
        "华润置地获得80亿港元银团贷款，中金公司担任财务顾问。",
        ["华润置地", "中金公司"],
        [("80亿港元", 8e9, None)],
        exactly=[("debt", "华润置地", None, "80亿港元")],
    ),
]


#: bonds: the issuer is the agent, nobody the counterparty — the arranger or underwriter lends
#: nothing, the registering association approves, the exchange only lists the bond
BOND_ISSUERS = [
    case(
        "cn-bond-arranger-is-no-lender",
        "深圳市政府在澳门发行22亿元离岸人民币地方政府绿色债券，由中国银行澳门分行担任牵头行。",
        ["深圳市政府", "中国银行澳门分行"],
        [("22亿元", 2.2e9, None)],
        exactly=[("debt", "深圳市政府", None, "22亿元")],
    ),
    case(
        "hk-bond-arranger-is-no-lender",
        "深圳市政府在澳門發行22億元離岸人民幣地方政府綠色債券，由中國銀行澳門分行擔任牽頭行。",
        ["深圳市政府", "中國銀行澳門分行"],
        [("22億元", 2.2e9, None)],
        exactly=[("debt", "深圳市政府", None, "22億元")],
    ),
    case(
        "sg-bond-listed-on-an-exchange",
        "工商銀行新加坡分行在新交所上市發行10億美元綠色債券。",
        ["工商銀行新加坡分行", "新交所"],
        [("10億美元", 1e9, None)],
        exactly=[("debt", "工商銀行新加坡分行", None, "10億美元")],
    ),
    case(
        "cn-bond-listed-on-an-exchange",
        "工商银行新加坡分行在新交所上市发行10亿美元绿色债券。",
        ["工商银行新加坡分行", "新交所"],
        [("10亿美元", 1e9, None)],
        exactly=[("debt", "工商银行新加坡分行", None, "10亿美元")],
    ),
    case(
        "cn-bond-registered-by-an-association",
        "招商局集团获中国银行间市场交易商协会注册发行100亿元绿色债券。",
        ["招商局集团", "中国银行间市场交易商协会"],
        [("100亿元", 1e10, None)],
        exactly=[("debt", "招商局集团", None, "100亿元")],
    ),
    case(
        "tw-bond-registered-by-an-association",
        "招商局集團獲中國銀行間市場交易商協會註冊發行100億元綠色債券。",
        ["招商局集團", "中國銀行間市場交易商協會"],
        [("100億元", 1e10, None)],
        exactly=[("debt", "招商局集團", None, "100億元")],
    ),
    case(
        "cn-bank-helps-the-issuer",
        "兴业银行助力福建高速集团发行20亿元绿色债券。",
        ["兴业银行", "福建高速集团"],
        [("20亿元", 2e9, None)],
        exactly=[("debt", "福建高速集团", None, "20亿元")],
    ),
    no_deal(
        "tw-bank-helps-an-unnamed-issuer",
        "興業銀行協助當地企業發行20億元綠色債券。",
        ["興業銀行"],
        [("20億元", 2e9, None)],
    ),
    no_deal(
        "cn-bank-helps-an-unnamed-issuer",
        "兴业银行帮助当地企业发行20亿元绿色债券。",
        ["兴业银行"],
        [("20亿元", 2e9, None)],
    ),
    # counter-example: a share listing stays the offering
    case(
        "hk-share-listing-stays",
        "蜜雪集團在港交所上市，發行新股募資35億港元。",
        ["蜜雪集團", "港交所"],
        [("35億港元", 3.5e9, None)],
        includes=[("fundraising", "蜜雪集團", None, "35億港元")],
    ),
]

#: lenders named after the loan's figure, in a clause of their own: by their role (贷款方为B、C /
#: 貸款銀行為B), by 由B提供, or by 由B…共同統籌主辦 after a 聯合授信案 (the syndicated credit of
#: Taiwan filings, the borrower its subject)
LENDERS_NAMED_AFTER = [
    case(
        "cn-lenders-by-role-after-figure",
        "远东宏信获得一笔总额50亿元的三年期银团贷款，贷款方为中国银行、交通银行和招商银行。",
        ["远东宏信", "中国银行", "交通银行", "招商银行"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "远东宏信", "中国银行", "50亿元")],
    ),
    case(
        "tw-lenders-by-role-after-figure",
        "遠東宏信取得一筆總額50億元的三年期貸款，貸款銀行為中國銀行及交通銀行，用於補充營運資金。",
        ["遠東宏信", "中國銀行", "交通銀行"],
        [("50億元", 5e9, None)],
        exactly=[("debt", "遠東宏信", "中國銀行", "50億元")],
    ),
    case(
        "cn-lender-provides-in-later-clause",
        "华能国际获得一笔30亿元的项目贷款，该笔贷款由国家开发银行提供，期限15年。",
        ["华能国际", "国家开发银行"],
        [("30亿元", 3e9, None)],
        exactly=[("debt", "华能国际", "国家开发银行", "30亿元")],
    ),
    case(
        "tw-lenders-provide-in-later-clause",
        "華能國際獲得一筆30億元的項目貸款，由國家開發銀行及中國農業銀行提供，期限15年。",
        ["華能國際", "國家開發銀行", "中國農業銀行"],
        [("30億元", 3e9, None)],
        exactly=[("debt", "華能國際", "國家開發銀行", "30億元")],
    ),
    case(
        "tw-syndicated-credit-leads-after",
        "遠東新世紀公告，完成總額度新台幣80億元之五年期聯合授信案，由臺灣銀行、土地銀行及彰化銀行共同統籌主辦，參貸銀行計11家。",
        ["遠東新世紀", "臺灣銀行", "土地銀行", "彰化銀行"],
        [("新台幣80億元", 8e9, None)],
        exactly=[("debt", "遠東新世紀", "臺灣銀行", "新台幣80億元")],
    ),
    case(
        "cn-syndicated-credit-no-lender",
        "远东新世纪完成新台币80亿元联合授信案，资金将用于偿还既有借款。",
        ["远东新世纪"],
        [("新台币80亿元", 8e9, None)],
        exactly=[("debt", "远东新世纪", None, "新台币80亿元")],
    ),
    case(
        "tw-syndicated-credit-bank-subject-lends",
        "臺灣銀行統籌主辦遠東新世紀新台幣80億元聯合授信案。",
        ["遠東新世紀", "臺灣銀行"],
        [("新台幣80億元", 8e9, None)],
        exactly=[("debt", "遠東新世紀", "臺灣銀行", "新台幣80億元")],
    ),
    case(
        "tw-coordinators-take-the-role-after",
        "港鐵公司宣布已與多家銀行簽訂總額100億港元的五年期銀團貸款，由中國銀行（香港）及滙豐擔任聯席協調行。",
        ["港鐵公司", "中國銀行（香港）", "滙豐"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "港鐵公司", "中國銀行（香港）", "100億港元")],
    ),
    case(
        "cn-lead-takes-the-role-after",
        "港铁公司获得100亿港元银团贷款，由中国银行（香港）担任牵头行。",
        ["港铁公司", "中国银行（香港）"],
        [("100亿港元", 1e10, None)],
        exactly=[("debt", "港铁公司", "中国银行（香港）", "100亿港元")],
    ),
    case(
        "cn-adviser-takes-no-lender-role",
        "港铁公司获得100亿港元银团贷款，由中信证券担任财务顾问。",
        ["港铁公司", "中信证券"],
        [("100亿港元", 1e10, None)],
        exactly=[("debt", "港铁公司", None, "100亿港元")],
    ),
    # lenders counted after the first named (向A等六家银行借款): the marked group lends, it is no
    # statistic over borrowers
    case(
        "cn-counted-lenders-marked",
        "中国石化向中国工商银行等六家银行借款120亿元。",
        ["中国石化", "中国工商银行"],
        [("120亿元", 1.2e10, None)],
        exactly=[("debt", "中国石化", "中国工商银行", "120亿元")],
    ),
    case(
        "tw-counted-lenders-marked",
        "中國石化向中國工商銀行等六家銀行借款共計120億元。",
        ["中國石化", "中國工商銀行"],
        [("120億元", 1.2e10, None)],
        exactly=[("debt", "中國石化", "中國工商銀行", "120億元")],
    ),
    no_deal(
        "cn-counted-raisers-are-a-statistic",
        "工大高科、华依科技等8家企业募资超过50亿元。",
        ["工大高科", "华依科技"],
        [("超过50亿元", 5e9, None)],
    ),
    # notes named by their security or coupon (无抵押票据, 次级票据)
    case(
        "cn-unsecured-notes",
        "比亚迪股份有限公司拟在境外发行不超过15亿美元的高级无抵押票据，票面利率待定。",
        ["比亚迪股份有限公司"],
        [("不超过15亿美元", 1.5e9, None)],
        exactly=[("debt", "比亚迪股份有限公司", None, "不超过15亿美元")],
    ),
    case(
        "tw-subordinated-notes",
        "新鴻基地產發行5億美元次級票據。",
        ["新鴻基地產"],
        [("5億美元", 5e8, None)],
        exactly=[("debt", "新鴻基地產", None, "5億美元")],
    ),
    # counter rows: a guarantor, or the borrower named by its role, in the later clause lends not
    case(
        "cn-guarantor-in-later-clause-lends-not",
        "华能国际获得一笔30亿元的项目贷款，由中国人寿担保，期限15年。",
        ["华能国际", "中国人寿"],
        [("30亿元", 3e9, None)],
        includes=[("debt", "华能国际", None, "30亿元")],
    ),
    case(
        "tw-borrower-by-role-lends-not",
        "華能國際獲得一筆30億元的項目貸款，借款方為其子公司華能山東。",
        ["華能國際", "華能山東"],
        [("30億元", 3e9, None)],
        exactly=[("debt", "華能國際", None, "30億元")],
    ),
]

#: a bank grants a credit line to a borrower introduced by its trade (核予面板廠X / 给予新能源车企X):
#: the descriptor between the giving word and the name leaves the borrower marked
CREDIT_TO_DESCRIBED = [
    case(
        "tw-credit-granted-to-described-borrower",
        "兆豐銀行昨日宣布，核予面板廠友達光電新台幣60億元綜合授信額度，期限五年。",
        ["兆豐銀行", "友達光電"],
        [("新台幣60億元", 6e9, None)],
        exactly=[("debt", "友達光電", "兆豐銀行", "新台幣60億元")],
    ),
    case(
        "tw-credit-granted-to-foundry",
        "兆豐銀行核予晶圓代工廠力積電新台幣80億元授信額度。",
        ["兆豐銀行", "力積電"],
        [("新台幣80億元", 8e9, None)],
        exactly=[("debt", "力積電", "兆豐銀行", "新台幣80億元")],
    ),
    case(
        "cn-credit-granted-to-carmaker",
        "招商银行给予新能源车企比亚迪200亿元综合授信额度，期限三年。",
        ["招商银行", "比亚迪"],
        [("200亿元", 2e10, None)],
        exactly=[("debt", "比亚迪", "招商银行", "200亿元")],
    ),
    case(
        "cn-credit-granted-to-developer",
        "工商银行给予房企万科100亿元授信额度。",
        ["工商银行", "万科"],
        [("100亿元", 1e10, None)],
        exactly=[("debt", "万科", "工商银行", "100亿元")],
    ),
    # counter row: a plant after the name (友達光電南科廠) is the borrower's own, no second party
    case(
        "tw-plant-after-borrower",
        "兆豐銀行核予友達光電南科廠新台幣60億元授信額度。",
        ["兆豐銀行", "友達光電"],
        [("新台幣60億元", 6e9, None)],
        exactly=[("debt", "友達光電", "兆豐銀行", "新台幣60億元")],
    ),
]

#: a deal word before a term noun (授信期間7年 / 贷款期限7年 / 租赁期限8年) labels the deal stated
#: before it: no second deal (with another bank of the list)
TERM_LABELLED = [
    case(
        "tw-credit-term-labels-the-loan",
        "華航昨日與兆豐銀行、土地銀行等8家銀行簽署新台幣150億元聯合授信案，由兆豐銀行擔任統籌主辦銀行，授信期間7年。",
        ["華航", "兆豐銀行", "土地銀行"],
        [("新台幣150億元", 1.5e10, None)],
        exactly=[("debt", "華航", "兆豐銀行", "新台幣150億元")],
    ),
    case(
        "cn-loan-term-labels-the-loan",
        "华航与兆丰银行、土地银行签署150亿元联合授信合约，贷款期限7年。",
        ["华航", "兆丰银行", "土地银行"],
        [("150亿元", 1.5e10, None)],
        exactly=[("debt", "华航", "兆丰银行", "150亿元")],
    ),
    case(
        "cn-lease-term-labels-the-lease",
        "金风科技与工银租赁开展融资租赁业务，融资金额5亿元，租赁期限8年。",
        ["金风科技", "工银租赁"],
        [("5亿元", 5e8, None)],
        exactly=[("lease", "金风科技", "工银租赁", "5亿元")],
    ),
    case(
        "tw-credit-term-after-bank-grant",
        "兆豐銀行給予華航新台幣150億元授信額度，授信期間7年。",
        ["兆豐銀行", "華航"],
        [("新台幣150億元", 1.5e10, None)],
        exactly=[("debt", "華航", "兆豐銀行", "新台幣150億元")],
    ),
]


@pytest.mark.parametrize(
    "c",
    LOAN_LENDERS
    + ARRANGERS_NAMED_APART
    + BOND_ISSUERS
    + LENDERS_NAMED_AFTER
    + CREDIT_TO_DESCRIBED
    + TERM_LABELLED,
)
def test_loan_lenders(c: Case) -> None:
    c.check()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "台塑石化宣布與14家銀行簽署為期7年的300億元聯貸案。台塑石化與聯貸主辦銀行臺灣銀行、兆豐銀行及第一銀行合作完成此案。",
            id="tw",
        ),
        pytest.param(
            "台塑石化宣布与14家银行签署为期7年的300亿元联贷案。台塑石化与联贷主办银行台湾银行、兆丰银行及第一银行合作完成此案。",
            id="cn",
        ),
    ],
)
def test_other_arrangers_are_co_counterparties(text: str) -> None:
    banks = ["臺灣銀行", "兆豐銀行", "第一銀行"] if "臺" in text else ["台湾银行", "兆丰银行", "第一银行"]
    amount = "300億元" if "億" in text else "300亿元"
    deals = find_deals(
        text,
        VIEW(text),
        split_sentences(text),
        amounts_of(text, [(amount, 3e10, None)]),
        [],
        [],
        mentions_of(text, ["台塑石化", *banks]),
    )
    assert [d.counterparty.text if d.counterparty else None for d in deals] == [banks[0]]
    assert [m.text for m in deals[0].co_counterparties] == banks[1:]
