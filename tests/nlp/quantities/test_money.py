"""Money in any Chinese text (issue 9): golden tables, one per behaviour, each sentence run in both
scripts. Sentences written for these tests; the expected values follow docs/gold-format.md and the
devset2 conventions (a bare 元 is the currency of the market the article is written from)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import opencc
import pytest

from pipeline.model.records import Amount
from pipeline.nlp.quantities.grammar import Quantities, find_quantities

_S2T, _T2S = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
D = Decimal


def scripts(*cases: Any) -> list[Any]:
    """Each case (id, text, *expected) in Traditional and in Simplified script (the expected
    spans converted with the text)."""
    out = []
    for case_id, text, *rest in cases:
        for name, conv in (("trad", _S2T), ("simp", _T2S)):
            expected = [_convert(conv, x) for x in rest]
            out.append(pytest.param(conv.convert(text), *expected, id=f"{case_id}-{name}"))
    return out


def _convert(conv: opencc.OpenCC, x: Any) -> Any:
    if isinstance(x, str):
        return conv.convert(x)
    if isinstance(x, list):
        return [_convert(conv, y) for y in x]
    if isinstance(x, tuple):
        return tuple(_convert(conv, y) for y in x)
    return x


def amount(text: str, region: str | None = None) -> Amount:
    found = find_quantities(text, region=region).amounts
    assert len(found) == 1, [(a.text, a.value, a.currency) for a in found]
    return found[0]


def amounts(text: str, region: str | None = None) -> list[tuple[str, Any, str | None]]:
    return [(a.text, a.value, a.currency) for a in find_quantities(text, region=region).amounts]


# ---- every currency --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    scripts(
        ("usd", "公司投資20億美元。", 20 * 10**8, "USD"),
        ("usd-meijin", "公司投資20億美金。", 20 * 10**8, "USD"),
        ("twd", "公司增資新台幣30億元。", 30 * 10**8, "TWD"),
        ("twd-after", "公司籌資155.9億元台幣。", D("155.9") * 10**8, "TWD"),
        ("hkd", "公司集資50億港元。", 50 * 10**8, "HKD"),
        ("cny-renbi", "公司將投資約100億元人幣。", 100 * 10**8, "CNY"),
        ("cny-offshore", "公司發行50億離岸人民幣債券。", 50 * 10**8, "CNY"),
        ("mop", "公司投資3億澳門元。", 3 * 10**8, "MOP"),
        ("mop-pataca", "公司投資3億葡幣。", 3 * 10**8, "MOP"),
        ("sgd", "公司收購價為5億新元。", 5 * 10**8, "SGD"),
        ("myr", "公司總值4億令吉。", 4 * 10**8, "MYR"),
        ("myr-mainland", "公司总值4亿林吉特。", 4 * 10**8, "MYR"),
        ("eur", "公司投資10億歐元。", 10 * 10**8, "EUR"),
        ("eur-hk", "公司投資10億歐羅。", 10 * 10**8, "EUR"),
        ("eur-short", "球會以3000萬歐簽下前鋒。", 3000 * 10**4, "EUR"),
        ("gbp", "公司投資3.05億英鎊。", D("3.05") * 10**8, "GBP"),
        ("jpy", "公司投資950億日圓。", 950 * 10**8, "JPY"),
        ("krw", "公司出售4.2兆韓元資產。", D("4.2") * 10**12, "KRW"),
        ("thb", "公司投資80億泰銖。", 80 * 10**8, "THB"),
        ("aud", "公司投資20億澳幣。", 20 * 10**8, "AUD"),
        ("chf", "公司投資5億瑞郎。", 5 * 10**8, "CHF"),
        ("chf-long", "公司投資5億瑞士法郎。", 5 * 10**8, "CHF"),
        ("idr", "公司投資5兆印尼盾。", 5 * 10**12, "IDR"),
        ("vnd", "公司投資20兆越南盾。", 20 * 10**12, "VND"),
        ("ngn", "公司投資500億奈拉。", 500 * 10**8, "NGN"),
        ("rub", "公司投資800億盧布。", 800 * 10**8, "RUB"),
        ("try", "公司投資100億土耳其里拉。", 100 * 10**8, "TRY"),
        ("inr", "公司投資2000億印度盧比。", 2000 * 10**8, "INR"),
        ("zar", "公司投資30億南非蘭特。", 30 * 10**8, "ZAR"),
        ("brl", "公司投資10億巴西雷亞爾。", 10 * 10**8, "BRL"),
        ("sar", "公司投資50億沙特里亞爾。", 50 * 10**8, "SAR"),
        ("aed", "公司投資30億迪拉姆。", 30 * 10**8, "AED"),
        ("nzd", "公司投資2億紐元。", 2 * 10**8, "NZD"),
        ("cad", "公司投資8億加元。", 8 * 10**8, "CAD"),
        ("dkk", "公司投資200億丹麥克朗。", 200 * 10**8, "DKK"),
        ("sek", "公司投資60億瑞典克朗。", 60 * 10**8, "SEK"),
    ),
)
def test_currency_names(text: str, value: Any, currency: str) -> None:
    a = amount(text)
    assert (a.value, a.currency, a.currency_inferred) == (value, currency, False)


@pytest.mark.parametrize(
    ("text", "span", "value", "currency"),
    scripts(
        ("us-dollar", "公司投資US$20億。", "US$20億", 20 * 10**8, "USD"),
        ("nt-dollar", "每股NT$580元。", "NT$580元", 580, "TWD"),
        ("hk-dollar", "公司集資HK$3.5億。", "HK$3.5億", D("3.5") * 10**8, "HKD"),
        ("s-dollar", "公司斥資S$1.2億。", "S$1.2億", D("1.2") * 10**8, "SGD"),
        ("ringgit", "公司斥資RM1.5億。", "RM1.5億", D("1.5") * 10**8, "MYR"),
        ("euro-sign", "公司投資€5億。", "€5億", 5 * 10**8, "EUR"),
        ("pound-sign", "公司投資£3億。", "£3億", 3 * 10**8, "GBP"),
        ("won-sign", "公司投資₩5000億。", "₩5000億", 5000 * 10**8, "KRW"),
        ("code-before", "公司投資USD 300 million。", "USD 300 million", 300 * 10**6, "USD"),
        ("ringgit-bil", "公司獲得RM1.2bil合約。", "RM1.2bil", 12 * 10**8, "MYR"),
        ("ringgit-mil", "公司獲得RM500mil合約。", "RM500mil", 5 * 10**8, "MYR"),
        ("code-after", "公司投資1,000 USD。", "1,000 USD", 1000, "USD"),
        ("spaced-sign", "公司投資US $1.5 billion。", "US $1.5 billion", 15 * 10**8, "USD"),
        ("rmb-code", "公司投資RMB 50億。", "RMB 50億", 50 * 10**8, "CNY"),
    ),
)
def test_symbols_and_codes(text: str, span: str, value: Any, currency: str) -> None:
    a = amount(text)
    assert (a.text, a.value, a.currency) == (span, value, currency)


@pytest.mark.parametrize(
    ("text", "currency"),
    scripts(
        ("peso-mexico", "墨西哥央行宣布投入500億比索穩定匯率。", "MXN"),
        ("peso-philippines", "菲律賓銀行集資30億比索。", "PHP"),
        ("peso-argentina", "阿根廷政府發行20億比索債券。", "ARS"),
        ("rupee-pakistan", "巴基斯坦政府獲得200億盧比貸款。", "PKR"),
        ("rupee-default", "該公司營收達200億盧比。", "INR"),
        ("krone-norway", "挪威主權基金投資50億克朗。", "NOK"),
        ("krone-denmark", "丹麥公司投資50億克朗。", "DKK"),
        ("dong-vietnam", "越南公司投資5兆盾。", "VND"),
        ("yen-sign-japan", "日本公司以¥5000萬收購土地。", "JPY"),
        ("yen-sign-yuan", "公司以¥5000萬收購，以人民幣結算。", "CNY"),
    ),
)
def test_shared_names_take_the_country_of_the_text(text: str, currency: str) -> None:
    assert amount(text).currency == currency


@pytest.mark.parametrize(
    ("text", "region", "currency"),
    [
        pytest.param("该公司以￥5000万收购土地。", "mainland", "CNY", id="yen-sign-on-the-mainland"),
        pytest.param("該公司以￥5000萬收購土地。", "taiwan", "JPY", id="yen-sign-in-taiwan"),
        pytest.param("該公司以¥5000萬收購土地。", "hongkong", "JPY", id="yen-sign-in-hong-kong"),
    ],
)
def test_the_yen_sign_by_market(text: str, region: str, currency: str) -> None:
    assert amount(text, region).currency == currency


@pytest.mark.parametrize(
    ("text", "expected"),
    scripts(
        ("two-currencies", "兩地售價分別為8人民幣6美元。", [("8人民幣", 8, "CNY"), ("6美元", 6, "USD")]),
        (
            "yen-and-yuan",
            "收購價1000日圓，約合50人民幣元。",
            [("1000日圓", 1000, "JPY"), ("約合50人民幣元", 50, "CNY")],
        ),
    ),
)
def test_adjacent_amounts_keep_their_own_currency(text: str, expected: list[Any]) -> None:
    assert amounts(text) == expected


# ---- the home currency -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        *scripts(
            ("hk", "本港新股市場暢旺，該公司集資淨額約134.7億元，每手2000股。", "HKD"),
            ("my", "（吉隆坡6日訊）該公司以每股3元收購，總值12億元。", "MYR"),
        ),
        pytest.param("該建案聯貸金額50億元，由8家行庫參貸。", "TWD", id="tw"),
        pytest.param("公司2024年营业收入49亿元，同比下降9%。", "CNY", id="cn"),
        pytest.param("新加坡组屋价格上涨，建屋发展局以2亿元推出计划。", "SGD", id="sg"),
        pytest.param("本澳博彩收入按月上升，特區政府撥款5億元。", "MOP", id="macau"),
        pytest.param(
            "茶百道在港交所上市，募资25.9亿港元。\n2024年营业收入49亿元，同比下降9%。",
            "CNY",
            id="cn-on-hk-next-paragraph",
        ),
    ],
)
def test_a_bare_yuan_is_the_home_currency(text: str, currency: str) -> None:
    found = find_quantities(text).amounts
    bare = [a for a in found if a.currency_inferred]
    assert bare and all(a.currency == currency for a in bare), [(a.text, a.currency) for a in found]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    scripts(
        ("ren-min-bi-xia-tong", "公司營收55億元（人民幣，下同），淨利5億元。", 5 * 10**8, "CNY"),
        ("the-amount-before-it", "公司營收55億元（人民幣．下同），淨利5億元。", 55 * 10**8, "CNY"),
        ("danwei", "公司總投資人民幣100億元（單位下同），其中設備30億元。", 30 * 10**8, "CNY"),
        ("danwei-colon", "（單位：美元）公司營收30億元，淨利3億元。", 3 * 10**8, "USD"),
        ("bizhong", "（幣種：港元，下同）公司營收30億元。", 30 * 10**8, "HKD"),
    ),
)
def test_a_scope_declaration_sets_the_currency_for_the_rest(text: str, value: int, currency: str) -> None:
    found = find_quantities(text, region="taiwan").amounts
    hit = [a for a in found if a.value == value]
    assert hit and hit[0].currency == currency, [(a.text, a.currency) for a in found]


def test_an_english_article_dollar_is_usd() -> None:
    text = "Nvidia said on Monday it would invest $1 billion in the startup, its largest bet so far."
    a = amount(text)
    assert (a.value, a.currency) == (10**9, "USD")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    scripts(
        ("lending-verb", "三家銀行各貸25億，其餘由參貸行分攤。", "25億", 25 * 10**8),
        ("loan-noun", "工行牽頭銀團58.2億 助力港區擴建", "58.2億", D("58.2") * 10**8),
        ("stake-verb", "該集團43億入股電池廠。", "43億", 43 * 10**8),
        ("balance-noun", "公司總資產1200億，負債率下降。", "1200億", 1200 * 10**8),
        (
            "restated-headline",
            "狮城企业6.2亿计划落户临港园区\n项目投资总额6亿2000万元。",
            "6.2億",
            D("6.2") * 10**8,
        ),
    ),
)
def test_a_bare_magnitude_in_a_money_context(text: str, span: str, value: Any) -> None:
    found = find_quantities(text, region="taiwan").amounts
    hit = [a for a in found if a.text == span]
    assert hit and hit[0].value == value, [(a.text, a.value) for a in found]


@pytest.mark.parametrize(
    "text",
    scripts(
        ("people", "該國人口達14億人。"),
        ("users", "平台用戶數突破4.5億。"),
        ("times", "影片播放量達10億次。"),
        ("plan-without-money", "公司4.5億計劃落戶工業區。"),
    ),
)
def test_a_bare_magnitude_that_counts_is_no_amount(text: str) -> None:
    assert find_quantities(text, region="taiwan").amounts == []


# ---- subunits, formal and colloquial forms ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "colloquial"),
    scripts(
        ("yuan-jiao-fen", "該商品售價2元3角5分。", "2元3角5分", D("2.35"), False),
        ("jiao-alone", "公司每股派發現金紅利3角。", "3角", D("0.3"), False),
        ("yuan-fen", "每股派息1元5分。", "1元5分", D("1.05"), False),
        ("man-ho", "該股收市報8蚊3毫。", "8蚊3毫", D("8.3"), True),
        ("ho-alone", "公司宣布派息每股2毫。", "2毫", D("0.2"), False),
        ("sin-rise", "該股即飆漲12仙，成交活躍。", "12仙", D("0.12"), False),
        ("kuai-qian", "一瓶水賣5塊錢。", "5塊錢", 5, True),
        ("kuai-mao", "一瓶水賣3塊5毛。", "3塊5毛", D("3.5"), True),
        ("cantonese-go", "該股今日收市報七個半。", "七個半", D("7.5"), True),
        ("formal-zheng", "合約金額為新台幣壹佰貳拾萬元整。", "新台幣壹佰貳拾萬元整", 1200000, False),
        ("formal-yuan", "借款人民幣伍佰萬圓。", "人民幣伍佰萬圓", 5000000, False),
    ),
)
def test_subunits_formal_and_colloquial(text: str, span: str, value: Any, colloquial: bool) -> None:
    a = amount(text)
    assert (a.text, a.value, a.colloquial) == (span, value, colloquial)


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "value", "bounds"),
    scripts(
        ("ji-shi-wan", "公司每年投入幾十萬元研發。", "幾十萬元", "vague", None, (100000, 900000)),
        ("shi-ji-yi", "項目總投資十幾億元。", "十幾億元", "vague", None, (11 * 10**8, 19 * 10**8)),
        ("shu-shi-yi", "公司砸下數十億美元擴產。", "數十億美元", "vague", None, (10**9, 9 * 10**9)),
        ("shang-yi", "公司投入上億元資金。", "上億元", "vague", None, (10**8, None)),
        ("qian-yi-ji", "這是千億級的投資。", "千億級", "vague", None, (10**11, 10**12)),
        ("yi-yuan-ji", "公司完成億元級A輪融資。", "億元級", "vague", None, (10**8, 10**9)),
        ("ji-ge-yi", "公司投入幾個億資金。", "幾個億", "vague", None, (10**8, 9 * 10**8)),
        ("yi-ge-yi", "公司砸了一個億。", "一個億", "exact", 10**8, None),
        ("guo-yi", "公司募資過億元。", "過億元", "at_least", 10**8, None),
        ("jin-bai-yi", "公司估值近百億元。", "近百億元", "approx", 10**10, None),
        ("tu-po", "成交額突破100億元。", "突破100億元", "at_least", 100 * 10**8, None),
    ),
)
def test_vague_and_bounded_forms(text: str, span: str, qualifier: str, value: Any, bounds: Any) -> None:
    a = amount(text, "taiwan")
    assert (a.text, a.qualifier, a.value) == (span, qualifier, value)
    if bounds is not None:
        assert a.bounds == tuple(D(b) if b is not None else None for b in bounds)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    scripts(
        ("minus", "上半年EPS為-0.35元。", "-0.35元", D("-0.35")),
        ("unicode-minus", "上半年EPS為−0.35元。", "−0.35元", D("-0.35")),
        ("fu", "每股虧損負0.35元。", "負0.35元", D("-0.35")),
    ),
)
def test_negative_amounts(text: str, span: str, value: Any) -> None:
    a = amount(text, "taiwan")
    assert (a.text, a.value) == (span, value)


# ---- qualifiers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    scripts(
        ("di-yu", "有22隻新股發行價低於8元。", "低於8元", "at_most"),
        ("gao-yu", "逾半數新股募資高於5億元。", "高於5億元", "at_least"),
        ("bu-chao", "公司擬提供不超2.4億元擔保。", "不超2.4億元", "at_most"),
        ("wei-chao-guo", "交易金額未超過3億元。", "未超過3億元", "at_most"),
        ("shang-xian-outside", "本次回購金額上限為5億元。", "5億元", "at_most"),
        ("yi-shang-fixes", "市值高達1000億元以上。", "高達1000億元以上", "at_least"),
        ("yue-zai-shang-xia", "每坪成交約在85萬元上下。", "約在85萬元上下", "approx"),
        ("ranking-superlative", "其中，A公司募資最高為58.6億元，B公司次之。", "58.6億元", "exact"),
        ("price-high-noun", "按停牌前30日最高價1.26元計算。", "1.26元", "exact"),
        ("level-verb", "股價已接近10萬韓元。", "10萬韓元", "exact"),
        ("level-noun", "股價接近10萬韓元大關。", "10萬韓元", "exact"),
        ("jie-jin-total", "融資金額接近1.5億美元。", "接近1.5億美元", "approx"),
        ("he-gong-no-marker", "三筆交易合共5億元。", "5億元", "exact"),
        ("qi-from", "新盤每呎售價1.2萬元起。", "1.2萬元起", "at_least"),
        ("qi-tiao", "該職位月薪3萬元起跳。", "3萬元起跳", "at_least"),
        ("qi-bu-is-a-word", "投資額從5億元起步。", "5億元", "exact"),
        ("wei-xian", "單筆投資以5億元為限。", "5億元為限", "at_most"),
        ("zui-di", "基金認購門檻為最低10萬元。", "最低10萬元", "at_least"),
        ("da-no-marker", "全年營收達5億元。", "5億元", "exact"),
    ),
)
def test_qualifiers(text: str, span: str, qualifier: str) -> None:
    a = amount(text, "taiwan")
    assert (a.text, a.qualifier) == (span, qualifier)


# ---- rates and units -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "per"),
    scripts(
        ("per-share", "公司宣布每股派息0.5元。", "0.5元", "share"),
        ("slash-share", "發行價為11.85元/股。", "11.85元", "share"),
        ("per-month", "公司每月租金30萬元。", "30萬元", "month"),
        ("per-year", "年薪300萬元。", "300萬元", "year"),
        ("per-square-foot", "該地皮每呎樓面地價約1.2萬元。", "約1.2萬元", "square foot"),
        ("psf-price", "呎價2萬元。", "2萬元", "square foot"),
        ("per-ping", "該建案每坪約80萬元。", "約80萬元", "ping"),
        ("per-square-metre", "每平方米售價3萬元。", "3萬元", "square metre"),
        ("per-unit-reit", "信託每單位派息5.35分，單位價格收在2.05元。", "5.35分", "unit"),
        ("per-gw", "每GW的建造成本約500億美元。", "約500億美元", "GW"),
        ("opening-price", "該股以5.95令吉開跑，即漲15仙。", "5.95令吉", "share"),
        ("closing-quote", "該股以97900韓元作收。", "97900韓元", "share"),
        ("move-with-percent", "該股升0.2元或3%。", "0.2元", "share"),
        ("offer-price", "收購方需以0.94元提出全面收購。", "0.94元", "share"),
    ),
)
def test_per_units(text: str, span: str, per: str) -> None:
    found = find_quantities(text, region="taiwan").amounts
    hit = [a for a in found if a.text == span]
    assert hit, [(a.text, a.per) for a in found]
    assert hit[0].per == per


@pytest.mark.parametrize(
    ("text", "span", "value"),
    scripts(
        ("lots", "外資賣超2萬張，股價下跌。", "2萬張", 2 * 10**7),
        ("lots-volume", "該股成交量1,500張。", "1,500張", 1500000),
        ("shares", "公司發行1.6億股新股。", "1.6億股", 160000000),
        ("odd-grouping", "公司發售2308,000股H股。", "2308,000股", 2308000),
    ),
)
def test_share_counts(text: str, span: str, value: int) -> None:
    (s,) = find_quantities(text).shares
    assert (s.text, s.value) == (span, value)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    scripts(
        ("li", "該債券息率4.25厘。", "4.25厘", D("4.25")),
        ("li-cap-rate", "該物業資本化率約3.2厘。", "約3.2厘", D("3.2")),
        ("cheng", "營收比重約四成。", "約四成", 40),
        ("cheng-jiu", "出租率達九成九。", "九成九", 99),
        ("percentage-points", "利率上調0.5個百分點。", "0.5個百分點", D("0.5")),
        ("range-tilde", "利率介於1.85∼2.1%之間。", "1.85∼2.1%", None),
        ("zero-point", "增長○.九%。", "○.九%", D("0.9")),
    ),
)
def test_percentages(text: str, span: str, value: Any) -> None:
    (p,) = find_quantities(text).percentages
    assert (p.text, p.value) == (span, value)


# ---- traps: numbers that are no amounts ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    scripts(
        ("date", "公司於2025年10月8日公布業績。"),
        ("time", "股份於上午9時30分起停牌。"),
        ("ticker-hk", "騰訊(00700)今日公布業績。"),
        ("ticker-tw", "台積電(2330)今日公布業績。"),
        ("ticker-cn", "贵州茅台(600519)发布公告。"),
        ("counts", "3家銀行參與，惠及8億人。"),
        ("lot-size", "每手1000股。"),
        ("rights-ratio", "公司建議以二供一方式供股。"),
        ("bonus-ratio", "每10股送3股。"),
        ("minutes", "會議持續5分鐘。"),
        ("phone", "查詢電話2345 6789。"),
        ("wan-yi", "萬一失敗，後果嚴重。"),
        ("qian-wan", "投資者千萬不要追高。"),
        ("land-capital", "陸資參與投資。"),
        ("europe", "公司在5歐洲國家設廠。"),
        ("points", "恒指升200點。"),
    ),
)
def test_traps(text: str) -> None:
    assert find_quantities(text, region="hongkong") == Quantities([], [], [], [])


def test_a_lot_size_is_no_share_count() -> None:
    found = find_quantities("每手1000股，入場費約4000元。", region="hongkong")
    assert found.shares == [] and [a.text for a in found.amounts] == ["約4000元"]


# ---- invisible characters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value"),
    scripts(
        ("zwsp-in-amount", "公司投資1650\u200b億元。", "1650\u200b億元", 1650 * 10**8),
        ("bom-and-soft-hyphen", "公司投資1650\ufeff億\u00ad元。", "1650\ufeff億\u00ad元", 1650 * 10**8),
        ("word-joiner-in-currency", "公司投資20億美\u2060元。", "20億美\u2060元", 20 * 10**8),
        ("zwj-in-digits", "公司投資16\u200d50萬元。", "16\u200d50萬元", 1650 * 10**4),
        ("nul", "公司投資1650\x00億元。", "1650\x00億元", 1650 * 10**8),
    ),
)
def test_invisible_characters_are_skipped_and_offsets_stay_true(text: str, span: str, value: int) -> None:
    a = amount(text, "taiwan")
    assert (a.text, a.value) == (span, value)
    assert text[a.start : a.end] == a.text


# ---- the whole currency table ----------------------------------------------------------------------


def _every_name() -> list[Any]:
    from pipeline.lang.zh.currencies import CURRENCY_NAMES

    cases = []
    for code, names in CURRENCY_NAMES.items():
        for name in names:
            for script, conv in (("trad", _S2T), ("simp", _T2S)):
                cases.append(pytest.param(conv.convert(name), code, id=f"{code}-{name}-{script}"))
    return cases


@pytest.mark.parametrize(("name", "code"), _every_name())
def test_every_currency_name_reads_after_and_before_the_number(name: str, code: str) -> None:
    after = amount(f"該公司宣布投資5億{name}，用於擴建。")
    assert (after.value, after.currency) == (5 * 10**8, code)
    if len(name) > 1:
        before = amount(f"該公司宣布投資{name}5億元，用於擴建。")
        assert (before.value, before.currency) == (5 * 10**8, code)
