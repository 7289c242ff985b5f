"""Candidate generator 1: gazetteer names.

A phrase matcher on token keys (:class:`~pipeline.nlp.phrases.TokenPhrases`, spaCy's
``PhraseMatcher`` semantics: the tokenizer put every name in jieba's dictionary, so tokens
align), Latin names case-insensitively, tickers exactly; a character-level pass then catches
Chinese names that straddle token boundaries or begin a longer token.
"""

from __future__ import annotations

import hashlib

from spacy.language import Language

from pipeline.cache import memo
from pipeline.nlp.entities.candidates import LATIN, Candidate, Tokens, fold_key
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.phrases import TokenPhrases
from pipeline.nlp.tokenizer import T2SJiebaTokenizer
from pipeline.text.view import FILLER


def token_keys(nlp: Language, name: str) -> tuple[str, ...]:
    """The keys of a name's tokens, as the tokenizer splits the name alone: folded view forms."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, T2SJiebaTokenizer):
        view, words = tokenizer.words(name)
    else:
        doc = nlp.make_doc(name)
        view, words = doc._.view, [t.text for t in doc]
    keys, pos = [], 0
    for word in words:
        keys.append(fold_key(view[pos : pos + len(word)]))
        pos += len(word)
    return tuple(keys)


def build_matcher(nlp: Language, lex: Lexicon) -> TokenPhrases:
    """One pattern per normalised gazetteer form, on token keys.

    The patterns depend on the names and on how the tokenizer splits them: with the finkg
    tokenizer the matcher is cached under a digest of both (and of finkg's code,
    :mod:`pipeline.cache`).
    """
    names = lex.index.pattern_names

    def patterns() -> list[tuple[str, tuple[str, ...]]]:
        return [(key, token_keys(nlp, name)) for key, name in names.items()]

    signature = getattr(nlp.tokenizer, "signature", None)
    if not isinstance(nlp.tokenizer, T2SJiebaTokenizer) or signature is None:
        return TokenPhrases(patterns())
    digest = hashlib.sha256(signature.encode())
    for key, name in names.items():
        digest.update(f"{key}\0{name}\n".encode())
    return memo(f"gazetteer-matcher-{digest.hexdigest()[:24]}", lambda: TokenPhrases(patterns()))


def gazetteer_matches(lex: Lexicon, matcher: TokenPhrases, ctx: Tokens) -> list[Candidate]:
    """Known names on the document's tokens."""
    out: list[Candidate] = []
    covered = [False] * len(ctx.view)
    spans = ctx.spans
    keys: dict[str, str] = lex.memo("token keys")  # (fold_key's LRU costs more than a dict)
    folded = [keys[w] if w in keys else keys.setdefault(w, fold_key(w)) for w in ctx.words]
    for key, s, e in matcher.matches(folded):
        start, end = spans[s][0], spans[e - 1][1]
        surface = ctx.view[start:end]
        entry = lex.index.accept_form(key, surface.replace(FILLER, ""))
        if entry is None or not latin_edges_ok(ctx.view, start, end):
            continue
        covered[start:end] = [True] * (end - start)
        if entry.type == "organization" and index_follows(lex, ctx.view, end):
            continue  # 那斯達克指數: an index, not the exchange
        out.append(Candidate(start, end, entry.type, entry.iri, fold_key(surface), 0, "gazetteer"))
    out += _character_matches(lex, ctx, covered, {(c.start, c.end) for c in out})
    # (the common words the text holds at all, looked for once: most hold none)
    words = tuple(w for w in lex.t.words_with_names if w in ctx.view)
    run_on = lex.t.words_from_name_end
    return [
        c
        for c in out
        if not (words and in_common_word(lex, ctx.view, c.start, c.end, words))
        and not ctx.view.startswith(run_on, c.end - 1)
        and not lex.t.industry_after_name.match(ctx.view, c.end)
    ]


def in_common_word(
    lex: Lexicon, view: str, start: int, end: int, words: tuple[str, ...] | None = None
) -> bool:
    """The name lies inside a common word that holds it only as letters (夏普比率, 高通膨);
    ``words``: the common words to look for (default: all)."""
    for word in lex.t.words_with_names if words is None else words:
        if len(word) <= end - start:
            continue
        i = view.find(word, max(0, end - len(word)), start + len(word))
        while 0 <= i <= start:
            if i + len(word) >= end:
                return True
            i = view.find(word, i + 1, start + len(word))
    return False


def _character_matches(
    lex: Lexicon, ctx: Tokens, covered: list[bool], spans: set[tuple[int, int]]
) -> list[Candidate]:
    """Chinese names that straddle token boundaries, or that begin a longer token (華為技術 in
    華為技術有限公司); a longer name beats a token match inside it."""
    view = ctx.view
    out: list[Candidate] = []
    automaton = lex.index.cjk_automaton
    # every occurrence of a Chinese form of 3+ characters, found in one pass, by start
    at: dict[int, list[str]] = {}
    for last, found in automaton.iter(view) if automaton is not None else ():
        at.setdefault(last + 1 - len(found), []).append(found)
    for i in sorted(at):
        if i not in ctx.starts and covered[i]:
            continue
        for form in sorted(at[i], key=len, reverse=True):
            end = i + len(form)
            if (i, end) in spans:
                continue
            if not (i in ctx.starts or end in ctx.ends):
                continue
            if covered[i] and all(covered[i:end]) and end not in ctx.ends:
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
    return view.startswith(lex.t.index_words, end)


def latin_edges_ok(view: str, start: int, end: int) -> bool:
    """A Latin name must not be glued to more Latin letters (Meta in Metaverse)."""
    if LATIN.match(view[start]) and start > 0 and view[start - 1].isascii() and view[start - 1].isalnum():
        return False
    return not (
        LATIN.match(view[end - 1]) and end < len(view) and view[end].isascii() and view[end].isalnum()
    )
