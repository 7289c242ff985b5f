"""The trigger words of the deal frames with many words (:mod:`.deal_frames`), one table per frame,
in both scripts as the articles write them."""

from __future__ import annotations

#: the contracts of the side that sells or serves (frame sales_contract)
SALES_CONTRACTS: tuple[str, ...] = (
    "销售合同", "銷售合同", "销售合约", "銷售合約", "服务合同", "服務合同", "服务合约", "服務合約",
    "技术服务合同", "技術服務合同",
)  # fmt: skip


#: an investor adding to its stake (the follow_on_investment frame)
FOLLOW_ON_WORDS: tuple[str, ...] = (
    "加码", "加碼", "加注", "追加投资", "追加投資", "追投", "超额认购", "超額認購", "持续参与", "持續參與",
    "继续参与", "繼續參與", "跟进投资", "跟進投資",
)  # fmt: skip

#: raising money, with no instrument said (the raise frame)
RAISE_WORDS: tuple[str, ...] = (
    "募资", "募資", "募得", "募集", "筹资", "籌資", "筹集", "籌集", "筹措", "籌措", "集资", "集資",
    "融资", "融資",
    # the raise's size (融资规模达N / 募资规模N): the raise, no fund's size word (deal_words "规模")
    "融资规模", "融資規模", "募资规模", "募資規模", "募集规模", "募集規模", "筹资规模", "籌資規模",
    "集资规模", "集資規模",
)  # fmt: skip

#: issues to specific investors (the private_placement frame)
PLACEMENT_WORDS: tuple[str, ...] = (
    "定增", "定向增发", "定向增發", "非公开发行", "非公開發行", "向特定对象发行", "向特定對象發行",
    "私募", "办理私募", "辦理私募",
)  # fmt: skip

#: a central bank's support of a bank in distress (the liquidity_assistance frame)
LIQUIDITY_WORDS: tuple[str, ...] = (
    "流动性支持", "流動性支持", "流动性援助", "流動性援助", "紧急流动性", "緊急流動性", "紧急贷款",
    "緊急貸款",
    "再贷款", "再貸款",
)  # fmt: skip

#: public money granted to a company (the government_subsidy frame)
SUBSIDY_WORDS: tuple[str, ...] = (
    "政府补助", "政府補助", "政府补贴", "政府補貼", "补助", "補助", "补贴", "補貼", "补助款", "補助款",
    "补助金", "補助金", "财政补贴", "財政補貼", "专项补助", "專項補助",
    # grants (獲創新科技署資助N / 发放总值N的资助 / 研发资助金): public money paid to a receiver
    "资助", "資助", "资助金", "資助金",
)  # fmt: skip

#: a fund's size (the fund_size frame: only with a fund named or under discussion)
FUND_SIZE_WORDS: tuple[str, ...] = (
    "基金规模", "基金規模", "基金总规模", "基金總規模", "基金目标规模", "基金目標規模", "总规模", "總規模",
    "目标规模", "目標規模", "认缴规模", "認繳規模", "首期规模", "首期規模",
    # 该基金认缴出资总额为N: the partners' commitments together, the fund's size
    "认缴出资总额", "認繳出資總額", "认缴总额", "認繳總額", "出资总额", "出資總額",
)  # fmt: skip

#: 设立规模为N的X基金 / 成立規模N的X基金: the bare size word, a fund's size only with the fund it
#: describes after it (frame described_fund_size; FUND_SIZE_BLOCKERS: the sizes of no fund)
BARE_SIZE_WORDS: tuple[str, ...] = ("规模", "規模")

#: sizes that are no fund's own (a trigger word is none inside them): a manager's assets, a
#: market, a business, output or capacity, an issue's size
FUND_SIZE_BLOCKERS: tuple[str, ...] = (
    "管理规模", "资产规模", "资产管理规模", "管理资产规模", "市场规模", "经营规模", "业务规模", "生产规模",
    "产能规模", "装机规模", "交易规模", "发行规模", "贷款规模", "信贷规模", "营收规模", "收入规模",
    "用户规模", "人员规模", "规模化", "规模以上", "规模效应", "规模经济", "大规模", "小规模", "中等规模",
    "规模最大",
    "投资规模", "建设规模", "项目规模", "用地规模", "资本规模", "资金规模", "基建规模", "算力规模",
    "订单规模", "出货规模", "销售规模", "营运规模", "经济规模", "产业规模", "集群规模",
)  # fmt: skip

#: bonds of every kind (the bond_issue frame)
BOND_WORDS: tuple[str, ...] = (
    "发债", "發債", "债券", "債券", "公司债", "公司債", "企业债", "企業債", "金融债", "金融債", "永续债",
    "永續債",
    # a bank's capital instruments (永续资本证券, 二级资本债, 额外一级资本工具): bonds it issues
    "资本证券", "資本證券", "资本债", "資本債", "资本工具", "資本工具",
    # bonds named by their label or market (绿色债, 碳中和债, 科创债, 熊猫债, 点心债, 可续期债)
    "绿色债", "綠色債", "碳中和债", "碳中和債", "科创债", "科創債", "熊猫债", "熊貓債", "点心债", "點心債",
    "可续期债", "可續期債",
)  # fmt: skip

#: convertible bonds (the convertible_bond frame)
CONVERTIBLE_WORDS: tuple[str, ...] = (
    "可转债", "可轉債", "可换股债", "可換股債", "可转换公司债", "可轉換公司債", "可转换债券", "可轉換債券",
)  # fmt: skip

#: notes (the note_issue frame)
NOTE_WORDS: tuple[str, ...] = (
    "优先票据", "優先票據", "中期票据", "中期票據", "可转换票据", "可轉換票據", "可换股票据", "可換股票據",
    # Hong Kong: 发行5亿美元4.5厘绿色票据 / 五年期票据
    "绿色票据", "綠色票據", "担保票据", "擔保票據", "高级票据", "高級票據", "永续票据", "永續票據",
    "期票据", "期票據",
    # 发行15亿美元高级无抵押票据 / 次级票据 / 浮息票据: notes by their security or coupon
    "无抵押票据", "無抵押票據", "有抵押票据", "有抵押票據", "次级票据", "次級票據", "定息票据", "定息票據",
    "浮息票据", "浮息票據",
)  # fmt: skip

#: buying and ordering (the purchase frame)
PURCHASE_WORDS: tuple[str, ...] = (
    "采购", "採購", "购买", "購買", "买入", "買入", "购置", "購置", "购入", "購入", "购得", "購得", "订购",
    "訂購", "下单", "下單",
    "订单", "訂單",
    # 向船厂订造货柜轮: ordering ships or aircraft built
    "订造", "訂造",
)  # fmt: skip


#: the issuer's offering (the ipo frame: HK and mainland prospectus words)
IPO_WORDS: tuple[str, ...] = (
    "招股", "全球发售", "全球發售", "首次公开发售", "首次公開發售", "首次公开发行", "首次公開發行",
    "首发上市", "首發上市",
)  # fmt: skip

#: S将…转让给B / S向B转让 (frame share_transfer); a free transfer of shares (国资委将X股权无偿划转给Y):
#: Y takes the stake, with no price
SHARE_TRANSFERS: tuple[str, ...] = (
    "转让", "轉讓", "转让给", "轉讓給", "协议转让", "協議轉讓", "股权转让", "股權轉讓", "股份转让",
    "股份轉讓", "出让", "出讓", "无偿划转", "無償劃轉", "无偿转让", "無償轉讓",
)  # fmt: skip
#: G为D提供担保 / G对D提供担保额度 (frame guarantee)
GUARANTEES: tuple[str, ...] = (
    "担保", "擔保", "提供担保", "提供擔保", "连带责任担保", "連帶責任擔保", "担保额度", "擔保額度",
    "背书保证", "背書保證",
)  # fmt: skip
