"""Every attribute finkg adds to spaCy objects, registered in one place.

The records are the typed payload; the spans published by ``finkg_spans`` index them:

========================  =================================================================
``doc._.article``         the :class:`~pipeline.model.records.Article` (script, region, date, body)
``doc._.view``            the length-preserving normalised view of ``doc.text`` (t2s + half-width)
``doc._.sentences``       ``list[Sentence]``
``doc._.amounts``         ``list[Amount]`` (``finkg_conversions`` adds links and US$ values)
``doc._.capacities``      ``list[Capacity]``
``doc._.shares``          ``list[ShareCount]``
``doc._.percentages``     ``list[Percentage]``
``doc._.mentions``        ``list[Mention]`` (entity mentions linked to IRIs)
``doc._.entities``        ``dict[str, Entity]`` by IRI
``doc._.rates``           ``list[ExchangeRate]`` implied by the article's conversions
``doc._.deals``           ``list[Deal]``
``span._.record``         the record a span in ``doc.spans`` stands for
========================  =================================================================

:func:`register` is idempotent; :func:`~pipeline.nlp.wiring.build_nlp` and every component
factory call it, so importing a module never changes spaCy's global state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DOC_ATTRIBUTES: tuple[str, ...] = (
    "article",
    "view",
    "sentences",
    "amounts",
    "capacities",
    "shares",
    "percentages",
    "mentions",
    "entities",
    "rates",
    "deals",
)
SPAN_ATTRIBUTES: tuple[str, ...] = ("record",)


def register() -> None:
    """Declare finkg's ``Doc`` and ``Span`` extensions (each with default ``None``)."""
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


#: ``doc.user_data`` key of the text the finkg tokenizer made the Doc from
_TEXT_KEY = "finkg.text"


def _length(doc: Doc) -> int:
    """The text's length from its last token (``Doc.text`` joins every token: slow)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def keep_text(doc: Doc, text: str) -> None:
    """Remember ``text`` as the Doc's text (the tokenizer calls it; :func:`text_of` reads it)."""
    doc.user_data[_TEXT_KEY] = text


def text_of(doc: Doc) -> str:
    """``doc.text`` without joining every token again: the text the tokenizer kept (checked by
    length: a retokenised Doc keeps its text), else ``doc.text``."""
    text = doc.user_data.get(_TEXT_KEY)
    if isinstance(text, str) and len(text) == _length(doc):
        return text
    return doc.text


def view_of(doc: Doc) -> str:
    """The normalised view the finkg tokenizer attached to ``doc``.

    There is no fallback to the raw text: recognising on Traditional characters gives wrong
    answers silently, so a ``Doc`` from another tokenizer is an error.
    """
    view = doc._.view
    if not isinstance(view, str) or len(view) != _length(doc):
        raise ValueError(
            "this Doc has no finkg text view: make it with the finkg pipeline (nlp.make_doc or nlp(text))"
        )
    return view
