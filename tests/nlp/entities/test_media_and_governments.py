"""Media outlets in source lines and datelines; places acting as local governments.

Sentences written for these tests, both scripts. The recogniser is tested on the Doc (the
reader may later mark a source line as page furniture; that is the reader's decision).
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("報導全文\n來源：財經快遞網\n公司今日公告。", {"財經快遞網"}, id="source-line-hant"),
        pytest.param("报道全文\n来源：财经快递网\n公司今日公告。", {"财经快递网"}, id="source-line-hans"),
        pytest.param("來源：匯流新聞發布時間：2024-01-02 10:00", {"匯流新聞"}, id="source-before-time-hant"),
        pytest.param("来源：汇流新闻发布时间：2024-01-02 10:00", {"汇流新闻"}, id="source-before-time-hans"),
        pytest.param("格隆匯APP訊，海達集團發布公告。", {"格隆匯"}, id="dateline-app-hant"),
        pytest.param("格隆汇APP讯，海达集团发布公告。", {"格隆汇"}, id="dateline-app-hans"),
        pytest.param(
            "某某標題\n2021年05月12日 08:15 證券日報網-證券日報\n正文",
            {"證券日報網", "證券日報"},
            id="dated-line-hant",
        ),
        pytest.param(
            "某某标题\n2021年05月12日 08:15 证券日报网-证券日报\n正文",
            {"证券日报网", "证券日报"},
            id="dated-line-hans",
        ),
        pytest.param("資金來源：自有資金及銀行融資。", set(), id="trap-funds-hant"),
        pytest.param("资金来源：自有资金及银行融资。", set(), id="trap-funds-hans"),
        pytest.param("來源：公司公告", set(), id="trap-announcement-hant"),
        pytest.param("来源：公司公告", set(), id="trap-announcement-hans"),
    ],
)
def test_outlets_in_source_lines(nlp, text: str, expected: set[str]) -> None:
    got = {n for n, m in found(nlp, text, ("media",)).items()}
    assert expected <= got, got
    assert not got & {"自有資金", "自有资金", "公司公告"}, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "本省桐城縣、宿松縣分別與華能集團簽訂投資協議。",
            {"桐城縣", "宿松縣"},
            id="coordinated-counties-hant",
        ),
        pytest.param(
            "本省桐城县、宿松县分别与华能集团签订投资协议。",
            {"桐城县", "宿松县"},
            id="coordinated-counties-hans",
        ),
        pytest.param("華能集團與如東縣簽約，建設海上風電。", {"如東縣"}, id="county-after-joiner-hant"),
        pytest.param("华能集团与如东县签约，建设海上风电。", {"如东县"}, id="county-after-joiner-hans"),
    ],
)
def test_places_that_sign_are_local_governments(nlp, text: str, expected: set[str]) -> None:
    got = found(nlp, text, ("organization",))
    assert expected <= set(got), got


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("公司將在如東縣投資15億元建設風電場。", id="location-hant"),
        pytest.param("公司将在如东县投资15亿元建设风电场。", id="location-hans"),
    ],
)
def test_places_as_locations_stay_places(nlp, text: str) -> None:
    got = found(nlp, text, ("organization",))
    assert not any(n.startswith(("如東", "如东")) for n in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("今年以來，桐城縣積極謀劃風電項目8個。", "桐城縣", id="government-act-hant"),
        pytest.param("今年以来，桐城县积极谋划风电项目8个。", "桐城县", id="government-act-hans"),
    ],
)
def test_a_place_acting_at_a_clause_start(nlp, text: str, expected: str) -> None:
    assert expected in found(nlp, text, ("organization",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("無錫高新區管委會與該公司簽署投資協議。", "無錫高新區管委會", id="zone-committee-hant"),
        pytest.param("无锡高新区管委会与该公司签署投资协议。", "无锡高新区管委会", id="zone-committee-hans"),
        pytest.param("該項目已獲廣西壯族自治區能源局核准。", "廣西壯族自治區能源局", id="energy-bureau-hant"),
        pytest.param("该项目已获广西壮族自治区能源局核准。", "广西壮族自治区能源局", id="energy-bureau-hans"),
        pytest.param("浙江省商務廳與多家企業簽約。", "浙江省商務廳", id="provincial-department-hant"),
        pytest.param("浙江省商务厅与多家企业签约。", "浙江省商务厅", id="provincial-department-hans"),
        pytest.param("廈門海關表示，進口設備可享免稅。", "廈門海關", id="customs-hant"),
        pytest.param("厦门海关表示，进口设备可享免税。", "厦门海关", id="customs-hans"),
    ],
)
def test_local_bureaus_and_zone_committees(nlp, text: str, expected: str) -> None:
    """A place and a government body's word (管委會, 能源局, 商務廳, 海關) are an organisation."""
    got = found(nlp, text, ("organization",))
    assert expected in got, got
