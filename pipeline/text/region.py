"""The one region model: the market an article is written from, with its home currency and the
reason it was chosen.

Markets: taiwan, hongkong, macau, mainland, singapore, malaysia, other. The evidence, strongest
first:

1. the source: the URL's outlet domain or country domain (``udn.com``, ``.hk``); an
   English-language text is "other" (its ``$`` is the US dollar);
2. the outlet named in the article's head or in a source line (【明報專訊】, 來源：中央社,
   經濟日報／), and the place of a dateline or byline ((吉隆坡1日訊), 記者王小明／台北報導);
3. the words of each market (``pipeline.lang.zh.region.CUES``): deixis and register weigh most
   (本港, 我省, 聯貸, 同比, 供股, 拿督), currencies and place names little;

each weighed by the script (mainland outlets do not print Traditional script). Below
``MIN_EVIDENCE`` the script decides: Traditional → Taiwan, Simplified → mainland.

The Article's contract ``region`` (taiwan | hongkong | mainland | other) is the market's
(Macau reads hongkong; Singapore and Malaysia read other). Scope declarations such as （人民幣，
下同） are the quantities grammar's: they override the home currency for the rest of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import cast
from urllib.parse import urlsplit

from pipeline.lang.zh import region as L
from pipeline.model.records import Market, Region, Script
from pipeline.text.first_chars import guarded
from pipeline.text.view import detect_script, script_neutral, view_form

MARKETS: tuple[str, ...] = (*L.MARKETS, "other")


@dataclass(frozen=True)
class RegionReading:
    """Where an article is written from, and why we think so."""

    market: Market
    reason: str
    #: an English-language text: a bare $ is the US dollar
    latin: bool = False
    #: the market comes from the article's fields or its source (domain, outlet, dateline), not
    #: from the words of the text: it then decides even a Cantonese 蚊 (Guangzhou's yuan)
    sourced: bool = False

    @property
    def region(self) -> Region:
        return cast(Region, L.CONTRACT_REGION[self.market])

    @property
    def home_currency(self) -> str | None:
        """What a bare 元 / 億 means in the article (None for "other")."""
        return L.HOME_CURRENCY.get(self.market)

    @property
    def dollar_currency(self) -> str | None:
        """What a bare ``$`` means: US$ in English-language text, else the home currency."""
        return "USD" if self.latin else self.home_currency


def market_of_region(region: str | None) -> Market | None:
    """The market a contract region (or a market name) stands for; "other" stays "other"."""
    if region in MARKETS:
        return cast(Market, region)
    return None


# ---- evidence ------------------------------------------------------------------------------------


def _boundaried(word: str) -> str:
    """A cue as a regex; a Latin cue may not touch other Latin letters (RM, not RMB)."""
    out = re.escape(word)
    if word[:1].isascii() and word[:1].isalpha():
        out = "(?<![A-Za-z])" + out
    if word[-1:].isascii() and word[-1:].isalpha():
        out += "(?![A-Za-z])"
    return out


def _alternation(words: Iterable[str]) -> str:
    return "|".join(_boundaried(w) for w in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class _Tables:
    cues: dict[str, tuple[tuple[str, float], ...]]
    cue_regex: re.Pattern[str]
    outlets: dict[str, str]
    #: an outlet where a source stands: after an opening bracket ((星島日報報道), 【明報專訊】),
    #: before a byline slash (經濟日報／), at a line start after a date, after 來源：
    source_positions: tuple[re.Pattern[str], ...]
    source_line: re.Pattern[str]
    places: dict[str, str]
    dateline: re.Pattern[str]
    byline: re.Pattern[str]
    orthography: dict[str, tuple[str, float]]
    orthography_regex: re.Pattern[str]


@cache
def _tables() -> _Tables:
    cues: dict[str, list[tuple[str, float]]] = {}
    for cue, market, weight in L.CUES:
        cues.setdefault(view_form(cue), []).append((market, float(weight)))
    outlets = {view_form(k): v for k, v in L.OUTLETS.items()}
    places = {view_form(k): v for k, v in L.DATELINE_PLACES.items()}
    outlet = f"(?P<outlet>{_alternation(outlets)})"
    place = f"(?P<place>{_alternation(places)})"
    day_marks = _alternation(view_form(m) for m in L.DATELINE_MARKS)
    byline_marks = _alternation(view_form(m) for m in L.BYLINE_MARKS)
    slash = re.escape(L.BYLINE_SLASH)
    opening = "".join(re.escape(c) for c in L.SOURCE_BRACKETS)
    return _Tables(
        cues={k: tuple(v) for k, v in cues.items()},
        cue_regex=re.compile(guarded(_alternation(cues))),
        outlets=outlets,
        source_positions=(
            re.compile(rf"[{opening}]\s*{outlet}"),
            re.compile(rf"{outlet}\s*{slash}"),
            re.compile(rf"(?m)^[\d\s:/.-]*{outlet}"),
        ),
        source_line=re.compile(
            guarded(rf"(?:{_alternation(view_form(w) for w in L.SOURCE_WORDS)})\s*:?\s*{outlet}")
        ),
        places=places,
        dateline=re.compile(
            rf"{place}\s*(?:\d{{1,2}}\s*{re.escape(L.DATELINE_MONTH)}\s*)?\d{{1,2}}\s*(?:{day_marks})"
        ),
        byline=re.compile(
            rf"{re.escape(view_form(L.DATELINE_REPORTER))}[^{slash}\n]{{1,12}}{slash}\s*{place}\s*(?:{byline_marks})"
        ),
        orthography={form: (market, weight) for form, market, weight in L.ORTHOGRAPHY},
        orthography_regex=re.compile(guarded("|".join(re.escape(form) for form, _, _ in L.ORTHOGRAPHY))),
    )


def _factor(script: Script | None, market: str) -> float:
    return L.SCRIPT_FACTOR.get((script, market), 1.0) if script else 1.0


def _from_url(url: str | None) -> tuple[str, str] | None:
    """(market, reason) from the outlet domain or the country domain of a URL."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return None
    for domain, market in sorted(L.OUTLET_DOMAINS.items(), key=lambda kv: -len(kv[0])):
        if host == domain or host.endswith("." + domain):
            return market, f"source domain {domain}"
    tld = host.rsplit(".", 1)[-1]
    if tld in L.TLD_MARKETS:
        return L.TLD_MARKETS[tld], f"country domain .{tld}"
    return None


class _Evidence:
    """Weighted evidence per market, with the words that gave it."""

    def __init__(self, script: Script | None, scaled: bool = True) -> None:
        self.script = script
        self.scaled = scaled
        self.scores: dict[str, float] = {}
        self.why: dict[str, list[tuple[float, str]]] = {}

    def add(self, market: str, weight: float, what: str) -> None:
        factor = _factor(self.script, market) if self.scaled else 1.0
        if weight >= L.STRONG:
            factor = max(factor, L.STRONG_FACTOR)
        w = weight * factor
        if w <= 0:
            return
        self.scores[market] = self.scores.get(market, 0.0) + w
        self.why.setdefault(market, []).append((w, what))

    def prior(self, market: str) -> None:
        """The script's most likely market starts with SCRIPT_PRIOR."""
        self.scores[market] = self.scores.get(market, 0.0) + L.SCRIPT_PRIOR
        self.why.setdefault(market, []).append((L.SCRIPT_PRIOR, "script"))

    def best(self) -> tuple[str, float] | None:
        if not self.scores:
            return None
        order = {m: i for i, m in enumerate(L.MARKETS)}
        market = max(self.scores, key=lambda m: (self.scores[m], -order.get(m, 99)))
        return market, self.scores[market]

    def total(self) -> float:
        return sum(self.scores.values())

    def reason(self, market: str) -> str:
        parts = sorted(self.why.get(market, []), key=lambda x: -x[0])[:4]
        return ", ".join(f"{what} ({w:g})" for w, what in parts)


def _sources(view: str, script: Script) -> _Evidence:
    """Outlets where a source stands (in the head, or in a source line anywhere) and the places
    of datelines and bylines in the head."""
    t = _tables()
    ev = _Evidence(script, scaled=False)
    head = view[: L.HEAD_CHARS]
    names = {m.group("outlet") for p in t.source_positions for m in p.finditer(head)}
    names |= {m.group("outlet") for m in t.source_line.finditer(view)}
    for name in sorted(names):
        market = L.OUTLET_BY_SCRIPT.get((name, script), t.outlets[name])
        ev.add(market, L.SOURCE_WEIGHT, f"outlet {name}")
    places = {m.group("place") for p in (t.dateline, t.byline) for m in p.finditer(head)}
    for place in sorted(places):
        ev.add(t.places[place], L.SOURCE_WEIGHT / 2, f"dateline {place}")
    return ev


def _cues(text: str, view: str, script: Script | None) -> _Evidence:
    """The words of each market in the view, and Hong Kong / Taiwan spellings in the text."""
    t = _tables()
    ev = _Evidence(script)
    counts: dict[str, int] = {}
    for m in t.cue_regex.finditer(view):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    for cue, n in counts.items():
        for market, weight in t.cues[cue]:
            ev.add(market, weight * min(n, L.MAX_HITS), f"{cue}×{n}")
    if script == "traditional":
        forms: dict[str, int] = {}
        for m in t.orthography_regex.finditer(text):
            forms[m.group()] = forms.get(m.group(), 0) + 1
        for form, n in forms.items():
            market, weight = t.orthography[form]
            ev.add(market, weight * min(n, L.MAX_HITS), f"spelling {form}×{n}")
    return ev


#: a CJK unified ideograph of the basic block; an ASCII letter (counted by the regex engine)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ASCII_LETTER = re.compile("[A-Za-z]")


def latin_text(text: str) -> bool:
    """An English-language (Latin-script) text: few Han characters among its letters."""
    han = len(_HAN.findall(text))
    letters = len(_ASCII_LETTER.findall(text))
    return letters >= 20 and han * 20 < letters


def read_region(text: str, view: str, script: Script, url: str | None = None) -> RegionReading:
    """The market of an article (see the module docstring)."""
    from_url = _from_url(url)
    if from_url is not None:
        return RegionReading(cast(Market, from_url[0]), from_url[1], sourced=True)
    if latin_text(text):
        return RegionReading("other", "an English-language text", latin=True)
    sources = _sources(view, script)
    best = sources.best()
    if best is not None:
        return RegionReading(cast(Market, best[0]), sources.reason(best[0]), sourced=True)
    fallback = L.SCRIPT_FALLBACK[script]
    cues = _cues(text, view, None if script_neutral(text, view) else script)
    cues.prior(fallback)
    best = cues.best()
    if best is None or (best[0] == fallback and len(cues.why.get(fallback, [])) <= 1):
        return RegionReading(cast(Market, fallback), f"no clear cue; {script} script")
    return RegionReading(cast(Market, best[0]), cues.reason(best[0]))


#: The reasons :func:`read_region` gives when the source decides (not the words of the text).
SOURCE_REASONS: tuple[str, ...] = ("given", "source domain ", "country domain .", "outlet ", "dateline ")


def from_source(reason: str | None) -> bool:
    """A reading's reason names the article's source (or the caller's word), not its cues."""
    return reason is None or reason.startswith(SOURCE_REASONS)


def reading_of(
    market: str | None, region: str | None, text: str, view: str, reason: str | None = None
) -> RegionReading:
    """The reading an article's own fields give (its market, else its region), or the one the
    text gives when they say nothing; an "other" region keeps to the markets it stands for.
    ``reason`` is the article's recorded region reason: a market the reader took from the words
    of the text is not the source's (a Cantonese 蚊 then still names the Hong Kong dollar)."""
    given = market_of_region(market) or (market_of_region(region) if region != "other" else None)
    if given is not None:
        latin = given == "other" and latin_text(text)
        return RegionReading(given, reason or "given", latin=latin, sourced=from_source(reason))
    reading = read_region(text, view, detect_script(text, view))
    if region == "other" and reading.region != "other":
        return RegionReading("other", "given", latin=latin_text(text), sourced=True)
    return reading
