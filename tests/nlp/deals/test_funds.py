"""Funds and public money (pipeline/nlp/deals/funds.py and the frames beside it): a fund's own size
is its fundraising; an LP's commitment goes into the fund (a bare 公司 is the announcing company,
never the fund); a sub-fund agreement with the mother fund's sum is its investment into the
sub-fund; financing between a bank and a company is a loan; a central bank's liquidity support and
a subsidy are the paying body's deal (type other) with the receiver (devset2 README: public
money). Sentences of our own, both scripts, with counter-examples."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

INV = "investment"

FUND_SIZES = [
    case(
        "cn-fund-named-then-size",
        "苏州新材料产业基金（有限合伙）目标规模为20亿元。",
        ["苏州新材料产业基金（有限合伙）"],
        [("20亿元", 2e9, None)],
        exactly=[("fundraising", "苏州新材料产业基金（有限合伙）", None, "20亿元")],
    ),
    case(
        "tw-fund-named-then-size",
        "國發基金旗下的台灣創新基金總規模達新台幣100億元。",
        ["國發基金", "台灣創新基金"],
        [("新台幣100億元", 1e10, None)],
        exactly=[("fundraising", "台灣創新基金", None, "新台幣100億元")],
    ),
    case(
        "cn-founded-size-then-lp",
        "恒瑞新材参与设立苏州新材料产业基金（有限合伙），基金目标规模20亿元，公司认缴出资3亿元。",
        ["恒瑞新材", "苏州新材料产业基金（有限合伙）"],
        [("20亿元", 2e9, None), ("3亿元", 3e8, None)],
        exactly=[
            ("fundraising", "苏州新材料产业基金（有限合伙）", None, "20亿元"),
            (INV, "恒瑞新材", "苏州新材料产业基金（有限合伙）", "3亿元"),
        ],
    ),
    case(
        "tw-founded-size-then-lp",
        "恒瑞新材參與設立蘇州新材料產業基金（有限合夥），基金目標規模20億元，公司認繳出資3億元。",
        ["恒瑞新材", "蘇州新材料產業基金（有限合夥）"],
        [("20億元", 2e9, None), ("3億元", 3e8, None)],
        exactly=[
            ("fundraising", "蘇州新材料產業基金（有限合夥）", None, "20億元"),
            (INV, "恒瑞新材", "蘇州新材料產業基金（有限合夥）", "3億元"),
        ],
    ),
    case(
        "sg-fund-size-in-usd",
        "淡馬錫宣布，旗下亞洲氣候基金首期規模為5億美元。",
        ["淡馬錫", "亞洲氣候基金"],
        [("5億美元", 5e8, None)],
        exactly=[("fundraising", "亞洲氣候基金", None, "5億美元")],
    ),
    case(
        "cn-size-then-first-close",
        "国投创新基金（有限合伙）目标规模为100亿元，首期规模30亿元。",
        ["国投创新基金（有限合伙）"],
        [("100亿元", 1e10, None), ("30亿元", 3e9, None)],
        exactly=[("fundraising", "国投创新基金（有限合伙）", None, "100亿元")],
    ),
    # the partners' commitments together (认缴出资总额) are the fund's size
    case(
        "cn-total-commitments-are-the-size",
        "长三角协同优势产业基金（有限合伙）认缴出资总额为100亿元，上汽集团作为有限合伙人认缴出资20亿元。",
        ["长三角协同优势产业基金（有限合伙）", "上汽集团"],
        [("100亿元", 1e10, None), ("20亿元", 2e9, None)],
        exactly=[
            ("fundraising", "长三角协同优势产业基金（有限合伙）", None, "100亿元"),
            ("investment", "上汽集团", "长三角协同优势产业基金（有限合伙）", "20亿元"),
        ],
    ),
    case(
        "tw-total-commitments-are-the-size",
        "長三角協同優勢產業基金（有限合夥）認繳出資總額為100億元，上汽集團作為有限合夥人認繳出資20億元。",
        ["長三角協同優勢產業基金（有限合夥）", "上汽集團"],
        [("100億元", 1e10, None), ("20億元", 2e9, None)],
        exactly=[
            ("fundraising", "長三角協同優勢產業基金（有限合夥）", None, "100億元"),
            ("investment", "上汽集團", "長三角協同優勢產業基金（有限合夥）", "20億元"),
        ],
    ),
    case(
        "cn-lp-then-the-funds-total",
        "美的集团作为有限合伙人认缴出资5亿元，参与投资红土智造基金（有限合伙），该基金认缴出资总额为30亿元。",
        ["美的集团", "红土智造基金（有限合伙）"],
        [("5亿元", 5e8, None), ("30亿元", 3e9, None)],
        exactly=[
            (INV, "美的集团", "红土智造基金（有限合伙）", "5亿元"),
            ("fundraising", "红土智造基金（有限合伙）", None, "30亿元"),
        ],
    ),
    # counter-example: a joint venture's total contributions are no fund's size
    case(
        "cn-jv-total-contributions-are-no-fund",
        "宁德时代与一汽集团成立合资公司时代一汽动力电池有限公司，出资总额为20亿元，宁德时代出资10.2亿元。",
        ["宁德时代", "一汽集团", "时代一汽动力电池有限公司"],
        [("20亿元", 2e9, None), ("10.2亿元", 1.02e9, None)],
        exactly=[(INV, "宁德时代", "时代一汽动力电池有限公司", "10.2亿元")],
    ),
    # counter-examples: a total that is no fund's; the fund manager's assets under management
    no_deal(
        "cn-managers-assets-are-no-fund-size",
        "红杉中国种子基金（有限合伙）的管理人红杉资本管理总规模达500亿美元。",
        ["红杉中国种子基金（有限合伙）", "红杉资本"],
        [("500亿美元", 5e10, None)],
    ),
    no_deal(
        "tw-managers-assets-are-no-fund-size",
        "紅杉中國種子基金（有限合夥）的管理人紅杉資本管理總規模達500億美元。",
        ["紅杉中國種子基金（有限合夥）", "紅杉資本"],
        [("500億美元", 5e10, None)],
    ),
    no_deal(
        "cn-shipments-total-is-no-fund",
        "隆基绿能今年光伏组件出货总规模达到80GW。",
        ["隆基绿能"],
    ),
    no_deal(
        "tw-market-total-is-no-fund",
        "台灣聯貸市場今年總規模達新台幣1.2兆元。",
        [],
        [("新台幣1.2兆元", 1.2e12, None)],
    ),
]

#: an LP's commitment in a sentence after the one naming the fund
LIMITED_PARTNERS = [
    case(
        "cn-lp-after-the-founding",
        "粤科金融与深创投共同发起设立广东省芯片产业投资基金合伙企业（有限合伙）。粤科金融作为有限合伙人认缴出资30亿元。"
        "该基金总规模为100亿元。",
        ["粤科金融", "深创投", "广东省芯片产业投资基金合伙企业（有限合伙）"],
        [("30亿元", 3e9, None), ("100亿元", 1e10, None)],
        exactly=[
            (INV, "粤科金融", "广东省芯片产业投资基金合伙企业（有限合伙）", "30亿元"),
            ("fundraising", "广东省芯片产业投资基金合伙企业（有限合伙）", None, "100亿元"),
        ],
    ),
    case(
        "sg-lp-after-the-founding",
        "星展銀行與淡馬錫設立亞洲綠色轉型基金（有限合夥）。馬來亞銀行作為有限合夥人出資2億美元。",
        ["星展銀行", "淡馬錫", "亞洲綠色轉型基金（有限合夥）", "馬來亞銀行"],
        [("2億美元", 2e8, None)],
        exactly=[(INV, "馬來亞銀行", "亞洲綠色轉型基金（有限合夥）", "2億美元")],
    ),
    case(
        "hk-lp-capacity-after-a-closing",
        "亞洲綠色轉型基金（有限合夥）完成首次關賬。馬來亞銀行以有限合夥人身份出資2億美元。",
        ["亞洲綠色轉型基金（有限合夥）", "馬來亞銀行"],
        [("2億美元", 2e8, None)],
        includes=[(INV, "馬來亞銀行", "亞洲綠色轉型基金（有限合夥）", "2億美元")],
    ),
    case(
        "cn-lp-then-the-fund-founded",
        "万华化学拟作为有限合伙人，以自有资金认缴出资3亿元，与烟台国丰投资控股集团有限公司、烟台市财金发展投资"
        "集团有限公司共同设立烟台新材料产业发展基金合伙企业（有限合伙）。",
        [
            "万华化学",
            "烟台国丰投资控股集团有限公司",
            "烟台市财金发展投资集团有限公司",
            "烟台新材料产业发展基金合伙企业（有限合伙）",
        ],
        [("3亿元", 3e8, None)],
        includes=[(INV, "万华化学", "烟台新材料产业发展基金合伙企业（有限合伙）", "3亿元")],
    ),
    case(
        "tw-lp-then-the-fund-founded",
        "萬華化學擬作為有限合夥人，以自有資金認繳出資3億元，與煙台國豐投資控股集團有限公司共同設立煙台新材料產業"
        "發展基金合夥企業（有限合夥）。",
        ["萬華化學", "煙台國豐投資控股集團有限公司", "煙台新材料產業發展基金合夥企業（有限合夥）"],
        [("3億元", 3e8, None)],
        includes=[(INV, "萬華化學", "煙台新材料產業發展基金合夥企業（有限合夥）", "3億元")],
    ),
    case(
        "cn-fund-founded-by-its-manager",
        "比亚迪拟出资20亿元，参与认购深圳市引导基金投资有限公司发起设立的深圳新能源汽车产业基金。",
        ["比亚迪", "深圳市引导基金投资有限公司", "深圳新能源汽车产业基金"],
        [("20亿元", 2e9, None)],
        exactly=[(INV, "比亚迪", "深圳新能源汽车产业基金", "20亿元")],
    ),
    case(
        "tw-contribution-then-the-fund-joined",
        "國發基金出資新台幣20億元，參與台灣AI產業基金。",
        ["國發基金", "台灣AI產業基金"],
        [("新台幣20億元", 2e9, None)],
        exactly=[(INV, "國發基金", "台灣AI產業基金", "新台幣20億元")],
    ),
    case(
        "cn-contribution-then-the-fund-joined",
        "国发基金出资新台币20亿元，参与投资台湾AI产业基金。",
        ["国发基金", "台湾AI产业基金"],
        [("新台币20亿元", 2e9, None)],
        exactly=[(INV, "国发基金", "台湾AI产业基金", "新台币20亿元")],
    ),
    case(
        "cn-lp-beside-the-partnership-agreement",
        "伊利股份与中金资本签署合伙协议，拟作为有限合伙人认缴出资5亿元，参与设立中金伊利产业投资基金（有限合伙）。",
        ["伊利股份", "中金资本", "中金伊利产业投资基金（有限合伙）"],
        [("5亿元", 5e8, None)],
        includes=[(INV, "伊利股份", "中金伊利产业投资基金（有限合伙）", "5亿元")],
    ),
    # counter-examples: the money founds a subsidiary, which founds the fund; a contribution with no
    # LP cue is not tied to a fund named before
    case(
        "cn-subsidiary-founded-before-the-fund",
        "远航电子拟出资1亿元设立全资子公司远航资本有限公司，由其发起设立远航一号基金（有限合伙）。",
        ["远航电子", "远航资本有限公司", "远航一号基金（有限合伙）"],
        [("1亿元", 1e8, None)],
        exactly=[(INV, "远航电子", "远航资本有限公司", "1亿元")],
    ),
    case(
        "tw-subsidiary-founded-before-the-fund",
        "遠航電子擬出資1億元設立全資子公司遠航資本有限公司，由其發起設立遠航一號基金（有限合夥）。",
        ["遠航電子", "遠航資本有限公司", "遠航一號基金（有限合夥）"],
        [("1億元", 1e8, None)],
        exactly=[(INV, "遠航電子", "遠航資本有限公司", "1億元")],
    ),
    case(
        "cn-no-lp-cue",
        "红杉中国基金（有限合伙）去年表现亮眼。宁德时代认缴出资3亿元设立新公司。",
        ["宁德时代", "红杉中国基金（有限合伙）"],
        [("3亿元", 3e8, None)],
        exactly=[(INV, "宁德时代", None, "3亿元")],
    ),
]

#: 设立Y基金。其中，A出资N1，B出资N2: a sentence breaking down the one before — its contributions
#: go into the fund just named (or the joint investment the contributor is a party of); a size before
#: the fund (总规模为N的Y基金) is its own
BREAKDOWNS = [
    case(
        "cn-size-before-fund-then-partners",
        "同日，总规模为100亿元的长三角绿色能源产业基金宣告设立。其中，江苏新能源出资30亿元，上海国际集团出资20亿元。",
        ["长三角绿色能源产业基金", "江苏新能源", "上海国际集团"],
        [("100亿元", 1e10, None), ("30亿元", 3e9, None), ("20亿元", 2e9, None)],
        exactly=[
            ("fundraising", "长三角绿色能源产业基金", None, "100亿元"),
            (INV, "江苏新能源", "长三角绿色能源产业基金", "30亿元"),
            (INV, "上海国际集团", "长三角绿色能源产业基金", "20亿元"),
        ],
    ),
    case(
        "tw-size-before-fund-then-partners",
        "目標規模新台幣50億元的台杉水牛三號基金昨日成立。其中，國發基金出資新台幣10億元，台積電出資新台幣5億元。",
        ["台杉水牛三號基金", "國發基金", "台積電"],
        [("新台幣50億元", 5e9, None), ("新台幣10億元", 1e9, None), ("新台幣5億元", 5e8, None)],
        exactly=[
            ("fundraising", "台杉水牛三號基金", None, "新台幣50億元"),
            (INV, "國發基金", "台杉水牛三號基金", "新台幣10億元"),
            (INV, "台積電", "台杉水牛三號基金", "新台幣5億元"),
        ],
    ),
    case(
        "cn-partners-of-a-joint-capital-increase",
        "江苏新能源与上海国际集团共同向光储科技增资。其中，江苏新能源出资30亿元，上海国际集团出资20亿元。",
        ["光储科技", "江苏新能源", "上海国际集团"],
        [("30亿元", 3e9, None), ("20亿元", 2e9, None)],
        exactly=[
            (INV, "江苏新能源", "光储科技", "30亿元"),
            (INV, "上海国际集团", "光储科技", "20亿元"),
        ],
    ),
    case(
        "tw-partners-of-a-joint-capital-increase",
        "江蘇新能源與上海國際集團共同向光儲科技增資。其中，江蘇新能源出資30億元，上海國際集團出資20億元。",
        ["光儲科技", "江蘇新能源", "上海國際集團"],
        [("30億元", 3e9, None), ("20億元", 2e9, None)],
        exactly=[
            (INV, "江蘇新能源", "光儲科技", "30億元"),
            (INV, "上海國際集團", "光儲科技", "20億元"),
        ],
    ),
    # counter rows: no breakdown (a new sentence of its own); a managed fund's size is no raise
    case(
        "cn-no-breakdown-no-fund",
        "长三角绿色能源产业基金宣告设立。宁德时代认缴出资3亿元设立新公司。",
        ["长三角绿色能源产业基金", "宁德时代"],
        [("3亿元", 3e8, None)],
        exactly=[(INV, "宁德时代", None, "3亿元")],
    ),
    no_deal(
        "cn-managed-size-is-no-raise",
        "华发城建管理的总规模为100亿元的基金已投资完毕。",
        ["华发城建"],
        [("100亿元", 1e10, None)],
    ),
]

#: X出资N与Y(共同)成立合资公司 / 设立Z基金: Y founds with X — a co-investor, not the investee; the
#: money goes into what they found (Z when named, else nobody named)
FOUNDING_PARTNERS = [
    case(
        "cn-contributes-with-partner-to-a-jv",
        "宁德时代将出资20亿元与广汽集团成立合资公司。",
        ["宁德时代", "广汽集团"],
        [("20亿元", 2e9, None)],
        exactly=[(INV, "宁德时代", None, "20亿元")],
    ),
    case(
        "tw-contributes-with-partner-to-a-jv",
        "寧德時代將出資20億元與廣汽集團成立合資公司。",
        ["寧德時代", "廣汽集團"],
        [("20億元", 2e9, None)],
        exactly=[(INV, "寧德時代", None, "20億元")],
    ),
    case(
        "tw-invests-with-partner-in-a-named-fund",
        "台積電將投資新台幣20億元與國發基金共同設立台灣半導體創新基金。",
        ["台積電", "國發基金", "台灣半導體創新基金"],
        [("新台幣20億元", 2e9, None)],
        exactly=[(INV, "台積電", "台灣半導體創新基金", "新台幣20億元")],
    ),
    # counter rows: an agreement signed with the partner, a capital increase into a named company
    case(
        "cn-with-partner-signs-no-founding",
        "宁德时代将出资20亿元与广汽集团签署投资协议。",
        ["宁德时代", "广汽集团"],
        [("20亿元", 2e9, None)],
        exactly=[(INV, "宁德时代", "广汽集团", "20亿元")],
    ),
    case(
        "cn-capital-increase-keeps-investee",
        "宁德时代将向广汽埃安增资20亿元。",
        ["宁德时代", "广汽埃安"],
        [("20亿元", 2e9, None)],
        exactly=[(INV, "宁德时代", "广汽埃安", "20亿元")],
    ),
]

SUBFUND_AGREEMENTS = [
    case(
        "cn-commitment-beside-the-agreement",
        "深圳天使母基金拟出资3亿元，与前海红杉创业投资合伙企业（有限合伙）签署子基金投资协议。",
        ["深圳天使母基金", "前海红杉创业投资合伙企业（有限合伙）"],
        [("3亿元", 3e8, None)],
        exactly=[(INV, "深圳天使母基金", "前海红杉创业投资合伙企业（有限合伙）", "3亿元")],
    ),
    case(
        "tw-commitment-beside-the-agreement",
        "深圳天使母基金擬出資3億元，與前海紅杉創業投資合夥企業（有限合夥）簽署子基金投資協議。",
        ["深圳天使母基金", "前海紅杉創業投資合夥企業（有限合夥）"],
        [("3億元", 3e8, None)],
        exactly=[(INV, "深圳天使母基金", "前海紅杉創業投資合夥企業（有限合夥）", "3億元")],
    ),
    case(
        "cn-partnership-agreement-then-commitment",
        "南京创新母基金与紫金科创股权投资合伙企业（有限合伙）签署子基金合伙协议，认缴出资2亿元。",
        ["南京创新母基金", "紫金科创股权投资合伙企业（有限合伙）"],
        [("2亿元", 2e8, None)],
        exactly=[(INV, "南京创新母基金", "紫金科创股权投资合伙企业（有限合伙）", "2亿元")],
    ),
    case(
        "cn-one-agreement-per-subfund",
        "苏州天使母基金与元禾璞华股权投资合伙企业（有限合伙）、启明创智股权投资合伙企业（有限合伙）签署子基金"
        "投资协议，拟合计出资6亿元。",
        ["苏州天使母基金", "元禾璞华股权投资合伙企业（有限合伙）", "启明创智股权投资合伙企业（有限合伙）"],
        [("6亿元", 6e8, None)],
        exactly=[
            ("agreement", "苏州天使母基金", "元禾璞华股权投资合伙企业（有限合伙）", None),
            ("agreement", "苏州天使母基金", "启明创智股权投资合伙企业（有限合伙）", None),
        ],
    ),
    case(
        "tw-one-agreement-per-subfund",
        "蘇州天使母基金與元禾璞華股權投資合夥企業（有限合夥）、啟明創智股權投資合夥企業（有限合夥）簽署子基金"
        "投資協議，擬合計出資6億元。",
        ["蘇州天使母基金", "元禾璞華股權投資合夥企業（有限合夥）", "啟明創智股權投資合夥企業（有限合夥）"],
        [("6億元", 6e8, None)],
        exactly=[
            ("agreement", "蘇州天使母基金", "元禾璞華股權投資合夥企業（有限合夥）", None),
            ("agreement", "蘇州天使母基金", "啟明創智股權投資合夥企業（有限合夥）", None),
        ],
    ),
    # counter-example: an investment agreement of two companies keeps its investment reading apart
    case(
        "cn-plain-investment-agreement",
        "宁德时代拟出资3亿元，与一汽集团签署战略合作协议。",
        ["宁德时代", "一汽集团"],
        [("3亿元", 3e8, None)],
        includes=[("agreement", "宁德时代", "一汽集团", None)],
    ),
]

BANK_FINANCING = [
    case(
        "hk-syndicated-financing-led-by",
        "新鴻基地產獲得由滙豐銀行牽頭的100億港元銀團融資。",
        ["新鴻基地產", "滙豐銀行"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "新鴻基地產", "滙豐銀行", "100億港元")],
    ),
    case(
        "cn-syndicated-financing-led-by",
        "中广核新能源获得由国家开发银行牵头的120亿元银团融资。",
        ["中广核新能源", "国家开发银行"],
        [("120亿元", 1.2e10, None)],
        exactly=[("debt", "中广核新能源", "国家开发银行", "120亿元")],
    ),
    case(
        "cn-financing-provided-by-a-bank",
        "宁德时代获得中国银行提供的80亿元融资。",
        ["宁德时代", "中国银行"],
        [("80亿元", 8e9, None)],
        exactly=[("debt", "宁德时代", "中国银行", "80亿元")],
    ),
    case(
        "hk-financing-from-counted-banks",
        "港鐵獲得由十五間銀行組成的銀團提供的200億港元融資。",
        ["港鐵"],
        [("200億港元", 2e10, None)],
        exactly=[("debt", "港鐵", None, "200億港元")],
    ),
    case(
        "tw-financing-from-counted-banks",
        "台塑化獲12家銀行聯合提供新台幣300億元融資。",
        ["台塑化"],
        [("新台幣300億元", 3e10, None)],
        exactly=[("debt", "台塑化", None, "新台幣300億元")],
    ),
    case(
        "cn-financing-from-counted-banks",
        "中芯国际获得多家银行提供的50亿元融资，用于上海新厂建设。",
        ["中芯国际"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "中芯国际", None, "50亿元")],
    ),
    # counter-examples: a bank raising for itself; a bank's fund leading a round; investors counted
    case(
        "cn-financing-from-counted-investors",
        "小米生态链企业获得8家投资机构提供的5亿元融资。",
        ["小米生态链企业"],
        [("5亿元", 5e8, None)],
        exactly=[("fundraising", "小米生态链企业", None, "5亿元")],
    ),
    case(
        "cn-bank-raises-itself",
        "招商银行完成100亿元融资。",
        ["招商银行"],
        [("100亿元", 1e10, None)],
        exactly=[("fundraising", "招商银行", None, "100亿元")],
    ),
    case(
        "cn-bank-fund-leads-a-round",
        "小鹏汽车获得中信银行旗下基金领投的5亿元融资。",
        ["小鹏汽车", "中信银行"],
        [("5亿元", 5e8, None)],
        includes=[("fundraising", "小鹏汽车", None, "5亿元")],
    ),
]

PUBLIC_MONEY = [
    case(
        "cn-central-bank-supports-a-bank",
        "中国人民银行向恒丰银行提供流动性支持300亿元。",
        ["中国人民银行", "恒丰银行"],
        [("300亿元", 3e10, None)],
        exactly=[("other", "中国人民银行", "恒丰银行", "300亿元")],
    ),
    case(
        "hk-monetary-authority-supports-a-bank",
        "香港金融管理局向南洋商業銀行提供緊急流動性支持50億港元。",
        ["香港金融管理局", "南洋商業銀行"],
        [("50億港元", 5e9, None)],
        exactly=[("other", "香港金融管理局", "南洋商業銀行", "50億港元")],
    ),
    case(
        "cn-policy-bank-loan",
        "国家开发银行向三峡集团发放贷款200亿元。",
        ["国家开发银行", "三峡集团"],
        [("200亿元", 2e10, None)],
        exactly=[("debt", "三峡集团", "国家开发银行", "200亿元")],
    ),
    case(
        "cn-subsidy-received",
        "凯发电气收到政府补助1200万元。",
        ["凯发电气"],
        [("1200万元", 1.2e7, None)],
        exactly=[("other", None, "凯发电气", "1200万元")],
    ),
    case(
        "tw-subsidy-from-a-ministry",
        "力晶科技獲經濟部補助新台幣5億元。",
        ["力晶科技", "經濟部"],
        [("新台幣5億元", 5e8, None)],
        exactly=[("other", "經濟部", "力晶科技", "新台幣5億元")],
    ),
    case(
        "tw-subsidy-obtained",
        "山東黃金獲得政府補貼人民幣3,000萬元。",
        ["山東黃金"],
        [("人民幣3,000萬元", 3e7, None)],
        exactly=[("other", None, "山東黃金", "人民幣3,000萬元")],
    ),
    case(
        "my-grantor-first",
        "馬來西亞投資發展局補助國油化學1億令吉。",
        ["馬來西亞投資發展局", "國油化學"],
        [("1億令吉", 1e8, None)],
        exactly=[("other", "馬來西亞投資發展局", "國油化學", "1億令吉")],
    ),
    case(
        "cn-grantor-first",
        "深圳市科技创新局补助光峰科技500万元。",
        ["深圳市科技创新局", "光峰科技"],
        [("500万元", 5e6, None)],
        exactly=[("other", "深圳市科技创新局", "光峰科技", "500万元")],
    ),
    case(
        "tw-subsidy-after-the-announcement",
        "力積電今日公告，獲經濟部「企業創新研發計畫」補助新台幣5億元，用於先進封裝技術研發。",
        ["力積電", "經濟部"],
        [("新台幣5億元", 5e8, None)],
        exactly=[("other", "經濟部", "力積電", "新台幣5億元")],
    ),
    case(
        "cn-subsidy-after-the-announcement",
        "力积电今日公告，获经济部补助新台币5亿元，用于先进封装技术研发。",
        ["力积电", "经济部"],
        [("新台币5亿元", 5e8, None)],
        exactly=[("other", "经济部", "力积电", "新台币5亿元")],
    ),
    case(
        "cn-subsidies-received-in-total",
        "三花智控及下属子公司自2025年1月1日至今累计收到政府补助资金人民币3,562万元。",
        ["三花智控"],
        [("人民币3,562万元", 3.562e7, None)],
        exactly=[("other", None, "三花智控", "人民币3,562万元")],
        known_failure="累计 reads as a statistic over deals; exempting subsidies from it cost devset2/check "
        "one false positive (deals 0.220 -> 0.218, aggregate) — tried, reverted",
    ),
    # the receiver left out of the grantor's clause: the company the sentence is about
    case(
        "tw-grantor-subsidises-the-project-before",
        "澄岳半導體將在熊本興建新廠，總投資約50億美元，日本政府補助約3,000億日圓。",
        ["澄岳半導體", "日本政府"],
        [("約50億美元", 5e9, None), ("約3,000億日圓", 2e9, None)],
        includes=[("other", "日本政府", "澄岳半導體", "約3,000億日圓")],
    ),
    case(
        "cn-grantor-subsidises-the-project-before",
        "澄岳半导体将在熊本兴建新厂，日本政府将补助约3000亿日元。",
        ["澄岳半导体", "日本政府"],
        [("约3000亿日元", 2e9, None)],
        exactly=[("other", "日本政府", "澄岳半导体", "约3000亿日元")],
    ),
    # counter-examples: subsidies per unit or as policy, no company receiving
    no_deal("cn-subsidy-per-car", "每辆新能源汽车可获得补贴1万元。", [], [("1万元", 1e4, None)]),
    no_deal("cn-subsidy-policy", "比亚迪表示，补贴退坡对公司影响有限。", ["比亚迪"]),
    # a grantor with an amount for an industry: the grantor's subsidy, no receiver named
    case(
        "tw-grantor-alone",
        "日本政府將補助半導體產業約3,000億日圓。",
        ["日本政府"],
        [("約3,000億日圓", 2e9, None)],
        exactly=[("other", "日本政府", None, "約3,000億日圓")],
    ),
    no_deal(
        "tw-liquidity-policy", "央行下調存款準備率，釋放長期流動性約1兆元。", [], [("約1兆元", 1e12, None)]
    ),
]


#: a bond's tranches by tenor, and a plan's term (未来五年) after the bond that is no tenor
BOND_AND_PLAN = [
    case(
        "sg-plan-term-after-a-bond",
        "星展银行成功发行10亿新元的五年期可持续发展债券。淡马锡也宣布，将在未来五年投资50亿新元发展气候科技业务。",
        ["星展银行", "淡马锡"],
        [("10亿新元", 1e9, None), ("50亿新元", 5e9, None)],
        exactly=[("debt", "星展银行", None, "10亿新元"), ("capex", "淡马锡", None, "50亿新元")],
    ),
    case(
        "hk-plan-term-after-a-bond",
        "星展銀行成功發行10億新元的五年期可持續發展債券。淡馬錫也宣布，將在未來五年投資50億新元發展氣候科技業務。",
        ["星展銀行", "淡馬錫"],
        [("10億新元", 1e9, None), ("50億新元", 5e9, None)],
        exactly=[("debt", "星展銀行", None, "10億新元"), ("capex", "淡馬錫", None, "50億新元")],
    ),
    case(
        "cn-tranches-after-a-bond",
        "国家电网发行50亿元公司债券。其中3年期20亿元，5年期30亿元。",
        ["国家电网"],
        [("50亿元", 5e9, None), ("20亿元", 2e9, None), ("30亿元", 3e9, None)],
        includes=[("debt", "国家电网", None, "20亿元"), ("debt", "国家电网", None, "30亿元")],
    ),
]


@pytest.mark.parametrize(
    "c",
    BOND_AND_PLAN
    + FUND_SIZES
    + LIMITED_PARTNERS
    + BREAKDOWNS
    + SUBFUND_AGREEMENTS
    + BANK_FINANCING
    + PUBLIC_MONEY,
)
def test_funds_and_public_money(c: Case) -> None:
    c.check()
