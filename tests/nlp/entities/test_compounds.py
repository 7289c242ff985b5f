"""Names made of a name and the words written solid with it (``pipeline.nlp.entities.compounds``).

Numbered units of state groups (中建三局一公司, 中铁十一局三公司), ordinal institutes after any
organisation (…集团公司第十四研究所), a group's short name before its subsidiary's (中国能建葛洲坝集团),
the brand country before a numbered unit (中国水电四局) and a status before a university (国立台湾大学)
are one mention, not the known prefix and the rest. Every sentence written for these tests, in both
scripts; the counter rows put the same names next to words that are no part of them.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "中建三局一公司承建的武汉光谷科创中心项目日前封顶。", {"中建三局一公司"}, id="bureau-company-hans"
    ),
    pytest.param(
        "中建三局一公司承建的武漢光谷科創中心項目日前封頂。", {"中建三局一公司"}, id="bureau-company-hant"
    ),
    pytest.param(
        "中铁十一局三公司与中铁建设集团有限公司签订施工协议。",
        {"中铁十一局三公司", "中铁建设集团有限公司"},
        id="bureau-company-and-partner-hans",
    ),
    pytest.param(
        "中鐵十一局三公司與中鐵建設集團有限公司簽訂施工協議。",
        {"中鐵十一局三公司", "中鐵建設集團有限公司"},
        id="bureau-company-and-partner-hant",
    ),
    pytest.param(
        "中国水电四局中标青海一座光伏电站的EPC总承包项目。", {"中国水电四局"}, id="brand-country-hans"
    ),
    pytest.param(
        "中國水電四局中標青海一座光伏電站的EPC總承包項目。", {"中國水電四局"}, id="brand-country-hant"
    ),
    pytest.param(
        "中国水电八局与中铁十一局组成的联合体中标水库工程。",
        {"中国水电八局", "中铁十一局"},
        id="brand-country-in-consortium-hans",
    ),
    pytest.param(
        "中國水電八局與中鐵十一局組成的聯合體得標水庫工程。",
        {"中國水電八局", "中鐵十一局"},
        id="brand-country-in-consortium-hant",
    ),
    pytest.param(
        "中国航天科技集团有限公司第五研究院与西安市人民政府签署战略合作协议。",
        {"中国航天科技集团有限公司第五研究院", "西安市人民政府"},
        id="ordinal-academy-hans",
    ),
    pytest.param(
        "中國航天科技集團有限公司第五研究院與西安市人民政府簽署戰略合作協議。",
        {"中國航天科技集團有限公司第五研究院", "西安市人民政府"},
        id="ordinal-academy-hant",
    ),
    pytest.param(
        "中国电子科技集团公司第十四研究所与南京市江宁区人民政府签署共建协议。",
        {"中国电子科技集团公司第十四研究所", "南京市江宁区人民政府"},
        id="ordinal-institute-hans",
    ),
    pytest.param(
        "中國電子科技集團公司第十四研究所與南京市江寧區人民政府簽署共建協議。",
        {"中國電子科技集團公司第十四研究所", "南京市江寧區人民政府"},
        id="ordinal-institute-hant",
    ),
    pytest.param(
        "中国能建葛洲坝集团与老挝国家电力公司签署水电站EPC合同。",
        {"中国能建葛洲坝集团", "老挝国家电力公司"},
        id="group-then-subsidiary-hans",
    ),
    pytest.param(
        "中國能建葛洲壩集團與寮國國家電力公司簽署水電站EPC合約。",
        {"中國能建葛洲壩集團", "寮國國家電力公司"},
        id="group-then-subsidiary-hant",
    ),
    pytest.param(
        "国立台湾大学与鸿海签署产学合作协议。", {"国立台湾大学", "鸿海"}, id="status-university-hans"
    ),
    pytest.param(
        "國立臺灣大學與鴻海簽署產學合作協議。", {"國立臺灣大學", "鴻海"}, id="status-university-hant"
    ),
    pytest.param(
        "国立阳明交通大学与台积电合作开发先进封装技术。",
        {"国立阳明交通大学", "台积电"},
        id="status-university-after-known-name-hans",
    ),
    pytest.param(
        "國立陽明交通大學與台積電合作開發先進封裝技術。",
        {"國立陽明交通大學", "台積電"},
        id="status-university-after-known-name-hant",
    ),
    # counter rows: a numeral that counts time, an ordinal rank, a separator, a descriptor
    pytest.param("中建三局一年完成营业收入三千亿元。", {"中建三局"}, id="counter-numeral-of-time-hans"),
    pytest.param("中建三局一年完成營業收入三千億元。", {"中建三局"}, id="counter-numeral-of-time-hant"),
    pytest.param("该公司第一大股东为中信集团，持股比例为32%。", {"中信集团"}, id="counter-ordinal-rank-hans"),
    pytest.param("該公司第一大股東為中信集團，持股比例為32%。", {"中信集團"}, id="counter-ordinal-rank-hant"),
    pytest.param(
        "中国能建与葛洲坝集团签署内部重组协议。", {"中国能建", "葛洲坝集团"}, id="counter-two-parties-hans"
    ),
    pytest.param(
        "中國能建與葛洲壩集團簽署內部重組協議。", {"中國能建", "葛洲壩集團"}, id="counter-two-parties-hant"
    ),
    pytest.param("中国的水电四局早已走出国门。", {"水电四局"}, id="counter-country-with-particle-hans"),
    pytest.param("中國的水電四局早已走出國門。", {"水電四局"}, id="counter-country-with-particle-hant"),
    pytest.param("多所私立大学与企业合作设立研究中心。", set(), id="counter-status-without-name-hans"),
    pytest.param("多所私立大學與企業合作設立研究中心。", set(), id="counter-status-without-name-hant"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_compound_names_are_one_mention(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
