"""Parties the text leaves unnamed (某投资者, 一名独立第三方, 一位客户): their role is null, and no
other party of the sentence fills it (docs: "unnamed parties are null, never descriptive strings")."""

from __future__ import annotations

from pipeline.lang.zh import deal_objects as O
from pipeline.lang.zh import deal_roles as R
from pipeline.nlp.deals.context import SentenceContext
from pipeline.nlp.deals.triggers import Hit


def unnamed_other(ctx: SentenceContext, ca: int, hit: Hit) -> bool:
    """向某投资者出售Y股权 / 与一位客户签订: the deal word's clause marks an unnamed other party,
    after every named party marked before the word."""
    view = ctx.view
    for m in R.UNNAMED_BUYER.finditer(view, ca, hit.start):
        lead = view[max(ca, m.start() - 1) : m.start()]
        if lead not in O.UNNAMED_OTHER_MARKERS:
            continue
        if any(m.start() <= p.start < hit.start and p.marker is not None for p in ctx.parties):
            continue  # 向某投资者及Y出售: a named party is marked after it
        return True
    return False
