"""The resolution filter: one candidate per span of text, then what the chosen spans stand for.

:func:`resolve` keeps non-overlapping candidates (the longest span wins, then the lower rank:
the gazetteer); the passes after it return new candidates with a corrected start or IRI: a
foreign country cut off (韓國三星集團 is 三星集團), the reading of a name in the article's
region (證監會 in Hong Kong news), a known name with its legal form (華為技術有限公司).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace
from itertools import accumulate

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import org_context, org_forms
from pipeline.nlp.entities.candidates import CJK, LATIN, Candidate, Tokens, fold_key
from pipeline.nlp.entities.legal_names import KNOWN_WITH_SUFFIX
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.tables import SHORT_BRACKET
from pipeline.nlp.gazetteer import GazetteerEntry

#: a run of capitals and digits ending a text, after no other Latin letter or digit (GGV, CPE)
_SHORT_FORM_CHARS = frozenset(org_forms.SHORT_FORM_INDUSTRY_CHARS)
_LATIN_INITIALS = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9&]{1,5}$")


def outside_figures(cands: list[Candidate], figures: Iterable[tuple[int, int]]) -> list[Candidate]:
    """No name inside a figure: 73.4億歐元 holds the outlet 億歐, and 新台幣 the place 台, only as
    letters of a number and a currency word."""
    spans = sorted(figures)
    if not spans:
        return cands
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end among figures so far

    def inside(c: Candidate) -> bool:
        i = bisect_left(starts, c.end) - 1  # the last figure starting before the name ends
        return i >= 0 and reach[i] > c.start

    return [c for c in cands if not inside(c)]


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: the longest span wins, then the lower rank (gazetteer)."""
    taken: list[Candidate] = []
    occupied: set[int] = set()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
        span = range(c.start, c.end)
        if any(i in occupied for i in span):
            continue
        taken.append(c)
        occupied.update(span)
    return sorted(taken, key=lambda c: (c.start, c.end))


def drop_foreign_country(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A foreign country before a known company's name is no part of it (韓國三星集團 is
    三星集團, 日本軟銀集團 is 軟銀集團); before an unknown name, an industry word or a government
    word it stays, as written (法國梅里埃集團, 美國鋼鐵公司, 美國商務部)."""
    return [_without_country(lex, view, c) for c in chosen]


def _without_country(lex: Lexicon, view: str, c: Candidate) -> Candidate:
    t = lex.t
    if c.type != "organization" or c.source.startswith("gazetteer") or c.source == "country-company":
        return c  # (德國電信: the country is the name)
    country = next((x for x in t.foreign_countries if view.startswith(x, c.start)), None)
    if country is None:
        return c
    rest = view[c.start + len(country) : c.end]
    if (
        len(rest) < 2
        or rest in t.generic
        or rest.startswith((*t.strong, *t.weak))
        or rest[-1] in lang.GOVERNMENT_FINAL_CHARS
        or rest.endswith(tuple(t.place_ok))  # 越南國泰世華商業銀行胡志明分行
        or not (CJK.match(rest[0]) or LATIN.match(rest[0]))
    ):
        return c
    iri = c.iri
    if iri is None:
        known = lex.index.known_org(rest) or known_head(lex, rest)
        if known is None:
            return c  # 法國梅里埃集團: an unknown name keeps the country it is written with
        iri = known.iri
    return replace(c, start=c.start + len(country), key=fold_key(rest), iri=iri)


def regional_readings(
    lex: Lexicon, view: str, region: str | None, chosen: list[Candidate]
) -> list[Candidate]:
    """Names whose organisation depends on where the article is from (證監會 in Hong Kong), and
    the bare names that only the region decides (財政部 is the mainland's ministry in mainland
    news, Taiwan's in Taiwan's), where no other candidate lies."""
    out = []
    for c in chosen:
        entry = lex.index.regional_entry(region, view[c.start : c.end])
        out.append(c if entry is None else replace(c, iri=entry.iri, type=entry.type))
    taken = sorted((c.start, c.end) for c in out)
    for name in lex.index.regional.get(region or "", {}):
        entry = lex.index.regional_entry(region, name)
        pos = view.find(name)
        while entry is not None and pos >= 0:
            end = pos + len(name)
            free = not any(s < end and pos < e for s, e in taken)
            if free and not view.startswith(lex.t.words_from_name_end, end - 1):
                out.append(Candidate(pos, end, entry.type, entry.iri, fold_key(name), 0, "regional"))
            pos = view.find(name, end)
    return sorted(out, key=lambda c: (c.start, c.end))


def controlling_shareholders(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """格力电器控股股东 is Gree's controlling shareholder: an unknown name ending in 控股 right
    before 股东 gives 控股 back (a known X控股 keeps it: its shareholders)."""
    word, holder = org_forms.CONTROLLING_WORD, org_forms.SHAREHOLDER_WORD
    out = []
    for c in chosen:
        end = c.end - len(word)
        if (
            c.type == "organization"
            and c.source != "gazetteer"
            and end - c.start >= 2
            and view.endswith(word, c.start, c.end)
            and view.startswith(holder, c.end)
            and not view.startswith(org_forms.SHAREHOLDER_MEETINGS, c.end)
        ):
            # (a known name and the suffix: the known name alone; an unknown one: its own key)
            iri = c.iri if c.source == KNOWN_WITH_SUFFIX else None
            c = replace(c, end=end, iri=iri, key=fold_key(view[c.start : end]))
        out.append(c)
    return out


def known_with_legal_suffix(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A known name plus legal-form words is the known company (華為技術有限公司,
    吉利控股集團); after a full legal suffix an industry word may stand between them
    (長鑫存儲技術有限公司)."""
    out = []
    for c in chosen:
        entry = None
        if c.iri is None and c.type == "organization":
            entry = known_head(lex, view[c.start : c.end])
            if entry is None and not view[max(0, c.start - 5) : c.start].endswith(lex.t.affiliate_cues):
                entry = _known_with_industry_words(lex, view[c.start : c.end])
        out.append(c if entry is None else replace(c, iri=entry.iri))
    return out


def _known_with_industry_words(lex: Lexicon, name: str) -> GazetteerEntry | None:
    """A known name, one or two industry words and a full legal form (寧德時代新能源科技股份有限
    公司, 鴻海精密工業股份有限公司): the known company itself, unless introduced as a subsidiary
    (子公司, 旗下 before it; the caller checks)."""
    t = lex.t
    head = next(
        (name[: -len(x)] for x in t.legal if name.endswith(x) and x.endswith(lang.LIMITED_COMPANY)), None
    )
    words = (*t.weak, *t.registered_industry)
    for _ in range(2):
        if head is None:
            return None
        if head.endswith(org_forms.LEGAL_SHARE_WORD):
            head = head[: -len(org_forms.LEGAL_SHARE_WORD)]
        word = next((w for w in words if head.endswith(w) and len(head) - len(w) >= 2), None)
        head = head[: -len(word)] if word else None
        entry = lex.index.known_org(head) if head else None
        if entry is not None and entry.type == "organization":
            return entry
    return None


def known_head(lex: Lexicon, name: str) -> GazetteerEntry | None:
    """The known company a legal name stands for, also after a leading place
    (韓國三星集團, 北京字節跳動科技有限公司) and without bracketed words (平安保險(集團))."""
    if any(lex.is_place(m.group()[1:-1]) for m in SHORT_BRACKET.finditer(name)):
        return None  # 聯發科技(新加坡)私人有限公司: the known company's regional company, its own
    name = SHORT_BRACKET.sub("", name)
    entry = _known_legal(lex, name)
    for k in (2, 3):
        if entry is None and lex.is_place(name[:k]) and len(name) - k >= 2:
            entry = lex.index.known_org(name[k:]) or _known_legal(lex, name[k:], registered=True)
    return entry


def _known_legal(lex: Lexicon, name: str, registered: bool = False) -> GazetteerEntry | None:
    """The known company before legal words; ``registered``: a place came first, so the
    industry words of a registered name may stand between them (上海米哈遊網絡科技…)."""
    head, full_legal = name, False
    # 福建省投资开发集团|有限责任公司: the known name may keep a group word the longest legal
    # suffix (集团有限责任公司) would take with it
    for x in lex.t.legal:
        if name.endswith(x) and len(name) > len(x) + 1 and x.endswith(lang.FULL_LEGAL_ENDINGS):
            entry = lex.index.known_org(name[: -len(x)])
            if entry is not None:
                return entry
    while True:
        suffix = next((x for x in lex.t.legal if head.endswith(x) and len(head) > len(x) + 1), None)
        if suffix is None:
            break
        head = head[: -len(suffix)]
        full_legal = full_legal or suffix.endswith(lang.LIMITED_COMPANY)
        entry = lex.index.known_org(head)
        if entry is not None:
            return entry
    if not full_legal:
        return None
    for word in lex.t.registered_industry if registered else lex.t.legal_industry:
        if head.endswith(word) and len(head) > len(word) + 1:
            entry = lex.index.known_org(head[: -len(word)])
            if entry is not None:
                return entry
    return None


def _joined(
    chosen: list[Candidate], join: Callable[[Candidate, Candidate], Candidate | None]
) -> list[Candidate]:
    """The candidates with each one ``join`` makes of a candidate and the one right before it (their
    spans touching) in place of the two."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        both = join(prev, c) if prev is not None and prev.end == c.start else None
        if both is not None:
            out[-1] = both
            continue
        out.append(c)
    return out


def _known_org_after_place(prev: Candidate, c: Candidate) -> bool:
    return prev.type == "place" and c.type == "organization" and c.iri is not None


def places_before_institutions(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A Chinese-speaking place right before a known bank or exchange is part of its name as
    written (台灣土地銀行, 香港交易所); a foreign country is not (韓國三星集團)."""

    def join(prev: Candidate, c: Candidate) -> Candidate | None:
        if (
            _known_org_after_place(prev, c)
            and view[c.start : c.end].endswith(lex.t.place_keeping)
            and view[prev.start : prev.end] not in lex.t.foreign_countries
        ):
            return replace(c, start=prev.start, key=fold_key(view[prev.start : c.end]))
        return None

    return _joined(chosen, join)


def regional_subsidiaries(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A place and a known name right after a subsidiary's descriptor are the subsidiary, an
    organisation of its own (全资子公司深圳万科: not 深圳 and the parent 万科)."""

    def join(prev: Candidate, c: Candidate) -> Candidate | None:
        before = view[max(0, prev.start - 6) : prev.start]
        if _known_org_after_place(prev, c) and before.endswith(org_context.SUBSIDIARY_DESCRIPTORS):
            return Candidate(
                prev.start, c.end, "organization", None, fold_key(view[prev.start : c.end]), 1, "subsidiary"
            )
        return None

    return _joined(chosen, join)


def branches_of_named(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A place and a branch word right after an organisation's name are its branch (澄岳銀行|蘇州分行,
    某某股份有限公司|北京市分公司): the walk to the branch word stops at the parent's last word
    (銀行, 公司 stop a name), so the two mentions are one name."""

    def join(prev: Candidate, c: Candidate) -> Candidate | None:
        if prev.type == c.type == "organization" and _is_place_branch(lex, view[c.start : c.end]):
            return Candidate(
                prev.start, c.end, "organization", None, fold_key(view[prev.start : c.end]), 1, "branch"
            )
        return None

    return _joined(chosen, join)


def _is_place_branch(lex: Lexicon, text: str) -> bool:
    branch = next((b for b in org_forms.BRANCH_SUFFIXES if text.endswith(b)), None)
    return branch is not None and lex.is_place(text[: -len(branch)])


def bank_short_forms(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A known brand and 銀 is the short name of its bank (兆豐銀, 安泰銀): the mention takes
    the character and names the brand's bank when it is known (兆豐銀行); 銀 that starts
    another word (銀行, 銀團, 銀價) does not count."""
    t = lex.t
    taken = {c.start for c in chosen}
    out = []
    for c in chosen:
        e = c.end
        if (
            c.type == "organization"
            and c.iri is not None
            and view[e : e + 1] == t.bank_short
            and view[e + 1 : e + 2] not in t.not_after_bank_short
            and e not in taken
            and not view[c.start : e].endswith(t.bank_short)
        ):
            bank = lex.index.known_org(view[c.start : e] + t.bank_word)
            c = replace(c, end=e + 1, iri=bank.iri if bank is not None else c.iri)
        out.append(c)
    return out


def extended_short_forms(lex: Lexicon, ctx: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """A known short name and a lone industry character after it are another company's short
    name (中鋼|構: 中鋼構 of 中鋼結構, not 中鋼); a character jieba joins to the next word
    (中鋼|構想) does not count; one glued to a function character (中钢|构与) does."""
    taken = {c.start for c in chosen}
    out = []
    for c in chosen:
        e = c.end
        i = ctx.starts.get(e)
        if (
            c.type == "organization"
            and c.iri is not None
            and c.source.startswith("gazetteer")
            and i is not None
            and _industry_char_token(lex, ctx.tok(i))
            and e not in taken
        ):
            key = fold_key(ctx.view[c.start : e + 1])
            c = Candidate(c.start, e + 1, "organization", None, key, 1, "short-form")
        out.append(c)
    return out


def _industry_char_token(lex: Lexicon, word: str) -> bool:
    if len(word) == 2 and word[1] in org_context.GLUED_AFTER_NAME and lex.tag(word) is None:
        word = word[0]
    return len(word) == 1 and word in _SHORT_FORM_CHARS


def bracketed_places(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A place in brackets right after an organisation's name is part of its registered name
    (中信資本(天津), 華潤電力物流(中國)): the mention takes the bracket."""
    starts = {c.start for c in chosen}
    out = []
    for c in chosen:
        e = c.end
        if c.type == "organization" and view[e : e + 1] == "(":
            close = view.find(")", e + 1, e + 6)
            if close > e + 2 and lex.is_place(view[e + 1 : close]) and e not in starts:
                c = replace(c, end=close + 1)
        out.append(c)
    return out


def latin_initials_of_known(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A Latin initialism glued before a known organisation's Chinese name that begins one of its
    Latin names (GGV紀源資本 of GGV Capital): one name, as written."""
    out = list(chosen)
    for c in chosen:
        entry = lex.index.gazetteer.get(c.iri) if c.iri and c.start and CJK.match(view[c.start]) else None
        m = _LATIN_INITIALS.search(view[max(0, c.start - 8) : c.start]) if entry else None
        if entry is None or m is None:
            continue
        initials = m.group().casefold()
        if any(n.casefold().split()[:1] == [initials] for n, lang_ in entry.labels if lang_ == "en"):
            start = c.start - len(m.group())
            out = [x for x in out if not (start <= x.start and x.end <= c.start)]
            out[out.index(c)] = replace(c, start=start)
    return out


def people_named_as_organisations(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """An unknown "person" written exactly as an organisation of the same article (華晟 of
    華晟資本, defined as its short name, before 合夥人) is that organisation."""
    orgs = {view[c.start : c.end]: c for c in chosen if c.type in ("organization", "media")}
    out = []
    for c in chosen:
        org = orgs.get(view[c.start : c.end]) if c.type == "person" and c.iri is None else None
        out.append(c if org is None else replace(c, type=org.type, iri=org.iri, key=org.key))
    return out


def latin_names_of_people(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A lone unknown Latin "organisation" that is the surname or given name of a person named in
    Latin in the same article (Ng Yiu Ming … 莫、Ng一方) is that person."""
    people = {
        part: c
        for c in chosen
        if c.type == "person" and " " in (name := view[c.start : c.end])
        for part in (name.split()[0], name.split()[-1])
    }
    if not people:
        return chosen
    out = []
    for c in chosen:
        person = people.get(view[c.start : c.end]) if c.type == "organization" and c.iri is None else None
        out.append(c if person is None else replace(c, type="person", iri=person.iri, key=person.key))
    return out
