"""The extraction JSON contract (docs/gold-format.md, the format of corpus/gold): ``Extraction`` →
dict, and a checker.

``to_contract`` writes exactly the keys of the contract plus a few extra ones the contract allows:
``article`` (key, source, hash, encoding, body spans), ``entities`` (IRI, type, every mention),
``rates`` (exchange rates), ``usd_value``/``usd_rate``/``currency_inferred``/``converted_from_start``
on amounts, and ``*_start``/IRI keys on deals.

Numbers: a ``Decimal`` becomes a JSON integer when it is integral (exact at any size) and a float
otherwise (``float(Decimal)`` is the nearest double; the shortest repr round-trips).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from pipeline.lang.zh.deals import GENERIC_LABELS
from pipeline.model.records import (
    DEAL_TYPES,
    QUALIFIERS,
    Amount,
    Capacity,
    Deal,
    ExchangeRate,
    Extraction,
    Mention,
    Percentage,
    ShareCount,
)

#: contract keys every object carries (the gold-only keys are optional)
TOP_KEYS: tuple[str, ...] = (
    "source_url",
    "title",
    "date",
    "script",
    "region",
    "amounts",
    "capacities",
    "shares",
    "percentages",
    "organizations",
    "organization_aliases",
    "people",
    "people_aliases",
    "deals",
)
SPAN_KEYS: dict[str, tuple[str, ...]] = {
    "amounts": ("text", "start", "end", "value", "currency", "qualifier"),
    "capacities": ("text", "start", "end", "value_watts", "qualifier"),
    "shares": ("text", "start", "end", "value", "qualifier"),
    "percentages": ("text", "start", "end", "value", "qualifier"),
}
DEAL_KEYS: tuple[str, ...] = ("type", "agent", "counterparty", "amount_text", "evidence", "evidence_start")
ORGANIZATION_TYPES: frozenset[str] = frozenset({"organization", "media"})
PERSON_TYPES: frozenset[str] = frozenset({"person"})


def number(value: Decimal | int | float | None) -> int | float | None:
    """A JSON number: integral values as ``int`` (exact), others as ``float``."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite number: {value}")
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def rate_json(rate: ExchangeRate) -> dict[str, Any]:
    return {
        "base": rate.base,
        "quote": rate.quote,
        "rate": number(rate.rate),
        "source": rate.source,
        "evidence_start": rate.evidence_start,
        "flagged": rate.flagged,
        "as_of": _date(rate.as_of),
    }


def amount_json(amount: Amount, by_start: Mapping[int, Amount]) -> dict[str, Any]:
    source = by_start.get(amount.converted_from_start) if amount.converted_from_start is not None else None
    return {
        "text": amount.text,
        "start": amount.start,
        "end": amount.end,
        "value": number(amount.value),
        "currency": amount.currency,
        "qualifier": amount.qualifier,
        "min": number(amount.min),
        "max": number(amount.max),
        "per": amount.per,
        "converted_from": source.text if source is not None else None,
        "converted_from_start": source.start if source is not None else None,
        "currency_inferred": amount.currency_inferred,
        "usd_value": number(amount.usd_value),
        "usd_rate": rate_json(amount.usd_rate) if amount.usd_rate is not None else None,
        "usd_min": number(amount.usd_min),
        "usd_max": number(amount.usd_max),
        "colloquial": amount.colloquial,
        "bounds": [number(b) for b in amount.bounds] if amount.bounds is not None else None,
    }


def capacity_json(c: Capacity) -> dict[str, Any]:
    return {
        "text": c.text,
        "start": c.start,
        "end": c.end,
        "value_watts": number(c.value_watts),
        "qualifier": c.qualifier,
        "min_watts": number(c.min_watts),
        "max_watts": number(c.max_watts),
    }


def count_json(s: ShareCount | Percentage) -> dict[str, Any]:
    return {
        "text": s.text,
        "start": s.start,
        "end": s.end,
        "value": number(s.value),
        "qualifier": s.qualifier,
        "min": number(s.min),
        "max": number(s.max),
    }


def names_and_aliases(
    mentions: Iterable[Mention], types: frozenset[str]
) -> tuple[list[str], dict[str, list[str]]]:
    """Names as written (document order, repeats included) and the alias groups by entity IRI.

    The key of a group is the entity's first-mentioned form; groups with one form are omitted.
    """
    names: list[str] = []
    forms: dict[str, list[str]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.type not in types:
            continue
        names.append(m.text)
        group = forms.setdefault(m.iri, [])
        if m.text not in group:
            group.append(m.text)
    aliases = {group[0]: group[1:] for group in forms.values() if len(group) > 1}
    return names, aliases


def deal_json(deal: Deal) -> dict[str, Any]:
    first, *extra = deal.evidence

    def text(m: Mention | None) -> str | None:
        # a generic party (特殊目的公司, 空壳公司 …) is printed by its label ("SPV"), as gold writes it
        if m is None:
            return None
        return GENERIC_LABELS.get(m.iri.rsplit("/", 1)[-1], m.text) if "/org/" in m.iri else m.text

    return {
        "type": deal.type,
        "agent": text(deal.agent),
        "counterparty": text(deal.counterparty),
        "co_agents": [m.text for m in deal.co_agents],
        "co_counterparties": [m.text for m in deal.co_counterparties],
        "amount_text": deal.amount.text if deal.amount else None,
        "capacity_text": deal.capacity.text if deal.capacity else None,
        "shares_text": deal.shares.text if deal.shares else None,
        "evidence": first.text,
        "evidence_start": first.start,
        "evidence_extra": [e.text for e in extra],
        "evidence_extra_start": [e.start for e in extra],
        "date": _date(deal.date),
        "subtype": deal.subtype,
        "confidence": deal.confidence,
        "agent_iri": deal.agent.iri if deal.agent else None,
        "agent_start": deal.agent.start if deal.agent else None,
        "counterparty_iri": deal.counterparty.iri if deal.counterparty else None,
        "counterparty_start": deal.counterparty.start if deal.counterparty else None,
        "co_agent_iris": [m.iri for m in deal.co_agents],
        "amount_start": deal.amount.start if deal.amount else None,
        "capacity_start": deal.capacity.start if deal.capacity else None,
        "shares_start": deal.shares.start if deal.shares else None,
    }


def to_contract(extraction: Extraction) -> dict[str, Any]:
    """The contract's JSON object (docs/gold-format.md) of one article's extraction."""
    a = extraction.article
    by_start = {x.start: x for x in extraction.amounts}
    organizations, organization_aliases = names_and_aliases(extraction.mentions, ORGANIZATION_TYPES)
    people, people_aliases = names_and_aliases(extraction.mentions, PERSON_TYPES)
    mentions_by_iri: dict[str, list[Mention]] = {}
    for m in extraction.mentions:
        mentions_by_iri.setdefault(m.iri, []).append(m)
    return {
        "source_url": a.url,
        "title": a.title,
        "date": _date(a.date),
        "script": a.script,
        "region": a.region,
        "amounts": [amount_json(x, by_start) for x in extraction.amounts],
        "capacities": [capacity_json(x) for x in extraction.capacities],
        "shares": [count_json(x) for x in extraction.shares],
        "percentages": [count_json(x) for x in extraction.percentages],
        "organizations": organizations,
        "organization_aliases": organization_aliases,
        "people": people,
        "people_aliases": people_aliases,
        "deals": [deal_json(d) for d in extraction.deals],
        "entities": [
            {
                "iri": e.iri,
                "type": e.type,
                "label": e.label,
                "known": e.known,
                "ticker": e.ticker,
                "exchange": e.exchange,
                "wikidata": e.wikidata,
                "mentions": [
                    {"text": m.text, "start": m.start, "end": m.end} for m in mentions_by_iri.get(e.iri, [])
                ],
            }
            for e in extraction.entities
        ],
        "rates": [rate_json(r) for r in extraction.rates],
        "article": {
            "key": a.key,
            "source": a.source,
            "content_hash": a.content_hash,
            "encoding": a.encoding,
            "body_spans": [list(s) for s in a.body_spans],
            "market": a.market,
            "region_reason": a.region_reason,
        },
        "warnings": list(extraction.warnings),
    }


# --- checking ------------------------------------------------------------------------------------


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _check_span(where: str, item: Any, keys: Sequence[str], text: str | None) -> list[str]:
    if not isinstance(item, dict):
        return [f"{where}: not an object"]
    problems = [f"{where}: missing key {k!r}" for k in keys if k not in item]
    start, end, surface = item.get("start"), item.get("end"), item.get("text")
    if not isinstance(surface, str) or not surface:
        problems.append(f"{where}: text must be a non-empty string")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        problems.append(f"{where}: start/end must be integers with 0 <= start < end")
    elif text is not None and isinstance(surface, str) and text[start:end] != surface:
        problems.append(f"{where}: text[{start}:{end}] is {text[start:end]!r}, not {surface!r}")
    qualifier = item.get("qualifier")
    if "qualifier" in keys and qualifier not in QUALIFIERS:
        problems.append(f"{where}: qualifier {qualifier!r} not one of {QUALIFIERS}")
    for key in ("value", "value_watts", "min", "max", "min_watts", "max_watts", "usd_value"):
        v = item.get(key)
        if v is not None and not _is_number(v):
            problems.append(f"{where}: {key} must be a number or null, not {v!r}")
    value_key = "value_watts" if "value_watts" in keys else "value"
    lo, hi = (
        item.get("min_watts" if value_key == "value_watts" else "min"),
        item.get("max_watts" if value_key == "value_watts" else "max"),
    )
    if qualifier == "range" and (lo is None or hi is None):
        problems.append(f"{where}: a range needs min and max")
    if qualifier not in ("range", "vague") and item.get(value_key) is None and qualifier in QUALIFIERS:
        problems.append(f"{where}: {value_key} is null but the qualifier is {qualifier!r}")
    return problems


def _check_names(obj: Mapping[str, Any], names_key: str, aliases_key: str) -> list[str]:
    problems: list[str] = []
    names = obj.get(names_key)
    if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
        problems.append(f"{names_key}: must be a list of non-empty strings")
    aliases = obj.get(aliases_key, {})
    if not isinstance(aliases, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v)
        for k, v in aliases.items()
    ):
        problems.append(f"{aliases_key}: must map a name to a list of names")
    return problems


def _check_header(obj: Mapping[str, Any]) -> list[str]:
    problems = [f"missing key {k!r}" for k in TOP_KEYS if k not in obj and not k.endswith("_aliases")]
    for key in ("source_url", "title", "date"):
        if obj.get(key) is not None and not isinstance(obj.get(key), str):
            problems.append(f"{key}: must be a string or null")
    if isinstance(obj.get("date"), str):
        try:
            dt.date.fromisoformat(obj["date"])
        except ValueError:
            problems.append(f"date: {obj['date']!r} is not YYYY-MM-DD")
    if obj.get("script") not in ("traditional", "simplified"):
        problems.append(f"script: {obj.get('script')!r} is not traditional or simplified")
    if obj.get("region") not in ("taiwan", "hongkong", "mainland", "other", None):
        problems.append(f"region: {obj.get('region')!r} is not a known region")
    return problems


def _check_spans(obj: Mapping[str, Any], text: str | None) -> list[str]:
    problems: list[str] = []
    for category, keys in SPAN_KEYS.items():
        items = obj.get(category, [])
        if not isinstance(items, list):
            problems.append(f"{category}: must be a list")
            continue
        for i, item in enumerate(items):
            problems += _check_span(f"{category}[{i}]", item, keys, text)
    return problems


def _is_currency_code(currency: Any) -> bool:
    return (
        isinstance(currency, str)
        and len(currency) == 3
        and currency.isascii()
        and currency.isalpha()
        and currency.isupper()
    )


def _check_amounts(obj: Mapping[str, Any]) -> list[str]:
    raw = obj.get("amounts")
    amounts: list[Any] = raw if isinstance(raw, list) else []
    texts = {a.get("text") for a in amounts if isinstance(a, dict)}
    problems = []
    for i, a in enumerate(amounts):
        if not isinstance(a, dict):
            continue
        currency = a.get("currency")
        if currency is not None and not _is_currency_code(currency):
            problems.append(f"amounts[{i}]: currency {currency!r} is not an ISO 4217 code")
        source = a.get("converted_from")
        if source is not None and source not in texts:
            problems.append(f"amounts[{i}]: converted_from {source!r} is not the text of an amount")
    return problems


def _check_deal_offsets(where: str, d: Mapping[str, Any], text: str) -> list[str]:
    """The evidence and each figure text occur at their offsets."""
    evidence, start = d["evidence"], d["evidence_start"]
    problems = []
    if text[start : start + len(evidence)] != evidence:
        problems.append(f"{where}: evidence does not occur at offset {start}")
    for key in ("amount_text", "capacity_text", "shares_text"):
        figure, pos = d.get(key), d.get(key.replace("_text", "_start"))
        if isinstance(figure, str) and isinstance(pos, int) and text[pos : pos + len(figure)] != figure:
            problems.append(f"{where}: {key} {figure!r} does not occur at offset {pos}")
    return problems


def _check_deal(where: str, d: Any, text: str | None) -> list[str]:
    if not isinstance(d, dict):
        return [f"{where}: not an object"]
    problems = [f"{where}: missing key {k!r}" for k in DEAL_KEYS if k not in d]
    if d.get("type") not in DEAL_TYPES:
        problems.append(f"{where}: type {d.get('type')!r} not one of {DEAL_TYPES}")
    for key in ("agent", "counterparty", "amount_text", "capacity_text", "shares_text"):
        if d.get(key) is not None and not isinstance(d.get(key), str):
            problems.append(f"{where}: {key} must be a string or null")
    evidence, start = d.get("evidence"), d.get("evidence_start")
    if not isinstance(evidence, str) or not evidence:
        problems.append(f"{where}: evidence must be a non-empty string")
    elif not isinstance(start, int) or start < 0:
        problems.append(f"{where}: evidence_start must be a non-negative integer")
    elif text is not None:
        problems += _check_deal_offsets(where, d, text)
    return problems


def check_contract(obj: Any, text: str | None = None) -> list[str]:
    """Problems with ``obj`` as an extraction JSON object (empty = valid).

    With the article ``text``, also checks that every offset points at its span text.
    """
    if not isinstance(obj, dict):
        return ["not a JSON object"]
    problems = _check_header(obj) + _check_spans(obj, text) + _check_amounts(obj)
    problems += _check_names(obj, "organizations", "organization_aliases")
    problems += _check_names(obj, "people", "people_aliases")
    deals = obj.get("deals", [])
    if not isinstance(deals, list):
        return [*problems, "deals: must be a list"]
    for i, d in enumerate(deals):
        problems += _check_deal(f"deals[{i}]", d, text)
    return problems
