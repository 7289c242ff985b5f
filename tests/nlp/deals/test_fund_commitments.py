"""Fund commitments and public money, in general form (session 10): a fund founded or closed at a
size is the fund's fundraising; an LP's commitment (认缴出资 / 承諾出資 / 出資承諾 / 作为有限合伙人出资)
is an investment into the fund; a mother fund's commitment to a sub-fund with a sum is an
investment, without a sum an agreement; agreements without sums between named parties; public
bodies' investment plans (the body the agent); subsidies and grants (the paying body the agent,
the receiver the counterparty); central-bank liquidity support (type other, the central bank the
agent). Sentences of our own, both scripts, mainland / HK / TW / SG / MY phrasings, with counter
rows (AUM, market totals, cumulative statistics) that must state no deal."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

INV = "investment"
RAISE = "fundraising"
AGR = "agreement"

FUND_FORMATION = [
    case(
        "cn-sponsor-founds-a-sized-fund",
        "华润资本发起设立规模为50亿元的润科新能源产业基金。",
        ["华润资本", "润科新能源产业基金"],
        [("50亿元", 5e9, None)],
        exactly=[(RAISE, "润科新能源产业基金", None, "50亿元")],
    ),
    case(
        "tw-sponsor-founds-a-sized-fund",
        "富邦金控成立規模新台幣30億元的富邦綠能基金。",
        ["富邦金控", "富邦綠能基金"],
        [("新台幣30億元", 3e9, None)],
        exactly=[(RAISE, "富邦綠能基金", None, "新台幣30億元")],
    ),
    case(
        "cn-sized-fund-unveiled",
        "总规模为100亿元的长江绿色发展基金昨日在武汉揭牌。",
        ["长江绿色发展基金"],
        [("100亿元", 1e10, None)],
        exactly=[(RAISE, "长江绿色发展基金", None, "100亿元")],
    ),
    case(
        "hk-fund-first-close",
        "高瓴資本旗下的高瓴創投基金完成首關，募得15億美元。",
        ["高瓴資本", "高瓴創投基金"],
        [("15億美元", 1.5e9, None)],
        exactly=[(RAISE, "高瓴創投基金", None, "15億美元")],
    ),
    case(
        "sg-fund-final-close",
        "祥峰投资中国基金五期完成最终关账，募资总额达5亿美元。",
        ["祥峰投资中国基金五期"],
        [("5亿美元", 5e8, None)],
        exactly=[(RAISE, "祥峰投资中国基金五期", None, "5亿美元")],
    ),
    case(
        "cn-fund-raised-in-full",
        "元禾璞华三期基金完成募集，募集规模为32亿元。",
        ["元禾璞华三期基金"],
        [("32亿元", 3.2e9, None)],
        exactly=[(RAISE, "元禾璞华三期基金", None, "32亿元")],
    ),
    case(
        "tw-fund-launched-with-target",
        "中華開發資本推出台灣生技創投基金，目標規模為新台幣50億元。",
        ["中華開發資本", "台灣生技創投基金"],
        [("新台幣50億元", 5e9, None)],
        exactly=[(RAISE, "台灣生技創投基金", None, "新台幣50億元")],
    ),
    # a fund described, not named: the sponsor founding it raises it
    case(
        "cn-sponsor-of-an-unnamed-fund",
        "中金资本设立一只规模20亿元的医疗产业基金。",
        ["中金资本"],
        [("20亿元", 2e9, None)],
        exactly=[(RAISE, "中金资本", None, "20亿元")],
    ),
    case(
        "tw-sponsor-of-an-unnamed-fund",
        "中金資本設立一隻規模20億元的醫療產業基金。",
        ["中金資本"],
        [("20億元", 2e9, None)],
        exactly=[(RAISE, "中金資本", None, "20億元")],
    ),
    no_deal(
        "cn-a-managed-fund-described-is-no-raise",
        "中金资本管理的一只规模20亿元的医疗基金近日清盘。",
        ["中金资本"],
        [("20亿元", 2e9, None)],
    ),
    case(
        "my-fund-set-up-at-a-size",
        "马来西亚创业投资公司设立规模为3亿令吉的东盟科技基金。",
        ["马来西亚创业投资公司", "东盟科技基金"],
        [("3亿令吉", 3e8, None)],
        exactly=[(RAISE, "东盟科技基金", None, "3亿令吉")],
    ),
]

LP_COMMITMENTS = [
    case(
        "cn-lp-subscribes-into-a-partnership",
        "美的集团拟作为有限合伙人以自有资金认缴出资8亿元，参与投资深创投制造业基金（有限合伙）。",
        ["美的集团", "深创投制造业基金（有限合伙）"],
        [("8亿元", 8e8, None)],
        exactly=[(INV, "美的集团", "深创投制造业基金（有限合伙）", "8亿元")],
    ),
    case(
        "tw-contributes-to-found-a-fund",
        "鴻海擬出資新台幣20億元參與設立鴻華先進創投基金。",
        ["鴻海", "鴻華先進創投基金"],
        [("新台幣20億元", 2e9, None)],
        exactly=[(INV, "鴻海", "鴻華先進創投基金", "新台幣20億元")],
    ),
    case(
        "hk-commits-to-a-fund",
        "新世界發展向啟明創投第八期基金承諾出資1億美元。",
        ["新世界發展", "啟明創投第八期基金"],
        [("1億美元", 1e8, None)],
        exactly=[(INV, "新世界發展", "啟明創投第八期基金", "1億美元")],
    ),
    case(
        "cn-commits-to-a-fund",
        "新世界发展向启明创投第八期基金承诺出资1亿美元。",
        ["新世界发展", "启明创投第八期基金"],
        [("1亿美元", 1e8, None)],
        exactly=[(INV, "新世界发展", "启明创投第八期基金", "1亿美元")],
    ),
    case(
        "sg-commitment-as-a-noun",
        "淡马锡向Vertex第五期基金作出3亿美元的出资承诺。",
        ["淡马锡", "Vertex第五期基金"],
        [("3亿美元", 3e8, None)],
        exactly=[(INV, "淡马锡", "Vertex第五期基金", "3亿美元")],
    ),
    case(
        "hk-commitment-as-a-noun",
        "淡馬錫向Vertex第五期基金作出3億美元的出資承諾。",
        ["淡馬錫", "Vertex第五期基金"],
        [("3億美元", 3e8, None)],
        exactly=[(INV, "淡馬錫", "Vertex第五期基金", "3億美元")],
    ),
    case(
        "cn-lps-listed-with-respectively",
        "上海集成电路产业基金三期目标规模为100亿元。上海国投、浦东创投分别认缴出资10亿元、5亿元。",
        ["上海集成电路产业基金三期", "上海国投", "浦东创投"],
        [("100亿元", 1e10, None), ("10亿元", 1e9, None), ("5亿元", 5e8, None)],
        exactly=[
            (RAISE, "上海集成电路产业基金三期", None, "100亿元"),
            (INV, "上海国投", "上海集成电路产业基金三期", "10亿元"),
            (INV, "浦东创投", "上海集成电路产业基金三期", "5亿元"),
        ],
    ),
    case(
        "tw-lps-listed-with-respectively",
        "台灣智慧製造基金目標規模為新台幣100億元。國發基金、中華電信分別出資新台幣20億元、10億元。",
        ["台灣智慧製造基金", "國發基金", "中華電信"],
        [("新台幣100億元", 1e10, None), ("新台幣20億元", 2e9, None), ("10億元", 1e9, None)],
        exactly=[
            (RAISE, "台灣智慧製造基金", None, "新台幣100億元"),
            (INV, "國發基金", "台灣智慧製造基金", "新台幣20億元"),
            (INV, "中華電信", "台灣智慧製造基金", "10億元"),
        ],
    ),
    case(
        "cn-contributions-with-shares-after-a-fund",
        "广东半导体产业基金总规模为50亿元。其中，广东恒健出资20亿元（占比40%），粤财控股出资10亿元（占比20%）。",
        ["广东半导体产业基金", "广东恒健", "粤财控股"],
        [("50亿元", 5e9, None), ("20亿元", 2e9, None), ("10亿元", 1e9, None)],
        exactly=[
            (RAISE, "广东半导体产业基金", None, "50亿元"),
            (INV, "广东恒健", "广东半导体产业基金", "20亿元"),
            (INV, "粤财控股", "广东半导体产业基金", "10亿元"),
        ],
    ),
    # 该基金: the fund just named receives the commitments
    case(
        "hk-lps-of-the-fund-under-discussion",
        "亞洲綠色基金目標規模為10億美元。該基金由淡馬錫及GIC分別承諾出資5億美元及3億美元。",
        ["亞洲綠色基金", "淡馬錫", "GIC"],
        [("10億美元", 1e9, None), ("5億美元", 5e8, None), ("3億美元", 3e8, None)],
        exactly=[
            (RAISE, "亞洲綠色基金", None, "10億美元"),
            (INV, "淡馬錫", "亞洲綠色基金", "5億美元"),
            (INV, "GIC", "亞洲綠色基金", "3億美元"),
        ],
    ),
    case(
        "sg-lp-commits-to-the-fund-under-discussion",
        "亚洲绿色基金目标规模为10亿美元。新加坡经济发展局旗下EDBI承诺向该基金出资2亿美元。",
        ["亚洲绿色基金", "新加坡经济发展局", "EDBI"],
        [("10亿美元", 1e9, None), ("2亿美元", 2e8, None)],
        exactly=[(RAISE, "亚洲绿色基金", None, "10亿美元"), (INV, "EDBI", "亚洲绿色基金", "2亿美元")],
    ),
    # the fund's raise stated with 募集规模 (no size word of its own): the partners after it join it
    case(
        "cn-lps-after-the-funds-target-raise",
        "顺德智造基金目标募集规模为50亿元。除美的集团外，佛山投控、广东恒健分别认缴出资10亿元、8亿元。",
        ["顺德智造基金", "美的集团", "佛山投控", "广东恒健"],
        [("50亿元", 5e9, None), ("10亿元", 1e9, None), ("8亿元", 8e8, None)],
        exactly=[
            (RAISE, "顺德智造基金", None, "50亿元"),
            (INV, "佛山投控", "顺德智造基金", "10亿元"),
            (INV, "广东恒健", "顺德智造基金", "8亿元"),
        ],
    ),
    case(
        "tw-lps-after-the-funds-target-raise",
        "順德智造基金目標募集規模為50億元。除美的集團外，佛山投控、廣東恒健分別認繳出資10億元、8億元。",
        ["順德智造基金", "美的集團", "佛山投控", "廣東恒健"],
        [("50億元", 5e9, None), ("10億元", 1e9, None), ("8億元", 8e8, None)],
        exactly=[
            (RAISE, "順德智造基金", None, "50億元"),
            (INV, "佛山投控", "順德智造基金", "10億元"),
            (INV, "廣東恒健", "順德智造基金", "8億元"),
        ],
    ),
    case(
        "hk-co-founders-commit-to-a-named-fund",
        "新鴻基地產與黑石共同設立規模20億美元的亞洲物流基金，新鴻基地產承諾出資8億美元，黑石出資5億美元。",
        ["新鴻基地產", "黑石", "亞洲物流基金"],
        [("20億美元", 2e9, None), ("8億美元", 8e8, None), ("5億美元", 5e8, None)],
        exactly=[
            (RAISE, "亞洲物流基金", None, "20億美元"),
            (INV, "新鴻基地產", "亞洲物流基金", "8億美元"),
            (INV, "黑石", "亞洲物流基金", "5億美元"),
        ],
    ),
]

SUBFUNDS = [
    case(
        "cn-guidance-fund-takes-part-in-a-subfund",
        "国家中小企业发展基金出资4亿元参股苏州元禾中小企业子基金。",
        ["国家中小企业发展基金", "苏州元禾中小企业子基金"],
        [("4亿元", 4e8, None)],
        exactly=[(INV, "国家中小企业发展基金", "苏州元禾中小企业子基金", "4亿元")],
    ),
    case(
        "tw-guidance-fund-takes-part-in-a-subfund",
        "國家中小企業發展基金出資4億元參股蘇州元禾中小企業子基金。",
        ["國家中小企業發展基金", "蘇州元禾中小企業子基金"],
        [("4億元", 4e8, None)],
        exactly=[(INV, "國家中小企業發展基金", "蘇州元禾中小企業子基金", "4億元")],
    ),
    # the agreement with the sub-fund's manager and the commitment into the named sub-fund: one deal
    case(
        "cn-agreement-with-manager-then-commitment-into-the-subfund",
        "苏州天使母基金已与启明创投签署子基金合作协议，拟出资3亿元参与设立规模15亿元的启明苏州创新基金。",
        ["苏州天使母基金", "启明创投", "启明苏州创新基金"],
        [("3亿元", 3e8, None), ("15亿元", 1.5e9, None)],
        exactly=[
            (INV, "苏州天使母基金", "启明苏州创新基金", "3亿元"),
            (RAISE, "启明苏州创新基金", None, "15亿元"),
        ],
    ),
    case(
        "tw-agreement-with-manager-then-commitment-into-the-subfund",
        "蘇州天使母基金已與啟明創投簽署子基金合作協議，擬出資3億元參與設立規模15億元的啟明蘇州創新基金。",
        ["蘇州天使母基金", "啟明創投", "啟明蘇州創新基金"],
        [("3億元", 3e8, None), ("15億元", 1.5e9, None)],
        exactly=[
            (INV, "蘇州天使母基金", "啟明蘇州創新基金", "3億元"),
            (RAISE, "啟明蘇州創新基金", None, "15億元"),
        ],
    ),
    case(
        "cn-subfund-cooperation-agreement-without-a-sum",
        "杭州科创母基金与达晨创投签署子基金合作协议。",
        ["杭州科创母基金", "达晨创投"],
        exactly=[(AGR, "杭州科创母基金", "达晨创投", None)],
    ),
    case(
        "tw-subfund-cooperation-agreement-without-a-sum",
        "杭州科創母基金與達晨創投簽署子基金合作協議。",
        ["杭州科創母基金", "達晨創投"],
        exactly=[(AGR, "杭州科創母基金", "達晨創投", None)],
    ),
]

AGREEMENTS = [
    case(
        "cn-strategic-cooperation-agreement",
        "中芯国际与上海国投签署战略合作协议，双方将在集成电路领域开展合作。",
        ["中芯国际", "上海国投"],
        exactly=[(AGR, "中芯国际", "上海国投", None)],
    ),
    case(
        "tw-memorandum-of-cooperation",
        "台達電與工研院簽署合作備忘錄，共同開發儲能技術。",
        ["台達電", "工研院"],
        includes=[(AGR, "台達電", "工研院", None)],
    ),
    case(
        "hk-memorandum-of-understanding",
        "港鐵與沙特公共投資基金簽訂合作諒解備忘錄。",
        ["港鐵", "沙特公共投資基金"],
        exactly=[(AGR, "港鐵", "沙特公共投資基金", None)],
    ),
    case(
        "hk-exchanges-sign-a-memorandum",
        "港交所與沙特交易所簽訂合作諒解備忘錄。",
        ["港交所", "沙特交易所"],
        exactly=[(AGR, "港交所", "沙特交易所", None)],
        known_failure="an exchange named as a party reads as a listing venue, no signing party",
    ),
    case(
        "cn-framework-agreement",
        "比亚迪与深圳能源集团签订框架协议，拟在充电网络领域开展合作。",
        ["比亚迪", "深圳能源集团"],
        exactly=[(AGR, "比亚迪", "深圳能源集团", None)],
    ),
    case(
        "cn-agreement-with-unnamed-institutions",
        "华为与多家金融机构签署战略合作协议。",
        ["华为"],
        exactly=[(AGR, "华为", None, None)],
    ),
    case(
        "hk-agreement-with-unnamed-institutions",
        "數碼港與多間機構簽署合作協議。",
        ["數碼港"],
        exactly=[(AGR, "數碼港", None, None)],
    ),
]

PUBLIC_PLANS = [
    case(
        "tw-cabinet-five-year-build-plan",
        "行政院宣布，未來五年將投資新台幣1,200億元推動AI基礎建設。",
        ["行政院"],
        [("新台幣1,200億元", 1.2e11, None)],
        exactly=[("capex", "行政院", None, "新台幣1,200億元")],
    ),
    case(
        "cn-ministry-plans-to-invest",
        "国家发改委计划未来三年投资5000亿元建设新型基础设施。",
        ["国家发改委"],
        [("5000亿元", 5e11, None)],
        exactly=[("capex", "国家发改委", None, "5000亿元")],
    ),
    case(
        "sg-state-investor-pledges-into-companies",
        "GIC承诺未来三年向东南亚科技企业投资20亿美元。",
        ["GIC"],
        [("20亿美元", 2e9, None)],
        exactly=[(INV, "GIC", None, "20亿美元")],
    ),
    case(
        "my-sovereign-fund-allocates-to-a-named-fund",
        "国民投资机构拨款5亿令吉设立绿色转型基金。",
        ["国民投资机构", "绿色转型基金"],
        [("5亿令吉", 5e8, None)],
        exactly=[(INV, "国民投资机构", "绿色转型基金", "5亿令吉")],
    ),
    case(
        "hk-government-allots-money-for-a-build",
        "特區政府撥款20億元興建新醫院。",
        ["特區政府"],
        [("20億元", 2e9, None)],
        exactly=[("capex", "特區政府", None, "20億元")],
    ),
    case(
        "cn-allotment-received-from-a-government",
        "香港科技园获特区政府拨款20亿元。",
        ["香港科技园", "特区政府"],
        [("20亿元", 2e9, None)],
        exactly=[(INV, "特区政府", "香港科技园", "20亿元")],
    ),
    case(
        "tw-allots-money-to-found-a-fund",
        "國民投資機構撥款5億令吉設立綠色轉型基金。",
        ["國民投資機構", "綠色轉型基金"],
        [("5億令吉", 5e8, None)],
        exactly=[(INV, "國民投資機構", "綠色轉型基金", "5億令吉")],
    ),
    case(
        "tw-pledge-into-described-companies",
        "GIC承諾未來三年向東南亞科技企業投資20億美元。",
        ["GIC"],
        [("20億美元", 2e9, None)],
        exactly=[(INV, "GIC", None, "20億美元")],
    ),
    case(
        "hk-government-injects-capital",
        "特區政府向香港科技園公司注資30億元。",
        ["特區政府", "香港科技園公司"],
        [("30億元", 3e9, None)],
        exactly=[(INV, "特區政府", "香港科技園公司", "30億元")],
    ),
]

SUBSIDIES = [
    case(
        "tw-ministry-subsidises-a-company",
        "經濟部補助力積電新台幣5億元。",
        ["經濟部", "力積電"],
        [("新台幣5億元", 5e8, None)],
        exactly=[("other", "經濟部", "力積電", "新台幣5億元")],
    ),
    case(
        "cn-company-receives-a-ministrys-subsidy",
        "力积电获经济部补助新台币5亿元。",
        ["力积电", "经济部"],
        [("新台币5亿元", 5e8, None)],
        exactly=[("other", "经济部", "力积电", "新台币5亿元")],
    ),
    case(
        "hk-startup-funded-by-a-department",
        "初創公司思創科技獲創新科技署資助500萬元。",
        ["思創科技", "創新科技署"],
        [("500萬元", 5e6, None)],
        exactly=[("other", "創新科技署", "思創科技", "500萬元")],
    ),
    case(
        "cn-startup-funded-by-a-department",
        "初创公司思创科技获创新科技署资助500万元。",
        ["思创科技", "创新科技署"],
        [("500万元", 5e6, None)],
        exactly=[("other", "创新科技署", "思创科技", "500万元")],
    ),
    case(
        "my-agency-grants-unnamed-receivers",
        "大马数码经济机构向50家初创企业发放总值2000万令吉的资助。",
        ["大马数码经济机构"],
        [("2000万令吉", 2e7, None)],
        exactly=[("other", "大马数码经济机构", None, "2000万令吉")],
    ),
    case(
        "tw-subsidy-money-to-unnamed-firms",
        "工業局今年共核定補助35家業者，補助金額合計新台幣8億元。",
        ["工業局"],
        [("新台幣8億元", 8e8, None)],
        exactly=[("other", "工業局", None, "新台幣8億元")],
    ),
    # the receiver marked by 向 but no party of the deal: no other party or topic fills it
    case(
        "sg-receiver-marked-is-not-replaced",
        "星展银行宣布扩大绿色贷款。新加坡金融管理局向新加坡交易所提供10亿新元的绿色金融补助。",
        ["星展银行", "新加坡金融管理局", "新加坡交易所"],
        [("10亿新元", 1e9, None)],
        exactly=[("other", "新加坡金融管理局", None, "10亿新元")],
    ),
    case(
        "hk-exchange-as-the-receiver",
        "新加坡金融管理局向新加坡交易所提供10億新元的綠色金融補助。",
        ["新加坡金融管理局", "新加坡交易所"],
        [("10億新元", 1e9, None)],
        exactly=[("other", "新加坡金融管理局", "新加坡交易所", "10億新元")],
        known_failure="an exchange named as the receiver plays no role (exchanges read as listing venues)",
    ),
    case(
        "cn-finance-bureau-pays-subsidies",
        "深圳市工信局向30家企业发放专项补助2亿元。",
        ["深圳市工信局"],
        [("2亿元", 2e8, None)],
        exactly=[("other", "深圳市工信局", None, "2亿元")],
    ),
]

# (the mother fund's commitment beside a sub-fund agreement, a subsidy received from an unnamed
# grantor, a central bank's support of a named bank: rows in test_funds.py)
LIQUIDITY = [
    case(
        "sg-liquidity-to-unnamed-banks",
        "马来西亚国家银行向多家伊斯兰银行提供50亿令吉的流动性支持。",
        ["马来西亚国家银行"],
        [("50亿令吉", 5e9, None)],
        exactly=[("other", "马来西亚国家银行", None, "50亿令吉")],
    ),
]

MEMORANDA_BESIDE_COMMITMENTS = [
    # a commitment into one party and a memorandum signed with another: two deals
    case(
        "hk-commitment-and-memorandum-with-another-party",
        "數碼港向維港科技基金三期承諾出資3億港元，並與新加坡企業發展局簽署合作備忘錄。",
        ["數碼港", "維港科技基金三期", "新加坡企業發展局"],
        [("3億港元", 3e8, None)],
        exactly=[
            (INV, "數碼港", "維港科技基金三期", "3億港元"),
            (AGR, "數碼港", "新加坡企業發展局", None),
        ],
    ),
    case(
        "cn-commitment-and-memorandum-with-another-party",
        "数码港向维港科技基金三期承诺出资3亿港元，并与新加坡企业发展局签署合作备忘录。",
        ["数码港", "维港科技基金三期", "新加坡企业发展局"],
        [("3亿港元", 3e8, None)],
        exactly=[
            (INV, "数码港", "维港科技基金三期", "3亿港元"),
            (AGR, "数码港", "新加坡企业发展局", None),
        ],
    ),
    # the signing of the same two parties' deal stays one deal
    case(
        "cn-signing-of-the-same-parties-deal",
        "宁德时代与福特汽车签署协议，宁德时代将向福特汽车供应储能电池，合同金额约10亿美元。",
        ["宁德时代", "福特汽车"],
        [("约10亿美元", 1e9, None)],
        exactly=[("purchase", "福特汽车", "宁德时代", "约10亿美元")],
    ),
    # a speaker's statement about liquidity support (金管局表示，…): the provider must be named in the
    # clause (policy statements of support are no deal)
    case(
        "hk-liquidity-after-a-speaker",
        "金管局表示，已向一間本地銀行提供約30億港元流動性支持。",
        ["金管局"],
        [("約30億港元", 3e9, None)],
        exactly=[],
    ),
]

COUNTER_ROWS = [
    # 资助 as "to finance" (an acquisition, a project): no grant
    case(
        "sg-financing-an-acquisition-is-no-grant",
        "为资助这项收购，吉宝信托将配售新股筹集5亿新元。",
        ["吉宝信托"],
        [("5亿新元", 5e8, None)],
        exactly=[(RAISE, "吉宝信托", None, "5亿新元")],
    ),
    case(
        "hk-financing-an-acquisition-is-no-grant",
        "為了資助收購項目，星獅地產推出優先獻售計劃，籌集約8億新元。",
        ["星獅地產"],
        [("約8億新元", 8e8, None)],
        exactly=[(RAISE, "星獅地產", None, "約8億新元")],
    ),
    no_deal(
        "cn-sponsor-described-is-no-grant",
        "这支由卡塔尔投资局资助的车队今年再夺冠军。",
        ["卡塔尔投资局"],
    ),
    no_deal(
        "hk-sponsor-described-is-no-grant",
        "這支由卡塔爾投資局資助的車隊今年再奪冠軍。",
        ["卡塔爾投資局"],
    ),
    case(
        "tw-capital-size-of-a-build-is-no-fund",
        "微軟將與貝萊德合作興建資本規模達300億美元的AI資料中心。",
        ["微軟", "貝萊德"],
        [("300億美元", 3e10, None)],
        includes=[("capex", "微軟", None, "300億美元")],
    ),
    case(
        "cn-raise-size-is-the-raise",
        "智元机器人此轮融资规模达15亿元。",
        ["智元机器人"],
        [("15亿元", 1.5e9, None)],
        exactly=[(RAISE, "智元机器人", None, "15亿元")],
    ),
    no_deal(
        "cn-market-size-is-no-fund-size",
        "中国私募股权基金市场规模已超过14万亿元。",
        [],
        [("超过14万亿元", 1.4e13, None)],
    ),
    no_deal(
        "tw-fund-managers-assets-are-no-fund-size",
        "富邦投信旗下基金資產規模達新台幣5,000億元。",
        ["富邦投信"],
        [("新台幣5,000億元", 5e11, None)],
    ),
    no_deal(
        "cn-fund-house-aum-with-fund-in-name",
        "易方达基金管理规模突破2万亿元。",
        ["易方达基金"],
        [("突破2万亿元", 2e12, None)],
    ),
    no_deal(
        "cn-manager-aum-is-no-deal",
        "高瓴资本目前管理规模超过600亿美元。",
        ["高瓴资本"],
        [("超过600亿美元", 6e10, None)],
    ),
    no_deal(
        "hk-manager-aum-is-no-deal",
        "惠理集團目前管理資產規模約為1,200億港元。",
        ["惠理集團"],
        [("約為1,200億港元", 1.2e11, None)],
    ),
    no_deal(
        "cn-market-fundraising-total",
        "今年前三季度国内私募股权基金募资总额约为1.2万亿元，同比下降两成。",
        [],
        [("约为1.2万亿元", 1.2e12, None)],
    ),
    no_deal(
        "tw-cumulative-investment-statistic",
        "國發基金截至今年6月累計投資新創事業逾新台幣300億元。",
        ["國發基金"],
        [("逾新台幣300億元", 3e10, None)],
    ),
    no_deal(
        "sg-portfolio-value-is-no-deal",
        "淡马锡的投资组合净值达4340亿新元。",
        ["淡马锡"],
        [("4340亿新元", 4.34e11, None)],
    ),
    no_deal(
        "my-venture-market-total",
        "东南亚风险投资市场去年融资总额约为80亿美元。",
        [],
        [("约为80亿美元", 8e9, None)],
    ),
]


@pytest.mark.parametrize(
    "c",
    FUND_FORMATION
    + LP_COMMITMENTS
    + SUBFUNDS
    + AGREEMENTS
    + PUBLIC_PLANS
    + SUBSIDIES
    + LIQUIDITY
    + MEMORANDA_BESIDE_COMMITMENTS
    + COUNTER_ROWS,
)
def test_fund_commitments(c: Case) -> None:
    c.check()
