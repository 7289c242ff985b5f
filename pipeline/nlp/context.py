"""Component ``finkg_context``: every Doc carries the Article it was made from.

Ingest and ``extract`` attach the Article the reader built (title, date, script, region, body
spans). ``nlp(text)`` on plain text gets an Article made from the text alone here, so every
later component reads one ``doc._.article`` and never guesses on its own.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.model.records import Article, content_hash
from pipeline.nlp.extensions import register, text_of, view_of
from pipeline.text.region import read_region
from pipeline.text.view import detect_script, to_view

#: the source recorded for text handed straight to ``nlp``
TEXT_SOURCE = "<text>"


def article_for_text(text: str, view: str | None = None) -> Article:
    """The Article of text given without any metadata: keyed by its content.

    ``view`` is the text's normalised view when the caller has it (the Doc's).
    """
    digest = content_hash(text)
    view = view if view is not None else to_view(text)
    script = detect_script(text, view)
    reading = read_region(text, view, script)
    return Article(
        key="text-" + digest[:16],
        text=text,
        source=TEXT_SOURCE,
        content_hash=digest,
        script=script,
        region=reading.region,
        market=reading.market,
        region_reason=reading.reason,
        view=view,
    )


class ContextComponent:
    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        if article is None:
            doc._.article = article_for_text(text_of(doc), view_of(doc))
        elif article.text != text_of(doc):
            raise ValueError(f"doc._.article ({article.key}) holds another text than the Doc")
        return doc


@Language.factory("finkg_context", default_config={})
def make_context(nlp: Language, name: str) -> ContextComponent:
    register()
    return ContextComponent()
