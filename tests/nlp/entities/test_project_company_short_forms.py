"""The short form of a power project company (``pipeline.nlp.entities.propagation``).

An SPV's registered name carries its trade (允能風力發電股份有限公司, 某某太陽能發電有限公司); the
article then calls it by the trade name alone (允能), also before a verb of saying, where a surname
and a character would otherwise read as a person (海鼎表示). Counter rows: a person named with a
title, a short form the article never writes. Sentences written for these tests, in both scripts.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, mentions

CASES = [
    pytest.param(
        "彰化縣政府與昱能風力發電股份有限公司簽署回饋協議，昱能每年將提撥一億元。",
        {"彰化縣政府", "昱能風力發電股份有限公司", "昱能"},
        set(),
        id="wind-spv-hant",
    ),
    pytest.param(
        "彰化县政府与昱能风力发电股份有限公司签署回馈协议，昱能每年将提拨一亿元。",
        {"彰化县政府", "昱能风力发电股份有限公司", "昱能"},
        set(),
        id="wind-spv-hans",
    ),
    pytest.param(
        "海岳太陽能發電有限公司獲得銀團貸款八億元，海岳表示將用於興建電站。",
        {"海岳太陽能發電有限公司", "海岳"},
        set(),
        id="solar-spv-before-speech-hant",
    ),
    pytest.param(
        "海岳太阳能发电有限公司获得银团贷款八亿元，海岳表示将用于兴建电站。",
        {"海岳太阳能发电有限公司", "海岳"},
        set(),
        id="solar-spv-before-speech-hans",
    ),
    pytest.param(
        "海岳太陽能發電有限公司董事長海岳表示將擴建電站。",
        {"海岳太陽能發電有限公司"},
        {"海岳"},
        id="counter-person-with-title-hant",
    ),
    pytest.param(
        "海岳太阳能发电有限公司董事长海岳表示将扩建电站。",
        {"海岳太阳能发电有限公司"},
        {"海岳"},
        id="counter-person-with-title-hans",
    ),
]


@pytest.mark.parametrize(("text", "orgs", "people"), CASES)
def test_project_company_short_forms(nlp, text: str, orgs: set[str], people: set[str]) -> None:
    got = mentions(nlp, text)
    assert {m.text for m in got if m.type in ORG_TYPES} == orgs
    assert {m.text for m in got if m.type == "person"} == people
