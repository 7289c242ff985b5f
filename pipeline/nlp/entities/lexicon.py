"""What the recogniser knows about a word: its part of speech, whether it is a known place or
name, and what it contributes to a name (:meth:`Lexicon.word_kind`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import org_context, org_forms
from pipeline.lang.zh.grammar import NAME_TAGS, NON_NAME_TAGS
from pipeline.nlp.entities.candidates import all_cjk, is_latin
from pipeline.nlp.entities.index import GazetteerIndex
from pipeline.nlp.entities.tables import Tables
from pipeline.text.view import TextView

#: jieba tags of words that may be inside a name but begin one only after a noun-phrase opener:
#: verbs, verbal nouns, adjectives, descriptive words (鮮綠), distinguishing words, place words
#: (東方)
_VERB_LIKE_TAGS = frozenset({"v", "vn", "a", "z", "b", "s"})
#: at most this many words in word_kind's memo (memory stays flat over a long ingest)
_KIND_MEMO = 200_000
#: the part-of-speech initials of a lone character that never is part of a name
_LONE_FUNCTION_TAGS = ("p", "c", "u", "r", "d", "m", "q", "f")


@dataclass(frozen=True)
class Lexicon:
    t: Tables
    #: jieba's word → part-of-speech tag
    tags: dict[str, str]
    index: GazetteerIndex
    view: TextView
    #: word_kind's answers so far (a pure function of the word; the bare-name scan asks again and
    #: again for the same words), emptied when it holds _KIND_MEMO words
    _kinds: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: the memos of other passes' pure functions of words (:meth:`memo`)
    _memos: dict[str, dict[Any, Any]] = field(default_factory=dict, init=False, repr=False, compare=False)
    #: the weak and strong organisation words as one set (is_org_word)
    _org_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_org_words", frozenset((*self.t.weak, *self.t.strong)))

    def memo(self, name: str) -> dict[Any, Any]:
        """The memo named ``name`` of a pure function of words (a pass that asks again and again
        about the same words keeps its answers there), kept across documents; emptied when it
        holds _KIND_MEMO answers (ask for it once per document)."""
        table = self._memos.setdefault(name, {})
        if len(table) >= _KIND_MEMO:
            table.clear()
        return table

    def tag(self, word: str) -> str | None:
        return self.tags.get(word)

    def is_place(self, word: str) -> bool:
        """A known place, also with its administrative word (深圳市, 浙江省)."""
        places = self.index.places
        return word in places or (
            len(word) >= 3 and word[-1] in lang.PLACE_ADMIN_CHARS and word[:-1] in places
        )

    def is_abbreviation(self, word: str) -> bool:
        """jieba's abbreviation tag (國投, 五礦, 國電): in a list or a frame, a name piece."""
        return self.tag(word) == "j"

    def is_org_word(self, word: str) -> bool:
        """An organisation or industry word (公司, 科技, 控股)."""
        return word in self._org_words

    def word_kind(self, word: str) -> str | None:
        """What a token contributes to a name, or None if a name cannot contain it:
        "latin", "distinct", "place", "generic", "verb" or "char"."""
        kinds = self._kinds
        if word in kinds:
            return kinds[word]
        if len(kinds) >= _KIND_MEMO:
            kinds.clear()
        kind = kinds[word] = self._word_kind(word)
        return kind

    def _word_kind(self, word: str) -> str | None:
        if not word or word.isspace() or word in self.t.stops:
            return None
        if len(word) >= 3 and word.endswith(self.t.role_noun_final) and not self.is_place(word[:-1]):
            return None  # 生產商, 製造商: a role noun describing the company
        if word in org_forms.MARKET_VERBS:
            return "verb"
        if word in org_forms.ENERGY_MODIFIERS or word in org_forms.SERVICE_MODIFIERS:
            return "generic"  # 绿能电厂: what the plant runs on, no name
        if len(word) >= 3 and word.endswith(org_context.GRADE_FINAL):
            return "generic"  # 车规级, 工业级: a grade, no name
        if _serial_number(word, self.t.numerals):
            return "generic"  # 华晟二号, 远景1号: a serial number inside a trade name
        if is_latin(word):
            if word.upper() in org_forms.DIGIT_TECH_WORDS:
                return "generic"  # 某某3D科技: a technology word inside a trade name
            if not word[0].isalpha():
                return None  # 2GW, 100MW: a quantity, no part of a name (公司建置2GW電力)
            return "generic" if word.lower() in lang.LATIN_STOPWORDS else "latin"
        if not all_cjk(word):
            return None
        if (
            word[0] == self.t.ordinal_prefix
            and len(word) >= 2
            and all(c in self.t.numerals for c in word[1:])
        ):
            return "distinct"  # 第一商業銀行, 第三船舶: an ordinal trade name
        if all(c in self.t.numerals for c in word):
            # 三一 in 三一重工: a numeral word jieba does not know is part of a name
            return "distinct" if len(word) >= 2 and self.tag(word) is None and not word.isdigit() else None
        if self.is_place(word):
            return "place"
        if self.is_org_word(word):
            return "generic"
        return self._kind_by_tag(word, self.tag(word))

    def _kind_by_tag(self, word: str, tag: str | None) -> str | None:
        if len(word) == 1:
            if (tag or "").startswith(_LONE_FUNCTION_TAGS):
                return None
            return "verb" if (tag or "").startswith("v") else "char"
        if tag is None or tag in NAME_TAGS or tag == "ns":
            company = word + lang.COMPANY_WORD
            if company in self.t.generic or company in self.t.descriptors:
                return "generic"  # 顧問 (顧問公司, a kind of company), though jieba tags it nr
            return "distinct"  # unknown words, proper nouns, place-like words (香江, 華夏)
        if tag in _VERB_LIKE_TAGS:
            return "verb"  # 聯合 (安泰聯合控股集團), 鮮綠 (鮮綠股份): first only after an opener
        if tag.startswith(NON_NAME_TAGS):
            return None
        return "generic"


def maker_noun_before(before: str) -> bool:
    """The view before a name ends with a noun saying what the company makes (电池厂, 无人机厂),
    not with a plant (超级工厂, 设厂)."""
    return before.endswith(_KIND_FINALS) and not before.endswith(org_context.PLANT_WORDS)


_KIND_FINALS = tuple(org_context.KIND_FINAL_CHARS)


def _serial_number(word: str, numerals: frozenset[str]) -> bool:
    """二号, 3号: numerals and the serial-number character."""
    body = word[:-1]
    return (
        len(word) >= 2
        and word[-1] in org_forms.SERIAL_NUMBER_CHARS
        and all(c in numerals or c.isdigit() for c in body)
    )
