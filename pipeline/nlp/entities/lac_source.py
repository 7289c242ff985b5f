"""Candidate source 7 (optional, off by default): the statistical tagger's spans, where the grammar agrees.

The LAC tagger (:mod:`.statistical`) proposes ORG and PER spans; alone it is a poor recogniser
(devset2/tune: organisations F1 0.65, people precision 0.45). Here it stands behind the
grammar: a span becomes a candidate only under an acceptance *policy*, each a condition the
grammar's own tables check, and never where a grammar candidate already is (except ``boundary``,
which may widen one). Policies, combined with ``+`` (``org-form+person-title``):

``org-form``
    an ORG span in a gap of the grammar that ends in a strong organisation word (legal forms,
    集團, 銀行, 基金 …: ``ORG_SUFFIXES_STRONG``) after a trade name: at least one distinct word
    (a proper noun, an unknown word, Latin letters) and no word a name cannot contain.
``org-industry``
    the same with any organisation word, industry words included (科技, 投資, 能源 …).
``org-name``
    an ORG span in a gap made of whole words, at least one of them distinct, none a word a
    name cannot contain, not a generic noun, descriptor or place: a name without an
    organisation word (雲溪投資, 華鐵); the grammar only vouches for its shape: no last
    character that ends a clause word or a unit rather than a name (將, 部, 廠), no event word
    at the end (論壇, 方案) — the grammar's own tables of name ends.
``person-title``
    a PER span in a gap: a Chinese name (a known surname + one or two characters) with a title
    right before or right after it (董事長, 總經理 …).
``person-name``
    a PER span in a gap shaped as a Chinese name (surname + one or two characters), no context
    required.
``org-any``
    every ORG span of two or more characters in a gap, no condition: the ceiling of what the
    tagger can add, for measurement (not a policy to use).
``boundary``
    an ORG span that contains a grammar organisation and ends where it ends, the extra words on
    the left all distinct words (no place, verb, descriptor or function word): the longer name.

Accepted spans are rank-2 (weak rule) candidates with source ``lac-<policy>``; the resolution
and linking passes treat them as any other candidate.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from pipeline.errors import FinkgError
from pipeline.nlp.entities.candidates import Candidate, Tokens, all_cjk, fold_key
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.statistical import TaggedSpan

POLICIES: tuple[str, ...] = (
    "org-form",
    "org-industry",
    "org-name",
    "person-title",
    "person-name",
    "boundary",
    "org-any",
)
#: what a word must contribute for a head to be a trade name (see ``Lexicon.word_kind``)
_TRADE_NAME_KINDS = frozenset({"distinct", "latin"})
#: shortest organisation span taken from the tagger (a suffix and at least two characters)
_MIN_ORG = 3


def parse_policy(spec: str) -> frozenset[str]:
    """``"org-form+person-title"`` → its policies; ``""`` → none (the source is off)."""
    chosen = frozenset(p.strip() for p in spec.split("+") if p.strip())
    unknown = sorted(chosen - set(POLICIES))
    if unknown:
        raise FinkgError(
            f"unknown statistical-recogniser policy {', '.join(unknown)}: use {', '.join(POLICIES)}"
            " (joined with +)"
        )
    return chosen


def lac_candidates(
    lex: Lexicon,
    ctx: Tokens,
    tagged: Sequence[TaggedSpan],
    grammar: Sequence[Candidate],
    policy: frozenset[str],
) -> list[Candidate]:
    """The tagger's spans that ``policy`` accepts, given the grammar's candidates."""
    starts = [s for s, _ in ctx.spans]
    occupied = sorted((c.start, c.end) for c in grammar)
    out: list[Candidate] = []
    for span in tagged:
        s, e = _trimmed(ctx.view, span.start, span.end)
        if e > s:
            free = not _overlaps(occupied, s, e)
            cand = _accepted(lex, ctx, starts, span.label, s, e, free, grammar, policy)
            if cand is not None:
                out.append(cand)
    return out


def _accepted(
    lex: Lexicon,
    ctx: Tokens,
    starts: list[int],
    label: str,
    s: int,
    e: int,
    free: bool,
    grammar: Sequence[Candidate],
    policy: frozenset[str],
) -> Candidate | None:
    """The candidate ``policy`` makes of the tagged span view[s:e] (``free``: in a gap)."""
    if label == "ORG" and free and "org-any" in policy:
        return (
            Candidate(s, e, "organization", None, fold_key(ctx.view[s:e]), 2, "lac-org")
            if e - s >= 2
            else None
        )
    if label == "ORG" and free and policy & {"org-form", "org-industry", "org-name"}:
        return _organisation(lex, ctx, starts, s, e, policy)
    if label == "PER" and free and policy & {"person-title", "person-name"}:
        return _person(lex, ctx.view, s, e, "person-name" in policy)
    if label == "ORG" and not free and "boundary" in policy:
        return _widened(lex, ctx, starts, s, e, grammar)
    return None


def _trimmed(view: str, s: int, e: int) -> tuple[int, int]:
    while s < e and view[s].isspace():
        s += 1
    while e > s and view[e - 1].isspace():
        e -= 1
    return s, e


def _overlaps(occupied: list[tuple[int, int]], s: int, e: int) -> bool:
    # candidates may nest, so look at every span starting before e
    return any(cs < e and s < ce for cs, ce in occupied[: bisect_left(occupied, (e, -1))])


def _words(ctx: Tokens, starts: list[int], s: int, e: int) -> list[str] | None:
    """The jieba words of view[s:e], or None when s or e cuts a word (the tagger and the
    segmenter disagree: no grammar reading of the span)."""
    if s not in ctx.starts or (e not in ctx.ends and e != len(ctx.view)):
        return None
    return [ctx.tok(i) for i in range(bisect_left(starts, s), bisect_right(starts, e - 1))]


def _org_suffix(lex: Lexicon, name: str, policy: frozenset[str]) -> str | None:
    words = lex.t.strong if "org-industry" not in policy else lex.t.suffixes
    return next((w for w in words if name.endswith(w) and len(w) < len(name)), None)


def _trade_name(lex: Lexicon, words: list[str]) -> bool:
    kinds = [lex.word_kind(w) for w in words]
    return bool(kinds) and None not in kinds and any(k in _TRADE_NAME_KINDS for k in kinds)


def _organisation(
    lex: Lexicon, ctx: Tokens, starts: list[int], s: int, e: int, policy: frozenset[str]
) -> Candidate | None:
    name = ctx.view[s:e]
    if len(name) < _MIN_ORG or name in lex.t.generic:
        return None
    suffix = _org_suffix(lex, name, policy)
    if suffix is None:
        return _bare_name(lex, ctx, starts, s, e) if "org-name" in policy else None
    head = _words(ctx, starts, s, e - len(suffix))
    if head is None or not _trade_name(lex, head) or "".join(head) in lex.t.descriptors:
        return None
    return Candidate(s, e, "organization", None, fold_key(name), 2, "lac-org")


def _bare_name(lex: Lexicon, ctx: Tokens, starts: list[int], s: int, e: int) -> Candidate | None:
    name = ctx.view[s:e]
    words = _words(ctx, starts, s, e)
    if (
        len(name) < 2
        or words is None
        or not _trade_name(lex, words)
        or name in lex.t.descriptors
        or lex.is_place(name)
        or name[-1] in lex.t.not_name_final
        or name[-1] in lex.t.name_final
        or name.endswith(lex.t.events)
    ):
        return None
    return Candidate(s, e, "organization", None, fold_key(name), 2, "lac-org")


def _person(lex: Lexicon, view: str, s: int, e: int, bare: bool) -> Candidate | None:
    name = view[s:e]
    surname = next((c for c in lex.t.compound_surnames if name.startswith(c)), None)
    if surname is None and name[:1] in lex.t.surnames:
        surname = name[:1]
    if surname is None or not all_cjk(name) or not 1 <= len(name) - len(surname) <= 2:
        return None
    before = view[max(0, s - 8) : s].rstrip()
    titled = bare or any(before.endswith(t) for t in lex.t.titles) or lex.t.title_re.match(view, e)
    return Candidate(s, e, "person", None, fold_key(name), 2, "lac-person") if titled else None


def _widened(
    lex: Lexicon, ctx: Tokens, starts: list[int], s: int, e: int, grammar: Sequence[Candidate]
) -> Candidate | None:
    inner = next((c for c in grammar if c.type == "organization" and c.end == e and s < c.start), None)
    if inner is None:
        return None
    extra = _words(ctx, starts, s, inner.start)
    if not extra or any(lex.word_kind(w) not in _TRADE_NAME_KINDS for w in extra):
        return None
    if any(c.start < inner.start and s < c.end and c is not inner for c in grammar):
        return None  # the extra words are another candidate's
    return Candidate(s, e, "organization", None, fold_key(ctx.view[s:e]), 2, "lac-boundary")
