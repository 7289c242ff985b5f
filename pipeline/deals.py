"""Component ``finkg_deals``: typed deals with parties, figures and evidence.

STUB — issue 5.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("deals"):
    Doc.set_extension("deals", default=None)


@Language.factory("finkg_deals", default_config={})
def make_deals(nlp: Language, name: str) -> object:
    def component(doc: Doc) -> Doc:
        doc._.deals = []
        return doc

    return component
