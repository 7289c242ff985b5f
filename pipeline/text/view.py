"""A length-preserving normalised view of an article's text, and the script it is written in.

The view is what the recognisers and jieba look at: Traditional characters mapped to Simplified
with OpenCC ``t2s`` (one character for one: a conversion that would change the length falls
back to character by character, ``tests/text/test_view.py``) and full-width ASCII forms
folded to half-width. ``len(view) == len(text)`` always, so offsets found on the view are offsets
into the original text.

One view per article: the reader computes it once (``Article.view``) and every later stage uses
that string. :func:`text_view` is the one converter (OpenCC is loaded once per process);
:func:`view_form` gives a table word in view form (cached per word).
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

import opencc

from pipeline.model.records import Script

_FULLWIDTH_OFFSET = 0xFEE0

#: Invisible characters: zero-width space and joiners, word joiner, BOM / zero-width no-break
#: space, soft hyphen, direction marks and embeddings, invisible operators, and NUL. The view
#: writes each as FILLER, which the recognisers skip (:func:`compact`), so 1650\u200b億元 is an
#: amount and 沃\u200b旭 one word, with every offset true.
INVISIBLE = (
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2061\u2062\u2063\u2064\u180e\x00"
)
FILLER = "\u200b"

#: full-width ASCII (！…～) to half-width, ideographic space to space, invisible characters to
#: FILLER: one char for one
_WIDTH_TABLE: dict[int, int] = (
    {code: code - _FULLWIDTH_OFFSET for code in range(0xFF01, 0xFF5F)}
    | {0x3000: 0x20}
    | {ord(ch): ord(FILLER) for ch in INVISIBLE}
)


def fold_width(text: str) -> str:
    """Full-width ASCII (！…～) to half-width, ideographic space to space, invisible characters
    to FILLER; one char for one."""
    return text.translate(_WIDTH_TABLE)


#: deletes the characters the width fold changes (to count them at C speed)
_WIDTH_DELETE: dict[int, None] = dict.fromkeys(code for code in _WIDTH_TABLE if code != ord(FILLER))


@dataclass(frozen=True)
class Compact:
    """The view without its fillers, and where each of its characters stands in the view."""

    text: str
    #: offset in the view of each character of ``text``; None when the view has no filler
    positions: tuple[int, ...] | None = None

    def start(self, i: int) -> int:
        """The view offset of compact offset ``i`` (a start)."""
        if self.positions is None:
            return i
        if i < len(self.positions):
            return self.positions[i]
        return self.positions[-1] + 1 if self.positions else 0

    def end(self, i: int) -> int:
        """The view offset just after compact offset ``i - 1`` (an end)."""
        if self.positions is None or i == 0:
            return i
        return self.positions[i - 1] + 1


def compact(view: str) -> Compact:
    """The view with its fillers taken out, for recognisers that read across them."""
    if FILLER not in view:
        return Compact(view)
    positions = tuple(i for i, ch in enumerate(view) if ch != FILLER)
    return Compact(view.replace(FILLER, ""), positions)


@dataclass
class TextView:
    """Builds the normalised view. Holds its own OpenCC converter."""

    config: str = "t2s"
    _converter: opencc.OpenCC = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._converter = opencc.OpenCC(self.config)

    def to_simplified(self, text: str) -> str:
        converted = self._converter.convert(text)
        if len(converted) == len(text):
            return converted
        # Never expected with t2s; convert char by char so positions stay 1:1 regardless.
        return "".join(c if len(c) == 1 else o for o, c in ((o, self._converter.convert(o)) for o in text))

    def __call__(self, text: str) -> str:
        view = fold_width(self.to_simplified(text))
        assert len(view) == len(text)
        return view

    def views(self, texts: Sequence[str]) -> list[str]:
        """The views of many short texts (names, table words) in one OpenCC pass.

        The texts are joined by line breaks, which no OpenCC phrase contains, so each text is
        segmented and converted as on its own; any doubt (a text with a line break, a length
        that changed) falls back to one pass per text.
        """
        if not texts or any("\n" in t for t in texts):
            return [self(t) for t in texts]
        parts = self._converter.convert("\n".join(texts)).split("\n")
        if len(parts) != len(texts) or any(len(a) != len(b) for a, b in zip(parts, texts, strict=True)):
            return [self(t) for t in texts]
        return [fold_width(p) for p in parts]


@cache
def text_view() -> TextView:
    """The process's one view builder (a cache of an immutable converter)."""
    return TextView()


def to_view(text: str) -> str:
    """The normalised view of ``text`` (one OpenCC pass)."""
    return text_view()(text)


@cache
def view_form(word: str) -> str:
    """A table word in view form (t2s + half-width; same length), cached per word."""
    return to_view(word)


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _changed(a: str, b: str) -> int:
    """Characters that differ between two texts of one length (map at C speed, not a generator)."""
    return sum(map(operator.ne, a, b)) if len(a) == len(b) else abs(len(a) - len(b)) + 1


def _t2s_changes(text: str, view: str) -> int:
    """How many characters t2s changes, read off the view: the view differs from the text where
    t2s changed a character or the width fold did (t2s never touches full-width forms)."""
    folded = len(text) - len(text.translate(_WIDTH_DELETE))
    return _changed(text, view) - folded


@lru_cache(maxsize=8)
def _s2t_changes(text: str) -> int:
    """How many characters s2t changes (cached for the last few texts: the reader and the region
    model ask for the same article)."""
    return _changed(text, _converter("s2t").convert(text))


def script_changes(text: str, view: str | None = None) -> tuple[int, int]:
    """(characters t2s changes, characters s2t changes): how Traditional and how Simplified the
    text is. ``view`` (the text's view, when the caller has it) saves the t2s pass."""
    if view is not None and len(view) == len(text):
        to_simplified = _t2s_changes(text, view)
    else:
        to_simplified = _changed(text, _converter("t2s").convert(text))
    return to_simplified, _s2t_changes(text)


def detect_script(text: str, view: str | None = None) -> Script:
    """Traditional when OpenCC t2s changes more of the text than s2t does."""
    to_simplified, to_traditional = script_changes(text, view)
    return "traditional" if to_simplified >= to_traditional and to_simplified > 0 else "simplified"


def script_neutral(text: str, view: str | None = None) -> bool:
    """No character tells the script (港股配售 reads the same in both)."""
    return script_changes(text, view) == (0, 0)
