"""Offerings and their subscribers (pipeline/nlp/deals/equity.py and the frames it reads): on an IPO,
a placement or a private placement, each named allottee, strategic subscriber or cornerstone is an
investment into the issuer, the offering the issuer's fundraising (devset2/README "Deals").
Sentences written for these tests, both scripts, with counter-examples."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

#: 获配 (allotted) names a subscriber of the offering under discussion; 获配金额 labels the figure of
#: the nearest allottee, not of every one before it
ALLOTTEES = [
    case(
        "cn-star-ipo-allottees",
        "华芯微电子在科创板上市，募集资金20亿元。其中，中芯聚源获配300万股，国泰君安证裕获配150万股，获配金额6,000万元。",
        ["华芯微电子", "中芯聚源", "国泰君安证裕"],
        [("20亿元", 2e9, None), ("6,000万元", 6e7, None)],
        exactly=[
            ("fundraising", "华芯微电子", None, "20亿元"),
            ("investment", "中芯聚源", "华芯微电子", None),
            ("investment", "国泰君安证裕", "华芯微电子", "6,000万元"),
        ],
    ),
    case(
        "tw-star-ipo-allottees",
        "華芯微電子在科創板上市，募集資金20億元。其中，中芯聚源獲配300萬股，國泰君安證裕獲配150萬股，獲配金額6,000萬元。",
        ["華芯微電子", "中芯聚源", "國泰君安證裕"],
        [("20億元", 2e9, None), ("6,000萬元", 6e7, None)],
        exactly=[
            ("fundraising", "華芯微電子", None, "20億元"),
            ("investment", "中芯聚源", "華芯微電子", None),
            ("investment", "國泰君安證裕", "華芯微電子", "6,000萬元"),
        ],
    ),
    case(
        "cn-private-placement-allottees",
        "宁波银行向特定对象发行股票募集资金80亿元，其中，中国人寿获配20亿元，UBS AG获配5亿元。",
        ["宁波银行", "中国人寿", "UBS AG"],
        [("80亿元", 8e9, None), ("20亿元", 2e9, None), ("5亿元", 5e8, None)],
        exactly=[
            ("fundraising", "宁波银行", None, "80亿元"),
            ("investment", "中国人寿", "宁波银行", "20亿元"),
            ("investment", "UBS AG", "宁波银行", "5亿元"),
        ],
    ),
    case(
        "tw-private-placement-allottees",
        "寧波銀行向特定對象發行股票募集資金80億元，其中，中國人壽獲配20億元，UBS AG獲配5億元。",
        ["寧波銀行", "中國人壽", "UBS AG"],
        [("80億元", 8e9, None), ("20億元", 2e9, None), ("5億元", 5e8, None)],
        exactly=[
            ("fundraising", "寧波銀行", None, "80億元"),
            ("investment", "中國人壽", "寧波銀行", "20億元"),
            ("investment", "UBS AG", "寧波銀行", "5億元"),
        ],
    ),
    # A、B等12家机构获配 after the offering: the counted group subscribes to it (no statistic)
    case(
        "cn-counted-allottees-of-a-placement",
        "中国巨石定增落地，财通基金、诺德基金、UBS AG等12家机构获配。",
        ["中国巨石", "财通基金", "诺德基金", "UBS AG"],
        exactly=[
            ("investment", "财通基金", "中国巨石", None),
            ("investment", "诺德基金", "中国巨石", None),
            ("investment", "UBS AG", "中国巨石", None),
        ],
    ),
    case(
        "tw-counted-allottees-of-a-placement",
        "中國巨石定增落地，財通基金、諾德基金、UBS AG等12家機構獲配。",
        ["中國巨石", "財通基金", "諾德基金", "UBS AG"],
        exactly=[
            ("investment", "財通基金", "中國巨石", None),
            ("investment", "諾德基金", "中國巨石", None),
            ("investment", "UBS AG", "中國巨石", None),
        ],
    ),
    no_deal(
        "cn-counted-raisers-are-a-statistic",
        "今年以来，中国巨石、华友钴业等8家企业募资合计超过300亿元。",
        ["中国巨石", "华友钴业"],
        [("超过300亿元", 3e10, None)],
    ),
    # the allottees counted, then 其中 the named ones with their figures (分别 in order)
    case(
        "cn-counted-allottees-then-the-named",
        "长电科技定增发行完成，最终获配对象共15家，其中国新投资、诺德基金分别获配8亿元、5亿元。",
        ["长电科技", "国新投资", "诺德基金"],
        [("8亿元", 8e8, None), ("5亿元", 5e8, None)],
        exactly=[
            ("investment", "国新投资", "长电科技", "8亿元"),
            ("investment", "诺德基金", "长电科技", "5亿元"),
        ],
    ),
    case(
        "tw-counted-allottees-then-the-named",
        "長電科技定增發行完成，最終獲配對象共15家，其中國新投資、諾德基金分別獲配8億元、5億元。",
        ["長電科技", "國新投資", "諾德基金"],
        [("8億元", 8e8, None), ("5億元", 5e8, None)],
        exactly=[
            ("investment", "國新投資", "長電科技", "8億元"),
            ("investment", "諾德基金", "長電科技", "5億元"),
        ],
    ),
    no_deal(
        "cn-allottees-counted-only",
        "本次向特定对象发行的认购对象共35名，均以现金认购。",
    ),
    no_deal("cn-lock-up-of-allotted-shares", "战略投资者获配股份的限售期为12个月。"),
    no_deal("tw-lock-up-of-allotted-shares", "戰略投資者獲配股份的限售期為12個月。"),
]

#: A拟参与战略配售 / A将作为基石投资者参与X的首次公开发售: A invests in the issuer — it raises nothing
JOINED_OFFERINGS = [
    case(
        "cn-joins-strategic-placement",
        "摩尔线程科创板IPO，国家集成电路产业投资基金二期拟参与战略配售，认购金额不超过30亿元。",
        ["摩尔线程", "国家集成电路产业投资基金二期"],
        [("不超过30亿元", 3e9, None)],
        exactly=[
            ("fundraising", "摩尔线程", None, None),
            ("investment", "国家集成电路产业投资基金二期", "摩尔线程", "不超过30亿元"),
        ],
    ),
    case(
        "tw-joins-strategic-placement",
        "摩爾線程科創板IPO，國家集成電路產業投資基金二期擬參與戰略配售，認購金額不超過30億元。",
        ["摩爾線程", "國家集成電路產業投資基金二期"],
        [("不超過30億元", 3e9, None)],
        exactly=[
            ("fundraising", "摩爾線程", None, None),
            ("investment", "國家集成電路產業投資基金二期", "摩爾線程", "不超過30億元"),
        ],
    ),
    case(
        "cn-joins-as-cornerstone",
        "GIC将作为基石投资者参与蜜雪集团的香港首次公开发售。",
        ["GIC", "蜜雪集团"],
        exactly=[("investment", "GIC", "蜜雪集团", None)],
    ),
    case(
        "tw-joins-as-cornerstone",
        "GIC將作為基石投資者參與蜜雪集團的香港首次公開發售。",
        ["GIC", "蜜雪集團"],
        exactly=[("investment", "GIC", "蜜雪集團", None)],
    ),
    case(
        "tw-global-offering-is-the-raise",
        "文遠知行今日起全球發售，集資最多13.6億港元。",
        ["文遠知行"],
        [("最多13.6億港元", 1.36e9, None)],
        exactly=[("fundraising", "文遠知行", None, "最多13.6億港元")],
    ),
    case(
        "cn-global-offering-is-the-raise",
        "文远知行今日起全球发售，集资最多13.6亿港元。",
        ["文远知行"],
        [("最多13.6亿港元", 1.36e9, None)],
        exactly=[("fundraising", "文远知行", None, "最多13.6亿港元")],
    ),
    # 自动驾驶公司X: 自 begins a word, it marks no source (X raises, it is no financier)
    case(
        "tw-self-driving-is-no-source",
        "自動駕駛公司文遠知行今日起招股，集資最多13.6億港元。",
        ["文遠知行"],
        [("最多13.6億港元", 1.36e9, None)],
        exactly=[("fundraising", "文遠知行", None, "最多13.6億港元")],
    ),
    # X的IPO / X此次IPO: the company's own offering, which its cornerstones subscribe to
    case(
        "cn-in-the-ipo-of",
        "在蜜雪集团的IPO中，高瓴资本认购了5000万美元。",
        ["蜜雪集团", "高瓴资本"],
        [("5000万美元", 5e7, None)],
        exactly=[
            ("fundraising", "蜜雪集团", None, None),
            ("investment", "高瓴资本", "蜜雪集团", "5000万美元"),
        ],
    ),
    case(
        "tw-this-ipo-of",
        "蜜雪集團此次IPO，高瓴資本作為基石投資者認購5000萬美元。",
        ["蜜雪集團", "高瓴資本"],
        [("5000萬美元", 5e7, None)],
        exactly=[
            ("fundraising", "蜜雪集團", None, None),
            ("investment", "高瓴資本", "蜜雪集團", "5000萬美元"),
        ],
    ),
    no_deal("cn-ipo-market-is-no-listing", "港股IPO市场今年集资额重登全球首位。"),
    no_deal("tw-ipo-market-is-no-listing", "港股IPO市場今年集資額重登全球首位。"),
    no_deal(
        "cn-forecast-of-board-ipos",
        "德勤预计，明年港股IPO集资额将达2000亿港元。",
        ["德勤"],
        [("2000亿港元", 2e11, None)],
    ),
    no_deal(
        "tw-forecast-of-board-ipos",
        "德勤預計，明年港股IPO集資額將達2000億港元。",
        ["德勤"],
        [("2000億港元", 2e11, None)],
    ),
    no_deal("cn-h-share-price-is-no-listing", "宁德时代H股股价今日上涨5%。", ["宁德时代"]),
    no_deal(
        "tw-exchange-ipo-total-is-a-statistic",
        "港交所今年共有70宗IPO，集資總額約1,800億港元。",
        ["港交所"],
        [("約1,800億港元", 1.8e11, None)],
    ),
    no_deal(
        "cn-board-ipo-count-is-a-statistic",
        "科创板今年以来共有80家公司IPO，合计募资超过1,000亿元。",
        amounts=[("超过1,000亿元", 1e11, None)],
    ),
]

#: cornerstones named with and without figures: 其余由A及B认购 / 基石投资者包括A（认购N）、B及C /
#: H股上市，A及B作为基石投资者，分别认购N1及N2 — each invests in the issuer, never in a fellow
CORNERSTONES = [
    case(
        "tw-the-rest-subscribed-by",
        "遠景動力今日起招股，集資最多55億港元。公司引入4名基石投資者，其中阿布扎比投資局認購1億美元，"
        "其餘由博裕資本及中東主權基金穆巴達拉認購。",
        ["遠景動力", "阿布扎比投資局", "博裕資本", "穆巴達拉"],
        [("最多55億港元", 5.5e9, None), ("1億美元", 1e8, None)],
        exactly=[
            ("fundraising", "遠景動力", None, "最多55億港元"),
            ("investment", "阿布扎比投資局", "遠景動力", "1億美元"),
            ("investment", "博裕資本", "遠景動力", None),
            ("investment", "穆巴達拉", "遠景動力", None),
        ],
    ),
    case(
        "cn-the-rest-subscribed-by",
        "远景动力今日起招股，集资最多55亿港元。公司引入4名基石投资者，其中阿布扎比投资局认购1亿美元，"
        "其余由博裕资本及中东主权基金穆巴达拉认购。",
        ["远景动力", "阿布扎比投资局", "博裕资本", "穆巴达拉"],
        [("最多55亿港元", 5.5e9, None), ("1亿美元", 1e8, None)],
        exactly=[
            ("fundraising", "远景动力", None, "最多55亿港元"),
            ("investment", "阿布扎比投资局", "远景动力", "1亿美元"),
            ("investment", "博裕资本", "远景动力", None),
            ("investment", "穆巴达拉", "远景动力", None),
        ],
    ),
    case(
        "cn-figure-in-brackets-in-the-list",
        "蜜雪集团的基石投资者包括高瓴（认购5000万美元）、淡马锡及博裕资本。",
        ["蜜雪集团", "高瓴", "淡马锡", "博裕资本"],
        [("5000万美元", 5e7, None)],
        exactly=[
            ("investment", "高瓴", "蜜雪集团", "5000万美元"),
            ("investment", "淡马锡", "蜜雪集团", None),
            ("investment", "博裕资本", "蜜雪集团", None),
        ],
    ),
    case(
        "tw-list-without-possessive",
        "蜜雪集團基石投資者包括高瓴（認購5000萬美元）、淡馬錫及博裕資本。",
        ["蜜雪集團", "高瓴", "淡馬錫", "博裕資本"],
        [("5000萬美元", 5e7, None)],
        exactly=[
            ("investment", "高瓴", "蜜雪集團", "5000萬美元"),
            ("investment", "淡馬錫", "蜜雪集團", None),
            ("investment", "博裕資本", "蜜雪集團", None),
        ],
    ),
    case(
        "tw-each-figure-in-brackets",
        "蜜雪集團今日招股，基石投資者包括：高瓴（認購5000萬美元）、淡馬錫（認購3000萬美元）及博裕資本。",
        ["蜜雪集團", "高瓴", "淡馬錫", "博裕資本"],
        [("5000萬美元", 5e7, None), ("3000萬美元", 3e7, None)],
        exactly=[
            ("investment", "高瓴", "蜜雪集團", "5000萬美元"),
            ("investment", "淡馬錫", "蜜雪集團", "3000萬美元"),
            ("investment", "博裕資本", "蜜雪集團", None),
        ],
    ),
    case(
        "cn-each-figure-in-brackets",
        "蜜雪集团今日招股，基石投资者包括：高瓴（认购5000万美元）、淡马锡（认购3000万美元）及博裕资本。",
        ["蜜雪集团", "高瓴", "淡马锡", "博裕资本"],
        [("5000万美元", 5e7, None), ("3000万美元", 3e7, None)],
        exactly=[
            ("investment", "高瓴", "蜜雪集团", "5000万美元"),
            ("investment", "淡马锡", "蜜雪集团", "3000万美元"),
            ("investment", "博裕资本", "蜜雪集团", None),
        ],
    ),
    # a combined figure after the list is no one investor's
    case(
        "tw-combined-figure-is-no-ones",
        "招股書顯示，蜜雪集團的基石投資者包括高瓴、淡馬錫和博裕資本，合共認購約1.5億美元。",
        ["蜜雪集團", "高瓴", "淡馬錫", "博裕資本"],
        [("約1.5億美元", 1.5e8, None)],
        exactly=[
            ("investment", "高瓴", "蜜雪集團", None),
            ("investment", "淡馬錫", "蜜雪集團", None),
            ("investment", "博裕資本", "蜜雪集團", None),
        ],
    ),
    case(
        "cn-h-share-listing-cornerstones",
        "美的集团H股上市，淡马锡及高瓴作为基石投资者，分别认购2亿美元及1.5亿美元。",
        ["美的集团", "淡马锡", "高瓴"],
        [("2亿美元", 2e8, None), ("1.5亿美元", 1.5e8, None)],
        exactly=[
            ("fundraising", "美的集团", None, None),
            ("investment", "淡马锡", "美的集团", "2亿美元"),
            ("investment", "高瓴", "美的集团", "1.5亿美元"),
        ],
    ),
    case(
        "tw-h-share-listing-cornerstones",
        "美的集團H股上市，淡馬錫及高瓴作為基石投資者，分別認購2億美元及1.5億美元。",
        ["美的集團", "淡馬錫", "高瓴"],
        [("2億美元", 2e8, None), ("1.5億美元", 1.5e8, None)],
        exactly=[
            ("fundraising", "美的集團", None, None),
            ("investment", "淡馬錫", "美的集團", "2億美元"),
            ("investment", "高瓴", "美的集團", "1.5億美元"),
        ],
    ),
    # 及其子公司B: the unit of the member before is no second member of the list
    case(
        "tw-and-its-subsidiary-is-no-list",
        "寧德時代及其子公司寧德新能源認購華友鈷業新股。",
        ["寧德時代", "寧德新能源", "華友鈷業"],
        exactly=[("investment", "寧德新能源", "華友鈷業", None)],
    ),
]

#: subscription agreements (認購協議): the subscriber, named or by its role noun (认购人), invests in
#: the issuer; 代价 / 总代价 in the next clause is its figure
SUBSCRIPTION_AGREEMENTS = [
    case(
        "tw-subscriber-by-its-role-noun",
        "中國旭陽公布，與認購人中石化資本訂立認購協議，認購人有條件同意認購3億股新股，總代價約10億港元。",
        ["中國旭陽", "中石化資本"],
        [("約10億港元", 1e9, None)],
        exactly=[("investment", "中石化資本", "中國旭陽", "約10億港元")],
    ),
    case(
        "cn-subscriber-by-its-role-noun",
        "中国旭阳公布，与认购人中石化资本订立认购协议，认购人有条件同意认购3亿股新股，总代价约10亿港元。",
        ["中国旭阳", "中石化资本"],
        [("约10亿港元", 1e9, None)],
        exactly=[("investment", "中石化资本", "中国旭阳", "约10亿港元")],
    ),
    # 认购X配售股份N: the raise word names the shares bought — the figure is the subscriber's
    case(
        "cn-subscribes-placement-shares",
        "高瓴认购蜜雪集团配售股份5000万美元。",
        ["蜜雪集团", "高瓴"],
        [("5000万美元", 5e7, None)],
        exactly=[("investment", "高瓴", "蜜雪集团", "5000万美元")],
    ),
    case(
        "tw-subscribes-private-placement-shares",
        "高瓴認購蜜雪集團定增股份5000萬美元。",
        ["蜜雪集團", "高瓴"],
        [("5000萬美元", 5e7, None)],
        exactly=[("investment", "高瓴", "蜜雪集團", "5000萬美元")],
    ),
    # the issue's own figure after it stays the raise's (定增募资N, then A认购)
    case(
        "cn-placement-figure-stays-the-raise",
        "蜜雪集团定增募资30亿元，高瓴认购5亿元。",
        ["蜜雪集团", "高瓴"],
        [("30亿元", 3e9, None), ("5亿元", 5e8, None)],
        exactly=[("fundraising", "蜜雪集团", None, "30亿元"), ("investment", "高瓴", "蜜雪集团", "5亿元")],
    ),
    case(
        "tw-consideration-in-the-next-clause",
        "騰訊音樂與京東集團訂立認購協議，京東集團同意認購騰訊音樂發行的新股，代價約2億美元。",
        ["騰訊音樂", "京東集團"],
        [("約2億美元", 2e8, None)],
        exactly=[("investment", "京東集團", "騰訊音樂", "約2億美元")],
    ),
    case(
        "cn-consideration-in-the-next-clause",
        "腾讯音乐与京东集团订立认购协议，京东集团同意认购腾讯音乐发行的新股，代价约2亿美元。",
        ["腾讯音乐", "京东集团"],
        [("约2亿美元", 2e8, None)],
        exactly=[("investment", "京东集团", "腾讯音乐", "约2亿美元")],
    ),
]

#: 配售新股给Y / 配售新股予Y: the placee after the verb buys the shares; the raise stays the issuer's
PLACEES_AFTER = [
    case(
        "cn-placed-to",
        "胜科工业宣布，将以每股4.2元配售5000万股新股给淡马锡，筹集约2.1亿新元。",
        ["胜科工业", "淡马锡"],
        [("约2.1亿新元", 2.1e8, None)],
        exactly=[
            ("fundraising", "胜科工业", None, "约2.1亿新元"),
            ("investment", "淡马锡", "胜科工业", None),
        ],
    ),
    case(
        "tw-placed-to",
        "勝科工業宣佈，將配售5000萬股新股予淡馬錫，籌集約2.1億新元。",
        ["勝科工業", "淡馬錫"],
        [("約2.1億新元", 2.1e8, None)],
        exactly=[
            ("fundraising", "勝科工業", None, "約2.1億新元"),
            ("investment", "淡馬錫", "勝科工業", None),
        ],
    ),
    # a rights issue (附加股, Malaysia and Singapore) taken up by a holder: 认购其应得部分 (its own
    # entitlement) names no second investee, and the raise's figure is no holder's
    case(
        "cn-holder-takes-up-its-entitlement",
        "马银行建议以附加股方式筹资30亿令吉，大股东国民投资机构承诺全数认购其应得部分。",
        ["马银行", "国民投资机构"],
        [("30亿令吉", 3e9, None)],
        exactly=[("fundraising", "马银行", None, "30亿令吉"), ("investment", "国民投资机构", "马银行", None)],
    ),
    case(
        "tw-holder-takes-up-its-entitlement",
        "馬銀行建議以附加股方式籌資30億令吉，大股東國民投資機構承諾全數認購其應得部分。",
        ["馬銀行", "國民投資機構"],
        [("30億令吉", 3e9, None)],
        exactly=[("fundraising", "馬銀行", None, "30億令吉"), ("investment", "國民投資機構", "馬銀行", None)],
    ),
    # 由Y全额认购: the subscriber takes the whole raise, and its figure
    case(
        "tw-subscribed-in-full-by-the-parent",
        "子公司富邦產險將辦理現金增資新台幣150億元，由富邦金全額認購。",
        ["富邦產險", "富邦金"],
        [("新台幣150億元", 1.5e10, None)],
        exactly=[
            ("fundraising", "富邦產險", None, "新台幣150億元"),
            ("investment", "富邦金", "富邦產險", "新台幣150億元"),
        ],
    ),
    case(
        "cn-subscribed-in-full-by-the-parent",
        "子公司中信建投资本将增资人民币30亿元，由中信建投全额认购。",
        ["中信建投资本", "中信建投"],
        [("人民币30亿元", 3e9, None)],
        exactly=[
            ("fundraising", "中信建投资本", None, "人民币30亿元"),
            ("investment", "中信建投", "中信建投资本", "人民币30亿元"),
        ],
    ),
    case(
        "cn-subscribed-in-part-keeps-no-figure",
        "子公司中信建投资本将增资人民币30亿元，由中信建投认购部分股份。",
        ["中信建投资本", "中信建投"],
        [("人民币30亿元", 3e9, None)],
        exactly=[
            ("fundraising", "中信建投资本", None, "人民币30亿元"),
            ("investment", "中信建投", "中信建投资本", None),
        ],
    ),
    # 配售代理为Y: the agent serves the placement, it buys nothing
    case(
        "tw-placing-agent-buys-nothing",
        "吉利汽車配售6億股新股，集資約74.5億港元，配售代理為摩根士丹利。",
        ["吉利汽車", "摩根士丹利"],
        [("約74.5億港元", 7.45e9, None)],
        exactly=[("fundraising", "吉利汽車", None, "約74.5億港元")],
    ),
]


@pytest.mark.parametrize(
    "c", ALLOTTEES + JOINED_OFFERINGS + CORNERSTONES + SUBSCRIPTION_AGREEMENTS + PLACEES_AFTER
)
def test_offering_subscribers(c: Case) -> None:
    c.check()
