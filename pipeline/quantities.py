"""Component ``finkg_quantities``: amounts, capacities, share counts, percentages.

STUB — the grammar lives in pipeline.amounts (issue 3).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

for _name in ("amounts", "capacities", "shares", "percentages"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.factory("finkg_quantities", default_config={})
def make_quantities(nlp: Language, name: str) -> object:
    def component(doc: Doc) -> Doc:
        doc._.amounts, doc._.capacities, doc._.shares, doc._.percentages = [], [], [], []
        return doc

    return component
