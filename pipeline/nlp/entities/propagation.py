"""Linking pass: later mentions of the names found in this article.

Other occurrences of an unknown name, and its short forms (華瑞世紀 for
山西華瑞世紀能源控股有限公司: without legal and industry words, without a leading place), are
the same entity; legal variants of one unknown name (吉利控股集團, 吉利集團) share one key.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.zh import org_forms
from pipeline.lang.zh.grammar import NAME_TAGS
from pipeline.nlp.entities.boundaries import abbreviates, name_goes_on
from pipeline.nlp.entities.candidates import CJK, Candidate, Tokens, all_cjk, by_position, fold_key, is_latin
from pipeline.nlp.entities.gazetteer_matches import latin_edges_ok
from pipeline.nlp.entities.lexicon import Lexicon

#: a bracketed region inside a name (清陶(昆山)能源发展), not at its end
_INNER_BRACKET = re.compile(r"\([^()]{2,6}\)(?=.)")
#: the sources of people read from the words after a name alone (no title, no byline)
_GUESSED_PERSON = frozenset({"speaker", "subject"})


def _targets(lex: Lexicon, ctx: Tokens, chosen: list[Candidate]) -> dict[str, Candidate]:
    """Name → the candidate its other occurrences copy (short forms with source "short")."""
    view = ctx.view
    targets: dict[str, Candidate] = {}
    abbreviated: dict[str, list[Candidate]] = {}
    for c in chosen:
        if (c.iri is not None and c.source not in ("cjk-alias", "defined-alias")) or (
            c.source == "alias" and c.iri is not None
        ):
            continue  # (an unknown's name in brackets in the other script is its form too)
        name = view[c.start : c.end]
        targets.setdefault(name, c)
        if c.type == "organization":
            for short in short_forms(lex, name):
                own = targets.get(short)
                if own is None or _found_alone(view, own, short):
                    targets[short] = replace(c, source="short")
            for short in _abbreviations(lex, ctx, c):
                abbreviated.setdefault(short, []).append(c)
    for short, owners in abbreviated.items():
        own = targets.get(short)
        # unambiguous: one organisation of the article; a bare name the context marked is its form
        if len({o.key for o in owners}) == 1 and (own is None or own.source == "context"):
            targets[short] = replace(owners[0], source="short")
    return targets


def _found_alone(view: str, own: Candidate, short: str) -> bool:
    """An unknown name found on its own (in a headline before the registered name: 清陶能源 …
    清陶(昆山)能源發展股份有限公司) that is the short form of a longer name of the article."""
    return own.iri is None and own.source in ("suffix", "context") and view[own.start : own.end] == short


def _abbreviations(lex: Lexicon, ctx: Tokens, c: Candidate) -> list[str]:
    """Short forms elsewhere in the text that keep the first characters of a registered name, or
    of its trade name after a leading place, and then one character of each word (台中精機 for
    台中精密機械股份有限公司, 龍源風電 for 安徽龍源風力發電有限公司): whole tokens, three to five
    characters, no dictionary word, the name's characters in order."""
    view, name = ctx.view, ctx.view[c.start : c.end]
    if len(name) < 8 or not name.endswith(lex.t.legal):
        return []
    out: list[str] = []
    heads = dict.fromkeys((name[:2], _without_leading_place(lex, name)[:2]))
    for s, _ in sorted(o for head in heads for o in _occurrences(view, head)):
        if c.start <= s < c.end or s not in ctx.starts:
            continue
        for n in (4, 3, 5):
            short = view[s : s + n]
            if (
                s + n in ctx.ends
                and all_cjk(short)
                and not name.startswith(short)
                and lex.tag(short) is None
                and short not in lex.t.generic
                and abbreviates(short, name)
            ):
                out.append(short)
                break
    return out


def _occurrences(view: str, name: str) -> list[tuple[int, int]]:
    out = []
    pos = view.find(name)
    while pos >= 0:
        out.append((pos, pos + len(name)))
        pos = view.find(name, pos + len(name))
    return out


def propagate(lex: Lexicon, ctx: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """Other occurrences of unknown names found in this article, and their short forms."""
    view = ctx.view
    occupied = [False] * len(view)
    for c in chosen:
        for i in range(c.start, c.end):
            occupied[i] = True
    targets = _targets(lex, ctx, chosen)
    ambiguous = _shared_short_forms(lex, view, chosen)
    out = list(chosen)
    for name in sorted(targets, key=len, reverse=True):
        proto = targets[name]
        if len(name) < 2:
            continue
        for s, e in _occurrences(view, name):
            if any(occupied[s:e]) and not (
                _displaces_prefix(out, proto, s, e)
                or _only_places(out, s, e)
                or _only_bare(out, s, e)
                or _same_unknown(out, proto, s, e, ambiguous)
                or _only_guessed_person(out, proto, s, e)
            ):
                continue
            if proto.source == "short" and name_goes_on(lex, ctx, e):
                related = _related_company(lex, ctx, s, e, proto, occupied)
                if related is not None:
                    out.append(related)
                    for k in range(related.start, related.end):
                        occupied[k] = True
                continue
            if is_latin(name) and not latin_edges_ok(view, s, e):
                continue
            if CJK.search(name) and not (s in ctx.starts or e in ctx.ends):
                continue
            out = [c for c in out if not (s <= c.start and c.end <= e)]
            out.append(Candidate(s, e, proto.type, proto.iri, proto.key, proto.rank, "propagated"))
            for i in range(s, e):
                occupied[i] = True
    return by_position(out)


def _same_unknown(cands: list[Candidate], proto: Candidate, s: int, e: int, ambiguous: set[str]) -> bool:
    """An unknown name found on its own that is the short form or the other-script alias of an
    unknown name of this article (澄岳能源 after 澄岳能源科技股份有限公司; 嵐翊電子 after
    Lanyi Electronics（嵐翊電子）): one entity, unless two names share the short form."""
    if proto.iri is not None or proto.source not in ("short", "alias") or proto.type != "organization":
        return False
    inside = [c for c in cands if c.start < e and s < c.end]
    return (
        len(inside) == 1
        and (inside[0].start, inside[0].end) == (s, e)
        and inside[0].iri is None
        and inside[0].type == "organization"
        and inside[0].key != proto.key
        and inside[0].key not in ambiguous
    )


def _shared_short_forms(lex: Lexicon, view: str, chosen: list[Candidate]) -> set[str]:
    """Short forms (as keys) that begin the names of two or more unknown organisations of the
    article (澄岳能源 of both 澄岳能源科技股份有限公司 and 澄岳能源投資有限公司)."""
    names = {view[c.start : c.end]: c.key for c in chosen if c.type == "organization" and c.iri is None}
    out = set()
    for name in names:
        for short in short_forms(lex, name):
            if len({key for other, key in names.items() if other != short and other.startswith(short)}) > 1:
                out.add(fold_key(short))
    return out


def _only_bare(cands: list[Candidate], s: int, e: int) -> bool:
    """Only bare names the context marked lie in ``[s, e)`` (芝浦 after 收購, the short form of
    芝浦電子): the found organisation's form wins, so the two are one entity."""
    inside = [c for c in cands if c.start < e and s < c.end]
    return bool(inside) and all(c.source == "context" and s <= c.start and c.end <= e for c in inside)


def _only_guessed_person(cands: list[Candidate], proto: Candidate, s: int, e: int) -> bool:
    """A person read only from a verb after it (海鼎表示) over the short form of an organisation of
    the article (海鼎風力發電股份有限公司): the organisation, not a Mr Hai."""
    inside = [c for c in cands if c.start < e and s < c.end]
    return (
        proto.type == "organization"
        and proto.source == "short"
        and bool(inside)
        and all(
            c.type == "person" and c.source in _GUESSED_PERSON and (c.start, c.end) == (s, e) for c in inside
        )
    )


def _only_places(cands: list[Candidate], s: int, e: int) -> bool:
    """Only places lie in ``[s, e)`` (台中 of 台中精機): the name written there wins over them."""
    inside = [c for c in cands if c.start < e and s < c.end]
    return bool(inside) and all(c.type == "place" and s <= c.start and c.end <= e for c in inside)


def _displaces_prefix(cands: list[Candidate], proto: Candidate, s: int, e: int) -> bool:
    """Another occurrence of a found name that a shorter known name matched inside (雲頂 in
    雲頂新耀 after 「雲頂新耀」 was found): the longer name wins."""
    if proto.source == "short" or (e - s < 4 and proto.source != "defined-alias"):
        return False
    inside = [c for c in cands if c.start < e and s < c.end]
    # (智譜|華章首席執行官: a known name and a "person" read from the title after the rest)
    return any(c.iri for c in inside) and all(
        s <= c.start and c.end <= e and c.end - c.start < e - s and (c.iri or c.type == "person")
        for c in inside
    )


def _related_company(
    lex: Lexicon, ctx: Tokens, s: int, e: int, proto: Candidate, occupied: list[bool]
) -> Candidate | None:
    """正泰集團旗下正泰新能: after 旗下 the short form starts a related company's name."""
    view = ctx.view
    nxt, own = ctx.starts.get(e), ctx.starts.get(s)
    e2: int | None = None
    if nxt is not None and lex.word_kind(ctx.tok(nxt)) == "distinct":
        e2 = ctx.spans[nxt][1]  # 正泰|新能
    elif nxt is None and own is not None and lex.word_kind(ctx.tok(own)) == "distinct":
        e2 = ctx.spans[own][1]  # 正泰新能 as one token
    if (
        e2 is not None
        and view[max(0, s - 4) : s].endswith(lex.t.affiliate_cues)
        and not any(occupied[s:e2])
        and e2 - s <= 8
    ):
        return Candidate(s, e2, "organization", None, fold_key(view[s:e2]), proto.rank, "related")
    return None


def short_forms(lex: Lexicon, name: str) -> list[str]:
    """Shorter names an unknown organisation is referred to by: without its legal and
    industry words (香江系統工程有限公司 → 香江系統工程, 香江系統), without a leading place."""
    t = lex.t
    out: list[str] = []
    core = name
    suffixes = (*t.strong, *t.weak, *org_forms.SHORT_FORM_INDUSTRY_WORDS)
    changed = True
    while changed:
        changed = False
        # (a name that ends in none of the words: one test)
        for suf in suffixes if core.endswith(suffixes) else ():
            if core.endswith(suf) and len(core) - len(suf) >= 2:
                core = core[: -len(suf)]
                out.append(core)
                changed = True
                break
        if core.endswith(")") and "(" in core:
            core = core[: core.rindex("(")]
            changed = True
    # 清陶(昆山)能源 → 清陶能源: the region in brackets inside a registered name drops out of its short forms
    out += [_INNER_BRACKET.sub("", form) for form in out if _INNER_BRACKET.search(form[:-1])]
    for form in [*out, core]:
        for k in (2, 3):
            head = form[:k]
            if (head in lex.index.places or lex.tag(head) == "ns") and len(form) - k >= 2:
                out.append(form[k:])
    out = list(dict.fromkeys(out))
    return [
        s
        for s in out
        if len(s) >= 2
        and s not in t.generic
        and s not in lex.index.places
        and s not in lex.index.forms
        and lex.tag(s) in (None, *NAME_TAGS)
    ]


def merge_legal_variants(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """Unknown organisations that differ only in legal-form words or a leading place are one
    (吉利控股集團, 吉利集團; 中國建設銀行上海分行, 建設銀行上海分行): they take the key of the
    longest form."""
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(chosen):
        if c.iri is None and c.type == "organization":
            groups.setdefault(legal_core(lex, _without_leading_place(lex, view[c.start : c.end])), []).append(
                i
            )
    out = list(chosen)
    for core, members in groups.items():
        if len(core) < 2 or len({chosen[i].key for i in members}) < 2:
            continue
        key = max((chosen[i] for i in members), key=lambda m: (m.end - m.start, m.key)).key
        for i in members:
            out[i] = replace(out[i], key=key)
    return out


def _without_leading_place(lex: Lexicon, name: str) -> str:
    """中國建設銀行上海分行 → 建設銀行上海分行: a leading place that leaves four characters or more."""
    for k in (3, 2):
        if lex.is_place(name[:k]) and len(name) - k >= 4 and not lex.is_place(name[k : k + 2]):
            return name[k:]
    return name


def legal_core(lex: Lexicon, name: str) -> str:
    """``name`` without its legal-form words (吉利控股集團 → 吉利)."""
    while True:
        suffix = next((x for x in lex.t.legal if name.endswith(x) and len(name) > len(x) + 1), None)
        if suffix is None:
            return name
        name = name[: -len(suffix)]
