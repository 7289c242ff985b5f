"""Component ``finkg_entities``: candidate generators, a resolution filter, linking.

Recognition runs on the normalised view (``doc._.view``: t2s + half-width), so one pattern covers
Traditional and Simplified; offsets and surface forms are always those of the original text.
Each stage is a function over frozen :class:`~.candidates.Candidate` records:

1. candidates: gazetteer names (:mod:`.gazetteer_matches`), names ending in an organisation word
   (:mod:`.legal_names`, with the left boundary from :mod:`.boundaries`), names before tickers
   (:mod:`.ticker_names`), Latin-script names (:mod:`.latin_names`), media outlets
   (:mod:`.media`), short names in company frames and quoted names (:mod:`.frames`), people
   (:mod:`.people`), bare names their context marks (:mod:`.context_names`: 上市公司X, 獲X投資,
   X股價), all on tokens with jieba's glued function characters split off (:mod:`.glued`);
   optionally, behind these, the statistical tagger's spans the grammar accepts
   (:mod:`.lac_source`, config ``statistical``, off by default);
2. resolution (:mod:`.resolution`): the longest span wins, the gazetteer wins ties; foreign
   countries, regional readings, legal forms of known names, places and bank short forms
   corrected;
3. linking: aliases the article defines and bracketed aliases (:mod:`.aliases`), affiliates after
   旗下 (:mod:`.affiliates`), members of lists (:mod:`.coordination`), places acting as
   governments (:mod:`.governments`), surname + title (:mod:`.surnames`), later mentions and
   short forms (:mod:`.propagation`), IRIs and labels (:mod:`.linking`).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from typing import Any

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.entities import aliases, propagation, resolution
from pipeline.nlp.entities.affiliates import affiliates
from pipeline.nlp.entities.candidates import Tokens
from pipeline.nlp.entities.chained_names import chained_names
from pipeline.nlp.entities.compounds import compound_names
from pipeline.nlp.entities.context_names import context_names
from pipeline.nlp.entities.coordination import list_members
from pipeline.nlp.entities.country_companies import country_companies
from pipeline.nlp.entities.foreign_names import foreign_names
from pipeline.nlp.entities.frames import company_frames
from pipeline.nlp.entities.fund_context import named_funds
from pipeline.nlp.entities.gazetteer_matches import build_matcher, gazetteer_matches
from pipeline.nlp.entities.glued import unglue_function_chars
from pipeline.nlp.entities.governments import government_departments, institution_units, local_governments
from pipeline.nlp.entities.group_units import regional_units
from pipeline.nlp.entities.index import cached_index
from pipeline.nlp.entities.lac_source import lac_candidates, parse_policy
from pipeline.nlp.entities.latin_names import latin_names
from pipeline.nlp.entities.legal_names import suffix_orgs
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.linking import link
from pipeline.nlp.entities.media import media
from pipeline.nlp.entities.people import people
from pipeline.nlp.entities.regional_arms import regional_arms
from pipeline.nlp.entities.statistical import LacTagger
from pipeline.nlp.entities.surnames import surname_titles
from pipeline.nlp.entities.tables import entity_tables, jieba_tags
from pipeline.nlp.entities.ticker_names import ticker_orgs
from pipeline.nlp.extensions import register, text_of, view_of
from pipeline.nlp.gazetteer import Gazetteer, gazetteer_at
from pipeline.nlp.phrases import TokenPhrases
from pipeline.text.view import TextView


class EntityRecognizer:
    """Built empty; :meth:`initialize` loads the gazetteer and compiles the matcher (and, when
    ``statistical`` names acceptance policies, loads the LAC tagger)."""

    def __init__(self, nlp: Language, statistical: str = ""):
        self.nlp = nlp
        self.policy = parse_policy(statistical)
        self.lex: Lexicon | None = None
        self.matcher: TokenPhrases | None = None
        self.gazetteer: Gazetteer | None = None
        self.tagger: LacTagger | None = None

    @property
    def ready(self) -> bool:
        return self.lex is not None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        gazetteer: str | None = None,
    ) -> None:
        """Load the gazetteer (a file or directory; None = the shipped one) and build the tables."""
        self.setup(nlp or self.nlp, gazetteer_at(gazetteer))

    def setup(self, nlp: Language, gazetteer: Gazetteer) -> None:
        view = TextView()
        tables = entity_tables()
        self.gazetteer = gazetteer
        self.lex = Lexicon(tables, jieba_tags(), cached_index(gazetteer, view, tables), view)
        self.matcher = build_matcher(nlp, self.lex)
        self.tagger = LacTagger.load() if self.policy else None

    def __call__(self, doc: Doc) -> Doc:
        lex, matcher, gazetteer = self.lex, self.matcher, self.gazetteer
        if lex is None or matcher is None or gazetteer is None:
            raise RuntimeError("finkg_entities is not initialised: call nlp.initialize() (build_nlp does)")
        view = view_of(doc)
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist() if len(doc) else ([], [])
        ctx = Tokens(view, tuple(zip(starts, map(operator.add, starts, lengths), strict=True)))
        gaz = gazetteer_matches(lex, matcher, ctx)
        ctx = unglue_function_chars(lex, ctx, gaz)
        cands = [
            *gaz,
            *suffix_orgs(lex, ctx, gaz),
            *ticker_orgs(lex, ctx, gaz),
            *latin_names(lex, view, gaz),
            *media(lex, view),
            *company_frames(lex, ctx, gaz),
        ]
        cands += people(lex, ctx, gaz, cands)
        cands += context_names(lex, ctx, cands)
        cands += named_funds(lex, ctx, cands)
        cands += country_companies(lex, view, cands)
        cands += foreign_names(lex, ctx, cands)
        if self.tagger is not None:
            cands += lac_candidates(lex, ctx, self.tagger.spans(view), cands, self.policy)
        figures = (doc._.amounts or (), doc._.capacities or (), doc._.shares or (), doc._.percentages or ())
        cands = resolution.outside_figures(cands, ((f.start, f.end) for kind in figures for f in kind))
        chosen = resolution.resolve(cands)
        chosen = chained_names(ctx, gaz, chosen)
        chosen = resolution.drop_foreign_country(lex, view, chosen)
        # (the market, finer than the contract's region: Malaysia and Singapore are both "other")
        market = getattr(doc._.article, "market", None) or getattr(doc._.article, "region", None)
        chosen = resolution.regional_readings(lex, view, market, chosen)
        chosen = resolution.controlling_shareholders(view, chosen)
        chosen = resolution.known_with_legal_suffix(lex, view, chosen)
        chosen = resolution.places_before_institutions(lex, view, chosen)
        chosen = resolution.branches_of_named(lex, view, chosen)
        chosen = resolution.regional_subsidiaries(view, chosen)
        chosen = regional_arms(lex, view, chosen)
        chosen = compound_names(view, chosen)
        chosen = regional_units(ctx, chosen)
        chosen = resolution.bank_short_forms(lex, view, chosen)
        chosen = resolution.extended_short_forms(lex, ctx, chosen)
        chosen = resolution.bracketed_places(lex, view, chosen)
        chosen = resolution.latin_initials_of_known(lex, view, chosen)
        chosen = aliases.defined_aliases(lex, view, chosen)
        chosen = aliases.issuer_short_name(view, chosen)
        chosen = aliases.parenthesised_aliases(lex, view, chosen)
        chosen = affiliates(lex, ctx, chosen)
        chosen = list_members(lex, ctx, chosen)
        chosen = local_governments(lex, ctx, chosen)
        chosen = institution_units(lex, ctx, chosen)
        chosen = government_departments(lex, ctx, chosen)
        chosen = surname_titles(lex, ctx, chosen)
        chosen = propagation.propagate(lex, ctx, chosen)
        chosen = propagation.merge_legal_variants(lex, view, chosen)
        chosen = resolution.people_named_as_organisations(view, chosen)
        chosen = resolution.latin_names_of_people(view, chosen)
        doc._.mentions, doc._.entities = link(gazetteer, text_of(doc), chosen)
        return doc


@Language.factory("finkg_entities", default_config={"statistical": ""})
def make_entities(nlp: Language, name: str, statistical: str) -> EntityRecognizer:
    """``statistical``: acceptance policies of the optional LAC source (``.lac_source``), "" = off."""
    register()
    return EntityRecognizer(nlp, statistical)
