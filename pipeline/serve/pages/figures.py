"""Parties, stated figures (amounts, capacities, share counts, percentages) and exchange
rates as a reader sees them, from an :class:`~pipeline.serve.pages.index.Index`."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pipeline.serve.pages.index import (
    DEAL_TYPES,
    FIGURE_KINDS,
    NIF,
    QUALIFIER_LABELS,
    QUDT,
    SKOS,
    Index,
    best_label,
    entity_url,
    fin,
    fmt_number,
    fmt_short,
    fmt_usd,
    local_name,
    number,
)


@dataclass
class Party:
    iri: str
    label: str
    url: str

    @classmethod
    def of(cls, index: Index, iri: str) -> Party:
        return cls(iri, best_label(index, iri), entity_url(iri))


@dataclass
class Figure:
    """A stated figure: its text as written and what it was parsed as."""

    node: str
    kind: str
    text: str
    start: int
    end: int
    rows: list[tuple[str, str]]
    usd: Decimal | None = None
    summary: str = ""


@dataclass
class RateView:
    base: str
    quote: str
    rate: Decimal | None
    flagged: bool
    source_text: str | None
    converted_text: str | None
    as_of: str | None
    average: Decimal | None = None


def _currency(index: Index, node: str | None) -> str | None:
    if node is None:
        return None
    return index.text(node, SKOS + "notation") or local_name(node)


def rate_view(index: Index, node: str) -> RateView:
    return RateView(
        base=_currency(index, index.text(node, fin("baseCurrency"))) or "",
        quote=_currency(index, index.text(node, fin("quoteCurrency"))) or "",
        rate=number(index.one(node, fin("rate"))),
        flagged=str(index.one(node, fin("flagged"))).lower() == "true",
        source_text=None,
        converted_text=None,
        as_of=index.text(node, fin("asOf")),
    )


def _range_rows(
    index: Index, node: str, value: str, low: str, high: str, unit: str = ""
) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    v, lo, hi = (number(index.one(node, fin(p))) for p in (value, low, high))
    qualifier = local_name(index.text(node, fin("qualifier")) or "")
    suffix = f" {unit}" if unit else ""
    if v is not None:
        rows.append(("value", f"{fmt_number(v)}{suffix}"))
    if lo is not None or hi is not None:
        rows.append(("range", f"{fmt_number(lo) or '…'} – {fmt_number(hi) or '…'}{suffix}"))
    if QUALIFIER_LABELS.get(qualifier):
        rows.append(("qualifier", QUALIFIER_LABELS[qualifier]))
    return rows


def figure(index: Index, node: str) -> Figure | None:
    """A figure node (amount, capacity, share count, percentage) as shown to a reader."""
    kinds = [FIGURE_KINDS[t] for t in index.fin_types(node) if t in FIGURE_KINDS]
    begin, end = number(index.one(node, NIF + "beginIndex")), number(index.one(node, NIF + "endIndex"))
    if not kinds or begin is None or end is None:
        return None
    kind = kinds[0]
    text = index.text(node, NIF + "anchorOf") or ""
    usd = None
    summary = text
    if kind == "money":
        currency = _currency(index, index.text(node, fin("currency")))
        rows = _range_rows(index, node, "value", "minValue", "maxValue", currency or "")
        if currency:
            rows.append(
                ("currency", currency + (" (inferred)" if index.one(node, fin("currencyInferred")) else ""))
            )
        per = index.text(node, fin("per"))
        if per:
            rows.append(
                ("per", index.text(per, SKOS + "prefLabel") or local_name(per).removeprefix("Per").lower())
            )
        usd = number(index.one(node, fin("usdValue")))
        if usd is not None:
            rows.append(("US$", f"{fmt_number(usd.quantize(Decimal('1')))} ({fmt_usd(usd)})"))
        rate = index.text(node, fin("usdRate"))
        if rate:
            r = rate_view(index, rate)
            how = (
                "implied by the article"
                if "ImpliedExchangeRate" in index.fin_types(rate)
                else "reference table"
            )
            dated = f", {r.as_of}" if r.as_of else ""
            rows.append(("rate used", f"1 {r.base} = {fmt_number(r.rate)} {r.quote} ({how}{dated})"))
        source = index.text(node, fin("convertedFrom"))
        if source:
            rows.append(("converted from", index.text(source, NIF + "anchorOf") or ""))
        value = number(index.one(node, fin("value")))
        # a US$ figure's value is its US$ value: shown once
        summary = (
            f"{fmt_short(value)} {currency or ''}".strip()
            if value is not None and currency != "USD"
            else text
        )
    elif kind == "capacity":
        unit = local_name(index.text(node, QUDT + "hasUnit") or index.text(node, QUDT + "unit") or "")
        unit = {"GigaW": "GW", "MegaW": "MW", "KiloW": "kW", "W": "W"}.get(unit, unit)
        rows = _range_rows(index, node, "watts", "minWatts", "maxWatts", "W")
        numeric = number(index.one(node, QUDT + "numericValue"))
        if numeric is not None:
            rows.insert(0, ("capacity", f"{fmt_number(numeric)} {unit}"))
            summary = f"{fmt_number(numeric)} {unit}"
    elif kind == "shares":
        rows = _range_rows(index, node, "value", "minValue", "maxValue", "shares")
    else:
        rows = _range_rows(index, node, "value", "minValue", "maxValue", "%")
    return Figure(node, kind, text, int(begin), int(end), rows, usd, summary)


def deal_type(index: Index, deal: str) -> tuple[str, str]:
    for t in index.fin_types(deal):
        if t in DEAL_TYPES:
            return DEAL_TYPES[t]
    return ("deal", "#555555")
