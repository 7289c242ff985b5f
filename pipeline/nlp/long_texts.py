"""Articles longer than the pipeline takes in one Doc (``nlp.max_length``, spaCy's E088 limit):
split at paragraph boundaries into parts of at most that many characters, each extracted as an
article of its own, and the results joined with every offset moved back into the whole text.

A part ends at the last blank line (else line break, else sentence end) before the limit, so a
sentence is never cut unless a single line is longer than the limit. Names and deals are read
within each part: an alias defined in one part is not carried into the next (the price of
bounded memory); entities found in several parts are one entity (by IRI).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from pipeline.model.records import Article, Entity, Extraction

#: the offset fields of the records (start and end of spans, and the starts they refer to)
OFFSET_FIELDS = frozenset({"start", "end", "evidence_start", "converted_from_start"})
#: where a part may end, best first
BREAKS = ("\n\n", "\n", "。", "！", "？", ". ")

T = TypeVar("T")


def parts(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive parts of ``text``, each at most ``limit`` characters."""
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = 0
        for mark in BREAKS:
            at = window.rfind(mark)
            if at > 0:
                cut = at + len(mark)
                break
        end = start + (cut or limit)
        yield start, end
        start = end
    if start < len(text) or start == 0:
        yield start, len(text)


def shifted(value: T, delta: int) -> T:
    """``value`` (a record, a tuple of records…) with every offset field moved by ``delta``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            if f.name == "article":
                continue
            old = getattr(value, f.name)
            if f.name in OFFSET_FIELDS and isinstance(old, int):
                changes[f.name] = old + delta
            elif isinstance(old, tuple) or (dataclasses.is_dataclass(old) and not isinstance(old, type)):
                new = shifted(old, delta)
                if new is not old:
                    changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        items = tuple(shifted(v, delta) for v in value)
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value  # type: ignore[return-value]
    return value


def part_article(article: Article, start: int, end: int) -> Article:
    """The article made of ``text[start:end]``: same key and metadata, body spans clipped."""
    spans = tuple(
        (max(b, start) - start, min(e, end) - start) for b, e in article.body_spans if b < end and e > start
    )
    if article.body_spans and not spans:
        spans = ((0, 0),)  # no body in this part
    view = article.view[start:end] if article.view is not None else None
    return dataclasses.replace(article, text=article.text[start:end], view=view, body_spans=spans)


def extract_in_parts(
    article: Article, limit: int, extract_part: Callable[[Article], Extraction]
) -> Extraction:
    """The extraction of a long article, part by part (see the module)."""
    pieces = list(parts(article.text, limit))
    fields: dict[str, list[Any]] = {
        name: []
        for name in (
            "sentences",
            "amounts",
            "capacities",
            "shares",
            "percentages",
            "rates",
            "mentions",
            "deals",
        )
    }
    entities: dict[str, Entity] = {}
    warnings: list[str] = []
    for start, end in pieces:
        got = extract_part(part_article(article, start, end))
        for name, out in fields.items():
            out.extend(shifted(getattr(got, name), start))
        for entity in got.entities:
            entities.setdefault(entity.iri, entity)
        warnings.extend(w for w in got.warnings if w not in warnings)
    note = (
        f"{len(article.text)} characters, over the pipeline's limit of {limit}: read in {len(pieces)} "
        "parts split at paragraphs (names and deals within each part)"
    )
    return Extraction(
        article=article,
        entities=tuple(entities.values()),
        warnings=(*warnings, note),
        **{name: tuple(out) for name, out in fields.items()},
    )
