"""The quantities grammar: money amounts, capacities, share counts and percentages of a text.

Recognition runs on the characters of the normalised view (t2s + half-width, same offsets as the
original), so one set of tables serves both scripts; spans are reported on the original text.
The passes, each over frozen candidates:

1. :func:`~pipeline.nlp.quantities.numerals.find_numerals` — every numeral phrase;
2. :func:`~pipeline.nlp.quantities.reading.read` — a numeral becomes a quantity by what stands
   around it (unit, currency, qualifier, range, per-unit); lists share their last item's unit;
3. :func:`~pipeline.nlp.quantities.per_units.propagate_per` — a bracketed restatement keeps the
   rate of the amount it restates;
4. :func:`~pipeline.nlp.quantities.currency_inference.infer_currencies` — a bare 元 (or no
   currency word) takes the currency the article establishes (``currency_inferred``): a scope
   declaration, a neighbour, the home currency of its market.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import takewhile
from typing import NamedTuple

from pipeline.model.frozen import replace
from pipeline.model.records import Amount, Capacity, Percentage, ShareCount
from pipeline.nlp.quantities.admission import latin_glued
from pipeline.nlp.quantities.currency_inference import infer_currencies, same_figure
from pipeline.nlp.quantities.drafts import Draft
from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.numerals import Found, find_numerals
from pipeline.nlp.quantities.per_units import propagate_per
from pipeline.nlp.quantities.ranges import list_items
from pipeline.nlp.quantities.reading import read
from pipeline.nlp.quantities.scan import ends
from pipeline.nlp.quantities.units import unit_after
from pipeline.text.region import RegionReading, reading_of
from pipeline.text.view import Compact, compact, to_view


class Quantities(NamedTuple):
    amounts: list[Amount]
    capacities: list[Capacity]
    shares: list[ShareCount]
    percentages: list[Percentage]


def find_drafts(view: str) -> list[Draft]:
    """Every quantity of the view, sorted by start, before currency inference."""
    lx = lexicon()
    unit_traded = any(w in view for w in lx.unit_traded)
    nums = [
        f
        for f in find_numerals(view)
        if not (latin_glued(view, f.start) and unit_after(view, f.end, f.numeral, f.start) is None)
        and not ends(view, f.start, lx.ordinal)
    ]
    drafts: list[Draft] = []
    unsure: list[Draft] = []
    used: set[int] = set()
    for i in range(len(nums)):
        if i in used:
            continue
        made, consumed = read(view, nums, i, unit_traded)
        if made is not None and made.unsure:
            unsure.append(made)
        elif made is not None:
            used.update(consumed)
            # numerals inside the span belong to it (2元3角5分, 七個半)
            # (nums are in text order: stop at the first one past the span, not scan the article)
            used.update(within(nums, i + 1, made.end))
            items, made = list_items(view, nums, i, made, used)
            drafts.extend(items)
            drafts.append(made)
    drafts.extend(restated_magnitudes(unsure, drafts))
    drafts.sort(key=lambda d: d.start)
    return propagate_per(view, drafts)


def within(nums: list[Found], first: int, end: int) -> Iterator[int]:
    """The indexes from ``first`` on of the numerals starting before ``end`` (nums in text order)."""
    return takewhile(lambda k: nums[k].start < end, range(first, len(nums)))


def restated_magnitudes(unsure: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """A bare magnitude without money context (headline 4.5億計劃落戶) is an amount when the
    article gives the same figure with a currency word (4億5000萬令吉, 6億2000萬元)."""
    explicit = [d for d in drafts if d.kind == "amount" and (d.currency or d.dollar) and d.value is not None]
    out = []
    for u in unsure:
        if u.value is None or any(d.start < u.end and u.start < d.end for d in drafts):
            continue
        if any(same_figure(u.value, u.sig, x.value, x.sig) for x in explicit if x.value is not None):
            out.append(replace(u, unsure=False))
    return out


def find_quantities(
    text: str,
    view: str | None = None,
    *,
    region: str | None = None,
    script: str | None = None,
    home: RegionReading | None = None,
) -> Quantities:
    """All amounts, capacities, share counts and percentages of a text, each sorted by start.

    ``view`` is the text's normalised view (computed when not given). The home currency comes
    from ``home`` (the article's region reading), else from ``region`` (a market or a contract
    region), else from the text (:func:`pipeline.text.region.read_region`).
    """
    view = view if view is not None else to_view(text)
    assert len(view) == len(text)
    if home is None:
        home = reading_of(None, region, text, view)
    # the grammar reads across invisible characters (1650\u200b億元): on the compact view, with
    # every offset mapped back to the text
    work = compact(view)
    drafts = find_drafts(work.text)
    amounts = infer_currencies(work.text, [d for d in drafts if d.kind == "amount"], home)
    if work.positions is not None:
        drafts = [_mapped(d, work) for d in drafts]
        amounts = [_mapped(d, work) for d in amounts]
    return Quantities(
        amounts=[_amount(text, d) for d in amounts],
        capacities=[_capacity(text, d) for d in drafts if d.kind == "capacity"],
        shares=[_shares(text, d) for d in drafts if d.kind == "shares"],
        percentages=[_percent(text, d) for d in drafts if d.kind == "percent"],
    )


def _mapped(d: Draft, work: Compact) -> Draft:
    return replace(
        d,
        start=work.start(d.start),
        end=work.end(d.end),
        num_start=work.start(d.num_start),
        num_end=work.end(d.num_end),
    )


def _amount(text: str, d: Draft) -> Amount:
    return Amount(
        start=d.start,
        end=d.end,
        text=text[d.start : d.end],
        value=d.value,
        currency=d.currency,
        qualifier=d.qualifier,
        min=d.min,
        max=d.max,
        per=d.per,
        currency_inferred=d.inferred,
        colloquial=d.colloquial,
        bounds=d.bounds,
    )


def _capacity(text: str, d: Draft) -> Capacity:
    return Capacity(
        start=d.start,
        end=d.end,
        text=text[d.start : d.end],
        value_watts=d.value,
        qualifier=d.qualifier,
        min_watts=d.min,
        max_watts=d.max,
    )


def _shares(text: str, d: Draft) -> ShareCount:
    return ShareCount(
        d.start, d.end, text[d.start : d.end], d.value, d.qualifier, d.min, d.max, board_lot=d.lots
    )


def _percent(text: str, d: Draft) -> Percentage:
    return Percentage(d.start, d.end, text[d.start : d.end], d.value, d.qualifier, d.min, d.max)
