"""Linking: chosen candidates → mentions and entities with IRIs.

A gazetteer entity keeps its IRI; an unknown one gets ``id/org/<slug>`` / ``id/person/<slug>``
from its normalised name (t2s, NFKC, case-folded), so it is one node across articles and
scripts. Mentions carry the original text's surface forms; every form an article writes an
entity under is one of its labels (the graph's skos:altLabel), aliases included.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.model.iris import unknown_iri
from pipeline.model.records import Entity, Mention
from pipeline.nlp.confidence import mention_confidence
from pipeline.nlp.entities.candidates import Candidate
from pipeline.nlp.gazetteer import Gazetteer


def link(gazetteer: Gazetteer, text: str, chosen: list[Candidate]) -> tuple[list[Mention], dict[str, Entity]]:
    # unknown entities: IRI from the key of each group; short forms join their name
    group_iri: dict[tuple[str, str], str] = {}
    for c in chosen:
        if c.iri is None:
            group_iri.setdefault((c.type, c.key), unknown_iri(c.type, c.key))
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    forms: dict[str, dict[str, None]] = {}
    for c in chosen:
        iri = c.iri or group_iri[(c.type, c.key)]
        surface = text[c.start : c.end]
        mentions.append(Mention(c.start, c.end, surface, iri, c.type, mention_confidence(c.source)))
        forms.setdefault(iri, {})[surface] = None
        if iri not in entities:
            entry = gazetteer.get(iri)
            if entry is not None:
                entities[iri] = entry.to_entity()
            else:
                entities[iri] = Entity(iri=iri, type=c.type, label=surface, known=False)
    for iri, ent in list(entities.items()):
        if not ent.known:
            entities[iri] = replace(ent, labels=tuple((f, "") for f in forms[iri]))
        else:
            # the names this article writes a known entity under (a defined alias, 兆豐銀) join
            # its gazetteer labels, so the graph gives them as skos:altLabel too
            named = {text for text, _ in ent.labels}
            extra = tuple((f, "") for f in forms[iri] if f not in named)
            if extra:
                entities[iri] = replace(ent, labels=ent.labels + extra)
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions, entities
