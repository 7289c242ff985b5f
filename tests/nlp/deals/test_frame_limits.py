"""Lists and distribution (分别/各/依序/均 map figures to parties in order), and where the
frames stop: deal words that name no deal without their other party (合并营收, 合并而成,
授予奖项), and spending or figure words that only price or label a deal stated beside them.
Sentences written for this table, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

LIMITS = [
    no_deal(
        "tw-consolidated-revenue",
        "鴻海10月合併營收達新台幣8,000億元。",
        ["鴻海"],
        [("新台幣8,000億元", 8e11, None)],
    ),
    no_deal(
        "cn-consolidated-revenue",
        "比亚迪前三季度合并营收为5,000亿元。",
        ["比亚迪"],
        [("5,000亿元", 5e11, None)],
    ),
    no_deal(
        "tw-formed-by-merging",
        "凱基金控由中華開發金控與凱基證券合併而成，資產規模約3兆元。",
        ["凱基金控", "中華開發金控", "凱基證券"],
        [("約3兆元", 3e12, None)],
    ),
    no_deal(
        "cn-formed-by-merging",
        "中国宝武由宝钢集团与武钢集团合并组成，总资产约1万亿元。",
        ["中国宝武", "宝钢集团", "武钢集团"],
        [("约1万亿元", 1e12, None)],
    ),
    no_deal("tw-award-of-honour", "台積電獲授予年度最佳企業獎。", ["台積電"]),
    no_deal(
        "cn-options-granted",
        "腾讯控股向员工授予购股权，价值约20亿港元。",
        ["腾讯控股"],
        [("约20亿港元", 2e9, None)],
    ),
    case(
        "tw-spend-prices-the-buyback",
        "大立光斥資新台幣40億元買回庫藏股。",
        ["大立光"],
        [("新台幣40億元", 4e9, None)],
        exactly=[("other", "大立光", None, "新台幣40億元")],
    ),
    case(
        "cn-spend-prices-the-acquisition",
        "安踏体育斥资约150亿元收购亚玛芬体育。",
        ["安踏体育", "亚玛芬体育"],
        [("约150亿元", 1.5e10, None)],
        exactly=[("acquisition", "安踏体育", "亚玛芬体育", "约150亿元")],
    ),
    # the spend and its deal word in two clauses of one sentence (斥资N，以每股…回购): the price still
    case(
        "hk-spend-then-buyback-clause",
        "恒生銀行昨日斥資約3.2億港元，以每股介乎98.5港元至101.2港元回購約320萬股。",
        ["恒生銀行"],
        [("約3.2億港元", 3.2e8, None)],
        exactly=[("other", "恒生銀行", None, "約3.2億港元")],
    ),
    case(
        "cn-spend-then-buyback-clause",
        "中国神华本月斥资约12亿元，通过集中竞价方式回购公司A股股份约3000万股。",
        ["中国神华"],
        [("约12亿元", 1.2e9, None)],
        exactly=[("other", "中国神华", None, "约12亿元")],
    ),
    case(
        "tw-spend-then-acquisition-clause",
        "聯強國際斥資新台幣25億元，收購澳洲通路商Dicker Data約三成股權。",
        ["聯強國際", "Dicker Data"],
        [("新台幣25億元", 2.5e9, None)],
        exactly=[("acquisition", "聯強國際", "Dicker Data", "新台幣25億元")],
    ),
    case(
        "cn-spend-then-acquisition-clause",
        "安踏体育斥资约30亿元，收购德国户外品牌狼爪全部股权。",
        ["安踏体育", "狼爪"],
        [("约30亿元", 3e9, None)],
        exactly=[("acquisition", "安踏体育", "狼爪", "约30亿元")],
    ),
    # counter-examples: a build-out in the next clause keeps the spend a capital expenditure
    case(
        "tw-spend-then-build-clause",
        "日月光斥資新台幣200億元，在高雄興建先進封裝新廠。",
        ["日月光"],
        [("新台幣200億元", 2e10, None)],
        exactly=[("capex", "日月光", None, "新台幣200億元")],
    ),
    case(
        "cn-spend-then-build-clause",
        "宁德时代斥资约100亿元，在匈牙利德布勒森建设电池工厂。",
        ["宁德时代"],
        [("约100亿元", 1e10, None)],
        exactly=[("capex", "宁德时代", None, "约100亿元")],
    ),
    case(
        "tw-order-figure-labels-the-supply",
        "日月光為高通供應封測服務，訂單總額約2億美元。",
        ["日月光", "高通"],
        [("約2億美元", 2e8, None)],
        exactly=[("purchase", "高通", "日月光", "約2億美元")],
        known_failure="供应 needs goods: a supply of services (封测服务) is not read",
    ),
    case(
        "cn-lease-figure-labels-the-lease",
        "万国数据将数据中心出租给阿里云，租赁总额约15亿元。",
        ["万国数据", "阿里云"],
        [("约15亿元", 1.5e9, None)],
        exactly=[("lease", "阿里云", "万国数据", "约15亿元")],
    ),
    case(
        "tw-each-takes-the-figure",
        "國泰人壽與富邦人壽各出資10億元參與台灣大哥大增資。",
        ["國泰人壽", "富邦人壽", "台灣大哥大"],
        [("10億元", 1e9, None)],
        exactly=[
            ("investment", "國泰人壽", "台灣大哥大", "10億元"),
            ("investment", "富邦人壽", "台灣大哥大", "10億元"),
        ],
    ),
    case(
        "cn-both-subscribe-in-order",
        "国投创新和中金资本分别认购寒武纪2亿元及1亿元新股。",
        ["国投创新", "中金资本", "寒武纪"],
        [("2亿元", 2e8, None), ("1亿元", 1e8, None)],
        exactly=[
            ("investment", "国投创新", "寒武纪", "2亿元"),
            ("investment", "中金资本", "寒武纪", "1亿元"),
        ],
    ),
    case(
        "tw-by-means-of-new-shares",
        "長榮海運通過發行新股籌資新台幣50億元。",
        ["長榮海運"],
        [("新台幣50億元", 5e9, None)],
        exactly=[("fundraising", "長榮海運", None, "新台幣50億元")],
    ),
    case(
        "cn-by-means-of-placing",
        "比亚迪通过配售H股募资约435亿港元。",
        ["比亚迪"],
        [("约435亿港元", 4.35e10, None)],
        exactly=[("fundraising", "比亚迪", None, "约435亿港元")],
    ),
    case(
        "tw-bond-raises",
        "鴻海擬發行公司債籌資新台幣100億元。",
        ["鴻海"],
        [("新台幣100億元", 1e10, None)],
        exactly=[("debt", "鴻海", None, "新台幣100億元")],
    ),
    case(
        "cn-convertible-raises",
        "中国平安发行可转债融资260亿元。",
        ["中国平安"],
        [("260亿元", 2.6e10, None)],
        exactly=[("debt", "中国平安", None, "260亿元")],
    ),
    case(
        "tw-bank-for-borrower-after-name",
        "第一銀行為長榮海運提供50億元授信額度。",
        ["第一銀行", "長榮海運"],
        [("50億元", 5e9, None)],
        exactly=[("debt", "長榮海運", "第一銀行", "50億元")],
    ),
    case(
        "tw-bank-lends-to",
        "土地銀行貸款15億元給台電。",
        ["土地銀行", "台電"],
        [("15億元", 1.5e9, None)],
        exactly=[("debt", "台電", "土地銀行", "15億元")],
    ),
    case(
        "cn-bank-disburses-to",
        "建设银行放款30亿元给宁德时代。",
        ["建设银行", "宁德时代"],
        [("30亿元", 3e9, None)],
        exactly=[("debt", "宁德时代", "建设银行", "30亿元")],
    ),
    # ------------------------------------------------ 分别 / 各 / 依序 / 均: figures to parties in order
    case(
        "tw-in-order-each-its-figure",
        "中華開發與國泰創投依序投資Gogoro新台幣3億元及2億元。",
        ["中華開發", "國泰創投", "Gogoro"],
        [("新台幣3億元", 3e8, None), ("2億元", 2e8, None)],
        exactly=[
            ("investment", "中華開發", "Gogoro", "新台幣3億元"),
            ("investment", "國泰創投", "Gogoro", "2億元"),
        ],
    ),
    case(
        "cn-both-contribute-the-same",
        "红杉中国和高瓴资本均出资2亿元参与地平线增资。",
        ["红杉中国", "高瓴资本", "地平线"],
        [("2亿元", 2e8, None)],
        exactly=[
            ("investment", "红杉中国", "地平线", "2亿元"),
            ("investment", "高瓴资本", "地平线", "2亿元"),
        ],
    ),
    case(
        "tw-each-subscribes-the-same",
        "淡馬錫、GIC及貝萊德各認購寧德時代1億美元股份。",
        ["淡馬錫", "GIC", "貝萊德", "寧德時代"],
        [("1億美元", 1e8, None)],
        exactly=[
            ("investment", "淡馬錫", "寧德時代", "1億美元"),
            ("investment", "GIC", "寧德時代", "1億美元"),
            ("investment", "貝萊德", "寧德時代", "1億美元"),
        ],
    ),
    case(
        "cn-lenders-each-their-loan",
        "工商银行、农业银行和中国银行分别向华能集团提供50亿元、30亿元和20亿元贷款。",
        ["工商银行", "农业银行", "中国银行", "华能集团"],
        [("50亿元", 5e9, None), ("30亿元", 3e9, None), ("20亿元", 2e9, None)],
        exactly=[
            ("debt", "华能集团", "工商银行", "50亿元"),
            ("debt", "华能集团", "农业银行", "30亿元"),
            ("debt", "华能集团", "中国银行", "20亿元"),
        ],
    ),
    case(
        "tw-lenders-each-their-loan",
        "台灣銀行與土地銀行分別貸款20億元及10億元予台電。",
        ["台灣銀行", "土地銀行", "台電"],
        [("20億元", 2e9, None), ("10億元", 1e9, None)],
        exactly=[("debt", "台電", "台灣銀行", "20億元"), ("debt", "台電", "土地銀行", "10億元")],
    ),
    # ------------------------------------------------ the holder of a stake bought sells it
    case(
        "tw-buys-the-holders-stake",
        "富邦金控以12億元收購台灣大哥大持有的台固媒體股權。",
        ["富邦金控", "台灣大哥大", "台固媒體"],
        [("12億元", 1.2e9, None)],
        exactly=[("acquisition", "富邦金控", "台灣大哥大", "12億元")],
    ),
    case(
        "cn-takes-over-the-holders-shares",
        "中国华润以36亿元受让中信集团所持有的华润医药股份。",
        ["中国华润", "中信集团", "华润医药"],
        [("36亿元", 3.6e9, None)],
        exactly=[("acquisition", "中国华润", "中信集团", "36亿元")],
    ),
    # ------------------------------------------------ a deal word before another of its type is its object
    case(
        "tw-turnkey-let-to-contractor",
        "台電將離岸風電EPC統包發包給中鼎工程，合約金額60億元。",
        ["台電", "中鼎工程"],
        [("60億元", 6e9, None)],
        exactly=[("purchase", "台電", "中鼎工程", "60億元")],
    ),
    case(
        "cn-general-contract-let-to-contractor",
        "万科企业将住宅项目总承包发包给中建三局，合同金额18亿元。",
        ["万科企业", "中建三局"],
        [("18亿元", 1.8e9, None)],
        exactly=[("purchase", "万科企业", "中建三局", "18亿元")],
    ),
    case(
        "cn-acquisition-offer-is-a-tender-offer",
        "复星国际向豫园股份发出收购要约，涉及金额15亿元。",
        ["复星国际", "豫园股份"],
        [("15亿元", 1.5e9, None)],
        exactly=[("acquisition", "复星国际", "豫园股份", "15亿元")],
    ),
    # ------------------------------------------------ the guarantor of a loan lends nothing
    case(
        "tw-guarantee-for-the-debtors-loan",
        "鴻海為鴻準精密的銀行借款提供背書保證20億元。",
        ["鴻海", "鴻準精密"],
        [("20億元", 2e9, None)],
        exactly=[("other", "鴻海", "鴻準精密", "20億元")],
    ),
    case(
        "cn-guarantee-for-the-debtors-loan",
        "长江电力拟为三峡能源的项目贷款提供不超过30亿元担保。",
        ["长江电力", "三峡能源"],
        [("不超过30亿元", 3e9, None)],
        exactly=[("other", "长江电力", "三峡能源", "不超过30亿元")],
    ),
    # ------------------------------------------------ 私募: an issuer's private placement, not private equity
    case(
        "tw-private-placement",
        "力積電辦理私募，募資新台幣50億元。",
        ["力積電"],
        [("新台幣50億元", 5e9, None)],
        exactly=[("fundraising", "力積電", None, "新台幣50億元")],
    ),
    case(
        "cn-private-placement",
        "中芯国际完成私募，融资约20亿元。",
        ["中芯国际"],
        [("约20亿元", 2e9, None)],
        exactly=[("fundraising", "中芯国际", None, "约20亿元")],
    ),
    no_deal(
        "cn-private-equity-fund-is-no-placement",
        "凯雷投资是全球最大的私募基金之一，管理资产约4,000亿美元。",
        ["凯雷投资"],
        [("约4,000亿美元", 4e11, None)],
    ),
    no_deal(
        "tw-private-equity-is-no-placement",
        "KKR是美國私募股權巨頭，旗下資產規模約5,000億美元。",
        ["KKR"],
        [("約5,000億美元", 5e11, None)],
    ),
]


@pytest.mark.parametrize("c", LIMITS)
def test_frame_limits(c: Case) -> None:
    c.check()
