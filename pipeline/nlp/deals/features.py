"""The linguistic features of a merged deal candidate, for the learned scorer (:mod:`.learned`).

:func:`features` is a pure function of one :class:`~.candidates.Candidate`: a dict of feature
name → value (indicators are 1.0, distances and positions are scaled to about [0, 1]). Absent
indicators are left out, so a weight file names only what it was trained on and a feature the
engine stops producing simply never fires. The groups:

- the frame: ``type=<type>``, ``kind`` (a sub-kind), ``event`` / ``part`` (listing, tranche),
  ``attach``, ``signed``, ``net``, ``symmetric``, ``agreement``;
- the parties: ``counterparty``, ``co_agents``, ``co_counterparties``, ``agent_kind=<type>`` /
  ``counterparty_kind=<type>`` (organisation, person …), ``subject_in_clause`` (the agent is the
  clause's grammatical subject), ``agent_not_named`` (from an anaphor or the topic),
  ``agent_in_sentence``, ``borrowed``, ``agent_first`` (the agent precedes the counterparty);
- distances: ``agent_distance`` / ``counterparty_distance`` (characters between the party and
  the deal word, / 40, capped at 1), ``trigger_position`` (where the deal word is in its sentence);
- the figures: ``amount``, ``vague_amount``, ``amount_distance``, ``amount_magnitude`` (log10 of
  the US$ value / 10), ``capacity``, ``shares``, ``substantial`` (the hand rule's verdict);
- the discourse: ``restated`` / ``reports`` (how many sentences report it), ``heading``,
  ``linked``;
- words (:mod:`pipeline.lang.zh.deal_features`): ``pre:<cue>`` between the agent and the deal
  word, ``post:<cue>`` between the deal word and the counterparty, ``sent:<cue>`` in the sentence.
"""

from __future__ import annotations

import math

from pipeline.lang.zh import deal_features as W
from pipeline.lang.zh import deals as L
from pipeline.model.records import Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.figures import vague
from pipeline.nlp.deals.scoring import substantial
from pipeline.text.view import to_view

#: characters at which a distance feature saturates
DISTANCE_SCALE: float = 40.0


def _scaled(distance: int) -> float:
    return round(min(abs(distance), DISTANCE_SCALE) / DISTANCE_SCALE, 4)


def _in_sentence(c: Candidate, m: Mention | None) -> bool:
    return m is not None and c.sentence.start <= m.start < c.sentence.end


def _cues(text: str, groups: dict[str, tuple[str, ...]], prefix: str) -> dict[str, float]:
    return {f"{prefix}:{name}": 1.0 for name, words in groups.items() if any(w in text for w in words)}


def _frame(c: Candidate) -> dict[str, float]:
    out = {f"type={c.type}": 1.0}
    flags = {
        "kind": c.subtype is not None,
        "event": c.subtype in L.EVENT_SUBTYPES,
        "part": c.subtype in L.PART_SUBTYPES,
        "attach": c.attach is not None,
        "signed": c.signed,
        "net": c.net,
        "symmetric": c.symmetric,
        "borrowed": bool(c.borrowed),
    }
    out.update({name: 1.0 for name, on in flags.items() if on})
    return out


def _parties(c: Candidate) -> dict[str, float]:
    out: dict[str, float] = {}
    agent, other = c.agent, c.counterparty
    if agent is not None:
        out[f"agent_kind={agent.type}"] = 1.0
        if c.subject is not None and c.subject.iri == agent.iri:
            out["subject_in_clause"] = 1.0
        if c.units and all(agent.iri not in u.clause_named for u in c.units):
            out["agent_not_named"] = 1.0
    if other is not None:
        out["counterparty"] = 1.0
        out[f"counterparty_kind={other.type}"] = 1.0
    if c.co_agents:
        out["co_agents"] = 1.0
    if c.co_counterparties:
        out["co_counterparties"] = 1.0
    if _in_sentence(c, agent):
        assert agent is not None
        out["agent_in_sentence"] = 1.0
        out["agent_distance"] = _scaled(c.trigger_start - agent.start)
    if _in_sentence(c, other):
        assert other is not None
        out["counterparty_distance"] = _scaled(c.trigger_start - other.start)
        if _in_sentence(c, agent) and agent is not None and agent.start < other.start:
            out["agent_first"] = 1.0
    return out


def _figures(c: Candidate) -> dict[str, float]:
    out: dict[str, float] = {}
    if c.amount is not None:
        if vague(c.amount):
            out["vague_amount"] = 1.0
        else:
            out["amount"] = 1.0
        if c.sentence.start <= c.amount.start < c.sentence.end:
            out["amount_distance"] = _scaled(c.amount.start - c.trigger_start)
        usd = c.amount.usd_value
        if usd is not None and usd > 0:
            out["amount_magnitude"] = round(min(max(math.log10(float(usd)), 0.0), 12.0) / 10, 4)
    if c.capacity is not None:
        out["capacity"] = 1.0
    if c.shares is not None:
        out["shares"] = 1.0
    if substantial(c):
        out["substantial"] = 1.0
    return out


def _discourse(c: Candidate) -> dict[str, float]:
    out: dict[str, float] = {}
    reports = len({u.sentence.start for u in c.units})
    if reports > 1:
        out["restated"] = 1.0
        out["reports"] = round(min(reports - 1, 4) / 4, 4)
    if c.units and all(u.heading for u in c.units):
        out["heading"] = 1.0
    if any(u.linked for u in c.units):
        out["linked"] = 1.0
    return out


def _words(c: Candidate) -> dict[str, float]:
    s = c.sentence
    view = to_view(s.text)
    at = c.trigger_start - s.start
    out = _cues(view, W.SENTENCE_CUES, "sent")
    length = max(len(view), 1)
    out["trigger_position"] = round(min(max(at, 0), length) / length, 4)
    if _in_sentence(c, c.agent) and c.agent is not None:
        lo, hi = sorted((c.agent.end - s.start, at))
        out.update(_cues(view[lo:hi], W.BETWEEN_CUES, "pre"))
    if _in_sentence(c, c.counterparty) and c.counterparty is not None:
        lo, hi = sorted((at, c.counterparty.start - s.start))
        out.update(_cues(view[lo:hi], W.BETWEEN_CUES, "post"))
    return out


def features(c: Candidate) -> dict[str, float]:
    """The features of merged candidate ``c`` (name → value; absent indicators left out)."""
    out: dict[str, float] = {}
    for part in (_frame, _parties, _figures, _discourse, _words):
        out.update(part(c))
    return out
