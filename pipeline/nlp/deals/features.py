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
  ``agent_in_sentence``, ``borrowed``, ``agent_first`` (the agent precedes the counterparty),
  ``agent_link`` / ``counterparty_link`` (the measured precision of the recogniser's source);
- distances: ``agent_distance`` / ``counterparty_distance`` (characters between the party and
  the deal word, / 40, capped at 1), ``trigger_position`` (where the deal word is in its sentence);
- the figures: ``amount``, ``vague_amount``, ``amount_distance``, ``amount_magnitude`` (log10 of
  the US$ value / 10), ``amount_bound`` (逾/至少/不超过), ``capacity``, ``shares``,
  ``substantial`` (the hand rule's verdict);
- the discourse: ``restated`` / ``reports`` (how many sentences report it), ``heading``,
  ``linked``, ``parties_named`` (how many parties the sentence names), ``article_position``
  (the lede is 0), ``sentence_length``;
- words (:mod:`pipeline.lang.zh.deal_features`): ``agent_cue:<cue>`` between the agent and the
  deal word, ``counterparty_cue:<cue>`` between the counterparty and the deal word (from the word
  on when the party follows it), ``agent_marker:<cue>`` / ``counterparty_marker:<cue>`` right
  before the party (向X, 由X, 与X), ``sent:<cue>`` anywhere in the sentence.
"""

from __future__ import annotations

import math
from functools import lru_cache

from pipeline.lang.zh import deal_features as W
from pipeline.lang.zh import deals as L
from pipeline.model.records import Mention
from pipeline.nlp.deals.candidates import Candidate
from pipeline.nlp.deals.figures import vague
from pipeline.nlp.deals.lexicon import Words
from pipeline.nlp.deals.scoring import substantial
from pipeline.text.view import to_view

#: characters at which a distance feature saturates
DISTANCE_SCALE: float = 40.0
#: characters before a party read for the word that marks it (向X, 由X, 与X)
MARKER_REACH: int = 2
#: characters into the article at which the position feature saturates (the lede is near 0)
ARTICLE_SCALE: int = 2000
#: amount qualifiers that bound a figure rather than state it
BOUND_QUALIFIERS: frozenset[str] = frozenset({"at_least", "at_most", "up_to"})


def _scaled(distance: int) -> float:
    return round(min(abs(distance), DISTANCE_SCALE) / DISTANCE_SCALE, 4)


def _in_sentence(c: Candidate, m: Mention) -> bool:
    return c.sentence.start <= m.start < c.sentence.end


#: the cue groups, each one compiled alternation (one search a group, not one test a word)
_SENTENCE_CUES = {name: Words(words) for name, words in W.SENTENCE_CUES.items()}
_BETWEEN_CUES = {name: Words(words) for name, words in W.BETWEEN_CUES.items()}


def _cues(text: str, groups: dict[str, Words], prefix: str) -> dict[str, float]:
    return {f"{prefix}:{name}": 1.0 for name, words in groups.items() if words.inside(text)}


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
        if agent.confidence is not None:
            out["agent_link"] = agent.confidence
        if c.subject is not None and c.subject.iri == agent.iri:
            out["subject_in_clause"] = 1.0
        if c.units and all(agent.iri not in u.clause_named for u in c.units):
            out["agent_not_named"] = 1.0
    if other is not None:
        out["counterparty"] = 1.0
        out[f"counterparty_kind={other.type}"] = 1.0
        if other.confidence is not None:
            out["counterparty_link"] = other.confidence
    if c.co_agents:
        out["co_agents"] = 1.0
    if c.co_counterparties:
        out["co_counterparties"] = 1.0
    if agent is not None and _in_sentence(c, agent):
        out["agent_in_sentence"] = 1.0
        out["agent_distance"] = _scaled(c.trigger_start - agent.start)
    if other is not None and _in_sentence(c, other):
        out["counterparty_distance"] = _scaled(c.trigger_start - other.start)
        if agent is not None and _in_sentence(c, agent) and agent.start < other.start:
            out["agent_first"] = 1.0
    return out


def _figures(c: Candidate) -> dict[str, float]:
    out: dict[str, float] = {}
    if c.amount is not None:
        if vague(c.amount):
            out["vague_amount"] = 1.0
        else:
            out["amount"] = 1.0
        if c.amount.qualifier in BOUND_QUALIFIERS:
            out["amount_bound"] = 1.0  # 逾/至少/不超过: a cap or a floor, often a total or a quota
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
    if c.units:
        out["parties_named"] = round(min(len(c.units[0].named), 6) / 6, 4)
    out["article_position"] = round(min(c.sentence.start, ARTICLE_SCALE) / ARTICLE_SCALE, 4)
    out["sentence_length"] = round(min(len(c.sentence.text), 200) / 200, 4)
    if c.units and all(u.heading for u in c.units):
        out["heading"] = 1.0
    if any(u.linked for u in c.units):
        out["linked"] = 1.0
    return out


def _between(c: Candidate, m: Mention, view: str) -> str:
    """The text between party ``m`` and the deal word (the word itself when the party follows)."""
    at, start, end = c.trigger_start - c.sentence.start, m.start - c.sentence.start, m.end - c.sentence.start
    return view[end:at] if end <= at else view[at:start]


@lru_cache(maxsize=64)
def _sentence_view(text: str) -> str:
    """The view of a candidate's sentence (the candidates of one sentence ask for it in turn)."""
    return to_view(text)


def _words(c: Candidate) -> dict[str, float]:
    view = _sentence_view(c.sentence.text)
    out = _cues(view, _SENTENCE_CUES, "sent")
    length = max(len(view), 1)
    out["trigger_position"] = round(min(max(c.trigger_start - c.sentence.start, 0), length) / length, 4)
    for role, m in (("agent", c.agent), ("counterparty", c.counterparty)):
        if m is not None and _in_sentence(c, m):
            out.update(_cues(_between(c, m, view), _BETWEEN_CUES, f"{role}_cue"))
            before = view[max(m.start - c.sentence.start - MARKER_REACH, 0) : m.start - c.sentence.start]
            out.update(_cues(before, _BETWEEN_CUES, f"{role}_marker"))
    return out


def features(c: Candidate) -> dict[str, float]:
    """The features of merged candidate ``c`` (name → value; absent indicators left out)."""
    out: dict[str, float] = {}
    for part in (_frame, _parties, _figures, _discourse, _words):
        out.update(part(c))
    return out
