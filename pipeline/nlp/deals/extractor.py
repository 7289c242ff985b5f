"""Component ``finkg_deals``: typed deals with parties, figures and evidence.

The core is :func:`find_deals`, a pure function over the article text, its normalised view and
the recognised spans (sentences, amounts, capacities, share counts, entity mentions). It works
sentence by sentence:

1. parties: the entity mentions (media outlets never), generic parties (SPV), and anaphora
   (该公司, 其, 后者 …) resolved to the organisation they stand for; each party notes the
   role-marking word just before it (向/对/与/由/获/为 …) and whether it only modifies a later
   party (X旗下Y, X(英文名));
2. triggers: the deal words of :mod:`pipeline.lang.zh.deals` on the view;
3. roles: for each trigger, its grammatical subject, object and marked parties give agent and
   counterparty in the contract's direction (the trigger table says which role the subject plays);
4. figures: the amount / capacity / share count nearest the trigger in its clause (not a
   conversion, not a per-share price except for warrants, not a valuation);
5. one deal per real-world deal: candidates with the same type and parties merge, within the
   sentence and across the article (restatements become extra evidence).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.zh import deals as L
from pipeline.model.records import Amount, Capacity, Deal, Evidence, Mention, Sentence, ShareCount
from pipeline.nlp.extensions import register, view_of
from pipeline.text.dates import find_article_date, resolve_dates

ID_ORG = "https://w3id.org/finkg/id/org/"
PARTY_TYPES = frozenset({"organization", "person"})
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_OPEN_PAREN = "(（"
_SKIP_BEFORE_PARTY = " \u3000「『“《〈\"'"


@dataclass(frozen=True)
class Party:
    """A party candidate in a sentence: ``mention`` is the entity it stands for (for an anaphor,
    the antecedent's mention), ``start``/``end`` where it sits in this sentence."""

    mention: Mention
    start: int
    end: int
    marker: str | None = None
    #: "subject" (由/获/被), "other" (向/对), "with" (与/和/跟), "beneficiary" (为), "actor" (助力/核准)
    marker_kind: str | None = None
    #: only modifies a later party (X旗下Y) or restates the previous one (甲骨文(Oracle))
    modifier: bool = False
    #: can play a role (organisations; not people, not an approving regulator)
    usable: bool = True


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    trigger: L.Trigger


@dataclass(frozen=True)
class _Unit:
    """One sentence's report of a deal: what it names, for checking that it restates the deal."""

    sentence: Sentence
    #: IRIs of the parties the sentence names (anaphora resolved, 双方 expanded) and the roles
    #: its report filled
    named: frozenset[str]
    amount: Amount | None = None
    capacity: Capacity | None = None
    #: a heading, caption-like line or bullet title: weak evidence, never the first
    heading: bool = False
    #: tied to the deal by grammar (本轮融资 / 卖方为X after the deal): no naming needed
    linked: bool = False
    #: IRIs of the parties named in the deal word's own clause
    clause_named: frozenset[str] = frozenset()
    #: IRIs of the parties the report itself gave a role (agent, counterparty, co-agents)
    roles: frozenset[str] = frozenset()


@dataclass
class _Cand:
    type: str
    agent: Mention | None
    counterparty: Mention | None
    sentence: Sentence
    trigger_start: int
    co_agents: tuple[Mention, ...] = ()
    amount: Amount | None = None
    capacity: Capacity | None = None
    shares: ShareCount | None = None
    subtype: str | None = None
    extra: tuple[Sentence, ...] = ()
    #: "lead" = names the lead investor / lender of a round stated before; "seller" = an acquisition's seller
    attach: str | None = None
    #: the parties were given as X与Y (…签署供货协议): the direction is a guess
    symmetric: bool = False
    #: the grammatical subject stated in the trigger's clause (the topic of what follows)
    subject: Mention | None = None
    #: IRIs of the parties the candidate's sentences all name (set in find_deals)
    named: frozenset[str] = frozenset()
    #: the sentence reports this deal was merged from, in merge order
    units: tuple[_Unit, ...] = ()
    #: IRIs of roles taken from the deal under discussion (本次…), not named by the sentence
    borrowed: frozenset[str] = frozenset()
    #: an agreement stated as signed (签署/签订…协议, 备忘录): a deal even without a figure
    signed: bool = False


# ----------------------------------------------------------------------------- entry points


def find_deals(
    text: str,
    view: str,
    sentences: Sequence[Sentence],
    amounts: Sequence[Amount],
    capacities: Sequence[Capacity],
    shares: Sequence[ShareCount],
    mentions: Sequence[Mention],
    article_date: dt.date | None = None,
) -> list[Deal]:
    """All deals the article states, one per real-world deal, in order of first evidence."""
    mentions = sorted((m for m in mentions if m.type in PARTY_TYPES), key=lambda m: (m.start, -m.end))
    dates = resolve_dates(text, view, article_date)
    cands: list[_Cand] = []
    topic: Mention | None = None
    recent: dict[str, _Cand] = {}
    pair: tuple[Mention, Mention] | None = None  # the parties of the last two-party deal (双方)
    for sent in sentences:
        parties = _parties(text, view, sent, mentions, topic)
        found = _sentence_deals(view, sent, parties, amounts, capacities, shares, topic, recent)
        found = _drop_claimed_builds(_drop_net(view, _drop_signings(_fold_project_costs(found))))
        both = _both_parties(view, sent, found, pair)
        named = frozenset(p.mention.iri for p in parties)
        if both is not None:
            named |= {both[0].iri, both[1].iri}
            found = [_fill_pair(c, both) if _both_in_clause(view, sent, c) else c for c in found]
        heading = _heading(view, sent)
        found = [_with_unit(view, sent, parties, c, named, heading, both) for c in found]
        pair = _last_pair(found) or pair
        found = _merge([c for c in found if c.attach is None], same_sentence=True) + [
            c for c in found if c.attach is not None
        ]
        cands.extend(found)
        for c in found:
            if c.agent is not None and c.attach is None and c.subtype not in L.PART_SUBTYPES:
                recent[c.type] = c
        agents = [c.subject or c.agent for c in found if c.agent is not None and c.attach is None]
        lead = agents[0] if agents else _lead_org(parties)
        if lead is not None:
            topic = lead
    merged = _attach(_merge([c for c in cands if c.attach is None], same_sentence=False), cands)
    merged = _drop_bare_signings(merged)
    deals = []
    for c in merged:
        if c.agent is None or not _substantial(c):
            continue
        if c.counterparty is not None and c.counterparty.iri == c.agent.iri:
            continue
        evidence = tuple(Evidence(s.start, s.end, s.text) for s in _evidence(c))
        date = next(
            (d.date for d in dates if c.sentence.start <= d.start < c.sentence.end and d.precision == "day"),
            None,
        )
        deals.append(
            Deal(
                type=c.type,  # type: ignore[arg-type]
                agent=c.agent,
                counterparty=c.counterparty,
                evidence=evidence,
                co_agents=tuple(m for m in c.co_agents if m.iri != c.agent.iri),
                amount=c.amount,
                capacity=c.capacity,
                shares=c.shares,
                date=date,
                subtype=c.subtype,
            )
        )
    return deals


# ----------------------------------------------------------------------------- evidence


def _heading(view: str, sent: Sentence) -> bool:
    """A title, section heading or bullet headline: no sentence-final stop, or a heading mark
    (■ / 【…】 / 一、) on a short line, or a colon ending (分析如下：)."""
    body = view[sent.start : sent.end].strip().rstrip(L.CLOSING_MARKS)
    if not body:
        return True
    if body.endswith(L.HEADING_ENDS):
        return True
    if body.startswith(L.HEADING_MARKS) and len(body) <= L.MAX_HEADING:
        return True
    return not body.endswith(L.SENTENCE_ENDS) and len(body) <= L.MAX_HEADING


def _both_parties(
    view: str, sent: Sentence, found: list[_Cand], pair: tuple[Mention, Mention] | None
) -> tuple[Mention, Mention] | None:
    """双方 in a sentence: the two parties of the deal named just before (in this sentence or
    an earlier one)."""
    if not any(w in view[sent.start : sent.end] for w in L.BOTH_PARTIES):
        return None
    return _last_pair(found) or pair


def _last_pair(found: list[_Cand]) -> tuple[Mention, Mention] | None:
    for c in reversed(found):
        if (
            c.attach is None
            and c.agent is not None
            and c.counterparty is not None
            and c.agent.iri != c.counterparty.iri
        ):
            return c.agent, c.counterparty
    return None


def _both_in_clause(view: str, sent: Sentence, c: _Cand) -> bool:
    """双方 in the trigger's own clause, before it (双方将共同部署 / 根据双方协议)."""
    head = view[sent.start : c.trigger_start]
    clause = _CLAUSE_BREAK.split(head)[-1]
    return any(w in clause for w in L.BOTH_PARTIES)


def _fill_pair(c: _Cand, both: tuple[Mention, Mention]) -> _Cand:
    """双方签署 / 双方将共同部署…: a report of 双方 names both parties of the deal before."""
    if c.attach is not None:
        return c
    a, b = both
    if c.agent is None and c.counterparty is None:
        return replace(c, agent=a, counterparty=b)
    present = c.agent or c.counterparty
    if present is None or present.iri not in (a.iri, b.iri):
        return c
    other = b if present.iri == a.iri else a
    if c.agent is None:
        return replace(c, agent=other)
    if c.counterparty is None and c.type not in L.NO_COUNTERPARTY_TYPES:
        return replace(c, counterparty=other)
    return c


def _with_unit(
    view: str,
    sent: Sentence,
    parties: list[Party],
    c: _Cand,
    named: frozenset[str],
    heading: bool,
    both: tuple[Mention, Mention] | None,
) -> _Cand:
    roles = frozenset(m.iri for m in (c.agent, c.counterparty, *c.co_agents) if m is not None)
    roles -= c.borrowed - named  # 这笔…: a party of an earlier deal the sentence does not name
    names = named | roles
    ca, cb = _clauses(view, sent)[_clause_of(_clauses(view, sent), c.trigger_start)]
    in_clause = {p.mention.iri for p in parties if ca <= p.start < cb}
    if both is not None and any(w in view[ca:cb] for w in L.BOTH_PARTIES):
        in_clause |= {both[0].iri, both[1].iri}
    # 本轮融资 / 这笔交易: the deal under discussion, whoever the sentence names
    deictic = any(w in view[ca : c.trigger_start] for w in L.DEICTIC if w != "该")
    unit = _Unit(
        c.sentence,
        names,
        c.amount,
        c.capacity,
        heading,
        linked=c.attach is not None or deictic,
        clause_named=frozenset(in_clause),
        roles=roles,
    )
    return replace(c, named=names, units=(unit,))


def _restates(c: _Cand, u: _Unit) -> bool:
    """Is ``u`` a report of deal ``c``? It carries the deal's own figure, or it names the deal's
    agent and (when the deal has one) its counterparty."""
    if u.linked or _same_figure(c.amount, c.capacity, u.amount, u.capacity):
        return True
    if u.amount is not None and _within_cap(replace(c, amount=u.amount, subtype=None), c):
        return True  # 金额约5.2亿元 under the deal's cap of 7亿元
    if c.agent is not None and c.agent.iri not in u.named:
        return False
    if c.counterparty is None:
        # a one-party deal (a raise, a build-out): the deal word's own clause names the party
        # (…，从而减少资本支出需求 speaks of spending in general)
        return c.agent is None or c.agent.iri in u.clause_named
    # a role the report left open is named in the deal word's own clause (随着AMD股价上涨，
    # …用于GPU采购: AMD is named, but not as the seller of that purchase)
    return c.counterparty.iri in u.roles or c.counterparty.iri in u.clause_named


def _same_figure(a1: Amount | None, c1: Capacity | None, a2: Amount | None, c2: Capacity | None) -> bool:
    if a1 is not None and a2 is not None and not _vague(a1) and not _vague(a2):
        if a1.currency == a2.currency and _close(a1, a2):
            return True
        if a1.usd_value is not None and a2.usd_value is not None and a1.usd_value == a2.usd_value:
            return True
    return (
        c1 is not None and c2 is not None and c1.value_watts is not None and c1.value_watts == c2.value_watts
    )


def _clarity(c: _Cand, u: _Unit) -> int:
    """How clearly a sentence states the deal: its parties and its figure, named in it."""
    s = u.sentence
    score = sum(m is not None and m.iri in u.named for m in (c.agent, c.counterparty))
    if c.amount is not None and s.start <= c.amount.start < s.end:
        score += 2
    elif c.capacity is not None and s.start <= c.capacity.start < s.end:
        score += 1
    return score


def _evidence(c: _Cand) -> list[Sentence]:
    """The deal's evidence: its reports that restate it, the clearest sentence first, headings
    last (a heading is never the first evidence when a sentence states the deal)."""
    units: list[_Unit] = []
    for u in c.units or (_Unit(c.sentence, c.named),):
        if all(u.sentence.start != v.sentence.start for v in units):
            units.append(u)
    kept = [u for u in units if _restates(c, u)] or units[:1]
    order = {u.sentence.start: i for i, u in enumerate(kept)}
    main = next((i for i, u in enumerate(kept) if u.sentence.start == c.sentence.start), 0)
    kept.sort(
        key=lambda u: (u.heading, -_clarity(c, u), order[u.sentence.start] != main, order[u.sentence.start])
    )
    return [u.sentence for u in kept]


@Language.factory("finkg_deals", default_config={})
def make_deals(nlp: Language, name: str) -> object:
    register()

    def component(doc: Doc) -> Doc:
        article = doc._.article
        view = view_of(doc)
        date = article.date if article is not None and article.date else find_article_date(doc.text, view)
        sentences = doc._.sentences or []
        if article is not None:  # captions and furniture outside the body state no deals
            sentences = [s for s in sentences if article.in_body(s.start, s.end)]
        doc._.deals = find_deals(
            doc.text,
            view,
            sentences,
            doc._.amounts or [],
            doc._.capacities or [],
            doc._.shares or [],
            doc._.mentions or [],
            date,
        )
        return doc

    return component


# ----------------------------------------------------------------------------- parties


def _generic_mention(text: str, start: int, end: int, form: str) -> Mention:
    return Mention(start, end, text[start:end], ID_ORG + L.GENERIC_PARTIES[form], "organization")


_MARKER_TABLE: tuple[tuple[str, str], ...] = tuple(
    sorted(
        [(w, "subject") for w in L.SUBJECT_MARKERS]
        + [(w, "beneficiary") for w in (*L.BENEFICIARY_MARKERS, *L.GIVING_VERBS)]
        + [(w, "actor") for w in L.ACTOR_MARKERS]
        + [(w, "with" if w in L.COMITATIVE_MARKERS else "other") for w in L.COUNTERPARTY_MARKERS],
        key=lambda wk: len(wk[0]),
        reverse=True,
    )
)


def _marker_before(view: str, start: int, floor: int) -> tuple[str | None, str | None]:
    """The role-marking word right before ``start`` (spaces, quotes and determiners skipped)."""
    i = start
    while i > floor and view[i - 1] in _SKIP_BEFORE_PARTY:
        i -= 1
    for det in L.DETERMINERS:
        if i - len(det) >= floor and view[i - len(det) : i] == det:
            i -= len(det)
            break
    found = _marker_at(view, i, floor)
    if found[0] is not None:
        return found
    # 參與關聯企業欣興的增資 / 對安徽荃銀高科發起要約: a descriptor between the marker and the name
    for k in range(2, L.MAX_DESCRIPTOR + 1):
        if i - k <= floor or not _descriptor(view[i - k : i]):
            continue
        found = _marker_at(view, i - k, floor)
        if found[0] is not None:
            return found
    return None, None


def _marker_at(view: str, i: int, floor: int) -> tuple[str | None, str | None]:
    for w, kind in _MARKER_TABLE:
        j = i - len(w)
        if j < floor or view[j:i] != w:
            continue
        if len(w) == 1 and j > floor and view[j - 1] in L.MARKER_BLOCKERS.get(w, ""):
            continue
        return w, kind
    return None, None


def _descriptor(words: str) -> bool:
    """关联企业 / 控股股东 / 安徽 / 美国子公司: a noun that describes the name after it."""
    words = words.strip(" \u3000")
    if not words or any(not ("\u4e00" <= ch <= "\u9fff") for ch in words):
        return False
    for place in L.PLACE_PREFIXES:
        if words.startswith(place):
            rest = words[len(place) :]
            if not rest or rest.endswith(L.DESCRIPTOR_HEADS):
                return True
    return words.endswith(L.DESCRIPTOR_HEADS)


def _parties(
    text: str, view: str, sent: Sentence, mentions: Sequence[Mention], topic: Mention | None
) -> list[Party]:
    s, e = sent.start, sent.end
    inside = [m for m in mentions if s <= m.start and m.end <= e]
    spans: list[Mention] = []
    for m in inside:  # drop mentions nested in longer ones
        if spans and m.start < spans[-1].end:
            continue
        spans.append(m)
    occupied = [(m.start, m.end) for m in spans]

    def free(a: int, b: int) -> bool:
        return not any(a < oe and os < b for os, oe in occupied)

    found: list[tuple[int, int, Mention | None, str]] = [(m.start, m.end, m, "") for m in spans]
    for form in L.GENERIC_PARTIES:
        for mt in re.finditer(re.escape(form), view[s:e]):
            a, b = s + mt.start(), s + mt.end()
            if free(a, b):
                found.append((a, b, _generic_mention(text, a, b, form), ""))
                occupied.append((a, b))
    for form in sorted((*L.ORG_ANAPHORA, *L.LATTER, *L.FORMER), key=len, reverse=True):
        for mt in re.finditer(re.escape(form), view[s:e]):
            a, b = s + mt.start(), s + mt.end()
            if not free(a, b) or not _is_anaphor(view, a, b, form, s):
                continue
            found.append((a, b, None, form))
            occupied.append((a, b))
    found.sort(key=lambda f: f[0])

    parties: list[Party] = []
    for a, b, mention, anaphor in found:
        if mention is None:
            mention = _resolve_anaphor(anaphor, parties, topic) if anaphor not in L.ANAPHOR_HEADS else None
            mention = (
                mention
                or _resolve_by_head(view, anaphor, a, mentions)
                or _resolve_anaphor(anaphor, parties, topic)
            )
            if mention is None:
                continue
        marker, kind = _marker_before(view, a, s)
        after = view[b : b + 6]
        regulator = any(after.startswith(v) or after[1:].startswith(v) for v in L.REGULATOR_VERBS)
        # 恒大主席减持: the chairman acts, not the company
        titled = after.lstrip(" ").startswith(L.TITLE_WORDS)
        usable = mention.type == "organization" and not regulator and not titled
        parties.append(Party(mention, a, b, marker, kind, usable=usable))
    return _mark_lists(view, _mark_founders(view, _mark_restatements(view, _mark_modifiers(view, parties))))


def _is_anaphor(view: str, a: int, b: int, form: str, floor: int) -> bool:
    after = view[b : b + 1]
    before = view[a - 1] if a > floor else ""
    if form == "其":
        # 其中/其他/其实/尤其/极其 are not the pronoun
        return after not in "中他它余实次" and before not in "尤极及与"
    if form in L.CLAUSE_INITIAL_ANAPHORA:
        return a == floor or before in "，,。；;：:\n )）"
    return True


def _resolve_by_head(view: str, form: str, at: int, mentions: Sequence[Mention]) -> Mention | None:
    """该信托 / 集团 / 该行: the last organisation before ``at`` whose name has that head noun."""
    head = L.ANAPHOR_HEADS.get(form)
    if head is None:
        return None
    for m in reversed(mentions):
        if m.end <= at and m.type == "organization" and view[m.start : m.end].endswith(head):
            return m
    return None


def _resolve_anaphor(form: str, before: list[Party], topic: Mention | None) -> Mention | None:
    orgs = [p for p in before if p.mention.type == "organization" and not p.modifier]
    if form in L.LATTER:
        return orgs[-1].mention if orgs else None
    if form in L.FORMER:
        return orgs[-2].mention if len(orgs) >= 2 else None
    unmarked = [p for p in orgs if p.marker is None]
    if unmarked:
        return unmarked[-1].mention
    return topic


def _mark_modifiers(view: str, parties: list[Party]) -> list[Party]:
    """甲骨文(Oracle): the second restates the first. X旗下Y / X创立的…Y: X only modifies Y."""
    out = list(parties)
    heads: list[int] = []  # indices of parties that are not appositions
    group_end: dict[int, int] = {}
    for i, q in enumerate(out):
        if heads:
            h = heads[-1]
            gap = view[group_end[h] : q.start]
            if gap.strip(" ") in _OPEN_PAREN:
                p = out[h]
                out[i] = replace(q, modifier=True, marker=p.marker, marker_kind=p.marker_kind)
                close = view.find(")", q.end, q.end + 30)
                close2 = view.find("）", q.end, q.end + 30)
                ends = [c + 1 for c in (close, close2) if c >= 0]
                group_end[h] = min(ends) if ends else q.end
                continue
        heads.append(i)
        group_end[i] = q.end
    for k in range(len(heads) - 1):
        i, j = heads[k], heads[k + 1]
        p, q = out[i], out[j]
        gap = view[group_end[i] : q.start]
        if len(gap) > 16 or _CLAUSE_BREAK.search(gap) or not any(w in gap for w in L.POSSESSIVE_LINKS):
            continue
        if any(t.word in gap for t in L.TRIGGERS) or _has_marker(gap):
            continue
        out[i] = replace(p, modifier=True)
        if q.marker is None:  # 对马斯克旗下的xAI: the possessed party inherits the preposition
            out[j] = replace(q, marker=p.marker, marker_kind=p.marker_kind)
    return out


def _mark_founders(view: str, parties: list[Party]) -> list[Party]:
    """其與Y合作成立的Z已與W簽署…: the founders in the relative clause only describe Z."""
    out = list(parties)
    for j, q in enumerate(parties):
        lo = max(0, q.start - L.MAX_RELATIVE_CLAUSE)
        m = L.FOUNDED_BY.search(view, lo, q.start)
        if m is None or m.end() != q.start:
            continue
        for i in range(j):
            p = out[i]
            if p.start >= lo and not _CLAUSE_BREAK.search(view, p.end, q.start):
                out[i] = replace(p, modifier=True)
    return out


def _mark_restatements(view: str, parties: list[Party]) -> list[Party]:
    """安徽荃銀高科種業股份有限公司 荃銀高科: the full name then the short one is one party."""
    out = list(parties)
    for i in range(1, len(out)):
        p, q = out[i - 1], out[i]
        if q.modifier or p.mention.iri != q.mention.iri:
            continue
        gap = view[p.end : q.start]
        if len(gap) > L.MAX_RESTATEMENT_GAP or _CLAUSE_BREAK.search(gap) or "、" in gap:
            continue
        if any(t.word in gap for t in L.TRIGGERS) or _has_marker(gap):
            continue
        out[i] = replace(q, modifier=True, marker=p.marker, marker_kind=p.marker_kind)
    return out


def _has_marker(gap: str) -> bool:
    """A role-marking preposition inside ``gap`` (not 对手 / 对外 / 相对 …)."""
    for w in L.COUNTERPARTY_MARKERS:
        for m in re.finditer(re.escape(w), gap):
            before, after = gap[m.start() - 1 : m.start()], gap[m.end() : m.end() + 1]
            if len(w) == 1 and (
                (before and before in L.MARKER_BLOCKERS.get(w, ""))
                or (after and after in L.MARKER_FOLLOWERS.get(w, ""))
            ):
                continue
            return True
    return False


def _mark_lists(view: str, parties: list[Party]) -> list[Party]:
    """向X、Y采购: a party listed after a marked one carries the same marker."""
    out = list(parties)
    for i in range(1, len(out)):
        p, q = out[i - 1], out[i]
        if (
            q.marker is None
            and p.marker is not None
            and view[p.end : q.start].strip() in ("、", "及", "以及")
        ):
            out[i] = replace(q, marker=p.marker, marker_kind=p.marker_kind)
    return out


def _lead_org(parties: list[Party]) -> Mention | None:
    for p in parties:
        if p.marker is None and not p.modifier and p.usable:
            return p.mention
    return None


# ----------------------------------------------------------------------------- triggers


def _triggers(view: str, sent: Sentence, parties: list[Party]) -> list[_Hit]:
    s, e = sent.start, sent.end
    text = view[s:e]
    by_len = sorted(L.TRIGGERS, key=lambda t: len(t.word), reverse=True)
    taken = [(p.start, p.end) for p in parties]
    hits: list[_Hit] = []
    for trig in by_len:
        for m in re.finditer(re.escape(trig.word), text):
            a, b = s + m.start(), s + m.end()
            if any(a < te and ts < b for ts, te in taken):
                continue
            if _blocked(view, a, b):
                continue
            hits.append(_Hit(a, b, trig))
            taken.append((a, b))
    return sorted(hits, key=lambda h: h.start)


def _blocked(view: str, a: int, b: int) -> bool:
    for w in L.TRIGGER_BLOCKERS:
        lo = max(0, a - len(w) + 1)
        for m in re.finditer(re.escape(w), view[lo : b + len(w) - 1]):
            ms, me = lo + m.start(), lo + m.end()
            if ms < b and a < me and not view[max(0, ms - 4) : ms].endswith(L.BLOCKER_LICENSES.get(w, ())):
                return True
    return False


# ----------------------------------------------------------------------------- one sentence


def _clauses(view: str, sent: Sentence) -> list[tuple[int, int]]:
    """Clause spans: commas, colons and semicolons outside brackets (and, in a heading, the
    spaces between its headlines)."""
    out, start, depth = [], sent.start, 0
    spaces = (
        {m.start() for m in L.HEADLINE_BREAK.finditer(view, sent.start, sent.end)}
        if _heading(view, sent)
        else set()
    )
    for i in range(sent.start, sent.end):
        ch = view[i]
        if ch in "(（[【":
            depth += 1
        elif ch in ")）]】":
            depth = max(0, depth - 1)
        elif depth == 0 and (i in spaces or (_CLAUSE_BREAK.match(ch) and not _thousands_separator(view, i))):
            out.append((start, i))
            start = i + 1
    out.append((start, sent.end))
    return out


def _thousands_separator(view: str, i: int) -> bool:
    """The comma of 2,000萬美元 separates thousands, not clauses."""
    return (
        view[i] == ","
        and i > 0
        and view[i - 1].isdigit()
        and view[i + 1 : i + 4].isdigit()
        and not view[i + 4 : i + 5].isdigit()
    )


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> int:
    for i, (a, b) in enumerate(clauses):
        if a <= pos < b:
            return i
    return len(clauses) - 1


def _sentence_deals(
    view: str,
    sent: Sentence,
    parties: list[Party],
    amounts: Sequence[Amount],
    capacities: Sequence[Capacity],
    shares: Sequence[ShareCount],
    topic: Mention | None,
    recent: dict[str, _Cand],
) -> list[_Cand]:
    seller = _seller_cue(view, sent, parties)
    hits = _triggers(view, sent, parties)
    clauses = _clauses(view, sent)
    s_amounts = [a for a in amounts if sent.start <= a.start < sent.end]
    s_caps = [c for c in capacities if sent.start <= c.start < sent.end]
    s_shares = [x for x in shares if sent.start <= x.start < sent.end]
    out: list[_Cand] = [seller] if seller else []
    out.extend(_tranches(view, sent, clauses, s_amounts, recent, _lead_org(parties)))
    out.extend(_investor_phrases(view, sent, parties, recent))
    all_hits = hits
    masked = _masked(view, sent, parties)
    hits = [h for h in hits if _live(view, masked, sent, clauses, h)]
    hits = [h for h in hits if not _purpose_build(clauses, hits, h)]
    objects: set[int] = set()
    for hit in hits:
        ci = _clause_of(clauses, hit.start)
        ca, cb = clauses[ci]
        trig = hit.trigger
        dtype = trig.type
        if trig.needs == "build" and not any(w in view[hit.end : cb] for w in L.BUILD_WORDS):
            if trig.fallback is None:
                continue
            dtype = trig.fallback
        lead = _lead_participant(view, parties, ca, hit, dtype)
        if lead is not None:
            out.append(_Cand(dtype, None, lead.mention, sent, hit.start, subtype=trig.subtype, attach="lead"))
            continue
        agent, cp, co, explicit, obj, subj = _roles(
            view, sent, clauses, ci, hit, dtype, parties, topic, objects
        )
        subtype = trig.subtype
        prior = recent.get(dtype)
        if not explicit and prior is None and view[max(ca, hit.start - 3) : hit.start].endswith(L.DEICTIC):
            continue  # 此项投资 naming a deal of another type (the acquisition above)
        obj_chain = _chain(view, parties, obj, cb) if obj is not None and cp is obj.mention else []
        borrowed: frozenset[str] = frozenset()
        if not explicit and prior is not None and any(w in view[sent.start : hit.start] for w in L.DEICTIC):
            # 本次要约 / 此次银团贷款: the deal already under discussion
            borrowed = frozenset(
                m.iri for m in (prior.agent, prior.counterparty) if m is not None and m is not cp
            )
            agent, cp = prior.agent, cp or prior.counterparty
        if agent is not None and cp is not None and agent.iri == cp.iri:
            cp = None
        if (
            dtype == "debt"
            and agent is not None
            and cp is not None
            and _lender(view, agent)
            and not _lender(view, cp)
        ):
            agent, cp = cp, agent  # X与Y银行签订授信合约: the bank lends
        if agent is not None and _is_exchange(view[agent.start : agent.end]):
            continue  # 于联交所上市: the exchange is where, not who
        if dtype in L.PERSON_AGENT_TYPES and not explicit:
            continue  # a share sale names its seller in its own clause
        objects.update(id(p) for p in obj_chain)
        if _purpose(view, ca, hit) and dtype != "purchase" and not explicit:
            continue
        if trig.needs == "object" and cp is None:
            dtype = trig.fallback or dtype
        amount = _pick_amount(view, s_amounts, hit, hits, all_hits, clauses, ci, dtype)
        if trig.needs == "money" and amount is None:
            dtype = trig.fallback or dtype
        if dtype == "agreement" and view.startswith(L.BUILD_WORDS, hit.end):
            continue  # 合作兴建…: the build-out is the deal, the cooperation its manner
        if dtype == "agreement" and L.RELATIVE_AFTER.match(view, hit.end):
            continue  # 与Y合作成立的SPV: the cooperation describes a company, it is no deal here
        if (
            dtype == "investment"
            and agent is None
            and cp is not None
            and L.UNNAMED_INVESTORS.search(view[ca : hit.start])
        ):
            # 30家機構共投資X: unnamed investors — the round of X, not an investment by someone
            dtype, agent, cp, obj_chain = "fundraising", cp, None, []
            subtype = "private_rounds"
        if dtype == "investment" and cp is None and L.ROUND.match(view, hit.end):
            cp = _round_owner(recent)  # 領投天使輪: the round of the company under discussion
        if dtype == "investment" and cp is None and not co and _spending_plan(view, hit, cb):
            dtype = "capex"  # 投资计划 / 投资5亿美元的资料中心: the spender's own build-out
        if dtype == "capex":
            cp = None
        cap = _nearest_in(s_caps, hit, clauses, ci) if dtype != "fundraising" else None
        sh = (
            _nearest_in(s_shares, hit, clauses, ci, whole_sentence=True)
            if dtype in ("fundraising", "acquisition", "warrant", "investment")
            else None
        )
        sym = dtype != "agreement" and any(
            p.marker_kind == "with" and ca <= p.start < hit.start and p.mention in (agent, cp)
            for p in parties
        )
        if dtype == "lease" and cp is None and agent is not None:
            # 由SPV购买GPU，再由xAI租用: the lessor is who bought the goods just before
            cp = next(
                (d.agent for d in reversed(out) if d.type == "purchase" and d.agent is not None
                 and d.agent.iri != agent.iri and d.trigger_start < hit.start),
                None,
            )  # fmt: skip
        agents: list[Mention | None] = [*_distributive(view, parties, agent, hit)] or [agent]
        cps: list[Mention | None] = [p.mention for p in obj_chain] or [cp]
        for a in agents:
            for c in cps:
                out.append(
                    _Cand(
                        dtype,
                        a,
                        c,
                        sent,
                        hit.start,
                        co,
                        amount,
                        cap,
                        sh,
                        subtype,
                        symmetric=sym,
                        subject=subj if explicit else None,
                        borrowed=borrowed,
                        signed=dtype == "agreement"
                        and (
                            any(w in view[ca:cb] for w in L.SIGNING_WORDS)
                            or bool(L.JOINT_ACTS.search(view, ca, cb))
                        ),
                    )
                )
    return out


def _lender(view: str, m: Mention) -> bool:
    """A bank: its name ends in 银行 / 商银 (in the normalised view)."""
    return view[m.start : m.end].endswith(L.LENDER_HEADS)


def _round_owner(recent: dict[str, _Cand]) -> Mention | None:
    """The company whose funding round is under discussion: the last raiser or investee."""
    last = [
        (c.sentence.start, c.trigger_start, m)
        for c, m in (
            (recent.get("fundraising"), recent["fundraising"].agent if "fundraising" in recent else None),
            (recent.get("investment"), recent["investment"].counterparty if "investment" in recent else None),
        )
        if c is not None and m is not None
    ]
    return max(last, key=lambda t: (t[0], t[1]))[2] if last else None


def _investor_phrases(
    view: str, sent: Sentence, parties: list[Party], recent: dict[str, _Cand]
) -> list[_Cand]:
    """X、Y等天使輪投資方: X is an investor in the company whose round is under discussion."""
    owner = _round_owner(recent)
    if owner is None:
        return []
    out: list[_Cand] = []
    for p in parties:
        if p.modifier or not p.usable or p.marker is not None or p.mention.iri == owner.iri:
            continue
        if _chain_head(view, parties, p) is not p:
            continue
        chain = _chain(view, parties, p, sent.end)
        m = L.INVESTOR_PHRASE.match(view, chain[-1].end)
        if m is None:
            continue
        co = tuple(c.mention for c in chain[1:])
        out.append(_Cand("investment", p.mention, owner, sent, m.start(), co, subtype="investor"))
    return out


def _purpose_build(clauses: list[tuple[int, int]], hits: list[_Hit], hit: _Hit) -> bool:
    """投資5000億美元建設…: the build-out is what the money word before it is for."""
    if hit.trigger.needs != "facility":
        return False
    ca, _ = clauses[_clause_of(clauses, hit.start)]
    return any(ca <= h.start < hit.start and h.trigger.type != "agreement" for h in hits)


def _spending_plan(view: str, hit: _Hit, clause_end: int) -> bool:
    """投资」计划 (a plan, no investee) / 投资5亿美元的AI资料中心 (a facility as the object)."""
    after = view[hit.end : clause_end].lstrip("」』”\"' ")
    if after.startswith(L.PLAN_NOUNS):
        return True
    m = re.search("的", after)
    if m is None and any(w in after for w in L.BUILD_WORDS):
        return True  # 投资200亿元在匈牙利建厂: the money builds the spender's own plant
    if m is None or any(w in after[: m.start()] for w in L.BUILD_WORDS):
        return False
    return any(f in after[m.end() : m.end() + 10] for f in L.FACILITY_NOUNS)


def _masked(view: str, sent: Sentence, parties: list[Party]) -> str:
    """The view with the sentence's party names blanked (希望教育 holds no hedge 希望)."""
    chars = list(view[sent.start : sent.end])
    for p in parties:
        if p.mention.start != p.start:
            continue  # an anaphor (其, 该公司) is a word of the sentence
        for i in range(max(p.start, sent.start), min(p.end, sent.end)):
            chars[i - sent.start] = "\u25a1"
    return view[: sent.start] + "".join(chars) + view[sent.end :]


def _live(view: str, masked: str, sent: Sentence, clauses: list[tuple[int, int]], hit: _Hit) -> bool:
    """A trigger that states a deal: not hedged, and (取得) with the stake it needs. ``masked`` is
    the view with party names blanked, for the words that must not be read inside a name."""
    ca, cb = clauses[_clause_of(clauses, hit.start)]
    if hit.trigger.needs == "stake" and not any(w in view[hit.end : cb] for w in L.STAKE_WORDS):
        return False
    if hit.trigger.needs == "exchange" and not any(
        w in view[max(ca, hit.start - 8) : min(cb, hit.end + 8)] for w in L.EXCHANGES
    ):
        return False
    if hit.trigger.needs == "facility" and not any(w in view[hit.end : cb] for w in L.FACILITY_NOUNS):
        return False
    if hit.trigger.needs == "goods" and not any(
        w in view[max(ca, hit.start - L.GOODS_BEFORE) : cb] for w in L.GOODS_NOUNS
    ):
        return False
    if hit.trigger.needs == "becoming" and not any(w in view[ca : hit.start] for w in L.BECOMING_VERBS):
        return False
    about = view.rfind(L.ABOUT, ca, hit.start)
    if about >= 0 and view[about + len(L.ABOUT) :].startswith(L.POLICY_VERBS):
        return False  # 关于支持发行科技创新债券的公告: a policy's subject, not a deal
    if view[hit.end : hit.end + 4].lstrip("」』”\"' ").startswith(L.MODE_NOUNS):
        return False  # 「直接共同投资」模式: a way of doing deals, not a deal
    if any(w in masked[ca:cb] for w in (*L.HEDGE_WORDS, *L.CLAUSE_HEDGE_WORDS)) or _aggregate(masked[ca:cb]):
        return False
    if any(w in masked[sent.start : ca] for w in L.REPORTED_AGGREGATE_WORDS):
        return False  # 投审会统计，今年前8月侨外投资金额达…
    # hedges govern the clauses after them, up to a word that starts a new assertion
    head = masked[sent.start : ca]
    for reset in L.DISCOURSE_RESETS:
        cut = head.rfind(reset)
        if cut >= 0:
            head = head[cut + len(reset) :]
    return not any(w in head for w in L.HEDGE_WORDS)


def _is_exchange(name: str) -> bool:
    return name.endswith(L.EXCHANGE_SUFFIXES) or any(name == w or name.endswith(w) for w in L.EXCHANGES)


def _aggregate(clause: str) -> bool:
    """A statistic over many deals: 累计, 件数, 两案总投资额, 30家机构共…"""
    return any(w in clause for w in L.AGGREGATE_WORDS) or L.COUNTED_CASES.search(clause) is not None


def _tranches(
    view: str,
    sent: Sentence,
    clauses: list[tuple[int, int]],
    amounts: list[Amount],
    recent: dict[str, _Cand],
    lead: Mention | None,
) -> list[_Cand]:
    """Parts of a deal already named, one deal each: bond tranches by tenor (其中2年期60亿元；
    182天贴现债券40亿元) and a round's equity / debt parts (由75亿美元股权 + 125亿美元债务组成)."""
    out: list[_Cand] = []
    parts: list[tuple[Amount, str, str]] = []
    bond = recent.get("debt")
    for a in amounts:
        if a.converted_from_start is not None or a.per is not None:
            continue
        ca, _ = clauses[_clause_of(clauses, a.start)]
        before = view[max(ca, a.start - 12) : a.start]
        after = view[a.end : a.end + 4].lstrip("的 ")
        if bond is not None and bond.subtype in L.BOND_SUBTYPES and L.TENOR.search(before) is not None:
            out.append(_Cand("debt", bond.agent, None, sent, a.start, amount=a, subtype="bond_tranche"))
            continue
        for noun, (dtype, subtype) in L.TRANCHE_NOUNS.items():
            if after.startswith(noun) and not after.startswith(L.TRANCHE_NOT):
                parts.append((a, dtype, subtype))
                break
    # a round's parts come in twos at least (股权 + 债务); the raiser leads the sentence
    raiser = lead or (recent["fundraising"].agent if "fundraising" in recent else None)
    if len(parts) >= 2 and raiser is not None:
        out.extend(_Cand(t, raiser, None, sent, a.start, amount=a, subtype=st) for a, t, st in parts)
    return out


def _purpose(view: str, ca: int, hit: _Hit) -> bool:
    return any(w in view[ca : hit.start] for w in L.PURPOSE_WORDS)


def _lead_participant(view: str, parties: list[Party], ca: int, hit: _Hit, dtype: str) -> Party | None:
    """Valor Capital则主导股权投资: a lead investor / lender of a round named before."""
    if dtype not in ("fundraising", "debt"):
        return None
    before = view[ca : hit.start]
    tail = before.rstrip()
    for det in L.DEICTIC:  # 主导本轮融资
        if tail.endswith(det):
            tail = tail[: -len(det)]
            break
    verb = next((v for v in L.LEAD_VERBS if tail.endswith(v)), None)
    if verb is None:
        return None
    cands = [p for p in parties if ca <= p.start < hit.start and p.usable and not p.modifier]
    return cands[0] if cands else None


def _seller_cue(view: str, sent: Sentence, parties: list[Party]) -> _Cand | None:
    """出售股权的是X / 卖方为X: X sold the stake of the acquisition named before."""
    for cue in L.SELLER_CUES:
        i = view.find(cue, sent.start, sent.end)
        if i < 0:
            continue
        after = [p for p in parties if p.start >= i + len(cue) and p.usable]
        # the seller is the last of a possessive chain (香港置地子公司Sageland)
        chain = [p for p in after if not p.modifier]
        if chain:
            return _Cand("acquisition", None, chain[0].mention, sent, i, attach="seller")
    return None


def _subject(
    parties: list[Party],
    clauses: list[tuple[int, int]],
    ci: int,
    hit: _Hit,
    exclude: set[int],
    topic: Mention | None,
    view: str,
    sent: Sentence,
    people: bool = False,
) -> Party | Mention | None:
    ca, _ = clauses[ci]

    def ok(p: Party) -> bool:
        usable = p.usable or (people and p.mention.type == "person")
        return usable and not p.modifier and id(p) not in exclude and p.marker_kind in (None, "with")

    actor = [
        p for p in parties if sent.start <= p.start < hit.start and p.marker_kind == "actor" and p.usable
    ]
    if actor and all(p.start < actor[-1].start for p in parties if ca <= p.start < hit.start and ok(p)):
        return actor[-1]
    before = [p for p in parties if ca <= p.start < hit.start and ok(p) and p.marker is None]
    if before:
        return _chain_head(view, parties, before[-1], people)
    for j in range(ci - 1, -1, -1):
        a, b = clauses[j]
        if view[a:b].lstrip(" \u3000").startswith(L.DISPOSAL_MARKERS):
            continue  # 將4.49億元存入X指定帳戶: X is the object of a disposal clause
        cl = [p for p in parties if a <= p.start < b and ok(p) and p.marker is None]
        if cl:
            return _chain_head(view, parties, cl[0], people)
    head = view[sent.start : hit.start]
    if topic is not None and any(w in head for w in L.DEICTIC):
        return topic
    return None


def _chain_head(view: str, parties: list[Party], p: Party, people: bool = False) -> Party:
    """OpenAI、甲骨文、软银计划投资: the list's first party leads."""
    i = parties.index(p)
    while i > 0:
        q = parties[i - 1]
        gap = view[q.end : parties[i].start].strip()
        usable = q.usable or (people and q.mention.type == "person")
        if gap in ("、", "和", "与", "及", "以及", "跟") and usable and not q.modifier and q.marker is None:
            i -= 1
        else:
            break
    return parties[i]


def _chain(view: str, parties: list[Party], head: Party, limit: int) -> list[Party]:
    i = parties.index(head)
    chain = [head]
    for q in parties[i + 1 :]:
        if q.start >= limit:
            break
        gap = view[chain[-1].end : q.start].strip()
        if gap in ("、", "和", "与", "及", "以及", "跟") and q.usable and not q.modifier:
            chain.append(q)
        elif q.modifier:
            continue
        else:
            break
    return chain


def _roles(
    view: str,
    sent: Sentence,
    clauses: list[tuple[int, int]],
    ci: int,
    hit: _Hit,
    dtype: str,
    parties: list[Party],
    topic: Mention | None,
    objects: set[int],
) -> tuple[Mention | None, Mention | None, tuple[Mention, ...], bool, Party | None, Mention | None]:
    """(agent, counterparty, co-agents, whether the subject is explicit in the clause, object,
    the grammatical subject)."""
    trig = hit.trigger
    ca, cb = clauses[ci]
    subject_role = trig.subject
    opposite = {"agent": "counterparty", "counterparty": "agent"}

    def symmetric(p: Party) -> bool:
        return dtype == "agreement" or any(w in view[p.end : hit.end] for w in L.SYMMETRIC_WORDS)

    marked = [
        p
        for p in parties
        if ca <= p.start < hit.start and p.marker is not None and not p.modifier and p.usable
        and (p.marker_kind != "with" or symmetric(p))
    ]  # fmt: skip
    # a 由/以-phrase may sit in an earlier clause (由国泰以250亿元，取得…)
    swap = next(
        (
            p
            for p in reversed(parties)
            if ca <= p.start < hit.start and p.marker_kind == "subject" and p.usable
        ),
        None,
    )
    if swap is not None:
        swap = _list_head(view, parties, swap)
    bene = next((p for p in reversed(marked) if p.marker_kind == "beneficiary"), None)
    other = next((p for p in reversed(marked) if p.marker_kind in ("other", "with")), None)
    if dtype == "fundraising" and other is not None and other.marker != "向":
        other = None
    obj = None if dtype in ("fundraising", "debt", "capex") else _object_party(parties, hit, cb)
    owner = _trigger_owner(view, parties, ca, hit)
    exclude = {id(p) for p in (swap, bene, other, obj, owner) if p is not None} | objects
    # people sell their own shares (许家印减持旧股): a person may be the agent of a share sale
    subj = _subject(
        parties, clauses, ci, hit, exclude, topic, view, sent, people=dtype in L.PERSON_AGENT_TYPES
    )
    subj_m = subj.mention if isinstance(subj, Party) else subj
    explicit = isinstance(subj, Party) and ca <= subj.start < cb

    roles: dict[str, Mention | None] = {"agent": None, "counterparty": None}
    if owner is not None:
        # X的现金增资 / 供股的X: X receives; X的投资 / X的大订单: X acts, as its subject would
        held = view[min(owner.end, hit.start) : hit.start]
        receives = (
            dtype in L.OWNER_RECEIVES_TYPES
            or trig.subtype in L.OWNER_RECEIVES_SUBTYPES
            or any(v in held for v in L.HOLDING_VERBS)
        )
        recv = L.RECEIVER_ROLE.get(dtype, "counterparty") if receives else subject_role
        if dtype in L.GIVER_ROLE and any(v in held for v in L.GIVING_VERBS):
            recv = L.GIVER_ROLE[dtype]  # X提供的借款: X lends
        roles[recv] = owner.mention
        if subj_m is not None and subj_m.iri != owner.mention.iri:
            roles[opposite[recv]] = subj_m
    elif swap is not None:
        roles[subject_role] = swap.mention
        rest = subj_m if subj_m is not None and subj_m.iri != swap.mention.iri else None
        if rest is None:
            target = other or obj
            rest = target.mention if target else None
        roles[opposite[subject_role]] = rest
    elif bene is not None:
        recv = L.RECEIVER_ROLE.get(dtype, "counterparty")
        roles[recv] = bene.mention
        roles[opposite[recv]] = subj_m
    else:
        gap_start = max(ca, subj.end) if isinstance(subj, Party) and subj.end <= hit.start else ca
        gap = view[gap_start : hit.start]
        role: str = subject_role
        if _receiving(gap):
            role = L.RECEIVING_SUBJECT_ROLE.get(dtype, subject_role)
        elif any(v in gap for v in L.ISSUING_VERBS):
            role = "agent"  # X发行债券 / 发行新股 / 发行认股权证: the issuer
        elif dtype in L.GIVER_ROLE and any(v in gap for v in L.GIVING_VERBS):
            role = L.GIVER_ROLE[dtype]
        roles[role] = subj_m
        target = other or obj
        if target is not None:
            roles[opposite[role]] = target.mention
    co: tuple[Mention, ...] = ()
    if isinstance(subj, Party) and roles["agent"] is subj_m:
        co = tuple(p.mention for p in _chain(view, parties, subj, hit.start)[1:])
    return roles["agent"], roles["counterparty"], co, explicit, obj, subj_m


def _receiving(gap: str) -> bool:
    """获得投资 / 取得融资: the subject receives (获准投资 is approval, not receipt)."""
    for v in L.RECEIVING_VERBS:
        for m in re.finditer(re.escape(v), gap):
            if not gap[m.end() : m.end() + 1] or gap[m.end()] not in L.RECEIVING_BLOCKERS:
                return True
    return False


def _list_head(view: str, parties: list[Party], p: Party) -> Party:
    """由软银、OpenAI、甲骨文等打造: the first of a marked list."""
    i = parties.index(p)
    while (
        i > 0
        and parties[i - 1].marker == p.marker
        and view[parties[i - 1].end : parties[i].start].strip() in ("、", "及", "以及", "和", "与")
    ):
        i -= 1
    return parties[i]


def _trigger_owner(view: str, parties: list[Party], ca: int, hit: _Hit) -> Party | None:
    """X的现金增资 / 供股的X: the party the trigger belongs to."""
    for p in reversed(parties):
        if ca <= p.start and p.end <= hit.start and p.usable:
            if p.marker_kind == "other":
                break  # 对X的投资: X is the object of 对, not the owner
            gap = view[p.end : hit.start]
            if (len(gap) <= 4 and gap.rstrip().endswith(("的", "之"))) or (
                len(gap) <= 6 and gap.startswith("的")
            ):
                return p
            break
    after = view[hit.end : hit.end + 2]
    if after.startswith("的"):
        nxt = next((p for p in parties if p.start >= hit.end), None)
        if nxt is not None and nxt.start - hit.end <= 2 and nxt.usable:
            return nxt
    return None


def _object_party(parties: list[Party], hit: _Hit, clause_end: int) -> Party | None:
    for p in parties:
        if hit.end <= p.start < clause_end and not p.modifier:
            return p if p.usable else None
    return None


def _distributive(view: str, parties: list[Party], agent: Mention | None, hit: _Hit) -> list[Mention]:
    """X与Y都与Z签约: one deal per subject."""
    if agent is None:
        return []
    idx = [k for k, p in enumerate(parties) if p.mention is agent and p.end <= hit.start]
    if not idx:
        return []
    head = parties[idx[-1]]
    chain = _chain(view, parties, head, hit.start)
    if len(chain) < 2:
        return []
    tail = view[chain[-1].end : hit.start]
    if any(w in tail[:5] for w in L.DISTRIBUTIVE):
        return [p.mention for p in chain]
    return []


# ----------------------------------------------------------------------------- figures


def _is_deal_amount(view: str, a: Amount, dtype: str) -> bool:
    if a.converted_from_start is not None:
        return False
    cue = view[max(0, a.start - 8) : a.start]
    if dtype in L.PERSON_AGENT_TYPES and any(w in cue for w in L.PROCEEDS_CUES):
        return True  # 减持旧股，套现18亿元: the proceeds are the sale's figure
    if any(w in cue for w in L.NON_DEAL_AMOUNT_CUES):
        return False
    return dtype == "warrant" or a.per is None


def _pick_amount(
    view: str,
    amounts: list[Amount],
    hit: _Hit,
    hits: list[_Hit],
    all_hits: list[_Hit],
    clauses: list[tuple[int, int]],
    ci: int,
    dtype: str,
) -> Amount | None:
    """The deal's figure: nearest in the trigger's clause (not nearer another deal word), else the
    first in the next clause if no deal word (even a hedged one) claims it, else a 以-price before."""
    usable = [a for a in amounts if _is_deal_amount(view, a, dtype)]
    ca, cb = clauses[ci]
    if dtype == "warrant":
        per_share = [a for a in usable if a.per == "share"]
        usable = per_share or [a for a in usable if a.per is None]
        # the exercise price may follow in the sentence (…发行认股权证，允许Y以每股0.01美元认购)
        later = [a for a in per_share if a.start >= ca]
        if later:
            return later[0]
    rivals = [h for h in hits if h is not hit and h.trigger.type != hit.trigger.type and ca <= h.start < cb]

    def mine(a: Amount) -> bool:
        d = _distance(a.start, a.end, hit)
        return all(_distance(a.start, a.end, r) >= d for r in rivals)

    in_clause = [a for a in usable if ca <= a.start < cb and mine(a)]
    if in_clause:
        return min(in_clause, key=lambda a: _distance(a.start, a.end, hit))
    if ci > 0 and view[ca : hit.start].lstrip(" \u3000").startswith(L.FUNDS_NOUNS):
        # 將4.49億元存入…，資金來源於X提供的借款: the funds are the figure just named
        pa, pb = clauses[ci - 1]
        prev = [a for a in usable if pa <= a.start < pb]
        if prev:
            return prev[-1]
    # the figure in the next clause (…的现金增资，投入金额上限7亿元), unless another deal word claims
    # it; a heading's next headline (after a space) is another story
    if ci + 1 < len(clauses) and not view[cb].isspace():
        na, nb = clauses[ci + 1]
        nxt = [a for a in usable if na <= a.start < nb]
        if nxt and not any(na <= h.start < nb for h in all_hits):
            return nxt[0]
    # the price given with 以 in the clause before (以2,000万美元，投资…)
    if ci > 0 and not view[clauses[ci - 1][1]].isspace():
        pa, pb = clauses[ci - 1]
        prev = [
            a for a in usable if pa <= a.start < pb and _instrumental(view[max(pa, a.start - 8) : a.start])
        ]
        if prev and not any(prev[-1].end <= h.start < pb for h in hits):
            return prev[-1]
    # 本次要約收購價格…，所需最高資金總額超22.45億元: the deal's total, stated later in its sentence
    for a in usable:
        if a.start < cb:
            continue
        j = _clause_of(clauses, a.start)
        ja, jb = clauses[j]
        if any(ja <= h.start < jb for h in all_hits):
            break
        if any(w in view[max(ja, a.start - 8) : a.start] for w in L.TOTAL_CUES):
            return a
    return None


def _instrumental(before: str) -> bool:
    """以2,000万美元 / 以自有资金7.35亿美元: 以 introduces the price (a few words may intervene)."""
    i = before.rfind(L.INSTRUMENTAL)
    return i >= 0 and not any(ch in before[i:] for ch in "，,。；;")


def _nearest_in(
    items: Sequence, hit: _Hit, clauses: list[tuple[int, int]], ci: int, whole_sentence: bool = False
):
    ca, cb = clauses[ci]
    pool = [x for x in items if ca <= x.start < cb]
    if not pool and ci + 1 < len(clauses):
        na, nb = clauses[ci + 1]
        pool = [x for x in items if na <= x.start < nb]
    if not pool and whole_sentence:
        pool = list(items)
    if not pool:
        return None
    return min(pool, key=lambda x: _distance(x.start, x.end, hit))


def _distance(start: int, end: int, hit: _Hit) -> int:
    if end <= hit.start:
        return hit.start - end
    if start >= hit.end:
        return start - hit.end
    return 0


def _value(a: Amount | None) -> tuple[Decimal | None, Decimal | None, Decimal | None] | None:
    return None if a is None else (a.value, a.min, a.max)


def _vague(a: Amount) -> bool:
    return a.value is None and a.min is None and a.max is None


# ----------------------------------------------------------------------------- merging

_TRANCHES = frozenset({"equity_tranche", "debt_tranche"})


def _compatible(x: _Cand, y: _Cand, same_sentence: bool) -> bool:
    """Same deal? Same type and parties (a missing party or figure does not contradict)."""
    if x.type != y.type:
        # a cooperation of the same two parties restates their typed deal; in another sentence
        # only with the deal's own figure (这一合作被视为挑战 is comment, not a report)
        return (
            "agreement" in (x.type, y.type)
            and None not in _pair(x)
            and _pair(x) == _pair(y)
            and (same_sentence or _same_figure(x.amount, x.capacity, y.amount, y.capacity))
        )
    if {x.subtype, y.subtype} & L.PUBLIC_OFFER_SUBTYPES and {x.subtype, y.subtype} & L.PRIVATE_ROUND_SUBTYPES:
        return False  # the listing is no restatement of the rounds before it
    if (x.symmetric or y.symmetric) and None not in _pair(x) and _pair(x) == _pair(y):
        return _figures_agree(x, y, same_sentence)
    for p, q in ((x.agent, y.agent), (x.counterparty, y.counterparty)):
        if p is not None and q is not None and p.iri != q.iri:
            return False
    if x.agent is None and y.agent is None:
        return False
    if (x.agent is None or y.agent is None) and (x.counterparty is None and y.counterparty is None):
        return False
    if not same_sentence and not (_names_parties(x, y) and _names_parties(y, x)):
        return False
    # a report without its agent joins only a deal with the same figure
    if (
        (x.agent is None or y.agent is None)
        and not same_sentence
        and (x.amount is None or y.amount is None or not _close(x.amount, y.amount))
    ):
        return False
    if not same_sentence and (x.counterparty is None) != (y.counterparty is None):
        # a figure stated without its counterparty joins only a deal with that figure
        bare, full = (x, y) if x.counterparty is None else (y, x)
        if (
            bare.amount is not None
            and full.amount is not None
            and not _close(bare.amount, full.amount)
            and not _within_cap(bare, full)
        ):
            return False
    return _figures_agree(x, y, same_sentence)


def _names_parties(bare: _Cand, full: _Cand) -> bool:
    """A report that leaves a role open restates a deal only when its sentences name that
    party anyway, or it carries the deal's own figure (OpenAI持有的认股权证…用于GPU采购 is no
    report of OpenAI's purchase from Oracle)."""
    if _same_figure(bare.amount, bare.capacity, full.amount, full.capacity) or _within_cap(bare, full):
        return True
    if full.amount is None and bare.amount is not None and bare.agent is not None:
        return True  # 要约最高代价约27.9亿元: the figure of the agent's deal (one host only, _host_of)
    for mine, theirs in ((bare.agent, full.agent), (bare.counterparty, full.counterparty)):
        if mine is None and theirs is not None and theirs.iri not in bare.named:
            return False
    return True


def _figures_agree(x: _Cand, y: _Cand, same_sentence: bool) -> bool:
    if (
        x.type == "capex"
        and x.capacity is not None
        and y.capacity is not None
        and x.capacity.value_watts != y.capacity.value_watts
    ):
        return False  # a 16MW and a 50MW data centre are two build-outs
    if x.amount is not None and y.amount is not None and _value(x.amount) != _value(y.amount):
        return (
            _vague(x.amount)
            or _vague(y.amount)
            or _close(x.amount, y.amount)
            or (not same_sentence and (_within_cap(x, y) or _within_cap(y, x)))
        )
    return True


def _within_cap(part: _Cand, whole: _Cand) -> bool:
    """投入金額上限7億元 … 先按持股比例認購，金額約5.2億元: a figure under the deal's cap is part of it."""
    a, cap = part.amount, whole.amount
    if a is None or cap is None or a.value is None or cap.value is None:
        return False
    if part.subtype in L.PART_SUBTYPES or whole.subtype in L.PART_SUBTYPES:
        return False
    return cap.qualifier in L.CAP_QUALIFIERS and a.currency == cap.currency and a.value < cap.value


def _close(a: Amount, b: Amount) -> bool:
    """The same figure, possibly rounded (约27.9亿元 / 28亿元)."""
    if a.value is None or b.value is None or a.value == 0:
        return _value(a) == _value(b)
    return abs(a.value - b.value) <= Decimal("0.015") * abs(a.value)


def _pair(c: _Cand) -> tuple[str | None, ...]:
    if c.agent is None or c.counterparty is None:
        return (None,)
    return tuple(sorted((c.agent.iri, c.counterparty.iri)))


def _score(c: _Cand) -> tuple[bool, ...]:
    return (
        c.type != "agreement",
        not c.symmetric,
        c.agent is not None,
        c.counterparty is not None,
        c.amount is not None and not _vague(c.amount),
        c.amount is not None,
        c.capacity is not None,
    )


def _combine(x: _Cand, y: _Cand) -> _Cand:
    """One deal from two reports of it: the richer report leads, the other adds what it lacks."""
    main, other = (x, y) if _score(x) >= _score(y) else (y, x)
    sentences = [main.sentence, *main.extra]
    for s in (other.sentence, *other.extra):
        if all(s.start != t.start for t in sentences):
            sentences.append(s)
    amount = (
        main.amount if main.amount is not None and not _vague(main.amount) else (other.amount or main.amount)
    )
    if _more_precise(other.amount, amount):  # 约27.9亿元 over the rounded 28亿元
        amount = other.amount
    if amount is not None:  # the clearest evidence first: the sentence the amount comes from
        sentences.sort(key=lambda s: not (s.start <= amount.start < s.end))
    return _Cand(
        main.type,
        main.agent or other.agent,
        main.counterparty or other.counterparty,
        sentences[0],
        main.trigger_start,
        main.co_agents or other.co_agents,
        amount,
        main.capacity or other.capacity,
        main.shares or other.shares,
        main.subtype or other.subtype,
        tuple(sentences[1:]),
        symmetric=main.symmetric and other.symmetric,
        signed=main.signed or other.signed,
        named=main.named & other.named,
        units=(*main.units, *other.units),
    )


def _more_precise(a: Amount | None, b: Amount | None) -> bool:
    if a is None or b is None or a.value is None or b.value is None or not _close(a, b):
        return False
    return len(str(a.value.normalize())) > len(str(b.value.normalize()))


def _merge(cands: list[_Cand], same_sentence: bool) -> list[_Cand]:
    out: list[_Cand] = []
    for c in cands:
        i = _host_of(out, c, same_sentence)
        if i is None:
            out.append(c)
        else:
            out[i] = _combine(out[i], c)
    return out


def _host_of(out: list[_Cand], c: _Cand, same_sentence: bool) -> int | None:
    """The deal ``c`` restates: one with the same figure first; a figure without its
    counterparty is no restatement of one of several deals with different counterparties."""
    fits = [i for i, o in enumerate(out) if _compatible(o, c, same_sentence)]
    if not fits:
        return None
    if c.amount is not None:
        amount = c.amount
        same = [i for i in fits if (a := out[i].amount) is not None and _close(a, amount)]
        if same:
            return same[0]
        if c.counterparty is None:
            cps = {cp.iri for i in fits if (cp := out[i].counterparty) is not None}
            if len(cps) > 1:
                return None
    # then the deal with the same capacity, then one that names both parties as this report does
    same_cap = [i for i in fits if _same_figure(None, out[i].capacity, None, c.capacity)]
    if same_cap:
        return same_cap[0]
    both = [i for i in fits if None not in _pair(c) and _pair(out[i]) == _pair(c)]
    return both[0] if both else fits[0]


def _attach(deals: list[_Cand], cands: list[_Cand]) -> list[_Cand]:
    """Lead investors and sellers named in their own sentence join the deal named before."""
    out = list(deals)
    for c in cands:
        if c.attach is None or c.counterparty is None:
            continue
        types = ("acquisition",) if c.attach == "seller" else (c.type,)
        best = None
        for i, d in enumerate(out):
            if d.type in types and d.sentence.start <= c.sentence.start and d.agent is not None:
                if c.attach == "lead" and d.counterparty is not None:
                    continue
                if c.attach == "lead" and c.subtype and d.subtype and c.subtype != d.subtype:
                    continue
                best = i
        if best is not None:
            d = out[best]
            extra = (
                d.extra
                if any(s.start == c.sentence.start for s in (d.sentence, *d.extra))
                else (*d.extra, c.sentence)
            )
            # the lead / seller named later belongs to the deal the earlier sentences state
            cp = c.counterparty.iri
            units = tuple(replace(u, named=u.named | {cp}, roles=u.roles | {cp}) for u in d.units)
            units += tuple(replace(u, linked=True) for u in c.units)
            out[best] = replace(d, counterparty=c.counterparty, extra=extra, units=units)
    return out


def _drop_signings(found: list[_Cand]) -> list[_Cand]:
    """X与Y签署协议，由Y以…取得 / 向X租用算力，合约总值N: the signing or the contract is the
    sentence's other deal, not a second one; its figures go to that deal."""
    out = list(found)
    for c in found:
        if c.attach is not None or not (c.type == "agreement" or c.subtype == "contract"):
            continue
        parties = {m.iri for m in (c.agent, c.counterparty) if m is not None}
        host = next(
            (
                i for i, d in enumerate(out)
                if d is not c and d.attach is None and d.type != "agreement" and d.subtype != "contract"
                and _hosts(c, parties, {m.iri for m in (d.agent, d.counterparty) if m is not None})
                and (c.type == "agreement" or d.amount is None or c.amount is None)
            ),
            None,
        )  # fmt: skip
        if host is None:
            continue
        d = out[host]
        out[host] = replace(d, amount=d.amount or c.amount, capacity=d.capacity or c.capacity)
        out.remove(c)
    return out


def _fold_project_costs(found: list[_Cand]) -> list[_Cand]:
    """X与Y签署协议，双方合资建厂，项目总投资41亿欧元: the project the two parties signed for is
    the agreement's; its cost is the agreement's figure, not a build-out of one of them."""
    out = list(found)
    for c in found:
        if c.agent is None or not (c.type == "capex" or (c.type == "investment" and c.counterparty is None)):
            continue
        hosts = [
            i
            for i, g in enumerate(out)
            if g.type == "agreement"
            and g.signed
            and g.trigger_start < c.trigger_start
            and None not in _pair(g)
            and c.agent.iri in _pair(g)
        ]
        if not hosts:
            continue
        if c.amount is not None or c.capacity is not None:
            i = next((i for i in hosts if out[i].amount is None), hosts[0])
            g = out[i]
            out[i] = replace(g, amount=g.amount or c.amount, capacity=g.capacity or c.capacity)
        out.remove(c)
    return out


def _drop_claimed_builds(found: list[_Cand]) -> list[_Cand]:
    """向Y投資…，Y則採用…建造10GW數據中心: a build-out with no figure but a capacity another deal
    of the sentence holds describes that deal, it is no deal of its own."""

    def claimed(c: _Cand) -> bool:
        return (
            c.type == "capex"
            and c.amount is None
            and c.capacity is not None
            and any(
                d is not c and d.capacity is not None and d.capacity.start == c.capacity.start for d in found
            )
        )

    return [c for c in found if not claimed(c)]


def _drop_net(view: str, found: list[_Cand]) -> list[_Cand]:
    """集资4500万元，净集资4200万元: the net proceeds restate the raise (the gross figure leads)."""

    def net(c: _Cand) -> bool:
        return view[max(0, c.trigger_start - 1) : c.trigger_start] in L.NET_WORDS

    return [
        c
        for c in found
        if not net(c)
        or not any(
            d is not c and not net(d) and d.type == c.type and d.amount is not None
            and d.agent is not None and c.agent is not None
            and d.agent.iri == c.agent.iri
            for d in found
        )
    ]  # fmt: skip


def _drop_bare_signings(cands: list[_Cand]) -> list[_Cand]:
    """X与Y签约 / 双方签署合作协议 with no figure: the signing of the two parties' deal stated
    elsewhere in the article (their supply contract, their projects), not a deal of its own."""

    def bare(c: _Cand) -> bool:
        return c.type == "agreement" and c.amount is None and c.capacity is None

    pairs = {_pair(c) for c in cands if not bare(c) and c.agent is not None and _substantial(c)}
    return [c for c in cands if not (bare(c) and None not in _pair(c) and _pair(c) in pairs)]


def _hosts(c: _Cand, parties: set[str], host: set[str]) -> bool:
    """A signing joins a deal sharing a party; a contract only the deal of all its parties."""
    return bool(parties & host) if c.type == "agreement" else parties <= host


def _substantial(c: _Cand) -> bool:
    """Enough stated to be a deal: a counterparty or a figure (agreements: a value or capacity)."""
    if c.type == "agreement":
        return c.amount is not None or c.capacity is not None or (c.signed and c.counterparty is not None)
    if c.subtype in L.EVENT_SUBTYPES:
        return True  # a listing or a completed share sale is a deal without a stated figure
    if c.type == "capex":
        return c.amount is not None or c.capacity is not None
    if c.type in ("fundraising", "debt", "other"):
        return c.amount is not None or c.counterparty is not None or c.shares is not None
    return c.counterparty is not None or c.amount is not None
