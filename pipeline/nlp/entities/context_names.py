"""Candidate generator: bare names the words around them mark as organisations.

A reader who does not know 翔鷺 still reads it as a company in 上市公司翔鷺擬斥資…, 獲澄源投資,
由澄源領投, 向翔鷺收購 or 翔鷺股價大漲: a short run of name words (no organisation word at its
end, so no other generator takes it) is an organisation when a descriptor stands before it and a
predicate after it, when it fills the party slot of a deal verb, or when it is the subject of a
predicate only a company has. Runs with no distinctive word (common nouns, places), people and
known names are left alone.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import org_context, org_forms
from pipeline.lang.zh.grammar import CLAUSE_END, LIST_CONJUNCTIONS, OPEN_BRACKETS
from pipeline.nlp.entities.candidates import CJK, Candidate, Tokens, all_cjk, fold_key, is_latin
from pipeline.nlp.entities.lexicon import Lexicon, maker_noun_before

#: what may stand right before a subject: punctuation, a bracket, the text or line start
_BOUNDARY = CLAUSE_END | OPEN_BRACKETS | frozenset("、 \u3000")
#: the conjunctions that join the members of a list, longest first
_JOINERS = tuple(sorted(LIST_CONJUNCTIONS, key=len, reverse=True))
_JOINER_INITIALS = frozenset(j[0] for j in _JOINERS)
#: a Latin name in brackets (the view folds full-width brackets)
_LATIN_ALIAS = re.compile(r"\([A-Za-z][A-Za-z0-9&.\- ]{1,30}\)")
_ROUND_REPORT = re.compile(org_context.ROUND_REPORT)
_FINANCING_REPORT = re.compile(org_context.FINANCING_REPORT)
_INTRODUCER = re.compile(org_context.LIST_INTRODUCER_RE)
_STAKE = re.compile(org_context.STAKE_AFTER_NAME)
_COUNTED_COLLECTIVE = re.compile(org_context.LIST_COUNTED_COLLECTIVE)
_LISTING_MARK = re.compile(org_context.LISTING_MARK)
_CORPORATE_TITLES = tuple(sorted(org_context.CORPORATE_TITLES, key=len, reverse=True))
#: the first of the time adverbs at a position, by one match
_TIME_ADVERB = re.compile("|".join(map(re.escape, org_context.TIME_ADVERBS)))
#: the characters the titles begin with, the introducers and descriptors end with (a cheap first
#: test before ``startswith`` / ``endswith`` over the whole table)
_TITLE_INITIALS = frozenset(w[0] for w in _CORPORATE_TITLES)
_ROLE_NOUNS = tuple(org_forms.COMPANY_DESCRIPTORS)
_INTRODUCER_FINALS = frozenset(w[-1] for w in org_context.LIST_INTRODUCERS)
_DESCRIPTOR_FINALS = frozenset(w[-1] for w in org_context.DESCRIPTORS_BEFORE_NAME)
#: the cues a person's name also fills (王大明與翔鷺簽約, 獲王大明投資)
_PERSON_SLOTS = frozenset({"clause", "inline", "opener", "stake"})
#: kinds of a name word (:meth:`Lexicon.word_kind`) a bare name is made of
_NAME_KINDS = ("distinct", "char", "latin")
#: one-character words after a bare name that begin its predicate
_MODALS = frozenset(org_context.PREDICATE_INITIALS)
#: words that end a run whatever jieba makes of them (领投 is no dictionary word)
_ENDS_RUN = frozenset((*org_context.DEAL_SLOT_CLOSERS, *org_context.COMPANY_PREDICATES))


#: the answers of ``_piece`` by (word, first)
_Pieces = dict[tuple[str, bool], str | None]


class _Run(NamedTuple):  # (a named tuple: the scan makes thousands)
    start: int
    end: int
    #: index of the first token after the run
    next_tok: int
    #: what each word is (see ``_piece``)
    kinds: tuple[str, ...]


def context_names(lex: Lexicon, ctx: Tokens, taken: list[Candidate]) -> list[Candidate]:
    """``taken``: the candidates found so far; a bare name never overlaps one."""
    # a Latin word the Latin generator took may end a longer bare name (澄源Tech)
    # a known place may begin one (尖沙咀|置業股價…: ``_place_trade_name``)
    place_starts = {c.start for c in taken if c.type == "place"} - {
        c.start for c in taken if c.type != "place" and c.source != "latin"
    }
    occupied = {
        i for c in taken if c.source != "latin" for i in range(c.start, c.end) if i not in place_starts
    }
    org_starts = {c.start: c.end for c in taken if c.type == "organization"}
    full_names = _full_names(ctx.view, taken)
    out: list[Candidate] = []
    pieces: _Pieces = lex.memo("bare-name pieces")
    resume = 0
    for i in _beginnings(lex, ctx.words, pieces):
        if i < resume:
            continue
        # (the cue only where a bare name begins)
        runs = _list_at(lex, ctx, i, occupied, pieces)
        if runs and ctx.spans[i][0] in place_starts and runs[0].kinds[0] != "place":
            continue
        # 收购|日本|岚翊电机: the cue stands before the country, which the name is written with
        # (resolution.drop_foreign_country takes it off a known name)
        country = i > 1 and ctx.tok(i - 1) in lex.t.foreign_countries
        country = country or _place_before(ctx, i, runs, place_starts)
        cue = _left_cue(lex, ctx, i - 1 if country else i) if runs else None
        if cue == "clause" and len(runs) == 1:
            runs = [_with_round_noun(lex, ctx, runs[0])]
        accepted = False  # (known true: the runs as they stand were accepted already)
        if cue not in (None, "inline") and runs:
            accepted = _accepted(lex, ctx, cue, runs, org_starts)
            if not accepted:
                # (after 的 or a verb a noun ends a common noun phrase: 某某的算力瓶颈、…)
                runs = _list_at(lex, ctx, i, occupied, pieces, nouns=True)
        if cue is not None and runs and (accepted or _accepted(lex, ctx, cue, runs, org_starts)):
            if country:
                runs[0] = runs[0]._replace(start=ctx.spans[i - 1][0])
            for run in runs:
                out.append(_bare_candidate(ctx.view, run, full_names))
                occupied.update(range(run.start, run.end))
            resume = runs[-1].next_tok
    return out


def _place_before(ctx: Tokens, i: int, runs: list[_Run], place_starts: set[int]) -> bool:
    """深圳|元启智能完成…, 杭州|云迹科技宣布…: a city or province the short name is written with,
    before a trade name that is distinctive or ends in an industry word."""
    if i == 0 or len(runs) != 1 or ctx.spans[i - 1][0] not in place_starts:
        return False
    kinds = runs[0].kinds
    return kinds[0] == "distinct" or (kinds[0] in ("noun", "adj") and kinds[-1] == "industry")


def _beginnings(lex: Lexicon, words: tuple[str, ...], pieces: _Pieces) -> list[int]:
    """The tokens a bare name may begin with (most tokens begin none)."""
    begins: dict[str, bool] = lex.memo("bare-name beginnings")
    for w in [w for w in set(words) if w not in begins]:
        begins[w] = _memo_piece(lex, pieces, w, True) is not None
    return [i for i, w in enumerate(words) if begins[w]]


def _full_names(view: str, taken: list[Candidate]) -> dict[str, Candidate]:
    """The organisations found so far by their text, longest first."""
    orgs = [c for c in taken if c.type == "organization" and c.end - c.start >= 3]
    return {view[c.start : c.end]: c for c in sorted(orgs, key=lambda c: c.start - c.end)}


def _bare_candidate(view: str, run: _Run, full_names: dict[str, Candidate]) -> Candidate:
    """The bare name as a candidate; the short form of a longer name found in the article
    (芝浦 of 芝浦電子) is that organisation."""
    name = view[run.start : run.end]
    full = next((c for text, c in full_names.items() if text.startswith(name) and text != name), None)
    if full is not None:
        return Candidate(run.start, run.end, "organization", full.iri, full.key, 2, "context")
    return Candidate(run.start, run.end, "organization", None, fold_key(name), 2, "context")


def _left_cue(lex: Lexicon, ctx: Tokens, i: int) -> str | None:
    """What stands before token ``i``: a company descriptor, a list introducer, a deal-slot
    opener, a clause start."""
    start = ctx.spans[i][0]
    before = ctx.view[max(0, start - 8) : start]
    last = before[-1:]
    if i > 0 and (
        (last in _INTRODUCER_FINALS and before.endswith(org_context.LIST_INTRODUCERS))
        or _INTRODUCER.search(before)
    ):
        return "introducer"
    if (
        i > 0
        and last in _DESCRIPTOR_FINALS
        and (before.endswith(org_context.DESCRIPTORS_BEFORE_NAME) or maker_noun_before(before))
    ):
        return "descriptor"
    if i > 0 and ctx.tok(i - 1) in org_context.DEAL_SLOT_OPENERS:
        return "opener"
    if i > 0 and ctx.tok(i - 1) in org_context.STAKE_VERBS:
        return "stake"
    if start == 0 or ctx.view[start - 1] in _BOUNDARY:
        return "clause"
    if i > 0 and lex.word_kind(ctx.tok(i - 1)) in (None, "verb"):
        return "inline"  # 還有|澄源、嵐翊等機構: only a list word after it will do
    return None


def _list_at(
    lex: Lexicon, ctx: Tokens, i: int, occupied: set[int], pieces: _Pieces, nouns: bool = False
) -> list[_Run]:
    """The bare names from token ``i`` on, joined by list conjunctions (澄源、嵐翊及凱岳);
    ``nouns``: a common noun may end each (see ``_run_at``)."""
    runs: list[_Run] = []
    run = _run_at(lex, ctx, i, occupied, pieces, nouns)
    while run is not None:
        runs.append(run)
        joiner = None
        if ctx.view[run.end : run.end + 1] in _JOINER_INITIALS:
            joiner = next((j for j in _JOINERS if ctx.view.startswith(j, run.end)), None)
        k = ctx.starts.get(run.end + len(joiner)) if joiner else None
        run = _run_at(lex, ctx, k, occupied, pieces, nouns) if k is not None else None
    return runs


def _run_at(
    lex: Lexicon, ctx: Tokens, i: int, occupied: set[int], pieces: _Pieces, nouns: bool = False
) -> _Run | None:
    """The name words from token ``i`` on, at most ``MAX_BARE_NAME`` Chinese characters (a Latin
    word counts as one: 嵐翊Capital): distinctive words, lone characters, adjectives (宏遠), a
    common noun first (星雲), an industry word last (星雲科技, 宏遠電子); with ``nouns``, a common
    noun after a distinctive word ends it as an industry word does (嵐翊智能, 澄岳機器人: tried
    when the name without it is no party)."""
    start = ctx.spans[i][0]
    if start in occupied:
        return None
    spans, words, n, longest = ctx.spans, ctx.words, len(ctx.spans), org_context.MAX_BARE_NAME
    j, end, latin = i, start, 0
    kinds: list[str] = []
    while j < n:
        word = words[j]
        latin += len(word) - 1 if is_latin(word) else 0
        if spans[j][1] - start - latin > longest:
            break
        key = (word, j == i)
        kind = pieces[key] if key in pieces else _memo_piece(lex, pieces, word, j == i)
        if (
            kind is None
            and nouns
            and _trade_noun(lex, word)
            and ("distinct" in kinds or kinds.count("char") >= 2)
        ):
            kind = "industry"
        if kind is None or spans[j][0] in occupied:
            break
        if j > i and word[:1] in _TITLE_INITIALS and ctx.view.startswith(_CORPORATE_TITLES, spans[j][0]):
            break  # 翔鷺|副總經理: the title begins
        kinds.append(kind)
        end = spans[j][1]
        j += 1
        if kind == "industry":
            break
    if end - start < 2 or not kinds or (kinds[0] == "place" and kinds[1:] != ["industry"]):
        return None  # (a place begins no name but a place and an industry word)
    return _Run(start, end, j, tuple(kinds))


def _memo_piece(lex: Lexicon, pieces: _Pieces, word: str, first: bool) -> str | None:
    key = (word, first)
    if key not in pieces:
        pieces[key] = _piece(lex, word, first)
    return pieces[key]


def _piece(lex: Lexicon, word: str, first: bool) -> str | None:
    """What ``word`` is in a bare name, or None if no bare name contains it."""
    if word in lex.t.stops or word[0] in _MODALS or word in _ENDS_RUN:
        return None  # 芝浦|已達成: a modal begins the predicate
    if first and word[0] in lex.t.clause_chars:
        return None  # 該股, 本案: a demonstrative or a function word begins no bare name
    if lex.is_org_word(word):
        return None if first else "industry"
    if word in org_forms.TRADE_INDUSTRY_WORDS:
        return None if first else "industry"
    kind = lex.word_kind(word)
    if kind in _NAME_KINDS:
        return kind
    if first and kind == "place" and word not in lex.t.foreign_countries:
        return "place"  # 尖沙咀|置業: a place before one industry word (see ``_place_trade_name``)
    tag = lex.tag(word) or ""
    if len(word) >= 2 and tag[:1] in ("a", "b", "z"):
        return "adj"  # 宏遠, 鮮綠: an adjective as a trade name
    if first and kind == "generic" and len(word) >= 2 and tag.startswith("n"):
        return "noun"  # 星雲: a common noun before an industry word
    if not first and kind == "generic" and is_latin(word):
        return "industry"  # 嵐翊AI: a Latin industry word ends the name
    return None


def _trade_noun(lex: Lexicon, word: str) -> bool:
    """A common noun of two characters or more that may end a short name (智能, 软件, 机器人):
    no function word, no title, no noun of a business or its people (产品, 团队, 员工)."""
    return (
        len(word) >= 2
        and lex.word_kind(word) == "generic"
        and (lex.tag(word) or "").startswith("n")
        and word not in _ENDS_RUN
        and word not in lex.t.affiliate_not_names
        and not word.startswith(lex.t.titles)
    )


def _with_round_noun(lex: Lexicon, ctx: Tokens, run: _Run) -> _Run:
    """翔鷺|儲能, 星河|智能 before a round report: the noun is the last word of the name (a common
    noun before it is the trade name, as 星雲科技's)."""
    j = run.next_tok
    if j >= len(ctx) or run.kinds[-1] == "industry":
        return run
    word, (_, e) = ctx.tok(j), ctx.spans[j]
    noun = _trade_noun(lex, word) if run.kinds[0] in ("adj", "noun") else _noun(lex, word)
    if not noun or not _ROUND_REPORT.match(ctx.view, e):
        return run
    longer = _Run(run.start, e, j + 1, (*run.kinds, "industry"))
    return longer if _distinctive(longer, "clause") else run


def _noun(lex: Lexicon, word: str) -> bool:
    return len(word) >= 2 and (lex.tag(word) or "").startswith("n") and word not in lex.t.stops


def _distinctive(run: _Run, cue: str) -> bool:
    kinds = run.kinds
    if kinds[0] == "place":
        return cue in ("clause", "opener", "descriptor", "stake")  # (``_place_trade_name`` decides)
    if "distinct" in kinds or "latin" in kinds or kinds.count("char") >= 2:
        return True
    # 星雲科技, 宏遠電子 as the subject of a company's act or a party of a deal verb (由星火醫療領投):
    # a word no name needs and an industry word (after a descriptor such a run is a compound:
    # 私募股權基金)
    return (
        cue in ("clause", "opener")
        and len(kinds) >= 2
        and kinds[-1] == "industry"
        and kinds[0] in ("adj", "noun")
    )


def _accepted(lex: Lexicon, ctx: Tokens, cue: str, runs: list[_Run], org_starts: dict[int, int]) -> bool:
    if not all(_name_ok(lex, ctx, cue, run) for run in runs):
        return False
    view, last = ctx.view, runs[-1]
    after = _after_alias(lex, view, last.end)
    if any(run.kinds[0] == "place" for run in runs):
        return len(runs) == 1 and _place_trade_name(lex, ctx, cue, last, after)
    rest = view[after : after + 8]
    if (
        rest.startswith(org_context.LIST_COLLECTIVES)
        or _COUNTED_COLLECTIVE.match(view, after)
        or _joined_to(view, after, org_starts)
    ):
        return True  # 澄源、嵐翊等(十家)機構; 澄源與[a found organisation]
    if len(runs) == 1 and _LISTING_MARK.match(view, after):
        return True  # 嵐翊-B, 澄岳-KY: a listed company's short name and its share class
    i = ctx.starts.get(after)
    if i is not None and ctx.tok(i) == org_context.LIST_END:
        after = ctx.spans[i][1]  # 嵐翊、凱岳等|跟投, 由嵐翊等|承購: the predicate after the list
        rest = view[after : after + 8]
    if cue in ("introducer", "descriptor"):
        return _predicate_follows(lex, ctx, last)
    if cue == "inline":
        return False
    if cue == "opener":
        return rest.startswith(org_context.DEAL_SLOT_CLOSERS)
    if cue == "stake":
        return bool(_STAKE.match(view, after))
    if len(runs) == 1 and last.kinds[0] == "latin" and "distinct" in last.kinds:
        return _predicate_follows(lex, ctx, last)  # JK翔鷺宣布…: a Latin initial and a trade name
    adverb = _TIME_ADVERB.match(view, after)
    after = adverb.end() if adverb is not None else after
    return (
        view.startswith(org_context.COMPANY_PREDICATES, after)
        or view.startswith(org_context.INVESTOR_PREDICATES, after)
        or bool(lex.t.frame_re.match(view, after))
        or bool(_ROUND_REPORT.match(view, after))
        or bool(_FINANCING_REPORT.match(view, after))
        or _described_as_company(view, after)
        or _signs_with_partner(lex, ctx, after, org_starts)
        or (len(runs) >= 2 and view.startswith(org_context.PARTNER_VERBS, after))  # 澄源與嵐翊簽署
        # 翔鷺董事長…; 普通合伙人为… is a role noun (org_forms.COMPANY_DESCRIPTORS), no name and title
        or (view.startswith(_CORPORATE_TITLES, after) and not view.startswith(_ROLE_NOUNS, last.start))
        or (
            len(runs) == 1 and view.startswith(org_context.SUBJECT_ACTS, after) and _no_person(lex, ctx, last)
        )
        or (len(runs) == 1 and view.startswith(org_context.SPEAKER_ACTS, after) and _trade_name(ctx, last))
    )


def _place_trade_name(lex: Lexicon, ctx: Tokens, cue: str, run: _Run, after: int) -> bool:
    """尖沙咀置業股價大升, 向尖沙咀置業全體股東…, 上市公司尖沙咀置業擬…, 所持尖沙咀置業40%股權: a
    place and an industry word are a company's name only before what a company alone has or does,
    after a company descriptor, or as the company of a stake; elsewhere they are a place's trade
    (深圳科技創新, 香港金融業表現)."""
    if cue == "descriptor":
        return _predicate_follows(lex, ctx, run)
    view = ctx.view
    if cue == "stake":
        return bool(_STAKE.match(view, after))  # 所持榆林化工40%股权: the stake's company
    if not view.startswith(org_context.COMPANY_PREDICATES, after):
        return False
    industry = view[ctx.spans[run.next_tok - 1][0] : run.end]
    return industry in org_context.NAME_ONLY_INDUSTRY_WORDS or not view.startswith(
        org_context.SECTOR_PREDICATES, after
    )


def _trade_name(ctx: Tokens, run: _Run) -> bool:
    """秦淮數據, 潤澤科技: words and an industry word, which no person's name ends with."""
    return (
        len(run.kinds) >= 2
        and run.kinds[-1] == "industry"
        and ctx.view[run.end - 1] not in org_context.NOT_COMPANY_SUBJECT_FINALS
    )


def _no_person(lex: Lexicon, ctx: Tokens, run: _Run) -> bool:
    """A subject no person bears: a distinctive word, no surname first, not all characters of a
    transliteration (戈德曼: a foreign person as likely), no party or people word last (日方,
    知情人士)."""
    name = ctx.view[run.start : run.end]
    return (
        "distinct" in run.kinds
        and name[0] not in lex.t.surnames
        and not all(c in lex.t.transliteration for c in name)
        and name[-1] not in org_context.NOT_COMPANY_SUBJECT_FINALS
        and not name.startswith(lex.t.compound_surnames)
    )


def _signs_with_partner(lex: Lexicon, ctx: Tokens, end: int, org_starts: dict[int, int]) -> bool:
    """與 and a partner (a found organisation or a bare name), then a verb of agreement."""
    view = ctx.view
    if not view.startswith(org_context.PARTNER_JOINERS, end):
        return False
    partner = end + 1
    partner_end = org_starts.get(partner)
    if partner_end is None:
        i = ctx.starts.get(partner)
        run = _run_at(lex, ctx, i, set(), {}) if i is not None else None
        partner_end = run.end if run is not None and _distinctive(run, "opener") else None
    return partner_end is not None and view.startswith(org_context.PARTNER_VERBS, partner_end)


def _described_as_company(view: str, end: int) -> bool:
    """岚翊是国内领先的储能系统供应商。: the copula, and the clause ends in a company noun."""
    if not view.startswith(org_context.COPULAS, end):
        return False
    close = next((k for k in range(end, min(len(view), end + 24)) if view[k] in CLAUSE_END), None)
    return close is not None and view[end:close].endswith(org_context.COPULA_COMPANY_NOUNS)


def _name_ok(lex: Lexicon, ctx: Tokens, cue: str, run: _Run) -> bool:
    name = ctx.view[run.start : run.end]
    return (
        name not in lex.t.generic
        and name not in lex.t.descriptor_set  # 與央企簽署: a kind of company, no name
        and not lex.is_place(name)
        and name[-1] not in lang.PLACE_ADMIN_CHARS  # 六省, 兩市: places, not companies
        and name[0] not in lex.t.numerals
        and CJK.search(name) is not None
        and _distinctive(run, cue)
        and not (cue in _PERSON_SLOTS and _person_like(lex, name))
        and not (cue == "opener" and run.kinds[0] in ("adj", "noun") and name.endswith(lex.t.strong))
    )  # (获|产业基金|投资: a common noun and an organisation word are a kind of investor)


def _person_like(lex: Lexicon, name: str) -> bool:
    """王大明: a surname and a given name of two characters, or a name jieba knows as a person's;
    in a subject or party slot a person is as likely as a company."""
    if len(name) == 3 and name[0] in lex.t.surnames and all_cjk(name):
        return name[-1] not in lex.t.short_form_final  # 華東院: an institution's short form
    return (lex.tag(name) or "").startswith("nr")


def _after_alias(lex: Lexicon, view: str, end: int) -> int:
    """After a Latin name or a place in brackets right behind the name (嵐翊（Lanyi）宣布…,
    嵐翊（中國）宣布…: the place is the registered name's, ``resolution.bracketed_places``)."""
    m = _LATIN_ALIAS.match(view, end)
    if m:
        return m.end()
    close = view.find(")", end + 1, end + 6) if view.startswith("(", end) else -1
    return close + 1 if close > end + 2 and lex.is_place(view[end + 1 : close]) else end


def _joined_to(view: str, end: int, org_starts: dict[int, int]) -> bool:
    """A list word (、, 及; not the prepositions 與, 和), then a found organisation."""
    joiner = next((j for j in org_context.LIST_ONLY_JOINERS if view.startswith(j, end)), None)
    return joiner is not None and end + len(joiner) in org_starts


def _predicate_follows(lex: Lexicon, ctx: Tokens, run: _Run) -> bool:
    """After a descriptor the name ends the noun phrase: a verb, a modal, a list word or
    punctuation follows (上市公司翔鷺擬…, 子公司翔鷺、…), no noun (子公司翔鷺股票)."""
    if run.next_tok >= len(ctx):
        return True
    word = ctx.tok(run.next_tok)
    if word[0] in CLAUSE_END or word in ("、", "(") or word[0] in _MODALS:
        return True
    tag = lex.tag(word) or ""
    return tag.startswith("v") or word in lex.t.speech or word.startswith(lex.t.list_closers)
