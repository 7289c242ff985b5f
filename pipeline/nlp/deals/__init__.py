"""Deals: typed deals with parties, figures and evidence (component ``finkg_deals``).

Passes over frozen records, one module each: parties → triggers → context → assertions →
roles → figures → sentence_deals → evidence → merging → scoring; component wires them.
"""

from pipeline.nlp.deals.component import find_deals, make_deals
from pipeline.nlp.deals.parties import ID_ORG

__all__ = ["ID_ORG", "find_deals", "make_deals"]
