"""Parts of a deal, one deal each: bond tranches by tenor (其中2年期60亿元；182天贴现债券40亿元),
in the issue's own sentence or after it, and a round's equity / debt parts (由75亿美元股权 +
125亿美元债务组成). The graph links each to its whole (pipeline.graph.tranches).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pipeline.lang.zh import deals as L
from pipeline.model.records import Amount, Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import SentenceContext

#: how far before an amount a bond tenor may stand (其中2年期60亿元)
TENOR_REACH = 12


def tranches(ctx: SentenceContext, recent: Mapping[str, Candidate], lead: Mention | None) -> list[Candidate]:
    """Parts of a deal already named, one deal each: bond tranches by tenor (其中2年期60亿元；
    182天贴现债券40亿元) and a round's equity / debt parts (由75亿美元股权 + 125亿美元债务组成)."""
    view = ctx.view
    out: list[Candidate] = []
    parts: list[tuple[Amount, str, str]] = []
    bond = recent.get("debt")
    for a in ctx.amounts:
        if a.converted_from_start is not None or a.per is not None:
            continue
        ca, _ = ctx.clause_at(a.start)
        before = view[max(ca, a.start - TENOR_REACH) : a.start]
        after = view[a.end : a.end + 4].lstrip(L.TRANCHE_SKIP)
        if (
            bond is not None
            and (bond.subtype in L.BOND_SUBTYPES or bond.subtype in L.NOTE_SUBTYPES)
            and L.TENOR.search(before) is not None
            and not _other_deal(ctx, ca, a)
        ):
            out.append(
                Candidate("debt", bond.agent, None, ctx.sentence, a.start, amount=a, subtype="bond_tranche")
            )
            continue
        for noun, (dtype, subtype) in L.TRANCHE_NOUNS.items():
            if after.startswith(noun) and not after.startswith(L.TRANCHE_NOT):
                parts.append((a, dtype, subtype))
                break
    # a round's parts come in twos at least (股权 + 债务); the raiser leads the sentence
    raiser = lead or (recent["fundraising"].agent if "fundraising" in recent else None)
    if len(parts) >= 2 and raiser is not None:
        out.extend(
            Candidate(t, raiser, None, ctx.sentence, a.start, amount=a, subtype=st) for a, t, st in parts
        )
    return out


def _other_deal(ctx: SentenceContext, ca: int, a: Amount) -> bool:
    """将在未来五年投资N: a deal word of another type before the figure in its clause — the tenor-like
    span (五年) is a plan's term, the figure no tranche."""
    return any(ca <= h.start < a.start and h.trigger.type != "debt" for h in ctx.hits)


def own_tranches(ctx: SentenceContext, cands: Sequence[Candidate]) -> list[Candidate]:
    """X发行总额50亿元公司债，其中5年期30亿元、7年期20亿元: the tranches an issue names in its own
    sentence, after its deal word, are deals of their own (linked to the issue in the graph)."""
    bonds = [
        c
        for c in cands
        if c.type == "debt"
        and c.agent is not None
        and (c.subtype in L.BOND_SUBTYPES or c.subtype in L.NOTE_SUBTYPES)
    ]
    if not bonds:
        return []
    bond = bonds[0]
    taken = {c.amount.start for c in cands if c.amount is not None}
    out = []
    for a in ctx.amounts:
        if a.start <= bond.trigger_start or a.start in taken or a.converted_from_start is not None or a.per:
            continue
        ca, _ = ctx.clause_at(a.start)
        if L.TENOR.search(ctx.view[max(ca, a.start - TENOR_REACH) : a.start]) is not None:
            out.append(
                Candidate("debt", bond.agent, None, ctx.sentence, a.start, amount=a, subtype="bond_tranche")
            )
    return out
