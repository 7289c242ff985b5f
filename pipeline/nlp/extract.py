"""One article in, one ``Extraction`` out: run the pipeline, keep what lies in the body (and the
outlet named on a source line: a date or metadata line, out of the body, names the article's source,
中國證券網-上海證券報, 來源：某某網)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.model.records import Article, Extraction, Mention
from pipeline.nlp.extensions import view_of
from pipeline.nlp.tokenizer import article_doc
from pipeline.read.furniture import is_meta_line


class _Spanned(Protocol):
    start: int
    end: int


_T = TypeVar("_T", bound=_Spanned)


def run(nlp: Language, article: Article) -> Doc:
    """The article's Doc through the whole pipeline, with the article attached."""
    return nlp(article_doc(nlp, article))


def extract(nlp: Language, article: Article) -> Extraction:
    """What the pipeline finds in the article's body. An article longer than ``nlp.max_length``
    characters is read in parts split at paragraphs (:mod:`pipeline.nlp.long_texts`)."""
    limit = getattr(nlp, "max_length", None)  # a stand-in pipeline (tests) may have none
    if isinstance(limit, int) and len(article.text) > limit:
        from pipeline.nlp.long_texts import extract_in_parts

        return extract_in_parts(article, limit, lambda part: _extract_doc(nlp, part))
    return _extract_doc(nlp, article)


#: components whose output the Extraction does not read: the spaCy spans (``doc.spans``,
#: ``doc.ents``) are for the Doc's users, and building them re-tokenises the Doc
NOT_EXTRACTED = ("finkg_spans",)


def _extract_doc(nlp: Language, article: Article) -> Extraction:
    doc = article_doc(nlp, article)
    doc = nlp(doc, disable=NOT_EXTRACTED) if isinstance(nlp, Language) else nlp(doc)
    return extraction_of(doc, article)


def extraction_of(doc: Doc, article: Article) -> Extraction:
    """The ``Extraction`` of ``article`` from its Doc after the pipeline: what lies in the body."""
    body = article.in_body

    def keep(items: Sequence[_T] | None) -> tuple[_T, ...]:
        return tuple(x for x in (items or ()) if body(x.start, x.end))

    deals = tuple(d for d in (doc._.deals or ()) if body(d.evidence[0].start, d.evidence[0].end))
    view = view_of(doc)
    mentions = tuple(m for m in doc._.mentions or () if body(m.start, m.end) or _source_outlet(view, m))
    iris = {m.iri for m in mentions} | {
        p.iri for d in deals for p in (d.agent, d.counterparty, *d.co_agents) if p is not None
    }
    entities = tuple(e for e in (doc._.entities or {}).values() if e.iri in iris)
    return Extraction(
        article=article,
        sentences=tuple(doc._.sentences or ()),
        amounts=keep(doc._.amounts),
        capacities=keep(doc._.capacities),
        shares=keep(doc._.shares),
        percentages=keep(doc._.percentages),
        rates=tuple(doc._.rates or ()),
        mentions=mentions,
        entities=entities,
        deals=deals,
    )


def _source_outlet(view: str, m: Mention) -> bool:
    """A media outlet on a date or metadata line (the article's source)."""
    if m.type != "media":
        return False
    start = view.rfind("\n", 0, m.start) + 1
    end = view.find("\n", m.end)
    return is_meta_line(view[start : end if end >= 0 else len(view)])
