"""Component ``finkg_conversions``: conversion links, implied exchange rates, US$ values.

Runs after ``finkg_quantities``. Steps, each a pure function:

1. ``link_conversions``: an amount that restates the amount just before it in another currency —
   in brackets ``20億美元(約新台幣647億元)``, ``（折合人民币14.1亿元）``, or after a conversion
   word ``…美元,约合人民币…`` — gets ``converted_from_start`` = the start of the restated amount.
2. ``implied_rates``: each link implies a rate. Orientation: quote units per one US$ when either
   side is USD (TWD per USD = 32.35), else per one unit of the restated (source) currency.
3. ``flag_outliers``: per currency pair, a rate further than 3 % (plus the rounding of the
   restated figure) from the median of the article's *other* distinct conversions is flagged.
4. ``usd_values``: every amount gets ``usd_value`` (and ``usd_min``/``usd_max`` for ranges) and the
   ``usd_rate`` used: a restatement of a US$ amount takes that amount's value and the pair's own
   rate; otherwise the median of the article's unflagged rates for the currency, else the dated
   reference table ``ontology/reference-rates.csv`` (row nearest the article's date, else the
   latest). US$ amounts need no rate.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
import statistics
from collections.abc import Sequence
from decimal import Decimal

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.zh.rates import (
    APPROX_AFTER_CONVERSION,
    BRACKET_ONLY_WORDS,
    CONVERSION_CONNECTORS,
    CONVERSION_WORDS,
    GAP_PUNCTUATION,
    OPEN_BRACKETS,
    OUTLIER_TOLERANCE,
    PLAUSIBLE_FACTOR,
)
from pipeline.model.frozen import replace
from pipeline.model.records import Amount, ExchangeRate
from pipeline.nlp.extensions import register, view_of
from pipeline.resources import ontology_file
from pipeline.text.view import FILLER

USD = "USD"
REFERENCE_RATES_FILE = "reference-rates.csv"
RATE_DIGITS = 6  # significant digits kept in an implied rate
CENT = Decimal("0.01")


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_BRACKETED = re.compile(
    rf"\s*[{re.escape(OPEN_BRACKETS)}]\s*(?:(?:{_alternation((*CONVERSION_WORDS, *BRACKET_ONLY_WORDS))})\s*)?"
)
_GAP = f"[{re.escape(GAP_PUNCTUATION)}]"
_UNBRACKETED = re.compile(
    rf"\s*{_GAP}?\s*(?:(?:{_alternation(CONVERSION_CONNECTORS)})\s*)?"
    rf"(?:{_alternation(CONVERSION_WORDS)})\s*(?:{re.escape(APPROX_AFTER_CONVERSION)}\s*)?"
)


_CONNECTOR_ONLY = re.compile(rf"\s*{_GAP}?\s*(?:(?:{_alternation(CONVERSION_CONNECTORS)})\s*)?")
_LEADING_WORD = re.compile(rf"(?:{_alternation(CONVERSION_WORDS)})")


def is_conversion_gap(gap: str, target: str = "") -> bool:
    """True when the text between two amounts introduces a restatement of the first.

    ``target`` is the restating amount's own text: the amounts grammar may have taken the
    conversion word into it ("约合人民币21.5亿元"), leaving only a comma in the gap.
    """
    if _BRACKETED.fullmatch(gap) or _UNBRACKETED.fullmatch(gap):
        return True
    return bool(_CONNECTOR_ONLY.fullmatch(gap) and _LEADING_WORD.match(target))


# --- reference rates -------------------------------------------------------------------------------


@functools.cache
def reference_table() -> tuple[ExchangeRate, ...]:
    """The shipped reference rates (approximate, dated), sorted by pair and date."""
    rows: list[ExchangeRate] = []
    with ontology_file(REFERENCE_RATES_FILE).open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if line.strip() and not line.lstrip().startswith("#"))
        for row in csv.DictReader(lines):
            rows.append(
                ExchangeRate(
                    base=row["base"].strip(),
                    quote=row["quote"].strip(),
                    rate=Decimal(row["rate"].strip()),
                    source="reference",
                    as_of=dt.date.fromisoformat(row["date"].strip()),
                )
            )
    return tuple(sorted(rows, key=lambda r: (r.base, r.quote, r.as_of or dt.date.min)))


@functools.cache
def _reference_pairs() -> dict[tuple[str, str], list[ExchangeRate]]:
    """The reference table by (base, quote), each pair's rows in table order (read-only)."""
    pairs: dict[tuple[str, str], list[ExchangeRate]] = {}
    for r in reference_table():
        pairs.setdefault((r.base, r.quote), []).append(r)
    return pairs


def reference_rate(
    quote: str, on: dt.date | None, base: str = USD, table: Sequence[ExchangeRate] | None = None
) -> ExchangeRate | None:
    """The reference rate for ``base``→``quote`` nearest ``on`` (the latest when ``on`` is None)."""
    if table is None:
        return _shipped_rate(quote, on, base)
    return _nearest([r for r in table if r.base == base and r.quote == quote], on)


@functools.lru_cache(maxsize=4096)
def _shipped_rate(quote: str, on: dt.date | None, base: str) -> ExchangeRate | None:
    """``reference_rate`` in the shipped table (an article asks for the same pair and day often)."""
    return _nearest(_reference_pairs().get((base, quote), []), on)


def _nearest(rows: Sequence[ExchangeRate], on: dt.date | None) -> ExchangeRate | None:
    if not rows:
        return None
    if on is None:
        return max(rows, key=lambda r: r.as_of or dt.date.min)
    return min(rows, key=lambda r: (abs(((r.as_of or on) - on).days), r.as_of or dt.date.min))


def reference_cross(
    base: str, quote: str, on: dt.date | None, table: Sequence[ExchangeRate] | None = None
) -> Decimal | None:
    """``quote`` per ``base`` from the reference table (through US$ when neither is US$)."""
    if base == quote:
        return Decimal(1)
    per_usd = {}
    for currency in (base, quote):
        if currency == USD:
            per_usd[currency] = Decimal(1)
        else:
            r = reference_rate(currency, on, table=table)
            if r is None:
                return None
            per_usd[currency] = r.rate
    return per_usd[quote] / per_usd[base]


# --- linking ---------------------------------------------------------------------------------------


def _figures(a: Amount) -> tuple[Decimal, ...] | None:
    """The amount's numbers: (value,), or (min, max) for a range; None when it has none."""
    if a.value is not None:
        return (a.value,)
    if a.min is not None and a.max is not None:
        return (a.min, a.max)
    return None


def _ratio(source: Amount, target: Amount) -> Decimal | None:
    """target / source, from values, or from the range ends when both are ranges."""
    s, t = _figures(source), _figures(target)
    if s is None or t is None or any(x == 0 for x in s):
        return None
    if len(s) == len(t):
        return sum((b / a for a, b in zip(s, t, strict=True)), Decimal(0)) / len(s)
    return None


def _plausible(
    source: Amount, target: Amount, on: dt.date | None, table: Sequence[ExchangeRate] | None
) -> bool:
    """The pair's ratio is within a factor of the reference rate (or no reference is known)."""
    ratio = _ratio(source, target)
    if ratio is None or source.currency is None or target.currency is None:
        return True
    reference = reference_cross(source.currency, target.currency, on, table)
    if reference is None or reference == 0:
        return True
    factor = Decimal(PLAUSIBLE_FACTOR)
    return reference / factor <= ratio <= reference * factor


def link_conversions(
    view: str,
    amounts: Sequence[Amount],
    on: dt.date | None = None,
    table: Sequence[ExchangeRate] | None = None,
) -> list[Amount]:
    """Copies of ``amounts`` (sorted by start) with ``converted_from_start`` set on restatements.

    ``view`` is the normalised text (t2s, half-width) with offsets of the original.
    """
    ordered = sorted(amounts, key=lambda a: (a.start, a.end))
    out = list(ordered)
    for i in range(1, len(ordered)):
        source, target = ordered[i - 1], ordered[i]
        if target.converted_from_start is not None or source.end > target.start:
            continue
        if not (source.currency and target.currency and source.currency != target.currency):
            continue
        gap = view[source.end : target.start].replace(FILLER, "")
        own = view[target.start : target.end].replace(FILLER, "")
        if source.per != target.per or not is_conversion_gap(gap, own):
            continue
        if not _plausible(source, target, on, table):
            continue
        out[i] = replace(target, converted_from_start=source.start)
    return out


# --- rates -----------------------------------------------------------------------------------------


def round_significant(value: Decimal, digits: int = RATE_DIGITS) -> Decimal:
    if value == 0:
        return value
    exponent = value.adjusted() - digits + 1
    return (
        value.quantize(Decimal(1).scaleb(exponent)).normalize()
        if exponent < 0
        else value.quantize(Decimal(1))
    )


def _oriented(source: Amount, target: Amount, ratio: Decimal) -> tuple[str, str, Decimal]:
    assert source.currency and target.currency
    if target.currency == USD and source.currency != USD:
        return USD, source.currency, 1 / ratio
    return source.currency, target.currency, ratio


def implied_rates(amounts: Sequence[Amount], on: dt.date | None = None) -> list[ExchangeRate]:
    """One article rate per linked pair (unflagged; see ``flag_outliers``)."""
    by_start = {a.start: a for a in amounts}
    rates: list[ExchangeRate] = []
    for target in amounts:
        if target.converted_from_start is None:
            continue
        source = by_start.get(target.converted_from_start)
        if source is None or not source.currency or not target.currency:
            continue
        ratio = _ratio(source, target)
        if ratio is None or ratio <= 0:
            continue
        base, quote, rate = _oriented(source, target, ratio)
        rates.append(
            ExchangeRate(
                base, quote, round_significant(rate), "article", evidence_start=source.start, as_of=on
            )
        )
    return rates


def _targets(amounts: Sequence[Amount]) -> dict[int, Amount]:
    """Restating amounts by the start of the amount they restate."""
    return {a.converted_from_start: a for a in amounts if a.converted_from_start is not None}


def _rounding(target: Amount | None) -> Decimal:
    """Relative half-unit of the last significant digit of the restated figure (its precision)."""
    figures = _figures(target) if target is not None else None
    if not figures or figures[0] == 0:
        return Decimal(0)
    value = abs(figures[0])
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return Decimal(5).scaleb(exponent - 1) / value


def flag_outliers(rates: Sequence[ExchangeRate], amounts: Sequence[Amount] = ()) -> list[ExchangeRate]:
    """Flag each rate that disagrees with the median of the article's other conversions of its pair.

    A conversion printed twice (the same figures) is one conversion: it does not vote for itself.
    With an even number of others, a rate within tolerance of either middle value is kept. The
    tolerance is 3 % plus the rounding of the restated figure (5.2兆 is ±1 %). A pair with a single
    conversion is never flagged.
    """
    tolerance = Decimal(OUTLIER_TOLERANCE)
    by_start = {a.start: a for a in amounts}
    targets = _targets(amounts)

    def key(r: ExchangeRate) -> object:
        source, target = by_start.get(r.evidence_start or -1), targets.get(r.evidence_start or -1)
        if source is None or target is None:
            return r.evidence_start
        return (source.currency, _figures(source), target.currency, _figures(target))

    out: list[ExchangeRate] = []
    for r in rates:
        votes: dict[object, Decimal] = {}
        for o in rates:
            if (o.base, o.quote) == (r.base, r.quote) and key(o) != key(r):
                votes.setdefault(key(o), o.rate)
        if not votes:
            out.append(r)
            continue
        others = sorted(votes.values())
        n = len(others)
        low, high = others[(n - 1) // 2], others[n // 2]
        slack = tolerance + _rounding(targets.get(r.evidence_start or -1))
        flagged = not (low * (1 - slack) <= r.rate <= high * (1 + slack))
        out.append(replace(r, flagged=flagged))
    return out


# --- US$ values ------------------------------------------------------------------------------------


def article_rate(rates: Sequence[ExchangeRate], currency: str, on: dt.date | None) -> ExchangeRate | None:
    """The article's own US$→``currency`` rate: the median of its unflagged rates (else of all)."""
    pair = [r for r in rates if r.base == USD and r.quote == currency]
    if not pair:
        return None
    kept = [r.rate for r in pair if not r.flagged] or [r.rate for r in pair]
    median = Decimal(statistics.median(kept))
    return ExchangeRate(USD, currency, round_significant(median), "article", as_of=on)


def _to_usd(value: Decimal | None, rate: Decimal) -> Decimal | None:
    if value is None:
        return None
    return (value / rate).quantize(CENT)


def usd_values(
    amounts: Sequence[Amount],
    rates: Sequence[ExchangeRate],
    on: dt.date | None = None,
    table: Sequence[ExchangeRate] | None = None,
) -> list[Amount]:
    by_start = {a.start: a for a in amounts}
    own_rate = {r.evidence_start: r for r in rates if r.base == USD}
    out: list[Amount] = []
    for a in amounts:
        if a.currency is None:
            out.append(a)
            continue
        if a.currency == USD:
            out.append(_with_usd(a, a.value, a.min, a.max, None))
            continue
        source = by_start.get(a.converted_from_start) if a.converted_from_start is not None else None
        pair_rate = own_rate.get(a.converted_from_start) if a.converted_from_start is not None else None
        if source is not None and source.currency == USD and pair_rate is not None:
            out.append(_with_usd(a, source.value, source.min, source.max, pair_rate))
            continue
        rate = article_rate(rates, a.currency, on) or reference_rate(a.currency, on, table=table)
        if rate is None or rate.rate == 0:
            out.append(a)
            continue
        out.append(
            _with_usd(
                a, _to_usd(a.value, rate.rate), _to_usd(a.min, rate.rate), _to_usd(a.max, rate.rate), rate
            )
        )
    return out


def _with_usd(
    a: Amount, value: Decimal | None, low: Decimal | None, high: Decimal | None, rate: ExchangeRate | None
) -> Amount:
    return replace(a, usd_value=value, usd_min=low, usd_max=high, usd_rate=rate)


def convert(
    view: str,
    amounts: Sequence[Amount],
    on: dt.date | None = None,
    table: Sequence[ExchangeRate] | None = None,
) -> tuple[list[Amount], list[ExchangeRate]]:
    """Link, rate, flag and value: the whole stage on plain data."""
    linked = link_conversions(view, amounts, on, table)
    rates = flag_outliers(implied_rates(linked, on), linked)
    return usd_values(linked, rates, on, table), rates


@Language.factory("finkg_conversions", default_config={})
def make_conversions(nlp: Language, name: str) -> object:
    register()

    def component(doc: Doc) -> Doc:
        article = doc._.article
        on = article.date if article is not None else None
        doc._.amounts, doc._.rates = convert(view_of(doc), doc._.amounts or (), on)
        return doc

    return component
