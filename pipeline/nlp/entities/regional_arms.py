"""Resolution pass: a known company and a market right after it, its arm there (蔚來中國, 南亞科技美國公司).

News name a group's national or regional company by the group's name and the market (特斯拉中國,
某某美國公司, 某某亞太): when the market word (and 公司) is followed by what follows a company's
name (a predicate, a title, a list word, punctuation), the two are one organisation of its own;
before a noun (蔚來中國市場, 特斯拉中國工廠, 某某中國區總裁) the market is the place of the noun.
"""

from __future__ import annotations

from pipeline.lang.zh import org_context
from pipeline.lang.zh.grammar import CLAUSE_END, LIST_CONJUNCTIONS
from pipeline.nlp.entities.candidates import Candidate, by_position, fold_key
from pipeline.nlp.entities.lexicon import Lexicon

#: what may follow a company's name (on the view)
_AFTER_NAME = (
    *org_context.SUBJECT_ACTS,
    *org_context.COMPANY_PREDICATES,
    *org_context.PARTNER_VERBS,
    *org_context.DEAL_SLOT_CLOSERS,
    *LIST_CONJUNCTIONS,
)


def regional_arms(lex: Lexicon, view: str, chosen: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in by_position(chosen):
        prev = out[-1] if out else None
        arm = _arm(lex, view, prev, c) if prev is not None else None
        if arm is not None:
            out[-1] = arm
            continue
        out.append(c)
    return out


def _arm(lex: Lexicon, view: str, known: Candidate, place: Candidate) -> Candidate | None:
    market = view[place.start : place.end]
    if (
        known.type != "organization"
        or known.iri is None
        or place.type != "place"
        or known.end != place.start
        or market not in org_context.ARM_MARKETS
    ):
        return None
    end = place.end
    end += next((len(w) for w in org_context.ARM_COMPANY_WORDS if view.startswith(w, end)), 0)
    rest = view[end : end + 8]
    if not (
        rest[:1] in CLAUSE_END or not rest or rest.startswith(_AFTER_NAME) or rest.startswith(lex.t.titles)
    ):
        return None
    if _places_listed(lex, rest):
        return None  # 鴻海印度與美國投資: the group's investments in two markets
    name = view[known.start : end]
    return Candidate(known.start, end, "organization", None, fold_key(name), 1, "regional-arm")


def _places_listed(lex: Lexicon, rest: str) -> bool:
    """A list word and another market after the market (印度|與|美國; not 中國|與|合肥市政府)."""
    joiner = next((j for j in LIST_CONJUNCTIONS if rest.startswith(j)), None)
    if joiner is None:
        return False
    after = rest[len(joiner) :]
    return after.startswith((*org_context.ARM_MARKETS, *lex.t.foreign_countries))
