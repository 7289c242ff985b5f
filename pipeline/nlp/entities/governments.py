"""Linking passes: places acting as local governments; the units and departments of government
bodies.

A county or city (…縣, …市, …省, …州, …區) that is a party to an agreement is its government, an
organisation: "含山縣、明光市分別與某某公司簽訂投資協議", "某某公司與如東縣簽約". Elsewhere it stays
a place (在如東縣投資, 如東縣的風場).
"""

from __future__ import annotations

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import org_forms
from pipeline.lang.zh.grammar import CLAUSE_END
from pipeline.nlp.entities.candidates import Candidate, Tokens, all_cjk, by_position, fold_key
from pipeline.nlp.entities.lexicon import Lexicon

#: how far after the joiner the other party must begin
_PARTY_WINDOW = 3
_ZONE_INITIALS = frozenset(z[0] for z in org_forms.DEVELOPMENT_ZONES)


def local_governments(lex: Lexicon, ctx: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    view = ctx.view
    orgs = {c.start for c in chosen if c.type == "organization"}
    spans: list[tuple[int, int]] = []
    admin = lang.PLACE_ADMIN_CHARS
    # (the cheap tests of _admin_place first, in one pass)
    places = [i for i, word in enumerate(ctx.words) if len(word) >= 3 and word[-1] in admin]
    places += _zoned_places(lex, ctx)
    done = 0
    for i in sorted(set(places)):
        (s, e), word = ctx.spans[i], ctx.words[i]
        if s < done or not (_admin_place(lex, word) or _subdivision_end(lex, ctx, e) > e):
            continue
        e = done = _subdivision_end(lex, ctx, e)  # 嘉兴市|南湖|区, 如皋|经济技术开发区
        chain = _coordinated_places(view, e)
        if (
            _party_before_other(lex, view, chain[-1][1] if chain else e, orgs)
            or _after_party_joiner(lex, view, s, e)
            or _acts_at_clause_start(lex, view, s, e)
        ):
            spans += [(s, e), *chain]
    if not spans:
        return chosen
    out = list(chosen)
    for s, e in dict.fromkeys(spans):
        gov = Candidate(s, e, "organization", None, fold_key(view[s:e]), 1, "local-government")
        inside = [c for c in out if c.start < e and s < c.end]
        if all(c.type == "place" and s <= c.start and c.end <= e for c in inside):
            out = [c for c in out if c not in inside] + [gov]  # the places it is made of
    return by_position(out)


def _zoned_places(lex: Lexicon, ctx: Tokens) -> list[int]:
    """The tokens of places right before a development zone's word (如皋|经济技术开发区)."""
    view, zones = ctx.view, org_forms.DEVELOPMENT_ZONES
    # (a zone's first character after the token first: the cheap test, in one pass)
    ahead = [i for i, (_, e) in enumerate(ctx.spans) if view[e : e + 1] in _ZONE_INITIALS]
    return [
        i
        for i in ahead
        if view.startswith(zones, ctx.spans[i][1])
        and (lex.is_place(ctx.words[i]) or lex.tag(ctx.words[i]) == "ns")
    ]


def _subdivision_end(lex: Lexicon, ctx: Tokens, e: int) -> int:
    """The end of the districts, counties and development zones named right after a place's
    (嘉兴市|南湖区, 嘉兴市|南湖|区, 江宁|开发区), whole tokens; ``e`` if none."""
    view = ctx.view
    while True:
        zone = next((z for z in org_forms.DEVELOPMENT_ZONES if view.startswith(z, e)), None)
        if zone is not None and e + len(zone) in ctx.ends:
            e += len(zone)
            continue
        j = ctx.starts.get(e)
        if j is None:
            return e
        word = ctx.tok(j)
        if _admin_place(lex, word):
            e = ctx.spans[j][1]
        elif lex.tag(word) == "ns" and j + 1 < len(ctx) and ctx.tok(j + 1) in lang.PLACE_ADMIN_CHARS:
            e = ctx.spans[j + 1][1]
        else:
            return e


def _coordinated_places(view: str, end: int) -> list[tuple[int, int]]:
    """The places joined by 、 after one (含山縣、明光市): 2 to 4 characters and an
    administrative word each."""
    out: list[tuple[int, int]] = []
    pos = end
    while view[pos : pos + 1] == "、":
        s = pos + 1
        e = next(
            (k for k in range(s + 3, min(len(view), s + 5) + 1) if view[k - 1] in lang.PLACE_ADMIN_CHARS),
            None,
        )
        if e is None:
            break
        out.append((s, e))
        pos = e
    return out


def _admin_place(lex: Lexicon, word: str) -> bool:
    """A county, city, province, state or district: a known place with its administrative word."""
    return (
        len(word) >= 3
        and word[-1] in lang.PLACE_ADMIN_CHARS
        and (lex.is_place(word) or lex.tag(word) == "ns" or lex.tag(word[:-1]) == "ns")
    )


def _party_before_other(lex: Lexicon, view: str, e: int, orgs: set[int]) -> bool:
    """含山縣、明光市分別與某某公司…: the place, other such places, a joiner, an organisation."""
    pos = e
    while view[pos : pos + 1] == "、":
        nxt = next(
            (k for k in range(pos + 3, min(len(view), pos + 6) + 1) if view[k - 1] in lang.PLACE_ADMIN_CHARS),
            None,
        )
        if nxt is None:
            return False
        pos = nxt
    joiner = next((j for j in lex.t.party_joiners if view.startswith(j, pos)), None)
    if joiner is None:
        return False
    start = pos + len(joiner)
    return any(k in orgs for k in range(start, start + _PARTY_WINDOW))


def _after_party_joiner(lex: Lexicon, view: str, s: int, e: int) -> bool:
    """某某公司與如東縣簽約: a joiner before the place, a contract verb right after it."""
    return any(view[max(0, s - len(j)) : s] == j for j in lex.t.party_joiners) and view.startswith(
        lex.t.party_verbs, e
    )


def _acts_at_clause_start(lex: Lexicon, view: str, s: int, e: int) -> bool:
    """如東縣積極謀劃…: the place is the subject of a government's act at a clause start."""
    return (s == 0 or view[s - 1] in CLAUSE_END) and view.startswith(lex.t.government_acts, e)


def institution_units(lex: Lexicon, ctx: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """國家藥監局藥審中心, 某某市發改委價格監測中心: a centre named right after a government body
    (its name ends in 局, 委, 部, 院, 署, 會 or 廳) is that body's unit, one organisation."""
    view = ctx.view
    out: list[Candidate] = []
    reach = -1
    for c in chosen:
        if c.start < reach:
            continue  # a place or a name inside the unit's name (深圳, 第一醫院)
        end = None
        if c.type == "organization" and (
            view[c.end - 1] in lang.GOVERNMENT_FINAL_CHARS
            or view[c.start : c.end].endswith(org_forms.UNIT_PARENT_ENDS)
        ):
            end = _unit_end(lex, ctx, c.end)
        if end is not None and not any(o.start < end < o.end for o in chosen):
            c = Candidate(c.start, end, "organization", None, fold_key(view[c.start : end]), 1, "unit")
            reach = end
        out.append(c)
    return out


def _unit_end(lex: Lexicon, ctx: Tokens, pos: int) -> int | None:
    """The end of a unit's name from ``pos``: name words, a noun first (金管會|拚|亞資中心: a verb
    after the body begins its predicate), and its unit word (中心), or None."""
    i = ctx.starts.get(pos)
    if i is None:
        return _unit_in_token(ctx, pos)
    first, end = i, None
    while i < len(ctx) and ctx.spans[i][1] - pos <= org_forms.MAX_UNIT_NAME:
        word = ctx.tok(i)
        allowed = ("generic", "distinct", "place") if i == first else ("generic", "distinct", "verb")
        kind = lex.word_kind(word)
        if kind not in allowed and not (i > first and kind == "char"):
            break  # (a lone character inside the name: 基因|體|研究中心)
        if len(word) < 2 and i == first:
            break
        if i == first and lex.tag(word) is None and (lex.tag(word[0]) or "").startswith("v"):
            break  # 拚亞資: a verb jieba glued to the words after it
        if (
            word.endswith(org_forms.GOVERNMENT_UNIT_WORDS)
            and ctx.spans[i][1] - pos >= org_forms.MIN_UNIT_NAME
        ):
            end = ctx.spans[i][1]  # the longest: 醫學院|附屬|第一|醫院
        i += 1
    return end


def _unit_in_token(ctx: Tokens, pos: int) -> int | None:
    """中科院|计算所 in one token (the body found inside it): the token's end when the rest is a
    unit's name."""
    end = next((e for e in range(pos + 1, pos + org_forms.MAX_UNIT_NAME + 1) if e in ctx.ends), None)
    if end is None or ctx.spans[ctx.ends[end]][0] >= pos:
        return None
    rest = ctx.view[pos:end]
    ok = all_cjk(rest) and rest.endswith(org_forms.GOVERNMENT_UNIT_WORDS)
    return end if ok and len(rest) >= org_forms.MIN_UNIT_NAME else None


def government_departments(lex: Lexicon, ctx: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """浙江省人民政府|国有资产监督管理委员会, 某某自治区人民政府|国资委, 某某市人民政府|办公厅: a
    department's name right after its government's is one organisation, the department."""
    view = ctx.view
    merged: dict[int, Candidate] = {}
    for k, c in enumerate(chosen):
        if c.type != "organization" or not view[c.start : c.end].endswith(org_forms.GOVERNMENT_PARENTS):
            continue
        end = _department_end(lex, ctx, c.end)
        if end is not None:
            name = fold_key(view[c.start : end])
            merged[k] = Candidate(c.start, end, "organization", None, name, 1, "department")
    if not merged:
        return chosen
    spans = [(m.start, m.end) for m in merged.values()]
    out = [
        merged.get(k, c)
        for k, c in enumerate(chosen)
        if k in merged or not any(s <= c.start and c.end <= e for s, e in spans)
    ]
    return by_position(out)


def _department_end(lex: Lexicon, ctx: Tokens, pos: int) -> int | None:
    """The end of the longest department word of whole tokens from ``pos`` (国资委, 财政厅,
    自然资源和规划局 …: the place-tied institutions), or None."""
    i = ctx.starts.get(pos)
    end = None
    while i is not None and i < len(ctx) and ctx.spans[i][1] - pos <= org_forms.MAX_DEPARTMENT_NAME:
        e = ctx.spans[i][1]
        if e - pos >= 3 and ctx.view[pos:e] in lex.t.place_ok:
            end = e
        elif e - pos >= 4 and ctx.view[pos:e].endswith(org_forms.DEPARTMENT_FINALS):
            end = e if _department_words(lex, ctx, ctx.starts[pos], i) else end
        i += 1
    return end


def _department_words(lex: Lexicon, ctx: Tokens, first: int, last: int) -> bool:
    """經濟|發展|局: common words of two characters or more, then the department word."""
    words = [ctx.tok(k) for k in range(first, last)]
    return bool(words) and all(len(w) >= 2 and lex.word_kind(w) in ("generic", "verb") for w in words)
