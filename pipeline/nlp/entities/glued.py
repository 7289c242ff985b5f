"""Tokens in which jieba's new-word guesser glued a function character to an unknown name.

jieba cuts a run of characters its dictionary does not know by a statistical guess, and the
guess often takes the conjunction, preposition, modal or descriptor next to the name along
(及翔鹭, 翔鹭拟斥资, 陆企澄远): every later pass reads tokens, so the character is split off first, once.
Dictionary words, known names and tokens that would leave fewer than two characters stay.
"""

from __future__ import annotations

from pipeline.lang.zh import org_context, org_forms
from pipeline.nlp.entities.candidates import Candidate, Tokens, all_cjk
from pipeline.nlp.entities.lexicon import Lexicon, maker_noun_before

#: company descriptors, longest first
_DESCRIPTORS = tuple(sorted(org_context.DESCRIPTORS_BEFORE_NAME, key=len, reverse=True))
#: two-character predicates whose first character jieba may glue to the name before them
_PREDICATE_WORDS = frozenset(
    w for w in (*org_context.DEAL_SLOT_CLOSERS, *org_context.COMPANY_PREDICATES) if len(w) == 2
)


def unglue_function_chars(lex: Lexicon, ctx: Tokens, gaz: list[Candidate]) -> Tokens:
    known = {i for c in gaz for i in range(c.start, c.end)}
    tags = lex.tags
    words, all_spans = ctx.words, ctx.spans
    glued = [
        i
        for i, word in enumerate(words)
        if len(word) >= 3
        and (word not in tags or _preposition_before_company(lex, ctx, i))
        and all_spans[i][0] not in known
        and all_cjk(word)
    ]
    spans: list[tuple[int, int]] = []
    last = 0  # (the tokens between the glued ones stay as they are)
    for i in glued:
        spans += all_spans[last:i]
        last = i + 1
        word, (ts, te) = words[i], all_spans[i]
        s, e = ts, te
        descriptor = next((d for d in _DESCRIPTORS if word.startswith(d) and len(word) - len(d) >= 2), "")
        if descriptor:
            s += len(descriptor)  # 陸企|澄遠
        elif _glued_before(lex, ctx, i, word):
            s += 1
        if e - s >= 3 and word[-1] in org_context.GLUED_AFTER_NAME and lex.tag(word[-2:]) is None:
            e -= 1
        elif e - s >= 3 and i + 1 < len(ctx) and word[-1] + ctx.tok(i + 1) in _PREDICATE_WORDS:
            e -= 1  # 澄遠領|投: the first character of 領投
        spans += [x for x in ((ts, s), *_split_conjunction(lex, ctx.view, s, e), (e, te)) if x[0] < x[1]]
    spans += all_spans[last:]
    out = ctx if len(spans) == len(ctx.spans) else Tokens(ctx.view, tuple(spans))
    return _industry_initial_moved(lex, out, known)


def _industry_initial_moved(lex: Lexicon, ctx: Tokens, known: set[int]) -> Tokens:
    """澄岳新|材料 → 澄岳|新材料: jieba glued the first character of an organisation word to the
    unknown name before it; the character goes back to the word."""
    spans = list(ctx.spans)
    moved = False
    for i in range(len(spans) - 1):
        (ts, te), (ns, ne) = spans[i], spans[i + 1]
        if te - ts < 3 or te != ns or ts in known:
            continue
        word = ctx.view[ts:te]
        if (
            lex.tag(word) is None
            and all_cjk(word)
            and lex.tag(word[:-1]) is None
            and lex.is_org_word(word[-1] + ctx.view[ns:ne])
        ):
            spans[i], spans[i + 1] = (ts, te - 1), (te - 1, ne)
            moved = True
    return Tokens(ctx.view, tuple(spans)) if moved else ctx


def _split_conjunction(lex: Lexicon, view: str, s: int, e: int) -> list[tuple[int, int]]:
    """嵐翊|和|凱岳: two unknown names jieba guessed as one word with the conjunction inside."""
    for k in range(s + 2, e - 2):
        words = (view[k - 1 : k + 1], view[k : k + 2])  # no dictionary word across the conjunction
        if view[k] in org_context.GLUED_CONJUNCTIONS and all(lex.tag(w) is None for w in words):
            return [(s, k), (k, k + 1), (k + 1, e)]
    return [(s, e)]


def _preposition_before_company(lex: Lexicon, ctx: Tokens, i: int) -> bool:
    """拟|向嘉禾|瑞通投资有限公司: jieba reads a preposition and a trade name as a person's name
    (向嘉禾); after a modal and before more name words it is the preposition."""
    word = ctx.tok(i)
    if word[0] not in org_context.GLUED_BEFORE_NAME_SURNAMES or not (lex.tag(word) or "").startswith("nr"):
        return False
    if i == 0 or i + 1 >= len(ctx) or ctx.tok(i - 1) not in org_forms.INVESTOR_FRAME_MODALS:
        return False
    return lex.word_kind(ctx.tok(i + 1)) in ("distinct", "generic", "char")


def _glued_before(lex: Lexicon, ctx: Tokens, i: int, word: str) -> bool:
    if lex.tag(word[:2]) is not None or word[1] in lex.t.clause_chars:
        return False  # 予|和泰: the name itself begins with a function character
    if word[0] in org_context.GLUED_BEFORE_NAME:
        return True
    if word[0] in org_context.KIND_FINAL_CHARS and i > 0:
        before = ctx.tok(i - 1)  # 无人机|厂雷虎: the maker's noun 无人机厂, then the name
        return lex.tag(before) is not None and maker_noun_before(before + word[0])
    if word[0] not in org_context.GLUED_BEFORE_NAME_SURNAMES or i == 0:
        return False
    before = ctx.tok(i - 1)
    return all_cjk(before) and before not in lex.t.titles
