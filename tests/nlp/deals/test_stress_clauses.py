"""Stress table: what a sentence's next clause or a contract's own noun says about a deal — a spend
whose next clause says where it builds (斥資N，於德州興建新廠) is capex; the contract of the side that
sells or serves (X與Y簽訂銷售合同 / 技術服務合同) makes X the seller; a parent written with its
name in brackets still acts through its subsidiary (X（Alias）透過子公司Y收購); an agent or managing
bank named after the loan (由A擔任管理銀行 / A為代理行) lends. Both scripts, written for this table.
"""

from __future__ import annotations

import pytest

from tests.nlp.deals.stress import S, check

C, P, A, D, AG, INV = "capex", "purchase", "acquisition", "debt", "agreement", "investment"

BUILDS_NEXT = [
    S(
        "build-next-t1",
        "鴻海宣布將斥資新台幣120億元，於墨西哥興建電動車零組件新廠。",
        "鴻海",
        "新台幣120億元",
        [(C, "鴻海", None, "新台幣120億元")],
    ),
    S(
        "build-next-s1",
        "宁德时代计划投资约70亿欧元，在西班牙建设第二座电池工厂。",
        "宁德时代",
        "约70亿欧元",
        [(C, "宁德时代", None, "约70亿欧元")],
    ),
    S(
        "build-next-t2",
        "日月光投控董事會通過投入新台幣50億元，用於擴建高雄封測產線。",
        "日月光投控",
        "新台幣50億元",
        [(C, "日月光投控", None, "新台幣50億元")],
    ),
    S(
        "build-next-s2",
        "比亚迪拟投资10亿美元，在土耳其设立电动车生产基地。",
        "比亚迪",
        "10亿美元",
        [(C, "比亚迪", None, "10亿美元")],
    ),
    # 設立 founds a company, not a facility: the money goes into what is founded
    S(
        "found-next-s1",
        "美的集团拟投资5亿元，在佛山设立合资公司。",
        "美的集团",
        "5亿元",
        [(INV, "美的集团", None, "5亿元")],
    ),
    # 以及 is no purpose marker: what follows is another item, not where the money builds
    S(
        "build-next-not-t1",
        "國泰人壽去年投資新台幣30億元，以及新建置的數據中心相關基金。",
        "國泰人壽",
        "新台幣30億元",
        [(INV, "國泰人壽", None, "新台幣30億元")],
    ),
]

SALES_CONTRACTS = [
    S(
        "sales-s1",
        "公司全资子公司中天科技海缆与国家电网签订海缆销售合同，合同金额为人民币8.6亿元。",
        "中天科技海缆,国家电网",
        "人民币8.6亿元",
        [(P, "国家电网", "中天科技海缆", "人民币8.6亿元")],
    ),
    S(
        "sales-t1",
        "公司全資子公司中天科技海纜與國家電網簽訂海纜銷售合同，合同金額為人民幣8.6億元。",
        "中天科技海纜,國家電網",
        "人民幣8.6億元",
        [(P, "國家電網", "中天科技海纜", "人民幣8.6億元")],
    ),
    S(
        "service-s1",
        "中国电信与华为技术签订云计算技术服务合同，金额约3.2亿元。",
        "中国电信,华为技术",
        "约3.2亿元",
        [(P, "华为技术", "中国电信", "约3.2亿元")],
    ),
    S(
        "service-t1",
        "精誠資訊與中華航空簽訂資訊系統服務合約，總金額新台幣4億元。",
        "精誠資訊,中華航空",
        "新台幣4億元",
        [(P, "中華航空", "精誠資訊", "新台幣4億元")],
    ),
    # a purchase contract keeps its subject as the buyer
    S(
        "purchase-contract-s1",
        "中国石化与西门子能源签订压缩机采购合同，合同金额2亿元。",
        "中国石化,西门子能源",
        "2亿元",
        [(P, "中国石化", "西门子能源", "2亿元")],
    ),
]

THROUGH_A_SUBSIDIARY = [
    S(
        "through-t1",
        "日本軟銀集團（SoftBank）透過子公司SB Northstar，以3億美元收購美國晶片設計公司Ampere。",
        "日本軟銀集團,SoftBank,SB Northstar,Ampere",
        "3億美元",
        [(A, "日本軟銀集團", "Ampere", "3億美元")],
    ),
    S(
        "through-s1",
        "淡马锡（Temasek）通过全资子公司兰亭投资，以5亿新元收购丰树集团股权。",
        "淡马锡,Temasek,兰亭投资,丰树集团",
        "5亿新元",
        [(A, "淡马锡", "丰树集团", "5亿新元")],
    ),
]

ARRANGERS_AFTER = [
    S(
        "arranger-t1",
        "台灣電力公司完成新台幣600億元聯貸案，由合作金庫銀行擔任管理銀行。",
        "台灣電力公司,合作金庫銀行",
        "新台幣600億元",
        [(D, "台灣電力公司", "合作金庫銀行", "新台幣600億元")],
    ),
    S(
        "arranger-s1",
        "万达商管获得一笔50亿元的银团贷款，由中国工商银行担任代理行。",
        "万达商管,中国工商银行",
        "50亿元",
        [(D, "万达商管", "中国工商银行", "50亿元")],
    ),
]

#: X引入N名基石投資者，其中A認購N: the subscribers invest in the company that brings them in
INTRODUCED_INVESTORS = [
    S(
        "introduced-s1",
        "美的集团港股IPO引入12名基石投资者，其中高瓴认购2亿美元，淡马锡认购1.5亿美元。",
        "美的集团,高瓴,淡马锡",
        "2亿美元,1.5亿美元",
        # the IPO on a named board is the issuer's offering (a fundraising with no figure of its own)
        [
            (INV, "高瓴", "美的集团", "2亿美元"),
            (INV, "淡马锡", "美的集团", "1.5亿美元"),
            ("fundraising", "美的集团", None, None),
        ],
    ),
    S(
        "introduced-t1",
        "聯易融引進5名基石投資者，其中騰訊認購5,000萬美元。",
        "聯易融,騰訊",
        "5,000萬美元",
        [(INV, "騰訊", "聯易融", "5,000萬美元")],
    ),
]

#: 獲一家客戶訂單 / 出售予一名買家: the buyer left unnamed is null, the seller and figure make the deal
UNNAMED_BUYERS = [
    S(
        "unnamed-buyer-t1",
        "緯創接獲一家北美雲端服務商的AI伺服器訂單，金額約新台幣80億元。",
        "緯創",
        "約新台幣80億元",
        [(P, None, "緯創", "約新台幣80億元")],
    ),
    S(
        "unnamed-buyer-s1",
        "纬创接获一家北美云端服务商的AI服务器订单，金额约新台币80亿元。",
        "纬创",
        "约新台币80亿元",
        [(P, None, "纬创", "约新台币80亿元")],
    ),
    S(
        "unnamed-buyer-t2",
        "恒隆地產以約15億港元出售旗下一幢工業大廈予一名買家。",
        "恒隆地產",
        "約15億港元",
        [(P, None, "恒隆地產", "約15億港元")],
    ),
    S(
        "unnamed-buyer-s2",
        "恒隆地产以约15亿港元出售旗下一幢工业大厦予一名买家。",
        "恒隆地产",
        "约15亿港元",
        [(P, None, "恒隆地产", "约15亿港元")],
    ),
    # a named buyer stays named; a generic 客戶 with no quantifier names no buyer and no deal
    S(
        "named-buyer-t1",
        "緯創接獲微軟的AI伺服器訂單，金額約新台幣80億元。",
        "緯創,微軟",
        "約新台幣80億元",
        [(P, "微軟", "緯創", "約新台幣80億元")],
    ),
    S(
        "no-buyer-s1",
        "纬创表示，客户订单能见度已看到明年，营收约新台币80亿元。",
        "纬创",
        "约新台币80亿元",
        [],
    ),
]

#: A參與X(的本次)定增: A invests in X's raise (a house acting through its fund is the investor)
JOINED_RAISES = [
    S(
        "joined-raise-s1",
        "国家大基金二期以20亿元参与长江存储定增。",
        "国家大基金二期,长江存储",
        "20亿元",
        [(INV, "国家大基金二期", "长江存储", "20亿元")],
    ),
    S(
        "joined-raise-t1",
        "國泰人壽以新台幣15億元參與台灣大哥大的私募。",
        "國泰人壽,台灣大哥大",
        "新台幣15億元",
        [(INV, "國泰人壽", "台灣大哥大", "新台幣15億元")],
    ),
    S(
        "joined-raise-s2",
        "中国诚通控股旗下诚通基金以10亿元参与中国稀土的本次定增。",
        "中国诚通控股,诚通基金,中国稀土",
        "10亿元",
        [(INV, "中国诚通控股", "中国稀土", "10亿元")],
    ),
    # the company's own raise keeps its raiser
    S(
        "own-raise-t1",
        "台灣大哥大辦理新台幣15億元私募。",
        "台灣大哥大",
        "新台幣15億元",
        [("fundraising", "台灣大哥大", None, "新台幣15億元")],
    ),
]

#: an award verb granting equity (授予…股票 / 認股權證) awards no contract
GRANTS = [
    S("grant-equity-t1", "作為交換，超微同意向甲骨文授予大量的公司股票。", "超微,甲骨文", "", []),
    S(
        "grant-equity-s1",
        "作为交换，超微同意向甲骨文授予认股权证。",
        "超微,甲骨文",
        "",
        [("warrant", "超微", "甲骨文", None)],
    ),
    S(
        "grant-works-t1",
        "台電將離岸風場工程決標予沃旭能源，金額新台幣300億元。",
        "台電,沃旭能源",
        "新台幣300億元",
        [(P, "台電", "沃旭能源", "新台幣300億元")],
    ),
]


@pytest.mark.parametrize(
    ("text", "orgs", "amounts", "expected"),
    BUILDS_NEXT
    + SALES_CONTRACTS
    + THROUGH_A_SUBSIDIARY
    + ARRANGERS_AFTER
    + INTRODUCED_INVESTORS
    + UNNAMED_BUYERS
    + JOINED_RAISES
    + GRANTS,
)
def test_what_the_clause_says(
    text: str, orgs: list[str], amounts: list[str], expected: list[tuple[object, ...]]
) -> None:
    check(text, orgs, amounts, expected)
