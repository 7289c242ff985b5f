"""Candidate generator: a foreign country and an industry word naming a company in a party slot.

西班牙電訊 or 德國電信 is a company where only a company stands (向西班牙電訊購入, 與德國電信簽署,
德國電信宣布收購…) and the country's industry elsewhere (西班牙電訊市場, 德國電信業): the gazetteer
knows only the long forms (德國電信公司), so the slot decides. The phrase is linked to the company
its long form names when the gazetteer has one.
"""

from __future__ import annotations

from pipeline.lang.zh import org_context
from pipeline.lang.zh.grammar import CLAUSE_END, OPEN_BRACKETS
from pipeline.nlp.entities.candidates import Candidate, fold_key
from pipeline.nlp.entities.lexicon import Lexicon

#: what may stand right before a subject: punctuation, a bracket, the text or line start
_BOUNDARY = CLAUSE_END | OPEN_BRACKETS | frozenset("、 \u3000")


def country_companies(lex: Lexicon, view: str, taken: list[Candidate]) -> list[Candidate]:
    """``taken``: the candidates found so far; a phrase overlapping one is left to it."""
    occupied = {
        i for c in taken if c.type in ("organization", "media", "person") for i in range(c.start, c.end)
    }
    out: list[Candidate] = []
    for country in lex.t.foreign_countries:
        pos = view.find(country)
        while pos >= 0:
            cand = _phrase_at(lex, view, pos, country, occupied)
            if cand is not None:
                out.append(cand)
            pos = view.find(country, pos + 1)
    return out


def _phrase_at(lex: Lexicon, view: str, pos: int, country: str, occupied: set[int]) -> Candidate | None:
    after_country = pos + len(country)
    industry = next(
        (w for w in org_context.COUNTRY_COMPANY_INDUSTRIES if view.startswith(w, after_country)), None
    )
    if industry is None:
        return None
    end = after_country + len(industry)
    if any(i in occupied for i in range(pos, end)) or not _in_slot(view, pos, end):
        return None
    name = view[pos:end]
    known = next(
        (e for form in org_context.COUNTRY_COMPANY_LONG_FORMS if (e := lex.index.known_org(name + form))),
        None,
    )
    iri = known.iri if known is not None else None
    return Candidate(pos, end, "organization", iri, fold_key(name), 1, "country-company")


def _in_slot(view: str, start: int, end: int) -> bool:
    """After an opener and before a deal verb, or at a clause start before a company's act."""
    rest = view[end:]
    if view[:start].endswith(org_context.DEAL_SLOT_OPENERS) and rest.startswith(
        org_context.COUNTRY_COMPANY_CLOSERS
    ):
        return True
    at_start = start == 0 or view[start - 1] in _BOUNDARY
    return at_start and rest.startswith(org_context.COUNTRY_COMPANY_SUBJECT_VERBS)
