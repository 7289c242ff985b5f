"""The one wiring module: the spaCy pipeline, its components by registered name, its config.

Stages (each a ``Doc -> Doc`` component registered in its own module):

    tokenizer          finkg.t2s_jieba.v1   t2s view → private jieba → words sliced from the original
    finkg_sentences    sentence spans
    finkg_quantities   amounts, capacities, share counts, percentages      (pipeline.nlp.quantities.component)
    finkg_entities     gazetteer + rules → mentions linked to entity IRIs   (pipeline.nlp.entities.recognizer)
    finkg_conversions  conversions, implied exchange rates, US$ values      (pipeline.nlp.conversions)
    finkg_deals        typed deals with parties, figures and evidence       (pipeline.nlp.deals.extractor)
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

# Importing the modules registers their factories with spaCy.
from pipeline.nlp import conversions, tokenizer  # noqa: F401
from pipeline.nlp.deals import extractor as deals  # noqa: F401
from pipeline.nlp.entities import recognizer as entities  # noqa: F401
from pipeline.nlp.quantities import component as quantities  # noqa: F401
from pipeline.text import sentences  # noqa: F401

PIPES: tuple[str, ...] = (
    "finkg_sentences",
    "finkg_quantities",
    "finkg_entities",
    "finkg_conversions",
    "finkg_deals",
)

DEFAULT_CONFIG: dict[str, Any] = {
    "nlp": {"tokenizer": {"@tokenizers": "finkg.t2s_jieba.v1", "with_gazetteer": True, "hmm": True}},
}


def build_nlp(
    pipes: tuple[str, ...] = PIPES, pipe_config: dict[str, dict[str, Any]] | None = None
) -> Language:
    """A blank Chinese ``Language`` with the finkg tokenizer and components."""
    nlp = spacy.blank("zh", config=DEFAULT_CONFIG)
    for name in pipes:
        nlp.add_pipe(name, config=(pipe_config or {}).get(name, {}))
    return nlp
