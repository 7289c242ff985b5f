"""Reading the store for the pages: the vocabulary the pages show, an index of triples by
subject and predicate, labels, page URLs and number formatting."""

from __future__ import annotations

import urllib.parse
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from rdflib import Literal

from pipeline.graph.namespace import FIN_BASE, ID_BASE

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
QUDT = "http://qudt.org/schema/qudt/"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
#: confidence terms a deal or link may carry (issue 12 item 6 picks one of them)
CONFIDENCE = (
    "http://www.w3.org/2005/11/its/rdf#taConfidence",
    FIN_BASE + "confidence",
)


def fin(name: str) -> str:
    return FIN_BASE + name


#: entity class → highlight kind
ENTITY_KINDS = {
    "Organization": "org",
    "MediaOutlet": "media",
    "Person": "person",
    "Place": "place",
    "Facility": "facility",
    "Product": "product",
}
#: figure class → highlight kind
FIGURE_KINDS = {
    "MonetaryAmount": "money",
    "Capacity": "capacity",
    "ShareCount": "shares",
    "Percentage": "percent",
}
KIND_LABELS = {
    "money": "money",
    "capacity": "capacity",
    "shares": "shares",
    "percent": "percent",
    "org": "organisation",
    "media": "media outlet",
    "person": "person",
    "place": "place",
    "facility": "facility",
    "product": "product",
    "entity": "entity",
}
#: deal class → (short type, colour of its edges and badges)
DEAL_TYPES: dict[str, tuple[str, str]] = {
    "Investment": ("investment", "#1f77b4"),
    "Fundraising": ("fundraising", "#2ca02c"),
    "DebtFinancing": ("debt", "#d62728"),
    "Purchase": ("purchase", "#ff7f0e"),
    "Lease": ("lease", "#9467bd"),
    "WarrantIssuance": ("warrant", "#8c564b"),
    "Agreement": ("agreement", "#7f7f7f"),
    "Acquisition": ("acquisition", "#e377c2"),
    "CapitalExpenditure": ("capex", "#17becf"),
    "OtherDeal": ("other", "#bcbd22"),
}
#: typed role property → its name
ROLE_NAMES = {
    fin(n): n
    for n in (
        "investor",
        "investee",
        "fundraiser",
        "leadInvestor",
        "borrower",
        "lender",
        "buyer",
        "seller",
        "lessee",
        "lessor",
        "warrantIssuer",
        "warrantHolder",
        "acquirer",
    )
}
QUALIFIER_LABELS = {
    "Exact": "",
    "Approx": "about",
    "AtLeast": "at least",
    "UpTo": "up to",
    "AtMost": "at most",
    "Range": "range",
    "Vague": "vague",
}
LANGUAGE_NAMES = {
    "zh-hant": "Traditional Chinese",
    "zh-hans": "Simplified Chinese",
    "zh": "Chinese",
    "en": "English",
    "ja": "Japanese",
    "ko": "Korean",
}


def local_name(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rstrip("/").rsplit("/", 1)[-1]


def entity_url(iri: str) -> str:
    if iri.startswith(ID_BASE):
        return "/entity/" + urllib.parse.quote(iri[len(ID_BASE) :], safe="/")
    return "/entity?" + urllib.parse.urlencode({"iri": iri})


def article_url(key: str) -> str:
    return "/article/" + urllib.parse.quote(key, safe="")


def number(value: Any) -> Decimal | None:
    try:
        return Decimal(str(value)) if value is not None else None
    except InvalidOperation:
        return None


def fmt_number(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def fmt_short(value: Decimal | None) -> str:
    """2000000000 → "2 bn", 350000000 → "350 m"."""
    if value is None:
        return ""
    v = abs(value)
    for scale, word in ((Decimal(10) ** 12, "tn"), (Decimal(10) ** 9, "bn"), (Decimal(10) ** 6, "m")):
        if v >= scale:
            return f"{fmt_number((value / scale).quantize(Decimal('0.01')))} {word}"
    return fmt_number(value.quantize(Decimal("0.01")) if v >= 1 else value)


def fmt_usd(value: Decimal | None) -> str:
    return f"US${fmt_short(value)}" if value is not None else ""


def _key(term: Any) -> str:
    return str(term)


class Index:
    """Triples (s, p, o) of rdflib terms, by subject then predicate."""

    def __init__(self, triples: Iterable[Sequence[Any]]):
        self.by: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in triples:
            if s is None or p is None or o is None:
                continue
            values = self.by[_key(s)][str(p)]
            if o not in values:
                values.append(o)

    def merge(self, other: Index) -> None:
        """Add the triples of ``other`` that this index does not hold yet."""
        for s, props in other.by.items():
            for p, objs in props.items():
                values = self.by[s][p]
                for o in objs:
                    if o not in values:
                        values.append(o)

    def all(self, s: str, p: str) -> list[Any]:
        found = self.by.get(s)
        return list(found.get(p, ())) if found else []

    def one(self, s: str, p: str) -> Any:
        values = self.all(s, p)
        return values[0] if values else None

    def text(self, s: str, p: str) -> str | None:
        value = self.one(s, p)
        return str(value) if value is not None else None

    def types(self, s: str) -> set[str]:
        return {str(t) for t in self.all(s, RDF_TYPE)}

    def fin_types(self, s: str) -> set[str]:
        return {t[len(FIN_BASE) :] for t in self.types(s) if t.startswith(FIN_BASE)}

    def subjects(self, p: str, o: str | None = None) -> list[str]:
        return [
            s
            for s, props in self.by.items()
            if p in props and (o is None or any(str(v) == o for v in props[p]))
        ]


def best_label(index: Index, iri: str) -> str:
    """prefLabel in Traditional Chinese, else English, else any; else rdfs:label; else altLabel."""
    prefs: list[Literal] = index.all(iri, SKOS + "prefLabel")
    for lang in ("zh-hant", "en"):
        for label in prefs:
            if (getattr(label, "language", None) or "").lower() == lang:
                return str(label)
    for prop in (SKOS + "prefLabel", RDFS_LABEL, SKOS + "altLabel"):
        value = index.text(iri, prop)
        if value:
            return value
    return local_name(iri)


def select(store: Any, sparql: str) -> list[tuple[Any, ...]]:
    result = store.query(sparql)
    return [tuple(row) for row in result.rows]


def values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(set(iris)))} }}"
