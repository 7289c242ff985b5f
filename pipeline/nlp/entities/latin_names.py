"""Candidate generator 4: names in Latin script.

A run of capitalised words is an organisation when an organisation word ends it (Capital,
Group, LLC), a ticker or a Chinese organisation word follows, or a descriptor stands before it
(子公司Sageland, 投行Wedbush Securities); a person after a title; a lone capitalised word is an
organisation unless it is an acronym, a unit or a product. Known names and English prose are
left alone.
"""

from __future__ import annotations

import re

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import latin_people, org_context, org_forms
from pipeline.model.records import EntityType
from pipeline.nlp.entities.candidates import LATIN, Candidate, fold_key
from pipeline.nlp.entities.lexicon import Lexicon, maker_noun_before
from pipeline.nlp.entities.tables import LATIN_RUN, NON_SPACE, TICKER

#: a code of letters, a hyphen and letters with digits (GST-HG171): a product, not a company
CODE = re.compile(r"[A-Za-z]+-[A-Za-z]*\d[A-Za-z0-9]*")
#: a word with its offsets
Word = tuple[int, int, str]
#: legal abbreviations that keep their final dot (Ltd., Inc.)
_DOTTED_ABBREVIATIONS = ("ltd", "inc", "co", "corp", "bhd", "ltda")
#: an abbreviation spelled with dots (S.A., N.V., B.V., S.p.A.): the final dot is its own
_SPELLED_ABBREVIATION = re.compile(r"(?:[A-Za-z]{1,2}\.){2,3}")
#: a deal verb after a party: a capitalised phrase between an opener and one is a company
_PARTY_CLOSERS = (*org_context.DEAL_SLOT_CLOSERS, *org_context.PARTNER_VERBS)


def latin_names(lex: Lexicon, view: str, gaz: list[Candidate]) -> list[Candidate]:
    covered: set[int] = set()
    for c in gaz:
        covered.update(range(c.start, c.end))
    out: list[Candidate] = []
    for m in LATIN_RUN.finditer(view):
        cand = _name_in_run(lex, view, m, covered)
        if cand is not None:
            out.append(cand)
    return out


def _junk(word: str) -> bool:
    """A stopword, a unit or a number: no part of a name at either end."""
    return word.lower().strip(".,") in lang.LATIN_STOPWORDS or not word[0].isalpha()


def _fund_word(word: str) -> bool:
    """A stopword that ends a fund's or firm's name after a capitalised word (Cavenham PE)."""
    return legal_key(word) in lang.LATIN_ORG_SUFFIXES


def legal_key(word: str) -> str:
    """A Latin word as the suffix table writes it: lower case, without dots (S.A. → sa)."""
    return word.lower().rstrip(".,").replace(".", "")


def _name_words(m: re.Match[str]) -> list[Word] | None:
    """The words of a run without numbers and stopwords at either end; None if nothing (or a
    phrase or version: GenAI Divide, Level 2, Grok 3) is left."""
    run = m.group()
    while run and run[-1] in ".,-/'’" and not keeps_dot(run):
        run = run[:-1]
    words = [(m.start() + w.start(), m.start() + w.end(), w.group()) for w in NON_SPACE.finditer(run)]
    lead = trail = 0
    while words and _junk(words[0][2]):
        lead += bool(LATIN.search(words.pop(0)[2]))
    while words and _junk(words[-1][2]) and not (len(words) > 1 and _fund_word(words[-1][2])):
        trail += not words.pop()[2][0].isalpha()
    if not words or (len(words) == 1 and (lead or trail)):
        return None
    return words


def _name_in_run(lex: Lexicon, view: str, m: re.Match[str], covered: set[int]) -> Candidate | None:
    words = _name_words(m)
    if words is None:
        return None
    start, end = words[0][0], words[-1][1]
    if TICKER.match(view, max(0, start - 1)) or TICKER.match(view, max(0, start - 2)):
        return None  # the code inside (NVDA-US)
    texts = [w for _, _, w in words]
    lower = [
        w
        for w in texts
        if w[0].islower()
        and not any(c.isupper() for c in w[1:])
        and legal_key(w) not in lang.LATIN_ORG_SUFFIXES
    ]
    if len(texts) > 1 and any(w.lower() not in lang.LATIN_CONNECTORS for w in lower):
        return None  # English prose
    if texts[0].lower() == "the" and len(texts) > 1:
        words, texts = words[1:], texts[1:]
        start = words[0][0]
    if all(all(i in covered for i in range(s, e)) or _junk(w) for s, e, w in words):
        return None  # known names (and units) only: NVIDIA GPU, Blackwell GB300
    if len(texts) == 1 and not _lone_word_ok(lex, view, start, end, texts[0]):
        return None
    if start > 0 and view[start - 1] in lex.t.numerals:
        return None  # a unit after a number (100兆Token)
    in_parens = view[max(0, start - 1) : start] == "(" or view[max(0, start - 2) : start] == "( "
    kind = latin_kind(lex, view, start, end, texts)
    if kind is None and in_parens:
        kind = "organization"  # an alias of the name before the bracket, or a gloss
    if kind is None:
        return None
    return Candidate(start, end, kind, None, fold_key(view[start:end]), 2, "latin", in_parens)


def _lone_word_ok(lex: Lexicon, view: str, start: int, end: int, w: str) -> bool:
    if w[0].islower() and not any(c.isupper() for c in w):
        return False
    if CODE.fullmatch(w):
        return False  # GST-HG171, HX-100: a product or drug code
    if w.isupper() and len(w) <= 5 and not ticker_follows(view, end):
        before = view[max(0, start - 6) : start]
        # 其中M&G认购N: an acronym standing alone before an investor's act (not 高瓴HHLR认购)
        subscribes = before.endswith(org_context.SUBSCRIBER_SLOT) and view.startswith(
            org_context.SUBSCRIBER_ACTS, end
        )
        if not kind_described(lex, before) and not subscribes:
            return False  # acronyms: organisations only with a ticker, a descriptor, a known name
            # or a subscriber's act after them
    return len(w) >= 2 and w[0].isalnum()


def kind_described(lex: Lexicon, before: str) -> bool:
    """The text before a Latin name says what kind of company it is: a descriptor (晶片商Lattice)
    or a maker's noun (電池廠OLA Electric, not the plant of 超級工廠Giga Texas)."""
    if before.endswith(lex.t.descriptors) or before.endswith(org_forms.ORIGIN_DESCRIPTORS):
        return True  # (美商Vantage Data Centers: where the company is from says it is one)
    return maker_noun_before(before)


def keeps_dot(run: str) -> bool:
    word = run.split()[-1]
    last = word.lower().rstrip(".,")
    return run.endswith(".") and (
        last in _DOTTED_ABBREVIATIONS or bool(_SPELLED_ABBREVIATION.fullmatch(word))
    )


def ticker_follows(view: str, end: int) -> bool:
    return bool(TICKER.match(view, end) or TICKER.match(view, end + 1))


def latin_kind(lex: Lexicon, view: str, start: int, end: int, words: list[str]) -> EntityType | None:
    t = lex.t
    before = view[max(0, start - 6) : start].rstrip()
    after = view[end : end + 4].lstrip()
    if before.endswith(t.titles):
        return "person"
    last = legal_key(words[-1])
    if last in lang.LATIN_ORG_SUFFIXES or ticker_follows(view, end):
        return "organization"
    if after.startswith(t.strong) or after.startswith(t.weak):
        return "organization"
    if after.startswith(t.product_context):
        return None
    if kind_described(lex, before):
        return "organization"
    if len(words) >= 2:
        return _phrase_kind(view, start, end, len(words), lex)
    return "organization"


def _after_gloss(view: str, end: int) -> int:
    """Past a short bracketed gloss right after a name (Tessera Grid（澄岳電網）宣布…): where its
    predicate begins."""
    k = end + 1 if view[end : end + 1] == " " else end
    if view[k : k + 1] != "(":
        return end
    close = view.find(")", k + 1, k + 16)
    return close + 1 if close > k + 1 else end


def _phrase_kind(view: str, start: int, end: int, n_words: int, lex: Lexicon) -> EntityType | None:
    """A capitalised phrase without an organisation word: a company where only a company stands
    (Blue Harbor宣布完成募資, 投資方包括Blue Harbor、…, 與Jendela Mayang簽署), a person when
    speaking, else nothing."""
    before = view[max(0, start - 8) : start].rstrip()
    after = view[_after_gloss(view, end) : end + 24].lstrip()[:8]
    if (
        after.startswith(org_context.COMPANY_PREDICATES)
        or after.startswith(org_context.LIST_COLLECTIVES)
        or before.endswith(org_context.LIST_INTRODUCERS)
        or (before.endswith(org_context.DEAL_SLOT_OPENERS) and after.startswith(_PARTY_CLOSERS))
    ):
        return "person" if personal_name(view[start:end].split()) else "organization"
    if after.startswith(lex.t.speech) and n_words <= 3:
        return "person"
    return None


def personal_name(words: list[str]) -> bool:
    """Two or three capitalised words, a common given name first or a Chinese surname last
    (John Smith, Peter Chan, Tan Wei Ming)."""
    if not 2 <= len(words) <= 3 or not all(w[0].isupper() for w in words):
        return False
    first, last = words[0].lower(), words[-1].lower()
    surnames = latin_people.LATIN_CHINESE_SURNAMES
    return (
        first in latin_people.LATIN_GIVEN_NAMES
        or last in surnames
        or (len(words) == 3 and first in surnames)  # Tan Wei Ming: the surname first
    )
