"""The currency of an amount written without a currency word (647億, 逾千億元, $3.5億).

A bare 元 / $ (``dollar``), in order: (1) the same figure given elsewhere with its currency
(headline 647億 = 約新台幣647億元); (2) a scope declaration in force ((人民幣，下同), (單位下同) after
an amount in 人民幣); (3) the nearest preceding 元-currency in the same paragraph (逾人民幣3800億元 …
逾千億元; a mainland report on a Hong Kong listing gives market values in 港元 and then in 元);
(4) the home currency of the market the article is written from (:mod:`pipeline.text.region`).
A Cantonese money word (二十蚊, 五毫子, 七個半) is the Hong Kong dollar at (3)-(4) (the pataca in a
Macau article) unless the article's source says which market it is from.

A number with no currency word at all: (1) the restated figure; (2) the nearest amount in the
same sentence whose currency is known; (3) a scope declaration in force; (4) the nearest known
amount before it (else after it); (5) the home currency.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal

from pipeline.lang.zh import currencies as C
from pipeline.lang.zh import money as M
from pipeline.model.frozen import replace
from pipeline.nlp.quantities.drafts import Draft
from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.scan import sentence_start
from pipeline.text.region import RegionReading


@dataclass(frozen=True)
class Scope:
    """A scope declaration: from ``start`` on, a figure without a currency word is in ``currency``."""

    start: int
    end: int
    currency: str


def scope_declarations(view: str, drafts: Sequence[Draft]) -> list[Scope]:
    """Every scope declaration of the view; (單位下同) takes the currency of the amount before it."""
    lx = lexicon()
    out = []
    for m in lx.scope_regex.finditer(view):
        word = m.group("currency") or m.group("currency2") or m.group("currency3") or m.group("currency4")
        if word is not None:
            code: str | None = lx.scope_currencies[word]
        else:
            before = [d for d in drafts if d.end <= m.start() and d.currency and not d.inferred]
            code = before[-1].currency if before and view[before[-1].end : m.start()].strip() == "" else None
        if code is not None:
            out.append(Scope(m.start(), m.end(), code))
    return out


def _declared(d: Draft, scopes: Sequence[Scope], view: str) -> str | None:
    """The declaration in force at ``d``: one right after it (55億元（人民幣，下同）), else the
    last one before it."""
    for s in scopes:
        if s.start >= d.end and view[d.end : s.start].strip() == "":
            return s.currency
    before = [s for s in scopes if s.end <= d.start]
    return before[-1].currency if before else None


def rounded_equal(a: Decimal, sig_a: int, b: Decimal, sig_b: int) -> bool:
    """The same figure written with different precision (1066.93億 and 1067億)."""
    sig = min(sig_a, sig_b)
    if sig < 3:
        return False
    ctx = Context(prec=sig, rounding=ROUND_HALF_UP)
    return ctx.plus(a) == ctx.plus(b)


def same_figure(a: Decimal, sig_a: int, b: Decimal, sig_b: int) -> bool:
    """The same figure: equal, or equal to the printed precision (3 significant digits or more)."""
    return a == b or rounded_equal(a, sig_a, b, sig_b)


def _restated(d: Draft, explicit: Sequence[Draft]) -> str | None:
    """The currency of the nearest amount with a currency word that gives the same figure."""
    if d.value is None:
        return None
    best: tuple[int, str | None] | None = None
    for x in explicit:
        if x is d or x.value is None:
            continue
        if rounded_equal(d.value, d.sig, x.value, x.sig):
            dist = abs(x.start - d.start)
            if best is None or dist < best[0]:
                best = (dist, x.currency)
    return best[1] if best else None


def _dollar_before(view: str, k: int, drafts: Sequence[Draft], resolved: list[Draft | None]) -> str | None:
    """The nearest 元-currency before drafts[k] in its paragraph."""
    par = view.rfind("\n", 0, drafts[k].start)
    for j in range(k - 1, -1, -1):
        p = resolved[j]
        if p is None:
            continue
        if p.start < par:
            return None
        if p.currency in M.DOLLAR_CURRENCIES:
            return p.currency
    return None


def _known(k: int, resolved: list[Draft | None], lo: int = 0, hi: int | None = None) -> str | None:
    """The currency of the nearest resolved amount before drafts[k] (else after it) that starts
    in [lo, hi)."""

    def inside(p: Draft) -> bool:
        return p.start >= lo and (hi is None or p.start < hi)

    before = [p for p in resolved[:k] if p is not None and inside(p)]
    if before:
        return before[-1].currency
    after = [p for p in resolved[k + 1 :] if p is not None and inside(p)]
    return after[0].currency if after else None


def _context_word(view: str, d: Draft, words: dict[str, str]) -> str | None:
    """The code of the context word nearest ``d``: in its sentence, else its paragraph, else the text."""
    sentence = (sentence_start(view, d.start), _sentence_end(view, d.end))
    paragraph = (view.rfind("\n", 0, d.start) + 1, _paragraph_end(view, d.end))
    for lo, hi in (sentence, paragraph, (0, len(view))):
        hits = [
            (abs(i - d.start), code)
            for w, code in words.items()
            if (i := _nearest(view, w, lo, hi, d.start)) >= 0
        ]
        if hits:
            return min(hits)[1]
    return None


def _nearest(view: str, word: str, lo: int, hi: int, pos: int) -> int:
    before, after = view.rfind(word, lo, pos), view.find(word, pos, hi)
    if before < 0:
        return after
    if after < 0:
        return before
    return before if pos - before <= after - pos else after


def _paragraph_end(view: str, pos: int) -> int:
    end = view.find("\n", pos)
    return end if end >= 0 else len(view)


def resolve_ambiguous(view: str, drafts: list[Draft], home: RegionReading) -> list[Draft]:
    """比索 / 盧比 / 克朗 … by the country the text names; ¥ by the market (the yuan on the
    mainland, the yen elsewhere) unless the sentence says which."""
    lx = lexicon()
    out = []
    for d in drafts:
        if d.ambiguous is None:
            out.append(d)
            continue
        if d.ambiguous in lx.yen_signs:
            sentence = view[sentence_start(view, d.start) : _sentence_end(view, d.end)]
            code = next((c for w, c in lx.yen_context.items() if w in sentence), None)
            code = code or C.YEN_BY_MARKET.get(home.market, C.YEN_DEFAULT)
        else:
            default, countries = lx.ambiguous_contexts[d.ambiguous]
            code = _context_word(view, d, countries) or default
        out.append(replace(d, currency=code))
    return out


def _cantonese_dollar(home: RegionReading) -> str | None:
    """The dollar a Cantonese money word names: the home currency of a market the source gives,
    else the pataca in Macau, else the Hong Kong dollar."""
    if home.sourced:
        return home.dollar_currency
    return C.CANTONESE_HOME.get(home.market, C.CANTONESE_DEFAULT)


def infer_currencies(view: str, drafts: list[Draft], home: RegionReading) -> list[Draft]:
    """Give every amount without a currency word the currency the article establishes."""
    drafts = resolve_ambiguous(view, drafts, home)
    resolved: list[Draft | None] = [d if d.currency else None for d in drafts]
    explicit = [d for d in drafts if d.currency and d.value is not None]
    scopes = scope_declarations(view, drafts)
    for k, d in enumerate(drafts):  # (a) 元 and $ amounts
        if resolved[k] is not None or not d.dollar:
            continue
        cur = (
            _restated(d, explicit)
            or _declared(d, scopes, view)
            or (_cantonese_dollar(home) if d.cantonese else None)
            or _dollar_before(view, k, drafts, resolved)
            or home.dollar_currency
        )
        if cur is not None:
            resolved[k] = replace(d, currency=cur, inferred=True)
    for k, d in enumerate(drafts):  # (b) numbers without any currency word
        if resolved[k] is None:
            sentence = sentence_start(view, d.start)
            cur = (
                _restated(d, explicit)
                or _known(k, resolved, sentence, _sentence_end(view, d.end))
                or _declared(d, scopes, view)
                or _known(k, resolved)
                or home.home_currency
            )
            resolved[k] = replace(d, currency=cur, inferred=True)
    return [r if r is not None else d for r, d in zip(resolved, drafts, strict=True)]


def _sentence_end(view: str, pos: int) -> int:
    ends = [i for i in (view.find(ch, pos) for ch in lexicon().sentence_end) if i >= 0]
    return min(ends) if ends else len(view)
