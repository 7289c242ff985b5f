"""The gazetteer as the recogniser looks names up: by normalised form, by ticker, by prefix.

Built once in ``initialize()`` from the :class:`~pipeline.nlp.gazetteer.Gazetteer` and frozen;
for a gazetteer read from Turtle, built once per gazetteer and code (:func:`cached_index`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.cache import memo
from pipeline.lang.zh import entities as lang
from pipeline.model.iris import ID_BASE
from pipeline.nlp.entities.candidates import CJK, fold_key, is_latin
from pipeline.nlp.entities.tables import Tables
from pipeline.nlp.gazetteer import Gazetteer, GazetteerEntry
from pipeline.text.automata import WordAutomaton
from pipeline.text.view import TextView

#: one gazetteer form: the entry, the exact view form, and whether it is a ticker
Form = tuple[GazetteerEntry, str, bool]


@dataclass(frozen=True)
class GazetteerIndex:
    gazetteer: Gazetteer
    #: normalised form → every entry written so
    forms: dict[str, tuple[Form, ...]]
    #: first two characters → Chinese forms starting with them, longest first
    cjk_forms: dict[str, tuple[str, ...]]
    #: the Chinese forms of three characters or more, to find in one pass over a text (None: none)
    cjk_automaton: WordAutomaton | None
    #: ticker without leading zeros → entries
    tickers: dict[str, tuple[GazetteerEntry, ...]]
    #: Chinese names of known places (view forms)
    places: frozenset[str]
    #: region → view form → IRI of the organisation the name stands for there
    regional: dict[str, dict[str, str]]
    #: normalised form → the name (as written in the gazetteer) its matcher pattern is made from
    pattern_names: dict[str, str]

    def accept_form(self, key: str, surface: str) -> GazetteerEntry | None:
        """The entry a matched form stands for: exact forms first; Latin names of 3+ letters
        also case-insensitively; tickers only exactly."""
        options = self.forms.get(key, ())
        for entry, form, _ in options:
            if form == surface:
                return entry
        for entry, form, is_ticker in options:
            if not is_ticker and is_latin(form) and len(form) >= 3:
                return entry
        return None

    def known_org(self, name: str) -> GazetteerEntry | None:
        """The known organisation or media outlet written ``name`` (not by its ticker)."""
        entry = next((e for e, _, tk in self.forms.get(fold_key(name), ()) if not tk), None)
        return entry if entry is not None and entry.type in ("organization", "media") else None

    def by_ticker(self, ticker: str, name: str, view: TextView) -> GazetteerEntry | None:
        """The known company listed under ``ticker`` whose name shares a Chinese label with
        ``name`` (寧德時代新能源科技股份有限公司(300750) is 寧德時代)."""
        for entry in self.tickers.get(ticker.lstrip("0") or "0", ()):
            for label in entry.names():
                form = view(label)
                if CJK.search(form) and len(form) >= 2 and (form in name or name in form):
                    return entry
        return None

    def regional_entry(self, region: str | None, name: str) -> GazetteerEntry | None:
        """The organisation ``name`` stands for in the news of ``region`` (證監會 in Hong Kong)."""
        iri = self.regional.get(region or "", {}).get(name)
        return self.gazetteer.get(ID_BASE + iri) if iri else None


def cached_index(gazetteer: Gazetteer, view: TextView, tables: Tables) -> GazetteerIndex:
    """:func:`build_index`, from the start-up cache when the gazetteer has a digest (the
    tables and the view's conversion are code: the cache's fingerprint covers them). The
    cached index refers to the gazetteer's own entries (``refs``), not to copies of them."""
    if not gazetteer.digest:
        return build_index(gazetteer, view, tables)
    return memo(
        f"gazetteer-index-{view.config}-{gazetteer.digest}",
        lambda: build_index(gazetteer, view, tables),
        refs=gazetteer.objects(),
    )


def build_index(gazetteer: Gazetteer, view: TextView, tables: Tables) -> GazetteerIndex:
    items: list[tuple[str, GazetteerEntry, bool]] = [(n, e, False) for n, e in gazetteer.names()]
    # bare tickers of three letters or more (NVDA, AVGO); shorter ones (MS, GS) only in brackets
    items += [(tk, e, True) for tk, e in gazetteer.tickers() if tk.isalpha() and len(tk) >= 3]
    names = list(dict.fromkeys(name for name, _, _ in items))
    form_of = dict(zip(names, view.views(names), strict=True))  # one OpenCC pass
    forms: dict[str, list[Form]] = {}
    cjk_forms: dict[str, list[str]] = {}
    pattern_names: dict[str, str] = {}
    for name, entry, is_ticker in items:
        form = form_of[name]
        if len(form) < 2 or form in tables.generic:
            continue
        key = fold_key(form)
        forms.setdefault(key, []).append((entry, form, is_ticker))
        pattern_names.setdefault(key, name)
        if CJK.search(form):
            cjk_forms.setdefault(form[:2], []).append(form)
    tickers: dict[str, list[GazetteerEntry]] = {}
    for ticker, entry in gazetteer.tickers():
        tickers.setdefault(ticker.lstrip("0") or "0", []).append(entry)
    return GazetteerIndex(
        gazetteer=gazetteer,
        forms={k: tuple(v) for k, v in forms.items()},
        cjk_forms={k: tuple(sorted(v, key=len, reverse=True)) for k, v in cjk_forms.items()},
        cjk_automaton=_automaton(form for v in cjk_forms.values() for form in v if len(form) >= 3),
        tickers={k: tuple(v) for k, v in tickers.items()},
        places=frozenset(form_of[n] for n, e in gazetteer.names() if e.type == "place" and CJK.search(n)),
        regional={
            region: {view(name): iri for name, iri in names.items()}
            for region, names in lang.REGIONAL_READINGS.items()
        },
        pattern_names=pattern_names,
    )


def _automaton(words: Iterable[str]) -> WordAutomaton | None:
    auto = WordAutomaton(words)
    return auto if len(auto) else None
