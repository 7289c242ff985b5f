"""Each kind of deal, stated in one sentence, in both scripts: type, agent, counterparty, amount."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

LOANS = [
    case(
        "tw-bank-lends-to-beneficiary",
        "華南銀行近日為遠東新世紀發放新台幣80億元聯合授信貸款。",
        ["華南銀行", "遠東新世紀"],
        [("新台幣80億元", 8e9, None)],
        includes=[("debt", "遠東新世紀", "華南銀行", "新台幣80億元")],
    ),
    case(
        "cn-borrower-borrows-from-bank",
        "宁德时代向招商银行借款30亿元,用于补充营运资金。",
        ["宁德时代", "招商银行"],
        [("30亿元", 3e9, None)],
        includes=[("debt", "宁德时代", "招商银行", "30亿元")],
    ),
    case(
        "cn-borrower-borrows-term",
        "比亚迪向中国工商银行借款50亿元，期限三年，用于补充流动资金。",
        ["比亚迪", "中国工商银行"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "比亚迪", "中国工商银行", "50亿元")],
    ),
    case(
        "tw-syndicate-with-bank-lender-led",
        "長榮海運與台灣銀行等12家銀行簽訂新台幣200億元聯合授信合約，由台灣銀行擔任主辦行。",
        ["長榮海運", "台灣銀行"],
        [("新台幣200億元", 2e10, None)],
        exactly=[("debt", "長榮海運", "台灣銀行", "新台幣200億元")],
    ),
    case(
        "tw-credit-line-granted",
        "兆豐銀行核予台塑化新台幣150億元中期授信額度。",
        ["兆豐銀行", "台塑化"],
        [("新台幣150億元", 1.5e10, None)],
        exactly=[("debt", "台塑化", "兆豐銀行", "新台幣150億元")],
    ),
    case(
        "tw-giving-verb-first-object-borrows",
        "兆豐銀行提供長榮航空新台幣50億元聯合授信。",
        ["兆豐銀行", "長榮航空"],
        [("新台幣50億元", 5e9, None)],
        exactly=[("debt", "長榮航空", "兆豐銀行", "新台幣50億元")],
    ),
    case(
        "cn-giving-verb-first-object-borrows",
        "工商银行发放美的集团20亿元贷款。",
        ["工商银行", "美的集团"],
        [("20亿元", 2e9, None)],
        exactly=[("debt", "美的集团", "工商银行", "20亿元")],
    ),
]

BONDS = [
    case(
        "cn-bank-bond-issue",
        "中国银行昨日成功发行300亿元二级资本债券，票面利率为2.1%。",
        ["中国银行"],
        [("300亿元", 3e10, None)],
        exactly=[("debt", "中国银行", None, "300亿元")],
    ),
    case(
        "cn-senior-notes",
        "腾讯发行20亿美元优先票据。",
        ["腾讯"],
        [("20亿美元", 2e9, None)],
        exactly=[("debt", "腾讯", None, "20亿美元")],
    ),
    case(
        "tw-corporate-bond",
        "中鋼發行新台幣100億元公司債。",
        ["中鋼"],
        [("新台幣100億元", 1e10, None)],
        exactly=[("debt", "中鋼", None, "新台幣100億元")],
    ),
    case(
        "cn-convertible-bond",
        "比亚迪拟发行50亿元可转债。",
        ["比亚迪"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "比亚迪", None, "50亿元")],
    ),
    case(
        "cn-arranger-helps-issuer",
        "中信证券助力招商银行成功发行200亿元绿色金融债券。",
        ["中信证券", "招商银行"],
        [("200亿元", 2e10, None)],
        includes=[("debt", "招商银行", None, "200亿元")],
    ),
]

RAISES = [
    case(
        "hk-placement-no-placee",
        "美麗華酒店宣布以每股1.2元配售3000萬股新股,集資3600萬元。",
        ["美麗華酒店"],
        [("1.2元", 1.2, "share"), ("3600萬元", 3.6e7, None)],
        includes=[("fundraising", "美麗華酒店", None, "3600萬元")],
    ),
    case(
        "hk-placement-proceeds",
        "小米集團今日宣布以每股52.8港元配售8億股新股，集資約425億港元，用於研發及一般營運。",
        ["小米集團"],
        [("52.8港元", 52.8, "share"), ("約425億港元", 4.25e10, None)],
        exactly=[("fundraising", "小米集團", None, "約425億港元")],
    ),
    case(
        "hk-rights-issue",
        "新世界發展宣布以每股5港元進行供股，集資約100億港元，以償還部分債務。",
        ["新世界發展"],
        [("5港元", 5, "share"), ("約100億港元", 1e10, None)],
        exactly=[("fundraising", "新世界發展", None, "約100億港元")],
    ),
    case(
        "cn-ipo-listing-and-proceeds",
        "宁德时代正式在港交所挂牌上市，全球发售募资约410亿港元，成为今年全球最大IPO。",
        ["宁德时代", "港交所"],
        [("约410亿港元", 4.1e10, None)],
        exactly=[("fundraising", "宁德时代", None, "约410亿港元")],
    ),
    case(
        "cn-listing-without-proceeds",
        "宁德时代昨日正式登陆港交所,开盘大涨。",
        ["宁德时代"],
        includes=[("fundraising", "宁德时代", None, None)],
    ),
    case(
        "cn-first-listed-of-its-kind",
        "地平线昨日正式成为港股智驾第一股。",
        ["地平线"],
        includes=[("fundraising", "地平线", None, None)],
    ),
    case(
        "my-private-placement",
        "马来亚银行（Maybank）通过私募配售筹集15亿令吉，用于扩大数码银行业务。",
        ["马来亚银行", "Maybank"],
        [("15亿令吉", 1.5e9, None)],
        exactly=[("fundraising", "马来亚银行", None, "15亿令吉")],
    ),
]

INVESTMENTS = [
    case(
        "tw-invest-towards-investee",
        "軟銀集團正準備對Anthropic進行高達30億美元的投資。",
        ["軟銀集團", "Anthropic"],
        [("高達30億美元", 3e9, None)],
        includes=[("investment", "軟銀集團", "Anthropic", "高達30億美元")],
    ),
    case(
        "cn-inject-capital-object",
        "英伟达宣布注资Mistral 15亿美元。",
        ["英伟达", "Mistral"],
        [("15亿美元", 1.5e9, None)],
        includes=[("investment", "英伟达", "Mistral", "15亿美元")],
    ),
    case(
        "cn-receives-injection",
        "月之暗面获阿里巴巴注资8亿美元。",
        ["月之暗面", "阿里巴巴"],
        [("8亿美元", 8e8, None)],
        includes=[("investment", "阿里巴巴", "月之暗面", "8亿美元")],
    ),
    case(
        "tw-buys-into-stake",
        "鴻海今日公告，斥資新台幣12億元入股國巨，取得約3%股權。",
        ["鴻海", "國巨"],
        [("新台幣12億元", 1.2e9, None)],
        exactly=[("investment", "鴻海", "國巨", "新台幣12億元")],
    ),
    case(
        "cn-injects-then-cooperates",
        "腾讯宣布向蔚来注资10亿美元，双方将在智能驾驶领域深化合作。",
        ["腾讯", "蔚来"],
        [("10亿美元", 1e9, None)],
        exactly=[("investment", "腾讯", "蔚来", "10亿美元")],
    ),
    case(
        "tw-takes-a-stake",
        "淡馬錫以5億美元參股字節跳動，持股約1%。",
        ["淡馬錫", "字節跳動"],
        [("5億美元", 5e8, None)],
        exactly=[("investment", "淡馬錫", "字節跳動", "5億美元")],
    ),
    case(
        "tw-approved-capital-increase",
        "投審會核准聯發科以3億美元增資新加坡子公司MediaTek Singapore。",
        ["投審會", "聯發科", "MediaTek Singapore"],
        [("3億美元", 3e8, None)],
        includes=[("investment", "聯發科", "MediaTek Singapore", "3億美元")],
    ),
    case(
        "cn-round-by-counted-investors",
        "成立以来的5轮融资中,20家机构共投资月之暗面约10亿美元。",
        ["月之暗面"],
        [("约10亿美元", 1e9, None)],
        includes=[("fundraising", "月之暗面", None, "约10亿美元")],
    ),
]

ACQUISITIONS = [
    case(
        "tw-acquirer-target",
        "日月光投控以新台幣120億元收購美商Qorvo旗下封測廠。",
        ["日月光投控", "Qorvo"],
        [("新台幣120億元", 1.2e10, None)],
        includes=[("acquisition", "日月光投控", "Qorvo", "新台幣120億元")],
    ),
    case(
        "cn-acquires-business-of-seller",
        "联想集团以约15亿美元收购IBM的x86服务器业务，交易预计明年完成。",
        ["联想集团", "IBM"],
        [("约15亿美元", 1.5e9, None)],
        exactly=[("acquisition", "联想集团", "IBM", "约15亿美元")],
    ),
    case(
        "hk-general-offer",
        "新鴻基地產向載通提出全面要約收購，涉及資金約30億港元。",
        ["新鴻基地產", "載通"],
        [("約30億港元", 3e9, None)],
        exactly=[("acquisition", "新鴻基地產", "載通", "約30億港元")],
    ),
    case(
        "tw-taking-control",
        "國巨斥資約新台幣360億元入主芝浦電子，取得過半股權。",
        ["國巨", "芝浦電子"],
        [("約新台幣360億元", 3.6e10, None)],
        exactly=[("acquisition", "國巨", "芝浦電子", "約新台幣360億元")],
    ),
]

PURCHASES = [
    case(
        "tw-buys-from-seller",
        "微軟將向超微採購價值50億美元的AI晶片。",
        ["微軟", "超微"],
        [("50億美元", 5e9, None)],
        includes=[("purchase", "微軟", "超微", "50億美元")],
    ),
    case(
        "cn-buys-from-source",
        "字节跳动从英伟达购买了价值20亿美元的GPU。",
        ["字节跳动", "英伟达"],
        [("20亿美元", 2e9, None)],
        includes=[("purchase", "字节跳动", "英伟达", "20亿美元")],
    ),
    case(
        "tw-equipment-contract-value",
        "中華電信向諾基亞採購5G基地台設備，合約金額約新台幣45億元。",
        ["中華電信", "諾基亞"],
        [("約新台幣45億元", 4.5e9, None)],
        exactly=[("purchase", "中華電信", "諾基亞", "約新台幣45億元")],
    ),
    case(
        "cn-aircraft-order",
        "中国东方航空向空客下单100架A320neo飞机，总金额约120亿美元。",
        ["中国东方航空", "空客"],
        [("约120亿美元", 1.2e10, None)],
        exactly=[("purchase", "中国东方航空", "空客", "约120亿美元")],
    ),
    case(
        "tw-supplier-wins-order",
        "廣達獲得微軟價值約20億美元的AI伺服器訂單。分析師估計，該訂單將貢獻廣達明年營收約5%。",
        ["廣達", "微軟"],
        [("約20億美元", 2e9, None)],
        exactly=[("purchase", "微軟", "廣達", "約20億美元")],
    ),
    case(
        "tw-supplier-provides-goods",
        "超微將為甲骨文的雲端資料中心提供MI355晶片。",
        ["超微", "甲骨文"],
        includes=[("purchase", "甲骨文", "超微", None)],
    ),
    case(
        "tw-power-purchase-agreement",
        "陽光電力公司已與台灣電力公司簽署購電協議,將興建一座50兆瓦太陽能電廠。",
        ["陽光電力公司", "台灣電力公司"],
        includes=[("purchase", "台灣電力公司", "陽光電力公司", None)],
    ),
    case(
        "hk-building-bought-no-seller",
        "長實以48億港元購入中環一幢甲級寫字樓，預計年底完成交易。",
        ["長實"],
        [("48億港元", 4.8e9, None)],
        exactly=[("purchase", "長實", None, "48億港元")],
    ),
]

LEASES = [
    case(
        "tw-lessee-rents-from",
        "Meta向CoreWeave租用算力,合約總值140億美元。",
        ["Meta", "CoreWeave"],
        [("140億美元", 1.4e10, None)],
        includes=[("lease", "Meta", "CoreWeave", "140億美元")],
    ),
    case(
        "cn-lessor-lets-to",
        "甲骨文将数据中心租给TikTok,年租金约10亿美元。",
        ["甲骨文", "TikTok"],
        [("约10亿美元", 1e9, None)],
        includes=[("lease", "TikTok", "甲骨文", "约10亿美元")],
    ),
    case(
        "tw-lessee-takes-lease",
        "特斯拉向遠雄承租新北市一處廠房，十年租金總額約新台幣15億元。",
        ["特斯拉", "遠雄"],
        [("約新台幣15億元", 1.5e9, None)],
        exactly=[("lease", "特斯拉", "遠雄", "約新台幣15億元")],
    ),
    case(
        "cn-sale-and-leaseback-with-lessor",
        "吉利汽车与平安租赁开展售后回租业务，回租金额8亿元，租期五年。",
        ["吉利汽车", "平安租赁"],
        [("8亿元", 8e8, None)],
        # a sale-and-leaseback is a purchase (by the lessor) plus a lease (devset2/README "Deals")
        exactly=[("lease", "吉利汽车", "平安租赁", "8亿元"), ("purchase", "平安租赁", "吉利汽车", "8亿元")],
    ),
]

WARRANTS = [
    case(
        "tw-warrant-with-exercise-price",
        "英特爾向蘋果發行認股權證,允許蘋果以每股20美元認購股票。",
        ["英特爾", "蘋果"],
        [("20美元", 20, "share")],
        includes=[("warrant", "英特爾", "蘋果", "20美元")],
    ),
    case(
        "tw-warrant-holder-may-subscribe",
        "Rivian向亞馬遜發行認股權證，亞馬遜可認購最多1600萬股Rivian股份。",
        ["Rivian", "亞馬遜"],
        exactly=[("warrant", "Rivian", "亞馬遜", None)],
        known_failure="the holder's right to subscribe (可認購) is read as a second deal, an investment",
    ),
]

CAPEX = [
    case(
        "tw-build-new-plant",
        "台積電計畫斥資200億美元在亞利桑那州興建新廠。",
        ["台積電"],
        [("200億美元", 2e10, None)],
        includes=[("capex", "台積電", None, "200億美元")],
    ),
    case(
        "cn-put-into-building",
        "腾讯计划未来三年投入1000亿元建设数据中心。",
        ["腾讯"],
        [("1000亿元", 1e11, None)],
        includes=[("capex", "腾讯", None, "1000亿元")],
    ),
    case(
        "tw-investment-plan",
        "亞馬遜宣布價值2000億美元的「AI基礎設施投資」計畫。",
        ["亞馬遜"],
        [("2000億美元", 2e11, None)],
        includes=[("capex", "亞馬遜", None, "2000億美元")],
    ),
    case(
        "tw-facility-as-object",
        "Google將在台灣投資10億美元的資料中心。",
        ["Google"],
        [("10億美元", 1e9, None)],
        includes=[("capex", "Google", None, "10億美元")],
    ),
    case(
        "tw-capital-budget",
        "台積電董事會今日核准資本預算約150億美元，用於擴充先進製程產能。",
        ["台積電"],
        [("約150億美元", 1.5e10, None)],
        exactly=[("capex", "台積電", None, "約150億美元")],
    ),
    case(
        "cn-invest-to-build-plant",
        "比亚迪投资200亿元在匈牙利建厂，规划年产能30万辆电动车。",
        ["比亚迪"],
        [("200亿元", 2e10, None)],
        exactly=[("capex", "比亚迪", None, "200亿元")],
    ),
    case(
        "cn-build-with-figure",
        "吉利将投资30亿元在巴西建设整车工厂。",
        ["吉利"],
        [("30亿元", 3e9, None)],
        exactly=[("capex", "吉利", None, "30亿元")],
    ),
    case(
        "tw-build-with-capacity",
        "CoreWeave計畫在德州興建一座新的200 MW資料中心。",
        ["CoreWeave"],
        capacities=[("200 MW", 2e8)],
        includes=[("capex", "CoreWeave", None, None)],
    ),
]

AGREEMENTS = [
    case(
        "tw-signed-cooperation",
        "鴻海與輝達今日簽署合作協議，雙方將共同在高雄建置AI超級電腦中心。",
        ["鴻海", "輝達"],
        exactly=[("agreement", "鴻海", "輝達", None)],
    ),
    case(
        "my-memorandum",
        "马来西亚国家石油公司Petronas与三菱商事签署谅解备忘录，合作开发碳捕集与封存项目。",
        ["Petronas", "三菱商事"],
        exactly=[("agreement", "Petronas", "三菱商事", None)],
    ),
    case(
        "cn-joint-development",
        "联想与微软合作开发新一代AI电脑。",
        ["联想", "微软"],
        exactly=[("agreement", "联想", "微软", None)],
    ),
    case(
        "tw-joint-research",
        "宏碁宣布與英特爾共同研發新處理器。",
        ["宏碁", "英特爾"],
        exactly=[("agreement", "宏碁", "英特爾", None)],
    ),
    case(
        "cn-project-cost-of-signed-cooperation",
        "吉利与雷诺签署合作协议，双方将在巴西合资建设整车工厂，项目总投资30亿元。",
        ["吉利", "雷诺"],
        [("30亿元", 3e9, None)],
        exactly=[("agreement", "吉利", "雷诺", "30亿元")],
    ),
    case(
        "tw-build-out-of-signed-cooperation",
        "長榮與空巴簽署合作協議，長榮將投資50億元興建維修廠。",
        ["長榮", "空巴"],
        [("50億元", 5e9, None)],
        exactly=[("agreement", "長榮", "空巴", "50億元")],
    ),
]

SHARE_SALES = [
    case(
        "tw-founder-sells-shares",
        "創辦人陳志強減持2億股舊股,套現約15億元。",
        [],
        [("約15億元", 1.5e9, None)],
        people=["陳志強"],
        includes=[("other", "陳志強", None, "約15億元")],
    ),
]


@pytest.mark.parametrize(
    "c",
    LOANS
    + BONDS
    + RAISES
    + INVESTMENTS
    + ACQUISITIONS
    + PURCHASES
    + LEASES
    + WARRANTS
    + CAPEX
    + AGREEMENTS
    + SHARE_SALES,
)
def test_deal_kinds(c: Case) -> None:
    c.check()
