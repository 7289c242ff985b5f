"""Deterministic instance IRIs under ``https://w3id.org/finkg/id/``, as plain strings (no rdflib).

Same input, same IRI: nothing here depends on time, order of discovery or process.

=========================== ==========================================================
``article/<key>``           the article (``key`` = ``Article.key``, segment-encoded)
``graph/<key>``             the article's named graph (replaced on re-ingest)
``record/<key>``            the store's record of that graph (ingest stamp, time; see store)
``mention/<key>/<s>-<e>``   an entity mention, offsets into the article text
``sentence/<key>/<s>-<e>``  a sentence or evidence span
``amount/…``, ``capacity/…``, ``shares/…``, ``percentage/…`` (``/<key>/<s>-<e>``)
``rate/<key>/<B>-<Q>/<s>``  an exchange rate implied by the conversion whose source starts at s
``rate/reference/<B>-<Q>/<date>`` a reference rate (shared by every article using it)
``currency/<ISO 4217>``     a currency
``basis/<slug>``            a rate basis without a term in the ontology ("per hectare")
``deal/<type>-<hash>``      a deal, shared across articles (identity rule: :func:`deal_key`)
``org/<slug>``, ``person/<slug>`` an entity the gazetteer does not know (:func:`unknown_iri`)
=========================== ==========================================================

Key segments keep letters and digits of any script (IRIs may hold CJK) and ``-._~``; every
other character is percent-encoded (UTF-8), so a URL used as an article key stays one segment.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from pipeline.model.records import Amount, Capacity, Deal, EntityType

#: the finkg ontology (``fin:``)
FIN_BASE = "https://w3id.org/finkg/ontology#"
#: every instance finkg mints (``id:``)
ID_BASE = "https://w3id.org/finkg/id/"
#: the named graphs: one per article, and the static ones (the ontology) under ``static/``
GRAPH_BASE = ID_BASE + "graph/"
STATIC_GRAPH_BASE = GRAPH_BASE + "static/"
RECORD_BASE = ID_BASE + "record/"

_SAFE = frozenset("-._~")
_SPACE = re.compile(r"\s+")


def slug(name: str) -> str:
    """The IRI slug of an unknown entity's name (the caller passes the t2s view of the name):
    NFKC, case-folded, spaces as ``-``, every other non-alphanumeric character as ``_``."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = _SPACE.sub("-", text)
    return "".join(ch if (ch.isalnum() or ch in _SAFE) else "_" for ch in text).strip("_") or "_"


def unknown_iri(kind: EntityType, name_view: str) -> str:
    """``id/person/<slug>`` for a person, ``id/org/<slug>`` for any other unknown entity."""
    base = "person" if kind == "person" else "org"
    return f"{ID_BASE}{base}/{slug(name_view)}"


@lru_cache(maxsize=4096)
def segment(text: str) -> str:
    """``text`` as one IRI path segment: letters/digits kept, everything else percent-encoded.

    (Cached: an article's key is encoded into every span IRI of its graph.)
    """
    out: list[str] = []
    for ch in text:
        if (ch.isalnum() and ch.isprintable()) or ch in _SAFE:
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out) or "_"


def article_iri(key: str) -> str:
    return f"{ID_BASE}article/{segment(key)}"


def graph_iri(key: str) -> str:
    return GRAPH_BASE + segment(key)


def static_graph_iri(name: str) -> str:
    return STATIC_GRAPH_BASE + segment(name)


def record_iri(graph: str) -> str:
    """The store's record of a named graph: ``graph/<x>`` → ``record/<x>`` (else ``<graph>#record``)."""
    if graph.startswith(GRAPH_BASE):
        return RECORD_BASE + graph[len(GRAPH_BASE) :]
    return graph + "#record"


def span_iri(kind: str, key: str, start: int, end: int) -> str:
    """``kind`` is mention, sentence, amount, capacity, shares or percentage."""
    return f"{ID_BASE}{kind}/{segment(key)}/{start}-{end}"


def currency_iri(code: str) -> str:
    return f"{ID_BASE}currency/{segment(code.upper())}"


def basis_iri(per: str) -> str:
    return f"{ID_BASE}basis/{segment(per.strip().casefold().replace(' ', '-'))}"


def article_rate_iri(key: str, base: str, quote: str, start: int | None, rate: Decimal) -> str:
    where = str(start) if start is not None else f"r{decimal_lexical(rate)}"
    return f"{ID_BASE}rate/{segment(key)}/{segment(base)}-{segment(quote)}/{where}"


def reference_rate_iri(base: str, quote: str, as_of: str | None) -> str:
    return f"{ID_BASE}rate/reference/{segment(base)}-{segment(quote)}/{segment(as_of or 'undated')}"


def decimal_lexical(value: Decimal) -> str:
    """The canonical xsd:decimal form: no exponent, no trailing zeros (2E+9 → 2000000000)."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def one_significant_figure(value: Decimal) -> str:
    """``value`` rounded half-up to one significant figure, as ``<digit>e<exponent>``.

    2,000,000,000 → 2e9; 4,500,000,000 → 5e9; 0.01 → 1e-2; 0 → 0.
    """
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    value = abs(value)
    exponent = value.adjusted()
    digit = (value.scaleb(-exponent)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if digit == 10:
        digit, exponent = Decimal(1), exponent + 1
    return f"{sign}{digit}e{exponent}"


def _figure(value: Decimal | None, low: Decimal | None, high: Decimal | None) -> Decimal | None:
    """The figure an amount stands for: its value, else the top of its range, else the bottom."""
    for candidate in (value, high, low):
        if candidate is not None:
            return candidate
    return None


def amount_usd(amount: Amount) -> Decimal | None:
    """The amount in US$: its own ``usd_value``, or its figure when it is in US$ already."""
    if amount.usd_value is not None:
        return amount.usd_value
    if amount.currency == "USD":
        return _figure(amount.value, amount.min, amount.max)
    return None


def magnitude_key(amount: Amount | None, capacity: Capacity | None) -> str:
    """The coarse size of a deal: US$ to one significant figure, else native currency, else watts.

    A rate amount (per share, per month) keeps its basis in the key; a vague amount says nothing
    about size and falls through to the capacity, then to "none".
    """
    if amount is not None and amount.qualifier != "vague":
        per = f"/{amount.per}" if amount.per else ""
        usd = amount_usd(amount)
        if usd is not None:
            return f"usd:{one_significant_figure(usd)}{per}"
        native = _figure(amount.value, amount.min, amount.max)
        if native is not None:
            return f"{amount.currency or 'XXX'}:{one_significant_figure(native)}{per}"
    if capacity is not None and capacity.qualifier != "vague":
        watts = _figure(capacity.value_watts, capacity.min_watts, capacity.max_watts)
        if watts is not None:
            return f"w:{one_significant_figure(watts)}"
    return "none"


def deal_key(deal: Deal) -> str:
    """The cross-article identity of a deal (see pipeline.graph.mapping and the fin:Deal comment).

    type | agent IRI or "none" | counterparty IRI or "none" | size. With both parties named,
    the parties and the type identify the deal and size is "*": articles round, convert and
    omit figures differently (one gives about 100 billion US$, another a rounded 1e11, a third no
    figure at all), and all of them report the same deal. With no counterparty (a fundraising
    round, a capex plan) the parties cannot tell two rounds apart, so the size is the magnitude
    key. Dates, co-agents, qualifiers, evidence and the article are never part of it.

    Debt is the exception (REPEATED_TYPES): a company borrows from the same banks year after year
    and issues bond after bond, so a loan or a bond keeps its size in the key even with both
    parties named. Two loans of one borrower and lender of different sizes (its yearly syndicated
    loans) and two bond issues of one issuer stay apart; the same loan reported by three outlets
    (the same size to one significant figure, in US$) is one node. An outlet that gives no figure
    makes a node of its own (size "none"): the price of keeping repeated deals apart.

    A raise (RAISER_TYPES) is its raiser's: the lead investor an outlet names (the counterparty)
    is not part of the key, so a round reported with and without its lead is one node.

    Rounds and bond series (``Deal.series``): an investor in a company's A round and again in its
    B round, or an issuer's 2024年度第一期 and 2025年度第一期 notes of the same size, are two deals;
    the label the article prints (round:B, series:2025-一) is appended to the key. Outlets that print
    the label agree on it; one that omits it gives the unlabelled key (a node of its own).
    See docs/deal-identity.md.
    """
    agent = deal.agent.iri if deal.agent is not None else "none"
    series = (f"{deal.series}",) if deal.series else ()
    if deal.counterparty is not None and deal.type not in (REPEATED_TYPES | RAISER_TYPES):
        return "|".join((deal.type, agent, deal.counterparty.iri, "*", *series))
    named = deal.counterparty is not None and deal.type not in RAISER_TYPES
    counterparty = deal.counterparty.iri if deal.counterparty is not None and named else "none"
    return "|".join((deal.type, agent, counterparty, magnitude_key(deal.amount, deal.capacity), *series))


#: deal types that the same parties repeat (yearly loans, bond after bond): their size is identity
REPEATED_TYPES: frozenset[str] = frozenset({"debt"})
#: deal types identified by their agent and size alone: a round is its raiser's, whichever investor
#: an outlet names as its lead (one names it, another does not: the same round)
RAISER_TYPES: frozenset[str] = frozenset({"fundraising"})


def deal_iri(deal: Deal) -> str:
    digest = hashlib.sha256(deal_key(deal).encode("utf-8")).hexdigest()[:16]
    return f"{ID_BASE}deal/{deal.type}-{digest}"
