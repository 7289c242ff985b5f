"""Component ``finkg_spans``: the extraction as spaCy spans, so spaCy's own tools can read it.

Runs last. Every quantity and entity mention becomes a :class:`~spacy.tokens.Span` in
``doc.spans["sc"]`` (the group displaCy's span style shows by default) with its label and
``span._.record``; entity spans carry the entity IRI as ``kb_id_`` and the resolved entities
also go to ``doc.ents``. Mentions are found on characters, so a token that a mention boundary
cuts through is split first (the text and every offset stay as they are).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from pipeline.model.records import EntityType, Mention
from pipeline.nlp.extensions import register

SPANS_KEY = "sc"
QUANTITY_LABELS: dict[str, str] = {
    "amounts": "MONEY",
    "capacities": "CAPACITY",
    "shares": "SHARES",
    "percentages": "PERCENT",
}
ENTITY_LABELS: dict[EntityType, str] = {
    "organization": "ORG",
    "media": "MEDIA",
    "person": "PERSON",
    "place": "GPE",
    "facility": "FAC",
    "product": "PRODUCT",
}


def _records(doc: Doc) -> Iterator[tuple[str, Any]]:
    for attr, label in QUANTITY_LABELS.items():
        for record in doc._.get(attr) or ():
            yield label, record
    for mention in doc._.mentions or ():
        yield ENTITY_LABELS[mention.type], mention


def split_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Split the tokens of ``doc`` so that each character offset falls on a token edge."""
    cuts = sorted(set(offsets))
    plans: list[tuple[int, list[str]]] = []
    for tok in doc:
        start, end = tok.idx, tok.idx + len(tok.text)
        inside = [c for c in cuts if start < c < end]
        if inside:
            edges = [start, *inside, end]
            plans.append((tok.i, [doc.text[a:b] for a, b in itertools.pairwise(edges)]))
    with doc.retokenize() as retokenizer:
        for i, orths in plans:
            token = doc[i]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


class SpansComponent:
    def __call__(self, doc: Doc) -> Doc:
        records = list(_records(doc))
        split_at(doc, (x for _, r in records for x in (r.start, r.end)))
        spans: list[Span] = []
        for label, record in records:
            kb_id = record.iri if isinstance(record, Mention) else ""
            span = doc.char_span(record.start, record.end, label=label, kb_id=kb_id, alignment_mode="strict")
            if span is None:  # cannot happen after split_at; guard the invariant
                raise ValueError(f"mention {record.start}-{record.end} does not align with tokens")
            span._.record = record
            spans.append(span)
        spans.sort(key=lambda s: (s.start_char, s.end_char))
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=spans)
        doc.ents = filter_spans([s for s in spans if isinstance(s._.record, Mention)])
        return doc


@Language.factory("finkg_spans", default_config={})
def make_spans(nlp: Language, name: str) -> SpansComponent:
    register()
    return SpansComponent()
