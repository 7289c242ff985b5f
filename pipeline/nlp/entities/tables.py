"""The language tables of ``pipeline.lang.zh.entities`` in the view's script, built once.

Every word list is normalised through the same t2s view the text is read in, so one table
covers Traditional and Simplified; alternations are compiled here, never per document.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.cache import memo
from pipeline.lang.zh import appointments, foreign_titles, officer_titles, org_context, org_forms
from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import entity_patterns as patterns
from pipeline.text.view import TextView

TICKER = re.compile(patterns.TICKER)
TICKER_CODE_SHAPE = re.compile(patterns.TICKER_CODE_SHAPE)
NUM_TICKER_SUFFIX = re.compile(r"\d{3,6}\.(?:HK|TW|TWO|SZ|SH|SS|KS|T|SI|KL)")
DOTTED_NAME = re.compile(patterns.DOTTED_NAME)
BYLINE_LINE = re.compile(patterns.BYLINE_LINE)
MEDIA_BRACKET = re.compile(patterns.MEDIA_BRACKET)
CJK_SHORT_FORM_IN_BRACKETS = re.compile(patterns.CJK_SHORT_FORM_IN_BRACKETS)
ALIAS_DEFINITION = re.compile(patterns.ALIAS_DEFINITION)
SOURCE_LINE = re.compile(patterns.SOURCE_LINE)
QUOTED_NAME = re.compile(patterns.QUOTED_NAME)
LABELLED_SHORT_NAME = re.compile(patterns.LABELLED_SHORT_NAME)
DATELINE_OUTLET = re.compile(patterns.DATELINE_OUTLET)
DATED_OUTLETS = re.compile(patterns.DATED_OUTLETS)
ALIAS_DEFINITION_UNBRACKETED = re.compile(patterns.ALIAS_DEFINITION_UNBRACKETED)
#: a bracket after a name: its content is an alias, a ticker or a gloss
BRACKET_AFTER = re.compile(r" ?\(([^()]{2,24})\)")
#: a short bracketed part inside a name (平安保險(集團))
SHORT_BRACKET = re.compile(r"\([^()]{1,4}\)")
#: a Hong Kong share-class ending before a ticker (百能達醫藥-B)
HK_CLASS = re.compile(r"-[A-Z]{1,2}$")
#: a run of Latin-script name words: words, single spaces, ", " and "(XX)" groups inside
_LATIN_WORD = r"[A-Za-z0-9][A-Za-z0-9&'’.\-/]*"
_LEGAL_ABBR = r"(?:LTD|Ltd|INC|Inc|LLC|Co|CO|LIMITED|Limited|Corp|CORP|Bhd|BHD)\b"
LATIN_RUN = re.compile(
    rf"(?<![A-Za-z0-9&'’.\-/]){_LATIN_WORD}"
    rf"(?:(?:, (?={_LEGAL_ABBR})| ?\( ?[A-Z]{{2,}} ?\) ?| )?{_LATIN_WORD})*"
)
NON_SPACE = re.compile(r"\S+")
NAME_LIST_JOINER = re.compile(f"[{re.escape(lang.NAME_LIST_JOINERS)}]")


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in words))


def _industry_after(heads: Iterable[str], word: str, not_words: Iterable[str]) -> re.Pattern[str]:
    """``word`` right after one of ``heads`` (matched at a name's end), not beginning ``not_words``."""
    behind = "|".join(f"(?<={re.escape(h)})" for h in heads)
    ahead = "|".join(re.escape(w.removeprefix(word)) for w in not_words)
    return re.compile(f"(?:{behind}){re.escape(word)}(?!{ahead})")


@dataclass(frozen=True)
class Tables:
    """The language tables, normalised into the view's script."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    alias_only: tuple[str, ...]
    #: every organisation word (strong, weak, alias-only), longest first
    suffixes: tuple[str, ...]
    suffix_set: frozenset[str]
    suffix_lengths: tuple[int, ...]
    #: the last characters of the suffixes (a word that ends otherwise ends in none)
    suffix_finals: frozenset[str]
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
    short_form_final: frozenset[str]
    events: tuple[str, ...]
    affiliate_cues: tuple[str, ...]
    affiliate_not_names: tuple[str, ...]
    affiliate_ends: frozenset[str]
    descriptors: tuple[str, ...]
    #: descriptors and the company words before a name (陸企, 車企, 美商): the name begins after one
    descriptor_set: frozenset[str]
    product_context: tuple[str, ...]
    generic: frozenset[str]
    stops: frozenset[str]
    titles: tuple[str, ...]
    title_re: re.Pattern[str]
    joiners: tuple[str, ...]
    bylines: tuple[str, ...]
    byline_re: re.Pattern[str]
    speech: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    media_suffixes: tuple[str, ...]
    media_cues: tuple[str, ...]
    numerals: frozenset[str]
    clause_chars: frozenset[str]
    index_words: tuple[str, ...]
    words_with_names: tuple[str, ...]
    words_from_name_end: tuple[str, ...]
    industry_after_name: re.Pattern[str]
    glued_verbs: frozenset[str]
    role_noun_final: str
    ordinal_prefix: str
    byline_openers: frozenset[str]
    transliteration: frozenset[str]
    name_joiners: frozenset[str]
    name_end_words: tuple[str, ...]
    definition_not_aliases: tuple[str, ...]
    frame_re: re.Pattern[str]
    speech_after_name_re: re.Pattern[str]
    list_closers: tuple[str, ...]
    np_openers: frozenset[str]
    #: descriptors and party roles before a name, one or more tokens (交易|对方), longest first
    party_roles: tuple[str, ...]
    party_role_finals: frozenset[str]
    common_noun_suffixes: frozenset[str]
    object_noun_suffixes: frozenset[str]
    group_words_before_shares: tuple[str, ...]
    quoted_name_followers: tuple[str, ...]
    source_not_outlets: frozenset[str]
    outlet_separators: str
    party_verbs: tuple[str, ...]
    party_joiners: tuple[str, ...]
    government_acts: tuple[str, ...]
    glued_conjunctions: frozenset[str]
    surname_title_re: re.Pattern[str]
    bank_forms: frozenset[str]
    place_keeping: tuple[str, ...]
    bank_short: str
    bank_word: str
    not_after_bank_short: frozenset[str]


def _sorted_forms(view: TextView, words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({view(w) for w in words}, key=lambda w: (-len(w), w)))


@cache
def entity_tables() -> Tables:
    """The tables (built once per process)."""
    view = TextView()

    def norm(words: Iterable[str]) -> tuple[str, ...]:
        return _sorted_forms(view, words)

    place_tied = (*org_forms.GOVERNMENT_DEPARTMENTS, *org_forms.PLACE_TIED_INSTITUTIONS)
    strong = norm(
        (
            *lang.ORG_SUFFIXES_STRONG,
            *org_forms.PARTNERSHIP_FORMS,
            *place_tied,
            *org_forms.FUND_FORMS,
            *org_forms.TRADE_ASSOCIATION_WORDS,
        )
    )
    weak = norm((*lang.ORG_SUFFIXES_WEAK, *org_forms.SERVICE_INDUSTRY_WORDS))
    alias_only = norm(lang.ORG_SUFFIXES_WITH_ALIAS)
    suffixes = tuple(sorted({*strong, *weak, *alias_only}, key=len, reverse=True))
    titles = norm(
        (
            *lang.PERSON_TITLES,
            *foreign_titles.FOREIGN_OFFICER_TITLES,
            *officer_titles.CORPORATE_OFFICER_TITLES,
        )
    )
    bylines = norm(lang.BYLINE_MARKERS)
    return Tables(
        strong=strong,
        weak=weak,
        alias_only=alias_only,
        suffixes=suffixes,
        suffix_set=frozenset(suffixes),
        suffix_lengths=tuple(sorted({len(x) for x in suffixes}, reverse=True)),
        suffix_finals=frozenset(x[-1] for x in suffixes if x),
        legal=norm(lang.LEGAL_SUFFIXES),
        legal_industry=norm(lang.LEGAL_INDUSTRY_WORDS),
        registered_industry=norm(lang.REGISTERED_INDUSTRY_WORDS),
        foreign_countries=norm(lang.FOREIGN_COUNTRY_PREFIXES),
        place_ok=frozenset(norm((*lang.PLACE_SUFFIXES, *place_tied))),
        org_parts=frozenset(norm(lang.ORG_PARTS)),
        name_final=frozenset(view(lang.NAME_FINAL_FUNCTION_CHARS)),
        delimiters=frozenset(view(lang.NAME_DELIMITERS)),
        not_name_final=frozenset(view(lang.NOT_NAME_FINAL_CHARS)),
        short_form_final=frozenset(view(org_forms.SHORT_FORM_FINAL_CHARS)),
        events=norm(lang.EVENT_WORDS),
        affiliate_cues=norm(lang.AFFILIATE_CUES),
        affiliate_not_names=norm(lang.AFFILIATE_NOT_NAMES),
        affiliate_ends=frozenset(norm(lang.AFFILIATE_NAME_ENDS)),
        descriptors=norm(lang.ORG_DESCRIPTORS),
        descriptor_set=frozenset(
            norm((*lang.ORG_DESCRIPTORS, *org_context.DESCRIPTORS_BEFORE_NAME, *org_context.KIND_FINAL_CHARS))
        ),
        product_context=norm(lang.PRODUCT_CONTEXT),
        generic=frozenset(norm((*lang.GENERIC_NAMES, *org_forms.GENERIC_ORG_PHRASES))),
        stops=frozenset(
            norm(
                (
                    *lang.NAME_STOPS,
                    *appointments.APPOINTMENT_VERBS,
                    *org_forms.ORIGIN_DESCRIPTORS,
                    *org_forms.ROLE_COPULAS,
                    *org_forms.COMPANY_DESCRIPTORS,
                )
            )
        ),
        titles=titles,
        title_re=_alternation(titles),
        joiners=norm(lang.TITLE_JOINERS),
        bylines=bylines,
        byline_re=_alternation(bylines),
        speech=norm(lang.SPEECH_VERBS),
        surnames=frozenset(view(lang.SURNAMES)),
        compound_surnames=norm(lang.COMPOUND_SURNAMES),
        media_suffixes=norm(lang.MEDIA_SUFFIXES),
        media_cues=norm(lang.MEDIA_CUES_AFTER),
        numerals=frozenset(view(lang.NUMERAL_CHARS)),
        clause_chars=frozenset(view(lang.CLAUSE_CHARS)),
        index_words=norm(lang.INDEX_WORDS),
        words_with_names=norm(org_forms.WORDS_CONTAINING_NAMES),
        words_from_name_end=norm(org_forms.WORDS_FROM_NAME_END),
        industry_after_name=_industry_after(
            norm(org_forms.INDUSTRY_HEADS), view(org_forms.INDUSTRY_WORD), norm(org_forms.NOT_INDUSTRY)
        ),
        glued_verbs=frozenset(view(lang.GLUED_VERB_CHARS)),
        role_noun_final=view(lang.ROLE_NOUN_FINAL),
        ordinal_prefix=view(lang.ORDINAL_PREFIX),
        byline_openers=frozenset(view(lang.BYLINE_OPENERS)),
        transliteration=frozenset(view(lang.TRANSLITERATION_CHARS)),
        name_joiners=frozenset(view(lang.NAME_PART_JOINERS)),
        name_end_words=norm(lang.NAME_END_WORDS),
        definition_not_aliases=norm((*lang.DEFINITION_NOT_ALIASES, *org_forms.ROLE_DEFINITIONS)),
        frame_re=_alternation(norm((*lang.COMPANY_FRAME_WORDS, *org_forms.ROUND_FRAME_WORDS))),
        speech_after_name_re=_alternation(norm(lang.SPEECH_VERBS_AFTER_NAME)),
        list_closers=norm(lang.LIST_CLOSERS),
        np_openers=frozenset(norm((*lang.NOUN_PHRASE_OPENERS, *org_forms.COMPANY_DESCRIPTORS))),
        party_roles=norm(org_forms.COMPANY_DESCRIPTORS),
        party_role_finals=frozenset(w[-1] for w in norm(org_forms.COMPANY_DESCRIPTORS)),
        common_noun_suffixes=frozenset(norm(lang.COMMON_NOUN_SUFFIXES)),
        object_noun_suffixes=frozenset(norm(lang.OBJECT_NOUN_SUFFIXES)),
        group_words_before_shares=norm(org_forms.GROUP_WORDS_BEFORE_SHARES),
        quoted_name_followers=norm(lang.QUOTED_NAME_FOLLOWERS),
        source_not_outlets=frozenset(norm(lang.SOURCE_NOT_OUTLETS)),
        outlet_separators=lang.OUTLET_SEPARATORS,
        party_verbs=norm(lang.PARTY_VERBS),
        party_joiners=norm(lang.PARTY_JOINERS),
        government_acts=norm(lang.GOVERNMENT_ACTS),
        glued_conjunctions=frozenset(view(lang.GLUED_CONJUNCTION_CHARS)),
        surname_title_re=_alternation(sorted({*titles, *norm(lang.SURNAME_TITLES)}, key=len, reverse=True)),
        bank_forms=frozenset(norm(lang.BANK_FORMS)),
        place_keeping=norm(lang.PLACE_KEEPING_ENDINGS),
        bank_short=view(lang.BANK_SHORT_CHAR),
        bank_word=view(lang.BANK_WORD),
        not_after_bank_short=frozenset(view(lang.NOT_AFTER_BANK_SHORT_CHAR)),
    )


@cache
def jieba_tags() -> dict[str, str]:
    """Word → part-of-speech tag from jieba's own dictionary (for name boundaries only); read
    once per jieba version (:mod:`pipeline.cache`)."""
    return memo("jieba-tags", _read_jieba_tags)


def _read_jieba_tags() -> dict[str, str]:
    spec = importlib.util.find_spec("jieba")  # its dictionary file, without importing jieba
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba is not installed")
    tags: dict[str, str] = {}
    with (Path(spec.origin).parent / "dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3:  # (about 60 tags for 350k words: one string each, pickled once)
                tags[parts[0]] = sys.intern(parts[2])
    return tags
