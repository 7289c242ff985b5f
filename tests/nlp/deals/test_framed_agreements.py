"""An agreement that frames an investment governs it: the signing parties' investment in a later
clause (签署投资协议，X将向Y投资N) or the figure of the agreement noun (签订总投资N的合资协议) is the
agreement's figure, not an investment besides it. A sale or subscription contract is not a framework,
and an investment by someone outside the pair, or one stated before the signing, stays a deal of its
own. Sentences written for these tests, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

FRAMED = [
    case(
        "cn-investment-agreement-frames-the-investment",
        "腾讯与蔚来签署投资协议，腾讯将向蔚来投资10亿元。",
        ["腾讯", "蔚来"],
        [("10亿元", 1e9, None)],
        exactly=[("agreement", "腾讯", "蔚来", "10亿元")],
    ),
    case(
        "tw-investment-agreement-frames-the-investment",
        "騰訊與蔚來簽署投資協議，將向蔚來投資10億元。",
        ["騰訊", "蔚來"],
        [("10億元", 1e9, None)],
        exactly=[("agreement", "騰訊", "蔚來", "10億元")],
    ),
    case(
        "tw-letter-of-intent-frames-the-investment",
        "中國信託與台新金簽署投資意向書，擬投資台新金50億元。",
        ["中國信託", "台新金"],
        [("50億元", 5e9, None)],
        exactly=[("agreement", "中國信託", "台新金", "50億元")],
    ),
    case(
        "cn-memorandum-frames-the-investment",
        "中国中车与马来西亚铁路公司签署合作备忘录，中国中车将投资3亿令吉。",
        ["中国中车", "马来西亚铁路公司"],
        [("3亿令吉", 3e8, None)],
        exactly=[("agreement", "中国中车", "马来西亚铁路公司", "3亿令吉")],
    ),
    case(
        "cn-figure-of-the-agreement-noun",
        "吉利与雷诺签订了总投资20亿欧元的合资协议。",
        ["吉利", "雷诺"],
        [("20亿欧元", 2e9, None)],
        exactly=[("agreement", "吉利", "雷诺", "20亿欧元")],
    ),
    case(
        "tw-figure-of-the-agreement-noun",
        "吉利與雷諾簽訂了總投資20億歐元的合資協議。",
        ["吉利", "雷諾"],
        [("20億歐元", 2e9, None)],
        exactly=[("agreement", "吉利", "雷諾", "20億歐元")],
    ),
    case(
        "tw-the-stake-the-framed-investment-buys",
        "馬化控與淡馬錫控股簽署合作協議，淡馬錫控股將向馬化控投資3億令吉，取得10%股權。",
        ["馬化控", "淡馬錫控股"],
        [("3億令吉", 3e8, None)],
        exactly=[("agreement", "馬化控", "淡馬錫控股", "3億令吉")],
    ),
    case(
        "cn-the-stake-the-framed-investment-buys",
        "马化控与淡马锡控股签署合作协议，淡马锡控股将向马化控投资3亿令吉，取得10%股权。",
        ["马化控", "淡马锡控股"],
        [("3亿令吉", 3e8, None)],
        exactly=[("agreement", "马化控", "淡马锡控股", "3亿令吉")],
    ),
    case(
        "tw-the-joint-spend-develops-a-property",
        "新地與港鐵公司簽署合作框架協議，雙方將共同投資約120億元發展大圍站上蓋物業。",
        ["新地", "港鐵公司", "大圍站上蓋物業"],
        [("約120億元", 1.2e10, None)],
        exactly=[("agreement", "新地", "港鐵公司", "約120億元")],
    ),
    case(
        "cn-the-joint-spend-develops-a-property",
        "新地与港铁公司签署合作框架协议，双方将共同投资约120亿元开发大围站上盖物业。",
        ["新地", "港铁公司", "大围站上盖物业"],
        [("约120亿元", 1.2e10, None)],
        exactly=[("agreement", "新地", "港铁公司", "约120亿元")],
    ),
    # ---------------------------------------------------------------- the next sentence: 根据协议/备忘录，…
    case(
        "cn-per-the-memorandum-the-spend-is-the-agreements",
        "丰隆集团与沙巴州政府签署谅解备忘录。根据备忘录，丰隆集团将投资10亿令吉。",
        ["丰隆集团", "沙巴州政府"],
        [("10亿令吉", 1e9, None)],
        exactly=[("agreement", "丰隆集团", "沙巴州政府", "10亿令吉")],
    ),
    case(
        "tw-per-the-agreement-the-investment-is-the-agreements",
        "豐隆集團與沙巴州政府簽署諒解備忘錄。根據協議，豐隆集團將向沙巴州政府投資10億令吉。",
        ["豐隆集團", "沙巴州政府"],
        [("10億令吉", 1e9, None)],
        exactly=[("agreement", "豐隆集團", "沙巴州政府", "10億令吉")],
    ),
    case(
        "cn-per-the-agreement-both-parties-invest",
        "华润置地与中国平安签署战略合作协议。根据协议，双方将共同投资200亿元开发城市更新项目。",
        ["华润置地", "中国平安"],
        [("200亿元", 2e10, None)],
        exactly=[("agreement", "华润置地", "中国平安", "200亿元")],
    ),
    case(
        "tw-per-the-memorandum-both-parties-invest",
        "台泥與力麒建設簽署合作備忘錄。根據備忘錄，雙方將共同投資新台幣60億元興建儲能案場。",
        ["台泥", "力麒建設"],
        [("新台幣60億元", 6e9, None)],
        exactly=[("agreement", "台泥", "力麒建設", "新台幣60億元")],
    ),
    case(
        "cn-both-parties-without-an-agreement-sign-nothing",
        "华润置地与中国平安宣布合作。双方将共同投资200亿元开发城市更新项目。",
        ["华润置地", "中国平安"],
        [("200亿元", 2e10, None)],
        exactly=[("capex", "华润置地", None, "200亿元")],
    ),
    # ---------------------------------------------------------------- a place signs with unnamed companies
    # (moved from test_capex_plans, where they said "no deal": the place spends nothing, but the
    # signing is an agreement with the place as counterparty and the unnamed partners null)
    case(
        "cn-attracted-investment-is-no-spend",
        "柔佛州政府与日本企业签署5项谅解备忘录,预料能引入8亿令吉投资额。",
        ["柔佛州政府"],
        [("8亿令吉", 8e8, None)],
        exactly=[("agreement", None, "柔佛州政府", "8亿令吉")],
    ),
    case(
        "tw-attracted-investment-is-no-spend",
        "高雄市政府與日本企業簽署5項合作備忘錄,預料能引進80億元投資額。",
        ["高雄市政府"],
        [("80億元", 8e9, None)],
        exactly=[("agreement", None, "高雄市政府", "80億元")],
    ),
    case(
        "cn-a-province-signs-with-an-unnamed-carmaker",
        "吉林省政府与一家德国车企签署投资协议，投资额30亿元。",
        ["吉林省政府"],
        [("30亿元", 3e9, None)],
        exactly=[("agreement", None, "吉林省政府", "30亿元")],
    ),
    case(
        "tw-a-named-partner-is-the-agent",
        "高雄市政府與台積電簽署合作備忘錄，涉及投資額80億元。",
        ["高雄市政府", "台積電"],
        [("80億元", 8e9, None)],
        exactly=[("agreement", "台積電", "高雄市政府", "80億元")],
    ),
    # ---------------------------------------------------------------- negative rows
    case(
        "cn-an-investment-before-the-signing-stays",
        "腾讯投资10亿元入股蔚来，并与京东签署合作协议。",
        ["腾讯", "蔚来", "京东"],
        [("10亿元", 1e9, None)],
        includes=[("investment", "腾讯", "蔚来", "10亿元")],
    ),
    case(
        "cn-per-the-agreement-an-outsider-invests-on-its-own",
        "丰隆集团与沙巴州政府签署谅解备忘录。根据协议，马来亚银行将向丰隆集团投资10亿令吉。",
        ["丰隆集团", "沙巴州政府", "马来亚银行"],
        [("10亿令吉", 1e9, None)],
        includes=[("investment", "马来亚银行", "丰隆集团", "10亿令吉")],
    ),
    case(
        "tw-an-investor-outside-the-pair-stays",
        "遠傳與台灣大簽署合作協議，富邦金控將向遠傳投資20億元。",
        ["遠傳", "台灣大", "富邦金控"],
        [("20億元", 2e9, None)],
        includes=[("investment", "富邦金控", "遠傳", "20億元")],
    ),
]


@pytest.mark.parametrize("c", FRAMED)
def test_framed_agreements(c: Case) -> None:
    c.check()
