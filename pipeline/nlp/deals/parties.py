"""Pass 1 — the parties of a sentence.

The entity mentions (people and organisations; media outlets never), generic parties (SPV) and
anaphora (该公司, 其, 后者 …) resolved to the organisation they stand for. Each party notes the
role-marking word right before it (向/对/与/由/获/为 …) and whether it only modifies a later
party (X旗下Y, X(英文名)) or restates the one before (full name, then its short form).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.lang.zh import deal_objects as O
from pipeline.lang.zh import deal_roles as R
from pipeline.lang.zh import deals as L
from pipeline.lang.zh import discourse as D
from pipeline.model.records import Mention, Sentence
from pipeline.nlp.deals import lexicon as X

ID_ORG = "https://w3id.org/finkg/id/org/"
PARTY_TYPES = frozenset({"organization", "person"})


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
class ArticleMentions:
    """The article's party mentions in document order, with their starts for range look-ups."""

    mentions: tuple[Mention, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, mentions: Sequence[Mention]) -> ArticleMentions:
        ordered = tuple(
            sorted((m for m in mentions if m.type in PARTY_TYPES), key=lambda m: (m.start, -m.end))
        )
        return cls(ordered, tuple(m.start for m in ordered))

    def inside(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self.starts, start)
        out = []
        for m in self.mentions[i:]:
            if m.start >= end:
                break
            if m.end <= end:
                out.append(m)
        return out


def generic_mention(text: str, start: int, end: int, form: str) -> Mention:
    return Mention(start, end, text[start:end], ID_ORG + L.GENERIC_PARTIES[form], "organization")


# ----------------------------------------------------------------------------- markers


#: how a descriptor (:func:`_descriptor`) ends
_DESCRIPTOR_ENDS = (*L.DESCRIPTOR_HEADS, *X.PLACE_PREFIXES)


def marker_before(view: str, start: int, floor: int) -> tuple[str | None, str | None]:
    """The role-marking word right before ``start`` (spaces, quotes and determiners skipped),
    not reaching below ``floor`` (the end of the party before: 工商银行为Y — the 行 of a name
    makes no 行为)."""
    i = start
    while i > floor and view[i - 1] in L.SKIP_BEFORE_PARTY:
        i -= 1
    for det in L.DETERMINERS:
        if view.endswith(det, floor, i):
            i -= len(det)
            break
    found = _marker_at(view, i, floor)
    if found[0] is not None:
        return found
    # 參與關聯企業欣興的增資 / 對安徽荃銀高科發起要約: a descriptor between the marker and the name
    # (every window below ends at i: none is a descriptor unless the text before i ends like one)
    if not view[max(floor, i - L.MAX_DESCRIPTOR) : i].rstrip(L.SPACES).endswith(_DESCRIPTOR_ENDS):
        return None, None
    for k in range(2, L.MAX_DESCRIPTOR + 1):
        if i - k <= floor or not _descriptor(view[i - k : i]):
            continue
        found = _marker_at(view, i - k, floor)
        if found[0] is not None and view[i - k] not in L.MARKER_FOLLOWERS.get(found[0], ""):
            return found
    return None, None


def _marker_at(view: str, i: int, floor: int) -> tuple[str | None, str | None]:
    if i <= floor:
        return None, None
    for w, kind in X.MARKERS_BY_LAST.get(view[i - 1], ()):
        j = i - len(w)
        if j < floor or view[j:i] != w:
            continue
        blocked = len(w) == 1 and j > floor and view[j - 1] in L.MARKER_BLOCKERS.get(w, "")
        # 意向 is no 向 — but 同意向Y出售 is
        if blocked and not view.endswith(R.MARKER_UNBLOCKED.get(w, ()), max(floor, j - 2), j):
            continue
        return w, kind
    return None, None


def _describes_named(view: str, b: int, starts: set[int]) -> bool:
    """A descriptor right after ``b`` that ends where a named party starts (其保荐人X)."""
    return any(b + k in starts and _descriptor(view[b : b + k]) for k in range(2, L.MAX_DESCRIPTOR + 1))


def _descriptor(words: str) -> bool:
    """关联企业 / 控股股东 / 安徽 / 美国子公司: a noun that describes the name after it."""
    words = words.strip(L.SPACES)
    # a place with a head noun after it (美国子公司) ends in the head noun itself
    described = words.endswith(L.DESCRIPTOR_HEADS) or words in X.PLACE_PREFIXES
    return described and L.HAN_RUN.fullmatch(words) is not None


def has_marker(gap: str) -> bool:
    """A role-marking preposition inside ``gap`` (not 对手 / 对外 / 相对 …)."""
    for end, w in X.COUNTERPARTY_MARKER_AUTOMATON.iter(gap):
        start = end + 1 - len(w)
        if len(w) > 1:
            return True
        before, after = gap[start - 1 : start], gap[end + 1 : end + 2]
        if (before and before in L.MARKER_BLOCKERS.get(w, "")) or (
            after and after in L.MARKER_FOLLOWERS.get(w, "")
        ):
            continue
        return True
    return False


def has_beneficiary(gap: str) -> bool:
    """为/替 marking a receiver inside ``gap`` (X为子公司Y提供担保; not 成为 / 为主)."""
    for w in L.BENEFICIARY_MARKERS:
        i = gap.find(w)
        while i >= 0:
            after = gap[i + len(w) : i + len(w) + 1]
            before = gap[i - 1 : i]
            blocked = (after and after in L.MARKER_FOLLOWERS.get(w, "")) or (
                before and before in L.BECOMING_BEFORE
            )
            if not blocked:
                return True
            i = gap.find(w, i + len(w))
    return False


# ----------------------------------------------------------------------------- finding parties


def find_parties(
    text: str,
    view: str,
    sent: Sentence,
    mentions: ArticleMentions,
    words: X.ArticleWords,
    topic: Mention | None,
    announcer: Mention | None = None,
) -> tuple[Party, ...]:
    s, e = sent.start, sent.end
    spans: list[Mention] = []
    for m in mentions.inside(s, e):  # drop mentions nested in longer ones
        if spans and m.start < spans[-1].end:
            continue
        spans.append(m)
    occupied = [(m.start, m.end) for m in spans]

    def free(a: int, b: int) -> bool:
        return not any(a < oe and os < b for os, oe in occupied)

    found: list[tuple[int, int, Mention | None, str]] = [(m.start, m.end, m, "") for m in spans]
    generic = sorted(words.generic.within(s, e), key=lambda o: (X.GENERIC_RANK[o.word], o.start))
    for o in X.scanned_in_order(generic):
        if free(o.start, o.end):
            found.append((o.start, o.end, generic_mention(text, o.start, o.end, o.word), ""))
            occupied.append((o.start, o.end))
    anaphora = sorted(words.anaphora.within(s, e), key=lambda o: (X.ANAPHOR_RANK[o.word], o.start))
    starts = {m.start for m in spans}
    for o in X.scanned_in_order(anaphora):
        if not free(o.start, o.end) or not _is_anaphor(view, o.start, o.end, o.word, s):
            continue
        unnamed = R.UNNAMED_SUBSIDIARIES.match(view, o.end) if o.word == L.PRONOUN_QI else None
        if unnamed is not None and unnamed.end() not in starts:
            continue  # 为其下属公司提供担保: its subsidiaries, unnamed — not the company itself
        if o.word == L.PRONOUN_QI and unnamed is None and _describes_named(view, o.end, starts):
            continue  # 向其保荐人X收购: "its sponsor X" — X is the party, 其 only says whose
        found.append((o.start, o.end, None, o.word))
        occupied.append((o.start, o.end))
    found.sort(key=lambda f: f[0])

    parties: list[Party] = []
    for a, b, mention, anaphor in found:
        if mention is None:
            mention = announcer if anaphor in L.ANNOUNCER_ANAPHORA and announcer is not None else None
            mention = mention or _antecedent(view, anaphor, a, parties, mentions, topic)
            if mention is None:
                continue
            if anaphor == L.PRONOUN_QI:
                mention = _not_its_own_subject(view, a, s, parties, mention)
        # the marker lies after the party before (工商银行为Y: 行 ends a name, 行为 is no word here)
        floor = max(s, parties[-1].end) if parties and parties[-1].end <= a else s
        parties.append(_party(view, mention, a, b, floor))
    marked = _mark_restatements(view, _mark_modifiers(view, parties))
    return tuple(_mark_lists(view, _mark_partners(view, _mark_founders(view, marked))))


def announcer_in(
    view: str, sent: Sentence, mentions: ArticleMentions, before: Mention | None
) -> Mention | None:
    """The organisation announcing in this sentence (X晚间公告称), else the one before."""
    for m in mentions.inside(sent.start, sent.end):
        if m.type == "organization" and L.ANNOUNCER_CUE.match(view, m.end):
            return m
    return before


def _party(view: str, mention: Mention, a: int, b: int, floor: int) -> Party:
    marker, kind = marker_before(view, a, floor)
    return Party(
        mention, a, b, marker, kind, usable=mention.type == "organization" and _usable(view, mention, a, b)
    )


def _usable(view: str, mention: Mention, a: int, b: int) -> bool:
    after = view[b : b + 6]
    # 恒大主席减持: the chairman acts, not the company; 宁夏日报报业集团全媒体记者…: a byline names
    # the outlet; 在上交所发行 / 于联交所上市: the exchange is where, not who
    if after.lstrip(" ").startswith(L.TITLE_WORDS + L.BYLINE_WORDS):
        return False
    if is_exchange(view[mention.start : mention.end]):
        return False
    # 由摩根士丹利担任配售代理 / 透过配售代理摩根士丹利配售: an intermediary serves the deal, no party
    if (
        O.INTERMEDIARY.match(view, b) is not None
        or O.INTERMEDIARY_BEFORE.search(view, max(0, a - 8), a) is not None
    ):
        return False
    if not (after.startswith(L.REGULATOR_VERBS) or after[1:].startswith(L.REGULATOR_VERBS)):
        return True
    if _resolves_itself(after) and not view.endswith(O.APPROVAL_SOUGHT_FROM, max(0, a - 2), a):
        return True  # 董事会亦通过，向Y申请授信: the company's own resolution, nobody else's act approved
    by = 0 if after.startswith(R.BY_MEANS) else 1  # X拟通过…方式: a modal may stand before 通过
    means_at = b + by + len(R.BY_MEANS)
    means = view.startswith(R.MEANS_AFTER_BY, means_at) or R.MEANS_PHRASE.match(view, means_at) is not None
    # X通过配售新股募资: 通过 is "by means of", X acts; X同意为Y提供担保: X consents to its own act;
    # X已同意以N收购Y: X agrees to act — none approves anything
    return bool(
        (after[by:].startswith(R.BY_MEANS) and means)
        or (after.startswith(R.CONSENTS) and R.OWN_ACT_AFTER_CONSENT.match(view, b + len(R.CONSENTS)))
        or R.AGREES_TO_ACT.match(view, b)
    )


def _resolves_itself(after: str) -> bool:
    """通过， / 亦同意： — an approval verb with no object, a clause break right after it."""
    skip = 0 if after.startswith(L.REGULATOR_VERBS) else 1
    verb = next(v for v in L.REGULATOR_VERBS if after.startswith(v, skip))
    return after[skip + len(verb) : skip + len(verb) + 1] in tuple(L.CLAUSE_BREAKS)


def is_exchange(name: str) -> bool:
    """A stock exchange or board (港交所, 上海证券交易所, 科创板)."""
    return name.endswith(L.EXCHANGE_SUFFIXES) or name.endswith(L.EXCHANGES)


def _antecedent(
    view: str,
    anaphor: str,
    at: int,
    parties: list[Party],
    mentions: ArticleMentions,
    topic: Mention | None,
) -> Mention | None:
    mention = _resolve_anaphor(anaphor, parties, topic) if anaphor not in L.ANAPHOR_HEADS else None
    mention = (
        mention
        or _resolve_by_head(view, anaphor, at, mentions.mentions)
        or _resolve_anaphor(anaphor, parties, topic)
    )
    if anaphor in L.COMPANY_ANAPHORA and mention is not None and mention.text.endswith(L.NOT_COMPANY_HEADS):
        # 凤阳县与隆基签约。该公司将…: the last company named, not the county
        return next(
            (
                m
                for m in reversed(mentions.mentions)
                if m.end <= at and m.type == "organization" and not m.text.endswith(L.NOT_COMPANY_HEADS)
            ),
            mention,
        )
    return mention


def _not_its_own_subject(view: str, a: int, s: int, parties: list[Party], mention: Mention) -> Mention:
    """对其增资 / 向其提供贷款: a 其 after a role marker is no subject of its own clause (that
    would be 自身), so it is another organisation named before: the topic of an earlier clause
    (Y是X的伙伴，Z将向其提供贷款: Y), else the last one (为满足子公司Y的需要，X拟对其增资: Y)."""
    if marker_before(view, a, s)[0] is None:
        return mention
    clause = max(view.rfind(ch, s, a) for ch in L.CLAUSE_BREAKS) + 1
    subject = next((p for p in reversed(parties) if p.marker is None and p.start >= clause), None)
    if subject is None or subject.mention.iri != mention.iri:
        return mention
    others = [
        p
        for p in parties
        if p.mention.type == "organization" and p.mention.iri != mention.iri and not p.modifier
    ]
    topics = [
        p for p in others if p.marker is None and (p.start == s or view[p.start - 1] in L.CLAUSE_BREAKS)
    ]
    chosen = topics[-1] if topics else others[-1] if others else None
    return chosen.mention if chosen is not None else mention


def _is_anaphor(view: str, a: int, b: int, form: str, floor: int) -> bool:
    after = view[b : b + 1]
    before = view[a - 1] if a > floor else ""
    if form == L.PRONOUN_QI:
        # a sentence-initial 其 (其已与Y签署…) has no character before it: "" is in every string
        return (not after or after not in L.PRONOUN_QI_NOT_BEFORE) and (
            not before or before not in L.PRONOUN_QI_NOT_AFTER
        )
    if form in O.BOARD_ANAPHORA:
        return not view.startswith(O.BOARD_NOT_BEFORE, b) and not _named_board(view, a, floor)
    if form in L.CLAUSE_INITIAL_ANAPHORA:
        if form in L.ANNOUNCER_ANAPHORA and before and before in D.ANAPHOR_AFTER_MARKERS:
            return True  # 并与公司签订: the announcing company, after its marker
        if form in L.ANNOUNCER_ANAPHORA and _owns_traded_shares(view, a, b, floor):
            return True
        return a == floor or before in L.CLAUSE_OPENERS
    return True


def _named_board(view: str, a: int, floor: int) -> bool:
    """长荣海运董事会: the board right after a name is that company's, already a party."""
    return (
        a > floor
        and view[a - 1] not in L.CLAUSE_OPENERS
        and not view.endswith(O.OPENERS_BEFORE_BOARD, floor, a)
    )


def _owns_traded_shares(view: str, a: int, b: int, floor: int) -> bool:
    """增持公司A股股份: 公司 after a share trade's verb and before the shares names their issuer."""
    verb = a - floor >= 2 and view.endswith(R.ANNOUNCER_SHARES_VERBS, floor, a)
    return verb and view.startswith(R.ANNOUNCER_SHARES_WORDS, b)


def _resolve_by_head(view: str, form: str, at: int, mentions: Sequence[Mention]) -> Mention | None:
    """该信托 / 集团 / 该行: the last organisation before ``at`` whose name has that head noun."""
    head = L.ANAPHOR_HEADS.get(form)
    if head is None:
        return None
    for m in reversed(mentions):
        name = view[m.start : m.end]
        # 财务公司 = the last X财务有限责任公司 named (its legal form after the head)
        if m.end <= at and m.type == "organization" and (name.endswith(head) or _bare(name).endswith(head)):
            return m
    return None


def _bare(name: str) -> str:
    return R.LEGAL_FORM_END.sub("", name)


def _resolve_anaphor(form: str, before: list[Party], topic: Mention | None) -> Mention | None:
    orgs = [p for p in before if p.mention.type == "organization" and not p.modifier]
    if form in L.LATTER:
        return orgs[-1].mention if orgs else None
    if form in L.FORMER:
        return orgs[-2].mention if len(orgs) >= 2 else None
    if form in L.COMPANY_ANAPHORA or form in L.ANNOUNCER_ANAPHORA:
        orgs = [p for p in orgs if not p.mention.text.endswith(R.PARTNERSHIP_HEADS)]
    if form in L.COMPANY_ANAPHORA:
        # 该公司 is a company: not the county or city government named beside it
        orgs = [p for p in orgs if not p.mention.text.endswith(L.NOT_COMPANY_HEADS)]
        if not any(p.marker is None for p in orgs) and orgs:
            return orgs[-1].mention  # 含山县与龙源签订协议，该公司将…: the one company named
    unmarked = [p for p in orgs if p.marker is None]
    if unmarked:
        return unmarked[-1].mention
    return topic


# ----------------------------------------------------------------------------- how parties relate


def _mark_modifiers(view: str, parties: list[Party]) -> list[Party]:
    """甲骨文(Oracle): the second restates the first. X旗下Y / X创立的…Y: X only modifies Y."""
    out = list(parties)
    heads: list[int] = []  # indices of parties that are not appositions
    group_end: dict[int, int] = {}
    for i, q in enumerate(out):
        if heads:
            h = heads[-1]
            gap = view[group_end[h] : q.start].strip(" ")
            p = out[h]
            # 甲骨文(Oracle) / 甲骨文 Oracle; a reporter's name before the first party is no apposition
            if gap in L.OPEN_PAREN and (gap or p.mention.type == q.mention.type):
                out[i] = replace(q, modifier=True, marker=p.marker, marker_kind=p.marker_kind)
                group_end[h] = _paren_group_end(view, q.end)
                continue
        heads.append(i)
        group_end[i] = q.end
    for k in range(len(heads) - 1):
        i, j = heads[k], heads[k + 1]
        p, q = out[i], out[j]
        gap = view[group_end[i] : q.start]
        if len(gap) > 16 or X.CLAUSE_BREAK.search(gap) or not X.POSSESSIVE_LINKS.inside(gap):
            continue
        if X.TRIGGER_WORDS.inside(gap) or has_marker(gap) or has_beneficiary(gap):
            continue
        if any(w in gap for w in L.SUBJECT_MARKERS):
            continue  # X获郑氏家族旗下Y注资: X receives from Y, it owns no Y
        if L.DISPOSED_OBJECT.search(gap):
            continue  # X以N的价格将所持Y股权转让: X disposes of what it holds of Y, it is no modifier
        out[i] = replace(p, modifier=True)
        if q.marker is None:  # 对马斯克旗下的xAI: the possessed party inherits the preposition
            out[j] = replace(q, marker=p.marker, marker_kind=p.marker_kind)
    return out


def _paren_group_end(view: str, end: int) -> int:
    closes = [view.find(c, end, end + L.MAX_PAREN_GROUP) for c in L.CLOSE_PARENS]
    ends = [c + 1 for c in closes if c >= 0]
    return min(ends) if ends else end


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
            if p.start >= lo and not X.CLAUSE_BREAK.search(view, p.end, q.start):
                out[i] = replace(p, modifier=True)
    return out


def _mark_partners(view: str, parties: list[Party]) -> list[Party]:
    """与美团合作的顺丰 / 和X合资的Y: the partner marked by 与 inside the relative clause only
    describes the party after it."""
    out = list(parties)
    for i in range(len(out) - 1):
        p, q = out[i], out[i + 1]
        if p.marker_kind == "with" and O.PARTNER_RELATIVE.fullmatch(view, p.end, q.start):
            out[i] = replace(p, modifier=True)
            # the possessed party inherited the 与 (X的Y); the relative clause keeps it
            marker, kind = marker_before(view, q.start, p.end)
            out[i + 1] = replace(q, modifier=False, marker=marker, marker_kind=kind)
    return out


def _mark_restatements(view: str, parties: list[Party]) -> list[Party]:
    """安徽荃銀高科種業股份有限公司 荃銀高科: the full name then the short one is one party."""
    out = list(parties)
    for i in range(1, len(out)):
        p, q = out[i - 1], out[i]
        if q.modifier or p.mention.iri != q.mention.iri:
            continue
        gap = view[p.end : q.start]
        if len(gap) > L.MAX_RESTATEMENT_GAP or X.CLAUSE_BREAK.search(gap) or L.LIST_COMMA in gap:
            continue
        if X.TRIGGER_WORDS.inside(gap) or has_marker(gap):
            continue
        out[i] = replace(q, modifier=True, marker=p.marker, marker_kind=p.marker_kind)
    return out


def _mark_lists(view: str, parties: list[Party]) -> list[Party]:
    """向X、Y采购: a party listed after a marked one carries the same marker."""
    out = list(parties)
    for i in range(1, len(out)):
        p, q = out[i - 1], out[i]
        if (
            q.marker is None
            and p.marker is not None
            and list_gap(view, p.end, q.start) in L.MARKED_LIST_LINKS
        ):
            out[i] = replace(q, marker=p.marker, marker_kind=p.marker_kind)
    return out


# ----------------------------------------------------------------------------- lists and leads


def lead_org(parties: Sequence[Party]) -> Mention | None:
    """The sentence's first unmarked, usable party (the topic of what follows)."""
    for p in parties:
        if p.marker is None and not p.modifier and p.usable:
            return p.mention
    return None


def list_gap(view: str, start: int, end: int) -> str:
    """What links two parties of a list, a bracket after the first left out (X(00017)及Y) and a
    place before the second (X及日本Y)."""
    gap = L.BRACKET_AFTER_PARTY.sub("", view[start:end].strip()).strip()
    if gap.startswith(L.MARKED_LIST_LINKS) and gap not in L.PARTY_LIST_LINKS:
        # 由A及中东主权基金B认购: a descriptor of the second member (not 及其子公司B: its own unit)
        link = max((w for w in L.MARKED_LIST_LINKS if gap.startswith(w)), key=len)
        rest = gap[len(link) :]
        if (
            not rest.startswith(L.PRONOUN_QI)
            and _descriptor(rest)
            and not rest.endswith(R.NOT_DESCRIBING_LIST)
        ):
            return link
    if not gap.endswith(L.PLACE_PREFIXES):
        return gap  # (most gaps: one test for the whole table)
    for place in L.PLACE_PREFIXES:
        if gap.endswith(place) and gap[: -len(place)] in L.PARTY_LIST_LINKS:
            return gap[: -len(place)]
    return gap


def chain_head(view: str, parties: Sequence[Party], p: Party, people: bool = False) -> Party:
    """OpenAI、甲骨文、软银计划投资: the list's first party leads."""
    i = parties.index(p)
    while i > 0:
        q = parties[i - 1]
        gap = list_gap(view, q.end, parties[i].start)
        usable = q.usable or (people and q.mention.type == "person")
        if gap in L.PARTY_LIST_LINKS and usable and not q.modifier and q.marker is None:
            i -= 1
        else:
            break
    return parties[i]


def chain(view: str, parties: Sequence[Party], head: Party, limit: int) -> list[Party]:
    """The list of parties that ``head`` starts (up to ``limit``)."""
    i = parties.index(head)
    out = [head]
    for q in parties[i + 1 :]:
        if q.start >= limit:
            break
        gap = list_gap(view, out[-1].end, q.start)
        if gap in L.PARTY_LIST_LINKS and q.usable and not q.modifier:
            out.append(q)
        elif q.modifier:
            continue
        else:
            break
    return out


def list_head(view: str, parties: Sequence[Party], p: Party) -> Party:
    """由软银、OpenAI、甲骨文等打造: the first of a marked list."""
    i = parties.index(p)
    while (
        i > 0
        and parties[i - 1].marker == p.marker
        and list_gap(view, parties[i - 1].end, parties[i].start) in L.SUBJECT_LIST_LINKS
    ):
        i -= 1
    return parties[i]
