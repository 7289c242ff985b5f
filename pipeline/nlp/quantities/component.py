"""Component ``finkg_quantities``: amounts, capacities, share counts, percentages.

Runs the grammar of ``pipeline.nlp.quantities.grammar`` over ``doc._.view`` and fills ``doc._.amounts``,
``doc._.capacities``, ``doc._.shares`` and ``doc._.percentages`` (each sorted by start, offsets
into ``doc.text``). The home currency (what a bare 元 means) is the one of the article's market
(``doc._.article``, :mod:`pipeline.text.region`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.extensions import register, text_of, view_of
from pipeline.nlp.quantities.grammar import find_quantities
from pipeline.text.region import reading_of


class QuantitiesComponent:
    def __init__(self, region: str | None = None):
        #: a region to assume when the article does not say (taiwan, hongkong, mainland, …)
        self.region = region

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article
        view = view_of(doc)
        text = text_of(doc)
        home = reading_of(
            getattr(article, "market", None),
            getattr(article, "region", None) or self.region,
            text,
            view,
            getattr(article, "region_reason", None),
        )
        found = find_quantities(text, view, home=home)
        doc._.amounts = found.amounts
        doc._.capacities = found.capacities
        doc._.shares = found.shares
        doc._.percentages = found.percentages
        return doc


@Language.factory("finkg_quantities", default_config={"region": None})
def make_quantities(nlp: Language, name: str, region: str | None) -> QuantitiesComponent:
    register()
    return QuantitiesComponent(region=region)
