"""Component ``finkg_entities``: gazetteer matching, unknown-entity rules, linking.

STUB — issue 4.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

for _name in ("mentions", "entities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("finkg_entities", default_config={})
def make_entities(nlp: Language, name: str) -> object:
    def component(doc: Doc) -> Doc:
        doc._.mentions, doc._.entities = [], {}
        return doc

    return component
