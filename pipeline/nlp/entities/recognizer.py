"""Component ``finkg_entities``: gazetteer matching, unknown-entity rules, linking.

Recognition runs on the normalised view (``doc._.view``: t2s + half-width), so one pattern covers
Traditional and Simplified; offsets and surface forms are always those of the original text.

1. Gazetteer names through a spaCy ``PhraseMatcher`` on token norms (the tokenizer put every name
   in jieba's dictionary, so tokens align), Latin names case-insensitively, tickers exactly; a
   character-level pass catches names that still straddle token boundaries.
2. Unknown organisations: names ending in organisation words (公司, 集團, 銀行, 控股, 科技…), with
   the left boundary found over tokens (stops at verbs, function words, descriptors); names
   right before a ticker ("（0310）", "(2330.TW)", "(HUBS-US)"); Latin-script names (suffixes
   such as Capital/Group/LLC, descriptors such as 子公司/投行 in front, or a capitalised name
   standing alone); media outlets (《…》 brackets, 日報/通訊社 words, datelines).
3. People: names after titles (董事長, 執行長, 分析師, 記者 …, chains like 創辦人兼執行長), bylines,
   "name (English name)" pairs, lists of names joined by 、.
4. Resolution: the longest span wins, the gazetteer wins ties; generic words never become
   entities. Linking: a gazetteer entity keeps its IRI; an unknown one gets
   ``id/org/<slug>`` / ``id/person/<slug>`` from its normalised name (t2s, NFKC, case-folded),
   so it is one node across articles and scripts. Within an article, a parenthesised Latin
   name or ticker after a mention, and a short form of an unknown name (華瑞世紀 for
   山西華瑞世紀能源控股有限公司's other mentions), are linked to the same entity.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.graph.namespace import ID_BASE
from pipeline.lang.zh import entities as lang
from pipeline.model.records import Entity, EntityType, Mention
from pipeline.nlp.confidence import mention_confidence
from pipeline.nlp.extensions import register, view_of
from pipeline.nlp.gazetteer import Gazetteer, GazetteerEntry, gazetteer_at
from pipeline.text.view import TextView

_LATIN = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
#: a run of Latin-script name words: words, single spaces, ", " and "(XX)" groups inside
_LATIN_WORD = r"[A-Za-z0-9][A-Za-z0-9&'’.\-/]*"
_LEGAL_ABBR = r"(?:LTD|Ltd|INC|Inc|LLC|Co|CO|LIMITED|Limited|Corp|CORP|Bhd|BHD)\b"
_LATIN_RUN = re.compile(
    rf"(?<![A-Za-z0-9&'’.\-/]){_LATIN_WORD}"
    rf"(?:(?:, (?={_LEGAL_ABBR})| ?\( ?[A-Z]{{2,}} ?\) ?| )?{_LATIN_WORD})*"
)
#: a ticker in brackets: (NVDA-US) (2330.TW) （0310） ( 3333) (SLVEST,0215,主板…)
_TICKER = re.compile(
    r"\( ?(?:(?P<code>[A-Z][A-Z0-9.]{0,7})(?:-(?:US|O|N|HK|TW|SG|KY))?"
    r"|(?P<num>\d{3,6})(?:\.(?:HK|TW|TWO|SZ|SH|SS|KS|T|SI|KL))?)"
    r"(?:[,，、] ?[^()\n]{0,30})? ?\)"
)
_NUM_TICKER_SUFFIX = re.compile(r"\d{3,6}\.(?:HK|TW|TWO|SZ|SH|SS|KS|T|SI|KL)")
_SPACE = re.compile(r"\s+")
#: a foreign name written in characters with a middle dot (山姆·奧特曼, 安德魯·施恩)
_DOTTED_NAME = re.compile(
    r"[\u3400-\u9fff]{1,6}(?:[·‧•・･][\u3400-\u9fff]{1,6}){1,2}(?=[(（,，、。:：;；\s]|表示|指出|說|说|稱|称|在|則|则|也|亦|認為|认为)"
)
#: a short line: a source, spaces, then a two-to-four-character name (2home.co  楊惟婷)
_BYLINE_LINE = re.compile(r"(?m)^[^\n。,，:：;；!?！？]{1,20}?[ \u3000\xa0]+(\S{2,4})[ \u3000\xa0]*$")


# ----------------------------------------------------------------------------- data tables
@dataclass(frozen=True)
class _Tables:
    """The language tables, normalised into the view's script."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    alias_only: tuple[str, ...]
    #: legal-form words, longest first
    legal: tuple[str, ...]
    legal_industry: tuple[str, ...]
    registered_industry: tuple[str, ...]
    foreign_countries: tuple[str, ...]
    place_ok: frozenset[str]
    org_parts: frozenset[str]
    name_final: frozenset[str]
    delimiters: frozenset[str]
    not_name_final: frozenset[str]
    events: tuple[str, ...]
    affiliate_cues: tuple[str, ...]
    affiliate_not_names: tuple[str, ...]
    affiliate_ends: frozenset[str]
    descriptors: tuple[str, ...]
    product_context: tuple[str, ...]
    generic: frozenset[str]
    stops: frozenset[str]
    titles: tuple[str, ...]
    joiners: tuple[str, ...]
    bylines: tuple[str, ...]
    speech: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    media_suffixes: tuple[str, ...]
    media_cues: tuple[str, ...]
    numerals: frozenset[str]
    clause_chars: frozenset[str]
    index_words: tuple[str, ...]


def _tables(view: TextView) -> _Tables:
    def norm(words: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted({view(w) for w in words}, key=lambda w: (-len(w), w)))

    return _Tables(
        strong=norm(lang.ORG_SUFFIXES_STRONG),
        weak=norm(lang.ORG_SUFFIXES_WEAK),
        alias_only=norm(lang.ORG_SUFFIXES_WITH_ALIAS),
        legal=norm(lang.LEGAL_SUFFIXES),
        legal_industry=norm(lang.LEGAL_INDUSTRY_WORDS),
        registered_industry=norm(lang.REGISTERED_INDUSTRY_WORDS),
        foreign_countries=norm(lang.FOREIGN_COUNTRY_PREFIXES),
        place_ok=frozenset(norm(lang.PLACE_SUFFIXES)),
        org_parts=frozenset(norm(lang.ORG_PARTS)),
        name_final=frozenset(view(lang.NAME_FINAL_FUNCTION_CHARS)),
        delimiters=frozenset(view(lang.NAME_DELIMITERS)),
        not_name_final=frozenset(view(lang.NOT_NAME_FINAL_CHARS)),
        events=norm(lang.EVENT_WORDS),
        affiliate_cues=norm(lang.AFFILIATE_CUES),
        affiliate_not_names=norm(lang.AFFILIATE_NOT_NAMES),
        affiliate_ends=frozenset(norm(lang.AFFILIATE_NAME_ENDS)),
        descriptors=norm(lang.ORG_DESCRIPTORS),
        product_context=norm(lang.PRODUCT_CONTEXT),
        generic=frozenset(norm(lang.GENERIC_NAMES)),
        stops=frozenset(norm(lang.NAME_STOPS)),
        titles=norm(lang.PERSON_TITLES),
        joiners=norm(lang.TITLE_JOINERS),
        bylines=norm(lang.BYLINE_MARKERS),
        speech=norm(lang.SPEECH_VERBS),
        surnames=frozenset(view(lang.SURNAMES)),
        compound_surnames=norm(lang.COMPOUND_SURNAMES),
        media_suffixes=norm(lang.MEDIA_SUFFIXES),
        media_cues=norm(lang.MEDIA_CUES_AFTER),
        numerals=frozenset(view(lang.NUMERAL_CHARS)),
        clause_chars=frozenset(view(lang.CLAUSE_CHARS)),
        index_words=norm(lang.INDEX_WORDS),
    )


@cache
def jieba_tags() -> dict[str, str]:
    """Word → part-of-speech tag from jieba's own dictionary (for name boundaries only)."""
    import jieba

    tags: dict[str, str] = {}
    with (Path(jieba.__file__).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


_STOP_TAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "f", "t", "y", "e", "o", "z", "a", "b", "k", "h", "s")
_DISTINCT_TAGS = frozenset({"nz", "nr", "nrt", "nrfg", "nt", "eng"})


# ----------------------------------------------------------------------------- working records
@dataclass
class _Cand:
    start: int
    end: int
    type: EntityType
    #: gazetteer IRI, or None for an unknown entity (named by ``key``)
    iri: str | None
    key: str
    rank: int  # lower wins ties: 0 gazetteer, 1 rules, 2 weak rules
    source: str = ""
    in_parens: bool = False


@dataclass
class _Ctx:
    """One document: the view and its token boundaries."""

    view: str
    tokens: list[tuple[int, int]]
    starts: dict[int, int] = field(default_factory=dict)
    ends: dict[int, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = {s: i for i, (s, _) in enumerate(self.tokens)}
        self.ends = {e: i for i, (_, e) in enumerate(self.tokens)}

    def tok(self, i: int) -> str:
        s, e = self.tokens[i]
        return self.view[s:e]

    def aligned(self, start: int, end: int) -> bool:
        return start in self.starts and end in self.ends


def slug(name: str) -> str:
    """The IRI slug of an unknown entity's name (the caller passes the t2s view of the name)."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = _SPACE.sub("-", text)
    return "".join(ch if (ch.isalnum() or ch in "-._~") else "_" for ch in text).strip("_") or "_"


def unknown_iri(kind: EntityType, name_view: str) -> str:
    base = "person" if kind == "person" else "org"
    return f"{ID_BASE}{base}/{slug(name_view)}"


def _is_latin(text: str) -> bool:
    return bool(_LATIN.search(text)) and not _CJK.search(text)


def _fold_key(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


# ----------------------------------------------------------------------------- the component
class EntityRecognizer:
    """Built empty; :meth:`initialize` loads the gazetteer and compiles the matcher."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.ready = False

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        gazetteer: str | None = None,
    ) -> None:
        """Load the gazetteer (a file or directory; None = the shipped one) and build the tables."""
        self._setup(nlp or self.nlp, gazetteer_at(gazetteer))

    def _setup(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.view = TextView()
        self.t = _tables(self.view)
        self.tags = jieba_tags()
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        #: normalised form → [(entry, exact view form, is_ticker)]
        self.forms: dict[str, list[tuple[GazetteerEntry, str, bool]]] = {}
        self.cjk_forms: dict[str, list[str]] = {}
        self._tickers: dict[str, list[GazetteerEntry]] = {}
        for ticker, entry in gazetteer.tickers():
            self._tickers.setdefault(ticker.lstrip("0") or "0", []).append(entry)
        self.places: frozenset[str] = frozenset(
            self.view(n) for n, e in gazetteer.names() if e.type == "place" and _CJK.search(n)
        )
        self.regional: dict[str, dict[str, str]] = {
            region: {self.view(name): iri for name, iri in names.items()}
            for region, names in lang.REGIONAL_READINGS.items()
        }
        self._build(nlp)
        self.ready = True

    # -- patterns
    def _norm(self, text: str) -> str:
        return _fold_key(text)

    def _build(self, nlp: Language) -> None:
        items: list[tuple[str, GazetteerEntry, bool]] = [(n, e, False) for n, e in self.gazetteer.names()]
        # bare tickers of three letters or more (NVDA, AVGO); shorter ones (MS, GS) only in brackets
        items += [(tk, e, True) for tk, e in self.gazetteer.tickers() if tk.isalpha() and len(tk) >= 3]
        patterns: dict[str, Doc] = {}
        for name, entry, is_ticker in items:
            form = self.view(name)
            if len(form) < 2 or form in self.t.generic:
                continue
            key = self._norm(form)
            self.forms.setdefault(key, []).append((entry, form, is_ticker))
            if key not in patterns:
                doc = nlp.make_doc(name)
                for tok in doc:
                    tok.norm_ = self._norm(doc._.view[tok.idx : tok.idx + len(tok.text)])
                patterns[key] = doc
            if _CJK.search(form):
                self.cjk_forms.setdefault(form[:2], []).append(form)
        for key, doc in patterns.items():
            self.matcher.add(key, [doc])
        for forms in self.cjk_forms.values():
            forms.sort(key=len, reverse=True)

    def __call__(self, doc: Doc) -> Doc:
        if not self.ready:
            raise RuntimeError("finkg_entities is not initialised: call nlp.initialize() (build_nlp does)")
        view = view_of(doc)
        for tok in doc:
            tok.norm_ = self._norm(view[tok.idx : tok.idx + len(tok.text)])
        ctx = _Ctx(view, [(t.idx, t.idx + len(t.text)) for t in doc])
        gaz = self._gazetteer_matches(doc, ctx)
        cands = list(gaz)
        cands += self._suffix_orgs(ctx, gaz)
        cands += self._ticker_orgs(ctx, gaz)
        cands += self._latin_names(ctx, gaz)
        cands += self._media(ctx)
        cands += self._people(ctx, gaz)
        chosen = _resolve(cands)
        self._drop_foreign_country(ctx, chosen)
        self._regional_readings(doc, ctx, chosen)
        self._known_with_legal_suffix(ctx, chosen)
        chosen = self._parenthesised_aliases(ctx, chosen)
        chosen = self._affiliates(ctx, chosen)
        chosen = self._propagate(ctx, chosen)
        self._merge_legal_variants(ctx, chosen)
        doc._.mentions, doc._.entities = self._link(doc.text, chosen)
        return doc

    # -- 1. gazetteer
    def _accept_form(self, key: str, surface: str) -> tuple[GazetteerEntry, bool] | None:
        """The entry a matched form stands for: exact forms first; Latin names of 3+ letters
        also case-insensitively; tickers only exactly."""
        options = self.forms.get(key, [])
        for entry, form, _ in options:
            if form == surface:
                return entry, False
        for entry, form, is_ticker in options:
            if not is_ticker and _is_latin(form) and len(form) >= 3:
                return entry, False
        return None

    def _gazetteer_matches(self, doc: Doc, ctx: _Ctx) -> list[_Cand]:
        out: list[_Cand] = []
        covered = [False] * len(ctx.view)
        for match_id, s, e in self.matcher(doc):
            start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            key = doc.vocab.strings[match_id]
            surface = ctx.view[start:end]
            got = self._accept_form(key, surface)
            if got is None or not self._latin_edges_ok(ctx.view, start, end):
                continue
            entry, _ = got
            for i in range(start, end):
                covered[i] = True
            if entry.type == "organization" and self._index_follows(ctx.view, end):
                continue  # 那斯達克指數: an index, not the exchange
            out.append(_Cand(start, end, entry.type, entry.iri, self._norm(surface), 0, "gazetteer"))
        # character-level fallback: CJK names that straddle token boundaries
        # character-level fallback: CJK names that straddle token boundaries, or that begin a
        # longer token (華為技術 in 華為技術有限公司); a longer name beats a token match inside it
        view = ctx.view
        spans = {(c.start, c.end) for c in out}
        for i in range(len(view) - 1):
            if i not in ctx.starts and covered[i]:
                continue
            for form in self.cjk_forms.get(view[i : i + 2], ()):
                end = i + len(form)
                if len(form) < 3 or view[i:end] != form or (i, end) in spans:
                    continue
                if not (i in ctx.starts or end in ctx.ends):
                    continue
                if covered[i] and not any(not covered[k] for k in range(i, end)) and end not in ctx.ends:
                    continue  # inside what the matcher found already
                entry = self.forms[self._norm(form)][0][0]
                if entry.type == "organization" and self._index_follows(view, end):
                    break
                out.append(_Cand(i, end, entry.type, entry.iri, self._norm(form), 0, "gazetteer-char"))
                break
        return out

    def _index_follows(self, view: str, end: int) -> bool:
        end += view[end : end + 1] == " "
        return any(view.startswith(w, end) for w in self.t.index_words)

    @staticmethod
    def _latin_edges_ok(view: str, start: int, end: int) -> bool:
        """A Latin name must not be glued to more Latin letters (Meta in Metaverse)."""
        if (
            _LATIN.match(view[start])
            and start > 0
            and view[start - 1].isascii()
            and view[start - 1].isalnum()
        ):
            return False
        return not (
            _LATIN.match(view[end - 1]) and end < len(view) and view[end].isascii() and view[end].isalnum()
        )

    # -- helpers on tokens
    def _tag(self, word: str) -> str | None:
        return self.tags.get(word)

    def _is_place(self, word: str) -> bool:
        """A known place, also with its administrative word (深圳市, 浙江省)."""
        return word in self.places or (
            len(word) >= 3 and word[-1] in "市省县区州" and word[:-1] in self.places
        )

    def _name_left(
        self,
        ctx: _Ctx,
        end: int,
        gaz_at: dict[int, _Cand],
        max_chars: int = 14,
        give_back: tuple[str, ...] = ("generic", "verb", "paren"),
    ) -> tuple[int, list[str]]:
        """Walk left from ``end`` over tokens that can be part of a name.

        Returns the start and the kinds of the pieces taken, nearest first ("distinct",
        "place", "gaz", "latin", "char", "generic", "verb", "paren"). The walk stops at
        punctuation, numbers, function words and descriptors; after a gazetteer organisation
        only a place may still come before it. A name starts with a name-like piece: verbs,
        generic words and a lone character at the left edge are given back.
        """
        view = ctx.view
        pos = end
        steps: list[tuple[int, str]] = []  # (start of the piece, kind)
        while pos > 0 and end - pos < max_chars:
            gaz = gaz_at.get(pos)
            if gaz is not None and gaz.type in ("organization", "media"):
                verb_end = steps[-2][0] if len(steps) > 1 else end
                if steps and steps[-1][1] == "verb" and verb_end - steps[-1][0] == 1:
                    break  # 兆豐撤墨爾本分行: the known name is the subject, not part of the name
                pos = gaz.start
                steps.append((pos, "gaz"))
                while pos > 0:  # places (and the 商 of 香港商) may precede a known name
                    i = ctx.ends.get(pos)
                    if i is None:
                        break
                    word = ctx.tok(i)
                    if self._is_place(word):
                        pos = ctx.tokens[i][0]
                    elif word == "商" and i > 0 and self._is_place(ctx.tok(i - 1)):
                        pos = ctx.tokens[i - 1][0]
                    else:
                        break
                    steps.append((pos, "place"))
                break
            if view[pos - 1] == ")":
                open_ = view.rfind("(", max(0, pos - 8), pos)
                inner = view[open_ + 1 : pos - 1] if open_ >= 0 else ""
                if open_ < 0 or not inner or not all(_CJK.match(c) or c.isalpha() for c in inner):
                    break
                pos = open_
                steps.append((pos, "paren"))
                continue
            i = ctx.ends.get(pos)
            if i is None:
                break
            word = ctx.tok(i)
            tok_start = ctx.tokens[i][0]
            if word[:1] in self.t.numerals and tok_start > 0 and view[tok_start - 1] in self.t.numerals:
                break  # 116億設基金: the 億 belongs to a number
            if word == " ":
                j = ctx.ends.get(pos - 1)
                if steps and steps[-1][1] == "latin" and j is not None and _is_latin(ctx.tok(j)):
                    pos -= 1
                    continue
                break
            if (
                word[0] in self.t.clause_chars
                and self._tag(word) is None
                and all(_CJK.match(c) for c in word)
            ):
                if len(word) >= 3:  # 另弘海: the name is 弘海
                    steps.append((tok_start + 1, "distinct"))
                break
            kind = self._word_kind(word)
            glued = (
                self._lone_char_name(ctx, i)
                if kind in (None, "generic")
                and all(k in ("generic", "verb") for _, k in steps)
                and not _LATIN.search(view[tok_start:end])
                else None
            )
            if glued is not None:
                steps.append((glued, "distinct"))
                pos = glued
                continue
            if kind is None:
                break
            steps.append((tok_start, kind))
            pos = tok_start
        # give back what cannot start a name
        while steps:
            kind = steps[-1][1]
            # a lone character starts a name only before a name-like word (大|東方控股)
            lone_char = kind == "char" and (len(steps) < 2 or steps[-2][1] not in ("char", "distinct"))
            if kind in give_back or kind == "paren" or lone_char:
                steps.pop()
            else:
                break
        start = steps[-1][0] if steps else end
        return start, [k for _, k in steps]

    def _lone_char_name(self, ctx: _Ctx, i: int) -> int | None:
        """The start of a name jieba split into a lone character and a word (大|東方 of
        大東方控股, 大|聯大): a content character after a word no name contains, then a noun of
        one or two characters, and together no dictionary word."""
        word = ctx.tok(i)
        if (
            i < 1
            or len(word) > 2
            or not all(_CJK.match(c) for c in word)
            or (self._tag(word) or "x")[0] in "vpcudrmqfyeozt"
            or word in self.t.stops
            or word in self.t.weak
            or word in self.t.strong
        ):
            return None
        char = ctx.tok(i - 1)
        if len(char) != 1 or self._word_kind(char) != "char" or self._tag(char + word) is not None:
            return None
        if i >= 2 and self._word_kind(ctx.tok(i - 2)) is not None:
            return None  # the character may end the word before it
        return ctx.tokens[i - 1][0]

    def _word_kind(self, word: str) -> str | None:
        """What a token contributes to a name, or None if a name cannot contain it."""
        if not word or word.isspace() or word in self.t.stops:
            return None
        if _is_latin(word):
            if not word[0].isalnum():
                return None
            if word.lower() in lang.LATIN_STOPWORDS:
                return "generic"
            return "latin"
        if not all(_CJK.match(c) for c in word):
            return None
        if all(c in self.t.numerals for c in word):
            # 三一 in 三一重工: a numeral word jieba does not know is part of a name
            return "distinct" if len(word) >= 2 and self._tag(word) is None and not word.isdigit() else None
        if self._is_place(word):
            return "place"
        if word in self.t.weak or word in self.t.strong:
            return "generic"
        tag = self._tag(word)
        if len(word) == 1:
            if (tag or "").startswith(("p", "c", "u", "r", "d", "m", "q", "f")):
                return None
            return "verb" if (tag or "").startswith("v") else "char"
        if tag is None or tag in _DISTINCT_TAGS or tag == "ns":
            if word + "公司" in self.t.generic or word + "公司" in self.t.descriptors:
                return "generic"  # 顧問 (顧問公司, a kind of company), though jieba tags it nr
            return "distinct"  # unknown words, proper nouns, place-like words (香江, 華夏)
        if tag in ("v", "vn", "a"):
            return "verb"  # 聯合 in 安泰聯合控股集團: inside a name, never its first word
        if tag.startswith(_STOP_TAGS):
            return None
        return "generic"

    # -- 2a. organisation words at the end
    def _suffix_orgs(self, ctx: _Ctx, gaz: list[_Cand]) -> list[_Cand]:
        view, t = ctx.view, self.t
        gaz_at = {c.end: c for c in gaz}
        out: list[_Cand] = []
        suffixes = sorted({*t.strong, *t.weak, *t.alias_only}, key=len, reverse=True)
        # institutions jieba knows as one word (成都市人民政府): organisation names as they stand
        for ts, te in ctx.tokens:
            word = view[ts:te]
            if (
                len(word) >= 4
                and self._tag(word) == "nt"
                and word not in t.generic
                and (word.endswith(tuple(suffixes)) or word[-1] in "局部委厅院署会")
                and ts not in gaz_at
            ):
                out.append(_Cand(ts, te, "organization", None, self._norm(word), 1, "jieba-nt"))
        suffix_set = frozenset(suffixes)
        lengths = sorted({len(x) for x in suffixes}, reverse=True)
        ctx = self._split_glued_suffixes(ctx, suffixes, gaz)
        for e in sorted(ctx.ends):
            found = next(
                (view[e - n : e] for n in lengths if e - n in ctx.starts and view[e - n : e] in suffix_set),
                None,
            )
            if found is None:
                continue
            s = e - len(found)
            suffix = found
            if suffix in t.alias_only and not self._alias_follows(view, e):
                continue  # 工程 ends a name only before its ticker or other name: 中鼎工程（9933）
            weak = suffix in t.weak and suffix not in t.strong
            if weak or suffix == "公司":
                j = ctx.starts.get(e)
                if j is not None:
                    nxt = ctx.tok(j)
                    tag = self._tag(nxt)
                    if nxt in t.weak or nxt in t.strong:
                        continue  # 科技公司, 能源科技: industry words run on
                    if tag and tag.startswith("n") and nxt not in t.org_parts and nxt not in t.titles:
                        continue  # 科技巨頭, 公司治理: a noun phrase, not a name
            full_legal = suffix.endswith(("有限公司", "有限责任公司")) or suffix == "(股)公司"
            start, kinds = self._name_left(
                ctx, s, gaz_at, give_back=("verb",) if full_legal else ("generic", "verb")
            )
            kinds = [k for k in kinds if k != "paren"]
            if start >= s or not kinds:
                continue
            name = view[start:e]
            if name in t.generic:
                continue
            known = gaz_at.get(s)
            if kinds == ["gaz"] and suffix not in t.place_ok and suffix not in t.legal:
                if (self._tag(suffix) or "n").startswith(("v", "a")):
                    continue  # 輝達控股: the known name, then a verb
                # a known name and an industry noun: a subsidiary (復星醫藥, 比亞迪電子)
                out.append(_Cand(start, e, "organization", None, self._norm(name), 1, "subsidiary"))
                continue
            foreign = (
                kinds[1:] == ["place"]
                and view[start : s - (known.end - known.start if known else 0)] in t.foreign_countries
            )
            if (kinds == ["gaz"] or foreign) and suffix in t.legal and not full_legal and known is not None:
                # 吉利控股集團; 韓國現代汽車集團: a foreign country before the known name is no part of it
                start = known.start
                out.append(_Cand(start, e, known.type, known.iri, known.key, 0, "gazetteer+suffix"))
                continue
            if (
                kinds[-1] == "gaz"
                and set(kinds[:-1]) <= {"generic", "place", "verb"}
                and kinds[0] == "generic"
                and len(kinds) > 1
                and (suffix in t.weak or suffix == "公司")
                and suffix not in t.place_ok
                and not full_legal
            ):
                # 道富環球投資顧問, 凱基證券投資顧問公司: a known name and industry words: a subsidiary
                out.append(_Cand(start, e, "organization", None, self._norm(name), 1, "subsidiary"))
                continue
            if (
                "gaz" in kinds
                and not full_legal
                and "distinct" not in kinds
                and not (suffix in t.place_ok and "place" in kinds)
            ):
                continue  # 英特爾拉政府: a known name and a few words, not a new organisation
            if set(kinds) <= {"generic", "place"} and "place" in kinds and suffix not in t.place_ok:
                # 新加坡報業控股, 馬來西亞國家石油公司（國油）, 新加坡電信（Singtel）: a place and
                # industry words make a name with a legal word, or with its short name, English
                # name or ticker in brackets
                legal_word = suffix in t.legal and suffix != "公司" and "generic" in kinds
                if legal_word or (("generic" in kinds or suffix in t.weak) and self._alias_follows(view, e)):
                    out.append(_Cand(start, e, "organization", None, self._norm(name), 1, "place-industry"))
                continue
            if full_legal and all(k == "generic" for k in kinds):
                continue  # 科技有限公司: industry words alone are no name
            distinct = (
                any(k in ("distinct", "latin", "gaz") for k in kinds)
                or kinds.count("char") >= 2
                or (suffix in t.place_ok and "place" in kinds)
            )
            broken = start > 0 and view[start - 1] == " " and start > 1 and _CJK.match(view[start - 2])
            if not distinct and not (full_legal and any(k != "place" for k in kinds) and not broken):
                continue
            if e - start < 3:
                continue
            if kinds[-1] == "place" and not full_legal and suffix not in t.place_ok:
                i = ctx.starts.get(start)
                rest = ctx.tokens[i][1] if i is not None else start
                if _LATIN.match(view[rest : rest + 1]):
                    start, name = rest, view[rest:e]  # 日本SBI控股: the country is no part of it
            kind: EntityType = "media" if suffix in ("通讯社", "新闻社") else "organization"
            out.append(_Cand(start, e, kind, None, self._norm(name), 1, "suffix"))
        return out

    def _split_glued_suffixes(self, ctx: _Ctx, suffixes: list[str], gaz: list[_Cand]) -> _Ctx:
        """The tokens in which jieba glued an organisation word to an industry word or a verb,
        split (顧問公司 → 顧問|公司, 電力公司 → 電力|公司), so the name before them ends in the
        suffix as when it is a separate token. Tokens that may be a name themselves (東曜藥業),
        known names, organisation words and words never part of a name (子公司, 該公司) stay."""
        suffix_set = frozenset(suffixes)
        known = {i for c in gaz for i in range(c.start, c.end)}
        tokens: list[tuple[int, int]] = []
        for ts, te in ctx.tokens:
            word = ctx.view[ts:te]
            pieces: list[tuple[int, int]] = []
            end = te
            if not (
                word in suffix_set
                or word in self.t.stops
                or ts in known
                or not all(_CJK.match(c) for c in word)
            ):
                while True:
                    suf = next(
                        (x for x in suffixes if word.endswith(x, 0, end - ts) and len(x) < end - ts), None
                    )
                    if suf is None:
                        break
                    pieces.append((end - len(suf), end))
                    end -= len(suf)
            if pieces and self._word_kind(ctx.view[ts:end]) not in ("generic", "verb", "char"):
                pieces, end = [], te  # the word before the suffix may be the name itself
            tokens += [(ts, end), *reversed(pieces)]
        return ctx if len(tokens) == len(ctx.tokens) else _Ctx(ctx.view, tokens)

    def _alias_follows(self, view: str, end: int) -> bool:
        """A bracket with a Latin name, a ticker or a short Chinese form of the name before it."""
        m = re.match(r" ?\(([^()]{2,24})\)", view[end : end + 28])
        if m is None:
            return False
        inner = m.group(1).strip()
        return (
            bool(_TICKER.match(view, end + (view[end] == " ")))
            or (_is_latin(inner) and inner[0].isupper())
            or self._abbreviates(inner, view[max(0, end - 14) : end])
        )

    @staticmethod
    def _abbreviates(short: str, name: str) -> bool:
        """``short`` is a Chinese short form of ``name``: its characters in order (國油 for
        馬來西亞國家石油公司, 鴻華先進 for 鴻華先進科技股份有限公司), and shorter."""
        if not (2 <= len(short) < len(name)) or not all(_CJK.match(c) for c in short):
            return False
        k = 0
        for ch in name:
            if k < len(short) and ch == short[k]:
                k += 1
        return k == len(short)

    # -- 2b. names before tickers
    def _ticker_orgs(self, ctx: _Ctx, gaz: list[_Cand]) -> list[_Cand]:
        view = ctx.view
        gaz_at = {c.end: c for c in gaz}
        out: list[_Cand] = []
        for m in _TICKER.finditer(view):
            s = m.start()
            after = view[m.end() : m.end() + 1]
            if after in ("日", "月", "年", "号", "时", "点"):
                continue
            num = m.group("num")
            code = m.group("code")
            if code and (
                code.lower() in lang.LATIN_STOPWORDS or not re.search(r"-[A-Z]{1,2}\s?\)|[,，]", m.group())
            ):
                continue  # (CAGR), (GW): a gloss, not a ticker, unless the name is known
            end = s
            while end > 0 and view[end - 1] == " ":
                end -= 1
            name_end = end
            hk_class = re.search(r"-[A-Z]{1,2}$", view[max(0, end - 3) : end])
            if hk_class:
                name_end = end - len(hk_class.group())
            if end in gaz_at or name_end in gaz_at:
                continue  # a known name: the ticker is linked as an alias later
            if (
                num
                and len(num) == 4
                and 1900 <= int(num) <= 2099
                and not _NUM_TICKER_SUFFIX.search(m.group())
                and (view[end - 1 : end] in "年度月日" or after in ("年", "-", "~", "至"))
            ):
                continue  # a year: 去年(2024), (2024年)
            start, kinds = self._name_left(ctx, name_end, gaz_at, max_chars=10, give_back=())
            if (
                num
                and len(num) == 4
                and 1900 <= int(num) <= 2099
                and (end - start > 6 or view[start:end].endswith(self.t.events))
            ):
                continue  # 百人會論壇(2026): an event and its year
            if kinds and all(k == "generic" for k in kinds):
                # 台光電（2383）: a single character before an industry word begins the name
                i = ctx.ends.get(start)
                ts = ctx.tokens[i][0] if i is not None else start
                if (
                    start - ts == 1
                    and _CJK.match(view[ts])
                    and (ts == 0 or view[ts - 1] in self.t.delimiters)
                ):
                    start, kinds = ts, ["char", *kinds]
                else:
                    continue  # an industry word alone is no name
            if start >= name_end or not kinds or all(k == "place" for k in kinds):
                continue
            name = view[start:end]
            if name in self.t.generic or len(name) < 2 or (_is_latin(name) and len(name) < 2):
                continue
            known = self._entry_by_ticker(num or code or "", name)
            if known is not None:
                out.append(_Cand(start, end, known.type, known.iri, self._norm(name), 0, "ticker-known"))
            else:
                out.append(_Cand(start, end, "organization", None, self._norm(name), 1, "ticker"))
        return out

    def _entry_by_ticker(self, ticker: str, name: str) -> GazetteerEntry | None:
        """The known company listed under ``ticker`` whose name shares a Chinese label with
        ``name`` (寧德時代新能源科技股份有限公司(300750) is 寧德時代)."""
        for entry in self._tickers.get(ticker.lstrip("0") or "0", ()):
            for label in entry.names():
                form = self.view(label)
                if _CJK.search(form) and len(form) >= 2 and (form in name or name in form):
                    return entry
        return None

    # -- 2c. Latin-script names
    def _latin_names(self, ctx: _Ctx, gaz: list[_Cand]) -> list[_Cand]:
        view = ctx.view
        covered: set[int] = set()
        for c in gaz:
            covered.update(range(c.start, c.end))
        out: list[_Cand] = []
        for m in _LATIN_RUN.finditer(view):
            run = m.group()
            while run and run[-1] in ".,-/'’" and not self._keeps_dot(run):
                run = run[:-1]
            # words with offsets; numbers and stopwords at either end are not part of a name
            words = [
                (m.start() + w.start(), m.start() + w.end(), w.group()) for w in re.finditer(r"\S+", run)
            ]

            def junk(w: str) -> bool:
                return w.lower().strip(".,") in lang.LATIN_STOPWORDS or not w[0].isalpha()

            lead = trail = 0
            while words and junk(words[0][2]):
                lead += bool(_LATIN.search(words.pop(0)[2]))
            while words and junk(words[-1][2]):
                trail += not words.pop()[2][0].isalpha()
            if not words:
                continue
            if len(words) == 1 and (lead or trail):
                continue  # GenAI Divide, Level 2, Grok 3: a phrase or a version, not a name
            start, end = words[0][0], words[-1][1]
            if _TICKER.match(view, max(0, start - 1)) or _TICKER.match(view, max(0, start - 2)):
                continue  # the code inside (NVDA-US)
            texts = [w for _, _, w in words]
            lower = [w for w in texts if w[0].islower() and not any(c.isupper() for c in w[1:])]
            if len(texts) > 1 and any(w.lower() not in lang.LATIN_CONNECTORS for w in lower):
                continue  # English prose
            if texts[0].lower() == "the" and len(texts) > 1:
                words, texts = words[1:], texts[1:]
                start = words[0][0]
            if all(all(i in covered for i in range(s, e)) or junk(w) for s, e, w in words):
                continue  # known names (and units) only: NVIDIA GPU, Blackwell GB300
            if len(texts) == 1:
                w = texts[0]
                if w[0].islower() and not any(c.isupper() for c in w):
                    continue
                if w.isupper() and len(w) <= 5 and not self._ticker_follows(view, end):
                    before = view[max(0, start - 6) : start]
                    if not any(before.endswith(d) for d in self.t.descriptors):
                        continue  # acronyms: organisations only with a ticker, a descriptor or a known name
                if len(w) < 2 or not w[0].isalnum():
                    continue
            if start > 0 and view[start - 1] in self.t.numerals:
                continue  # a unit after a number (100兆Token)
            in_parens = view[max(0, start - 1) : start] == "(" or view[max(0, start - 2) : start] == "( "
            known = self._typo_of_known(view[start:end])
            if known is not None:
                out.append(_Cand(start, end, known.type, known.iri, self._norm(view[start:end]), 2, "typo"))
                continue
            kind = self._latin_kind(view, start, end, texts)
            if kind is None and in_parens:
                kind = "organization"  # an alias of the name before the bracket, or a gloss
            if kind is None:
                continue
            out.append(_Cand(start, end, kind, None, self._norm(view[start:end]), 2, "latin", in_parens))
        return out

    def _typo_of_known(self, name: str) -> GazetteerEntry | None:
        """A known Latin name with two neighbouring letters swapped (OpneAI → OpenAI)."""
        if len(name) < 5 or " " in name:
            return None
        key = self._norm(name)
        for i in range(len(key) - 1):
            swapped = key[:i] + key[i + 1] + key[i] + key[i + 2 :]
            for entry, form, is_ticker in self.forms.get(swapped, ()):
                if not is_ticker and _is_latin(form):
                    return entry
        return None

    @staticmethod
    def _keeps_dot(run: str) -> bool:
        last = run.split()[-1].lower().rstrip(".,")
        return run.endswith(".") and last in ("ltd", "inc", "co", "corp", "bhd")

    @staticmethod
    def _ticker_follows(view: str, end: int) -> bool:
        return bool(_TICKER.match(view, end) or _TICKER.match(view, end + 1))

    def _latin_kind(self, view: str, start: int, end: int, words: list[str]) -> EntityType | None:
        t = self.t
        before = view[max(0, start - 6) : start].rstrip()
        after = view[end : end + 4].lstrip()
        if any(before.endswith(title) for title in t.titles):
            return "person"
        last = words[-1].lower().rstrip(".,")
        if last in lang.LATIN_ORG_SUFFIXES or self._ticker_follows(view, end):
            return "organization"
        if any(after.startswith(s) for s in t.strong + t.weak):
            return "organization"
        if any(after.startswith(p) for p in t.product_context):
            return None
        if any(before.endswith(d) for d in t.descriptors):
            return "organization"
        if len(words) >= 2:
            # a capitalised phrase without an organisation word: a person only when speaking
            if any(after.startswith(v) for v in t.speech) and len(words) <= 3:
                return "person"
            return None
        return "organization"

    # -- 2d. media outlets
    def _media(self, ctx: _Ctx) -> list[_Cand]:
        view, t = ctx.view, self.t
        out: list[_Cand] = []
        for m in re.finditer(r"[《【〔\[]([^《》【】〔〕\[\]\n]{2,16}?)(?:[／/ ·]|\d|》|】|〕|\])", view):
            name = m.group(1)
            s = m.start(1)
            for cue in t.media_cues:
                if name.endswith(cue) and len(name) > len(cue) + 1:
                    name = name[: -len(cue)]
            if any(name.endswith(suf) for suf in t.media_suffixes) and name not in t.generic:
                out.append(_Cand(s, s + len(name), "media", None, self._norm(name), 1, "media"))
        return out

    # -- 3. people
    def _people(self, ctx: _Ctx, gaz: list[_Cand]) -> list[_Cand]:
        view, t = ctx.view, self.t
        out: list[_Cand] = []
        gaz_start = {c.start: c for c in gaz}
        anchors: list[int] = []
        title_re = re.compile("|".join(re.escape(x) for x in t.titles))
        for m in title_re.finditer(view):
            pos = m.end()
            # chains of titles: 董事長暨執行長, 創辦人兼執行長, 總經理、南方建投…
            while True:
                m2 = title_re.match(view, pos)
                if m2 and m2.end() > pos:
                    pos = m2.end()  # 首席執行員丹斯里: an honorific right after a title
                    continue
                for j in t.joiners:
                    if view.startswith(j, pos):
                        m2 = title_re.match(view, pos + len(j))
                        if m2:
                            pos = m2.end()
                            break
                else:
                    break
            anchors.append(pos)
        for marker in t.bylines:
            for m in re.finditer(re.escape(marker), view):
                if m.start() == 0 or view[m.start() - 1] in "\n ":
                    anchors.append(m.end())
        # a byline on its own line: a source, spaces, then the author (2home.co  楊惟婷)
        for m in _BYLINE_LINE.finditer(view):
            if self._name_like(ctx, m.start(1), m.end(1)) or (
                m.end(1) - m.start(1) == 2 and self._chinese_name_end(ctx, m.start(1)) == m.end(1)
            ):
                anchors.append(m.start(1))
        for pos in anchors:
            while pos < len(view) and view[pos] in " \u3000":
                pos += 1
            if pos in gaz_start:
                continue  # a known person (or not a person at all)
            latin = _LATIN_RUN.match(view, pos)
            if latin:
                words = latin.group().split()[:3]
                if all(w[0].isupper() for w in words) and words[0].lower() not in lang.LATIN_STOPWORDS:
                    name = " ".join(words)
                    out.append(_Cand(pos, pos + len(name), "person", None, self._norm(name), 1, "title"))
                continue
            dotted = _DOTTED_NAME.match(view, pos)
            end = (
                (dotted.end() if dotted else None)
                or self._transliterated_name_end(ctx, pos)
                or self._chinese_name_end(ctx, pos)
            )
            if end:
                name = view[pos:end]
                out.append(_Cand(pos, end, "person", None, self._norm(name), 1, "title"))
        out += self._names_before_titles(ctx, gaz, title_re)
        out += self._name_lists(ctx, out)
        return out

    def _names_before_titles(self, ctx: _Ctx, gaz: list[_Cand], title_re: re.Pattern[str]) -> list[_Cand]:
        """A name right before its title (廣達林百里董事長, 張忠謀創辦人): the name follows a
        known organisation, punctuation or the start of the text."""
        view, t = ctx.view, self.t
        org_ends = {c.end for c in gaz if c.type in ("organization", "media")}
        out: list[_Cand] = []
        for m in title_re.finditer(view):
            end = m.start()
            if end not in ctx.ends or end not in ctx.starts:
                continue
            for length in (3, 2):
                start = end - length
                if start < 0 or start not in ctx.starts:
                    continue
                if not (start == 0 or start in org_ends or view[start - 1] in t.delimiters):
                    continue
                name = view[start:end]
                if (self._tag(name[:2]) or "nr")[:2] != "nr":
                    continue  # 包裝部: words, not a name
                if self._chinese_name_end(ctx, start) == end and name[-1] not in self.t.not_name_final:
                    out.append(
                        _Cand(start, end, "person", None, self._norm(view[start:end]), 1, "title-after")
                    )
                    break
        return out

    def _chinese_name_end(self, ctx: _Ctx, pos: int) -> int | None:
        """The end of a Chinese personal name starting at ``pos`` (surname + 1–2 characters)."""
        view, t = ctx.view, self.t
        sur = next((c for c in t.compound_surnames if view.startswith(c, pos)), None)
        if sur is None:
            if view[pos : pos + 1] not in t.surnames:
                return None
            sur = view[pos]
        for length in (len(sur) + 2, len(sur) + 1):
            end = pos + length
            name = view[pos:end]
            if len(name) < length or not all(_CJK.match(c) for c in name):
                continue
            if length == len(sur) + 2 and name[-1] in t.name_final:
                continue  # 王良在: 在 starts the clause after a two-character name
            if (
                end in ctx.ends
                or (end in ctx.starts and ctx.tok(ctx.starts[end]) in self.t.speech)
                or (
                    length == len(sur) + 2
                    and pos in ctx.starts
                    and any(view.startswith(v, end) and end + len(v) in ctx.ends for v in t.speech)
                )
                or (length == len(sur) + 1 and view[end : end + 1] in t.name_final and end + 1 in ctx.ends)
            ):
                tag = self._tag(name)
                if tag is not None and not tag.startswith("nr"):
                    continue  # a dictionary word (高度), not a name
                if name in self.t.generic or name in self.places or name.endswith("氏"):
                    continue
                if any(view.startswith(v, end) for v in ("公司", "集团", "银行")):
                    return None
                return end
        return None

    def _transliterated_name_end(self, ctx: _Ctx, pos: int) -> int | None:
        """A foreign name in characters between a title and a verb of saying (古特瑞斯呼籲)."""
        view = ctx.view
        for length in (5, 4, 3):
            end = pos + length
            name = view[pos:end]
            if (
                end in ctx.ends
                and pos in ctx.starts
                and all(_CJK.match(c) for c in name)
                and any(view.startswith(v, end) for v in self.t.speech)
                and not any(
                    (self._tag(ctx.tok(i)) or "x")[0] in "vpdrtm"
                    for i in range(ctx.starts[pos], ctx.ends[end] + 1)
                )
            ):
                return end
        return None

    def _name_lists(self, ctx: _Ctx, found: list[_Cand]) -> list[_Cand]:
        """Two unknown names joined by 、 (賈桂蘭、王玉林), or a name joined to a found person."""
        view = ctx.view
        people = {(c.start, c.end) for c in found}
        out: list[_Cand] = []
        for m in re.finditer("[、与和及]", view):
            k = m.start()
            left, right = (k - 3, k), (k + 1, k + 4)
            ok_left = left in people or self._name_like(ctx, *left)
            ok_right = right in people or self._name_like(ctx, *right)
            if m.group() != "、" and not (left in people or right in people):
                continue  # 與/和/及 join a name only to a person already found
            if ok_left and ok_right:
                for s, e in (left, right):
                    if (s, e) not in people:
                        out.append(_Cand(s, e, "person", None, self._norm(view[s:e]), 2, "name-list"))
        return out

    def _name_like(self, ctx: _Ctx, start: int, end: int) -> bool:
        """Three characters, a surname first, one or two tokens, and no dictionary word."""
        if start < 0 or end > len(ctx.view) or start not in ctx.starts or end not in ctx.ends:
            return False
        word = ctx.view[start:end]
        if ctx.starts[start] < ctx.ends[end] - 1:
            return False  # more than two tokens
        return (
            word[0] in self.t.surnames
            and self._tag(word) is None
            and all(_CJK.match(c) for c in word)
            and word not in self.places
            and word[1:] not in self.places
            and self._norm(word) not in self.forms
        )

    def _regional_readings(self, doc: Doc, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """Names whose organisation depends on where the article is from (證監會 in Hong Kong)."""
        article = doc._.article
        readings = self.regional.get(getattr(article, "region", None) or "", {})
        for c in chosen:
            iri = readings.get(ctx.view[c.start : c.end])
            entry = self.gazetteer.get(ID_BASE + iri) if iri else None
            if entry is not None:
                c.iri, c.type = entry.iri, entry.type

    def _drop_foreign_country(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """A foreign country before a company's name is no part of it (韓國三星集團 is
        三星集團, 日本軟銀集團 is 軟銀集團); a country before an industry word or a government
        word stays (美國鋼鐵公司, 美國商務部)."""
        view, t = ctx.view, self.t
        for c in chosen:
            if c.type != "organization" or c.source.startswith("gazetteer"):
                continue
            country = next((x for x in t.foreign_countries if view.startswith(x, c.start)), None)
            if country is None:
                continue
            rest = view[c.start + len(country) : c.end]
            if (
                len(rest) < 2
                or rest in t.generic
                or rest.startswith((*t.strong, *t.weak))
                or rest[-1] in "部局委署院会厅"
                or rest.endswith(tuple(t.place_ok))  # 越南國泰世華商業銀行胡志明分行
                or not (_CJK.match(rest[0]) or _LATIN.match(rest[0]))
            ):
                continue
            c.start += len(country)
            c.key = self._norm(rest)
            if c.iri is None:
                known = self._known_org(rest) or self._known_head(rest)
                c.iri = known.iri if known is not None else None

    def _known_with_legal_suffix(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """A known name plus legal-form words is the known company (華為技術有限公司,
        吉利控股集團); after a full legal suffix an industry word may stand between them
        (長鑫存儲技術有限公司)."""
        for c in chosen:
            if c.iri is not None or c.type != "organization":
                continue
            entry = self._known_head(ctx.view[c.start : c.end])
            if entry is not None:
                c.iri = entry.iri

    def _known_head(self, name: str) -> GazetteerEntry | None:
        """The known company a legal name stands for, also after a leading place
        (韓國三星集團, 北京字節跳動科技有限公司) and without bracketed words (平安保險(集團))."""
        name = re.sub(r"\([^()]{1,4}\)", "", name)
        entry = self._known_legal(name)
        for k in (2, 3):
            if entry is None and self._is_place(name[:k]) and len(name) - k >= 2:
                entry = self._known_org(name[k:]) or self._known_legal(name[k:], registered=True)
        return entry

    def _known_legal(self, name: str, registered: bool = False) -> GazetteerEntry | None:
        """The known company before legal words; ``registered``: a place came first, so the
        industry words of a registered name may stand between them (上海米哈遊網絡科技…)."""
        head, full_legal = name, False
        while True:
            suffix = next((x for x in self.t.legal if head.endswith(x) and len(head) > len(x) + 1), None)
            if suffix is None:
                break
            head = head[: -len(suffix)]
            full_legal = full_legal or suffix.endswith("有限公司")
            entry = self._known_org(head)
            if entry is not None:
                return entry
        if full_legal:
            for word in self.t.registered_industry if registered else self.t.legal_industry:
                if head.endswith(word) and len(head) > len(word) + 1:
                    entry = self._known_org(head[: -len(word)])
                    if entry is not None:
                        return entry
        return None

    def _known_org(self, name: str) -> GazetteerEntry | None:
        entry = next((e for e, _, tk in self.forms.get(self._norm(name), ()) if not tk), None)
        return entry if entry is not None and entry.type in ("organization", "media") else None

    # -- 4. aliases and propagation
    def _parenthesised_aliases(self, ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
        """Link "(English name)", "(ticker)" and glossed Latin after a mention to that mention."""
        view = ctx.view
        chosen = self._chinese_short_aliases(ctx, chosen)
        by_end: dict[int, _Cand] = {}
        for c in chosen:
            by_end[c.end] = c
            if view[c.end : c.end + 1] in "“”\"'":
                by_end[c.end + 1] = c
        # a listed ticker names the company (寧德時代新能源科技股份有限公司(300750.SZ) is CATL)
        for m in _TICKER.finditer(view):
            k = m.start()
            while k > 0 and view[k - 1] == " ":
                k -= 1
            owner = by_end.get(k)
            if owner is not None and owner.iri is None and owner.type == "organization":
                ticker = m.group("num") or m.group("code") or ""
                known = self._entry_by_ticker(ticker, view[owner.start : owner.end])
                if known is not None:
                    owner.iri = known.iri
        out: list[_Cand] = []
        extra: list[_Cand] = []
        for c in chosen:
            open_ = c.start - 1
            while open_ >= 0 and view[open_] == " ":
                open_ -= 1
            owner = None
            if open_ >= 0 and view[open_] == "(":
                k = open_
                while k > 0 and view[k - 1] == " ":
                    k -= 1
                owner = by_end.get(k)
            if (
                owner is not None
                and owner is not c
                and owner.iri is None
                and c.iri is not None
                and c.type == owner.type == "organization"
                and _is_latin(view[c.start : c.end])
            ):
                owner.iri = c.iri  # 新加坡電信（Singtel）: the known English name names it
            if (
                owner is not None
                and owner is not c
                and _is_latin(view[c.start : c.end])
                and owner.type in ("organization", "media", "person")
                and (c.iri is None or c.type == owner.type or owner.iri is None)
            ):
                # the Latin form names the entity before the bracket
                out.append(replace(c, type=owner.type, iri=owner.iri, key=owner.key, source="alias"))
                continue
            if c.in_parens and c.iri is None and owner is None:
                continue  # a gloss: 表外融資(off-balance-sheet financing)
            out.append(c)
        # tickers in brackets after an organisation: the ticker letters are an alias
        for m in _TICKER.finditer(view):
            code = m.group("code")
            k = m.start()
            while k > 0 and view[k - 1] == " ":
                k -= 1
            owner = by_end.get(k)
            if not code or owner is None or owner.type not in ("organization", "media"):
                continue
            cs = m.start("code")
            if any(c.start <= cs < c.end for c in out):
                continue
            extra.append(_Cand(cs, cs + len(code), owner.type, owner.iri, owner.key, 0, "ticker-alias"))
        return sorted(out + extra, key=lambda c: (c.start, c.end))

    def _affiliates(self, ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
        """The company after 旗下/子公司 with no organisation word (字節跳動旗下火山引擎宣布…,
        控股子公司均勝汽車安全系統擬…): the words up to the verb are a name when a found
        organisation stands right before the cue, or the words begin with a found name."""
        view, t = ctx.view, self.t
        org_ends = {c.end for c in chosen if c.type == "organization"}
        brands: set[str] = set()
        for c in chosen:
            if c.type == "organization":
                p = next(
                    (c.start + k for k in (3, 2) if self._is_place(view[c.start : c.start + k])), c.start
                )
                brands.update(view[p : p + k] for k in (2, 3) if p + k < c.end)
        occupied = {i for c in chosen for i in range(c.start, c.end)}
        out = list(chosen)
        for cue in t.affiliate_cues:
            for m in re.finditer(re.escape(cue), view):
                s = m.end()
                j = ctx.starts.get(s)
                if j is None or s in occupied:
                    continue
                e = s
                brand = next((b for b in brands if view.startswith(b, s) and s + len(b) in ctx.starts), None)
                if brand is not None:  # 均|勝 of 寧波均勝電子: split by jieba, still a name
                    e = s + len(brand)
                    j = ctx.starts[e]
                while j < len(ctx.tokens):
                    word = ctx.tok(j)
                    tag = self._tag(word) or "x"
                    if (
                        word in t.affiliate_ends
                        or word in t.speech
                        or word in t.stops
                        or word in t.titles
                        or self._region_title_follows(ctx, j)
                        or not all(_CJK.match(c) or c.isalnum() for c in word)
                        or (
                            tag[0] in "vpcudrmqft" and (len(word) == 1 or tag[0] != "v" or word not in t.weak)
                        )
                    ):
                        break
                    e = ctx.tokens[j][1]
                    j += 1
                name = view[s:e]
                # the clause must go on after the name (a verb, a joiner or punctuation)
                if not (2 <= len(name) <= 8) or j >= len(ctx.tokens) or any(c.isdigit() for c in name):
                    continue
                nxt = ctx.tok(j)
                if not (
                    nxt in t.affiliate_ends
                    or nxt in t.speech
                    or nxt in t.delimiters
                    or nxt in t.titles
                    or self._region_title_follows(ctx, j)
                ):
                    continue
                if (
                    name in t.generic
                    or name.endswith(t.affiliate_not_names)
                    or self._is_place(ctx.tok(ctx.starts[s]))
                    or any(i in occupied for i in range(s, e))
                    or (brand is None and self._word_kind(ctx.tok(ctx.starts[s])) is None)
                ):
                    continue
                if m.start() not in org_ends and brand is None and name[:2] not in brands:
                    continue
                out.append(_Cand(s, e, "organization", None, self._norm(name), 1, "affiliate"))
                occupied.update(range(s, e))
        return sorted(out, key=lambda c: (c.start, c.end))

    def _region_title_follows(self, ctx: _Ctx, j: int) -> bool:
        """Token ``j`` is a regional division and a title follows (中國區總裁, 亞太區董事)."""
        word = ctx.tok(j)
        return (
            len(word) >= 3
            and word[-1] == "区"
            and self._is_place(word[:-1])
            and j + 1 < len(ctx.tokens)
            and any(ctx.view.startswith(x, ctx.tokens[j + 1][0]) for x in self.t.titles)
        )

    def _chinese_short_aliases(self, ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
        """A Chinese short form in brackets right after an organisation's name is that
        organisation (鴻華先進科技股份有限公司（鴻華先進）, 馬來西亞國家石油公司（國油）); a known
        short form names the company the long name stands for."""
        view = ctx.view
        at = {(c.start, c.end): c for c in chosen}
        out = list(chosen)
        for owner in chosen:
            if owner.type != "organization":
                continue
            m = re.match(r" ?\(([\u3400-\u9fff]{2,8})\)", view[owner.end : owner.end + 12])
            if m is None:
                continue
            s, e = owner.end + m.start(1), owner.end + m.end(1)
            if not self._abbreviates(view[s:e], view[owner.start : owner.end]):
                continue
            alias = at.get((s, e))
            if alias is None:
                if any(c.start < e and s < c.end for c in chosen):
                    continue
                alias = _Cand(s, e, "organization", None, owner.key, owner.rank, "cjk-alias")
                out.append(alias)
            if alias.type != "organization":
                continue
            if owner.iri is not None and alias.iri is not None and owner.iri != alias.iri:
                continue
            if owner.iri is None and alias.iri is not None:
                owner.iri = alias.iri
            alias.iri, alias.key, alias.source = owner.iri, owner.key, "cjk-alias"
        return sorted(out, key=lambda c: (c.start, c.end))

    def _propagate(self, ctx: _Ctx, chosen: list[_Cand]) -> list[_Cand]:
        """Other occurrences of unknown names found in this article, and their short forms."""
        view = ctx.view
        occupied = [False] * len(view)
        for c in chosen:
            for i in range(c.start, c.end):
                occupied[i] = True
        targets: dict[str, _Cand] = {}
        for c in chosen:
            if (c.iri is not None and c.source != "cjk-alias") or c.source in ("alias",):
                continue
            name = view[c.start : c.end]
            targets.setdefault(name, c)
            if c.type in ("organization",):
                for short in self._short_forms(name):
                    targets.setdefault(short, replace(c, source="short"))
        out = list(chosen)
        for name in sorted(targets, key=len, reverse=True):
            proto = targets[name]
            if len(name) < 2 or (_CJK.search(name) and len(name) < 2):
                continue
            for m in re.finditer(re.escape(name), view):
                s, e = m.span()
                if any(occupied[s:e]):
                    continue
                if proto.source == "short" and self._name_goes_on(ctx, e):
                    # 正泰集團旗下正泰新能: after 旗下 the short form starts a related company's name
                    nxt, own = ctx.starts.get(e), ctx.starts.get(s)
                    e2: int | None = None
                    if nxt is not None and self._word_kind(ctx.tok(nxt)) == "distinct":
                        e2 = ctx.tokens[nxt][1]  # 正泰|新能
                    elif nxt is None and own is not None and self._word_kind(ctx.tok(own)) == "distinct":
                        e2 = ctx.tokens[own][1]  # 正泰新能 as one token
                    if (
                        e2 is not None
                        and view[max(0, s - 4) : s].endswith(self.t.affiliate_cues)
                        and not any(occupied[s:e2])
                        and e2 - s <= 8
                    ):
                        key = self._norm(view[s:e2])
                        out.append(_Cand(s, e2, "organization", None, key, proto.rank, "related"))
                        for k in range(s, e2):
                            occupied[k] = True
                    continue
                if _is_latin(name) and not self._latin_edges_ok(view, s, e):
                    continue
                if _CJK.search(name) and not (s in ctx.starts or e in ctx.ends):
                    continue
                out.append(_Cand(s, e, proto.type, proto.iri, proto.key, proto.rank, "propagated"))
                for i in range(s, e):
                    occupied[i] = True
        return sorted(out, key=lambda c: (c.start, c.end))

    def _name_goes_on(self, ctx: _Ctx, end: int) -> bool:
        """A name-like word follows ``end`` (an unknown word or an industry word)."""
        i = ctx.starts.get(end)
        if i is None:
            return end < len(ctx.view) and bool(_CJK.match(ctx.view[end]))  # glued to a longer token
        word = ctx.tok(i)
        return self._word_kind(word) == "distinct" or word in self.t.weak or word in self.t.strong

    def _merge_legal_variants(self, ctx: _Ctx, chosen: list[_Cand]) -> None:
        """Unknown organisations that differ only in legal-form words are one (吉利控股集團,
        吉利集團): they take the key of the longest form."""
        groups: dict[str, list[_Cand]] = {}
        for c in chosen:
            if c.iri is None and c.type == "organization":
                groups.setdefault(self._legal_core(ctx.view[c.start : c.end]), []).append(c)
        for core, members in groups.items():
            if len(core) < 2 or len({m.key for m in members}) < 2:
                continue
            key = max(members, key=lambda m: (m.end - m.start, m.key)).key
            for m in members:
                m.key = key

    def _legal_core(self, name: str) -> str:
        while True:
            suffix = next((x for x in self.t.legal if name.endswith(x) and len(name) > len(x) + 1), None)
            if suffix is None:
                return name
            name = name[: -len(suffix)]

    def _short_forms(self, name: str) -> list[str]:
        """Shorter names an unknown organisation is referred to by: without its legal and
        industry words (香江系統工程有限公司 → 香江系統工程, 香江系統), without a leading place."""
        t = self.t
        out: list[str] = []
        core = name
        changed = True
        while changed:
            changed = False
            for suf in (*t.strong, *t.weak):
                if core.endswith(suf) and len(core) - len(suf) >= 2:
                    core = core[: -len(suf)]
                    out.append(core)
                    changed = True
                    break
            if core.endswith(")") and "(" in core:
                core = core[: core.rindex("(")]
                changed = True
        for k in (2, 3):
            head = core[:k]
            if (head in self.places or self._tag(head) == "ns") and len(core) - k >= 2:
                out.append(core[k:])
        return [
            s
            for s in out
            if len(s) >= 2
            and s not in t.generic
            and s not in self.places
            and s not in self.forms
            and self._tag(s) in (None, *_DISTINCT_TAGS)
        ]

    # -- 5. linking
    def _link(self, text: str, chosen: list[_Cand]) -> tuple[list[Mention], dict[str, Entity]]:
        # unknown entities: IRI from the longest name of each group; short forms join their name
        group_iri: dict[tuple[str, str], str] = {}
        for c in chosen:
            if c.iri is None:
                group_iri.setdefault((c.type, c.key), unknown_iri(c.type, c.key))
        mentions: list[Mention] = []
        entities: dict[str, Entity] = {}
        forms: dict[str, dict[str, None]] = {}
        for c in chosen:
            iri = c.iri or group_iri[(c.type, c.key)]
            surface = text[c.start : c.end]
            mentions.append(Mention(c.start, c.end, surface, iri, c.type, mention_confidence(c.source)))
            forms.setdefault(iri, {})[surface] = None
            if iri not in entities:
                entry = self.gazetteer.get(iri)
                if entry is not None:
                    entities[iri] = entry.to_entity()
                else:
                    entities[iri] = Entity(iri=iri, type=c.type, label=surface, known=False)
        for iri, ent in list(entities.items()):
            if not ent.known:
                entities[iri] = replace(ent, labels=tuple((f, "") for f in forms[iri]))
        mentions.sort(key=lambda m: (m.start, m.end))
        return mentions, entities


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Non-overlapping candidates: the longest span wins, then the lower rank (gazetteer)."""
    taken: list[_Cand] = []
    occupied: set[int] = set()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
        span = range(c.start, c.end)
        if any(i in occupied for i in span):
            continue
        taken.append(c)
        occupied.update(span)
    return sorted(taken, key=lambda c: (c.start, c.end))


@Language.factory("finkg_entities", default_config={})
def make_entities(nlp: Language, name: str) -> EntityRecognizer:
    register()
    return EntityRecognizer(nlp)
