"""A length-preserving normalised view of an article's text.

The view is what the recognisers and jieba look at: Traditional characters mapped to Simplified
with OpenCC ``t2s`` (length-preserving by construction, FACTS.md) and full-width ASCII forms
folded to half-width. ``len(view) == len(text)`` always, so offsets found on the view are offsets
into the original text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import opencc

from pipeline.model.records import Script

_FULLWIDTH_OFFSET = 0xFEE0


def fold_width(text: str) -> str:
    """Full-width ASCII (！…～) to half-width, ideographic space to space; one char for one."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - _FULLWIDTH_OFFSET))
        elif code == 0x3000:
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class TextView:
    """Builds the normalised view. Holds its own OpenCC converter (no module-level state)."""

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


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def _changed(a: str, b: str) -> int:
    return sum(x != y for x, y in zip(a, b, strict=False)) if len(a) == len(b) else abs(len(a) - len(b)) + 1


def detect_script(text: str) -> Script:
    """Traditional when OpenCC t2s changes more of the text than s2t does."""
    to_simplified = _changed(text, _converter("t2s").convert(text))
    to_traditional = _changed(text, _converter("s2t").convert(text))
    return "traditional" if to_simplified >= to_traditional and to_simplified > 0 else "simplified"
