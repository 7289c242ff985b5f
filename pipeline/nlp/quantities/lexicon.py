"""The quantities tables in view form: ``pipeline.lang.zh.money`` and ``numbers`` folded through
the article view (t2s + half-width), longest word first, built once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import TypeVar

from pipeline.lang.zh import currencies as C
from pipeline.lang.zh import grammar as G
from pipeline.lang.zh import money as M
from pipeline.lang.zh import numbers as NB
from pipeline.text.view import view_form as fold

V = TypeVar("V")


Groups = tuple[tuple[int, frozenset[str]], ...]


def _groups(words: Iterable[str]) -> Groups:
    """The words by length, longest first."""
    by_len: dict[int, set[str]] = {}
    for w in words:
        by_len.setdefault(len(w), set()).add(w)
    return tuple((n, frozenset(by_len[n])) for n in sorted(by_len, reverse=True))


def _by_char(words: Iterable[str], index: int) -> dict[str, Groups]:
    """The words by their first (index 0) or last (index -1) character, grouped by length: what
    ``scan.starts`` / ``scan.ends`` look up (a position no word starts at costs one dict miss)."""
    chars: dict[str, list[str]] = {}
    for w in words:
        if w:
            chars.setdefault(w[index], []).append(w)
    return {ch: _groups(ws) for ch, ws in chars.items()}


class Words(tuple[str, ...]):
    """A word table, longest word first, indexed by first and last character for lookups."""

    first: dict[str, Groups]
    last: dict[str, Groups]

    def __new__(cls, words: Iterable[str]) -> Words:
        self = super().__new__(cls, sorted(words, key=len, reverse=True))
        self.first, self.last = _by_char(self, 0), _by_char(self, -1)
        return self


class WordMap(dict[str, V]):
    """A word → value table (longest word first), indexed by first and last character."""

    first: dict[str, Groups]
    last: dict[str, Groups]

    def __init__(self, items: Iterable[tuple[str, V]]) -> None:
        super().__init__(sorted(items, key=lambda kv: -len(kv[0])))
        self.first, self.last = _by_char(self, 0), _by_char(self, -1)


@dataclass(frozen=True)
class Lexicon:
    currency_after: WordMap[str]
    currency_before: WordMap[str]
    #: names several currencies share (比索, 盧比, ¥): the context decides
    ambiguous: frozenset[str]
    #: shared name → (default code, {country word: code})
    ambiguous_contexts: dict[str, tuple[str, WordMap[str]]]
    not_currency_after: dict[str, Words]
    yen_signs: frozenset[str]
    yen_context: WordMap[str]
    dollar: str
    dollars: Words
    colloquial_dollars: Words
    colloquial_in_context: Words
    cantonese_dollar: str
    cantonese_dollars: Words
    cantonese_tenths: Words
    final_particles: Words
    colloquial_price_words: Words
    colloquial_tenth_dollars: Words
    named_subunits: WordMap[str | None]
    not_lot_after: Words
    colloquial_subunits: WordMap[Decimal]
    half: str
    tenth_units: Words
    hundredth_units: Words
    not_tenth_after: Words
    exact_suffixes: Words
    lot_words: Words
    lot_context: Words
    negative_words: Words
    several_prefixes: Words
    more_markers: frozenset[str]
    not_tenths_more_before: Words
    exact_suffix_ends: frozenset[str]
    not_hundredth_after: Words
    #: 3角5分 / 5分 / 零5分 after a dollar: groups t (tenth digit), h or h2 (hundredth digit)
    subunits: re.Pattern[str]
    dollar_signs: Words
    not_dollar_after: Words
    cents: Words
    cent_currency: WordMap[str]
    qual_before: WordMap[str]
    qual_detached: WordMap[str]
    detached_blockers: Words
    qualifier_blockers: dict[str, Words]
    blockable_head: str
    cents_arabic_only: Words
    not_number_after_bare: Words
    qual_after: WordMap[str]
    not_qual_after: dict[str, Words]
    per_words: WordMap[str]
    per_after: WordMap[str]
    per_prefix: str
    per_not_after: Words
    price_words: Words
    price_moves: Words
    price_quote: Words
    move_to: Words
    change_verbs: Words
    unit_traded: Words
    money_before: Words
    money_adjacent: Words
    money_after: Words
    people_tails: Words
    count_words: Words
    capacity_units: WordMap[Decimal]
    per_capacity_before: Words
    energy_after: Words
    capacity_tails: Words
    share_units: Words
    share_word: str
    not_share_after: Words
    share_ratio_before: Words
    share_ratio_after: Words
    share_ratio_context: Words
    share_after_ok: Words
    ordinal: Words
    percent_signs: Words
    percent_fractions: WordMap[Decimal]
    rate_percent: Words
    not_rate_percent_after: Words
    rate_words: Words
    tenths: str
    not_tenths_after: Words
    gloss_words: Words
    vague_prefixes: Words
    class_suffixes: Words
    magnitude_suffixes: Words
    range_seps: Words
    list_seps: Words
    between: tuple[str, str, str]
    digits: frozenset[str]
    magnitudes: frozenset[str]
    digit_values: dict[str, int]
    clause_end: frozenset[str]
    sentence_end: frozenset[str]
    per_end: frozenset[str]
    money_end: frozenset[str]
    minus: frozenset[str]
    #: a number term of a share ratio right after 供/送 … (1股供2股)
    ratio_term: re.Pattern[str]
    #: 每N股 / 每持有N股 in the clause before a share count
    ratio_every: re.Pattern[str]
    #: 每個千兆瓦, or the cost of a 1 GW data centre: amounts after it in the sentence are per GW
    per_unit_cost: re.Pattern[str]
    #: a number with a capacity unit (another capacity between the per-GW phrase and the amount)
    capacity_number: re.Pattern[str]
    level_verbs: Words
    level_adverbs: Words
    superlatives: Words
    ranking_words: Words
    noun_tails: Words
    after_overrides: Words
    price_after: Words
    offer_words: Words
    trading_words: Words
    small_unit_currencies: frozenset[str]
    cents_alone: Words
    not_cent_after: Words
    level_nouns: Words
    #: 升0.2元或3%: the percentage after a price move
    move_with_percent: re.Pattern[str]
    #: a scope declaration ((人民幣，下同), (單位：人民幣元), (單位下同)); group "currency"
    scope_regex: re.Pattern[str]
    scope_currencies: dict[str, str]


def _words(items: Iterable[str]) -> Words:
    """Folded, longest first (so the longest word wins a prefix/suffix match)."""
    return Words({fold(w) for w in items})


def _table(d: dict[str, V]) -> WordMap[V]:
    return WordMap((fold(k), v) for k, v in d.items())


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(fold(w)) for w in words)


def _digit_chars() -> str:
    return "".join(re.escape(c) for c in sorted({fold(k) for k in NB.DIGITS}))


def _currency_names() -> dict[str, str]:
    """Every Chinese currency name (view form) → ISO code; shared names → their default."""
    names = {fold(n): code for code, ns in C.CURRENCY_NAMES.items() for n in ns}
    names.update({fold(n): default for n, (default, _) in C.AMBIGUOUS_NAMES.items()})
    return names


def _currencies_after() -> WordMap[str]:
    """After the number: a name (20億美元), 元 + name (155.9億元台幣), a Latin code (300 USD)."""
    dollar = fold(M.LOCAL_DOLLAR)
    out: dict[str, str] = {}
    for name, code in _currency_names().items():
        out[name] = code
        if dollar not in name:
            out[dollar + name] = code
    out.update({code: C.CURRENCY_SIGNS.get(code, code) for code in C.CODES_AFTER})  # CNH is CNY
    return WordMap(out.items())


def _currencies_before() -> WordMap[str]:
    """Before the number: a name of two or more characters (人民幣30億元; 盾 alone is 矛盾's
    tail), a symbol or a Latin code (US$20億, RM1.5億)."""
    out = {name: code for name, code in _currency_names().items() if len(name) > 1}
    # 港幣$1.2億, 新台幣$500: a name and the dollar sign
    out.update({name + sign: code for name, code in list(out.items()) for sign in M.LOCAL_DOLLAR_SIGNS})
    out.update({fold(sign): code for sign, code in C.CURRENCY_SIGNS.items()})
    out.update(dict.fromkeys(C.YEN_SIGNS, C.YEN_DEFAULT))
    return WordMap(out.items())


def _scope_currencies() -> dict[str, str]:
    return {name: code for name, code in _currency_names().items() if len(name) > 1}


def _scope_regex() -> re.Pattern[str]:
    """(單位：人民幣元) / (幣種:人民幣，下同) | (人民幣，下同) | (下同) / (單位下同)."""
    words = _scope_currencies()
    cur = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    unit = _alternation(sorted(M.SCOPE_UNIT_WORDS, key=len, reverse=True))
    amount = _alternation(sorted(M.SCOPE_AMOUNT_WORDS, key=len, reverse=True))
    same = _alternation(sorted(M.SCOPE_SAME_WORDS, key=len, reverse=True))
    sep = r"[,.、;:]"

    def alt(words: tuple[str, ...]) -> str:
        return _alternation(sorted(words, key=len, reverse=True))

    # [item] [all] as CURRENCY [counted]: 金額均為人民幣, 以人民幣計
    worded = (
        rf"(?:{alt(M.SCOPE_ITEM_WORDS)})?\s*(?:{alt(M.SCOPE_ALL_WORDS)})?\s*(?:{alt(M.SCOPE_AS_WORDS)})\s*"
        rf"(?P<NAME>{cur})(?:{amount})?\s*(?:{alt(M.SCOPE_COUNTED_WORDS)})?"
    )
    return re.compile(
        rf"\(\s*(?:(?:{unit})\s*:?\s*(?P<currency>{cur})(?:{amount})?(?:\s*{sep}?\s*(?:{same}))?"
        rf"|(?P<currency2>{cur})(?:{amount})?\s*{sep}?\s*(?:{same})"
        rf"|(?:[^()]{{0,12}}{sep}\s*)?{worded.replace('NAME', 'currency3')}"
        rf"|(?:{same}))\s*\)"
        rf"|(?:{alt(M.SCOPE_AHEAD_WORDS)}){worded.replace('NAME', 'currency4')}"
    )


def _subunit_regex() -> re.Pattern[str]:
    """One digit and a tenth unit, then one digit and a hundredth unit (3角5分, 3毫, 零5分)."""
    digit = "[0-9" + _digit_chars() + "]"
    tenth = _alternation(sorted(M.TENTH_UNITS, key=len, reverse=True))
    hundredth = _alternation(sorted(M.HUNDREDTH_UNITS, key=len, reverse=True))
    zero = "[" + "".join(re.escape(fold(z)) for z in NB.ZERO_DIGITS) + "]"
    blocked = _alternation(sorted(M.NOT_HUNDREDTH_AFTER, key=len, reverse=True))
    cent = rf"{zero}?(?P<NAME>{digit})(?:{hundredth})(?!{blocked})"
    units = "".join(re.escape(fold(u)) for u in (*NB.SMALL_UNITS, *NB.SCALES))
    numeral = "[0-9" + _digit_chars() + units + "]"
    lone = rf"(?P<h3>{digit})(?!{numeral})"  # 二毛五: the hundredths without 分
    return re.compile(
        rf"(?P<t>{digit})(?:{tenth})(?:{cent.replace('NAME', 'h')}|{lone})?|{cent.replace('NAME', 'h2')}"
    )


def _regexes() -> dict[str, re.Pattern[str]]:
    digits = _digit_chars()
    ratio_units = re.escape(fold(M.RATIO_UNIT_CHARS))
    scale = re.escape(fold(M.RATIO_SCALE_CHARS)) + re.escape(M.RATIO_SCALE_CHARS)
    every = "(?:" + "|".join(re.escape(w) for w in _words(M.SHARE_RATIO_EVERY)) + ")"
    units = _alternation(M.PER_CAPACITY_UNITS)
    costs = _alternation(M.UNIT_COST_WORDS)
    clause = "".join(re.escape(c) for c in M.COST_PHRASE_ENDS)
    return {
        "ratio_term": re.compile(rf"\s?[\d{digits}{ratio_units}]"),
        "ratio_every": re.compile(
            rf"{every}[\d,{digits}{ratio_units}{scale}]+{re.escape(fold(M.SHARE_WORD))}"
        ),
        "per_unit_cost": re.compile(
            rf"{re.escape(fold(M.PER_EVERY))}(?:{re.escape(fold(M.PER_COUNTER))})?\s?(?:{units})"
            rf"|(?<![\d.])(?:{_alternation(M.ONE_UNIT)})\s?(?:{units})[^{clause}]{{0,16}}?(?:{costs})"
        ),
        "capacity_number": re.compile(rf"\d\s?(?:{units})"),
        "scope_regex": _scope_regex(),
        "subunits": _subunit_regex(),
        "move_with_percent": re.compile(rf"\s?{re.escape(fold(M.MOVE_PERCENT_JOINER))}\s?[\d.]+\s?%"),
    }


@cache
def lexicon() -> Lexicon:
    clause_end = frozenset(G.CLAUSE_END | set(M.CLAUSE_BRACKETS))
    return Lexicon(
        currency_after=_currencies_after(),
        currency_before=_currencies_before(),
        ambiguous=frozenset({fold(n) for n in C.AMBIGUOUS_NAMES} | set(C.YEN_SIGNS)),
        ambiguous_contexts={
            fold(n): (default, _table(countries)) for n, (default, countries) in C.AMBIGUOUS_NAMES.items()
        },
        yen_signs=frozenset(C.YEN_SIGNS),
        not_currency_after={fold(k): _words(v) for k, v in C.NOT_CURRENCY_AFTER.items()},
        yen_context=_table(C.YEN_CONTEXT),
        dollar=fold(M.LOCAL_DOLLAR),
        dollars=_words(M.LOCAL_DOLLAR_WORDS),
        colloquial_dollars=_words(M.COLLOQUIAL_DOLLARS),
        colloquial_in_context=_words(M.COLLOQUIAL_DOLLARS_IN_CONTEXT),
        cantonese_dollar=fold(M.CANTONESE_DOLLAR),
        cantonese_dollars=_words(M.CANTONESE_DOLLARS),
        cantonese_tenths=_words(M.CANTONESE_TENTHS),
        final_particles=_words(M.CANTONESE_FINAL_PARTICLES),
        colloquial_price_words=_words(M.COLLOQUIAL_PRICE_WORDS),
        colloquial_tenth_dollars=_words(M.COLLOQUIAL_TENTH_DOLLARS),
        named_subunits=_table(M.NAMED_SUBUNITS),
        not_lot_after=_words(M.NOT_LOT_AFTER),
        colloquial_subunits=_table({k: Decimal(v) for k, v in M.COLLOQUIAL_SUBUNITS.items()}),
        half=fold(M.HALF),
        tenth_units=_words(M.TENTH_UNITS),
        hundredth_units=_words(M.HUNDREDTH_UNITS),
        not_tenth_after=_words(M.NOT_TENTH_AFTER),
        exact_suffixes=_words(M.EXACT_SUFFIXES),
        lot_words=_words(M.LOT_WORDS),
        lot_context=_words(M.LOT_CONTEXT),
        negative_words=_words(NB.NEGATIVE_WORDS),
        several_prefixes=_words(NB.SEVERAL_PREFIXES),
        more_markers=frozenset(fold(m) for m in NB.MORE_MARKERS),
        not_tenths_more_before=_words(M.NOT_TENTHS_MORE_BEFORE),
        exact_suffix_ends=frozenset(M.EXACT_SUFFIX_ENDS),
        not_hundredth_after=_words(M.NOT_HUNDREDTH_AFTER),
        dollar_signs=_words(M.LOCAL_DOLLAR_SIGNS),
        not_dollar_after=_words(M.NOT_DOLLAR_AFTER),
        cents=_words(M.CENT_WORDS),
        cent_currency=_table(M.CENT_CURRENCY),
        qual_before=_table(M.QUALIFIER_BEFORE),
        qual_detached=_table(M.QUALIFIER_DETACHED),
        detached_blockers=_words(M.DETACHED_BLOCKERS),
        qualifier_blockers={fold(k): _words(v) for k, v in M.QUALIFIER_BLOCKERS.items()},
        blockable_head=fold(M.BLOCKABLE_QUALIFIER_HEAD),
        cents_arabic_only=_words(M.CENT_WORDS_ARABIC_ONLY),
        not_number_after_bare=_words(M.NOT_NUMBER_AFTER_BARE),
        qual_after=_table(M.QUALIFIER_AFTER),
        not_qual_after={fold(k): _words(v) for k, v in M.NOT_QUALIFIER_AFTER.items()},
        per_words=_table(M.PER_WORDS),
        per_after=_table(M.PER_AFTER),
        per_prefix=fold(M.PER_PREFIX),
        per_not_after=_words(M.PER_NOT_AFTER),
        price_words=_words(M.SHARE_PRICE_WORDS),
        price_moves=_words(M.PRICE_MOVE_VERBS),
        price_quote=_words(M.PRICE_QUOTE_BEFORE),
        move_to=_words(M.PRICE_MOVE_TO),
        change_verbs=_words(M.CHANGE_VERBS),
        unit_traded=_words(M.UNIT_TRADED_WORDS),
        money_before=_words(M.MONEY_BEFORE),
        money_adjacent=_words(M.MONEY_BEFORE_ADJACENT),
        money_after=_words(M.MONEY_AFTER),
        people_tails=_words(M.PEOPLE_TAILS),
        count_words=_words(M.COUNT_WORDS),
        capacity_units=_table(M.CAPACITY_UNITS),
        per_capacity_before=_words(M.PER_CAPACITY_BEFORE),
        energy_after=_words(M.ENERGY_AFTER),
        capacity_tails=Words(M.CAPACITY_TAILS),
        share_units=_words(M.SHARE_UNITS),
        share_word=fold(M.SHARE_WORD),
        not_share_after=_words(M.NOT_SHARE_AFTER),
        share_ratio_before=_words(M.SHARE_RATIO_BEFORE),
        share_ratio_after=_words(M.SHARE_RATIO_AFTER),
        share_ratio_context=_words(M.SHARE_RATIO_CONTEXT),
        share_after_ok=_words(M.SHARE_AFTER_OK),
        ordinal=_words(NB.ORDINAL_PREFIXES),
        percent_signs=_words(M.PERCENT_SIGNS),
        percent_fractions=_table(M.PERCENT_FRACTIONS),
        rate_percent=_words(M.RATE_PERCENT_WORDS),
        not_rate_percent_after=_words(M.NOT_RATE_PERCENT_AFTER),
        rate_words=_words(M.RATE_WORDS),
        tenths=fold(M.TENTHS_WORD),
        not_tenths_after=_words(M.NOT_TENTHS_AFTER),
        gloss_words=_words(M.GLOSS_WORDS),
        vague_prefixes=_words(NB.VAGUE_PREFIXES),
        class_suffixes=_words(NB.CLASS_SUFFIXES),
        magnitude_suffixes=_words(NB.MAGNITUDE_SUFFIXES),
        range_seps=_words(NB.RANGE_SEPARATORS),
        list_seps=_words(NB.LIST_SEPARATORS),
        between=(fold(NB.RANGE_BETWEEN[0]), fold(NB.RANGE_BETWEEN[1]), fold(NB.RANGE_BETWEEN[2])),
        scope_currencies=_scope_currencies(),
        level_verbs=_words(M.LEVEL_VERBS),
        level_adverbs=_words(M.LEVEL_VERB_ADVERBS),
        superlatives=_words(M.SUPERLATIVE_QUALIFIERS),
        ranking_words=_words(M.RANKING_WORDS),
        noun_tails=_words(M.QUALIFIER_NOUN_TAILS),
        after_overrides=_words(M.QUALIFIER_AFTER_OVERRIDES),
        price_after=_words(M.PRICE_AFTER_WORDS),
        offer_words=_words(M.OFFER_WORDS),
        trading_words=_words(M.TRADING_WORDS),
        small_unit_currencies=M.SMALL_UNIT_CURRENCIES,
        cents_alone=_words(M.CENT_WORDS_ALONE),
        not_cent_after=_words(M.NOT_CENT_AFTER),
        level_nouns=_words(M.LEVEL_NOUNS),
        digits=frozenset(fold("".join(NB.DIGITS))),
        magnitudes=frozenset(fold("".join((*NB.SMALL_UNITS, *NB.SCALES)))),
        digit_values={fold(k): v for k, v in NB.DIGITS.items()},
        clause_end=clause_end,
        sentence_end=frozenset(G.SENTENCE_END),
        per_end=clause_end - set(M.PER_CROSSES),
        money_end=clause_end - set(M.MONEY_CROSSES),
        minus=frozenset(M.MINUS_SIGNS),
        **_regexes(),
    )
