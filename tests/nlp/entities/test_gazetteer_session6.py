"""Gazetteer rows of session 6 (issue 13 item 5, ontology/gazetteer/mainland-platforms.ttl), read
in sentences: provincial and city state capital platforms, energy and semiconductor companies,
the big banks' asset investment companies, central government bodies and trade media, in
Traditional and in Simplified; and the phrases their short names sit in that are no mention
(人社部门 "the labour departments", 北部湾港口 "the Beibu Gulf ports").

Every sentence was written for this test (no corpus or devset text).
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ID, NAMED, ORG_TYPES, found

#: sentence, region, {surface form: IRI path}
CASES = [
    pytest.param(
        "湖北聯投與安徽國控共同出資設立新能源產業基金。",
        "mainland",
        {"湖北聯投": "org/hubei-united-development", "安徽國控": "org/anhui-state-capital-operation"},
        id="platforms-hant",
    ),
    pytest.param(
        "湖北联投与安徽国控共同出资设立新能源产业基金。",
        "mainland",
        {"湖北联投": "org/hubei-united-development", "安徽国控": "org/anhui-state-capital-operation"},
        id="platforms-hans",
    ),
    pytest.param(
        "本輪融資由蘇州國發領投，濟南產發、長沙城發跟投。",
        "mainland",
        {
            "蘇州國發": "org/suzhou-international-development",
            "濟南產發": "org/jinan-industry-development",
            "長沙城發": "org/changsha-city-development",
        },
        id="city-platforms-round-hant",
    ),
    pytest.param(
        "本轮融资由苏州国发领投，济南产发、长沙城发跟投。",
        "mainland",
        {
            "苏州国发": "org/suzhou-international-development",
            "济南产发": "org/jinan-industry-development",
            "长沙城发": "org/changsha-city-development",
        },
        id="city-platforms-round-hans",
    ),
    pytest.param(
        "國家電投集團黃河上游水電開發有限責任公司與協鑫集成簽訂組件採購合同。",
        "mainland",
        {
            "國家電投集團黃河上游水電開發有限責任公司": "org/huanghe-hydropower",
            "協鑫集成": "org/gcl-system-integration",
        },
        id="hydropower-modules-hant",
    ),
    pytest.param(
        "国家电投集团黄河上游水电开发有限责任公司与协鑫集成签订组件采购合同。",
        "mainland",
        {
            "国家电投集团黄河上游水电开发有限责任公司": "org/huanghe-hydropower",
            "协鑫集成": "org/gcl-system-integration",
        },
        id="hydropower-modules-hans",
    ),
    pytest.param(
        "建信投資、工銀投資與農銀投資合計出資60億元參與市場化債轉股。",
        "mainland",
        {"建信投資": "org/ccb-aic", "工銀投資": "org/icbc-aic", "農銀投資": "org/abc-aic"},
        id="bank-aics-hant",
    ),
    pytest.param(
        "建信投资、工银投资与农银投资合计出资60亿元参与市场化债转股。",
        "mainland",
        {"建信投资": "org/ccb-aic", "工银投资": "org/icbc-aic", "农银投资": "org/abc-aic"},
        id="bank-aics-hans",
    ),
    pytest.param(
        "芯聯集成擬收購思特威部分股權，格科微亦有意參與。",
        "mainland",
        {"芯聯集成": "org/united-nova", "思特威": "org/smartsens", "格科微": "org/galaxycore"},
        id="chips-hant",
    ),
    pytest.param(
        "芯联集成拟收购思特威部分股权，格科微亦有意参与。",
        "mainland",
        {"芯联集成": "org/united-nova", "思特威": "org/smartsens", "格科微": "org/galaxycore"},
        id="chips-hans",
    ),
    pytest.param(
        "審計署與人社部聯合發布通知。",
        "mainland",
        {"審計署": "org/cnao", "人社部": "org/mohrss"},
        id="central-bodies-hant",
    ),
    pytest.param(
        "审计署与人社部联合发布通知。",
        "mainland",
        {"审计署": "org/cnao", "人社部": "org/mohrss"},
        id="central-bodies-hans",
    ),
    pytest.param(
        "據北極星太陽能光伏網報導，海博思創中標一項儲能項目。",
        "mainland",
        {"北極星太陽能光伏網": "org/bjx", "海博思創": "org/hyperstrong"},
        id="trade-media-hant",
    ),
    pytest.param(
        "据北极星太阳能光伏网报道，海博思创中标一项储能项目。",
        "mainland",
        {"北极星太阳能光伏网": "org/bjx", "海博思创": "org/hyperstrong"},
        id="trade-media-hans",
    ),
    pytest.param(
        "北部灣港發布公告稱，擬投資建設新泊位。",
        "mainland",
        {"北部灣港": "org/beibu-gulf-port"},
        id="port-company-hant",
    ),
    pytest.param(
        "北部湾港发布公告称，拟投资建设新泊位。",
        "mainland",
        {"北部湾港": "org/beibu-gulf-port"},
        id="port-company-hans",
    ),
]


@pytest.mark.parametrize(("text", "region", "expected"), CASES)
def test_new_rows_are_found(nlp, text: str, region: str, expected: dict[str, str]) -> None:
    got = found(nlp, text, NAMED, region)
    assert {form: got[form].iri for form in expected if form in got} == {
        form: ID + path for form, path in expected.items()
    }


#: sentence, a word of it that holds a short name but is no organisation
ORDINARY = [
    pytest.param("各地人社部門加強就業服務。", "人社部", id="labour-departments-hant"),
    pytest.param("各地人社部门加强就业服务。", "人社部", id="labour-departments-hans"),
    pytest.param("工信部門加大對中小企業的支持力度。", "工信部", id="industry-departments-hant"),
    pytest.param("工信部门加大对中小企业的支持力度。", "工信部", id="industry-departments-hans"),
    pytest.param("水利部門加強防汛工作。", "水利部", id="water-departments-hant"),
    pytest.param("水利部门加强防汛工作。", "水利部", id="water-departments-hans"),
    pytest.param("北部灣港口群吞吐量增長。", "北部灣港", id="gulf-ports-hant"),
    pytest.param("北部湾港口群吞吐量增长。", "北部湾港", id="gulf-ports-hans"),
    pytest.param("投資界人士普遍認為市場回暖。", "投資界", id="investment-world-hant"),
    pytest.param("投资界人士普遍认为市场回暖。", "投资界", id="investment-world-hans"),
]


@pytest.mark.parametrize(("text", "word"), ORDINARY)
def test_short_names_are_not_read_inside_ordinary_words(nlp, text: str, word: str) -> None:
    got = found(nlp, text, ORG_TYPES)
    assert not any(word in form for form in got), got
