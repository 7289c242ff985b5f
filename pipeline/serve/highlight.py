"""Text with marked spans → well-formed HTML.

Spans may nest (a company inside an evidence sentence) or cross (two readings that overlap): the
text is cut at every span boundary and each piece opens the spans covering it, outermost first,
so the HTML stays well formed; a crossing span is written as several elements sharing its
``data-span`` id. Everything else is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    tag: str = "mark"
    classes: tuple[str, ...] = ()
    attrs: Mapping[str, str] = field(default_factory=dict)

    def open(self) -> str:
        attrs = "".join(f' {name}="{escape(value)}"' for name, value in self.attrs.items())
        cls = f' class="{escape(" ".join(self.classes))}"' if self.classes else ""
        return f"<{self.tag}{cls}{attrs}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def render(text: str, marks: Iterable[Mark], offset: int = 0) -> Markup:
    """``text`` (which starts at ``offset`` of the article) as HTML with ``marks`` applied.

    Marks outside the text are clipped to it; empty ones are dropped.
    """
    end_of_text = offset + len(text)
    kept: list[tuple[int, int, int, Mark]] = []
    for order, mark in enumerate(marks):
        start, end = max(mark.start, offset), min(mark.end, end_of_text)
        if start < end:
            kept.append((start, end, order, mark))
    # outermost first: earlier start, then longer, then given order
    kept.sort(key=lambda k: (k[0], -k[1], k[2]))
    cuts = sorted({offset, end_of_text, *(k[0] for k in kept), *(k[1] for k in kept)})
    out: list[str] = []
    stack: list[tuple[int, int, int, Mark]] = []
    for a, b in pairwise(cuts):
        active = [k for k in kept if k[0] <= a and b <= k[1]]
        common = 0
        while common < len(stack) and common < len(active) and stack[common] is active[common]:
            common += 1
        for k in reversed(stack[common:]):
            out.append(k[3].close())
        out.extend(k[3].open() for k in active[common:])
        stack = active
        out.append(str(escape(text[a - offset : b - offset])))
    out.extend(k[3].close() for k in reversed(stack))
    return Markup("".join(out))


def spans_inside(marks: Sequence[Mark], start: int, end: int) -> list[Mark]:
    return [m for m in marks if start <= m.start and m.end <= end]
