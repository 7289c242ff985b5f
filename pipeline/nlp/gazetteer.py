"""The entity gazetteer: the Turtle files in ``ontology/gazetteer/`` as immutable Python records.

Each entry is one real-world entity with its IRI, type and every name it is written under
(``skos:prefLabel`` / ``skos:altLabel`` tagged zh-Hant, zh-Hans, en), its tickers and, where
certain, its Wikidata ``owl:sameAs``. Loaded once per process (``functools.cache``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from pipeline.cache import memo
from pipeline.model.records import Entity, EntityType
from pipeline.resources import ontology_file

FIN = "https://w3id.org/finkg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
WIKIDATA = "http://www.wikidata.org/entity/"

#: ontology class → record type (MediaOutlet and SPV are organisations; media keeps its own type)
CLASS_TYPES: dict[str, EntityType] = {
    FIN + "Organization": "organization",
    FIN + "SpecialPurposeVehicle": "organization",
    FIN + "MediaOutlet": "media",
    FIN + "Person": "person",
    FIN + "Place": "place",
    FIN + "Facility": "facility",
    FIN + "Product": "product",
}
#: the more specific class wins when an entity has several
_TYPE_RANK: dict[str, int] = {
    "media": 0,
    "person": 1,
    "facility": 2,
    "product": 3,
    "place": 4,
    "organization": 5,
}
#: Oxigraph lowercases language tags; give them back their BCP 47 case
_LANGS: dict[str, str] = {"zh-hant": "zh-Hant", "zh-hans": "zh-Hans", "en": "en"}
_LANG_ORDER: dict[str, int] = {"zh-Hant": 0, "zh-Hans": 1, "en": 2}


@dataclass(frozen=True)
class GazetteerEntry:
    iri: str
    type: EntityType
    #: (label, language) pairs, preferred labels first, then zh-Hant, zh-Hans, en
    labels: tuple[tuple[str, str], ...]
    tickers: tuple[str, ...] = ()
    exchange: str | None = None
    wikidata: str | None = None

    @property
    def label(self) -> str:
        """The display name: the preferred zh-Hant label, else the first label."""
        for text, lang in self.labels:
            if lang == "zh-Hant":
                return text
        return self.labels[0][0] if self.labels else self.iri.rsplit("/", 1)[-1]

    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(text for text, _ in self.labels))

    def to_entity(self) -> Entity:
        return Entity(
            iri=self.iri,
            type=self.type,
            label=self.label,
            labels=self.labels,
            ticker=self.tickers[0] if self.tickers else None,
            exchange=self.exchange,
            wikidata=self.wikidata,
            known=True,
        )


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...] = ()
    #: a digest of the Turtle it was parsed from (:func:`turtle_digest`; "" = made otherwise): what
    #: keys the start-up artefacts built from it (:mod:`pipeline.cache`)
    digest: str = field(default="", compare=False)
    _by_iri: dict[str, GazetteerEntry] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_iri", {e.iri: e for e in self.entries})

    def surface_forms(self, places: bool | None = None) -> tuple[str, ...]:
        """Every name written with Chinese characters (for jieba's user dictionary); ``places``:
        True = the names of places only, False = every other name, None = all.

        Latin-only names are left out on purpose: jieba keeps a run of Latin letters whole by
        itself, and a Latin dictionary word splits longer words that contain it (Meta|l).
        """
        forms: dict[str, None] = {}
        for entry in self.entries:
            if places is not None and (entry.type == "place") != places:
                continue
            for name in entry.names():
                if not name.isascii():
                    forms[name] = None
        return tuple(forms)

    def names(self) -> Iterator[tuple[str, GazetteerEntry]]:
        """(name, entry) for every label."""
        for entry in self.entries:
            for name in entry.names():
                yield name, entry

    def tickers(self) -> Iterator[tuple[str, GazetteerEntry]]:
        """(ticker, entry) for every ticker (letters or digits as listed: NVDA, 2330, 00700)."""
        for entry in self.entries:
            for ticker in entry.tickers:
                yield ticker, entry

    def get(self, iri: str) -> GazetteerEntry | None:
        return self._by_iri.get(iri)

    def objects(self) -> dict[str, object]:
        """The gazetteer and its entries by a stable key: the ``refs`` of a cached value that
        refers to them (:func:`pipeline.cache.memo`)."""
        return {"": self, **self._by_iri}


def turtle_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:24]


def _literal_lang(term: ox.Literal) -> str:
    lang = term.language or ""
    return _LANGS.get(lang.lower(), lang)


def parse_gazetteer(data: bytes | str) -> Gazetteer:
    """A Gazetteer from Turtle text."""
    data = data.encode("utf-8") if isinstance(data, str) else data
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.TURTLE)
    types: dict[str, EntityType] = {}
    labels: dict[str, list[tuple[int, str, str]]] = {}
    tickers: dict[str, list[str]] = {}
    exchanges: dict[str, str] = {}
    sameas: dict[str, str] = {}
    for quad in store.quads_for_pattern(None, None, None, None):
        s, p, o = quad.subject, quad.predicate.value, quad.object
        if not isinstance(s, ox.NamedNode):
            continue
        iri = s.value
        if p == RDF_TYPE and isinstance(o, ox.NamedNode) and o.value in CLASS_TYPES:
            new = CLASS_TYPES[o.value]
            old = types.get(iri)
            if old is None or _TYPE_RANK[new] < _TYPE_RANK[old]:
                types[iri] = new
        elif p in (SKOS + "prefLabel", SKOS + "altLabel") and isinstance(o, ox.Literal):
            rank = 0 if p.endswith("prefLabel") else 1
            labels.setdefault(iri, []).append((rank, _literal_lang(o), o.value))
        elif p == FIN + "ticker" and isinstance(o, ox.Literal):
            tickers.setdefault(iri, []).append(o.value)
        elif p == FIN + "exchange" and isinstance(o, ox.Literal):
            exchanges[iri] = o.value
        elif p == OWL_SAME_AS and isinstance(o, ox.NamedNode) and o.value.startswith(WIKIDATA):
            sameas[iri] = o.value[len(WIKIDATA) :]
    entries = []
    for iri in sorted(types):
        ordered = sorted(labels.get(iri, []), key=lambda x: (x[0], _LANG_ORDER.get(x[1], 3), x[2]))
        entries.append(
            GazetteerEntry(
                iri=iri,
                type=types[iri],
                labels=tuple((text, lang) for _, lang, text in ordered),
                tickers=tuple(sorted(tickers.get(iri, []))),
                exchange=exchanges.get(iri),
                wikidata=sameas.get(iri),
            )
        )
    return Gazetteer(tuple(entries), turtle_digest(data))


def gazetteer_files(path: Path) -> tuple[Path, ...]:
    """The Turtle files of a gazetteer: the file itself, or every ``*.ttl`` in a directory, sorted."""
    path = Path(path)
    return tuple(sorted(path.glob("*.ttl"))) if path.is_dir() else (path,)


@cache
def load_gazetteer(path: Path) -> Gazetteer:
    """A gazetteer from one Turtle file or a directory of them (one entity may span files).

    The parsed records are cached under a digest of the Turtle (:mod:`pipeline.cache`).
    """
    data = b"\n".join(f.read_bytes() for f in gazetteer_files(path))
    return memo(f"gazetteer-{turtle_digest(data)}", lambda: parse_gazetteer(data))


def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped in ontology/gazetteer/ (loaded once per process)."""
    return load_gazetteer(ontology_file("gazetteer"))


def gazetteer_at(location: str | Path | None) -> Gazetteer:
    """The gazetteer at ``location`` (a Turtle file or a directory of them), None = the shipped one."""
    return load_gazetteer(Path(location)) if location else default_gazetteer()
