"""Titles of a listed company's officers and supervisors as announcements write them (董事會秘書某某,
監事會主席某某, 首席技術官某某), besides the person titles of :mod:`.entities`."""

# ruff: noqa: SIM905
from __future__ import annotations

#: in Traditional script, as the person titles of :mod:`.entities` (the tables normalise them)
CORPORATE_OFFICER_TITLES: tuple[str, ...] = tuple(
    """
    董事會秘書 董秘 監事 監事長 監事會主席 職工監事 總會計師 財務負責人 證券事務代表 首席技術官
    首席投資官 首席信息官 首席科學家 首席風險官 首席合規官 首席法務官 首席商務官 首席產品官
    總法律顧問 常務副總裁 常務副總經理 高級副總裁 執行副總裁 資深副總裁 資深副總經理
    行政總裁 副行政總裁 集團行政總裁 財務總監 營運總監 投資總監
    """.split()
)
