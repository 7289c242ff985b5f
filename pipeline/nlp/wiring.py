"""The one wiring module: the spaCy pipeline, its components by registered name, its config.

Stages (each a ``Doc -> Doc`` component registered by name in its own module):

    tokenizer          finkg.t2s_jieba.v1   t2s view → private jieba → words sliced from the original
    finkg_context      the Article every later stage reads (made from the text for plain ``nlp(text)``)
    finkg_sentences    sentence spans
    finkg_quantities   amounts, capacities, share counts, percentages      (pipeline.nlp.quantities)
    finkg_entities     gazetteer + rules → mentions linked to entity IRIs   (pipeline.nlp.entities)
    finkg_conversions  conversions, implied exchange rates, US$ values      (pipeline.nlp.conversions)
    finkg_deals        typed deals with parties, figures and evidence       (pipeline.nlp.deals)
    finkg_spans        every mention as a Span in doc.spans["sc"]; entities in doc.ents

Heavy resources load in ``nlp.initialize()``: the tokenizer's jieba dictionary and the entity
component's matcher both come from the one ``[paths] gazetteer`` setting.

Optional: ``[components.finkg_entities] statistical`` names the acceptance policies of the LAC
tagger as a candidate source behind the grammar (``pipeline.nlp.entities.lac_source``; needs the
``lac`` extra). Off ("") by default: measured, its best policy gains devset2/check
organisations F1 0.004 and no deal, at about 5x the CPU time (README, "Statistical recogniser").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from pipeline.collector import collector_paused

# Importing the modules registers their factories with spaCy.
from pipeline.nlp import context, conversions, sentences, spans, tokenizer  # noqa: F401
from pipeline.nlp.deals import component as deals  # noqa: F401
from pipeline.nlp.entities import component as entities  # noqa: F401
from pipeline.nlp.quantities import component as quantities  # noqa: F401
from pipeline.nlp.tokenizer import Backend, T2SJiebaTokenizer

PIPES: tuple[str, ...] = (
    "finkg_context",
    "finkg_sentences",
    "finkg_quantities",
    "finkg_entities",
    "finkg_conversions",
    "finkg_deals",
    "finkg_spans",
)


def config(
    gazetteer: str | Path | None = None, hmm: bool = True, segmenter: Backend = "rjieba"
) -> dict[str, Any]:
    """The pipeline config: ``gazetteer`` (file or directory; None = the shipped one) feeds both
    the tokenizer's dictionary and the entity matcher; ``segmenter`` picks jieba's backend."""
    return {
        "paths": {"gazetteer": str(gazetteer) if gazetteer else None},
        "nlp": {"tokenizer": {"@tokenizers": "finkg.t2s_jieba.v1", "hmm": hmm, "backend": segmenter}},
        "initialize": {
            "tokenizer": {"gazetteer": "${paths.gazetteer}"},
            "components": {"finkg_entities": {"gazetteer": "${paths.gazetteer}"}},
        },
    }


def build_nlp(
    pipes: tuple[str, ...] = PIPES,
    pipe_config: dict[str, dict[str, Any]] | None = None,
    gazetteer: str | Path | None = None,
    segmenter: Backend = "rjieba",
    statistical: str = "",
) -> Language:
    """A blank Chinese ``Language`` with the finkg tokenizer and components, initialised.
    ``statistical``: the LAC source's acceptance policies (``"org-form+person-title"``; "" = off).

    The cycle collector is paused meanwhile (:func:`collector_paused`)."""
    configs = dict(pipe_config or {})
    if statistical:
        configs["finkg_entities"] = {**configs.get("finkg_entities", {}), "statistical": statistical}
    with collector_paused():
        nlp = spacy.blank("zh", config=config(gazetteer, segmenter=segmenter))
        for name in pipes:
            nlp.add_pipe(name, config=configs.get(name, {}))
        nlp.initialize()
        if isinstance(nlp.tokenizer, T2SJiebaTokenizer):
            nlp.tokenizer.wait()  # its segmenter, built by a thread while the components initialised
    return nlp
