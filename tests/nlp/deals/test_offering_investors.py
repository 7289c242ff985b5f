"""Every named investor in an offering is an investment into the issuer (agent = investor,
counterparty = the company), beside the offering's own fundraising: mainland strategic placements
(战略配售, 保荐机构子公司跟投, 专项资产管理计划), HK cornerstones (基石投資者包括…, A已同意認購…),
placements and private placements (发行对象为…, 承配人, 應募人, A以现金认购) and venture rounds
(投资方包括…, 参投方, 由A领投、B跟投, 老股东继续加码). Sentences written for these tests, both
scripts, mainland, HK, Taiwan and SG/MY phrasings. Counter rows: sponsors and underwriters,
unnamed placees, analysts and holders listed as holders are no investors."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.nlp.deals.cases import Case, case, run

INV = "investment"

OFFERING_INVESTORS = [
    # ------------------------------------------------------------ mainland strategic placements
    case(
        "cn-strategic-placement-investors-include",
        "科瑞芯片本次发行的战略配售投资者包括中信证券投资有限公司、华芯投资管理有限责任公司和国新投资有限公司。",
        ["科瑞芯片", "中信证券投资有限公司", "华芯投资管理有限责任公司", "国新投资有限公司"],
        includes=[
            (INV, "中信证券投资有限公司", "科瑞芯片", None),
            (INV, "华芯投资管理有限责任公司", "科瑞芯片", None),
            (INV, "国新投资有限公司", "科瑞芯片", None),
        ],
    ),
    case(
        "tw-strategic-placement-participants-are",
        "科瑞芯片本次發行參與戰略配售的投資者為中信證券投資有限公司、華芯投資管理有限責任公司及國新投資有限公司。",
        ["科瑞芯片", "中信證券投資有限公司", "華芯投資管理有限責任公司", "國新投資有限公司"],
        includes=[
            (INV, "中信證券投資有限公司", "科瑞芯片", None),
            (INV, "華芯投資管理有限責任公司", "科瑞芯片", None),
            (INV, "國新投資有限公司", "科瑞芯片", None),
        ],
    ),
    case(
        "cn-participants-of-placement-first",
        "瑞联微电子拟在科创板上市。参与本次战略配售的投资者有国家制造业转型升级基金股份有限公司和中国电子投资控股有限公司，分别获配3亿元和2亿元。",
        ["瑞联微电子", "国家制造业转型升级基金股份有限公司", "中国电子投资控股有限公司"],
        [("3亿元", 3e8, None), ("2亿元", 2e8, None)],
        includes=[
            (INV, "国家制造业转型升级基金股份有限公司", "瑞联微电子", "3亿元"),
            (INV, "中国电子投资控股有限公司", "瑞联微电子", "2亿元"),
        ],
    ),
    case(
        "cn-sponsor-subsidiary-co-invests-allotted",
        "瑞联微电子首次公开发行股票并在科创板上市。保荐机构相关子公司中信证券投资有限公司跟投获配210万股，获配金额6930万元。",
        ["瑞联微电子", "中信证券投资有限公司"],
        [("6930万元", 6.93e7, None)],
        shares=[("210万股", 2.1e6)],
        includes=[(INV, "中信证券投资有限公司", "瑞联微电子", "6930万元")],
    ),
    case(
        "tw-sponsor-subsidiary-as-co-investor",
        "瑞聯微電子戰略配售中，海通創新證券投資有限公司作為保薦人子公司跟投，獲配金額為5000萬元。",
        ["瑞聯微電子", "海通創新證券投資有限公司"],
        [("5000萬元", 5e7, None)],
        includes=[(INV, "海通創新證券投資有限公司", "瑞聯微電子", "5000萬元")],
    ),
    case(
        "cn-sponsor-related-subsidiary-co-invests-shares-then-amount",
        "星宇半导体上市。其中，中信建投投资有限公司作为保荐人相关子公司跟投获配180万股，获配金额6336万元。",
        ["星宇半导体", "中信建投投资有限公司"],
        [("6336万元", 6.336e7, None)],
        shares=[("180万股", 1.8e6)],
        exactly=[(INV, "中信建投投资有限公司", "星宇半导体", "6336万元")],
    ),
    case(
        "cn-named-plan-allotted",
        "恒玄半导体本次发行中，华泰远见芯源1号员工战略配售集合资产管理计划获配金额约1.2亿元。",
        ["恒玄半导体", "华泰远见芯源1号员工战略配售集合资产管理计划"],
        [("约1.2亿元", 1.2e8, None)],
        includes=[(INV, "华泰远见芯源1号员工战略配售集合资产管理计划", "恒玄半导体", "约1.2亿元")],
    ),
    case(
        "cn-listed-then-count-of-strategic-investors",
        "天承科技本次发行中，上海科创基金、国调基金二期和中金财富等3家战略投资者合计获配800万股。",
        ["天承科技", "上海科创基金", "国调基金二期", "中金财富"],
        shares=[("800万股", 8e6)],
        includes=[
            (INV, "上海科创基金", "天承科技", None),
            (INV, "国调基金二期", "天承科技", None),
            (INV, "中金财富", "天承科技", None),
        ],
    ),
    case(
        "tw-introduces-listed-strategic-investors",
        "中科光芯引入國家集成電路產業投資基金、上海國際集團等8家戰略投資者。",
        ["中科光芯", "國家集成電路產業投資基金", "上海國際集團"],
        includes=[
            (INV, "國家集成電路產業投資基金", "中科光芯", None),
            (INV, "上海國際集團", "中科光芯", None),
        ],
    ),
    # ------------------------------------------------------------ HK cornerstones
    case(
        "hk-cornerstones-include-jointly-subscribe",
        "藍思機器人已訂立基石投資協議，基石投資者包括高瓴、博裕資本、新加坡政府投資公司及景順，合共認購約1.5億美元的發售股份。",
        ["藍思機器人", "高瓴", "博裕資本", "新加坡政府投資公司", "景順"],
        [("約1.5億美元", 1.5e8, None)],
        includes=[
            (INV, "高瓴", "藍思機器人", None),
            (INV, "博裕資本", "藍思機器人", None),
            (INV, "新加坡政府投資公司", "藍思機器人", None),
            (INV, "景順", "藍思機器人", None),
        ],
    ),
    case(
        "hk-cornerstone-has-agreed-to-subscribe",
        "藍思機器人今日起招股。其中，新加坡政府投資公司已同意認購5000萬美元的發售股份。",
        ["藍思機器人", "新加坡政府投資公司"],
        [("5000萬美元", 5e7, None)],
        includes=[(INV, "新加坡政府投資公司", "藍思機器人", "5000萬美元")],
    ),
    case(
        "cn-cornerstones-are-respectively",
        "遇见小面拟于港交所主板上市。基石投资者为淡马锡、贝莱德及富达国际，分别认购3000万美元、2500万美元及2000万美元。",
        ["遇见小面", "港交所", "淡马锡", "贝莱德", "富达国际"],
        [("3000万美元", 3e7, None), ("2500万美元", 2.5e7, None), ("2000万美元", 2e7, None)],
        includes=[
            (INV, "淡马锡", "遇见小面", "3000万美元"),
            (INV, "贝莱德", "遇见小面", "2500万美元"),
            (INV, "富达国际", "遇见小面", "2000万美元"),
        ],
    ),
    case(
        "hk-count-of-cornerstones-then-names",
        "明源智能引入3名基石投資者，分別為泰康人壽、中國人壽及南方東英，合共認購2億港元。",
        ["明源智能", "泰康人壽", "中國人壽", "南方東英"],
        [("2億港元", 2e8, None)],
        includes=[
            (INV, "泰康人壽", "明源智能", None),
            (INV, "中國人壽", "明源智能", None),
            (INV, "南方東英", "明源智能", None),
        ],
    ),
    case(
        "cn-cornerstone-agreed-subscribe-issuer-named",
        "高瓴已同意认购明源智能1亿港元的发售股份。",
        ["高瓴", "明源智能"],
        [("1亿港元", 1e8, None)],
        includes=[(INV, "高瓴", "明源智能", "1亿港元")],
    ),
    case(
        "hk-each-subscribe-one-figure",
        "澳優新材上市。基石投資者阿布達比投資局及卡塔爾投資局各認購3000萬美元。",
        ["澳優新材", "阿布達比投資局", "卡塔爾投資局"],
        [("3000萬美元", 3e7, None)],
        includes=[
            (INV, "阿布達比投資局", "澳優新材", "3000萬美元"),
            (INV, "卡塔爾投資局", "澳優新材", "3000萬美元"),
        ],
    ),
    case(
        "my-cornerstones-are-shares",
        "峰辉科技将在大马交易所上市。基石投资者为国民投资机构及雇员公积金局，分别认购5000万股及3000万股。",
        ["峰辉科技", "大马交易所", "国民投资机构", "雇员公积金局"],
        shares=[("5000万股", 5e7), ("3000万股", 3e7)],
        includes=[(INV, "国民投资机构", "峰辉科技", None), (INV, "雇员公积金局", "峰辉科技", None)],
    ),
    # ------------------------------------------------------------ placements, private placements
    case(
        "cn-placement-targets-are-cash",
        "东方电缆拟非公开发行A股股票，募集资金不超过40亿元。本次非公开发行的发行对象为国家电网、南方电网及中国诚通，均以现金认购。",
        ["东方电缆", "国家电网", "南方电网", "中国诚通"],
        [("不超过40亿元", 4e9, None)],
        includes=[
            (INV, "国家电网", "东方电缆", None),
            (INV, "南方电网", "东方电缆", None),
            (INV, "中国诚通", "东方电缆", None),
        ],
    ),
    case(
        "cn-controlling-holder-subscribes-cash",
        "华能水电向特定对象发行股票。控股股东华能集团以现金认购12亿元，锁定期为18个月。",
        ["华能水电", "华能集团"],
        [("12亿元", 1.2e9, None)],
        includes=[(INV, "华能集团", "华能水电", "12亿元")],
    ),
    case(
        "cn-subscription-targets-include",
        "华能水电本次向特定对象发行的认购对象包括诺德基金、财通基金和UBS AG。",
        ["华能水电", "诺德基金", "财通基金", "UBS AG"],
        includes=[
            (INV, "诺德基金", "华能水电", None),
            (INV, "财通基金", "华能水电", None),
            (INV, "UBS AG", "华能水电", None),
        ],
    ),
    case(
        "hk-placees-include-respectively-shares",
        "澳優新材宣布配售新股。承配人包括友邦保險及景順投資，分別認購2000萬股及1500萬股。",
        ["澳優新材", "友邦保險", "景順投資"],
        shares=[("2000萬股", 2e7), ("1500萬股", 1.5e7)],
        includes=[(INV, "友邦保險", "澳優新材", None), (INV, "景順投資", "澳優新材", None)],
    ),
    case(
        "cn-issue-to-listed-placees",
        "蓝海华腾拟向宁德时代、比亚迪和蔚来资本发行股份，募资不超过15亿元。",
        ["蓝海华腾", "宁德时代", "比亚迪", "蔚来资本"],
        [("不超过15亿元", 1.5e9, None)],
        includes=[
            (INV, "宁德时代", "蓝海华腾", None),
            (INV, "比亚迪", "蓝海华腾", None),
            (INV, "蔚来资本", "蓝海华腾", None),
        ],
    ),
    case(
        "hk-subscription-agreement-tied-shares",
        "澳優新材與騰訊控股訂立認購協議，騰訊控股同意以每股8.5港元認購2億股新股，總代價17億港元。",
        ["澳優新材", "騰訊控股"],
        [("每股8.5港元", 8.5, "share"), ("17億港元", 1.7e9, None)],
        shares=[("2億股", 2e8)],
        includes=[(INV, "騰訊控股", "澳優新材", "17億港元")],
    ),
    case(
        "tw-private-placement-subscribers-are",
        "和源光電董事會通過私募現金增資，應募人為台積電及日月光投控。",
        ["和源光電", "台積電", "日月光投控"],
        includes=[(INV, "台積電", "和源光電", None), (INV, "日月光投控", "和源光電", None)],
    ),
    case(
        "tw-private-placement-cash-subscribe-shares",
        "和源光電辦理私募。鴻海以現金認購500萬股，國發基金則認購300萬股。",
        ["和源光電", "鴻海", "國發基金"],
        shares=[("500萬股", 5e6), ("300萬股", 3e6)],
        includes=[(INV, "鴻海", "和源光電", None), (INV, "國發基金", "和源光電", None)],
    ),
    case(
        "sg-placees-include",
        "三美健康将配售1.2亿股新股。承配人包括Seatown Holdings、大华资产管理以及国库控股。",
        ["三美健康", "Seatown Holdings", "大华资产管理", "国库控股"],
        includes=[
            (INV, "Seatown Holdings", "三美健康", None),
            (INV, "大华资产管理", "三美健康", None),
            (INV, "国库控股", "三美健康", None),
        ],
    ),
    # ------------------------------------------------------------ venture rounds
    case(
        "cn-round-lead-followers-old-holder",
        "云迹智能宣布完成3亿元C轮融资。本轮融资由红杉中国领投，高瓴创投、IDG资本跟投，老股东真格基金继续加码。",
        ["云迹智能", "红杉中国", "高瓴创投", "IDG资本", "真格基金"],
        [("3亿元", 3e8, None)],
        includes=[
            ("fundraising", "云迹智能", None, "3亿元"),
            (INV, "红杉中国", "云迹智能", None),
            (INV, "高瓴创投", "云迹智能", None),
            (INV, "IDG资本", "云迹智能", None),
            (INV, "真格基金", "云迹智能", None),
        ],
    ),
    case(
        "tw-round-joint-lead-followers",
        "晶焱光電完成B輪募資。本輪由國發基金與台杉投資聯合領投，中華開發資本、富邦創投跟投。",
        ["晶焱光電", "國發基金", "台杉投資", "中華開發資本", "富邦創投"],
        includes=[
            (INV, "國發基金", "晶焱光電", None),
            (INV, "台杉投資", "晶焱光電", None),
            (INV, "中華開發資本", "晶焱光電", None),
            (INV, "富邦創投", "晶焱光電", None),
        ],
    ),
    case(
        "cn-investors-include-after-round",
        "极智嘉完成2亿美元D轮融资，投资方包括经纬创投、启明创投和君联资本。",
        ["极智嘉", "经纬创投", "启明创投", "君联资本"],
        [("2亿美元", 2e8, None)],
        includes=[
            ("fundraising", "极智嘉", None, "2亿美元"),
            (INV, "经纬创投", "极智嘉", None),
            (INV, "启明创投", "极智嘉", None),
            (INV, "君联资本", "极智嘉", None),
        ],
    ),
    case(
        "cn-participants-have",
        "极智嘉完成新一轮融资，参投方有招商局创投、国投创合。",
        ["极智嘉", "招商局创投", "国投创合"],
        includes=[(INV, "招商局创投", "极智嘉", None), (INV, "国投创合", "极智嘉", None)],
    ),
    case(
        "cn-old-holders-keep-following",
        "深蓝航天完成B轮融资，由中金资本领投，老股东蓝驰创投、五源资本持续跟投。",
        ["深蓝航天", "中金资本", "蓝驰创投", "五源资本"],
        includes=[
            (INV, "中金资本", "深蓝航天", None),
            (INV, "蓝驰创投", "深蓝航天", None),
            (INV, "五源资本", "深蓝航天", None),
        ],
    ),
    case(
        "tw-round-investors-are",
        "Gogoro子公司完成新一輪募資，本輪投資方為軟銀願景基金及淡馬錫。",
        ["Gogoro", "軟銀願景基金", "淡馬錫"],
        includes=[(INV, "軟銀願景基金", "Gogoro", None), (INV, "淡馬錫", "Gogoro", None)],
    ),
    case(
        "hk-round-led-followed-traditional",
        "雲鯨智能完成5億港元融資，由高瓴領投，騰訊、美團龍珠跟投。",
        ["雲鯨智能", "高瓴", "騰訊", "美團龍珠"],
        [("5億港元", 5e8, None)],
        includes=[
            (INV, "高瓴", "雲鯨智能", None),
            (INV, "騰訊", "雲鯨智能", None),
            (INV, "美團龍珠", "雲鯨智能", None),
        ],
    ),
    # ------------------------------------------------------------ lists introduced otherwise
    case(
        "cn-listed-then-joined-the-placement",
        "芯联微今日在科创板上市。据发行公告，中芯聚源、国家集成电路产业投资基金二期股份有限公司及上海科创投资集团有限公司参与了本次战略配售。",
        [
            "芯联微",
            "科创板",
            "中芯聚源",
            "国家集成电路产业投资基金二期股份有限公司",
            "上海科创投资集团有限公司",
        ],
        includes=[
            (INV, "中芯聚源", "芯联微", None),
            (INV, "国家集成电路产业投资基金二期股份有限公司", "芯联微", None),
            (INV, "上海科创投资集团有限公司", "芯联微", None),
        ],
    ),
    case(
        "hk-cornerstones-include-they-agreed",
        "貝殼智能今日起招股。基石投資者包括淡馬錫、高毅資產及Oaktree，彼等已同意按發售價認購合共約8000萬美元的發售股份。",
        ["貝殼智能", "淡馬錫", "高毅資產", "Oaktree"],
        [("約8000萬美元", 8e7, None)],
        includes=[
            (INV, "淡馬錫", "貝殼智能", None),
            (INV, "高毅資產", "貝殼智能", None),
            (INV, "Oaktree", "貝殼智能", None),
        ],
    ),
    case(
        "hk-introduced-jointly-then-include",
        "蜜禾茶飲今日招股。公司引入五名基石投資者，合共認購約2億美元股份，包括高瓴、紅杉中國、M&G及博裕資本等。",
        ["蜜禾茶飲", "高瓴", "紅杉中國", "M&G", "博裕資本"],
        [("約2億美元", 2e8, None)],
        includes=[
            (INV, "高瓴", "蜜禾茶飲", None),
            (INV, "紅杉中國", "蜜禾茶飲", None),
            (INV, "M&G", "蜜禾茶飲", None),
            (INV, "博裕資本", "蜜禾茶飲", None),
        ],
    ),
    case(
        "cn-introduced-jointly-then-include",
        "蜜禾茶饮今日招股。公司引入四名基石投资者，合共认购约1.5亿美元股份，当中包括淡马锡、贝莱德及富达国际。",
        ["蜜禾茶饮", "淡马锡", "贝莱德", "富达国际"],
        [("约1.5亿美元", 1.5e8, None)],
        includes=[
            (INV, "淡马锡", "蜜禾茶饮", None),
            (INV, "贝莱德", "蜜禾茶饮", None),
            (INV, "富达国际", "蜜禾茶饮", None),
        ],
    ),
    case(
        "cn-counted-allottees-then-include",
        "长电科技完成定增。最终获配的投资者共9家，包括诺德基金、财通基金、中欧基金等。",
        ["长电科技", "诺德基金", "财通基金", "中欧基金"],
        includes=[
            (INV, "诺德基金", "长电科技", None),
            (INV, "财通基金", "长电科技", None),
            (INV, "中欧基金", "长电科技", None),
        ],
    ),
    case(
        "hk-counted-placees-are",
        "長電科技宣布配售新股。承配人合共三名，分別為友邦保險、景順投資及富達國際。",
        ["長電科技", "友邦保險", "景順投資", "富達國際"],
        includes=[
            (INV, "友邦保險", "長電科技", None),
            (INV, "景順投資", "長電科技", None),
            (INV, "富達國際", "長電科技", None),
        ],
    ),
    case(
        "cn-introduced-including-within",
        "宁德时代在港上市，引入包括中东主权基金科威特投资局、高瓴资本和瑞银资管在内的23名基石投资者。",
        ["宁德时代", "科威特投资局", "高瓴资本", "瑞银资管"],
        includes=[
            (INV, "科威特投资局", "宁德时代", None),
            (INV, "高瓴资本", "宁德时代", None),
            (INV, "瑞银资管", "宁德时代", None),
        ],
    ),
    case(
        "tw-introduced-including-within",
        "寧德時代在港上市，引進包括科威特投資局、高瓴資本及瑞銀資管在內的多名基石投資者。",
        ["寧德時代", "科威特投資局", "高瓴資本", "瑞銀資管"],
        includes=[
            (INV, "科威特投資局", "寧德時代", None),
            (INV, "高瓴資本", "寧德時代", None),
            (INV, "瑞銀資管", "寧德時代", None),
        ],
    ),
    case(
        "cn-placement-subscribed-by-including-within",
        "长电科技本次定增获得了包括摩根士丹利、瑞银集团、华夏基金在内的12家机构的认购。",
        ["长电科技", "摩根士丹利", "瑞银集团", "华夏基金"],
        includes=[
            (INV, "摩根士丹利", "长电科技", None),
            (INV, "瑞银集团", "长电科技", None),
            (INV, "华夏基金", "长电科技", None),
        ],
    ),
    case(
        "sg-placement-to-described-investor",
        "新加坡上市公司百腾科技将向战略投资者淡马锡配售8000万股新股。",
        ["百腾科技", "淡马锡"],
        exactly=[(INV, "淡马锡", "百腾科技", None)],
    ),
    case(
        "tw-placement-to-controlling-holder",
        "百騰科技擬向控股股東鴻海非公開發行股票，募資不超過20億元。",
        ["百騰科技", "鴻海"],
        [("不超過20億元", 2e9, None)],
        includes=[("fundraising", "百騰科技", None, "不超過20億元"), (INV, "鴻海", "百騰科技", None)],
    ),
    case(
        "tw-private-placement-joined-per-share",
        "宏碁辦理私募普通股。緯創以每股45元參與私募，認購2萬張，金額9億元。",
        ["宏碁", "緯創"],
        [("每股45元", 45, "share"), ("9億元", 9e8, None)],
        includes=[(INV, "緯創", "宏碁", "9億元")],
    ),
    case(
        "tw-subscription-agreement-then-subscribes",
        "藍海生技與富邦人壽簽訂股份認購協議，由富邦人壽以新台幣12億元認購私募普通股3000萬股。",
        ["藍海生技", "富邦人壽"],
        [("新台幣12億元", 1.2e9, None)],
        includes=[(INV, "富邦人壽", "藍海生技", "新台幣12億元")],
    ),
    case(
        "cn-round-joint-lead-then-participate",
        "星河动力完成C轮融资。本轮融资由中金资本与国投创合共同领投，深创投、元禾原点、联想创投参投。",
        ["星河动力", "中金资本", "国投创合", "深创投", "元禾原点", "联想创投"],
        includes=[
            (INV, "中金资本", "星河动力", None),
            (INV, "国投创合", "星河动力", None),
            (INV, "深创投", "星河动力", None),
            (INV, "元禾原点", "星河动力", None),
            (INV, "联想创投", "星河动力", None),
        ],
    ),
    case(
        "cn-round-investors-are-old-holder-adds",
        "星河动力完成C轮融资。此次融资的投资方为中金资本、国投创合及深创投，老股东高瓴持续加注。",
        ["星河动力", "中金资本", "国投创合", "深创投", "高瓴"],
        includes=[
            (INV, "中金资本", "星河动力", None),
            (INV, "国投创合", "星河动力", None),
            (INV, "深创投", "星河动力", None),
            (INV, "高瓴", "星河动力", None),
        ],
    ),
    case(
        "hk-one-figure-each-after-another",
        "貝殼智能今日起招股。其中，阿里巴巴認購2000萬美元，博裕資本及景林資產各認購1500萬美元。",
        ["貝殼智能", "阿里巴巴", "博裕資本", "景林資產"],
        [("2000萬美元", 2e7, None), ("1500萬美元", 1.5e7, None)],
        includes=[
            (INV, "阿里巴巴", "貝殼智能", "2000萬美元"),
            (INV, "博裕資本", "貝殼智能", "1500萬美元"),
            (INV, "景林資產", "貝殼智能", "1500萬美元"),
        ],
    ),
    # ------------------------------------------------------------ joiners, allottees after 予, houses
    case(
        "tw-round-lead-then-list-jointly-joins",
        "星河動力宣布完成新台幣5億元A輪募資，由國發基金領投，中華開發資本、台杉投資及富邦創投共同參與。",
        ["星河動力", "國發基金", "中華開發資本", "台杉投資", "富邦創投"],
        [("新台幣5億元", 5e8, None)],
        includes=[
            (INV, "國發基金", "星河動力", None),
            (INV, "中華開發資本", "星河動力", None),
            (INV, "台杉投資", "星河動力", None),
            (INV, "富邦創投", "星河動力", None),
        ],
    ),
    case(
        "cn-round-lead-then-list-also-joins",
        "云鲸智能完成3亿元C轮融资，由高瓴创投领投，美团龙珠、顺为资本等也参与了本轮融资。",
        ["云鲸智能", "高瓴创投", "美团龙珠", "顺为资本"],
        [("3亿元", 3e8, None)],
        includes=[
            (INV, "高瓴创投", "云鲸智能", None),
            (INV, "美团龙珠", "云鲸智能", None),
            (INV, "顺为资本", "云鲸智能", None),
        ],
    ),
    case(
        "my-placed-to-listed-investors",
        "百腾科技宣布私下配售1亿股新股予马来西亚国库控股及国民投资机构。",
        ["百腾科技", "马来西亚国库控股", "国民投资机构"],
        includes=[(INV, "马来西亚国库控股", "百腾科技", None), (INV, "国民投资机构", "百腾科技", None)],
    ),
    case(
        "hk-allotted-to-listed-investors",
        "百騰科技宣布配發新股給友邦保險及景順投資，集資約3億港元。",
        ["百騰科技", "友邦保險", "景順投資"],
        [("約3億港元", 3e8, None)],
        includes=[(INV, "友邦保險", "百騰科技", None), (INV, "景順投資", "百騰科技", None)],
    ),
    case(
        "tw-placement-to-a-houses-fund",
        "百騰科技將向淡馬錫旗下的Seatown配售新股，集資約1億新元。",
        ["百騰科技", "淡馬錫", "Seatown"],
        [("約1億新元", 1e8, None)],
        exactly=[("fundraising", "百騰科技", None, "約1億新元"), (INV, "淡馬錫", "百騰科技", None)],
    ),
    case(
        "cn-placement-to-a-houses-fund",
        "百腾科技将向淡马锡旗下的Seatown配售新股，集资约1亿新元。",
        ["百腾科技", "淡马锡", "Seatown"],
        [("约1亿新元", 1e8, None)],
        exactly=[("fundraising", "百腾科技", None, "约1亿新元"), (INV, "淡马锡", "百腾科技", None)],
    ),
    case(
        "cn-controlling-holder-subscribes-this-placement",
        "华能水电发布公告，公司控股股东中国华能集团有限公司拟以现金全额认购本次定增股票，认购金额不超过50亿元。",
        ["华能水电", "中国华能集团有限公司"],
        [("不超过50亿元", 5e9, None)],
        includes=[(INV, "中国华能集团有限公司", "华能水电", "不超过50亿元")],
    ),
    case(
        "tw-fund-under-its-house-then-allotted",
        "科達新能完成定增。本次發行對象包括國家電投集團旗下的國調基金及易方達基金。其中，國調基金獲配5億元。",
        ["科達新能", "國家電投集團", "國調基金", "易方達基金"],
        [("5億元", 5e8, None)],
        exactly=[
            (INV, "國家電投集團", "科達新能", "5億元"),
            (INV, "易方達基金", "科達新能", None),
        ],
    ),
    case(
        "cn-fund-under-its-house-then-subscribes",
        "澳康医疗今日起招股。基石投资者包括高瓴资本旗下HHLR Advisors及泰康人寿。"
        "其中，HHLR Advisors认购2000万美元。",
        ["澳康医疗", "高瓴资本", "HHLR Advisors", "泰康人寿"],
        [("2000万美元", 2e7, None)],
        includes=[(INV, "高瓴资本", "澳康医疗", "2000万美元"), (INV, "泰康人寿", "澳康医疗", None)],
    ),
    case(
        "cn-asset-manager-names-each-subscribe",
        "贝壳智能今日起招股。景林资产及高瓴各认购1500万美元。",
        ["贝壳智能", "景林资产", "高瓴"],
        [("1500万美元", 1.5e7, None)],
        includes=[(INV, "景林资产", "贝壳智能", "1500万美元"), (INV, "高瓴", "贝壳智能", "1500万美元")],
    ),
    case(
        "cn-asset-size-of-investor-is-no-figure",
        "贝壳智能今日起招股。基石投资者包括淡马锡，淡马锡的资产规模约3000亿美元。",
        ["贝壳智能", "淡马锡"],
        [("约3000亿美元", 3e11, None)],
        exactly=[(INV, "淡马锡", "贝壳智能", None)],
    ),
    case(
        "tw-announcer-holder-subscribes-this-placement",
        "聯華新能公告，控股股東台塑集團擬以現金認購本次私募股份，認購金額不超過新台幣30億元。",
        ["聯華新能", "台塑集團"],
        [("不超過新台幣30億元", 3e9, None)],
        includes=[(INV, "台塑集團", "聯華新能", "不超過新台幣30億元")],
    ),
]


@pytest.mark.parametrize("c", OFFERING_INVESTORS)
def test_offering_investors(c: Case) -> None:
    c.check()


@dataclass(frozen=True)
class NotInvestor:
    text: str
    orgs: tuple[str, ...]
    #: names that must be no investment's agent
    not_agents: tuple[str, ...]


def not_investor(id: str, text: str, orgs: list[str], not_agents: list[str]) -> object:
    return pytest.param(NotInvestor(text, tuple(orgs), tuple(not_agents)), id=id)


NOT_INVESTORS = [
    not_investor(
        "cn-sponsor-and-underwriter-no-investor",
        "科瑞芯片本次发行的保荐人（主承销商）为中信证券股份有限公司，联席主承销商为华泰联合证券。",
        ["科瑞芯片", "中信证券股份有限公司", "华泰联合证券"],
        ["中信证券股份有限公司", "华泰联合证券"],
    ),
    not_investor(
        "hk-sponsors-and-coordinators-no-investor",
        "藍思機器人招股，中金公司及摩根士丹利為聯席保薦人，華泰國際為聯席全球協調人。",
        ["藍思機器人", "中金公司", "摩根士丹利", "華泰國際"],
        ["中金公司", "摩根士丹利", "華泰國際"],
    ),
    not_investor(
        "hk-unnamed-placees-no-investor",
        "佳禾生物配售代理將向不少於六名承配人配售最多5200萬股新股，承配人均為獨立第三方。",
        ["佳禾生物"],
        ["佳禾生物"],
    ),
    not_investor(
        "cn-existing-holders-listed-as-holders",
        "云迹智能现有股东包括红杉中国、高瓴和腾讯，分别持股12%、8%和5%。",
        ["云迹智能", "红杉中国", "高瓴", "腾讯"],
        ["红杉中国", "高瓴", "腾讯"],
    ),
    not_investor(
        "cn-analyst-of-broker-no-investor",
        "华能水电完成定增后，中金公司分析师认为公司估值具有吸引力。",
        ["华能水电", "中金公司"],
        ["中金公司"],
    ),
    not_investor(
        "my-underwriter-placement-agent-no-investor",
        "马银行投资银行是这次首次公开售股的主要顾问、包销商及配售代理。",
        ["马银行投资银行"],
        ["马银行投资银行"],
    ),
    not_investor(
        "tw-sole-financial-adviser-no-investor",
        "晶焱光電完成B輪募資，華興資本擔任本輪獨家財務顧問。",
        ["晶焱光電", "華興資本"],
        ["華興資本"],
    ),
    not_investor(
        "cn-bookrunners-include-no-investor",
        "貝殼智能今日起招股，联席全球协调人、联席账簿管理人及联席牵头经办人包括高盛、摩根大通及中金公司。",
        ["貝殼智能", "高盛", "摩根大通", "中金公司"],
        ["高盛", "摩根大通", "中金公司"],
    ),
    not_investor(
        "tw-unnamed-placees-described",
        "長電科技宣布配售新股。承配人將為不少於六名獨立專業、機構或其他投資者。",
        ["長電科技"],
        ["長電科技"],
    ),
    not_investor(
        "cn-top-holders-include-no-investor",
        "长电科技的前十大股东包括国家集成电路产业投资基金、芯电半导体和中国建设银行。",
        ["长电科技", "国家集成电路产业投资基金", "芯电半导体", "中国建设银行"],
        ["国家集成电路产业投资基金", "芯电半导体", "中国建设银行"],
    ),
    not_investor(
        "hk-unnamed-cornerstones-agreed",
        "貝殼智能今日起招股。公司已與五名基石投資者訂立基石投資協議，據此，基石投資者已同意認購總額約1.2億美元的發售股份。",
        ["貝殼智能"],
        ["貝殼智能"],
    ),
    not_investor(
        "cn-consideration-shares-no-placee",
        "中国建材拟向中建材集团发行股份购买其持有的中材国际100%股权。",
        ["中国建材", "中建材集团", "中材国际"],
        ["中建材集团"],
    ),
    not_investor(
        "cn-bond-issue-underwriter-no-issuer",
        "中金公司助力国家开发银行成功发行首批科技创新债券。引入多家基石投资者参与认购，其中包括兴业银行。",
        ["中金公司", "国家开发银行", "兴业银行"],
        ["中金公司"],
    ),
    not_investor(
        "cn-sponsor-itself-no-investor",
        "星宇半导体上市。中信建投证券作为本次发行的保荐人，负责股票的包销。",
        ["星宇半导体", "中信建投证券"],
        ["中信建投证券"],
    ),
    not_investor(
        "tw-sponsor-itself-no-investor",
        "澳康醫療招股。高盛擔任獨家保薦人，摩根大通為整體協調人。",
        ["澳康醫療", "高盛", "摩根大通"],
        ["高盛", "摩根大通"],
    ),
    not_investor(
        "tw-joined-a-forum-no-round",
        "本屆論壇由經濟部主辦，國發基金、台杉投資共同參與。",
        ["經濟部", "國發基金", "台杉投資"],
        ["國發基金", "台杉投資"],
    ),
    not_investor(
        "cn-underwriters-joined-the-offering-work",
        "芯原微电子今日上市，中金公司、华泰联合证券参与了本次发行的承销工作。",
        ["芯原微电子", "中金公司", "华泰联合证券"],
        ["中金公司", "华泰联合证券"],
    ),
]


@pytest.mark.parametrize("c", NOT_INVESTORS)
def test_not_investors(c: NotInvestor) -> None:
    agents = {d.agent.text for d in run(c.text, c.orgs) if d.type == INV and d.agent is not None}
    assert not agents & set(c.not_agents)
