"""Lists of parties: co-investors joined by 与…共同 give with the subject (no investee named), and a
bracket after a party (a stock code, a short name) does not break a list. Sentences written for
these tests, both scripts."""

from __future__ import annotations

import pytest

from tests.nlp.deals.cases import Case, case

JOINT_GIVERS = [
    case(
        "cn-jointly-contribute-no-investee",
        "通威股份计划与协鑫科技及隆基绿能共同出资10亿元成立合资公司。",
        ["通威股份", "协鑫科技", "隆基绿能"],
        [("10亿元", 1e9, None)],
        # each founder invests; the joint total is no founder's figure (issue 14)
        exactly=[
            ("investment", "通威股份", None, None),
            ("investment", "协鑫科技", None, None),
            ("investment", "隆基绿能", None, None),
        ],
    ),
    case(
        "tw-jointly-contribute-no-investee",
        "台泥計畫與和平電力及國泰人壽共同出資20億元成立合資公司。",
        ["台泥", "和平電力", "國泰人壽"],
        [("20億元", 2e9, None)],
        # each founder invests; the joint total is no founder's figure (issue 14)
        exactly=[
            ("investment", "台泥", None, None),
            ("investment", "和平電力", None, None),
            ("investment", "國泰人壽", None, None),
        ],
    ),
    case(
        "cn-each-partner-contributes",
        "通威股份计划与协鑫科技共同出资成立合资公司。协鑫科技出资2亿元，占注册资本的40%；通威股份出资3亿元，占注册资本的60%。",
        ["通威股份", "协鑫科技"],
        [("2亿元", 2e8, None), ("3亿元", 3e8, None)],
        includes=[("investment", "协鑫科技", None, "2亿元"), ("investment", "通威股份", None, "3亿元")],
    ),
]

BRACKETED_LISTS = [
    case(
        "tw-stock-codes-inside-subject-list",
        "長江實業(00001)及和記電訊(00215)宣布供股集資近80億元。",
        ["長江實業", "和記電訊"],
        [("近80億元", 8e9, None)],
        exactly=[("fundraising", "長江實業", None, "近80億元")],
    ),
    case(
        "cn-stock-codes-inside-subject-list",
        "中国海外发展(00688)及中海物业(02669)宣布供股集资近50亿元。",
        ["中国海外发展", "中海物业"],
        [("近50亿元", 5e9, None)],
        exactly=[("fundraising", "中国海外发展", None, "近50亿元")],
    ),
]


@pytest.mark.parametrize("c", JOINT_GIVERS)
def test_joint_givers(c: Case) -> None:
    c.check()


@pytest.mark.parametrize("c", BRACKETED_LISTS)
def test_bracketed_lists(c: Case) -> None:
    c.check()
