"""A round's financiers listed inside the round's noun phrase (获得由A、B和C共同参与的A3轮融资,
获得A和B的联合投资), listed as 参与方, or listed before the lead (投资人包括A、B等，由C领投): the
company raises the round and each named financier invests in it (devset2 convention; amounts only
where tied to one investor). Sentences written for these tests, both scripts, with counter rows."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case, no_deal

ROUND_LISTS = [
    case(
        "cn-joined-list-inside-round",
        "智元机器人近日完成由比亚迪、上汽集团和北汽产投共同参与的5亿元A3轮融资。",
        ["智元机器人", "比亚迪", "上汽集团", "北汽产投"],
        [("5亿元", 5e8, None)],
        exactly=[
            ("fundraising", "智元机器人", None, "5亿元"),
            ("investment", "比亚迪", "智元机器人", None),
            ("investment", "上汽集团", "智元机器人", None),
            ("investment", "北汽产投", "智元机器人", None),
        ],
    ),
    case(
        "tw-joined-list-inside-round",
        "晶焱光電日前完成由國發基金、台杉投資及中華開發資本共同參與的新台幣8億元B輪募資。",
        ["晶焱光電", "國發基金", "台杉投資", "中華開發資本"],
        [("新台幣8億元", 8e8, None)],
        exactly=[
            ("fundraising", "晶焱光電", None, "新台幣8億元"),
            ("investment", "國發基金", "晶焱光電", None),
            ("investment", "台杉投資", "晶焱光電", None),
            ("investment", "中華開發資本", "晶焱光電", None),
        ],
    ),
    case(
        "cn-received-joint-investment",
        "恒析科技获得北极光创投、红杉中国和经纬中国的联合投资，金额达2亿元。",
        ["恒析科技", "北极光创投", "红杉中国", "经纬中国"],
        [("2亿元", 2e8, None)],
        exactly=[
            ("fundraising", "恒析科技", None, "2亿元"),
            ("investment", "北极光创投", "恒析科技", None),
            ("investment", "红杉中国", "恒析科技", None),
            ("investment", "经纬中国", "恒析科技", None),
        ],
    ),
    case(
        "tw-received-investment-of-two",
        "智耀科技獲得國發基金與中華開發資本的投資，金額約新台幣5億元。",
        ["智耀科技", "國發基金", "中華開發資本"],
        [("約新台幣5億元", 5e8, None)],
        exactly=[
            ("fundraising", "智耀科技", None, "約新台幣5億元"),
            ("investment", "國發基金", "智耀科技", None),
            ("investment", "中華開發資本", "智耀科技", None),
        ],
    ),
    case(
        "cn-participants-listed",
        "蓝晶生物完成新一轮融资。本轮融资的参与方有高榕资本、君联资本及国投创合。",
        ["蓝晶生物", "高榕资本", "君联资本", "国投创合"],
        exactly=[
            ("investment", "高榕资本", "蓝晶生物", None),
            ("investment", "君联资本", "蓝晶生物", None),
            ("investment", "国投创合", "蓝晶生物", None),
        ],
    ),
    case(
        "tw-participants-listed-with-round",
        "明德生技完成新台幣3億元A輪募資，參與方有華威創投、國發基金和台杉投資。",
        ["明德生技", "華威創投", "國發基金", "台杉投資"],
        [("新台幣3億元", 3e8, None)],
        exactly=[
            ("fundraising", "明德生技", None, "新台幣3億元"),
            ("investment", "華威創投", "明德生技", None),
            ("investment", "國發基金", "明德生技", None),
            ("investment", "台杉投資", "明德生技", None),
        ],
    ),
    case(
        "cn-lead-after-investor-list",
        "海辰储能完成超过20亿元的C轮融资，投资人包括中信建投资本、国调基金等，由中金资本领投。",
        ["海辰储能", "中信建投资本", "国调基金", "中金资本"],
        [("超过20亿元", 2e9, None)],
        exactly=[
            ("fundraising", "海辰储能", None, "超过20亿元"),
            ("investment", "中金资本", "海辰储能", None),
            ("investment", "中信建投资本", "海辰储能", None),
            ("investment", "国调基金", "海辰储能", None),
        ],
    ),
    case(
        "tw-lead-after-investor-list",
        "海辰儲能完成超過20億元的C輪融資，投資人包括中信建投資本、國調基金等，由中金資本領投。",
        ["海辰儲能", "中信建投資本", "國調基金", "中金資本"],
        [("超過20億元", 2e9, None)],
        exactly=[
            ("fundraising", "海辰儲能", None, "超過20億元"),
            ("investment", "中金資本", "海辰儲能", None),
            ("investment", "中信建投資本", "海辰儲能", None),
            ("investment", "國調基金", "海辰儲能", None),
        ],
    ),
    # 淡马锡旗下祥峰投资领投…: the house invests through its fund (one investment, the house's); the
    # fund is no raiser, and a follower joins the company's round
    case(
        "cn-house-leads-through-its-fund",
        "淡马锡旗下祥峰投资领投了云鲸智能3亿元C轮融资。",
        ["淡马锡", "祥峰投资", "云鲸智能"],
        [("3亿元", 3e8, None)],
        exactly=[("investment", "淡马锡", "云鲸智能", None), ("fundraising", "云鲸智能", None, "3亿元")],
    ),
    case(
        "tw-house-leads-through-its-fund-with-follower",
        "淡馬錫旗下祥峰投資領投雲鯨智能3億元C輪融資，紅杉中國跟投。",
        ["淡馬錫", "祥峰投資", "雲鯨智能", "紅杉中國"],
        [("3億元", 3e8, None)],
        exactly=[
            ("investment", "淡馬錫", "雲鯨智能", None),
            ("fundraising", "雲鯨智能", None, "3億元"),
            ("investment", "紅杉中國", "雲鯨智能", None),
        ],
    ),
    # counter row: a group's subsidiary raising money itself stays the raiser
    case(
        "cn-subsidiary-raises-itself",
        "腾讯旗下腾讯音乐完成5亿美元融资。",
        ["腾讯", "腾讯音乐"],
        [("5亿美元", 5e8, None)],
        exactly=[("fundraising", "腾讯音乐", None, "5亿美元")],
    ),
    # counter rows: a list inside a noun phrase that is no round, a received approval
    no_deal(
        "cn-received-recognition-is-no-investment",
        "恒析科技的产品获得北极光创投和经纬中国的认可。",
        ["恒析科技", "北极光创投", "经纬中国"],
    ),
    no_deal(
        "tw-joined-seminar-is-no-round",
        "這場論壇由國發基金、台杉投資共同參與的籌備小組主辦。",
        ["國發基金", "台杉投資"],
    ),
]


@pytest.mark.parametrize("c", ROUND_LISTS)
def test_round_lists(c: Case) -> None:
    c.check()
