"""Linking pass: what a bracket right after a name says about it.

A Chinese short form (鴻華先進科技股份有限公司（鴻華先進）), an English or Latin name
(新加坡電信（Singtel）) or a ticker ((2330.TW), (AVGO-US)) in brackets after a mention names the
same entity; a known alias or a listed ticker names the company the long name stands for.
Candidates are frozen: a pass keeps the current version of each chosen candidate by index.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import org_forms
from pipeline.nlp.entities.boundaries import abbreviates
from pipeline.nlp.entities.candidates import CJK, Candidate, by_position, fold_key, is_latin
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.tables import (
    ALIAS_DEFINITION,
    ALIAS_DEFINITION_UNBRACKETED,
    CJK_SHORT_FORM_IN_BRACKETS,
    LABELLED_SHORT_NAME,
    TICKER,
)


def chinese_short_aliases(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A Chinese short form in brackets right after an organisation's name is that
    organisation (鴻華先進科技股份有限公司（鴻華先進）, 馬來西亞國家石油公司（國油）); a known
    short form names the company the long name stands for."""
    cur = list(chosen)
    at = {(c.start, c.end): i for i, c in enumerate(chosen)}
    added: list[Candidate] = []
    for i in range(len(chosen)):
        owner = cur[i]
        if owner.type != "organization":
            continue
        m = CJK_SHORT_FORM_IN_BRACKETS.match(view[owner.end : owner.end + 12])
        if m is None:
            continue
        s, e = owner.end + m.start(1), owner.end + m.end(1)
        if not abbreviates(view[s:e], view[owner.start : owner.end]):
            continue
        k = at.get((s, e))
        if k is None:
            if any(c.start < e and s < c.end for c in chosen):
                continue
            added.append(Candidate(s, e, "organization", owner.iri, owner.key, owner.rank, "cjk-alias"))
            continue
        alias = cur[k]
        if alias.type != "organization":
            continue
        if owner.iri is not None and alias.iri is not None and owner.iri != alias.iri:
            continue
        if owner.iri is None and alias.iri is not None:
            owner = cur[i] = replace(owner, iri=alias.iri)
        cur[k] = replace(alias, iri=owner.iri, key=owner.key, source="cjk-alias")
    return by_position(cur + added)


def _owner_ends(view: str, chosen: list[Candidate]) -> dict[int, int]:
    """End offset (also after a closing quote) → index of the candidate ending there."""
    by_end: dict[int, int] = {}
    for i, c in enumerate(chosen):
        by_end[c.end] = i
        if view[c.end : c.end + 1] in lang.CLOSING_QUOTES:
            by_end[c.end + 1] = i
    return by_end


def _before_bracket(view: str, k: int) -> int:
    while k > 0 and view[k - 1] == " ":
        k -= 1
    return k


def parenthesised_aliases(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """Link "(English name)", "(ticker)" and glossed Latin after a mention to that mention."""
    cur = chinese_short_aliases(view, chosen)
    by_end = _owner_ends(view, cur)
    ticker_matches = list(TICKER.finditer(view))
    # a listed ticker names the company (寧德時代新能源科技股份有限公司(300750.SZ) is CATL)
    for m in ticker_matches:
        i = by_end.get(_before_bracket(view, m.start()))
        if i is None or cur[i].iri is not None or cur[i].type != "organization":
            continue
        owner = cur[i]
        known = lex.index.by_ticker(
            m.group("num") or m.group("code") or "", view[owner.start : owner.end], lex.view
        )
        if known is not None:
            cur[i] = replace(owner, iri=known.iri)
    #: kept candidates: an index into ``cur`` (its final version) or a finished alias
    kept: list[int | Candidate] = []
    for i in range(len(cur)):
        got = _latin_alias(view, cur, by_end, i)
        if got is not None:
            kept.append(got)
    out = [cur[x] if isinstance(x, int) else x for x in kept]
    return by_position(out + _ticker_aliases(view, cur, by_end, ticker_matches, out))


def _latin_alias(view: str, cur: list[Candidate], by_end: dict[int, int], i: int) -> int | Candidate | None:
    """Candidate ``i`` if it is no alias; a name in brackets in the other script (Latin after
    Chinese, a Chinese gloss after Latin) as the alias of the name before the bracket (which a
    known name in brackets names); None for a Latin gloss: 表外融資(off-balance-sheet …)."""
    c = cur[i]
    open_ = c.start - 1
    while open_ >= 0 and view[open_] == " ":
        open_ -= 1
    j = by_end.get(_before_bracket(view, open_)) if open_ >= 0 and view[open_] == "(" else None
    if j is None or j == i:
        return None if c.in_parens and c.iri is None and j is None else i
    owner = cur[j]
    latin = is_latin(view[c.start : c.end])
    # 新加坡電信（Singtel）, and the reverse: M&G Investments（英卓投資管理）, a Chinese gloss that
    # closes the bracket after a Latin name
    gloss = not latin and is_latin(view[owner.start : owner.end]) and view[c.end : c.end + 1] == ")"
    other_script = latin or gloss
    if owner.iri is None and c.iri is not None and c.type == owner.type == "organization" and other_script:
        owner = cur[j] = replace(owner, iri=c.iri)  # the known name in the other script names it
    if (
        other_script
        and owner.type in ("organization", "media", "person")
        and (c.iri is None or c.type == owner.type or owner.iri is None)
    ):
        # the Latin form names the entity before the bracket
        return replace(c, type=owner.type, iri=owner.iri, key=owner.key, source="alias")
    return i


def _ticker_aliases(
    view: str,
    cur: list[Candidate],
    by_end: dict[int, int],
    ticker_matches: list[re.Match[str]],
    out: list[Candidate],
) -> list[Candidate]:
    """Tickers in brackets after an organisation: the ticker letters are an alias."""
    extra: list[Candidate] = []
    for m in ticker_matches:
        code = m.group("code")
        j = by_end.get(_before_bracket(view, m.start()))
        if not code or j is None or cur[j].type not in ("organization", "media"):
            continue
        owner = cur[j]
        cs = m.start("code")
        if any(c.start <= cs < c.end for c in out):
            continue
        extra.append(Candidate(cs, cs + len(code), owner.type, owner.iri, owner.key, 0, "ticker-alias"))
    return extra


#: the kinds of entity an article may define a short name for
_DEFINABLE = ("organization", "media", "person")


def defined_aliases(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    """Aliases the article defines right after a name: （以下簡稱「X」）, （下稱“X”）, （簡稱X）,
    （“X”）, （前稱X）, （原名X）, ，以下簡稱「X」. X is the named entity for the whole article: the
    definition wins over a gazetteer reading of X (華潤電力 defined as a logistics company's short
    name is that company here). Generic or demonstrative words (本次交易, 本公司) define nothing."""
    by_end = {c.end: i for i, c in enumerate(chosen)}
    cur = list(chosen)
    defined: dict[str, Candidate] = {}
    added: list[Candidate] = []
    dropped: set[tuple[int, int]] = set()
    for pattern in (ALIAS_DEFINITION, ALIAS_DEFINITION_UNBRACKETED):  # both have an "alias" group
        for m in pattern.finditer(view):
            i = by_end.get(m.start())
            if i is None or cur[i].type not in _DEFINABLE:
                continue
            owner = cur[i]
            group = "alias" if m.group("alias") else "quoted"
            s, e = m.span(group)
            alias = view[s:e].strip()
            if not _definable(lex, alias, view[owner.start : owner.end]):
                continue
            defined.setdefault(alias, owner)
            inside = [c for c in cur + added if c.start < e and s < c.end and (c.start, c.end) not in dropped]
            if all(s <= c.start and c.end <= e and (c.start, c.end) != (s, e) for c in inside):
                # the definition wins over shorter names matched inside it (兆豐 in 「兆豐行」)
                dropped.update((c.start, c.end) for c in inside)
                added.append(replace(owner, start=s, end=e, rank=0, source="defined-alias"))
    if not defined:
        return chosen
    # every mention written as a defined alias is the defining entity
    out = []
    for c in cur + added:
        if (c.start, c.end) in dropped:
            continue
        definer = defined.get(view[c.start : c.end])
        if (
            definer is not None
            and c.source != "defined-alias"
            and (c.start, c.end) != (definer.start, definer.end)
        ):
            c = replace(c, type=definer.type, iri=definer.iri, key=definer.key, source="defined-alias")
        out.append(c)
    return by_position(out)


def _definable(lex: Lexicon, alias: str, name: str) -> bool:
    """A short name worth defining: not generic, no demonstrative, not the name itself."""
    t = lex.t
    return (
        len(alias) >= 2
        and alias != name
        and alias not in t.generic
        and alias[0] not in t.clause_chars
        and not alias.startswith(t.definition_not_aliases)
        and (bool(CJK.search(alias)) or is_latin(alias))
        and fold_key(alias) == fold_key(alias).strip()
    )


def issuer_short_name(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """证券简称：澄岳股份 … 澄岳新材料股份有限公司（以下简称“公司”）: an announcement's header names its
    issuer by the short name, the body by the full name it defines as 公司 — one company. Only with
    one short name in the header and one issuer defined."""
    shorts = {
        m.group("name")
        for m in LABELLED_SHORT_NAME.finditer(view)
        if view[m.start() : m.start() + 3].startswith(org_forms.ISSUER_SHORT_NAME_LABELS)
    }
    by_end = {c.end: c for c in chosen if c.type == "organization"}
    issuers = {
        (owner.start, owner.end): owner
        for pattern in (ALIAS_DEFINITION, ALIAS_DEFINITION_UNBRACKETED)
        for m in pattern.finditer(view)
        if (owner := by_end.get(m.start())) is not None
        and (m.group("alias") or m.groupdict().get("quoted") or "").strip() in org_forms.ISSUER_DEFINITIONS
    }
    if len(shorts) != 1 or len(issuers) != 1:
        return chosen
    short, (issuer,) = next(iter(shorts)), issuers.values()
    named = [c for c in chosen if view[c.start : c.end] == short and c.type == "organization"]
    known = next((c for c in [issuer, *named] if c.iri is not None), None)
    iri, key = (known.iri, known.key) if known is not None else (issuer.iri, issuer.key)
    same = {(c.start, c.end) for c in [issuer, *named]}
    if known is not None and any(c.iri not in (None, iri) for c in [issuer, *named]):
        return chosen  # two known companies: no guess
    return [replace(c, iri=iri, key=key) if (c.start, c.end) in same else c for c in chosen]
