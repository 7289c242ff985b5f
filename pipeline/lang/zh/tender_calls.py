"""An owner calling for tenders (招标公告, 将于下月就X合约招标, 仍在评标中) has chosen no contractor:
the works and their budget are no deal yet. Matched on the t2s view (one entry, both scripts)."""

from __future__ import annotations

import re

#: a call for tenders, planned or under way, in the clause of a purchase that names no seller
TENDER_CALL = re.compile(
    r"(?:将|拟|计划|准备|即将|预计|将于)[^，,。；;]{0,14}?(?:公开)?招标(?!结果|中标)"
    r"|招标公告|招标通告|启动招标|展开招标|进行招标|开始招标|仍在评标|正在评标|尚未(?:开标|决标|定标)"
)
