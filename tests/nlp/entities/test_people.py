"""People: bylines, titles before and after a name, transliterated names, lists, kin.

Every sentence was written for these tests (none is taken from a devset); each phenomenon has a
table in both scripts.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import found

PERSON = ("person",)


def people(nlp, text: str) -> set[str]:
    return set(found(nlp, text, PERSON))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "（本報記者 許文彬 鄭雅琳 見習記者 周子恆）",
            {"許文彬", "鄭雅琳", "周子恆"},
            id="spaced-names-hant",
        ),
        pytest.param(
            "（本报记者 许文彬 郑雅琳 见习记者 周子恒）",
            {"许文彬", "郑雅琳", "周子恒"},
            id="spaced-names-hans",
        ),
        pytest.param("市場仍看好後市。（文/賴俊宏）", {"賴俊宏"}, id="bracketed-wen-hant"),
        pytest.param("市场仍看好后市。（文/赖俊宏）", {"赖俊宏"}, id="bracketed-wen-hans"),
        pytest.param("工商時報／ 編譯孫若薇／綜合外電", {"孫若薇"}, id="translator-hant"),
        pytest.param("工商时报／ 编译孙若薇／综合外电", {"孙若薇"}, id="translator-hans"),
    ],
)
def test_bylines(nlp, text: str, expected: set[str]) -> None:
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("該廠工程師馮志遠介紹，產線已完成調校。", {"馮志遠"}, id="occupation-introduces-hant"),
        pytest.param("该厂工程师冯志远介绍，产线已完成调校。", {"冯志远"}, id="occupation-introduces-hans"),
        pytest.param("計畫負責人霍振邦告訴記者，工期將延後。", {"霍振邦"}, id="surname-huo-hant"),
        pytest.param("计划负责人霍振邦告诉记者，工期将延后。", {"霍振邦"}, id="surname-huo-hans"),
        pytest.param(
            "王永慶的長子王文洋和王文祥以及女兒王瑞華出售持股。",
            {"王永慶", "王文洋", "王文祥", "王瑞華"},
            id="kin-titles-and-list-hant",
        ),
        pytest.param(
            "王永庆的长子王文洋和王文祥以及女儿王瑞华出售持股。",
            {"王永庆", "王文洋", "王文祥", "王瑞华"},
            id="kin-titles-and-list-hans",
        ),
        pytest.param("執行董事黎振東及另一股東同意出售。", {"黎振東"}, id="name-glued-to-coordinator-hant"),
        pytest.param("执行董事黎振东及另一股东同意出售。", {"黎振东"}, id="name-glued-to-coordinator-hans"),
    ],
)
def test_titles_and_lists(nlp, text: str, expected: set[str]) -> None:
    got = people(nlp, text)
    assert expected - {"王永慶", "王永庆"} <= got, got
    assert got <= expected, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "集團主席丹斯里阿都沙末依斯邁認為，併購有助擴張。", "阿都沙末依斯邁", id="malay-honorific-hant"
        ),
        pytest.param(
            "集团主席丹斯里阿都沙末依斯迈认为，并购有助扩张。", "阿都沙末依斯迈", id="malay-honorific-hans"
        ),
        pytest.param("基金主席法蘭克-博倫特別關注亞洲市場。", "法蘭克-博倫", id="hyphen-joined-hant"),
        pytest.param("基金主席法兰克-博伦特别关注亚洲市场。", "法兰克-博伦", id="hyphen-joined-hans"),
        pytest.param("州行政議員哈斯南也與商家會面。", "哈斯南", id="before-adverb-hant"),
        pytest.param("州行政议员哈斯南也与商家会面。", "哈斯南", id="before-adverb-hans"),
        pytest.param("俱樂部簽下球星薩拉，並續約三年。", "薩拉", id="two-syllables-hant"),
        pytest.param("俱乐部签下球星萨拉，并续约三年。", "萨拉", id="two-syllables-hans"),
    ],
)
def test_transliterated_names_after_titles(nlp, text: str, expected: str) -> None:
    assert people(nlp, text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("公告指出，魏建中及長榮投資有限公司擬轉讓持股。", {"魏建中"}, id="joint-seller-hant"),
        pytest.param("公告指出，魏建中及长荣投资有限公司拟转让持股。", {"魏建中"}, id="joint-seller-hans"),
    ],
)
def test_a_person_coordinated_with_an_organisation(nlp, text: str, expected: set[str]) -> None:
    got = found(nlp, text)
    assert {n for n, m in got.items() if m.type == "person"} == expected
    assert not any(n.startswith(tuple(expected)) for n, m in got.items() if m.type == "organization"), got


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("他的母親表示，將繼續持有股票。", id="kin-without-name-hant"),
        pytest.param("他的母亲表示，将继续持有股票。", id="kin-without-name-hans"),
        pytest.param("向集團主席提交報告後，董事會通過。", id="preposition-and-group-hant"),
        pytest.param("向集团主席提交报告后，董事会通过。", id="preposition-and-group-hans"),
        pytest.param("彭亨州行政議員表示歡迎投資。", id="state-before-title-hant"),
        pytest.param("彭亨州行政议员表示欢迎投资。", id="state-before-title-hans"),
        pytest.param("多名工程師普遍認為進度落後。", id="occupation-generic-hant"),
        pytest.param("多名工程师普遍认为进度落后。", id="occupation-generic-hans"),
        pytest.param("分析師特別提醒投資人注意風險。", id="title-then-adverb-hant"),
        # the short form of an institution (a design institute, a bureau) begins with a surname
        pytest.param("此外，華南院與梧州市政府簽署框架協議。", id="institute-short-form-hant"),
        pytest.param("此外，华南院与梧州市政府签署框架协议。", id="institute-short-form-hans"),
        pytest.param("華東院、中南院均參與競標。", id="institutes-listed-hant"),
        pytest.param("华东院、中南院均参与竞标。", id="institutes-listed-hans"),
        pytest.param("該項目由江蘇局負責施工。", id="bureau-short-form-hant"),
        pytest.param("该项目由江苏局负责施工。", id="bureau-short-form-hans"),
        # a surname-like preposition before a company noun (向|公司, 与|银行)
        pytest.param("大華銀行同意向公司提供50億港元的定期貸款融資。", id="preposition-and-company-hant"),
        pytest.param("大华银行同意向公司提供50亿元的定期贷款。", id="preposition-and-company-hans"),
    ],
)
def test_no_person_from_common_words(nlp, text: str) -> None:
    assert people(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("會後，賴志明表示，訂單能見度已達明年。", "賴志明", id="speaker-hant"),
        pytest.param("会后，赖志明表示，订单能见度已达明年。", "赖志明", id="speaker-hans"),
        pytest.param("台積電魏哲家指出，先進製程需求強勁。", "魏哲家", id="speaker-after-company-hant"),
        pytest.param("招股書中指出，公司將擴產。", None, id="document-is-no-speaker-hant"),
        pytest.param("招股书中指出，公司将扩产。", None, id="document-is-no-speaker-hans"),
        pytest.param("高層表示，將持續投資。", None, id="dictionary-word-hant"),
    ],
)
def test_a_name_before_a_verb_of_saying(nlp, text: str, expected: str | None) -> None:
    assert people(nlp, text) == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        pytest.param("董事長蘇慶賢表示，蘇董將續任。", "蘇董", "蘇慶賢", id="surname-dong-hant"),
        pytest.param("董事长苏庆贤表示，苏董将续任。", "苏董", "苏庆贤", id="surname-dong-hans"),
        pytest.param("執行長黃建成透露，黃總已批准計畫。", "黃總", "黃建成", id="surname-zong-hant"),
        pytest.param("执行长黄建成透露，黄总已批准计划。", "黄总", "黄建成", id="surname-zong-hans"),
    ],
)
def test_surname_and_title_is_the_person_named_in_full(nlp, text: str, short: str, full: str) -> None:
    got = found(nlp, text, PERSON)
    assert short in got and full in got, got
    assert got[short].iri == got[full].iri


def test_surname_and_title_with_two_namesakes_links_to_neither(nlp) -> None:
    got = found(nlp, "董事長王大明與總經理王小華出席，王董致詞。", PERSON)
    assert {"王大明", "王小華"} <= set(got)
    assert "王董" not in got or got["王董"].iri not in {got["王大明"].iri, got["王小華"].iri}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "董事長林志成、楊美玲與何偉共同創立該公司。",
            {"林志成", "楊美玲", "何偉"},
            id="list-to-two-chars-hant",
        ),
        pytest.param(
            "董事长林志成、杨美玲与何伟共同创立该公司。",
            {"林志成", "杨美玲", "何伟"},
            id="list-to-two-chars-hans",
        ),
        # a list that begins with a two-character name found first (a byline, a title)
        pytest.param(
            "（記者林希、鄭開雄）統計局今日發布數據。", {"林希", "鄭開雄"}, id="byline-two-then-three-hant"
        ),
        pytest.param(
            "（记者林希、郑开雄）统计局今日发布数据。", {"林希", "郑开雄"}, id="byline-two-then-three-hans"
        ),
        pytest.param("董事長林希、總經理鄭開雄出席。", {"林希", "鄭開雄"}, id="titled-two-then-titled-hant"),
        pytest.param("記者林希、市場部門均表示同意。", {"林希"}, id="byline-two-then-department-hant"),
        pytest.param("记者林希、市场部门均表示同意。", {"林希"}, id="byline-two-then-department-hans"),
        pytest.param("責任編輯：陳品妤", {"陳品妤"}, id="editor-colon-hant"),
        pytest.param("责任编辑：陈品妤", {"陈品妤"}, id="editor-colon-hans"),
        # the fields of a filing that name a person
        pytest.param("法定代表人：何志龍", {"何志龍"}, id="legal-representative-colon-hant"),
        pytest.param("法定代表人为王文渊，注册资本10亿元。", {"王文渊"}, id="legal-rep-copula-hans"),
        pytest.param("聯絡人：張偉，電話：02-12345678", {"張偉"}, id="contact-colon-hant"),
        pytest.param("联系人：张伟，电话：010-12345678", {"张伟"}, id="contact-colon-hans"),
        pytest.param("法定代表人：深圳市投资控股有限公司", set(), id="legal-representative-company-hans"),
    ],
)
def test_lists_and_bylines_with_separators(nlp, text: str, expected: set[str]) -> None:
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("知情人士透露，何雅婷將出任總經理。", {"何雅婷"}, id="subject-before-modal-hant"),
        pytest.param("知情人士透露，何雅婷将出任总经理。", {"何雅婷"}, id="subject-before-modal-hans"),
        pytest.param("新廠由鄭志豪掌舵。", {"鄭志豪"}, id="after-you-before-verb-hant"),
        pytest.param("新厂由郑志豪掌舵。", {"郑志豪"}, id="after-you-before-verb-hans"),
        pytest.param("高雄市將推動新計畫。", set(), id="trap-city-hant"),
        pytest.param("金融業已開始轉型。", set(), id="trap-dictionary-word-hant"),
        pytest.param("金融业已开始转型。", set(), id="trap-dictionary-word-hans"),
        pytest.param("報告中指出，市場回溫。", set(), id="trap-locative-hant"),
        pytest.param("报告中指出，市场回温。", set(), id="trap-locative-hans"),
        pytest.param("尤其是半導體將受惠。", set(), id="trap-adverb-hant"),
        pytest.param("彭亨的投資將增加。", set(), id="trap-particle-hant"),
        pytest.param("彭亨的投资将增加。", set(), id="trap-particle-hans"),
    ],
)
def test_a_name_as_the_subject_of_a_clause(nlp, text: str, expected: set[str]) -> None:
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("集團已與趙桂林、劉常德簽署股份轉讓協議。", {"趙桂林", "劉常德"}, id="list-hant"),
        pytest.param("集团已与赵桂林、刘常德签署股份转让协议。", {"赵桂林", "刘常德"}, id="list-hans"),
        pytest.param("公司將向泉州、遵義兩地的子公司增資。", set(), id="preposition-place-hant"),
        pytest.param("公司将向泉州、遵义两地的子公司增资。", set(), id="preposition-place-hans"),
    ],
)
def test_a_given_name_that_is_also_a_place(nlp, text: str, expected: set[str]) -> None:
    """A plain surname before a given name that is also a city (桂林, 常德) is a person; a surname
    that is also a preposition (向) before a city is no name."""
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("該行執行長傅立德表示，明年放款將成長。", {"傅立德"}, id="fu-hant"),
        pytest.param("该行首席执行官傅立德表示，明年贷款将增长。", {"傅立德"}, id="fu-hans"),
        pytest.param("公司財務長翟文軒指出，毛利率回升。", {"翟文軒"}, id="zhai-hant"),
        pytest.param("公司财务总监翟文轩指出，毛利率回升。", {"翟文轩"}, id="zhai-hans"),
        pytest.param("基金合夥人顏志遠表示，將加碼投資。", {"顏志遠"}, id="yan-hant"),
        pytest.param("基金合伙人颜志远表示，将加码投资。", {"颜志远"}, id="yan-hans"),
    ],
)
def test_common_surnames_after_titles(nlp, text: str, expected: set[str]) -> None:
    assert people(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("吳美華、劉建國二人合計持有公司12%股份。", {"吳美華", "劉建國"}, id="two-people-hant"),
        pytest.param("吴美华、刘建国二人合计持有公司12%股份。", {"吴美华", "刘建国"}, id="two-people-hans"),
        pytest.param("何志明、劉建國等人將出任董事。", {"何志明", "劉建國"}, id="and-others-hant"),
        pytest.param("何志明、刘建国等人将出任董事。", {"何志明", "刘建国"}, id="and-others-hans"),
    ],
)
def test_a_list_of_names_jieba_knows_as_names(nlp, text: str, expected: set[str]) -> None:
    """A three-character name jieba has in its dictionary as a name (劉建國) is still a member
    of a list of people."""
    assert people(nlp, text) == expected
