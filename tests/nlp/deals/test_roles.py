"""Who plays which role: role-marking words, verb position, lists of parties, people and media."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, run, summary

MARKED_PARTIES = [
    # a descriptor between the preposition and the name (参与关联企业X的增资, 对安徽X发起要约)
    case(
        "tw-descriptor-after-participate",
        "華邦電董事會通過參與關聯企業新唐的現金增資,投入金額上限5億元。",
        ["華邦電", "新唐"],
        [("5億元", 5e8, None)],
        includes=[("investment", "華邦電", "新唐", "5億元")],
    ),
    case(
        "cn-place-descriptor-after-towards",
        "光明乳业拟对上海 妙可蓝多 食品股份有限公司 妙可蓝多 发起部分要约收购。",
        ["光明乳业", "妙可蓝多"],
        includes=[("acquisition", "光明乳业", "妙可蓝多", None)],
    ),
    # 其 + a role noun + a name (向其保荐人X收购): X is the party, 其 only says whose; a sponsor
    # named after 向/从 is a seller, not the offering's serving sponsor
    case(
        "sg-from-its-sponsor-hans",
        "丰树工业信托宣布，以6.2亿新元向其保荐人丰树投资收购五座数据中心。",
        ["丰树工业信托", "丰树投资"],
        [("6.2亿新元", 6.2e8, None)],
        includes=[("acquisition", "丰树工业信托", "丰树投资", "6.2亿新元")],
    ),
    case(
        "hk-from-its-sponsor-hant",
        "置富產業信託宣布，以42億港元向其保薦人長江實業收購兩座商場。",
        ["置富產業信託", "長江實業"],
        [("42億港元", 4.2e9, None)],
        includes=[("acquisition", "置富產業信託", "長江實業", "42億港元")],
    ),
    case(
        "sg-from-the-sponsor-hant",
        "吉寶房地產信託以8.5億新元從保薦人吉寶集團購入一座辦公大樓。",
        ["吉寶房地產信託", "吉寶集團"],
        [("8.5億新元", 8.5e8, None)],
        includes=[("purchase", "吉寶房地產信託", "吉寶集團", "8.5億新元")],
    ),
    case(
        "cn-from-its-founder-hans",
        "宏达股份拟以3亿元向其发起人华信投资有限公司收购一家医院。",
        ["宏达股份", "华信投资有限公司"],
        [("3亿元", 3e8, None)],
        includes=[("acquisition", "宏达股份", "华信投资有限公司", "3亿元")],
    ),
    case(
        "tw-from-a-shipowner-hant",
        "陽明海運宣布向日本船東正榮汽船購買三艘二手貨櫃船，交易總金額約1.5億美元。",
        ["陽明海運", "正榮汽船"],
        [("約1.5億美元", 1.5e8, None)],
        includes=[("purchase", "陽明海運", "正榮汽船", "約1.5億美元")],
    ),
    case(
        "cn-from-a-shipowner-hans",
        "中远海控宣布向希腊船东德纳航运购买三艘二手集装箱船，交易总金额约1.5亿美元。",
        ["中远海控", "德纳航运"],
        [("约1.5亿美元", 1.5e8, None)],
        includes=[("purchase", "中远海控", "德纳航运", "约1.5亿美元")],
    ),
    # the serving sponsor of an offering stays out of the deal
    case(
        "hk-offering-sponsor-serves-hant",
        "宏達股份擬在港交所上市，集資10億港元，由中金公司擔任保薦人。",
        ["宏達股份", "港交所", "中金公司"],
        [("10億港元", 1e9, None)],
        exactly=[("fundraising", "宏達股份", None, "10億港元")],
    ),
    case(
        "cn-offering-sponsor-after-label-hans",
        "宏达股份拟在科创板上市，募资10亿元，保荐人中信证券。",
        ["宏达股份", "中信证券"],
        [("10亿元", 1e9, None)],
        exactly=[("fundraising", "宏达股份", None, "10亿元")],
    ),
    # X提供的借款: X lends; a 将-clause holds no subject; the funds are the figure just named
    case(
        "cn-lender-owns-the-loan-it-provides",
        "万华化学将3亿元保证金存入 中登公司 指定账户,资金来源于控股股东 万华实业 提供的借款。",
        ["万华化学", "中登公司", "万华实业"],
        [("3亿元", 3e8, None)],
        includes=[("debt", "万华化学", "万华实业", "3亿元")],
    ),
    # 获准 is approval, not receipt: the approved company invests
    case(
        "tw-approved-is-no-receipt",
        "聯發科昨日獲准以3億美元投資新加坡子公司MediaTek SG。",
        ["聯發科", "MediaTek SG"],
        [("3億美元", 3e8, None)],
        includes=[("investment", "聯發科", "MediaTek SG", "3億美元")],
    ),
    # a party name is no hedge (希望 in 希望集團); 由X承購: X takes up the rights shares
    case(
        "tw-underwriter-named-by-you",
        "新華文軒供股集資3億元,餘下供股股份由希望集團承購。",
        ["新華文軒", "希望集團"],
        [("3億元", 3e8, None)],
        includes=[("investment", "希望集團", "新華文軒", None)],
    ),
    # the founders in a relative clause only describe the company (其与X合作成立的Y)
    case(
        "cn-founders-in-relative-clause",
        "远景能源宣布,其与中广核合作成立的项目公司“乌兰察布新能源公司”将兴建一座500兆瓦风电场。",
        ["远景能源", "中广核", "乌兰察布新能源公司"],
        capacities=[("500兆瓦", 5e8)],
        includes=[("capex", "乌兰察布新能源公司", None, None)],
    ),
    # X的主要竞争对手Y: 对 in 对手 is no preposition; the investor stays X
    case(
        "tw-rival-is-no-preposition",
        "輝達先前承諾投資OpenAI千億美元,此時又入股OpenAI的主要競爭對手xAI。",
        ["輝達", "OpenAI", "xAI"],
        [("千億美元", 1e11, None)],
        includes=[("investment", "輝達", "xAI", None)],
    ),
    # a wish governs only up to a new assertion (所以/因此 …)
    case(
        "tw-wish-reset-by-therefore",
        "微軟希望擴大算力供應，因此，微軟向甲骨文租用資料中心，合約總值50億美元。",
        ["微軟", "甲骨文"],
        [("50億美元", 5e9, None)],
        includes=[("lease", "微軟", "甲骨文", "50億美元")],
    ),
]


#: the board stands for its company (同日董事会亦通过，向Y申请…), and a company approving with no
#: object (X亦通过，…) resolves its own act; an approval by someone else (经Z核准) keeps Z out
BOARD_RESOLUTIONS = [
    case(
        "tw-board-resolves-a-loan",
        "陽明海運昨日公告擴建船隊。同日董事會亦通過，向第一銀行申請新台幣120億元聯合授信。",
        ["陽明海運", "第一銀行"],
        [("新台幣120億元", 1.2e10, None)],
        includes=[("debt", "陽明海運", "第一銀行", "新台幣120億元")],
    ),
    case(
        "cn-board-resolves-a-loan",
        "中远海控昨日公告扩建船队。同日董事会亦通过，向中国银行申请120亿元银团贷款。",
        ["中远海控", "中国银行"],
        [("120亿元", 1.2e10, None)],
        includes=[("debt", "中远海控", "中国银行", "120亿元")],
    ),
    case(
        "tw-company-approves-its-own-loan",
        "陽明海運昨日公告擴建船隊。公司亦同意，向華南銀行借款新台幣30億元。",
        ["陽明海運", "華南銀行"],
        [("新台幣30億元", 3e9, None)],
        includes=[("debt", "陽明海運", "華南銀行", "新台幣30億元")],
    ),
    case(
        "cn-board-decides-an-investment",
        "宁德时代晚间公告，董事会决定以自有资金向时代匈牙利新能源科技有限公司增资8亿欧元。",
        ["宁德时代", "时代匈牙利新能源科技有限公司"],
        [("8亿欧元", 8e8, None)],
        includes=[("investment", "宁德时代", "时代匈牙利新能源科技有限公司", "8亿欧元")],
    ),
    # the chairman of the board speaks: no board, no company in his words' deal but his company's
    case(
        "cn-board-chairman-is-no-board",
        "中远海控董事会主席万敏表示，公司将向中国银行申请120亿元贷款。",
        ["中远海控", "中国银行"],
        [("120亿元", 1.2e10, None)],
        exactly=[("debt", "中远海控", "中国银行", "120亿元")],
    ),
    case(
        "tw-approved-by-the-ministry-stays-out",
        "台塑將在麥寮興建兩座新廠。項目去年經經濟部核准，項目總投資為90億元。",
        ["台塑", "經濟部"],
        [("90億元", 9e9, None)],
        includes=[("capex", "台塑", None, "90億元")],
    ),
]


#: a bond, note or tranche has its issuer only: the arranger, the underwriter and the venue of the
#: issue are no counterparty (a loan's lead arranger lends, and stays its counterparty)
MARKET_ISSUES = [
    case(
        "my-note-arranger-hans",
        "云顶集团计划发行最高20亿令吉的中期票据，首批5亿令吉将于下月发售，由兴业投资银行担任主要安排行。",
        ["云顶集团", "兴业投资银行"],
        [("最高20亿令吉", 2e9, None), ("5亿令吉", 5e8, None)],
        exactly=[("debt", "云顶集团", None, "最高20亿令吉"), ("debt", "云顶集团", None, "5亿令吉")],
    ),
    case(
        "my-note-arranger-hant",
        "雲頂集團計劃發行最高20億令吉的中期票據，由興業投資銀行擔任主要安排行。",
        ["雲頂集團", "興業投資銀行"],
        [("最高20億令吉", 2e9, None)],
        exactly=[("debt", "雲頂集團", None, "最高20億令吉")],
    ),
    case(
        "cn-bond-venue-and-underwriter-hans",
        "国家开发银行在上海清算所发行80亿元绿色金融债券，由工商银行担任主承销商。",
        ["国家开发银行", "上海清算所", "工商银行"],
        [("80亿元", 8e9, None)],
        exactly=[("debt", "国家开发银行", None, "80亿元")],
    ),
    case(
        "tw-bond-underwriter-hant",
        "台積電發行新台幣120億元無擔保普通公司債，由元大證券擔任主辦承銷商。",
        ["台積電", "元大證券"],
        [("新台幣120億元", 1.2e10, None)],
        exactly=[("debt", "台積電", None, "新台幣120億元")],
    ),
    case(
        "cn-loan-lead-arranger-lends-hans",
        "宏达股份拟向招商银行申请10亿元银团贷款，由招商银行担任牵头行。",
        ["宏达股份", "招商银行"],
        [("10亿元", 1e9, None)],
        includes=[("debt", "宏达股份", "招商银行", "10亿元")],
    ),
]


@pytest.mark.parametrize("c", MARKET_ISSUES)
def test_market_issues(c: Case) -> None:
    c.check()


@pytest.mark.parametrize("c", BOARD_RESOLUTIONS)
def test_board_resolutions(c: Case) -> None:
    c.check()


@pytest.mark.parametrize("c", MARKED_PARTIES)
def test_marked_parties(c: Case) -> None:
    c.check()


def test_an_investor_in_a_rival_stays_the_investor() -> None:
    text = "輝達先前承諾投資OpenAI千億美元,此時又入股OpenAI的主要競爭對手xAI。"
    got = summary(run(text, ["輝達", "OpenAI", "xAI"], [("千億美元", 1e11, None)]))
    assert all(a == "輝達" for _, a, _, _ in got)


def test_media_outlets_are_never_parties() -> None:
    text = "據路透報導,谷歌向Anthropic投資20億美元。"
    deals = run(text, ["谷歌", "Anthropic"], [("20億美元", 2e9, None)], media=("路透",))
    assert summary(deals) == [("investment", "谷歌", "Anthropic", "20億美元")]


def test_people_are_not_agents_of_a_company_loan() -> None:
    assert run("董事長張明表示,公司將向銀行團借款。", [], people=("張明",)) == []


def test_a_list_of_subjects_with_a_distributive_gives_one_deal_each() -> None:
    text = "亚马逊与谷歌都与台积电签下数十亿美元合约。"
    deals = run(text, ["亚马逊", "谷歌", "台积电"], [("数十亿美元", 0, None)])
    assert {(t, a, c) for t, a, c, _ in summary(deals)} == {
        ("purchase", "亚马逊", "台积电"),
        ("purchase", "谷歌", "台积电"),
    }


def test_coordinated_subjects_are_co_agents() -> None:
    text = "微軟、貝萊德和MGX計畫投資300億美元建設AI基礎設施。"
    deals = run(text, ["微軟", "貝萊德", "MGX"], [("300億美元", 3e10, None)])
    assert len(deals) == 1
    assert deals[0].agent is not None and deals[0].agent.text == "微軟"
    assert {m.text for m in deals[0].co_agents} == {"貝萊德", "MGX"}


def test_the_lessor_is_who_bought_the_goods_before() -> None:
    got = summary(run("特殊目的公司負責向輝達購買GPU,再由Meta租用這些晶片。", ["輝達", "Meta"]))
    assert ("lease", "Meta", "特殊目的公司", None) in got
    assert ("purchase", "特殊目的公司", "輝達", None) in got


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        pytest.param(
            "宁德时代向招商银行、工商银行及建设银行借款30亿元。",
            ["宁德时代", "招商银行", "工商银行", "建设银行"],
            id="cn-lender-list",
        ),
        pytest.param(
            "長榮海運向台灣銀行、兆豐銀行及第一銀行借款30億元。",
            ["長榮海運", "台灣銀行", "兆豐銀行", "第一銀行"],
            id="tw-lender-list",
        ),
    ],
)
def test_a_marked_list_gives_its_head_as_counterparty_and_the_rest_as_co_counterparties(
    text: str, orgs: list[str]
) -> None:
    amount = "30亿元" if "30亿元" in text else "30億元"
    (deal,) = run(text, orgs, [(amount, 3e9, None)])
    assert deal.counterparty is not None and deal.counterparty.text == orgs[1]
    assert [m.text for m in deal.co_counterparties] == orgs[2:]
