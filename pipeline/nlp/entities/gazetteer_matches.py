"""Candidate generator 1: gazetteer names.

A spaCy ``PhraseMatcher`` on token norms (the tokenizer put every name in jieba's dictionary,
so tokens align), Latin names case-insensitively, tickers exactly; a character-level pass then
catches Chinese names that straddle token boundaries or begin a longer token.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pipeline.nlp.entities.candidates import LATIN, Candidate, Tokens, fold_key
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.text.view import FILLER


def build_matcher(nlp: Language, lex: Lexicon) -> PhraseMatcher:
    """One pattern per normalised gazetteer form, on token norms."""
    matcher = PhraseMatcher(nlp.vocab, attr="NORM")
    for key, name in lex.index.pattern_names.items():
        doc = nlp.make_doc(name)
        for tok in doc:
            tok.norm_ = fold_key(doc._.view[tok.idx : tok.idx + len(tok.text)])
        matcher.add(key, [doc])
    return matcher


def gazetteer_matches(lex: Lexicon, matcher: PhraseMatcher, doc: Doc, ctx: Tokens) -> list[Candidate]:
    """Known names on the Doc's tokens (norms must already be the folded view forms)."""
    out: list[Candidate] = []
    covered = [False] * len(ctx.view)
    for match_id, s, e in matcher(doc):
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        surface = ctx.view[start:end]
        entry = lex.index.accept_form(doc.vocab.strings[match_id], surface.replace(FILLER, ""))
        if entry is None or not latin_edges_ok(ctx.view, start, end):
            continue
        for i in range(start, end):
            covered[i] = True
        if entry.type == "organization" and index_follows(lex, ctx.view, end):
            continue  # 那斯達克指數: an index, not the exchange
        out.append(Candidate(start, end, entry.type, entry.iri, fold_key(surface), 0, "gazetteer"))
    out += _character_matches(lex, ctx, covered, {(c.start, c.end) for c in out})
    return out


def _character_matches(
    lex: Lexicon, ctx: Tokens, covered: list[bool], spans: set[tuple[int, int]]
) -> list[Candidate]:
    """Chinese names that straddle token boundaries, or that begin a longer token (華為技術 in
    華為技術有限公司); a longer name beats a token match inside it."""
    view = ctx.view
    out: list[Candidate] = []
    for i in range(len(view) - 1):
        if i not in ctx.starts and covered[i]:
            continue
        for form in lex.index.cjk_forms.get(view[i : i + 2], ()):
            end = i + len(form)
            if len(form) < 3 or view[i:end] != form or (i, end) in spans:
                continue
            if not (i in ctx.starts or end in ctx.ends):
                continue
            if covered[i] and not any(not covered[k] for k in range(i, end)) and end not in ctx.ends:
                continue  # inside what the matcher found already
            entry = lex.index.forms[fold_key(form)][0][0]
            if entry.type == "organization" and index_follows(lex, view, end):
                break
            out.append(Candidate(i, end, entry.type, entry.iri, fold_key(form), 0, "gazetteer-char"))
            break
    return out


def index_follows(lex: Lexicon, view: str, end: int) -> bool:
    """An index word follows (那斯達克指數): the name is the index's."""
    end += view[end : end + 1] == " "
    return any(view.startswith(w, end) for w in lex.t.index_words)


def latin_edges_ok(view: str, start: int, end: int) -> bool:
    """A Latin name must not be glued to more Latin letters (Meta in Metaverse)."""
    if LATIN.match(view[start]) and start > 0 and view[start - 1].isascii() and view[start - 1].isalnum():
        return False
    return not (
        LATIN.match(view[end - 1]) and end < len(view) and view[end].isascii() and view[end].isalnum()
    )
