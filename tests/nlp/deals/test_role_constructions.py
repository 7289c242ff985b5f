"""Constructions that fix a deal's roles: a loan arranged by banks in a modifier, a
sale-and-leaseback's lessor, a stake sold in the market, round followers, the object bought from
a named seller, a share issue helped by banks, a commitment to a new fund, an award won by a
subsidiary. Sentences written for these tests (invented, news style), both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal, run

ARRANGED_LOANS = [
    case(
        "tw-borrower-gets-loan-arranged-by-two-banks",
        "新鴻基地產獲得由中國銀行(香港)及滙豐牽頭安排的80億港元銀團貸款。",
        ["新鴻基地產", "中國銀行(香港)", "滙豐"],
        [("80億港元", 8e9, None)],
        exactly=[("debt", "新鴻基地產", "中國銀行(香港)", "80億港元")],
    ),
    case(
        "cn-borrower-gets-loan-arranged-by-two-banks",
        "新鸿基地产获由汇丰及中银香港牵头安排的80亿港元银团贷款。",
        ["新鸿基地产", "汇丰", "中银香港"],
        [("80亿港元", 8e9, None)],
        exactly=[("debt", "新鸿基地产", "汇丰", "80亿港元")],
    ),
    case(
        "tw-borrower-gets-loan-coordinated-by-bank",
        "九龍倉獲由星展銀行統籌的50億港元銀團貸款，用作一般營運資金。",
        ["九龍倉", "星展銀行"],
        [("50億港元", 5e9, None)],
        exactly=[("debt", "九龍倉", "星展銀行", "50億港元")],
    ),
    case(
        "cn-borrower-gets-loan-coordinated-by-bank",
        "九龙仓获由星展银行统筹的50亿港元银团贷款，用作一般营运资金。",
        ["九龙仓", "星展银行"],
        [("50亿港元", 5e9, None)],
        exactly=[("debt", "九龙仓", "星展银行", "50亿港元")],
    ),
    case(
        "cn-borrower-obtains-loan-led-by-bank",
        "招商局港口取得由工商银行牵头的50亿元贷款。",
        ["招商局港口", "工商银行"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "招商局港口", "工商银行", "50亿元")],
    ),
    case(
        "tw-borrower-obtains-loan-led-by-bank-no-you",
        "長江基建獲得華僑銀行牽頭的3億美元貸款。",
        ["長江基建", "華僑銀行"],
        [("3億美元", 3e8, None)],
        exactly=[("debt", "長江基建", "華僑銀行", "3億美元")],
    ),
    case(
        "cn-arranger-named-after-the-loan",
        "长江基建获得3亿美元银团贷款，由华侨银行牵头。",
        ["长江基建", "华侨银行"],
        [("3亿美元", 3e8, None)],
        exactly=[("debt", "长江基建", "华侨银行", "3亿美元")],
    ),
    case(
        "tw-arranger-named-after-the-loan",
        "長江基建獲得3億美元銀團貸款，由華僑銀行牽頭。",
        ["長江基建", "華僑銀行"],
        [("3億美元", 3e8, None)],
        exactly=[("debt", "長江基建", "華僑銀行", "3億美元")],
    ),
    no_deal(
        "cn-bank-arranging-for-an-unnamed-project-is-no-borrower",
        "该项目获由中国银行牵头筹组的200亿元银团贷款。",
        ["中国银行"],
        [("200亿元", 2e10, None)],
    ),
    case(
        "tw-three-banks-jointly-lead",
        "九龍倉獲得由中國銀行(香港)、滙豐及渣打聯合牽頭的100億港元銀團貸款。",
        ["九龍倉", "中國銀行(香港)", "滙豐", "渣打"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "九龍倉", "中國銀行(香港)", "100億港元")],
    ),
    case(
        "cn-lead-and-unnamed-participants-in-the-modifier",
        "九龙仓宣布获得由汇丰牵头、多家银行参与的100亿港元银团贷款。",
        ["九龙仓", "汇丰"],
        [("100亿港元", 1e10, None)],
        exactly=[("debt", "九龙仓", "汇丰", "100亿港元")],
    ),
    case(
        "tw-borrower-announces-in-a-clause-before",
        "九龍倉昨日公布，已取得由滙豐統籌的100億港元銀團貸款。",
        ["九龍倉", "滙豐"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "九龍倉", "滙豐", "100億港元")],
    ),
    case(
        "cn-arranger-without-bank-word-after-the-loan",
        "九龙仓获得100亿港元银团贷款，由汇丰牵头安排，渣打、星展参与。",
        ["九龙仓", "汇丰", "渣打", "星展"],
        [("100亿港元", 1e10, None)],
        exactly=[("debt", "九龙仓", "汇丰", "100亿港元")],
    ),
    case(
        "tw-arranger-without-bank-word-after-the-loan",
        "九龍倉獲得100億港元銀團貸款，該筆貸款由滙豐及渣打牽頭。",
        ["九龍倉", "滙豐", "渣打"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "九龍倉", "滙豐", "100億港元")],
    ),
    case(
        "tw-one-loan-arranged-by-a-bank",
        "九龍倉獲一筆由滙豐牽頭的100億港元銀團貸款。",
        ["九龍倉", "滙豐"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "九龍倉", "滙豐", "100億港元")],
    ),
    case(
        "cn-subsidiary-borrows-from-the-arranger",
        "吉利控股旗下极氪获得由工商银行牵头的50亿元银团贷款。",
        ["吉利控股", "极氪", "工商银行"],
        [("50亿元", 5e9, None)],
        exactly=[("debt", "极氪", "工商银行", "50亿元")],
    ),
    case(
        "cn-reporter-learns-of-the-loan",
        "记者获悉九龙仓获得由汇丰牵头的100亿港元银团贷款。",
        ["九龙仓", "汇丰"],
        [("100亿港元", 1e10, None)],
        exactly=[("debt", "九龙仓", "汇丰", "100亿港元")],
    ),
    case(
        "cn-syndicate-headed-by-a-bank",
        "九龙仓获得以汇丰为首的银团提供的100亿港元贷款。",
        ["九龙仓", "汇丰"],
        [("100亿港元", 1e10, None)],
        exactly=[("debt", "九龙仓", "汇丰", "100亿港元")],
    ),
    case(
        "tw-syndicate-headed-by-a-bank",
        "九龍倉獲得以滙豐為首的銀團提供的100億港元貸款。",
        ["九龍倉", "滙豐"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "九龍倉", "滙豐", "100億港元")],
    ),
    case(
        "tw-arrangers-named-by-their-role-after",
        "九龍倉獲得100億港元銀團貸款，牽頭行為滙豐及渣打。",
        ["九龍倉", "滙豐", "渣打"],
        [("100億港元", 1e10, None)],
        exactly=[("debt", "九龍倉", "滙豐", "100億港元")],
    ),
    case(
        "cn-arrangers-named-by-their-role-after",
        "九龙仓获得100亿港元银团贷款，牵头行为汇丰及渣打。",
        ["九龙仓", "汇丰", "渣打"],
        [("100亿港元", 1e10, None)],
        exactly=[("debt", "九龙仓", "汇丰", "100亿港元")],
    ),
]

SALE_LEASEBACKS = [
    case(
        "cn-lessee-named-first",
        "吉利汽车与远东租赁签署售后回租协议，融资10亿元。",
        ["吉利汽车", "远东租赁"],
        [("10亿元", 1e9, None)],
        exactly=[("lease", "吉利汽车", "远东租赁", "10亿元"), ("purchase", "远东租赁", "吉利汽车", "10亿元")],
    ),
    case(
        "cn-lessor-named-first",
        "国银租赁与长城汽车签署售后回租协议，融资10亿元。",
        ["国银租赁", "长城汽车"],
        [("10亿元", 1e9, None)],
        exactly=[("lease", "长城汽车", "国银租赁", "10亿元"), ("purchase", "国银租赁", "长城汽车", "10亿元")],
    ),
    case(
        "tw-lessor-named-first",
        "國銀租賃與長城汽車簽署售後回租協議，融資10億元。",
        ["國銀租賃", "長城汽車"],
        [("10億元", 1e9, None)],
        exactly=[("lease", "長城汽車", "國銀租賃", "10億元"), ("purchase", "國銀租賃", "長城汽車", "10億元")],
    ),
    case(
        "cn-financial-leasing-lessor-first-contract",
        "中信金融租赁与天合光能签订售后回租合同，金额为5亿元。",
        ["中信金融租赁", "天合光能"],
        [("5亿元", 5e8, None)],
        exactly=[
            ("lease", "天合光能", "中信金融租赁", "5亿元"),
            ("purchase", "中信金融租赁", "天合光能", "5亿元"),
        ],
    ),
    case(
        "tw-financial-leasing-lessor-first-contract",
        "中信金融租賃與天合光能簽訂售後回租合同，金額為5億元。",
        ["中信金融租賃", "天合光能"],
        [("5億元", 5e8, None)],
        exactly=[
            ("lease", "天合光能", "中信金融租賃", "5億元"),
            ("purchase", "中信金融租賃", "天合光能", "5億元"),
        ],
    ),
    case(
        "cn-latin-leasing-name-first",
        "ORIX Leasing与天合光能签订售后回租合同，融资5亿元。",
        ["ORIX Leasing", "天合光能"],
        [("5亿元", 5e8, None)],
        exactly=[
            ("lease", "天合光能", "ORIX Leasing", "5亿元"),
            ("purchase", "ORIX Leasing", "天合光能", "5亿元"),
        ],
    ),
    case(
        "tw-lessor-introduced-as-leasing-company-first",
        "租賃公司平安國際與天合光能簽訂售後回租協議，融資5億元。",
        ["平安國際", "天合光能"],
        [("5億元", 5e8, None)],
        exactly=[("lease", "天合光能", "平安國際", "5億元"), ("purchase", "平安國際", "天合光能", "5億元")],
    ),
    case(
        "cn-lessor-introduced-as-leasing-company-first",
        "融资租赁公司平安国际与天合光能签订售后回租协议，融资5亿元。",
        ["平安国际", "天合光能"],
        [("5亿元", 5e8, None)],
        exactly=[("lease", "天合光能", "平安国际", "5亿元"), ("purchase", "平安国际", "天合光能", "5亿元")],
    ),
    case(
        "cn-lessor-introduced-as-leasing-company-second",
        "天合光能与一家租赁公司平安国际签订售后回租协议，融资5亿元。",
        ["平安国际", "天合光能"],
        [("5亿元", 5e8, None)],
        includes=[("lease", "天合光能", "平安国际", "5亿元")],
    ),
    case(
        "tw-lessee-finances-towards-lessor",
        "華能國際向工銀金融租賃以售後回租方式融資20億元。",
        ["華能國際", "工銀金融租賃"],
        [("20億元", 2e9, None)],
        exactly=[
            ("lease", "華能國際", "工銀金融租賃", "20億元"),
            ("purchase", "工銀金融租賃", "華能國際", "20億元"),
        ],
    ),
    case(
        "cn-lessee-finances-towards-lessor",
        "华能国际向工银金融租赁以售后回租方式融资20亿元。",
        ["华能国际", "工银金融租赁"],
        [("20亿元", 2e9, None)],
        exactly=[
            ("lease", "华能国际", "工银金融租赁", "20亿元"),
            ("purchase", "工银金融租赁", "华能国际", "20亿元"),
        ],
    ),
    case(
        "cn-lessor-first-business-with-figure",
        "远东租赁与长城汽车开展售后回租业务，融资金额10亿元。",
        ["远东租赁", "长城汽车"],
        [("10亿元", 1e9, None)],
        exactly=[("lease", "长城汽车", "远东租赁", "10亿元"), ("purchase", "远东租赁", "长城汽车", "10亿元")],
    ),
    case(
        "tw-lessee-pledges-equipment",
        "長城汽車擬以部分生產設備與遠東租賃開展售後回租業務，融資金額不超過10億元。",
        ["長城汽車", "遠東租賃"],
        [("不超過10億元", 1e9, None)],
        exactly=[
            ("lease", "長城汽車", "遠東租賃", "不超過10億元"),
            ("purchase", "遠東租賃", "長城汽車", "不超過10億元"),
        ],
    ),
    case(
        "tw-lessor-first-no-figure",
        "遠東租賃與長城汽車簽署售後回租協議。",
        ["遠東租賃", "長城汽車"],
        exactly=[("lease", "長城汽車", "遠東租賃", None), ("purchase", "遠東租賃", "長城汽車", None)],
    ),
    case(
        "cn-lessor-provides-the-financing",
        "远东租赁向长城汽车提供10亿元售后回租融资。",
        ["远东租赁", "长城汽车"],
        [("10亿元", 1e9, None)],
        exactly=[("lease", "长城汽车", "远东租赁", "10亿元"), ("purchase", "远东租赁", "长城汽车", "10亿元")],
    ),
    case(
        "cn-lessor-first-with-lease-principal",
        "交银金融租赁与华能国际签订售后回租合同，租赁本金20亿元，租期5年。",
        ["交银金融租赁", "华能国际"],
        [("20亿元", 2e9, None)],
        includes=[("lease", "华能国际", "交银金融租赁", "20亿元")],
    ),
    case(
        "tw-lessor-first-finance-lease",
        "交銀金融租賃與華能國際簽訂融資租賃合同，租賃本金20億元。",
        ["交銀金融租賃", "華能國際"],
        [("20億元", 2e9, None)],
        exactly=[("lease", "華能國際", "交銀金融租賃", "20億元")],
    ),
]

STAKE_SALES = [
    case(
        "cn-holder-cuts-stake",
        "淡马锡减持中国建设银行2%股份。",
        ["淡马锡", "中国建设银行"],
        exactly=[("other", "淡马锡", "中国建设银行", None)],
    ),
    case(
        "tw-holder-cuts-stake-with-proceeds",
        "淡馬錫減持中國建設銀行股權，涉資30億港元。",
        ["淡馬錫", "中國建設銀行"],
        [("30億港元", 3e9, None)],
        exactly=[("other", "淡馬錫", "中國建設銀行", "30億港元")],
    ),
    case(
        "tw-holder-sells-its-stake",
        "騰訊出售所持京東股份，套現30億港元。",
        ["騰訊", "京東"],
        [("30億港元", 3e9, None)],
        exactly=[("other", "騰訊", "京東", "30億港元")],
    ),
    case(
        "cn-holder-sells-its-stake",
        "软银出售所持阿里巴巴股份，套现100亿美元。",
        ["软银", "阿里巴巴"],
        [("100亿美元", 1e10, None)],
        exactly=[("other", "软银", "阿里巴巴", "100亿美元")],
    ),
    case(
        "tw-holder-sells-its-stake-for-a-sum",
        "軟銀以100億美元出售所持阿里巴巴股份。",
        ["軟銀", "阿里巴巴"],
        [("100億美元", 1e10, None)],
        exactly=[("other", "軟銀", "阿里巴巴", "100億美元")],
    ),
    case(
        "cn-holder-sells-its-stake-to-a-named-buyer-is-a-transfer",
        "软银向蚂蚁集团出售所持阿里巴巴股份。",
        ["软银", "蚂蚁集团", "阿里巴巴"],
        includes=[("acquisition", "蚂蚁集团", "软银", None)],
    ),
    case(
        "tw-holder-sells-in-the-market",
        "淡馬錫於市場上出售中國建設銀行2%股份。",
        ["淡馬錫", "中國建設銀行"],
        exactly=[("other", "淡馬錫", "中國建設銀行", None)],
    ),
    case(
        "cn-holder-sells-its-stake-by-placing",
        "淡马锡通过配售方式出售所持有的中国建设银行股份，套现30亿港元。",
        ["淡马锡", "中国建设银行"],
        [("30亿港元", 3e9, None)],
        exactly=[("other", "淡马锡", "中国建设银行", "30亿港元")],
    ),
    case(
        "tw-held-stake-sold-to-a-named-buyer",
        "軟銀出售所持阿里巴巴3%股權予螞蟻集團。",
        ["軟銀", "阿里巴巴", "螞蟻集團"],
        exactly=[("acquisition", "螞蟻集團", "軟銀", None)],
    ),
    case(
        "cn-held-stake-sold-to-a-named-buyer",
        "软银出售所持阿里巴巴3%股权予蚂蚁集团。",
        ["软银", "阿里巴巴", "蚂蚁集团"],
        exactly=[("acquisition", "蚂蚁集团", "软银", None)],
    ),
    case(
        "tw-company-cut-by-its-holder-passive",
        "騰訊控股遭大股東貝萊德減持。",
        ["騰訊控股", "貝萊德"],
        exactly=[("other", "貝萊德", "騰訊控股", None)],
    ),
    case(
        "cn-company-cut-by-its-holder-passive",
        "腾讯控股遭大股东贝莱德减持。",
        ["腾讯控股", "贝莱德"],
        exactly=[("other", "贝莱德", "腾讯控股", None)],
    ),
    case(
        "cn-company-raised-by-its-holder-passive",
        "腾讯控股获贝莱德增持。",
        ["腾讯控股", "贝莱德"],
        exactly=[("other", "贝莱德", "腾讯控股", None)],
    ),
    case(
        "tw-holder-cuts-with-price-per-share",
        "貝萊德以每股300港元減持騰訊控股股份，套現約20億港元。",
        ["貝萊德", "騰訊控股"],
        [("每股300港元", 300, "share"), ("約20億港元", 2e9, None)],
        exactly=[("other", "貝萊德", "騰訊控股", "約20億港元")],
    ),
]

ROUND_FOLLOWERS = [
    case(
        "tw-follower-invests-in-the-round-company",
        "紅杉中國領投小馬智行新一輪融資，高瓴資本跟投。",
        ["紅杉中國", "小馬智行", "高瓴資本"],
        exactly=[
            ("investment", "紅杉中國", "小馬智行", None),
            ("investment", "高瓴資本", "小馬智行", None),
        ],
    ),
    case(
        "cn-follower-invests-in-the-round-company",
        "红杉中国领投小马智行新一轮融资，高瓴资本跟投。",
        ["红杉中国", "小马智行", "高瓴资本"],
        exactly=[
            ("investment", "红杉中国", "小马智行", None),
            ("investment", "高瓴资本", "小马智行", None),
        ],
    ),
    case(
        "cn-followers-of-a-round-stated-before",
        "小马智行完成1亿美元B轮融资。红杉中国领投，高瓴资本、腾讯跟投。",
        ["红杉中国", "高瓴资本", "腾讯", "小马智行"],
        [("1亿美元", 1e8, None)],
        exactly=[
            ("fundraising", "小马智行", None, "1亿美元"),
            ("investment", "红杉中国", "小马智行", None),
            ("investment", "高瓴资本", "小马智行", None),
            ("investment", "腾讯", "小马智行", None),
        ],
    ),
    case(
        "cn-lead-in-a-prepositional-phrase",
        "在红杉中国领投下，小马智行完成1亿美元融资，高瓴资本和腾讯亦有参与。",
        ["红杉中国", "小马智行", "高瓴资本", "腾讯"],
        [("1亿美元", 1e8, None)],
        exactly=[
            ("investment", "红杉中国", "小马智行", None),
            ("fundraising", "小马智行", None, "1亿美元"),
            ("investment", "高瓴资本", "小马智行", None),
            ("investment", "腾讯", "小马智行", None),
        ],
    ),
    case(
        "tw-lead-in-a-prepositional-phrase",
        "在紅杉中國領投下，小馬智行完成1億美元融資，高瓴資本和騰訊亦有參與。",
        ["紅杉中國", "小馬智行", "高瓴資本", "騰訊"],
        [("1億美元", 1e8, None)],
        exactly=[
            ("investment", "紅杉中國", "小馬智行", None),
            ("fundraising", "小馬智行", None, "1億美元"),
            ("investment", "高瓴資本", "小馬智行", None),
            ("investment", "騰訊", "小馬智行", None),
        ],
    ),
    no_deal(
        "cn-lead-and-followers-of-no-company-named",
        "红杉中国领投，高瓴资本、腾讯跟投。",
        ["红杉中国", "高瓴资本", "腾讯"],
    ),
    case(
        "tw-followers-of-a-round-with-its-figure",
        "紅杉中國領投小馬智行的1億美元融資，高瓴資本、騰訊跟投。",
        ["紅杉中國", "高瓴資本", "騰訊", "小馬智行"],
        [("1億美元", 1e8, None)],
        includes=[
            ("investment", "紅杉中國", "小馬智行", None),
            ("investment", "高瓴資本", "小馬智行", None),
            ("investment", "騰訊", "小馬智行", None),
        ],
    ),
    case(
        "cn-lead-with-de-in-a-prepositional-phrase",
        "在红杉中国的领投下，小马智行完成1亿美元融资，高瓴资本、腾讯等跟投。",
        ["红杉中国", "高瓴资本", "腾讯", "小马智行"],
        [("1亿美元", 1e8, None)],
        exactly=[
            ("investment", "红杉中国", "小马智行", None),
            ("fundraising", "小马智行", None, "1亿美元"),
            ("investment", "高瓴资本", "小马智行", None),
            ("investment", "腾讯", "小马智行", None),
        ],
    ),
    case(
        "tw-lead-and-follower-before-the-round",
        "紅杉中國領投、高瓴資本跟投小馬智行B輪融資。",
        ["紅杉中國", "小馬智行", "高瓴資本"],
        exactly=[
            ("investment", "紅杉中國", "小馬智行", None),
            ("investment", "高瓴資本", "小馬智行", None),
        ],
    ),
    case(
        "cn-lead-and-follower-before-the-round",
        "红杉中国领投、高瓴资本跟投小马智行B轮融资。",
        ["红杉中国", "小马智行", "高瓴资本"],
        exactly=[
            ("investment", "红杉中国", "小马智行", None),
            ("investment", "高瓴资本", "小马智行", None),
        ],
    ),
    case(
        "tw-joint-leads-in-a-prepositional-phrase",
        "在紅杉中國和高瓴資本聯合領投下，小馬智行完成1億美元融資。",
        ["紅杉中國", "小馬智行", "高瓴資本"],
        [("1億美元", 1e8, None)],
        exactly=[
            ("investment", "紅杉中國", "小馬智行", None),
            ("investment", "高瓴資本", "小馬智行", None),
            ("fundraising", "小馬智行", None, "1億美元"),
        ],
    ),
    case(
        "cn-followers-participate-in-it",
        "在红杉中国领投下，小马智行完成1亿美元融资，高瓴资本、腾讯及IDG资本参与其中。",
        ["红杉中国", "小马智行", "高瓴资本", "腾讯", "IDG资本"],
        [("1亿美元", 1e8, None)],
        includes=[
            ("investment", "红杉中国", "小马智行", None),
            ("investment", "高瓴资本", "小马智行", None),
            ("investment", "腾讯", "小马智行", None),
            ("investment", "IDG资本", "小马智行", None),
        ],
    ),
    case(
        "tw-round-led-by-a-lead-has-no-counterparty",
        "紅杉中國領投了小馬智行的B輪融資，高瓴資本、騰訊參投。",
        ["紅杉中國", "小馬智行", "高瓴資本", "騰訊"],
        exactly=[
            ("investment", "紅杉中國", "小馬智行", None),
            ("investment", "高瓴資本", "小馬智行", None),
            ("investment", "騰訊", "小馬智行", None),
        ],
    ),
    case(
        "tw-follower-with-its-own-figure",
        "紅杉中國領投5000萬美元，高瓴資本跟投2000萬美元，小馬智行本輪共融資1億美元。",
        ["紅杉中國", "高瓴資本", "小馬智行"],
        [("5000萬美元", 5e7, None), ("2000萬美元", 2e7, None), ("1億美元", 1e8, None)],
        exactly=[
            ("investment", "紅杉中國", "小馬智行", "5000萬美元"),
            ("investment", "高瓴資本", "小馬智行", "2000萬美元"),
            ("fundraising", "小馬智行", None, "1億美元"),
        ],
    ),
    case(
        "cn-joint-participation-in-a-project-is-no-round",
        "比亚迪投资10亿元建设深圳电池工厂，宁德时代亦有参与。",
        ["比亚迪", "宁德时代"],
        [("10亿元", 1e9, None)],
        exactly=[("capex", "比亚迪", None, "10亿元")],
    ),
]

BOUGHT_FROM_SELLER = [
    case(
        "cn-business-bought-from-seller",
        "联想集团以20亿元向IBM购入其服务器业务。",
        ["联想集团", "IBM"],
        [("20亿元", 2e9, None)],
        exactly=[("acquisition", "联想集团", "IBM", "20亿元")],
    ),
    case(
        "tw-business-bought-from-seller-price-after",
        "比亞迪向寧德時代購入其電池業務，作價5億元。",
        ["比亞迪", "寧德時代"],
        [("5億元", 5e8, None)],
        exactly=[("acquisition", "比亞迪", "寧德時代", "5億元")],
    ),
    case(
        "tw-unit-acquired-from-seller",
        "聯想集團以20億元向IBM收購其伺服器部門。",
        ["聯想集團", "IBM"],
        [("20億元", 2e9, None)],
        exactly=[("acquisition", "聯想集團", "IBM", "20億元")],
    ),
    case(
        "cn-stake-acquired-from-seller",
        "长实以50亿港元向新世界发展收购其所持港灯30%股权。",
        ["长实", "新世界发展", "港灯"],
        [("50亿港元", 5e9, None)],
        exactly=[("acquisition", "长实", "新世界发展", "50亿港元")],
    ),
    # 收购 + 资产 is an acquisition of assets (devset2 "Deals": asset acquisitions); plant bought stays a
    # purchase
    case(
        "tw-assets-acquired-from-seller-are-an-acquisition",
        "長實以50億港元向新世界發展收購其酒店資產。",
        ["長實", "新世界發展"],
        [("50億港元", 5e9, None)],
        exactly=[("acquisition", "長實", "新世界發展", "50億港元")],
    ),
    case(
        "cn-assets-acquired-from-seller-are-an-acquisition",
        "长实以50亿港元向新世界发展收购其酒店资产。",
        ["长实", "新世界发展"],
        [("50亿港元", 5e9, None)],
        exactly=[("acquisition", "长实", "新世界发展", "50亿港元")],
    ),
    case(
        "tw-plant-acquired-from-seller-is-a-purchase",
        "海螺水泥以12.8億元向安徽省投資集團收購其兩條水泥熟料生產線。",
        ["海螺水泥", "安徽省投資集團"],
        [("12.8億元", 1.28e9, None)],
        exactly=[("purchase", "海螺水泥", "安徽省投資集團", "12.8億元")],
    ),
    case(
        "cn-plant-assets-acquired-from-seller-are-an-acquisition",
        "海螺水泥拟以现金12.8亿元向安徽省投资集团收购其持有的两条水泥熟料生产线资产。",
        ["海螺水泥", "安徽省投资集团"],
        [("12.8亿元", 1.28e9, None)],
        exactly=[("acquisition", "海螺水泥", "安徽省投资集团", "12.8亿元")],
    ),
    case(
        "cn-land-bought-from-seller",
        "万科以30亿元向华润置地购入其持有的一幅土地。",
        ["万科", "华润置地"],
        [("30亿元", 3e9, None)],
        exactly=[("purchase", "万科", "华润置地", "30亿元")],
    ),
    case(
        "tw-building-bought-from-seller",
        "萬科以30億元向華潤置地購入其位於深圳的商業大樓。",
        ["萬科", "華潤置地"],
        [("30億元", 3e9, None)],
        exactly=[("purchase", "萬科", "華潤置地", "30億元")],
    ),
    case(
        "cn-equipment-bought-from-seller",
        "比亚迪斥资5亿元向宁德时代购入其电池生产设备。",
        ["比亚迪", "宁德时代"],
        [("5亿元", 5e8, None)],
        exactly=[("purchase", "比亚迪", "宁德时代", "5亿元")],
    ),
    case(
        "tw-unit-of-the-seller-without-figure",
        "長實擬向新世界發展收購其旗下酒店管理部門。",
        ["長實", "新世界發展"],
        exactly=[("acquisition", "長實", "新世界發展", None)],
    ),
    case(
        "cn-land-bought-price-after",
        "长实向新世界发展购买其位于上海的土地，代价为50亿港元。",
        ["长实", "新世界发展"],
        [("50亿港元", 5e9, None)],
        exactly=[("purchase", "长实", "新世界发展", "50亿港元")],
    ),
    case(
        "tw-equipment-made-by-a-subsidiary-is-a-purchase",
        "比亞迪以5億元向寧德時代購入其子公司生產的電池設備。",
        ["比亞迪", "寧德時代"],
        [("5億元", 5e8, None)],
        exactly=[("purchase", "比亞迪", "寧德時代", "5億元")],
    ),
    case(
        "cn-spend-clause-then-seller-clause",
        "长实斥资50亿港元，向新世界发展收购其酒店业务。",
        ["长实", "新世界发展"],
        [("50亿港元", 5e9, None)],
        exactly=[("acquisition", "长实", "新世界发展", "50亿港元")],
    ),
    case(
        "tw-spend-clause-then-seller-clause",
        "長實斥資50億港元，向新世界發展收購其酒店業務。",
        ["長實", "新世界發展"],
        [("50億港元", 5e9, None)],
        exactly=[("acquisition", "長實", "新世界發展", "50億港元")],
    ),
    case(
        "tw-named-unit-of-the-seller-is-an-acquisition",
        "長實同意以50億港元向新世界發展收購其旗下新世界酒店。",
        ["長實", "新世界發展", "新世界酒店"],
        [("50億港元", 5e9, None)],
        exactly=[("acquisition", "長實", "新世界發展", "50億港元")],
    ),
    case(
        "cn-buying-a-centre-is-a-purchase",
        "长实以50亿港元向新世界发展购置其位于九龙湾的物流中心。",
        ["长实", "新世界发展"],
        [("50亿港元", 5e9, None)],
        exactly=[("purchase", "长实", "新世界发展", "50亿港元")],
    ),
    case(
        "cn-a-spend-and-its-own-build-stay-apart",
        "长实斥资50亿港元，在九龙湾兴建物流中心。",
        ["长实"],
        [("50亿港元", 5e9, None)],
        exactly=[("capex", "长实", None, "50亿港元")],
    ),
    case(
        "cn-business-bought-from-zi-seller",
        "长实以50亿港元自新世界发展购入其酒店业务。",
        ["长实", "新世界发展"],
        [("50亿港元", 5e9, None)],
        exactly=[("acquisition", "长实", "新世界发展", "50亿港元")],
    ),
    case(
        "tw-business-with-its-property-is-an-acquisition",
        "長實以50億港元向新世界發展購入其數據中心業務及相關物業。",
        ["長實", "新世界發展"],
        [("50億港元", 5e9, None)],
        exactly=[("acquisition", "長實", "新世界發展", "50億港元")],
    ),
    case(
        "cn-residential-land-is-a-purchase",
        "长实以50亿港元向新世界发展购入一幅位于将军澳的住宅用地。",
        ["长实", "新世界发展"],
        [("50亿港元", 5e9, None)],
        exactly=[("purchase", "长实", "新世界发展", "50亿港元")],
    ),
]

SHARE_ISSUES = [
    case(
        "tw-underwriters-help-issuer",
        "摩根士丹利、中金公司擔任承銷商，協助美團在香港發行100億港元新股。",
        ["摩根士丹利", "中金公司", "美團"],
        [("100億港元", 1e10, None)],
        exactly=[("fundraising", "美團", None, "100億港元")],
    ),
    case(
        "cn-underwriters-help-issuer",
        "摩根士丹利、中金公司担任承销商，协助美团在香港发行100亿港元新股。",
        ["摩根士丹利", "中金公司", "美团"],
        [("100亿港元", 1e10, None)],
        exactly=[("fundraising", "美团", None, "100亿港元")],
    ),
    case(
        "cn-sponsor-helps-listing",
        "摩根士丹利担任保荐人，协助美团在香港上市，集资100亿港元。",
        ["摩根士丹利", "美团"],
        [("100亿港元", 1e10, None)],
        exactly=[("fundraising", "美团", None, "100亿港元")],
    ),
    case(
        "tw-issuer-issues-new-shares",
        "美團在香港發行100億港元新股。",
        ["美團"],
        [("100億港元", 1e10, None)],
        exactly=[("fundraising", "美團", None, "100億港元")],
    ),
    no_deal(
        "cn-shares-of-a-value-held-are-no-issue",
        "美团持有价值100亿港元股票。",
        ["美团"],
        [("100亿港元", 1e10, None)],
    ),
    case(
        "tw-underwriter-helps-issue-without-place",
        "高盛擔任承銷商，協助美團發行100億港元新股。",
        ["高盛", "美團"],
        [("100億港元", 1e10, None)],
        exactly=[("fundraising", "美團", None, "100億港元")],
    ),
    case(
        "cn-coordinators-help-issue",
        "高盛、摩根大通担任联席全球协调人，协助美团在港发行100亿港元新股。",
        ["高盛", "摩根大通", "美团"],
        [("100亿港元", 1e10, None)],
        exactly=[("fundraising", "美团", None, "100亿港元")],
    ),
    case(
        "tw-shares-issued-to-a-subscriber-are-the-issuers-raise",
        "美團擬向騰訊發行100億港元新股。",
        ["美團", "騰訊"],
        [("100億港元", 1e10, None)],
        exactly=[("fundraising", "美團", None, "100億港元"), ("investment", "騰訊", "美團", None)],
    ),
    case(
        "cn-shares-issued-to-a-subscriber-are-the-issuers-raise",
        "美团拟向腾讯发行100亿港元新股。",
        ["美团", "腾讯"],
        [("100亿港元", 1e10, None)],
        exactly=[("fundraising", "美团", None, "100亿港元"), ("investment", "腾讯", "美团", None)],
    ),
    case(
        "tw-issue-after-the-listing-clause",
        "高盛、瑞銀擔任聯席保薦人，協助小米在香港上市，發行100億港元新股。",
        ["高盛", "瑞銀", "小米"],
        [("100億港元", 1e10, None)],
        exactly=[("fundraising", "小米", None, "100億港元")],
    ),
    case(
        "cn-issue-after-the-listing-clause",
        "高盛、瑞银担任联席保荐人，协助小米在香港上市，发行100亿港元新股。",
        ["高盛", "瑞银", "小米"],
        [("100亿港元", 1e10, None)],
        exactly=[("fundraising", "小米", None, "100亿港元")],
    ),
    case(
        "tw-underwriters-help-an-offer",
        "高盛、摩根大通擔任承銷商，協助美團發售100億港元新股。",
        ["高盛", "摩根大通", "美團"],
        [("100億港元", 1e10, None)],
        exactly=[("fundraising", "美團", None, "100億港元")],
    ),
    case(
        "cn-bank-helps-a-bond-issue-is-no-lender",
        "高盛协助美团发行100亿港元可转换债券。",
        ["高盛", "美团"],
        [("100亿港元", 1e10, None)],
        exactly=[("debt", "美团", None, "100亿港元")],
    ),
]

FUND_COMMITMENTS = [
    case(
        "cn-own-funds-into-unnamed-fund",
        "比亚迪拟以自有资金10亿元参与设立一只产业基金。",
        ["比亚迪"],
        [("10亿元", 1e9, None)],
        exactly=[("investment", "比亚迪", None, "10亿元")],
    ),
    case(
        "tw-own-funds-into-unnamed-fund",
        "比亞迪以自有資金10億元參與設立一隻產業基金。",
        ["比亞迪"],
        [("10億元", 1e9, None)],
        exactly=[("investment", "比亞迪", None, "10億元")],
    ),
    case(
        "cn-own-funds-into-named-fund",
        "比亚迪拟以自有资金10亿元参与设立深圳新能源产业基金。",
        ["比亚迪", "深圳新能源产业基金"],
        [("10亿元", 1e9, None)],
        exactly=[("investment", "比亚迪", "深圳新能源产业基金", "10亿元")],
    ),
    case(
        "tw-own-funds-found-a-fund",
        "寧德時代擬以自有資金5億元發起設立一隻新能源基金。",
        ["寧德時代"],
        [("5億元", 5e8, None)],
        exactly=[("investment", "寧德時代", None, "5億元")],
    ),
    no_deal(
        "cn-own-funds-for-a-plant-are-no-fund",
        "比亚迪拟以自有资金10亿元参与设立一座电池工厂。",
        ["比亚迪"],
        [("10亿元", 1e9, None)],
    ),
    case(
        "cn-own-funds-with-a-co-founder",
        "比亚迪拟以自有资金10亿元与深创投共同发起设立一只产业基金。",
        ["比亚迪", "深创投"],
        [("10亿元", 1e9, None)],
        exactly=[("investment", "比亚迪", None, "10亿元")],
    ),
    case(
        "tw-own-funds-subscribed",
        "比亞迪公告，擬以自有資金認繳出資10億元參與設立產業基金。",
        ["比亞迪"],
        [("10億元", 1e9, None)],
        exactly=[("investment", "比亞迪", None, "10億元")],
    ),
    case(
        "tw-own-funds-used",
        "格力電器擬使用自有資金5億元參與設立一隻產業投資基金。",
        ["格力電器"],
        [("5億元", 5e8, None)],
        exactly=[("investment", "格力電器", None, "5億元")],
    ),
    case(
        "cn-limited-partner-in-the-clause-before",
        "格力电器作为有限合伙人，拟以自有资金5亿元参与设立珠海产业基金。",
        ["格力电器", "珠海产业基金"],
        [("5亿元", 5e8, None)],
        exactly=[("investment", "格力电器", "珠海产业基金", "5亿元")],
    ),
    case(
        "tw-own-funds-at-most",
        "格力電器擬以自有資金不超過5億元參與設立產業基金。",
        ["格力電器"],
        [("不超過5億元", 5e8, None)],
        exactly=[("investment", "格力電器", None, "不超過5億元")],
    ),
    case(
        "cn-own-funds-for-a-buyback-are-no-fund",
        "格力电器拟以自有资金5亿元回购公司股份。",
        ["格力电器"],
        [("5亿元", 5e8, None)],
        includes=[("other", "格力电器", None, "5亿元")],
    ),
    case(
        "tw-subscribed-contribution-then-fund-clause",
        "比亞迪擬作為有限合夥人認繳出資10億元，參與設立深圳新能源產業基金。",
        ["比亞迪", "深圳新能源產業基金"],
        [("10億元", 1e9, None)],
        exactly=[("investment", "比亞迪", "深圳新能源產業基金", "10億元")],
    ),
    case(
        "cn-subscribed-contribution-then-fund-clause",
        "比亚迪拟作为有限合伙人认缴出资10亿元，参与设立深圳新能源产业基金。",
        ["比亚迪", "深圳新能源产业基金"],
        [("10亿元", 1e9, None)],
        exactly=[("investment", "比亚迪", "深圳新能源产业基金", "10亿元")],
    ),
    case(
        "cn-fund-named-with-its-size-before",
        "深圳新能源产业基金规模为50亿元，比亚迪拟以自有资金10亿元参与设立。",
        ["比亚迪", "深圳新能源产业基金"],
        [("50亿元", 5e9, None), ("10亿元", 1e9, None)],
        includes=[("investment", "比亚迪", "深圳新能源产业基金", "10亿元")],
    ),
]

SUBSIDIARY_AWARDS = [
    case(
        "tw-subsidiary-wins-works",
        "中國建築旗下中建三局中標深圳地鐵工程，合同額50億元。",
        ["中國建築", "中建三局"],
        [("50億元", 5e9, None)],
        exactly=[("purchase", None, "中建三局", "50億元")],
    ),
    case(
        "cn-subsidiary-wins-works",
        "中国建筑旗下中建三局中标深圳地铁工程，合同金额50亿元。",
        ["中国建筑", "中建三局"],
        [("50亿元", 5e9, None)],
        exactly=[("purchase", None, "中建三局", "50亿元")],
    ),
    case(
        "cn-subsidiary-wins-owners-works",
        "中国建筑旗下中建三局中标深圳地铁集团的地铁工程，合同额50亿元。",
        ["中国建筑", "中建三局", "深圳地铁集团"],
        [("50亿元", 5e9, None)],
        exactly=[("purchase", "深圳地铁集团", "中建三局", "50亿元")],
    ),
    no_deal(
        "cn-named-works-no-owner-no-subsidiary",
        "中建三局中标深圳地铁工程，合同额50亿元。",
        ["中建三局"],
        [("50亿元", 5e9, None)],
    ),
    case(
        "tw-affiliate-wins-works",
        "中國建築附屬公司中建三局中標深圳地鐵工程，合同額50億元。",
        ["中國建築", "中建三局"],
        [("50億元", 5e9, None)],
        exactly=[("purchase", None, "中建三局", "50億元")],
    ),
    case(
        "cn-parent-announces-subsidiary-award",
        "中国建筑宣布，旗下中建三局中标深圳地铁工程，合同总额50亿元。",
        ["中国建筑", "中建三局"],
        [("50亿元", 5e9, None)],
        exactly=[("purchase", None, "中建三局", "50亿元")],
    ),
    case(
        "cn-wholly-owned-subsidiary-wins-works",
        "中国交建全资子公司中交一公局中标雄安新区道路工程，中标价30亿元。",
        ["中国交建", "中交一公局"],
        [("30亿元", 3e9, None)],
        exactly=[("purchase", None, "中交一公局", "30亿元")],
    ),
    case(
        "tw-subsidiary-with-de-wins-works",
        "中國建築旗下的中建三局中標深圳地鐵工程，合同額50億元。",
        ["中國建築", "中建三局"],
        [("50億元", 5e9, None)],
        exactly=[("purchase", None, "中建三局", "50億元")],
    ),
    case(
        "cn-subordinate-unit-wins-works",
        "中国建筑下属中建三局中标深圳地铁工程，合同额50亿元。",
        ["中国建筑", "中建三局"],
        [("50亿元", 5e9, None)],
        exactly=[("purchase", None, "中建三局", "50亿元")],
    ),
    no_deal(
        "cn-subsidiary-award-without-figure",
        "中国建筑旗下中建三局中标深圳地铁工程。",
        ["中国建筑", "中建三局"],
    ),
]

ALL = ARRANGED_LOANS + SALE_LEASEBACKS + STAKE_SALES + ROUND_FOLLOWERS + BOUGHT_FROM_SELLER
ALL += SHARE_ISSUES + FUND_COMMITMENTS + SUBSIDIARY_AWARDS


@pytest.mark.parametrize("c", ALL)
def test_role_constructions(c: Case) -> None:
    c.check()


@pytest.mark.parametrize(
    ("text", "banks"),
    [
        pytest.param(
            "新鴻基地產獲得由中國銀行(香港)及滙豐牽頭安排的80億港元銀團貸款。",
            ["中國銀行(香港)", "滙豐"],
            id="tw",
        ),
        pytest.param(
            "新鸿基地产获由汇丰及中银香港牵头安排的80亿港元银团贷款。", ["汇丰", "中银香港"], id="cn"
        ),
    ],
)
def test_other_arrangers_of_a_received_loan_are_co_counterparties(text: str, banks: list[str]) -> None:
    borrower = text[:5]
    amount = text[text.index("80") : text.index("80") + 5]
    deals = run(text, [borrower, *banks], [(amount, 8e9, None)])
    assert [
        (d.agent.text if d.agent else None, d.counterparty.text if d.counterparty else None) for d in deals
    ] == [(borrower, banks[0])]
    assert [m.text for m in deals[0].co_counterparties] == banks[1:]
