"""Venture rounds: every named investor of a round is an investment of its own into the company
raising (devset2 convention), and the round is the raiser's even when the investors lead the
sentence. Sentences written for these tests, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

ROUND_INVESTORS = [
    case(
        "cn-co-leads-each-a-deal",
        "星河动力宣布完成新一轮融资。高瓴创投、启明创投以及中信金石联合领投，元禾原点等机构参与认购，完成B轮融资8亿元。",
        ["星河动力", "高瓴创投", "启明创投", "中信金石", "元禾原点"],
        [("8亿元", 8e8, None)],
        includes=[
            ("investment", "高瓴创投", "星河动力", None),
            ("investment", "启明创投", "星河动力", None),
            ("investment", "中信金石", "星河动力", None),
            ("fundraising", "星河动力", None, "8亿元"),
        ],
    ),
    case(
        "tw-co-leads-each-a-deal",
        "晶心科技宣布完成新一輪募資。國發基金、台杉投資以及中華開發聯合領投，台積電參與認購，完成C輪融資5億元。",
        ["晶心科技", "國發基金", "台杉投資", "中華開發", "台積電"],
        [("5億元", 5e8, None)],
        includes=[
            ("investment", "國發基金", "晶心科技", None),
            ("investment", "台杉投資", "晶心科技", None),
            ("investment", "中華開發", "晶心科技", None),
            ("fundraising", "晶心科技", None, "5億元"),
        ],
    ),
    case(
        "cn-lead-list-comma-is-no-object",
        "芯驰科技完成新一轮融资。国投招商领投、宁德时代参与认购。",
        ["芯驰科技", "国投招商", "宁德时代"],
        exactly=[
            ("investment", "国投招商", "芯驰科技", None),
            ("investment", "宁德时代", "芯驰科技", None),
        ],
    ),
    case(
        "cn-new-investors-include",
        "燧原科技完成7亿元C轮融资。本轮由腾讯领投，新投资者包括红杉中国、招银国际和国开投资。",
        ["燧原科技", "腾讯", "红杉中国", "招银国际", "国开投资"],
        [("7亿元", 7e8, None)],
        includes=[
            ("fundraising", "燧原科技", None, "7亿元"),
            ("investment", "腾讯", "燧原科技", None),
            ("investment", "红杉中国", "燧原科技", None),
            ("investment", "招银国际", "燧原科技", None),
            ("investment", "国开投资", "燧原科技", None),
        ],
    ),
    case(
        "tw-other-investors-include",
        "沛爾生醫完成3億元B輪募資。本輪由中華開發領投，其他投資人包括富邦金控及和碩。",
        ["沛爾生醫", "中華開發", "富邦金控", "和碩"],
        [("3億元", 3e8, None)],
        includes=[
            ("fundraising", "沛爾生醫", None, "3億元"),
            ("investment", "富邦金控", "沛爾生醫", None),
            ("investment", "和碩", "沛爾生醫", None),
        ],
    ),
    case(
        "cn-round-figure-is-the-raisers",
        "地平线宣布完成C轮融资。此次融资由博世领投,上汽集团、长城汽车等跟投,融资金额约为6亿美元。",
        ["地平线", "博世", "上汽集团", "长城汽车"],
        [("约为6亿美元", 6e8, None)],
        exactly=[
            ("fundraising", "地平线", None, "约为6亿美元"),
            ("investment", "博世", "地平线", None),
            ("investment", "上汽集团", "地平线", None),
            ("investment", "长城汽车", "地平线", None),
        ],
    ),
    case(
        "tw-round-figure-is-the-raisers",
        "耐能智慧宣布完成B輪募資。此次融資由鴻海領投,華邦電、聯發科等跟投,融資金額約為1億美元。",
        ["耐能智慧", "鴻海", "華邦電", "聯發科"],
        [("約為1億美元", 1e8, None)],
        exactly=[
            ("fundraising", "耐能智慧", None, "約為1億美元"),
            ("investment", "鴻海", "耐能智慧", None),
            ("investment", "華邦電", "耐能智慧", None),
            ("investment", "聯發科", "耐能智慧", None),
        ],
    ),
    case(
        "cn-investor-own-figure",
        "蜜雪集团在港交所上市。博裕资本认购4000万美元,高瓴认购3000万美元。",
        ["蜜雪集团", "博裕资本", "高瓴", "港交所"],
        [("4000万美元", 4e7, None), ("3000万美元", 3e7, None)],
        includes=[
            ("investment", "博裕资本", "蜜雪集团", "4000万美元"),
            ("investment", "高瓴", "蜜雪集团", "3000万美元"),
        ],
    ),
    case(
        "cn-round-signing-then-this-rounds-figure",
        "6月3日,蓝箭航天C轮增资扩股项目签约仪式在北京举行,本轮融资金额12亿元。",
        ["蓝箭航天"],
        [("12亿元", 1.2e9, None)],
        includes=[("fundraising", "蓝箭航天", None, "12亿元")],
    ),
    case(
        "tw-round-signing-then-this-rounds-figure",
        "6月3日,台灣虎航增資擴股項目簽約儀式在台北舉行,本輪融資金額12億元。",
        ["台灣虎航"],
        [("12億元", 1.2e9, None)],
        includes=[("fundraising", "台灣虎航", None, "12億元")],
    ),
    case(
        "tw-investors-brought-in",
        "京東物流引入7名基石投資者，包括軟銀、淡馬錫及老虎環球基金。",
        ["京東物流", "軟銀", "淡馬錫", "老虎環球基金"],
        exactly=[
            ("investment", "軟銀", "京東物流", None),
            ("investment", "淡馬錫", "京東物流", None),
            ("investment", "老虎環球基金", "京東物流", None),
        ],
    ),
    case(
        "cn-investors-brought-in",
        "极兔速递引入3名战略投资者，包括腾讯、博裕资本及红杉中国。",
        ["极兔速递", "腾讯", "博裕资本", "红杉中国"],
        exactly=[
            ("investment", "腾讯", "极兔速递", None),
            ("investment", "博裕资本", "极兔速递", None),
            ("investment", "红杉中国", "极兔速递", None),
        ],
    ),
    case(
        "tw-combined-subscription-stays-with-round",
        "長和在港交所上市。高瓴、淡馬錫及GIC合共認購3億美元。",
        ["長和", "港交所", "高瓴", "淡馬錫", "GIC"],
        [("3億美元", 3e8, None)],
        includes=[("investment", "高瓴", "長和", None), ("investment", "GIC", "長和", None)],
    ),
    case(
        "tw-parent-through-subsidiary",
        "富邦金控擬透過子公司富邦人壽以100億元認購台灣大哥大私募股。",
        ["富邦金控", "富邦人壽", "台灣大哥大"],
        [("100億元", 1e10, None)],
        exactly=[("investment", "富邦金控", "台灣大哥大", "100億元")],
    ),
    case(
        "cn-parent-through-subsidiary",
        "中国平安拟通过全资子公司平安人寿以50亿元认购招商银行定增股份。",
        ["中国平安", "平安人寿", "招商银行"],
        [("50亿元", 5e9, None)],
        includes=[("investment", "中国平安", "招商银行", "50亿元")],
    ),
]

#: who raises and who invests when the round is told from the investor's side: X获A、B N融资 /
#: X获得来自A的N融资 (X raises, each financier invests; a lone one with the figure), A领投的X B轮融资,
#: A参与X B轮融资, 由A和B共同投资 (one deal each), 投资方为A after an investment with no investor
ROUND_DIRECTIONS = [
    case(
        "cn-receives-a-round-from-two",
        "芯联微电子获红杉中国、高瓴资本5亿元B轮融资。",
        ["芯联微电子", "红杉中国", "高瓴资本"],
        [("5亿元", 5e8, None)],
        exactly=[
            ("fundraising", "芯联微电子", None, "5亿元"),
            ("investment", "红杉中国", "芯联微电子", None),
            ("investment", "高瓴资本", "芯联微电子", None),
        ],
    ),
    case(
        "tw-receives-a-round-from-two",
        "芯聯微電子獲紅杉中國、高瓴資本5億元B輪融資。",
        ["芯聯微電子", "紅杉中國", "高瓴資本"],
        [("5億元", 5e8, None)],
        exactly=[
            ("fundraising", "芯聯微電子", None, "5億元"),
            ("investment", "紅杉中國", "芯聯微電子", None),
            ("investment", "高瓴資本", "芯聯微電子", None),
        ],
    ),
    case(
        "cn-financing-from-a-lone-investor",
        "月之暗面宣布获得来自红杉中国的5亿元战略融资。",
        ["月之暗面", "红杉中国"],
        [("5亿元", 5e8, None)],
        exactly=[("fundraising", "月之暗面", None, "5亿元"), ("investment", "红杉中国", "月之暗面", "5亿元")],
    ),
    case(
        "tw-financing-from-a-lone-investor",
        "月之暗面宣布獲得來自紅杉中國的5億元戰略融資。",
        ["月之暗面", "紅杉中國"],
        [("5億元", 5e8, None)],
        exactly=[("fundraising", "月之暗面", None, "5億元"), ("investment", "紅杉中國", "月之暗面", "5億元")],
    ),
    case(
        "cn-lead-in-a-relative-clause",
        "高瓴资本领投的月之暗面B轮融资已完成交割。",
        ["高瓴资本", "月之暗面"],
        exactly=[("investment", "高瓴资本", "月之暗面", None)],
    ),
    case(
        "tw-lead-in-a-relative-clause",
        "高瓴資本領投的月之暗面B輪融資已完成交割。",
        ["高瓴資本", "月之暗面"],
        exactly=[("investment", "高瓴資本", "月之暗面", None)],
    ),
    case(
        "cn-joins-a-named-round",
        "红杉中国宣布参与月之暗面B轮融资。",
        ["红杉中国", "月之暗面"],
        exactly=[("investment", "红杉中国", "月之暗面", None)],
    ),
    case(
        "tw-joins-an-angel-round",
        "紅杉中國宣布參與月之暗面天使輪融資。",
        ["紅杉中國", "月之暗面"],
        exactly=[("investment", "紅杉中國", "月之暗面", None)],
    ),
    case(
        "cn-joint-investors-each-a-deal",
        "月之暗面完成B+轮融资，由红杉中国和高瓴资本共同投资，融资金额达5亿元。",
        ["月之暗面", "红杉中国", "高瓴资本"],
        [("5亿元", 5e8, None)],
        exactly=[
            ("fundraising", "月之暗面", None, "5亿元"),
            ("investment", "红杉中国", "月之暗面", None),
            ("investment", "高瓴资本", "月之暗面", None),
        ],
    ),
    case(
        "tw-joint-investors-each-a-deal",
        "月之暗面完成B+輪融資，由紅杉中國和高瓴資本共同投資，融資金額達5億元。",
        ["月之暗面", "紅杉中國", "高瓴資本"],
        [("5億元", 5e8, None)],
        exactly=[
            ("fundraising", "月之暗面", None, "5億元"),
            ("investment", "紅杉中國", "月之暗面", None),
            ("investment", "高瓴資本", "月之暗面", None),
        ],
    ),
    case(
        "cn-investor-named-after-the-investment",
        "月之暗面近日获得数亿元战略投资，投资方为国家制造业转型升级基金。",
        ["月之暗面", "国家制造业转型升级基金"],
        [("数亿元", 3e8, None)],
        exactly=[("investment", "国家制造业转型升级基金", "月之暗面", "数亿元")],
    ),
    case(
        "tw-investor-named-after-the-investment",
        "月之暗面近日獲得數億元戰略投資，投資方為國家製造業轉型升級基金。",
        ["月之暗面", "國家製造業轉型升級基金"],
        [("數億元", 3e8, None)],
        exactly=[("investment", "國家製造業轉型升級基金", "月之暗面", "數億元")],
    ),
    # joint investors outside a round the sentence states keep one deal (a joint venture's partners)
    case(
        "cn-joint-investment-without-a-round",
        "软银与丰田汽车共同投资Grab 20亿美元。",
        ["软银", "丰田汽车", "Grab"],
        [("20亿美元", 2e9, None)],
        exactly=[("investment", "软银", "Grab", "20亿美元")],
    ),
]

#: followers and old holders topping up: 老股东X持续加注 / A领投，B跟进 — only in a round under
#: discussion; 加注AI布局 / 跟进客户需求 state no investment
FOLLOWERS = [
    case(
        "cn-old-holder-tops-up",
        "极智嘉完成数亿元C轮融资，本轮融资由红杉中国领投，老股东美团持续加注。",
        ["极智嘉", "红杉中国", "美团"],
        [("数亿元", 3e8, None)],
        exactly=[
            ("fundraising", "极智嘉", None, "数亿元"),
            ("investment", "红杉中国", "极智嘉", None),
            ("investment", "美团", "极智嘉", None),
        ],
    ),
    case(
        "tw-old-holder-tops-up",
        "極智嘉完成數億元C輪融資，本輪融資由紅杉中國領投，老股東美團持續加注。",
        ["極智嘉", "紅杉中國", "美團"],
        [("數億元", 3e8, None)],
        exactly=[
            ("fundraising", "極智嘉", None, "數億元"),
            ("investment", "紅杉中國", "極智嘉", None),
            ("investment", "美團", "極智嘉", None),
        ],
    ),
    case(
        "tw-followers-follow-up",
        "晶揚科技完成新台幣15億元C輪募資，由國發基金領投，台杉投資、華南創投等跟進。",
        ["晶揚科技", "國發基金", "台杉投資", "華南創投"],
        [("新台幣15億元", 1.5e9, None)],
        exactly=[
            ("fundraising", "晶揚科技", None, "新台幣15億元"),
            ("investment", "國發基金", "晶揚科技", None),
            ("investment", "台杉投資", "晶揚科技", None),
            ("investment", "華南創投", "晶揚科技", None),
        ],
    ),
    # a descriptor read as a name before the raiser (台灣半導體設備新創X): the raiser owns the round
    case(
        "tw-raiser-nearer-the-lead",
        "台灣半導體設備新創晶揚科技完成新台幣15億元C輪募資，由國發基金領投。",
        ["台灣半導體", "晶揚科技", "國發基金"],
        [("新台幣15億元", 1.5e9, None)],
        exactly=[
            ("fundraising", "晶揚科技", None, "新台幣15億元"),
            ("investment", "國發基金", "晶揚科技", None),
        ],
    ),
    no_deal("cn-doubling-down-is-no-round", "老股东美团持续加注AI布局。", ["美团"]),
    no_deal("cn-follow-up-is-no-round", "台积电将持续跟进客户需求。", ["台积电"]),
    no_deal("tw-follow-up-is-no-round", "台積電將持續跟進客戶需求。", ["台積電"]),
]


#: a list of investors, each closing its item with its own verb (由A领投、B和C跟投 / 其中A认购N1、B认购
#: N2 / 由A及日商B共同认购): every item invests in the company, none in the next item
LIST_ITEMS = [
    case(
        "cn-led-then-followed-in-one-clause",
        "银河航天完成20亿元C轮融资，由国投创合领投、中金资本和联想创投跟投。",
        ["银河航天", "国投创合", "中金资本", "联想创投"],
        [("20亿元", 2e9, None)],
        exactly=[
            ("fundraising", "银河航天", None, "20亿元"),
            ("investment", "国投创合", "银河航天", None),
            ("investment", "中金资本", "银河航天", None),
            ("investment", "联想创投", "银河航天", None),
        ],
    ),
    case(
        "tw-led-then-followed-in-one-clause",
        "銀河航天完成20億元C輪融資，由國投創合領投、中金資本和聯想創投跟投。",
        ["銀河航天", "國投創合", "中金資本", "聯想創投"],
        [("20億元", 2e9, None)],
        exactly=[
            ("fundraising", "銀河航天", None, "20億元"),
            ("investment", "國投創合", "銀河航天", None),
            ("investment", "中金資本", "銀河航天", None),
            ("investment", "聯想創投", "銀河航天", None),
        ],
    ),
    case(
        "hk-each-subscribes-its-figure",
        "極兔速遞引入基石投資者，其中淡馬錫認購1.5億美元、騰訊認購1億美元、博裕資本認購8000萬美元。",
        ["極兔速遞", "淡馬錫", "騰訊", "博裕資本"],
        [("1.5億美元", 1.5e8, None), ("1億美元", 1e8, None), ("8000萬美元", 8e7, None)],
        includes=[
            ("investment", "淡馬錫", "極兔速遞", "1.5億美元"),
            ("investment", "騰訊", "極兔速遞", "1億美元"),
            ("investment", "博裕資本", "極兔速遞", "8000萬美元"),
        ],
    ),
    case(
        "cn-each-subscribes-its-figure",
        "极兔速递引入基石投资者，其中淡马锡认购1.5亿美元、腾讯认购1亿美元、博裕资本认购8000万美元。",
        ["极兔速递", "淡马锡", "腾讯", "博裕资本"],
        [("1.5亿美元", 1.5e8, None), ("1亿美元", 1e8, None), ("8000万美元", 8e7, None)],
        includes=[
            ("investment", "淡马锡", "极兔速递", "1.5亿美元"),
            ("investment", "腾讯", "极兔速递", "1亿美元"),
            ("investment", "博裕资本", "极兔速递", "8000万美元"),
        ],
    ),
    case(
        "tw-subscribed-by-a-described-pair",
        "廣達擬辦理私募發行2億股，由鴻海及美商輝達共同認購。",
        ["廣達", "鴻海", "輝達"],
        includes=[("investment", "鴻海", "廣達", None), ("investment", "輝達", "廣達", None)],
    ),
    case(
        "cn-subscribed-by-a-described-pair",
        "广达拟办理私募发行2亿股，由鸿海及美商辉达共同认购。",
        ["广达", "鸿海", "辉达"],
        includes=[("investment", "鸿海", "广达", None), ("investment", "辉达", "广达", None)],
    ),
    # Y获A领投N B轮融资: the figure between the investor's verb and the round noun is the round's
    case(
        "cn-led-figure-before-the-round",
        "蓝箭航天获国调基金领投12亿元C轮融资",
        ["蓝箭航天", "国调基金"],
        [("12亿元", 1.2e9, None)],
        exactly=[("investment", "国调基金", "蓝箭航天", None), ("fundraising", "蓝箭航天", None, "12亿元")],
    ),
    case(
        "tw-led-figure-before-the-round",
        "藍箭航天獲國調基金領投12億元C輪融資",
        ["藍箭航天", "國調基金"],
        [("12億元", 1.2e9, None)],
        exactly=[("investment", "國調基金", "藍箭航天", None), ("fundraising", "藍箭航天", None, "12億元")],
    ),
    # counter-examples: an investor's own figure with no round noun after it stays its own
    case(
        "cn-subscriber-keeps-its-figure",
        "高瓴资本认购5亿元，蓝箭航天本轮融资总额20亿元。",
        ["高瓴资本", "蓝箭航天"],
        [("5亿元", 5e8, None), ("20亿元", 2e9, None)],
        includes=[("fundraising", "蓝箭航天", None, "20亿元")],
    ),
    case(
        "tw-led-with-own-figure",
        "國調基金領投5億元，藍箭航天本輪融資總額20億元。",
        ["國調基金", "藍箭航天"],
        [("5億元", 5e8, None), ("20億元", 2e9, None)],
        includes=[
            ("investment", "國調基金", "藍箭航天", "5億元"),
            ("fundraising", "藍箭航天", None, "20億元"),
        ],
    ),
    # counter-example: the investor's object named right after its verb is its investee
    case(
        "cn-object-right-after-the-verb",
        "红杉中国领投极智嘉，美团跟投。",
        ["红杉中国", "极智嘉", "美团"],
        includes=[("investment", "红杉中国", "极智嘉", None)],
    ),
]


@pytest.mark.parametrize("c", ROUND_INVESTORS + ROUND_DIRECTIONS + FOLLOWERS + LIST_ITEMS)
def test_round_investors(c: Case) -> None:
    c.check()
