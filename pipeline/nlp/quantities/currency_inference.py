"""The currency of an amount written without a currency word (647億, 逾千億元).

In order: (1) the same figure given elsewhere with its currency (headline 647億 = 約新台幣647億元);
(2) for a bare 元, the nearest preceding 元-currency in the same paragraph (逾人民幣3800億元 …
逾千億元); for a number without 元, the nearest amount before it (else after it) whose currency
is known; (3) the home currency of the article's region.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Context, Decimal

from pipeline.lang.zh import money as M
from pipeline.nlp.quantities.drafts import Draft
from pipeline.nlp.quantities.lexicon import lexicon


def home_region(view: str, region: str | None = None, script: str | None = None) -> str | None:
    """The region whose 元 a bare amount means: the article's region, else the text's cues."""
    if region in M.HOME_CURRENCY:
        return region
    lx = lexicon()
    scores: dict[str, float] = {r: float(sum(view.count(w) for w in ws)) for r, ws in lx.region_cues.items()}
    prior = M.SCRIPT_PRIOR.get(script or "")
    if prior:
        scores[prior] = scores.get(prior, 0.0) + M.SCRIPT_PRIOR_WEIGHT
    best = max(scores.items(), key=lambda kv: kv[1])
    return best[0] if best[1] > 0 else prior


def rounded_equal(a: Decimal, sig_a: int, b: Decimal, sig_b: int) -> bool:
    """The same figure written with different precision (1066.93億 and 1067億)."""
    sig = min(sig_a, sig_b)
    if sig < 3:
        return False
    ctx = Context(prec=sig, rounding=ROUND_HALF_UP)
    return ctx.plus(a) == ctx.plus(b)


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


def _nearest_known(k: int, resolved: list[Draft | None]) -> str | None:
    """The currency of the nearest resolved amount before drafts[k], else after it."""
    before = [p for p in resolved[:k] if p is not None]
    if before:
        return before[-1].currency
    after = [p for p in resolved[k + 1 :] if p is not None]
    return after[0].currency if after else None


def infer_currencies(
    view: str, drafts: list[Draft], region: str | None = None, script: str | None = None
) -> list[Draft]:
    """Give every amount without a currency word the currency the article establishes."""
    home = M.HOME_CURRENCY.get(home_region(view, region, script) or "")
    resolved: list[Draft | None] = [d if d.currency else None for d in drafts]
    explicit = [d for d in drafts if d.currency and d.value is not None]
    for k, d in enumerate(drafts):  # (a) 元 amounts
        if resolved[k] is not None or not d.dollar:
            continue
        cur = _restated(d, explicit) or _dollar_before(view, k, drafts, resolved) or home
        if cur is not None:
            resolved[k] = replace(d, currency=cur, inferred=True)
    for k, d in enumerate(drafts):  # (b) numbers without any currency word
        if resolved[k] is None:
            cur = _restated(d, explicit) or _nearest_known(k, resolved) or home
            resolved[k] = replace(d, currency=cur, inferred=True)
    return [r if r is not None else d for r, d in zip(resolved, drafts, strict=True)]
