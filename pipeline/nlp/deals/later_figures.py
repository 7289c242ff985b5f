"""A deal's figure in the sentence after it: …与Y签订EPC合同。该合同金额约为N / …为子公司Y提供担保。
担保金额为不超过N. A sentence that opens on the figure noun of a deal (its kind's word or none)
names the figure of the one deal the sentence before stated without a figure; a contract that fell
back to an agreement for want of money is the purchase its frame states.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import replace

from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh.deal_frames import FRAMES
from pipeline.model.records import Amount, Sentence
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.figures import is_deal_amount

#: the frames whose deal falls back to an agreement without money (合同 / 销售合同), by subtype
_MONEY_TYPES: dict[str, str] = {
    f.subtype: f.type for f in FRAMES if f.needs == "money" and f.fallback == "agreement" and f.subtype
}


def later_figures(
    view: str, sentences: Sequence[Sentence], amounts: Sequence[Amount], cands: Sequence[Candidate]
) -> list[Candidate]:
    """Each figure-opening sentence's figure given to the deal of the sentence before it."""
    out = list(cands)
    # (a partyless report of the figure's own sentence, 担保金额为N, leaves it free: it is dropped)
    taken = {c.amount.start for c in cands if c.amount is not None and c.agent is not None}
    for prev, sent in itertools.pairwise(sentences):
        m = R.LATER_FIGURE.match(view, sent.start, sent.end)
        if m is None:
            continue
        bare = [k for k, c in enumerate(out) if c.amount is None and c.attach is None and _stated_in(c, prev)]
        if len(bare) != 1:
            continue
        c = out[bare[0]]
        dtype = _MONEY_TYPES.get(c.subtype or "", c.type) if c.type == "agreement" else c.type
        figure = next(
            (
                a
                for a in amounts
                if m.end() <= a.start < m.end() + R.LATER_FIGURE_REACH
                and a.end <= sent.end
                and a.start not in taken
                and is_deal_amount(view, a, dtype)
                and not view.startswith(L.DE, a.end)  # 规模约N的投资计划: another noun's figure
            ),
            None,
        )
        if figure is None:
            continue
        taken.add(figure.start)
        out[bare[0]] = replace(c, type=dtype, amount=figure, extra=(*c.extra, sent))
    return out


def _stated_in(c: Candidate, sent: Sentence) -> bool:
    return any(s.start == sent.start for s in (c.sentence, *c.extra))
