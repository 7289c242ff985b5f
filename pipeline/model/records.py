"""The typed records that flow between the stages.

Every offset is a character offset into ``Article.text`` (the article exactly as decoded):
``article.text[start:end] == record.text``. Money is ``Decimal``, never float.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Script = Literal["traditional", "simplified"]
Region = Literal["taiwan", "hongkong", "mainland", "other"]
#: where an article is written from (pipeline.text.region); ``Region`` is its contract form
Market = Literal["taiwan", "hongkong", "macau", "mainland", "singapore", "malaysia", "other"]

#: exact = no marker; approx = 約/近/左右; at_least = 逾/超過/多; up_to = 高達/最高;
#: at_most = 不超過; range = X至Y (value None, min/max set); vague = 數十億 (value None).
Qualifier = Literal["exact", "approx", "at_least", "up_to", "at_most", "range", "vague"]
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "up_to", "at_most", "range", "vague")

EntityType = Literal["organization", "media", "person", "place", "facility", "product"]
ENTITY_TYPES: tuple[str, ...] = ("organization", "media", "person", "place", "facility", "product")

DealType = Literal[
    "investment",
    "fundraising",
    "debt",
    "purchase",
    "lease",
    "warrant",
    "agreement",
    "acquisition",
    "capex",
    "other",
]
DEAL_TYPES: tuple[str, ...] = (
    "investment",
    "fundraising",
    "debt",
    "purchase",
    "lease",
    "warrant",
    "agreement",
    "acquisition",
    "capex",
    "other",
)


@dataclass(frozen=True)
class Article:
    """One article as read: the text is never rewritten.

    ``key`` identifies the article across ingests: the page's canonical URL or the JSON
    record's ``id`` (else its ``url``), else the path relative to the ingest root without its
    extension (``day1/article``; see ``pipeline.read.walk``), else, on stdin, ``stdin-`` and a
    content hash. ``content_hash`` identifies its content, so an edited article keeps its key
    and gets a new hash.
    """

    key: str
    text: str
    source: str
    content_hash: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    encoding: str = "utf-8"
    body_spans: tuple[tuple[int, int], ...] = ()
    script: Script = "traditional"
    region: Region | None = None
    #: what the reader noticed and the user should hear about (an HTML body that looks thin)
    warnings: tuple[str, ...] = ()
    #: the market the article is written from, and why (pipeline.text.region)
    market: Market | None = None
    region_reason: str | None = None
    #: the normalised view of ``text`` (pipeline.text.view), computed once by the reader and
    #: used by every later stage; None when the Article was made without it
    view: str | None = field(default=None, compare=False, repr=False)
    #: the line of a JSON-lines record in its file (for messages); None for a file read whole
    line: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.view is not None and len(self.view) != len(self.text):
            raise ValueError(f"article {self.key}: the view must have the text's length")

    def in_body(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside the body (everything is body when no spans are set)."""
        if not self.body_spans:
            return True
        return any(b <= start and end <= e for b, e in self.body_spans)


def content_hash(text: str) -> str:
    """The identity of an article's content: SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ExchangeRate:
    """``rate`` units of ``quote`` per one unit of ``base`` (USD→TWD 32.35).

    ``source`` is "article" (implied by a conversion in the article) or "reference" (the dated
    table shipped in ontology/). ``evidence_start`` is the start offset of the conversion's
    source amount for article rates.
    """

    base: str
    quote: str
    rate: Decimal
    source: Literal["article", "reference"] = "article"
    evidence_start: int | None = None
    flagged: bool = False
    as_of: dt.date | None = None


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    text: str
    value: Decimal | None
    currency: str | None
    qualifier: Qualifier = "exact"
    min: Decimal | None = None
    max: Decimal | None = None
    per: str | None = None
    currency_inferred: bool = False
    #: start offset of the amount this one restates (parenthetical or 约合 conversion)
    converted_from_start: int | None = None
    usd_value: Decimal | None = None
    usd_rate: ExchangeRate | None = None
    #: US$ values of a range's ends (set with usd_value by finkg_conversions)
    usd_min: Decimal | None = None
    usd_max: Decimal | None = None
    #: written with a colloquial money word (5塊錢, 8蚊3毫, 七個半)
    colloquial: bool = False
    #: the bounds a vague amount's form implies (幾十萬: 10萬 … 90萬; 上千億: 1e11 or more);
    #: ``min``/``max`` stay for ranges
    bounds: tuple[Decimal | None, Decimal | None] | None = None


@dataclass(frozen=True)
class Capacity:
    start: int
    end: int
    text: str
    value_watts: Decimal | None
    qualifier: Qualifier = "exact"
    min_watts: Decimal | None = None
    max_watts: Decimal | None = None


@dataclass(frozen=True)
class ShareCount:
    start: int
    end: int
    text: str
    value: Decimal | None
    qualifier: Qualifier = "exact"
    min: Decimal | None = None
    max: Decimal | None = None
    #: written in Taiwan board lots of 1,000 shares (5張 = 5,000 shares)
    board_lot: bool = False


@dataclass(frozen=True)
class Percentage:
    start: int
    end: int
    text: str
    value: Decimal | None
    qualifier: Qualifier = "exact"
    min: Decimal | None = None
    max: Decimal | None = None


@dataclass(frozen=True)
class Entity:
    """A real-world entity: one IRI across scripts and languages."""

    iri: str
    type: EntityType
    label: str
    #: (label, language tag) pairs: zh-Hant, zh-Hans, en, or "" for unknown
    labels: tuple[tuple[str, str], ...] = ()
    ticker: str | None = None
    exchange: str | None = None
    wikidata: str | None = None
    known: bool = True


@dataclass(frozen=True)
class Mention:
    """A surface form of an entity in the article."""

    start: int
    end: int
    text: str
    iri: str
    type: EntityType
    #: how sure the link to ``iri`` is (0-1): the measured precision of the recogniser's source
    #: (gazetteer or rule, :mod:`pipeline.nlp.confidence`); None when not known
    confidence: float | None = None


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Deal:
    type: DealType
    agent: Mention | None
    counterparty: Mention | None
    evidence: tuple[Evidence, ...]
    co_agents: tuple[Mention, ...] = ()
    amount: Amount | None = None
    capacity: Capacity | None = None
    shares: ShareCount | None = None
    date: dt.date | None = None
    #: free-form finer label (share_placement, bond_issue, tender_offer, ...)
    subtype: str | None = None
    #: how sure the extractor is that the text states this deal, in [0, 1] (None: not scored)
    confidence: float | None = None
    #: further parties on the counterparty's side (the other lead banks of a loan)
    co_counterparties: tuple[Mention, ...] = ()
    #: which of the same parties' repeated deals this is: a funding round ("round:B") or a bond's
    #: year and series ("series:2025-一"); part of the cross-article identity (iris.deal_key)
    series: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    sentences: tuple[Sentence, ...] = ()
    amounts: tuple[Amount, ...] = ()
    capacities: tuple[Capacity, ...] = ()
    shares: tuple[ShareCount, ...] = ()
    percentages: tuple[Percentage, ...] = ()
    rates: tuple[ExchangeRate, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    deals: tuple[Deal, ...] = ()
    warnings: tuple[str, ...] = field(default=())
