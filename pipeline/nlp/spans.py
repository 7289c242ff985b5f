"""Component ``finkg_spans``: the extraction as spaCy spans, so spaCy's own tools can read it.

Runs last. Every quantity and entity mention becomes a :class:`~spacy.tokens.Span` in
``doc.spans["sc"]`` (the group displaCy's span style shows by default) with its label and
``span._.record``; entity spans carry the entity IRI as ``kb_id_`` and the resolved entities
also go to ``doc.ents``. Mentions are found on characters, so where a mention boundary cuts a
token the Doc is rebuilt with that token split (the text and every offset stay as they are).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from pipeline.model.records import EntityType, Mention
from pipeline.nlp.extensions import register, text_of

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


def split_at(doc: Doc, offsets: Iterable[int]) -> Doc:
    """``doc`` with its tokens split so that each character offset falls on a token edge.

    Returns ``doc`` itself when no token is cut, else a new Doc with the same text and the same
    extension values (rebuilding is much faster than spaCy's retokenizer).
    """
    text = text_of(doc)
    cuts = {c for c in offsets if 0 < c < len(text)}
    edges = set(doc.to_array(IDX).tolist())
    if cuts <= edges:
        return doc
    bounds = sorted(edges | cuts)
    words = [text[a:b] for a, b in itertools.pairwise([*bounds, len(text)])]
    rebuilt = Doc(doc.vocab, words=words, spaces=[False] * len(words))
    rebuilt.user_data.update(doc.user_data)
    return rebuilt


class SpansComponent:
    def __call__(self, doc: Doc) -> Doc:
        # in the order of the spans (a span's characters are its record's), entities kept aside
        records = sorted(_records(doc), key=lambda lr: (lr[1].start, lr[1].end))
        doc = split_at(doc, (x for _, r in records for x in (r.start, r.end)))
        spans: list[Span] = []
        entities: list[Span] = []
        for label, record in records:
            mention = isinstance(record, Mention)
            kb_id = record.iri if mention else ""
            span = doc.char_span(record.start, record.end, label=label, kb_id=kb_id, alignment_mode="strict")
            if span is None:  # cannot happen after split_at; guard the invariant
                raise ValueError(f"mention {record.start}-{record.end} does not align with tokens")
            span._.record = record
            spans.append(span)
            if mention:
                entities.append(span)
        doc.spans[SPANS_KEY] = SpanGroup(doc, name=SPANS_KEY, spans=spans)
        doc.ents = filter_spans(entities)
        return doc


@Language.factory("finkg_spans", default_config={})
def make_spans(nlp: Language, name: str) -> SpansComponent:
    register()
    return SpansComponent()
