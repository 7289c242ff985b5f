"""The issuer under discussion: a share offering named by its issuer before any figure (X本次发行中,
X今日起招股, X辦理私募) is the offering a later subscriber, allottee or listed investor joins
(devset2 convention: each named investor is an investment into the issuer); and the placees
listed between 向 and the issue verb (X拟向A、B和C发行股份) invest in the issuer.
"""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.zh import offerings as O
from pipeline.model.frozen import replace
from pipeline.model.records import Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.context import Discourse, SentenceContext
from pipeline.nlp.deals.parties import Party, chain, is_exchange


def with_issuer(
    ctx: SentenceContext, found: list[Candidate], disc: Discourse
) -> tuple[list[Candidate], Discourse]:
    """The sentence's candidates with the issuer filled in where an investor names no investee
    (and the placees it lists), and the discourse carrying the issuer named when no raise is
    under discussion yet."""
    named = named_issuer(ctx)
    raised = disc.recent.get("fundraising")
    issuer = _raiser(found) or named or (raised.agent if raised is not None else None)
    if issuer is None:
        return found, disc
    found = _placees(ctx, [_into(c, issuer) for c in found])
    if named is not None and disc.recent.get("fundraising") is None and _raiser(found) is None:
        offering = Candidate("fundraising", named, None, ctx.sentence, ctx.start, subtype="offering")
        disc = replace(disc, recent={**disc.recent, "fundraising": offering})
    return found, disc


def named_issuer(ctx: SentenceContext) -> Mention | None:
    """X本次发行 / X今日起招股 / X将在大马交易所上市 / 参与Y的现金增资: the last organisation before
    an offering word in its clause — not one a marker governs (向A、B发行: the placees; 与B订立认购
    协议: the subscriber), not an exchange (where it lists)."""
    for ca, cb in ctx.clauses:
        m = O.OFFERING_WORDS.search(ctx.view, ca, cb)
        if m is None or O.DEBT_WORDS.search(ctx.view, m.end(), cb):
            continue  # 成功发行首批科技创新债券: a bond issue, no share offering
        free = ctx.free_parties(ca, m.start())
        if (
            free
            and O.ISSUER_JUST_BEFORE.fullmatch(ctx.view, free[-1].end, m.start())
            and _issuer_like(free[-1])
        ):
            return free[-1].mention  # 参与Y的现金增资: Y's own offering, whatever governs it
        governed = {
            q.start for p in free if p.marker is not None for q in chain(ctx.view, ctx.parties, p, cb)
        }
        before = [p for p in free if p.start not in governed and _issuer_like(p)]
        if before:
            return before[-1].mention
    return None


def _issuer_like(p: Party) -> bool:
    return p.mention.type == "organization" and not is_exchange(p.mention.text)


def _raiser(found: Sequence[Candidate]) -> Mention | None:
    raises = [c.agent for c in found if c.type == "fundraising" and c.agent is not None and c.attach is None]
    return raises[-1] if raises else None


def _into(c: Candidate, issuer: Mention) -> Candidate:
    """An investor's subscription or allotment with no investee: an investment into the issuer."""
    if (
        c.type != "investment"
        or c.counterparty is not None
        or c.attach is not None
        or c.agent is None
        or c.agent.iri == issuer.iri
        or c.subtype not in O.JOINING_SUBTYPES
    ):
        return c
    return replace(c, counterparty=issuer)


def _placees(ctx: SentenceContext, found: list[Candidate]) -> list[Candidate]:
    """X拟向A、B和C发行股份: one investment of each placee into the raiser (no figure: the raise's
    is no placee's own)."""
    out = list(found)
    for c in found:
        if c.type != "fundraising" or c.agent is None or c.attach is not None:
            continue
        for members in _placee_lists(ctx):
            had = {_pair(d) for d in out if d.type == "investment"}
            out.extend(
                Candidate("investment", m.mention, c.agent, ctx.sentence, m.start, subtype="placee")
                for m in members
                if m.mention.iri != c.agent.iri and (m.mention.iri, c.agent.iri) not in had
            )
    return out


def _placee_lists(ctx: SentenceContext) -> list[list[Party]]:
    """The lists of parties between 向 and an issue verb (向A、B和C(非公开)发行 / 配售)."""
    out = []
    for p in ctx.parties:
        if p.marker not in O.PLACEE_MARKERS or not p.usable or p.modifier:
            continue
        members = chain(ctx.view, ctx.parties, p, ctx.end)
        if O.PLACEES_BEFORE_ISSUE.match(ctx.view, members[-1].end):
            out.append(members)
    return out


def _pair(c: Candidate) -> tuple[str | None, str | None]:
    return (
        c.agent.iri if c.agent is not None else None,
        c.counterparty.iri if c.counterparty is not None else None,
    )
