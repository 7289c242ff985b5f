"""Every frame of pipeline/lang/zh/deal_frames.py, in both scripts: a sentence of our own with the
expected type, agent, counterparty and amount. A frame added to the table without sentences here
fails ``test_every_frame_has_sentences_in_both_scripts``.
"""

from __future__ import annotations

import pytest

from pipeline.lang.zh.deal_frames import FRAMES
from tests.nlp.deals.cases import Case, case

# (frame kind, script, id suffix) → case; "t" = Traditional, "s" = Simplified
_ROWS: list[tuple[str, str, object]] = []


def row(
    kind: str, script: str, text: str, orgs: list[str], amounts: list, expected: list, **kw: object
) -> None:  # type: ignore[type-arg]
    _ROWS.append((kind, script, case(f"{kind}-{script}", text, orgs, amounts, exactly=expected, **kw)))  # type: ignore[arg-type]


# ------------------------------------------------------------------ investment
row(
    "equity_stake",
    "t",
    "富邦金控以3億美元入股台灣大哥大。",
    ["富邦金控", "台灣大哥大"],
    [("3億美元", 3e8, None)],
    [("investment", "富邦金控", "台灣大哥大", "3億美元")],
)
row(
    "equity_stake",
    "s",
    "中金公司拟以5亿元参股蓝思科技。",
    ["中金公司", "蓝思科技"],
    [("5亿元", 5e8, None)],
    [("investment", "中金公司", "蓝思科技", "5亿元")],
)
row(
    "equity_investment",
    "t",
    "國泰人壽對遠傳電信投資20億元。",
    ["國泰人壽", "遠傳電信"],
    [("20億元", 2e9, None)],
    [("investment", "國泰人壽", "遠傳電信", "20億元")],
)
row(
    "equity_investment",
    "s",
    "小米集团向蔚来汽车注资15亿元。",
    ["小米集团", "蔚来汽车"],
    [("15亿元", 1.5e9, None)],
    [("investment", "小米集团", "蔚来汽车", "15亿元")],
)
row(
    "lead_investment",
    "t",
    "紅杉資本領投鈦坦科技，金額達2億元。",
    ["紅杉資本", "鈦坦科技"],
    [("2億元", 2e8, None)],
    [("investment", "紅杉資本", "鈦坦科技", "2億元")],
)
row(
    "lead_investment",
    "s",
    "智谱完成新一轮融资10亿元。高瓴资本领投。",
    ["智谱", "高瓴资本"],
    [("10亿元", 1e9, None)],
    [("fundraising", "智谱", None, "10亿元"), ("investment", "高瓴资本", "智谱", None)],
)
row(
    "follow_investment",
    "t",
    "晶心科完成增資5億元。台積電跟投。",
    ["晶心科", "台積電"],
    [("5億元", 5e8, None)],
    [("fundraising", "晶心科", None, "5億元"), ("investment", "台積電", "晶心科", None)],
)
row(
    "follow_investment",
    "s",
    "摩尔线程完成融资20亿元。腾讯跟投。",
    ["摩尔线程", "腾讯"],
    [("20亿元", 2e9, None)],
    [("fundraising", "摩尔线程", None, "20亿元"), ("investment", "腾讯", "摩尔线程", None)],
)
row(
    "rights_underwriting",
    "t",
    "華潤置地供股集資30億元，餘下股份由華潤集團承購。",
    ["華潤置地", "華潤集團"],
    [("30億元", 3e9, None)],
    [("fundraising", "華潤置地", None, "30億元"), ("investment", "華潤集團", "華潤置地", None)],
)
row(
    "rights_underwriting",
    "s",
    "中国建材供股集资20亿元,余下股份由中建材集团承购。",
    ["中国建材", "中建材集团"],
    [("20亿元", 2e9, None)],
    [("fundraising", "中国建材", None, "20亿元"), ("investment", "中建材集团", "中国建材", None)],
)
row(
    "subscription",
    "t",
    "鴻海認購群創新股，金額約15億元。",
    ["鴻海", "群創"],
    [("約15億元", 1.5e9, None)],
    [("investment", "鴻海", "群創", "約15億元")],
)
row(
    "subscription",
    "s",
    "蜜雪集团发售股份募资30亿港元。红杉中国认购5000万美元。",
    ["蜜雪集团", "红杉中国"],
    [("30亿港元", 3e9, None), ("5000万美元", 5e7, None)],
    [("fundraising", "蜜雪集团", None, "30亿港元"), ("investment", "红杉中国", "蜜雪集团", "5000万美元")],
)
row(
    "capital_increase",
    "t",
    "聯發科以2億美元增資新加坡子公司MediaTek SG。",
    ["聯發科", "MediaTek SG"],
    [("2億美元", 2e8, None)],
    [("investment", "聯發科", "MediaTek SG", "2億美元")],
)
row(
    "capital_increase",
    "s",
    "华虹公司拟现金增资12亿元。",
    ["华虹公司"],
    [("12亿元", 1.2e9, None)],
    [("fundraising", "华虹公司", None, "12亿元")],
)
row(
    "capital_increase_round",
    "t",
    "天鈺科技完成增資擴股，金額8億元。",
    ["天鈺科技"],
    [("8億元", 8e8, None)],
    [("fundraising", "天鈺科技", None, "8億元")],
)
row(
    "capital_increase_round",
    "s",
    "航天火箭公司完成增资扩股15亿元。",
    ["航天火箭公司"],
    [("15亿元", 1.5e9, None)],
    [("fundraising", "航天火箭公司", None, "15亿元")],
)
row(
    "capital_contribution",
    "t",
    "台電出資12億元，占合資公司註冊資本的40%。",
    ["台電"],
    [("12億元", 1.2e9, None)],
    [("investment", "台電", None, "12億元")],
)
row(
    "capital_contribution",
    "s",
    "华润电力出资3亿元,占注册资本的30%。",
    ["华润电力"],
    [("3亿元", 3e8, None)],
    [("investment", "华润电力", None, "3亿元")],
)
row(
    "lead_investment_group",
    "t",
    "英特爾完成融資10億美元。軟銀、輝達領銜投資。",
    ["英特爾", "軟銀", "輝達"],
    [("10億美元", 1e9, None)],
    [
        ("fundraising", "英特爾", None, "10億美元"),
        ("investment", "軟銀", "英特爾", None),
        ("investment", "輝達", "英特爾", None),
    ],
)
row(
    "lead_investment_group",
    "s",
    "壁仞科技完成融资5亿元。启明创投参投。",
    ["壁仞科技", "启明创投"],
    [("5亿元", 5e8, None)],
    [("fundraising", "壁仞科技", None, "5亿元"), ("investment", "启明创投", "壁仞科技", None)],
)
# ------------------------------------------------------------------ fundraising
row(
    "raise",
    "t",
    "台積電旗下創投募資50億元。",
    ["台積電"],
    [("50億元", 5e9, None)],
    [("fundraising", "台積電", None, "50億元")],
)
row(
    "raise",
    "s",
    "宁德时代在港股募资约410亿港元。",
    ["宁德时代"],
    [("约410亿港元", 4.1e10, None)],
    [("fundraising", "宁德时代", None, "约410亿港元")],
)
row(
    "equity_raise",
    "t",
    "友達啟動再融資，規模約100億元。",
    ["友達"],
    [("約100億元", 1e10, None)],
    [("fundraising", "友達", None, "約100億元")],
)
row(
    "equity_raise",
    "s",
    "万科拟再融资150亿元。",
    ["万科"],
    [("150亿元", 1.5e10, None)],
    [("fundraising", "万科", None, "150亿元")],
)
row(
    "equity_tranche",
    "t",
    "xAI本輪融資200億美元，其中股權融資75億美元。",
    ["xAI"],
    [("200億美元", 2e10, None), ("75億美元", 7.5e9, None)],
    [("fundraising", "xAI", None, "200億美元"), ("fundraising", "xAI", None, "75億美元")],
)
row(
    "equity_tranche",
    "s",
    "月之暗面本轮融资中股权部分为30亿元。",
    ["月之暗面"],
    [("30亿元", 3e9, None)],
    [("fundraising", "月之暗面", None, "30亿元")],
)
row(
    "share_placement",
    "t",
    "周大福以每股10港元配售1億股新股，集資10億港元。",
    ["周大福"],
    [("10港元", 10, "share"), ("10億港元", 1e9, None)],
    [("fundraising", "周大福", None, "10億港元")],
)
row(
    "share_placement",
    "s",
    "比亚迪股份配售新股募资约435亿港元。",
    ["比亚迪股份"],
    [("约435亿港元", 4.35e10, None)],
    [("fundraising", "比亚迪股份", None, "约435亿港元")],
)
row(
    "rights_issue",
    "t",
    "新世界發展宣布供股，集資約100億港元。",
    ["新世界發展"],
    [("約100億港元", 1e10, None)],
    [("fundraising", "新世界發展", None, "約100億港元")],
)
row(
    "rights_issue",
    "s",
    "中国海外宏洋宣布供股集资约30亿港元。",
    ["中国海外宏洋"],
    [("约30亿港元", 3e9, None)],
    [("fundraising", "中国海外宏洋", None, "约30亿港元")],
)
row(
    "private_placement",
    "t",
    "長電科技擬定增募資50億元。",
    ["長電科技"],
    [("50億元", 5e9, None)],
    [("fundraising", "長電科技", None, "50億元")],
)
row(
    "private_placement",
    "s",
    "韦尔股份完成定增,募集资金80亿元。",
    ["韦尔股份"],
    [("80亿元", 8e9, None)],
    [("fundraising", "韦尔股份", None, "80亿元")],
)
row(
    "ipo",
    "t",
    "美團今日開始招股，集資約300億港元。",
    ["美團"],
    [("約300億港元", 3e10, None)],
    [("fundraising", "美團", None, "約300億港元")],
)
row(
    "ipo",
    "s",
    "地平线今日招股,拟募资约54亿港元。",
    ["地平线"],
    [("约54亿港元", 5.4e9, None)],
    [("fundraising", "地平线", None, "约54亿港元")],
)
row(
    "share_issue",
    "t",
    "中信金控發行新股，募得約200億元。",
    ["中信金控"],
    [("約200億元", 2e10, None)],
    [("fundraising", "中信金控", None, "約200億元")],
)
row(
    "share_issue",
    "s",
    "招商银行拟发行股票募资100亿元。",
    ["招商银行"],
    [("100亿元", 1e10, None)],
    [("fundraising", "招商银行", None, "100亿元")],
)
row(
    "preferential_offering",
    "t",
    "置富產業信託推出優先獻售，籌集約8億元。",
    ["置富產業信託"],
    [("約8億元", 8e8, None)],
    [("fundraising", "置富產業信託", None, "約8億元")],
)
row(
    "preferential_offering",
    "s",
    "领展房产基金推出优先献售,筹集约20亿港元。",
    ["领展房产基金"],
    [("约20亿港元", 2e9, None)],
    [("fundraising", "领展房产基金", None, "约20亿港元")],
)
row(
    "equity_tranche_investment",
    "t",
    "Anthropic本輪融資中，股權投資部分為50億美元。",
    ["Anthropic"],
    [("50億美元", 5e9, None)],
    [("fundraising", "Anthropic", None, "50億美元")],
)
row(
    "equity_tranche_investment",
    "s",
    "字节跳动本轮融资的股权投资为20亿美元。",
    ["字节跳动"],
    [("20亿美元", 2e9, None)],
    [("fundraising", "字节跳动", None, "20亿美元")],
)
# ------------------------------------------------------------------ debt
row(
    "loan",
    "t",
    "長榮航空向台灣銀行借款50億元。",
    ["長榮航空", "台灣銀行"],
    [("50億元", 5e9, None)],
    [("debt", "長榮航空", "台灣銀行", "50億元")],
)
row(
    "loan",
    "s",
    "吉利汽车向招商银行贷款20亿元。",
    ["吉利汽车", "招商银行"],
    [("20亿元", 2e9, None)],
    [("debt", "吉利汽车", "招商银行", "20亿元")],
)
row(
    "syndicated_loan",
    "t",
    "港鐵簽訂一筆300億港元的銀團貸款。",
    ["港鐵"],
    [("300億港元", 3e10, None)],
    [("debt", "港鐵", None, "300億港元")],
)
row(
    "syndicated_loan",
    "s",
    "华能集团签署总额为74亿元的银团贷款协议。",
    ["华能集团"],
    [("74亿元", 7.4e9, None)],
    [("debt", "华能集团", None, "74亿元")],
)
row(
    "syndicated_loan_tw",
    "t",
    "中租迪和完成48億元聯貸案。",
    ["中租迪和"],
    [("48億元", 4.8e9, None)],
    [("debt", "中租迪和", None, "48億元")],
)
row(
    "syndicated_loan_tw",
    "s",
    "台塑石化完成200亿元联贷。",
    ["台塑石化"],
    [("200亿元", 2e10, None)],
    [("debt", "台塑石化", None, "200亿元")],
)
row(
    "revolving_credit_facility",
    "t",
    "沃旭能源簽署250億元綠色循環融資案。",
    ["沃旭能源"],
    [("250億元", 2.5e10, None)],
    [("debt", "沃旭能源", None, "250億元")],
)
row(
    "revolving_credit_facility",
    "s",
    "港铁与汇丰银行签订80亿港元双边贷款。",
    ["港铁", "汇丰银行"],
    [("80亿港元", 8e9, None)],
    [("debt", "港铁", "汇丰银行", "80亿港元")],
)
row(
    "debt_tranche",
    "t",
    "xAI本輪融資中債務融資為125億美元。",
    ["xAI"],
    [("125億美元", 1.25e10, None)],
    [("debt", "xAI", None, "125億美元")],
)
row(
    "debt_tranche",
    "s",
    "Anthropic本轮融资的债务部分为100亿美元。",
    ["Anthropic"],
    [("100亿美元", 1e10, None)],
    [("debt", "Anthropic", None, "100亿美元")],
)
row(
    "project_finance",
    "t",
    "海龍風電取得專案融資900億元。",
    ["海龍風電"],
    [("900億元", 9e10, None)],
    [("debt", "海龍風電", None, "900億元")],
)
row(
    "project_finance",
    "s",
    "三峡能源获得项目融资60亿元。",
    ["三峡能源"],
    [("60亿元", 6e9, None)],
    [("debt", "三峡能源", None, "60亿元")],
)
row(
    "bond_issue",
    "t",
    "台積電發行新台幣100億元公司債。",
    ["台積電"],
    [("新台幣100億元", 1e10, None)],
    [("debt", "台積電", None, "新台幣100億元")],
)
row(
    "bond_issue",
    "s",
    "国家电网在上交所发行50亿元科技创新债券。",
    ["国家电网", "上交所"],
    [("50亿元", 5e9, None)],
    [("debt", "国家电网", None, "50亿元")],
)
row(
    "convertible_bond",
    "t",
    "聯電發行新台幣60億元可轉債。",
    ["聯電"],
    [("新台幣60億元", 6e9, None)],
    [("debt", "聯電", None, "新台幣60億元")],
)
row(
    "convertible_bond",
    "s",
    "阿里巴巴发行50亿美元可换股债券。",
    ["阿里巴巴"],
    [("50亿美元", 5e9, None)],
    [("debt", "阿里巴巴", None, "50亿美元")],
)
row(
    "note_issue",
    "t",
    "騰訊發行20億美元優先票據。",
    ["騰訊"],
    [("20億美元", 2e9, None)],
    [("debt", "騰訊", None, "20億美元")],
)
row(
    "note_issue",
    "s",
    "中石化发行30亿元中期票据。",
    ["中石化"],
    [("30亿元", 3e9, None)],
    [("debt", "中石化", None, "30亿元")],
)
row(
    "commercial_paper",
    "t",
    "台電發行短期融資券50億元。",
    ["台電"],
    [("50億元", 5e9, None)],
    [("debt", "台電", None, "50億元")],
)
row(
    "commercial_paper",
    "s",
    "华能国际发行超短期融资券20亿元。",
    ["华能国际"],
    [("20亿元", 2e9, None)],
    [("debt", "华能国际", None, "20亿元")],
)
row(
    "credit",
    "t",
    "國泰世華銀行提供台塑信貸30億元。",
    ["國泰世華銀行", "台塑"],
    [("30億元", 3e9, None)],
    [("debt", "台塑", "國泰世華銀行", "30億元")],
)
row(
    "credit",
    "s",
    "工商银行向比亚迪发放信贷50亿元。",
    ["工商银行", "比亚迪"],
    [("50亿元", 5e9, None)],
    [("debt", "比亚迪", "工商银行", "50亿元")],
)
row(
    "credit_line",
    "t",
    "兆豐銀行核予台塑化新台幣150億元授信額度。",
    ["兆豐銀行", "台塑化"],
    [("新台幣150億元", 1.5e10, None)],
    [("debt", "台塑化", "兆豐銀行", "新台幣150億元")],
)
row(
    "credit_line",
    "s",
    "建设银行向宁德时代授信300亿元。",
    ["建设银行", "宁德时代"],
    [("300亿元", 3e10, None)],
    [("debt", "宁德时代", "建设银行", "300亿元")],
)
row(
    "loan_disbursement",
    "t",
    "土地銀行向遠雄放款20億元。",
    ["土地銀行", "遠雄"],
    [("20億元", 2e9, None)],
    [("debt", "遠雄", "土地銀行", "20億元")],
)
row(
    "loan_disbursement",
    "s",
    "农业银行向隆基绿能放款10亿元。",
    ["农业银行", "隆基绿能"],
    [("10亿元", 1e9, None)],
    [("debt", "隆基绿能", "农业银行", "10亿元")],
)
# ------------------------------------------------------------------ purchase, contracts
row(
    "purchase",
    "t",
    "中華電信向諾基亞採購設備，金額約45億元。",
    ["中華電信", "諾基亞"],
    [("約45億元", 4.5e9, None)],
    [("purchase", "中華電信", "諾基亞", "約45億元")],
)
row(
    "purchase",
    "s",
    "东方航空向空客订购100架飞机,总金额约120亿美元。",
    ["东方航空", "空客"],
    [("约120亿美元", 1.2e10, None)],
    [("purchase", "东方航空", "空客", "约120亿美元")],
)
row(
    "power_purchase_agreement",
    "t",
    "沃旭能源與台積電簽署購電協議。",
    ["沃旭能源", "台積電"],
    [],
    [("purchase", "台積電", "沃旭能源", None)],
)
row(
    "power_purchase_agreement",
    "s",
    "隆基绿能与腾讯签署购电合约。",
    ["隆基绿能", "腾讯"],
    [],
    [("purchase", "腾讯", "隆基绿能", None)],
)
row(
    "power_purchase",
    "t",
    "台積電向沃旭能源購電，合約金額約50億元。",
    ["台積電", "沃旭能源"],
    [("約50億元", 5e9, None)],
    [("purchase", "台積電", "沃旭能源", "約50億元")],
)
row(
    "power_purchase",
    "s",
    "腾讯向三峡能源购电,总金额约10亿元。",
    ["腾讯", "三峡能源"],
    [("约10亿元", 1e9, None)],
    [("purchase", "腾讯", "三峡能源", "约10亿元")],
)
row(
    "sale",
    "t",
    "本田將工廠以約30億美元售予豐田。",
    ["本田", "豐田"],
    [("約30億美元", 3e9, None)],
    [("purchase", "豐田", "本田", "約30億美元")],
)
row(
    "sale",
    "s",
    "万科将写字楼以20亿元卖给平安保险。",
    ["万科", "平安保险"],
    [("20亿元", 2e9, None)],
    [("purchase", "平安保险", "万科", "20亿元")],
)
row(
    "supply_contract",
    "t",
    "台達電為特斯拉供貨，金額約10億元。",
    ["台達電", "特斯拉"],
    [("約10億元", 1e9, None)],
    [("purchase", "特斯拉", "台達電", "約10億元")],
)
row(
    "supply_contract",
    "s",
    "宁德时代向福特供货,合同金额约10亿美元。",
    ["宁德时代", "福特"],
    [("约10亿美元", 1e9, None)],
    [("purchase", "福特", "宁德时代", "约10亿美元")],
)
row(
    "supply",
    "t",
    "三星將向蘋果供應晶片，金額達30億美元。",
    ["三星", "蘋果"],
    [("30億美元", 3e9, None)],
    [("purchase", "蘋果", "三星", "30億美元")],
)
row(
    "supply",
    "s",
    "比亚迪向特斯拉供应电池,金额约5亿美元。",
    ["比亚迪", "特斯拉"],
    [("约5亿美元", 5e8, None)],
    [("purchase", "特斯拉", "比亚迪", "约5亿美元")],
)
row(
    "provision",
    "t",
    "超微將為甲骨文提供MI355晶片。",
    ["超微", "甲骨文"],
    [],
    [("purchase", "甲骨文", "超微", None)],
)
row(
    "provision",
    "s",
    "华为将为中国移动提供5G设备。",
    ["华为", "中国移动"],
    [],
    [("purchase", "中国移动", "华为", None)],
)
row(
    "tender_award",
    "t",
    "中鼎工程中標台電的電廠工程，中標金額約80億元。",
    ["中鼎工程", "台電"],
    [("約80億元", 8e9, None)],
    [("purchase", "台電", "中鼎工程", "約80億元")],
)
row(
    "tender_award",
    "s",
    "中国建筑中标万科的深圳项目,中标金额20亿元。",
    ["中国建筑", "万科"],
    [("20亿元", 2e9, None)],
    [("purchase", "万科", "中国建筑", "20亿元")],
)
row(
    "contract_award",
    "t",
    "港鐵將合約頒給中國建築，金額約30億港元。",
    ["港鐵", "中國建築"],
    [("約30億港元", 3e9, None)],
    [("purchase", "港鐵", "中國建築", "約30億港元")],
)
row(
    "contract_award",
    "s",
    "国家电网将合同颁给许继电气,金额约5亿元。",
    ["国家电网", "许继电气"],
    [("约5亿元", 5e8, None)],
    [("purchase", "国家电网", "许继电气", "约5亿元")],
)
row(
    "contract",
    "t",
    "微軟與輝達簽署價值50億美元的合約。",
    ["微軟", "輝達"],
    [("50億美元", 5e9, None)],
    [("purchase", "微軟", "輝達", "50億美元")],
)
row(
    "contract",
    "s",
    "中国移动与华为签署金额30亿元的合同。",
    ["中国移动", "华为"],
    [("30亿元", 3e9, None)],
    [("purchase", "中国移动", "华为", "30亿元")],
)
row(
    "service_contract",
    "t",
    "微軟與Nebius簽署194億美元的服務協議。",
    ["微軟", "Nebius"],
    [("194億美元", 1.94e10, None)],
    [("purchase", "微軟", "Nebius", "194億美元")],
)
row(
    "service_contract",
    "s",
    "字节跳动与阿里云签署10亿元服务协议。",
    ["字节跳动", "阿里云"],
    [("10亿元", 1e9, None)],
    [("purchase", "字节跳动", "阿里云", "10亿元")],
)
row(
    "supply_agreement",
    "t",
    "三星與特斯拉達成晶片供應協議，金額165億美元。",
    ["三星", "特斯拉"],
    [("165億美元", 1.65e10, None)],
    [("purchase", "特斯拉", "三星", "165億美元")],
)
row(
    "supply_agreement",
    "s",
    "宁德时代与理想汽车签订供货合同,金额约30亿元。",
    ["宁德时代", "理想汽车"],
    [("约30亿元", 3e9, None)],
    [("purchase", "理想汽车", "宁德时代", "约30亿元")],
)
row(
    "construction_contract",
    "t",
    "中鼎工程承建台塑的廠房，合約金額約20億元。",
    ["中鼎工程", "台塑"],
    [("約20億元", 2e9, None)],
    [("purchase", "台塑", "中鼎工程", "約20億元")],
)
row(
    "construction_contract",
    "s",
    "中国建筑承建腾讯的总部大楼,合同金额50亿元。",
    ["中国建筑", "腾讯"],
    [("50亿元", 5e9, None)],
    [("purchase", "腾讯", "中国建筑", "50亿元")],
)
row(
    "contract_letting",
    "t",
    "台電將電廠工程發包給中鼎工程，金額約60億元。",
    ["台電", "中鼎工程"],
    [("約60億元", 6e9, None)],
    [("purchase", "台電", "中鼎工程", "約60億元")],
)
row(
    "contract_letting",
    "s",
    "万科将项目发包给中国建筑,金额约15亿元。",
    ["万科", "中国建筑"],
    [("约15亿元", 1.5e9, None)],
    [("purchase", "万科", "中国建筑", "约15亿元")],
)
row(
    "asset_sale",
    "t",
    "雪蘭莪實業與怡保工程簽署買賣協議，以4億令吉脫售一塊土地。",
    ["雪蘭莪實業", "怡保工程"],
    [("4億令吉", 4e8, None)],
    [("purchase", "怡保工程", "雪蘭莪實業", "4億令吉")],
)
row(
    "asset_sale",
    "s",
    "万达集团以50亿元出售资产给融创中国。",
    ["万达集团", "融创中国"],
    [("50亿元", 5e9, None)],
    [("purchase", "融创中国", "万达集团", "50亿元")],
)
row(
    "disposal",
    "t",
    "大馬銀行獲國家銀行批准，以6億令吉出售旗下保險業務予安聯。",
    ["大馬銀行", "國家銀行", "安聯"],
    [("6億令吉", 6e8, None)],
    [("purchase", "安聯", "大馬銀行", "6億令吉")],
)
row(
    "disposal",
    "s",
    "华润置地以30亿元出售旗下商场予领展。",
    ["华润置地", "领展"],
    [("30亿元", 3e9, None)],
    [("purchase", "领展", "华润置地", "30亿元")],
)
row(
    "equipment_order",
    "t",
    "欣興董事會通過長交期設備採購訂單，金額約新台幣92億元。",
    ["欣興"],
    [("約新台幣92億元", 9.2e9, None)],
    [("capex", "欣興", None, "約新台幣92億元")],
)
row(
    "equipment_order",
    "s",
    "华铁应急向中联重科采购设备,金额约12亿元。",
    ["华铁应急", "中联重科"],
    [("约12亿元", 1.2e9, None)],
    [("purchase", "华铁应急", "中联重科", "约12亿元")],
)
# ------------------------------------------------------------------ lease
row(
    "lease",
    "t",
    "Meta向CoreWeave租用算力，合約總值140億美元。",
    ["Meta", "CoreWeave"],
    [("140億美元", 1.4e10, None)],
    [("lease", "Meta", "CoreWeave", "140億美元")],
)
row(
    "lease",
    "s",
    "京东向万科承租仓库,年租金约2亿元。",
    ["京东", "万科"],
    [("约2亿元", 2e8, None)],
    [("lease", "京东", "万科", "约2亿元")],
)
row(
    "let",
    "t",
    "甲骨文將資料中心租給TikTok，年租金約10億美元。",
    ["甲骨文", "TikTok"],
    [("約10億美元", 1e9, None)],
    [("lease", "TikTok", "甲骨文", "約10億美元")],
)
row(
    "let",
    "s",
    "万科将物业租给华润万家,年租金约1亿元。",
    ["万科", "华润万家"],
    [("约1亿元", 1e8, None)],
    [("lease", "华润万家", "万科", "约1亿元")],
)
row(
    "let_to",
    "t",
    "新鴻基地產將商場出租予永輝超市，租金約5億港元。",
    ["新鴻基地產", "永輝超市"],
    [("約5億港元", 5e8, None)],
    [("lease", "永輝超市", "新鴻基地產", "約5億港元")],
)
row(
    "let_to",
    "s",
    "领展将商场租予华润万家,租金约3亿港元。",
    ["领展", "华润万家"],
    [("约3亿港元", 3e8, None)],
    [("lease", "华润万家", "领展", "约3亿港元")],
)
row(
    "finance_lease",
    "t",
    "台塑向中租迪和開展融資租賃業務，融資總額不超過10億元。",
    ["台塑", "中租迪和"],
    [("10億元", 1e9, None)],
    [("lease", "台塑", "中租迪和", "10億元")],
)
row(
    "finance_lease",
    "s",
    "东方新能源向江苏金租开展融资租赁业务,融资总额不超过1.8亿元。",
    ["东方新能源", "江苏金租"],
    [("1.8亿元", 1.8e8, None)],
    [("lease", "东方新能源", "江苏金租", "1.8亿元")],
)
row(
    "sale_leaseback",
    "t",
    "遠東新世紀與合庫租賃以售後回租方式融資6億元。",
    ["遠東新世紀", "合庫租賃"],
    [("6億元", 6e8, None)],
    [("lease", "遠東新世紀", "合庫租賃", "6億元"), ("purchase", "合庫租賃", "遠東新世紀", "6億元")],
)
row(
    "sale_leaseback",
    "s",
    "南方航空向招银金租以售后回租方式融资12亿元。",
    ["南方航空", "招银金租"],
    [("12亿元", 1.2e9, None)],
    [("lease", "南方航空", "招银金租", "12亿元"), ("purchase", "招银金租", "南方航空", "12亿元")],
)
# ------------------------------------------------------------------ warrant
row(
    "warrant",
    "t",
    "英特爾向蘋果發行認股權證。",
    ["英特爾", "蘋果"],
    [],
    [("warrant", "英特爾", "蘋果", None)],
)
row(
    "warrant",
    "s",
    "超微向OpenAI发行认股权证。",
    ["超微", "OpenAI"],
    [],
    [("warrant", "超微", "OpenAI", None)],
)
# ------------------------------------------------------------------ acquisition
row(
    "acquisition",
    "t",
    "日月光投控以新台幣120億元收購矽品。",
    ["日月光投控", "矽品"],
    [("新台幣120億元", 1.2e10, None)],
    [("acquisition", "日月光投控", "矽品", "新台幣120億元")],
)
row(
    "acquisition",
    "s",
    "吉利以90亿元并购沃尔沃。",
    ["吉利", "沃尔沃"],
    [("90亿元", 9e9, None)],
    [("acquisition", "吉利", "沃尔沃", "90亿元")],
)
row(
    "tender_offer",
    "t",
    "國巨對芝浦電子發起要約收購，涉及資金約950億日圓。",
    ["國巨", "芝浦電子"],
    [("約950億日圓", 9.5e10, None)],
    [("acquisition", "國巨", "芝浦電子", "約950億日圓")],
)
row(
    "tender_offer",
    "s",
    "华润集团拟对东阿阿胶发起要约收购,所需资金总额为12亿元。",
    ["华润集团", "东阿阿胶"],
    [("12亿元", 1.2e9, None)],
    [("acquisition", "华润集团", "东阿阿胶", "12亿元")],
)
row("control", "t", "鴻海入主夏普。", ["鴻海", "夏普"], [], [("acquisition", "鴻海", "夏普", None)])
row(
    "control",
    "s",
    "格力电器入主盾安环境。",
    ["格力电器", "盾安环境"],
    [],
    [("acquisition", "格力电器", "盾安环境", None)],
)
row(
    "share_purchase",
    "t",
    "山東黃金擬以130億元受讓銀泰黃金股份。",
    ["山東黃金", "銀泰黃金"],
    [("130億元", 1.3e10, None)],
    [("acquisition", "山東黃金", "銀泰黃金", "130億元")],
)
row(
    "share_purchase",
    "s",
    "紫金矿业拟以20亿元受让龙净环保股份。",
    ["紫金矿业", "龙净环保"],
    [("20亿元", 2e9, None)],
    [("acquisition", "紫金矿业", "龙净环保", "20亿元")],
)
row(
    "share_sale",
    "t",
    "長和出售股權給貝萊德，作價約228億美元。",
    ["長和", "貝萊德"],
    [("約228億美元", 2.28e10, None)],
    [("acquisition", "貝萊德", "長和", "約228億美元")],
)
row(
    "share_sale",
    "s",
    "万达出售股权给腾讯,作价约60亿元。",
    ["万达", "腾讯"],
    [("约60亿元", 6e9, None)],
    [("acquisition", "腾讯", "万达", "约60亿元")],
)
row(
    "stake_acquisition",
    "t",
    "國泰人壽以250億元取得海龍風場股權。",
    ["國泰人壽", "海龍風場"],
    [("250億元", 2.5e10, None)],
    [("acquisition", "國泰人壽", "海龍風場", "250億元")],
)
row(
    "stake_acquisition",
    "s",
    "中石化以30亿元取得新疆油田股份。",
    ["中石化", "新疆油田"],
    [("30亿元", 3e9, None)],
    [("acquisition", "中石化", "新疆油田", "30亿元")],
)
row(
    "share_transfer",
    "t",
    "雲溪投資擬向浙江易通傳媒轉讓15%股份，轉讓價格為9.57億元。",
    ["雲溪投資", "浙江易通傳媒"],
    [("9.57億元", 9.57e8, None)],
    [("acquisition", "浙江易通傳媒", "雲溪投資", "9.57億元")],
)
row(
    "share_transfer",
    "s",
    "银泰投资拟将其持有的股份转让给山东黄金,转让价款不高于130亿元。",
    ["银泰投资", "山东黄金"],
    [("130亿元", 1.3e10, None)],
    [("acquisition", "山东黄金", "银泰投资", "130亿元")],
)
row(
    "merger",
    "t",
    "中信金控吸收合併台灣人壽。",
    ["中信金控", "台灣人壽"],
    [],
    [("acquisition", "中信金控", "台灣人壽", None)],
)
row(
    "merger",
    "s",
    "国泰君安换股合并海通证券。",
    ["国泰君安", "海通证券"],
    [],
    [("acquisition", "国泰君安", "海通证券", None)],
)
# ------------------------------------------------------------------ agreement
row(
    "cooperation",
    "t",
    "鴻海與輝達簽署合作協議。",
    ["鴻海", "輝達"],
    [],
    [("agreement", "鴻海", "輝達", None)],
)
row("cooperation", "s", "比亚迪与丰田签约。", ["比亚迪", "丰田"], [], [("agreement", "比亚迪", "丰田", None)])
row("mou", "t", "台電與沃旭簽署備忘錄。", ["台電", "沃旭"], [], [("agreement", "台電", "沃旭", None)])
row(
    "mou",
    "s",
    "中石油与道达尔签署合作备忘录。",
    ["中石油", "道达尔"],
    [],
    [("agreement", "中石油", "道达尔", None)],
)
row(
    "joint_development",
    "t",
    "宏碁與英特爾共同研發新處理器。",
    ["宏碁", "英特爾"],
    [],
    [("agreement", "宏碁", "英特爾", None)],
)
row(
    "joint_development",
    "s",
    "联想与微软联合开发AI电脑。",
    ["联想", "微软"],
    [],
    [("agreement", "联想", "微软", None)],
)
# ------------------------------------------------------------------ other
row(
    "secondary_share_sale",
    "t",
    "創辦人陳志強減持2億股舊股，套現約15億元。",
    [],
    [("約15億元", 1.5e9, None)],
    [("other", "陳志強", None, "約15億元")],
    people=["陳志強"],
)
row(
    "secondary_share_sale",
    "s",
    "创始人王小川减持股份,套现约8亿元。",
    [],
    [("约8亿元", 8e8, None)],
    [("other", "王小川", None, "约8亿元")],
    people=["王小川"],
)
row(
    "share_buyback",
    "t",
    "台積電董事會通過買回庫藏股，金額約30億元。",
    ["台積電"],
    [("約30億元", 3e9, None)],
    [("other", "台積電", None, "約30億元")],
)
row(
    "share_buyback",
    "s",
    "腾讯控股宣布回购股份,金额约100亿港元。",
    ["腾讯控股"],
    [("约100亿港元", 1e10, None)],
    [("other", "腾讯控股", None, "约100亿港元")],
)
row(
    "guarantee",
    "t",
    "台塑為台塑化提供擔保，金額不超過20億元。",
    ["台塑", "台塑化"],
    [("20億元", 2e9, None)],
    [("other", "台塑", "台塑化", "20億元")],
)
row(
    "guarantee",
    "s",
    "华铁应急拟对华铁供应链提供总计不超过10亿元的担保额度。",
    ["华铁应急", "华铁供应链"],
    [("10亿元", 1e9, None)],
    [("other", "华铁应急", "华铁供应链", "10亿元")],
)
# ------------------------------------------------------------------ listings
row(
    "listing",
    "t",
    "地平線今日在港交所掛牌上市。",
    ["地平線", "港交所"],
    [],
    [("fundraising", "地平線", None, None)],
)
row(
    "listing",
    "s",
    "高铁电气在上交所科创板正式上市。",
    ["高铁电气", "上交所"],
    [],
    [("fundraising", "高铁电气", None, None)],
)
row(
    "first_listing",
    "t",
    "地平線正式成為港股智駕第一股。",
    ["地平線"],
    [],
    [("fundraising", "地平線", None, None)],
)
row("first_listing", "s", "商汤正式成为港股AI第一股。", ["商汤"], [], [("fundraising", "商汤", None, None)])
# ------------------------------------------------------------------ capex
row(
    "capital_budget",
    "t",
    "欣興董事會通過資本預算約340億元。",
    ["欣興"],
    [("約340億元", 3.4e10, None)],
    [("capex", "欣興", None, "約340億元")],
)
row(
    "capital_budget",
    "s",
    "阿里云宣布未来三年资本开支3800亿元。",
    ["阿里云"],
    [("3800亿元", 3.8e11, None)],
    [("capex", "阿里云", None, "3800亿元")],
)
row(
    "build_out",
    "t",
    "台積電在熊本建廠，投資金額約86億美元。",
    ["台積電"],
    [("約86億美元", 8.6e9, None)],
    [("capex", "台積電", None, "約86億美元")],
)
row(
    "build_out",
    "s",
    "比亚迪投资兴建匈牙利工厂,金额约200亿元。",
    ["比亚迪"],
    [("约200亿元", 2e10, None)],
    [("capex", "比亚迪", None, "约200亿元")],
)
row(
    "facility_build",
    "t",
    "中華電信將興建一座50億元的資料中心。",
    ["中華電信"],
    [("50億元", 5e9, None)],
    [("capex", "中華電信", None, "50億元")],
)
row(
    "facility_build",
    "s",
    "中国移动将建设一座30亿元的数据中心。",
    ["中国移动"],
    [("30亿元", 3e9, None)],
    [("capex", "中国移动", None, "30亿元")],
)
row(
    "spend",
    "t",
    "台積電斥資200億美元興建新廠。",
    ["台積電"],
    [("200億美元", 2e10, None)],
    [("capex", "台積電", None, "200億美元")],
)
row(
    "spend",
    "s",
    "宁德时代斥资100亿元扩建工厂。",
    ["宁德时代"],
    [("100亿元", 1e10, None)],
    [("capex", "宁德时代", None, "100亿元")],
)
row(
    "put_in",
    "t",
    "鴻海將投入500億元建設電動車工廠。",
    ["鴻海"],
    [("500億元", 5e10, None)],
    [("capex", "鴻海", None, "500億元")],
)
row(
    "put_in",
    "s",
    "腾讯计划投入1000亿元建设数据中心。",
    ["腾讯"],
    [("1000亿元", 1e11, None)],
    [("capex", "腾讯", None, "1000亿元")],
)
row(
    "project_cost",
    "t",
    "台塑麥寮新廠投資總額約300億元。",
    ["台塑"],
    [("約300億元", 3e10, None)],
    [("capex", "台塑", None, "約300億元")],
)
row(
    "project_cost",
    "s",
    "华能集团风电项目投资额约80亿元。",
    ["华能集团"],
    [("约80亿元", 8e9, None)],
    [("capex", "华能集团", None, "约80亿元")],
)
row(
    "project_total",
    "t",
    "台電興達電廠項目總投資約900億元。",
    ["台電"],
    [("約900億元", 9e10, None)],
    [("capex", "台電", None, "約900億元")],
)
row(
    "project_total",
    "s",
    "外三发电公司项目批准总投资为93亿元。",
    ["外三发电公司"],
    [("93亿元", 9.3e9, None)],
    [("capex", "外三发电公司", None, "93亿元")],
)

row(
    "land_purchase",
    "t",
    "新鴻基地產以50億港元投得啟德一幅住宅地。",
    ["新鴻基地產"],
    [("50億港元", 5e9, None)],
    [("purchase", "新鴻基地產", None, "50億港元")],
)
row(
    "land_purchase",
    "s",
    "万科以30亿元竞得上海一宗住宅用地。",
    ["万科"],
    [("30亿元", 3e9, None)],
    [("purchase", "万科", None, "30亿元")],
)

FRAME_SENTENCES = [c for _, _, c in _ROWS]


@pytest.mark.parametrize("c", FRAME_SENTENCES)
def test_frame_sentences(c: Case) -> None:
    c.check()


def test_every_frame_has_sentences_in_both_scripts() -> None:
    covered = {(kind, script) for kind, script, _ in _ROWS}
    missing = [(f.kind, s) for f in FRAMES for s in ("t", "s") if (f.kind, s) not in covered]
    assert missing == []
