"""The region model (pipeline.text.region): the writer's market from the source, the head and the
words of each market; both scripts where both are printed."""

from __future__ import annotations

import opencc
import pytest

from pipeline.text.region import latin_text, read_region, reading_of
from pipeline.text.view import detect_script, to_view

_S2T, _T2S = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")


def market(text: str, url: str | None = None) -> str:
    view = to_view(text)
    return read_region(text, view, detect_script(text, view), url).market


def both(text: str, expected: str, name: str) -> list[object]:
    return [
        pytest.param(_S2T.convert(text), expected, id=f"{name}-trad"),
        pytest.param(_T2S.convert(text), expected, id=f"{name}-simp"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the writer's deixis and register
        *both("本港新股市場暢旺，該股收市報3.2元，較招股價折讓5%。", "hongkong", "hk-deixis"),
        *both("公司宣布供股集資，每手2000股，股東可按比例認購，本港散戶反應熱烈。", "hongkong", "hk-rights"),
        *both("（吉隆坡6日訊）該公司以每股3元收購，總值12億元，拿督表示滿意。", "malaysia", "my-dateline"),
        *both("彭亨州務大臣指出，狮城企業將在大馬投資。", "malaysia", "my-register"),
        *both("本澳博彩收入按月上升，特區政府公布數據。", "macau", "macau"),
        pytest.param("我省与央企签订投资协议，项目总投资50亿元，同比增长两成。", "mainland", id="cn-deixis"),
        pytest.param("公司2024年营业收入49亿元，同比下降9%，净利润3亿元。", "mainland", id="cn-register"),
        pytest.param("該建案聯貸金額50億元，由8家行庫參貸，國銀積極。", "taiwan", id="tw-register"),
        pytest.param("外資賣超2萬張，台股加權指數下跌，金管會表示關注。", "taiwan", id="tw-market"),
        pytest.param("新加坡组屋转售价格上涨，建屋发展局公布数据，新交所股票走高。", "singapore", id="sg"),
        # the topic is not the writer: a report on a Hong Kong listing from the mainland or Taiwan
        pytest.param(
            "茶百道在港交所上市，募资25.9亿港元；2024年营业收入49亿元，同比下降9%。",
            "mainland",
            id="cn-on-hk",
        ),
        pytest.param("蜜雪集團在港交所掛牌，募資34.5億港元，國銀聯貸踴躍參貸。", "taiwan", id="tw-on-hk"),
        # sources: an outlet where a source stands, datelines and bylines
        pytest.param("【明報專訊】公司公布業績，營收上升。", "hongkong", id="hk-outlet-bracket"),
        pytest.param("（中央社記者王小明台北5日電）公司公布業績。", "taiwan", id="tw-cna-dateline"),
        pytest.param("（中央社記者王小明北京5日電）大陸公布數據。", "taiwan", id="tw-outlet-beats-place"),
        pytest.param("新华社香港5月3日电 公司公布业绩。", "mainland", id="xinhua-outlet-beats-place"),
        pytest.param("記者王小明／台北報導\n公司公布業績。", "taiwan", id="tw-byline"),
        pytest.param("公司公布業績。\n資料來源：中央社", "taiwan", id="tw-source-line"),
        pytest.param(
            "2006年04月19日 04:00 中国证券网-上海证券报\n公司公布业绩。", "mainland", id="cn-source-line"
        ),
        pytest.param(
            "（星島日報報道）新加坡宣布設立基金，投資新加坡上市企業，新交所歡迎。",
            "hongkong",
            id="cited-topic",
        ),
        # a cited outlet is not the source
        pytest.param("據《明報》報道，該建案聯貸由國銀參貸，金管會關注。", "taiwan", id="cited-outlet"),
        # short texts: one market word decides when the script says nothing
        pytest.param("港股配售集資4500萬元。", "hongkong", id="script-neutral-hk"),
        # no cue: the script's market
        pytest.param("公司宣布擴大投資，興建新廠。", "taiwan", id="no-cue-trad"),
        pytest.param("公司宣布扩大投资，兴建新厂。", "mainland", id="no-cue-simp"),
    ],
)
def test_market(text: str, expected: str) -> None:
    assert market(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        pytest.param("https://money.udn.com/money/story/1", "taiwan", id="udn"),
        pytest.param("https://news.mingpao.com/pns/x", "hongkong", id="mingpao"),
        pytest.param("https://www.enanyang.my/news/1", "malaysia", id="nanyang"),
        pytest.param("https://www.zaobao.com.sg/finance/1", "singapore", id="zaobao"),
        pytest.param("https://finance.sina.com.cn/x", "mainland", id="sina"),
        pytest.param("https://example.com.hk/a", "hongkong", id="hk-country-domain"),
        pytest.param("https://example.tw/a", "taiwan", id="tw-country-domain"),
    ],
)
def test_the_source_domain_comes_first(url: str, expected: str) -> None:
    # the text's cues say mainland; the outlet's domain decides
    assert market("我省与央企签订投资协议，同比增长两成。", url) == expected


def test_an_english_text_is_other_and_its_dollar_is_usd() -> None:
    text = "Nvidia said it would invest $1 billion in the startup, and the deal closed on Monday."
    assert latin_text(text)
    reading = read_region(text, to_view(text), detect_script(text))
    assert (reading.market, reading.region, reading.dollar_currency) == ("other", "other", "USD")


@pytest.mark.parametrize(
    ("market_name", "region", "currency"),
    [
        pytest.param("taiwan", "taiwan", "TWD", id="taiwan"),
        pytest.param("hongkong", "hongkong", "HKD", id="hongkong"),
        pytest.param("macau", "hongkong", "MOP", id="macau"),
        pytest.param("mainland", "mainland", "CNY", id="mainland"),
        pytest.param("singapore", "other", "SGD", id="singapore"),
        pytest.param("malaysia", "other", "MYR", id="malaysia"),
    ],
)
def test_each_market_has_a_contract_region_and_a_home_currency(
    market_name: str, region: str, currency: str
) -> None:
    reading = reading_of(market_name, None, "公司", "公司")
    assert (reading.region, reading.home_currency) == (region, currency)


def test_the_reason_is_recorded() -> None:
    text = "本港新股市場暢旺，該股收市報3.2元。"
    reading = read_region(text, to_view(text), detect_script(text))
    assert "本港" in reading.reason
