"""Where names end, second round (issue 13): shares after a group's name, a verb of saying glued
to a person's name, transliterated foreign names before an organisation word, a country and an
industry word in a party slot, Latin personal names in a party slot. Every sentence is written
for these tests, about invented or other real companies, in both scripts; negative rows are
phrases ending in the same words.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import ORG_TYPES, found


def _xfail(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


SHARES_AFTER_GROUP = [
    # 股份 after a group word in a holding or trading phrase: the group's shares
    pytest.param(
        "騰訊出售所持京東集團股份，套現逾百億元。", ["京東集團"], ["京東集團股份"], id="sell-held-hant"
    ),
    pytest.param(
        "腾讯出售所持京东集团股份，套现逾百亿元。", ["京东集团"], ["京东集团股份"], id="sell-held-hans"
    ),
    pytest.param("該基金增持美的集團股份。", ["美的集團"], ["美的集團股份"], id="buy-more-hant"),
    pytest.param("该基金增持美的集团股份。", ["美的集团"], ["美的集团股份"], id="buy-more-hans"),
    pytest.param("軟銀買入萬科集團股份。", ["萬科集團"], ["萬科集團股份"], id="buy-glued-hant"),
    pytest.param("软银买入万科集团股份。", ["万科集团"], ["万科集团股份"], id="buy-glued-hans"),
    pytest.param("嵐翊資本持有澄岳控股股份逾一成。", ["澄岳控股"], ["澄岳控股股份"], id="hold-holding-hant"),
    pytest.param("岚翊资本持有澄岳控股股份逾一成。", ["澄岳控股"], ["澄岳控股股份"], id="hold-holding-hans"),
    pytest.param("阿里巴巴減持螞蟻集團股權至三成。", ["螞蟻集團"], ["螞蟻集團股權"], id="stake-hant"),
    pytest.param("阿里巴巴减持蚂蚁集团股权至三成。", ["蚂蚁集团"], ["蚂蚁集团股权"], id="stake-hans"),
    # a registered name and a listed company's short name keep their 股份
    pytest.param(
        "長江實業集團股份有限公司公告業績。", ["長江實業集團股份有限公司"], [], id="registered-name-hant"
    ),
    pytest.param(
        "长江实业集团股份有限公司公告业绩。", ["长江实业集团股份有限公司"], [], id="registered-name-hans"
    ),
    pytest.param("基金買入嵐翊股份。", ["嵐翊股份"], [], id="short-name-hant"),
    pytest.param("基金买入岚翊股份。", ["岚翊股份"], [], id="short-name-hans"),
]


def _check(nlp, text: str, present: list[str], absent: list[str], types: tuple[str, ...] = ORG_TYPES) -> None:
    names = found(nlp, text, types)
    for name in present:
        assert name in names, (text, sorted(names))
    for name in absent:
        assert name not in names, (text, sorted(names))


@pytest.mark.parametrize(("text", "present", "absent"), SHARES_AFTER_GROUP)
def test_shares_after_group_words(nlp, text: str, present: list[str], absent: list[str]) -> None:
    _check(nlp, text, present, absent)
