"""Units named right after their institution (``pipeline.nlp.entities.governments``).

A school, hospital, institute or centre written solid after its university, academy or government
body (浙江大学医学院附属第一医院, 中国科学院深圳先进技术研究院, 中央研究院基因體研究中心), and a
department after its city government (高雄市政府經濟發展局), are one organisation. Every sentence
written for these tests, in both scripts; the counter rows put the institution before a title, a
conjunction or a common word.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "浙江大学医学院附属第一医院与阿里健康签署合作协议。",
        {"浙江大学医学院附属第一医院", "阿里健康"},
        id="university-hospital-hans",
    ),
    pytest.param(
        "浙江大學醫學院附屬第一醫院與阿里健康簽署合作協議。",
        {"浙江大學醫學院附屬第一醫院", "阿里健康"},
        id="university-hospital-hant",
    ),
    pytest.param(
        "复旦大学管理学院与招商银行签署人才培养协议。",
        {"复旦大学管理学院", "招商银行"},
        id="university-school-hans",
    ),
    pytest.param(
        "復旦大學管理學院與招商銀行簽署人才培養協議。",
        {"復旦大學管理學院", "招商銀行"},
        id="university-school-hant",
    ),
    pytest.param(
        "中国科学院深圳先进技术研究院与华润医药集团有限公司签约共建实验室。",
        {"中国科学院深圳先进技术研究院", "华润医药集团有限公司"},
        id="academy-institute-with-place-hans",
    ),
    pytest.param(
        "中國科學院深圳先進技術研究院與華潤醫藥集團有限公司簽約共建實驗室。",
        {"中國科學院深圳先進技術研究院", "華潤醫藥集團有限公司"},
        id="academy-institute-with-place-hant",
    ),
    pytest.param(
        "長庚紀念醫院與中央研究院基因體研究中心合作開發檢測試劑。",
        {"長庚紀念醫院", "中央研究院基因體研究中心"},
        id="academy-centre-hant",
    ),
    pytest.param(
        "长庚纪念医院与中央研究院基因体研究中心合作开发检测试剂。",
        {"长庚纪念医院", "中央研究院基因体研究中心"},
        id="academy-centre-hans",
    ),
    pytest.param(
        "高雄市政府經濟發展局與台灣積體電路製造股份有限公司簽署用地協議。",
        {"高雄市政府經濟發展局", "台灣積體電路製造股份有限公司"},
        id="city-department-hant",
    ),
    pytest.param(
        "高雄市政府经济发展局与台湾积体电路制造股份有限公司签署用地协议。",
        {"高雄市政府经济发展局", "台湾积体电路制造股份有限公司"},
        id="city-department-hans",
    ),
    pytest.param("台北市政府產業發展局今日公布補助名單。", {"台北市政府產業發展局"}, id="city-bureau-hant"),
    pytest.param("台北市政府产业发展局今日公布补助名单。", {"台北市政府产业发展局"}, id="city-bureau-hans"),
    # counter rows
    pytest.param(
        "清华大学与北京大学联合发布研究报告。", {"清华大学", "北京大学"}, id="counter-two-universities-hans"
    ),
    pytest.param(
        "清華大學與北京大學聯合發布研究報告。", {"清華大學", "北京大學"}, id="counter-two-universities-hant"
    ),
    pytest.param("北京大学教授王力表示研究仍在进行。", {"北京大学"}, id="counter-university-title-hans"),
    pytest.param("北京大學教授王力表示研究仍在進行。", {"北京大學"}, id="counter-university-title-hant"),
    pytest.param("香港政府當局表示將檢討政策。", {"香港政府"}, id="counter-authorities-hant"),
    pytest.param("香港政府当局表示将检讨政策。", {"香港政府"}, id="counter-authorities-hans"),
    pytest.param("双方签署智慧医疗合作协议。", set(), id="counter-service-modifier-hans"),
    pytest.param("雙方簽署智慧醫療合作協議。", set(), id="counter-service-modifier-hant"),
]


@pytest.mark.parametrize(("text", "orgs"), CASES)
def test_units_after_their_institution_are_one_organisation(nlp, text: str, orgs: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type in ORG_TYPES} == orgs
