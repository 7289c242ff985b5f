"""Deal extraction (pipeline.nlp.deals): sentences of our own (not from the corpus), both scripts.

The core ``find_deals`` is tested over explicit inputs: the organisations and amounts of each
sentence are given, so these tests pin the deal grammar, not the recognisers.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pipeline.model.records import Amount, Capacity, Deal, Mention, ShareCount
from pipeline.nlp.deals import ID_ORG, find_deals
from pipeline.text.sentences import split_sentences
from pipeline.text.view import TextView

VIEW = TextView()


def _mentions(
    text: str, names: list[str], people: tuple[str, ...] = (), media: tuple[str, ...] = ()
) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted({*names, *people, *media}, key=len, reverse=True):
        i = text.find(name)
        while i >= 0:
            if not any(i < e and s < i + len(name) for s, e in taken):
                kind = "person" if name in people else "media" if name in media else "organization"
                out.append(Mention(i, i + len(name), name, ID_ORG + VIEW(name).casefold(), kind))  # type: ignore[arg-type]
                taken.append((i, i + len(name)))
            i = text.find(name, i + 1)
    return sorted(out, key=lambda m: m.start)


def _amounts(text: str, amounts: list[tuple[str, float, str | None]]) -> list[Amount]:
    out = []
    for surface, value, per in amounts:
        i = text.index(surface)
        out.append(Amount(i, i + len(surface), surface, Decimal(str(value)), "USD", per=per))
    return sorted(out, key=lambda a: a.start)


def _run(
    text: str,
    orgs: list[str],
    amounts: list[tuple[str, float, str | None]] = (),  # type: ignore[assignment]
    people: tuple[str, ...] = (),
    media: tuple[str, ...] = (),
    capacities: list[Capacity] = (),  # type: ignore[assignment]
    shares: list[ShareCount] = (),  # type: ignore[assignment]
    date: dt.date | None = None,
) -> list[Deal]:
    return find_deals(
        text,
        VIEW(text),
        split_sentences(text),
        _amounts(text, list(amounts)),
        list(capacities),
        list(shares),
        _mentions(text, orgs, people, media),
        date,
    )


def _summary(deals: list[Deal]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            d.type,
            d.agent.text if d.agent else None,
            d.counterparty.text if d.counterparty else None,
            d.amount.text if d.amount else None,
        )
        for d in deals
    ]


GOLDEN = [
    # bank loans: 为X发放贷款 — X borrows, the bank lends
    (
        "華南銀行近日為遠東新世紀發放新台幣80億元聯合授信貸款。",
        ["華南銀行", "遠東新世紀"],
        [("新台幣80億元", 8e9, None)],
        ("debt", "遠東新世紀", "華南銀行", "新台幣80億元"),
    ),
    (
        "宁德时代向招商银行借款30亿元,用于补充营运资金。",
        ["宁德时代", "招商银行"],
        [("30亿元", 3e9, None)],
        ("debt", "宁德时代", "招商银行", "30亿元"),
    ),
    # placements: the company raising is the agent, no named placee
    (
        "美麗華酒店宣布以每股1.2元配售3000萬股新股,集資3600萬元。",
        ["美麗華酒店"],
        [("1.2元", 1.2, "share"), ("3600萬元", 3.6e7, None)],
        ("fundraising", "美麗華酒店", None, "3600萬元"),
    ),
    # investment: 对X投资 / 注资X / 获X注资 (passive: X invests)
    (
        "軟銀集團正準備對Anthropic進行高達30億美元的投資。",
        ["軟銀集團", "Anthropic"],
        [("高達30億美元", 3e9, None)],
        ("investment", "軟銀集團", "Anthropic", "高達30億美元"),
    ),
    (
        "英伟达宣布注资Mistral 15亿美元。",
        ["英伟达", "Mistral"],
        [("15亿美元", 1.5e9, None)],
        ("investment", "英伟达", "Mistral", "15亿美元"),
    ),
    (
        "月之暗面获阿里巴巴注资8亿美元。",
        ["月之暗面", "阿里巴巴"],
        [("8亿美元", 8e8, None)],
        ("investment", "阿里巴巴", "月之暗面", "8亿美元"),
    ),
    # acquisitions: acquirer → target (no seller named)
    (
        "日月光投控以新台幣120億元收購美商Qorvo旗下封測廠。",
        ["日月光投控", "Qorvo"],
        [("新台幣120億元", 1.2e10, None)],
        ("acquisition", "日月光投控", "Qorvo", "新台幣120億元"),
    ),
    # chip purchases: 向X采购 (X sells)
    (
        "微軟將向超微採購價值50億美元的AI晶片。",
        ["微軟", "超微"],
        [("50億美元", 5e9, None)],
        ("purchase", "微軟", "超微", "50億美元"),
    ),
    (
        "字节跳动从英伟达购买了价值20亿美元的GPU。",
        ["字节跳动", "英伟达"],
        [("20亿美元", 2e9, None)],
        ("purchase", "字节跳动", "英伟达", "20亿美元"),
    ),
    # leases: 向X租用 (X lets) and 租给X (X rents)
    (
        "Meta向CoreWeave租用算力,合約總值140億美元。",
        ["Meta", "CoreWeave"],
        [("140億美元", 1.4e10, None)],
        ("lease", "Meta", "CoreWeave", "140億美元"),
    ),
    (
        "甲骨文将数据中心租给TikTok,年租金约10亿美元。",
        ["甲骨文", "TikTok"],
        [("约10亿美元", 1e9, None)],
        ("lease", "TikTok", "甲骨文", "约10亿美元"),
    ),
    # warrants: the issuer grants the holder the right (the per-share price is the warrant's figure)
    (
        "英特爾向蘋果發行認股權證,允許蘋果以每股20美元認購股票。",
        ["英特爾", "蘋果"],
        [("20美元", 20, "share")],
        ("warrant", "英特爾", "蘋果", "20美元"),
    ),
    # capex: the spender, no counterparty
    (
        "台積電計畫斥資200億美元在亞利桑那州興建新廠。",
        ["台積電"],
        [("200億美元", 2e10, None)],
        ("capex", "台積電", None, "200億美元"),
    ),
    # regulator approvals: the approved company is the actor, not the regulator
    (
        "投審會核准聯發科以3億美元增資新加坡子公司MediaTek Singapore。",
        ["投審會", "聯發科", "MediaTek Singapore"],
        [("3億美元", 3e8, None)],
        ("investment", "聯發科", "MediaTek Singapore", "3億美元"),
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), GOLDEN)
def test_golden_sentences(text: str, orgs: list[str], amounts: list, expected: tuple) -> None:  # type: ignore[type-arg]
    assert expected in _summary(_run(text, orgs, amounts))


def test_conversion_is_not_the_deal_amount() -> None:
    text = "富邦金控以5億美元(約新台幣160億元)入股台灣大哥大。"
    mentions = _mentions(text, ["富邦金控", "台灣大哥大"])
    usd = Amount(text.index("5億美元"), text.index("5億美元") + 5, "5億美元", Decimal("5e8"), "USD")
    twd_start = text.index("約新台幣160億元")
    twd = Amount(
        twd_start, twd_start + 9, "約新台幣160億元", Decimal("1.6e10"), "TWD", converted_from_start=usd.start
    )
    deals = find_deals(text, VIEW(text), split_sentences(text), [usd, twd], [], [], mentions)
    assert _summary(deals) == [("investment", "富邦金控", "台灣大哥大", "5億美元")]


def test_media_outlets_are_never_parties() -> None:
    text = "據路透報導,谷歌向Anthropic投資20億美元。"
    deals = _run(text, ["谷歌", "Anthropic"], [("20億美元", 2e9, None)], media=("路透",))
    assert _summary(deals) == [("investment", "谷歌", "Anthropic", "20億美元")]


def test_people_are_not_agents() -> None:
    text = "董事長張明表示,公司將向銀行團借款。"
    assert _run(text, [], people=("張明",)) == []


def test_list_of_subjects_with_distributive_gives_one_deal_each() -> None:
    text = "亚马逊与谷歌都与台积电签下数十亿美元合约。"
    deals = _run(text, ["亚马逊", "谷歌", "台积电"], [("数十亿美元", 0, None)])
    got = {(t, a, c) for t, a, c, _ in _summary(deals)}
    assert got == {("purchase", "亚马逊", "台积电"), ("purchase", "谷歌", "台积电")}


def test_coordinated_subjects_are_co_agents() -> None:
    text = "微軟、貝萊德和MGX計畫投資300億美元建設AI基礎設施。"
    deals = _run(text, ["微軟", "貝萊德", "MGX"], [("300億美元", 3e10, None)])
    assert len(deals) == 1
    assert deals[0].agent is not None and deals[0].agent.text == "微軟"
    assert {m.text for m in deals[0].co_agents} == {"貝萊德", "MGX"}


# ----------------------------------------------------------------------------- anaphora


def test_company_anaphor_resolves_to_the_last_subject() -> None:
    text = "聯詠今日召開董事會。該公司決議以2億美元增資美國子公司Novatek USA。"
    deals = _run(text, ["聯詠", "Novatek USA"], [("2億美元", 2e8, None)])
    assert _summary(deals) == [("investment", "聯詠", "Novatek USA", "2億美元")]


def test_deictic_restatement_joins_the_deal_and_adds_its_figure() -> None:
    text = "华润集团拟对东阿阿胶发起要约收购。本次要约收购所需最高资金总额为12亿元。"
    deals = _run(text, ["华润集团", "东阿阿胶"], [("12亿元", 1.2e9, None)])
    assert _summary(deals) == [("acquisition", "华润集团", "东阿阿胶", "12亿元")]
    assert len(deals[0].evidence) == 2


def test_restatements_are_one_deal_with_extra_evidence() -> None:
    text = "亞馬遜宣布向Anthropic投資40億美元。分析指出,亞馬遜投資Anthropic的資金將回流雲端業務。"
    deals = _run(text, ["亞馬遜", "Anthropic"], [("40億美元", 4e9, None)])
    assert _summary(deals) == [("investment", "亞馬遜", "Anthropic", "40億美元")]
    assert [e.text[:3] for e in deals[0].evidence] == ["亞馬遜", "分析指"]


def test_lead_investor_named_later_joins_the_round() -> None:
    text = "Mistral此輪融資規模達6億歐元。General Catalyst主導本輪融資。"
    deals = _run(text, ["Mistral", "General Catalyst"], [("6億歐元", 6e8, None)])
    assert _summary(deals) == [("fundraising", "Mistral", "General Catalyst", "6億歐元")]


# ----------------------------------------------------------------------------- not deals


@pytest.mark.parametrize(
    ("text", "orgs", "amounts"),
    [
        # forecasts and analyst estimates
        ("據高盛預測,未來三年全球資料中心資本支出將達1兆美元。", ["高盛"], [("1兆美元", 1e12, None)]),
        # prospective votes
        ("特斯拉股東將投票表決是否投資xAI。", ["特斯拉", "xAI"], []),
        # speculative structures
        ("雙方可能採用只租不買的模式租用晶片。", [], []),
        # aggregate statistics
        ("投審會統計,今年前8月僑外投資金額達84億美元。", ["投審會"], [("84億美元", 8.4e9, None)]),
        # valuations are not investment amounts
        ("智譜完成新一輪融資後估值達200億元。", ["智譜"], [("200億元", 2e10, None)]),
        # margin financing for IPO subscriptions
        ("新股錄得約5000萬元孖展認購。", [], [("約5000萬元", 5e7, None)]),
    ],
)
def test_not_a_deal(text: str, orgs: list[str], amounts: list) -> None:  # type: ignore[type-arg]
    assert _run(text, orgs, amounts) == []


def test_deal_date_from_the_sentence() -> None:
    text = "Google於10月6日宣布向Anthropic投資10億美元。"
    deals = _run(text, ["Google", "Anthropic"], [("10億美元", 1e9, None)], date=dt.date(2025, 10, 8))
    assert deals and deals[0].date == dt.date(2025, 10, 6)


def test_component_runs_in_the_pipeline(nlp) -> None:  # type: ignore[no-untyped-def]
    from pipeline.model.records import Article
    from pipeline.nlp.extract import run

    doc = run(nlp, Article(key="t", text="台積電宣布投資美國子公司。", source="t", content_hash="x"))
    assert isinstance(doc._.deals, list)


# ----------------------------------------------------------------------------- second round


SECOND_ROUND = [
    # a wish or hedge governs only up to a new assertion (所以/因此 …)
    (
        "微軟希望擴大算力供應，因此，微軟向甲骨文租用資料中心，合約總值50億美元。",
        ["微軟", "甲骨文"],
        [("50億美元", 5e9, None)],
        ("lease", "微軟", "甲骨文", "50億美元"),
    ),
    # 助力X发行债券: the arranger helps, the issuer borrows (发行 makes the issuer the agent)
    (
        "中信证券助力招商银行成功发行200亿元绿色金融债券。",
        ["中信证券", "招商银行"],
        [("200亿元", 2e10, None)],
        ("debt", "招商银行", None, "200亿元"),
    ),
    # a share sale by a founder: a person sells, the proceeds are the figure
    (
        "創辦人陳志強減持2億股舊股,套現約15億元。",
        [],
        [("約15億元", 1.5e9, None)],
        ("other", "陳志強", None, "約15億元"),
    ),
    # a listing is a raise even when the proceeds are not stated
    ("宁德时代昨日正式登陆港交所,开盘大涨。", ["宁德时代"], [], ("fundraising", "宁德时代", None, None)),
    # 投入X建设Y: capex
    (
        "腾讯计划未来三年投入1000亿元建设数据中心。",
        ["腾讯"],
        [("1000亿元", 1e11, None)],
        ("capex", "腾讯", None, "1000亿元"),
    ),
    # an investment plan / a facility as the object: capex, not an investment in someone
    (
        "亞馬遜宣布價值2000億美元的「AI基礎設施投資」計畫。",
        ["亞馬遜"],
        [("2000億美元", 2e11, None)],
        ("capex", "亞馬遜", None, "2000億美元"),
    ),
    (
        "Google將在台灣投資10億美元的資料中心。",
        ["Google"],
        [("10億美元", 1e9, None)],
        ("capex", "Google", None, "10億美元"),
    ),
    # a PPA signed with a utility: the utility buys the project's power
    (
        "陽光電力公司已與台灣電力公司簽署購電協議,將興建一座50兆瓦太陽能電廠。",
        ["陽光電力公司", "台灣電力公司"],
        [],
        ("purchase", "台灣電力公司", "陽光電力公司", None),
    ),
    # 获准 is approval, not receipt: the approved company invests
    (
        "聯發科昨日獲准以3億美元投資新加坡子公司MediaTek SG。",
        ["聯發科", "MediaTek SG"],
        [("3億美元", 3e8, None)],
        ("investment", "聯發科", "MediaTek SG", "3億美元"),
    ),
    # 以自有资金N: the price may be a few words after 以
    (
        "光寶科申請以自有資金2億美元,投資設立泰國LITEON THAILAND。",
        ["光寶科", "LITEON THAILAND"],
        [("2億美元", 2e8, None)],
        ("investment", "光寶科", "LITEON THAILAND", "2億美元"),
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), SECOND_ROUND)
def test_second_round_sentences(text: str, orgs: list[str], amounts: list, expected: tuple) -> None:  # type: ignore[type-arg]
    people = ("陳志強",) if "陳志強" in text else ()
    assert expected in _summary(_run(text, orgs, amounts, people=people))


def test_bond_tranches_by_tenor_are_deals_of_the_issuer() -> None:
    text = "农业银行成功发行三期金融债券,合计150亿元。其中3年期80亿元,利率1.5%;5年期70亿元,利率1.7%。"
    amounts = [("150亿元", 1.5e10, None), ("80亿元", 8e9, None), ("70亿元", 7e9, None)]
    got = _summary(_run(text, ["农业银行"], amounts))
    assert {a for t, ag, c, a in got if t == "debt" and ag == "农业银行"} == {
        "150亿元",
        "80亿元",
        "70亿元",
    }


def test_equity_and_debt_parts_of_a_round() -> None:
    text = "Anthropic本輪融資規模為300億美元,由100億美元股權及200億美元債務組成。"
    amounts = [("300億美元", 3e10, None), ("100億美元", 1e10, None), ("200億美元", 2e10, None)]
    got = _summary(_run(text, ["Anthropic"], amounts))
    assert ("fundraising", "Anthropic", None, "100億美元") in got
    assert ("debt", "Anthropic", None, "200億美元") in got


def test_net_proceeds_restate_the_gross_raise() -> None:
    text = "華虹半導體以每股20元配售1億股新股,集資20億元,淨集資19.6億元。"
    amounts = [("20元", 20, "share"), ("20億元", 2e9, None), ("19.6億元", 1.96e9, None)]
    assert _summary(_run(text, ["華虹半導體"], amounts)) == [("fundraising", "華虹半導體", None, "20億元")]


def test_two_figures_in_one_sentence_are_two_deals() -> None:
    text = "鴻海以10億美元增資美國子公司Foxconn US,及以5億美元增資日本Foxconn Japan。"
    amounts = [("10億美元", 1e9, None), ("5億美元", 5e8, None)]
    got = _summary(_run(text, ["鴻海", "Foxconn US", "Foxconn Japan"], amounts))
    assert ("investment", "鴻海", "Foxconn US", "10億美元") in got
    assert ("investment", "鴻海", "Foxconn Japan", "5億美元") in got


def test_lessor_is_who_bought_the_goods_before() -> None:
    text = "特殊目的公司負責向輝達購買GPU,再由Meta租用這些晶片。"
    got = _summary(_run(text, ["輝達", "Meta"]))
    assert ("lease", "Meta", "特殊目的公司", None) in got
    assert ("purchase", "特殊目的公司", "輝達", None) in got


def test_symmetric_signing_joins_the_directed_restatement() -> None:
    text = "微軟與甲骨文簽署價值50億美元的供貨協議。微軟將向甲骨文採購50億美元的伺服器。"
    amounts = [("50億美元", 5e9, None)]
    mentions = _mentions(text, ["微軟", "甲骨文"])
    second = text.index("50億美元", text.index("。"))
    amts = [*_amounts(text, amounts), Amount(second, second + 6, "50億美元", Decimal("5e9"), "USD")]
    deals = find_deals(text, VIEW(text), split_sentences(text), amts, [], [], mentions)
    assert _summary(deals) == [("purchase", "微軟", "甲骨文", "50億美元")]
    assert len(deals[0].evidence) == 2


def test_head_noun_anaphor_finds_its_kind() -> None:
    text = (
        "凱德綜合商業信託宣布收購一棟辦公樓,賣方為新鴻基地產。為了資助收購,信託推出優先獻售計劃,籌集約5億元。"
    )
    deals = _run(text, ["凱德綜合商業信託", "新鴻基地產"], [("約5億元", 5e8, None)])
    assert ("fundraising", "凱德綜合商業信託", None, "約5億元") in _summary(deals)


def test_nvidia_stake_in_a_rival_is_not_the_rivals_deal() -> None:
    # X的主要竞争对手Y: 对 in 对手 is no preposition; the stake goes to Y, the investor stays X
    text = "輝達先前承諾投資OpenAI千億美元,此時又入股OpenAI的主要競爭對手xAI。"
    got = _summary(_run(text, ["輝達", "OpenAI", "xAI"], [("千億美元", 1e11, None)]))
    assert ("investment", "輝達", "xAI", None) in got
    assert all(a == "輝達" for _, a, _, _ in got)


@pytest.mark.parametrize(
    ("text", "orgs", "amounts"),
    [
        # a policy's subject
        ("人民银行、证监会发布关于支持发行绿色债券的通知。", ["人民银行", "证监会"], []),
        # totals over several approved cases
        ("投審會昨日核准的三案總投資額達50億美元。", ["投審會"], [("50億美元", 5e9, None)]),
        # a company's officer acts, the company is no seller
        ("華潤主席減持舊股套現20億元。", ["華潤"], [("20億元", 2e9, None)]),
        # a cooperation describing a company (relative clause)
        ("台積電與索尼合作成立的合資公司JASM已在熊本投產。", ["台積電", "索尼", "JASM"], []),
        # a way of dealing, not a deal
        ("微軟與軟銀透過「共同投資」模式布局AI。", ["微軟", "軟銀"], []),
        # staying listed is no listing
        ("藥明生物擬維持東曜藥業於聯交所上市地位。", ["藥明生物", "東曜藥業", "聯交所"], []),
        # the amount put in is no build-out by itself
        ("董事會通過投入金額上限5億元。", [], [("5億元", 5e8, None)]),
        # 此项投资 naming an acquisition: no second deal
        ("國泰人壽總經理表示,此項投資代表國泰人壽對再生能源的長期支持。", ["國泰人壽"], []),
    ],
)
def test_not_a_deal_second_round(text: str, orgs: list[str], amounts: list) -> None:  # type: ignore[type-arg]
    assert _run(text, orgs, amounts) == []


# ----------------------------------------------------------------------------- third round


THIRD_ROUND = [
    # a descriptor between the preposition and the name (参与关联企业X的增资, 对安徽X发起要约)
    (
        "華邦電董事會通過參與關聯企業新唐的現金增資,投入金額上限5億元。",
        ["華邦電", "新唐"],
        [("5億元", 5e8, None)],
        ("investment", "華邦電", "新唐", "5億元"),
    ),
    (
        "光明乳业拟对上海 妙可蓝多 食品股份有限公司 妙可蓝多 发起部分要约收购。",
        ["光明乳业", "妙可蓝多"],
        [],
        ("acquisition", "光明乳业", "妙可蓝多", None),
    ),
    # X提供的借款: X lends; a 将-clause holds no subject; the funds are the figure just named
    (
        "万华化学将3亿元保证金存入 中登公司 指定账户,资金来源于控股股东 万华实业 提供的借款。",
        ["万华化学", "中登公司", "万华实业"],
        [("3亿元", 3e8, None)],
        ("debt", "万华化学", "万华实业", "3亿元"),
    ),
    # the deal's total stated later in its sentence (所需资金总额)
    (
        "美的集团拟对科陆电子发起要约收购。本次要约收购价格为每股5元,拟收购股份2亿股,所需最高资金总额为10亿元。",
        ["美的集团", "科陆电子"],
        [("10亿元", 1e9, None)],
        ("acquisition", "美的集团", "科陆电子", "10亿元"),
    ),
    # a party name is no hedge (希望 in 希望集团)
    (
        "新華文軒供股集資3億元,餘下供股股份由希望集團承購。",
        ["新華文軒", "希望集團"],
        [("3億元", 3e8, None)],
        ("investment", "希望集團", "新華文軒", None),
    ),
    # unnamed counted investors: the round of the named company
    (
        "成立以来的5轮融资中,20家机构共投资月之暗面约10亿美元。",
        ["月之暗面"],
        [("约10亿美元", 1e9, None)],
        ("fundraising", "月之暗面", None, "约10亿美元"),
    ),
    # 成为…第一股: a listing
    ("地平线昨日正式成为港股智驾第一股。", ["地平线"], [], ("fundraising", "地平线", None, None)),
    # X为Y提供GPU: Y buys from X
    (
        "超微將為甲骨文的雲端資料中心提供MI355晶片。",
        ["超微", "甲骨文"],
        [],
        ("purchase", "甲骨文", "超微", None),
    ),
    # building a facility with a capacity or a figure is capex
    (
        "CoreWeave計畫在德州興建一座新的200 MW資料中心。",
        ["CoreWeave"],
        [],
        ("capex", "CoreWeave", None, None),
    ),
    # the founders in a relative clause only describe the company (其与X合作成立的Y)
    (
        "远景能源宣布,其与中广核合作成立的项目公司“乌兰察布新能源公司”将兴建一座500兆瓦风电场。",
        ["远景能源", "中广核", "乌兰察布新能源公司"],
        [],
        ("capex", "乌兰察布新能源公司", None, None),
    ),
]


def _capacity(text: str, surface: str, watts: float) -> Capacity:
    i = text.index(surface)
    return Capacity(i, i + len(surface), surface, Decimal(str(watts)))


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), THIRD_ROUND)
def test_third_round_sentences(text: str, orgs: list[str], amounts: list, expected: tuple) -> None:  # type: ignore[type-arg]
    caps = [_capacity(text, w, v) for w, v in (("200 MW", 2e8), ("500兆瓦", 5e8)) if w in text]
    assert expected in _summary(_run(text, orgs, amounts, capacities=caps))


def test_round_investors_named_as_a_noun_phrase() -> None:
    text = (
        "百川智能完成A輪融資,金額3億美元。紅杉中國作為領投天使輪的機構,持股5%。"
        "騰訊、阿里等天使輪投資方亦同步獲益。"
    )
    got = _summary(_run(text, ["百川智能", "紅杉中國", "騰訊", "阿里"], [("3億美元", 3e8, None)]))
    assert ("investment", "紅杉中國", "百川智能", None) in got
    assert ("investment", "騰訊", "百川智能", None) in got
    assert ("investment", "阿里", "百川智能", None) not in got  # a co-investor of the same phrase


def test_a_part_under_the_cap_is_the_same_deal() -> None:
    text = (
        "聯發科董事會通過參與力積電的現金增資,投入金額上限10億元。"
        "聯發科表示,會先按原持股比例認購,金額約6億元。"
    )
    mentions = _mentions(text, ["聯發科", "力積電"])
    cap_at = text.index("10億元")
    part_at = text.index("約6億元")
    amounts = [
        Amount(cap_at, cap_at + 4, "10億元", Decimal("1e9"), "TWD", "at_most"),
        Amount(part_at, part_at + 4, "約6億元", Decimal("6e8"), "TWD", "approx"),
    ]
    deals = find_deals(text, VIEW(text), split_sentences(text), amounts, [], [], mentions)
    assert _summary(deals) == [("investment", "聯發科", "力積電", "10億元")]
    assert len(deals[0].evidence) == 2


def test_two_data_centres_of_different_capacity_are_two_build_outs() -> None:
    text = "甲骨文斥資50億美元在日本興建16MW資料中心。此外,甲骨文也計畫在美國興建一座60MW資料中心。"
    caps = [_capacity(text, "16MW", 1.6e7), _capacity(text, "60MW", 6e7)]
    got = _summary(_run(text, ["甲骨文"], [("50億美元", 5e9, None)], capacities=caps))
    assert [g for g in got if g[0] == "capex"] == [
        ("capex", "甲骨文", None, "50億美元"),
        ("capex", "甲骨文", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "orgs", "amounts"),
    [
        # a supply chain is no supply deal; 提供 without goods is no purchase
        ("台積電表示供應鏈吃緊,將為客戶提供更多協助。", ["台積電"], []),
        ("这笔交易解决了供应多元化的痛点。", [], []),
        # a company described as the first of its kind is no listing
        ("被譽為港股AI第一股的商湯,上半年虧損擴大。", ["商湯"], []),
        # building what the money before it is for is no second deal
        ("騰訊計畫投資1000億元建設資料中心。", ["騰訊"], [("1000億元", 1e11, None)]),
        # building without a facility noun or a figure
        ("政府將加快建設智慧城市。", [], []),
        # investors as a noun with no round under discussion
        ("紅杉、高瓴等投資方近日齊聚上海。", ["紅杉", "高瓴"], []),
    ],
)
def test_not_a_deal_third_round(text: str, orgs: list[str], amounts: list) -> None:  # type: ignore[type-arg]
    got = _summary(_run(text, orgs, amounts))
    if "1000億元" in text:  # one deal: the investment, its build-out no second one
        assert [(a, c, m) for _, a, c, m in got] == [("騰訊", None, "1000億元")]
    else:
        assert got == []


# ----------------------------------------------------------------------------- evidence


def _run_all(
    text: str, orgs: list[str], amounts: list[tuple[str, float]], caps: list[tuple[str, float]] = ()
) -> list[Deal]:  # type: ignore[assignment]
    """Like _run, but every occurrence of each figure is a mention (restatements repeat them)."""
    amts: list[Amount] = []
    for surface, value in amounts:
        i = text.find(surface)
        while i >= 0:
            amts.append(Amount(i, i + len(surface), surface, Decimal(str(value)), "USD"))
            i = text.find(surface, i + 1)
    capacities: list[Capacity] = []
    for surface, watts in caps:
        i = text.find(surface)
        while i >= 0:
            capacities.append(Capacity(i, i + len(surface), surface, Decimal(str(watts))))
            i = text.find(surface, i + 1)
    return find_deals(
        text,
        VIEW(text),
        split_sentences(text),
        sorted(amts, key=lambda a: a.start),
        sorted(capacities, key=lambda c: c.start),
        [],
        _mentions(text, orgs),
    )


def _evidence_of(deals: list[Deal], agent: str, counterparty: str | None) -> list[str]:
    deal = next(
        d
        for d in deals
        if d.agent is not None
        and VIEW(d.agent.text) == VIEW(agent)
        and (d.counterparty.text if d.counterparty else None) == counterparty
    )
    return [e.text for e in deal.evidence]


TWO_DEALS_ONE_PARTY = [
    # Traditional: one buyer, two sellers; each restatement names its seller or carries its figure
    (
        "微軟宣布向甲骨文採購價值50億美元的雲端算力。"
        "微軟同時向超微採購價值20億美元的AI晶片。"
        "微軟向超微採購的晶片將於明年第一季交貨。"
        "這筆50億美元的採購合約由微軟與甲骨文共同簽署。",
        ["微軟", "甲骨文", "超微"],
        [("50億美元", 5e9), ("20億美元", 2e9)],
        ("微軟", "甲骨文", ["微軟宣布", "這筆50億"]),
        ("微軟", "超微", ["微軟同時", "微軟向超"]),
    ),
    # Simplified: one investee, two investors; 其 and the figure tie the third sentence
    (
        "腾讯向月之暗面投资3亿美元。"
        "阿里巴巴也向月之暗面投资8亿美元。"
        "阿里巴巴表示,对月之暗面的8亿美元投资将分两期到位。",
        ["腾讯", "阿里巴巴", "月之暗面"],
        [("3亿美元", 3e8), ("8亿美元", 8e8)],
        ("腾讯", "月之暗面", ["腾讯向月"]),
        ("阿里巴巴", "月之暗面", ["阿里巴巴也", "阿里巴巴表"]),
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "first", "second"), TWO_DEALS_ONE_PARTY)
def test_each_sentence_goes_to_its_own_deal(
    text: str,
    orgs: list[str],
    amounts: list,
    first: tuple,
    second: tuple,  # type: ignore[type-arg]
) -> None:
    deals = _run_all(text, orgs, amounts)
    for agent, counterparty, starts in (first, second):
        got = _evidence_of(deals, agent, counterparty)
        assert [e[: len(s)] for e, s in zip(got, starts, strict=False)] == starts
        assert len(got) == len(starts)


def test_a_sentence_about_another_seller_never_joins() -> None:
    # the warrant sentence names OpenAI and AMD: no report of OpenAI's purchase from Oracle
    text = (
        "OpenAI與甲骨文簽署價值3000億美元的算力採購合約。"
        "隨著超微股價上漲,OpenAI持有的認股權證增值,可用於支付後續的晶片採購。"
        "超微以股權換訂單,取得OpenAI的晶片訂單。"
    )
    deals = _run_all(text, ["OpenAI", "甲骨文", "超微"], [("3000億美元", 3e11)])
    assert _evidence_of(deals, "OpenAI", "甲骨文") == [text[: text.index("。") + 1]]


LISTS = [
    # Simplified list items: a different lender or borrower never joins; the figure ties item 4
    (
        "本周三笔贷款:\n1、宁德时代向招商银行借款30亿元;\n2、比亚迪向工商银行借款50亿元;\n"
        "3、宁德时代另向工商银行借款10亿元;\n4、比亚迪的50亿元借款期限为三年。",
        ["宁德时代", "招商银行", "比亚迪", "工商银行"],
        [("30亿元", 3e9), ("50亿元", 5e9), ("10亿元", 1e9)],
        {
            ("宁德时代", "招商银行"): ["1、宁德时代向招商银行"],
            ("比亚迪", "工商银行"): ["2、比亚迪向工商银行", "4、比亚迪的50亿元"],
            ("宁德时代", "工商银行"): ["3、宁德时代另向"],
        },
    ),
    # Traditional bullets
    (
        "• 鴻海向軟銀投資7億美元;\n• 鴻海向輝達採購20億美元的GPU;\n• 軟銀向鴻海採購5億美元的伺服器。",
        ["鴻海", "軟銀", "輝達"],
        [("7億美元", 7e8), ("20億美元", 2e9), ("5億美元", 5e8)],
        {
            ("鴻海", "軟銀"): ["• 鴻海向軟銀投資"],
            ("鴻海", "輝達"): ["• 鴻海向輝達採購"],
            ("軟銀", "鴻海"): ["• 軟銀向鴻海採購"],
        },
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), LISTS)
def test_list_items_follow_the_same_rule(text: str, orgs: list[str], amounts: list, expected: dict) -> None:  # type: ignore[type-arg]
    deals = _run_all(text, orgs, amounts)
    for (agent, counterparty), starts in expected.items():
        got = _evidence_of(deals, agent, counterparty)
        assert len(got) == len(starts), got
        assert all(e.startswith(s) for e, s in zip(got, starts, strict=True))


def test_company_anaphor_restatement_joins() -> None:
    text = "華碩宣布向新創公司Gaudi投資5000萬美元。該公司表示,投資Gaudi是為了布局AI伺服器。"
    deals = _run_all(text, ["華碩", "Gaudi"], [("5000萬美元", 5e7)])
    assert _summary(deals) == [("investment", "華碩", "Gaudi", "5000萬美元")]
    assert [e.text[:2] for e in deals[0].evidence] == ["華碩", "該公"]


def test_both_parties_restatement_joins_and_another_partner_does_not() -> None:
    text = (
        "宁德时代与福特汽车签署10GW储能电池合作协议。"
        "双方签署的协议为期五年。"
        "宁德时代此前也与现代汽车签署合作协议。"
    )
    deals = _run_all(text, ["宁德时代", "福特汽车", "现代汽车"], [], caps=[("10GW", 1e10)])
    got = _evidence_of(deals, "宁德时代", "福特汽车")
    assert [e[:2] for e in got] == ["宁德", "双方"]


def test_a_heading_is_never_the_first_evidence() -> None:
    text = "■微軟砸50億美元向甲骨文採購算力\n微軟宣布向甲骨文採購價值50億美元的雲端算力。"
    deals = _run_all(text, ["微軟", "甲骨文"], [("50億美元", 5e9)])
    assert [e.text[:2] for e in deals[0].evidence] == ["微軟", "■微"]


def test_the_clearest_sentence_leads() -> None:
    # the first report names neither the seller nor the figure; the second names both
    text = "微軟近日大舉採購算力。微軟向甲骨文採購價值50億美元的雲端算力。"
    deals = _run_all(text, ["微軟", "甲骨文"], [("50億美元", 5e9)])
    assert deals and deals[0].evidence[0].text.startswith("微軟向甲骨文")


# ----------------------------------------------------------------------------- unseen passages
# Passages written for this test (not from the corpus) before the rules they pin were written,
# annotated by hand per gold-format.md; split at random into a tuning set and a held-out set.
# The parties are given, so these pin the deal grammar, not the entity recogniser.

UNSEEN_TUNE = [
    (
        "鴻海今日公告，斥資新台幣12億元入股國巨，取得約3%股權。",
        ["鴻海", "國巨"],
        [("新台幣12億元", 1.2e9, None)],
        [("investment", "鴻海", "國巨", "新台幣12億元")],
    ),
    (
        "腾讯宣布向蔚来注资10亿美元，双方将在智能驾驶领域深化合作。",
        ["腾讯", "蔚来"],
        [("10亿美元", 1e9, None)],
        [("investment", "腾讯", "蔚来", "10亿美元")],
    ),
    (
        "新世界發展宣布以每股5港元進行供股，集資約100億港元，以償還部分債務。",
        ["新世界發展"],
        [("5港元", 5, "share"), ("約100億港元", 1e10, None)],
        [("fundraising", "新世界發展", None, "約100億港元")],
    ),
    (
        "宁德时代正式在港交所挂牌上市，全球发售募资约410亿港元，成为今年全球最大IPO。",
        ["宁德时代", "港交所"],
        [("约410亿港元", 4.1e10, None)],
        [("fundraising", "宁德时代", None, "约410亿港元")],
    ),
    # 與Y銀行…簽訂授信合約: the bank lends, whichever party the sentence leads with
    (
        "長榮海運與台灣銀行等12家銀行簽訂新台幣200億元聯合授信合約，由台灣銀行擔任主辦行。",
        ["長榮海運", "台灣銀行"],
        [("新台幣200億元", 2e10, None)],
        [("debt", "長榮海運", "台灣銀行", "新台幣200億元")],
    ),
    (
        "兆豐銀行核予台塑化新台幣150億元中期授信額度。",
        ["兆豐銀行", "台塑化"],
        [("新台幣150億元", 1.5e10, None)],
        [("debt", "台塑化", "兆豐銀行", "新台幣150億元")],
    ),
    (
        "比亚迪向中国工商银行借款50亿元，期限三年，用于补充流动资金。",
        ["比亚迪", "中国工商银行"],
        [("50亿元", 5e9, None)],
        [("debt", "比亚迪", "中国工商银行", "50亿元")],
    ),
    (
        "中華電信向諾基亞採購5G基地台設備，合約金額約新台幣45億元。",
        ["中華電信", "諾基亞"],
        [("約新台幣45億元", 4.5e9, None)],
        [("purchase", "中華電信", "諾基亞", "約新台幣45億元")],
    ),
    (
        "中国东方航空向空客下单100架A320neo飞机，总金额约120亿美元。",
        ["中国东方航空", "空客"],
        [("约120亿美元", 1.2e10, None)],
        [("purchase", "中国东方航空", "空客", "约120亿美元")],
    ),
    (
        "廣達獲得微軟價值約20億美元的AI伺服器訂單。分析師估計，該訂單將貢獻廣達明年營收約5%。",
        ["廣達", "微軟"],
        [("約20億美元", 2e9, None)],
        [("purchase", "微軟", "廣達", "約20億美元")],
    ),
    (
        "特斯拉向遠雄承租新北市一處廠房，十年租金總額約新台幣15億元。",
        ["特斯拉", "遠雄"],
        [("約新台幣15億元", 1.5e9, None)],
        [("lease", "特斯拉", "遠雄", "約新台幣15億元")],
    ),
    # X与Y开展…业务: 与 marks the other party of a joint activity
    (
        "吉利汽车与平安租赁开展售后回租业务，回租金额8亿元，租期五年。",
        ["吉利汽车", "平安租赁"],
        [("8亿元", 8e8, None)],
        [("lease", "吉利汽车", "平安租赁", "8亿元")],
    ),
    # a signed agreement between two named parties is a deal without a figure
    (
        "鴻海與輝達今日簽署合作協議，雙方將共同在高雄建置AI超級電腦中心。",
        ["鴻海", "輝達"],
        [],
        [("agreement", "鴻海", "輝達", None)],
    ),
    (
        "新鴻基地產向載通提出全面要約收購，涉及資金約30億港元。",
        ["新鴻基地產", "載通"],
        [("約30億港元", 3e9, None)],
        [("acquisition", "新鴻基地產", "載通", "約30億港元")],
    ),
    (
        "台積電董事會今日核准資本預算約150億美元，用於擴充先進製程產能。",
        ["台積電"],
        [("約150億美元", 1.5e10, None)],
        [("capex", "台積電", None, "約150億美元")],
    ),
    # 投资N在…建厂: the money builds the spender's own plant
    (
        "比亚迪投资200亿元在匈牙利建厂，规划年产能30万辆电动车。",
        ["比亚迪"],
        [("200亿元", 2e10, None)],
        [("capex", "比亚迪", None, "200亿元")],
    ),
    # not deals: a denial, a rumour, an aggregate statistic, an analyst's speculation
    ("台積電今日否認將收購英特爾晶圓廠，強調目前沒有任何相關計畫。", ["台積電", "英特爾"], [], []),
    (
        "市場傳出蘋果考慮以300億美元收購Netflix，雙方均未回應。",
        ["蘋果", "Netflix"],
        [("300億美元", 3e10, None)],
        [],
    ),
    (
        "据统计，今年前三季度A股上市公司累计募资超过5000亿元，同比下降三成。",
        [],
        [("超过5000亿元", 5e11, None)],
        [],
    ),
    (
        "摩根士丹利分析師認為，騰訊明年資本支出可能增至1000億元人民幣。",
        ["摩根士丹利", "騰訊"],
        [("1000億元人民幣", 1e11, None)],
        [],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), UNSEEN_TUNE)
def test_unseen_tune(text: str, orgs: list[str], amounts: list, expected: list) -> None:  # type: ignore[type-arg]
    assert _summary(_run(text, orgs, amounts)) == expected


def test_a_bare_signing_of_parties_with_a_deal_is_no_second_deal() -> None:
    text = "宁德时代与福特汽车签约。宁德时代向福特汽车供应储能电池，合同金额约10亿美元。"
    deals = _run(text, ["宁德时代", "福特汽车"], [("约10亿美元", 1e9, None)])
    assert [d.type for d in deals] == ["purchase"]


# held-out passages, measured once after the tuning above
HELD_OUT = [
    (
        "小米集團今日宣布以每股52.8港元配售8億股新股，集資約425億港元，用於研發及一般營運。",
        ["小米集團"],
        [("52.8港元", 52.8, "share"), ("約425億港元", 4.25e10, None)],
        [("fundraising", "小米集團", None, "約425億港元")],
    ),
    (
        "中国银行昨日成功发行300亿元二级资本债券，票面利率为2.1%。",
        ["中国银行"],
        [("300亿元", 3e10, None)],
        [("debt", "中国银行", None, "300亿元")],
    ),
    (
        "马来西亚国家石油公司Petronas与三菱商事签署谅解备忘录，合作开发碳捕集与封存项目。",
        ["Petronas", "三菱商事"],
        [],
        [("agreement", "Petronas", "三菱商事", None)],
    ),
    (
        "联想集团以约15亿美元收购IBM的x86服务器业务，交易预计明年完成。",
        ["联想集团", "IBM"],
        [("约15亿美元", 1.5e9, None)],
        [("acquisition", "联想集团", "IBM", "约15亿美元")],
    ),
    (
        "淡馬錫以5億美元參股字節跳動，持股約1%。",
        ["淡馬錫", "字節跳動"],
        [("5億美元", 5e8, None)],
        [("investment", "淡馬錫", "字節跳動", "5億美元")],
    ),
    (
        "马来亚银行（Maybank）通过私募配售筹集15亿令吉，用于扩大数码银行业务。",
        ["马来亚银行", "Maybank"],
        [("15亿令吉", 1.5e9, None)],
        [("fundraising", "马来亚银行", None, "15亿令吉")],
    ),
    (
        "高盛預估輝達明年營收將達2000億美元，並將目標價上調至250美元。",
        ["高盛", "輝達"],
        [("2000億美元", 2e11, None), ("250美元", 250, "share")],
        [],
    ),
]

# Fixed after the held-out measurement (購入 added to the purchase triggers): no longer unseen.
HELD_OUT_FIXED_LATER = [
    (
        "長實以48億港元購入中環一幢甲級寫字樓，預計年底完成交易。",
        ["長實"],
        [("48億港元", 4.8e9, None)],
        [("purchase", "長實", None, "48億港元")],
    ),
]

HELD_OUT_KNOWN_FAILURES = [
    # the holder's right to subscribe (可認購) is read as a second deal, an investment
    (
        "Rivian向亞馬遜發行認股權證，亞馬遜可認購最多1600萬股Rivian股份。",
        ["Rivian", "亞馬遜"],
        [],
        [("warrant", "Rivian", "亞馬遜", None)],
    ),
    # 入主 (taking control) is no trigger word: the stake is read as an investment (斥資 fallback)
    (
        "國巨斥資約新台幣360億元入主芝浦電子，取得過半股權。",
        ["國巨", "芝浦電子"],
        [("約新台幣360億元", 3.6e10, None)],
        [("acquisition", "國巨", "芝浦電子", "約新台幣360億元")],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), HELD_OUT + HELD_OUT_FIXED_LATER)
def test_held_out(text: str, orgs: list[str], amounts: list, expected: list) -> None:  # type: ignore[type-arg]
    assert _summary(_run(text, orgs, amounts)) == expected


@pytest.mark.xfail(strict=True, reason="held-out passages the deal grammar does not handle yet")
@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), HELD_OUT_KNOWN_FAILURES)
def test_held_out_known_failures(text: str, orgs: list[str], amounts: list, expected: list) -> None:  # type: ignore[type-arg]
    assert _summary(_run(text, orgs, amounts)) == expected


# rules from the whole-article round (tests/data/unseen_articles): sentences of our own
ARTICLE_RULES = [
    # a heading's headlines are separated by a space: a figure stays in its own headline
    ("長榮增資子公司 華航80億元購機", ["長榮", "華航"], [("80億元", 8e9, None)], []),
    ("美团增资子公司 京东30亿元购地", ["美团", "京东"], [("30亿元", 3e9, None)], []),
    # a cooperation stated as a joint act (与Y合作开发 / 共同研发) is an agreement without a signing
    ("联想与微软合作开发新一代AI电脑。", ["联想", "微软"], [], [("agreement", "联想", "微软", None)]),
    ("宏碁宣布與英特爾共同研發新處理器。", ["宏碁", "英特爾"], [], [("agreement", "宏碁", "英特爾", None)]),
    # ... but a cooperation only talked about is none
    ("联想与微软的合作将涵盖AI电脑与云服务。", ["联想", "微软"], [], []),
    # the cost of the project two parties signed for is the agreement's figure
    (
        "吉利与雷诺签署合作协议，双方将在巴西合资建设整车工厂，项目总投资30亿元。",
        ["吉利", "雷诺"],
        [("30亿元", 3e9, None)],
        [("agreement", "吉利", "雷诺", "30亿元")],
    ),
    (
        "長榮與空巴簽署合作協議，長榮將投資50億元興建維修廠。",
        ["長榮", "空巴"],
        [("50億元", 5e9, None)],
        [("agreement", "長榮", "空巴", "50億元")],
    ),
    # ... a build-out of one party with no signing stays its capex
    (
        "吉利将投资30亿元在巴西建设整车工厂。",
        ["吉利"],
        [("30亿元", 3e9, None)],
        [("capex", "吉利", None, "30亿元")],
    ),
    # bonds and notes named by their kind
    ("腾讯发行20亿美元优先票据。", ["腾讯"], [("20亿美元", 2e9, None)], [("debt", "腾讯", None, "20亿美元")]),
    (
        "中鋼發行新台幣100億元公司債。",
        ["中鋼"],
        [("新台幣100億元", 1e10, None)],
        [("debt", "中鋼", None, "新台幣100億元")],
    ),
    ("比亚迪拟发行50亿元可转债。", ["比亚迪"], [("50亿元", 5e9, None)], [("debt", "比亚迪", None, "50亿元")]),
    # the first object of a giving verb receives (提供X N元贷款): X borrows
    (
        "兆豐銀行提供長榮航空新台幣50億元聯合授信。",
        ["兆豐銀行", "長榮航空"],
        [("新台幣50億元", 5e9, None)],
        [("debt", "長榮航空", "兆豐銀行", "新台幣50億元")],
    ),
    (
        "工商银行发放美的集团20亿元贷款。",
        ["工商银行", "美的集团"],
        [("20亿元", 2e9, None)],
        [("debt", "美的集团", "工商银行", "20亿元")],
    ),
]


@pytest.mark.parametrize(("text", "orgs", "amounts", "expected"), ARTICLE_RULES)
def test_article_rules(text: str, orgs: list[str], amounts: list, expected: list) -> None:  # type: ignore[type-arg]
    assert _summary(_run(text, orgs, amounts)) == expected
