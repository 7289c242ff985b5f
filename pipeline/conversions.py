"""Component ``finkg_conversions``: conversion links, implied exchange rates, US$ values.

STUB — issue 3.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("rates"):
    Doc.set_extension("rates", default=None)


@Language.factory("finkg_conversions", default_config={})
def make_conversions(nlp: Language, name: str) -> object:
    def component(doc: Doc) -> Doc:
        doc._.rates = []
        return doc

    return component
