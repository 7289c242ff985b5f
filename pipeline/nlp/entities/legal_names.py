"""Candidate generator 2: organisations named by an organisation word at the end.

Legal forms (有限公司, 股份有限公司, (股)公司), organisation and industry words (集團, 銀行,
控股, 科技 …) end a name whose left boundary :func:`~.boundaries.name_left` finds over tokens;
what stands before the word decides whether the span is a new organisation, a subsidiary of a
known one, or the known one with its legal form. Institutions jieba knows as one word
(成都市人民政府) are organisations as they stand.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import org_context, org_forms
from pipeline.lang.zh.grammar import CLAUSE_END, OPEN_BRACKETS
from pipeline.model.records import EntityType
from pipeline.nlp.entities.boundaries import alias_follows, name_steps, split_glued_suffixes
from pipeline.nlp.entities.candidates import CJK, LATIN, Candidate, Tokens, fold_key
from pipeline.nlp.entities.lexicon import Lexicon

#: the source of a known name read with legal or industry words after it (吉利控股集團)
KNOWN_WITH_SUFFIX = "gazetteer+suffix"

#: what may stand right before a subject: punctuation, a bracket, the text or line start
_CLAUSE_BOUNDARY = CLAUSE_END | OPEN_BRACKETS | frozenset("、 \u3000")
#: what a company does after its name (宣布, 收購 …; with the company frame words: 公告, 募資);
#: not what it has (股價, 營收): 香港地產股價 is the sector's shares
_COMPANY_ACTS = org_context.SUBJECT_ACTS
#: the words that end a fund's name (on the view)
_FUND_WORDS = frozenset((org_forms.FUND_WORD, *org_forms.FUND_FORMS))


@dataclass(frozen=True)
class _Name:
    """A name before an organisation word: ``view[start:s]`` + ``suffix`` (= ``view[s:e]``)."""

    start: int
    s: int
    e: int
    suffix: str
    #: kinds of the pieces before the suffix, nearest first (see ``name_left``)
    kinds: tuple[str, ...]
    full_legal: bool
    #: the known organisation ending right before the suffix
    known: Candidate | None
    #: the pieces (start, kind), nearest first, as ``name_steps`` returns them
    steps: tuple[tuple[int, str], ...]


def suffix_orgs(lex: Lexicon, ctx: Tokens, gaz: list[Candidate]) -> list[Candidate]:
    gaz_at = {c.end: c for c in gaz}
    out = _institution_words(lex, ctx, gaz_at)
    out += _prefixed_legal_forms(lex, ctx)
    split = split_glued_suffixes(lex, ctx, gaz)
    view, finals = split.view, lex.t.suffix_finals
    for e in sorted(e for e in split.ends if view[e - 1] in finals):  # (a cheap first test)
        suffix = _suffix_ending_at(lex, split, e)
        if suffix is not None:
            cand = _name_with_suffix(lex, split, gaz_at, e, suffix)
            if cand is not None:
                out.append(cand)
    return out


def _institution_words(lex: Lexicon, ctx: Tokens, gaz_at: dict[int, Candidate]) -> list[Candidate]:
    """Institutions jieba knows as one word (成都市人民政府): organisation names as they stand."""
    out: list[Candidate] = []
    for (ts, te), word in zip(ctx.spans, ctx.words, strict=True):
        if (
            len(word) >= 4
            and lex.tag(word) == "nt"
            and word not in lex.t.generic
            and word not in lex.t.suffix_set  # 同業公會: an organisation word alone
            and (word.endswith(lex.t.suffixes) or word[-1] in lang.INSTITUTION_FINAL_CHARS)
            and ts not in gaz_at
        ):
            out.append(Candidate(ts, te, "organization", None, fold_key(word), 1, "jieba-nt"))
    return out


def _prefixed_legal_forms(lex: Lexicon, ctx: Tokens) -> list[Candidate]:
    """A legal form before the trade name (株式会社丸井精机): the name runs right over name-like
    words (no verbs, no function words) up to the usual length of a name."""
    out: list[Candidate] = []
    if frozenset(org_forms.PREFIX_LEGAL_FORMS).isdisjoint(ctx.words):
        return out  # (most texts hold none)
    for i, word in enumerate(ctx.words):
        if word not in org_forms.PREFIX_LEGAL_FORMS:
            continue
        ts, te = ctx.spans[i]
        if i > 0 and lex.word_kind(ctx.tok(i - 1)) in ("distinct", "place", "latin"):
            continue  # 山田精工株式会社: the form ends the name before it
        end = te
        for j in range(i + 1, len(ctx.spans)):
            word = ctx.tok(j)
            if (
                lex.word_kind(word) not in ("distinct", "place", "generic")
                or ctx.spans[j][1] - ts > lang.MAX_NAME
            ):
                break
            end = ctx.spans[j][1]
        if end - te >= 2:
            name = ctx.view[ts:end]
            out.append(Candidate(ts, end, "organization", None, fold_key(name), 1, "prefix-legal"))
    return out


def _suffix_ending_at(lex: Lexicon, ctx: Tokens, e: int) -> str | None:
    """The longest organisation word made of whole tokens that ends at ``e``."""
    view = ctx.view
    if e <= 0 or view[e - 1] not in lex.t.suffix_finals:
        return None
    starts, suffixes = ctx.starts, lex.t.suffix_set
    for n in lex.t.suffix_lengths:
        if e - n in starts and view[e - n : e] in suffixes:
            return view[e - n : e]
    return None


def _noun_phrase_follows(lex: Lexicon, ctx: Tokens, e: int) -> bool:
    """科技公司, 能源科技 (industry words run on), 科技巨頭, 公司治理 (a noun phrase)."""
    j = ctx.starts.get(e)
    if j is None:
        return False
    nxt = ctx.tok(j)
    if lex.is_org_word(nxt):
        return True
    if _region_division_follows(lex, ctx, j):
        return False  # 某某電子|北美|區|總裁: the company's regional head, after its name
    tag = lex.tag(nxt)
    return bool(tag and tag.startswith("n") and nxt not in lex.t.org_parts and nxt not in lex.t.titles)


def _region_division_follows(lex: Lexicon, ctx: Tokens, j: int) -> bool:
    """Token ``j`` begins a regional division (a place or a region, jieba's place or name words,
    and 區: 北美|區, 亞太區), then a title (某某電子北美區總裁)."""
    word, div = ctx.tok(j), lang.REGION_DIVISION_CHAR
    if len(word) >= 3 and word.endswith(div):
        region, k = word[:-1], j + 1
    elif j + 1 < len(ctx) and ctx.tok(j + 1) == div:
        region, k = word, j + 2
    else:
        return False
    if k >= len(ctx) or not (lex.is_place(region) or (lex.tag(region) or "") in ("ns", "nr", "nz")):
        return False
    return ctx.view.startswith(lex.t.titles, ctx.spans[k][0])


def _name_with_suffix(
    lex: Lexicon, ctx: Tokens, gaz_at: dict[int, Candidate], e: int, suffix: str
) -> Candidate | None:
    t, view = lex.t, ctx.view
    s = e - len(suffix)
    if suffix in t.alias_only and not alias_follows(view, e, lex):
        return None  # 工程 ends a name only before its ticker or other name: 中鼎工程（9933）
    if view.startswith(org_forms.SUFFIX_NOUN_COMPOUNDS.get(suffix, ()), e):
        return None
    weak = suffix in t.weak and suffix not in t.strong
    if (weak or suffix == lang.COMPANY_WORD) and _noun_phrase_follows(lex, ctx, e):
        return None
    full_legal = suffix.endswith(lang.FULL_LEGAL_ENDINGS) or suffix == lang.TAIWAN_LEGAL_SUFFIX
    start, all_steps = name_steps(
        lex,
        ctx,
        s,
        gaz_at,
        max_chars=lang.MAX_REGISTERED_NAME if full_legal else lang.MAX_NAME,
        give_back=("verb",)
        if full_legal or suffix in org_forms.TRADE_ASSOCIATION_WORDS
        else ("generic", "verb"),
        verb_may_begin=full_legal,
    )
    steps = tuple(x for x in all_steps if x[1] != "paren")
    if start >= s or not steps or view[start:e] in t.generic:
        return None
    if _crosses_legal_form(view[start:s], suffix):
        return None  # 某某股份有限公司拟向银行: the name ended at its legal form
    if suffix in t.object_noun_suffixes and (
        steps[0][1] == "verb"
        or e - start > lang.MAX_OBJECT_SUFFIX_NAME
        or view[start:s].endswith(t.group_words_before_shares)
    ):
        return None  # 轉讓股份, 恢復股份: a verb and its object; 京東集團股份: the group's shares
    name = _Name(start, s, e, suffix, tuple(k for _, k in steps), full_legal, gaz_at.get(s), steps)
    decided, cand = _after_known_name(lex, ctx.view, name)
    if decided and cand is None and not full_legal:
        cand = _known_then_words(lex, ctx, gaz_at, name)
    return cand if decided else _new_name(lex, ctx, name)


def _state_company(lex: Lexicon, ctx: Tokens, n: _Name) -> bool:
    """A country, 國家, an industry word and a legal word (寮國國家電力公司): its state company."""
    i = ctx.starts.get(n.start)
    if i is None or i + 1 >= len(ctx) or n.kinds[-1] != "place" or n.suffix not in lex.t.legal:
        return False
    return ctx.tok(i + 1) == org_forms.STATE_COMPANY_WORD and ctx.spans[i + 1][1] < n.s


def _industry_verbs_as_nouns(view: str, n: _Name) -> tuple[str, ...]:
    """The kinds of the pieces, with the verbal nouns of a trade (发展, 建设, 开发: 重庆两江新区产业
    发展集团) as the industry words they are in a name."""
    ends = (n.s, *(start for start, _ in n.steps))
    return tuple(
        "generic" if kind == "verb" and view[start:end] in org_forms.SHORT_FORM_INDUSTRY_WORDS else kind
        for (start, kind), end in zip(n.steps, ends, strict=False)
    )


def _local_utility(lex: Lexicon, ctx: Tokens, n: _Name) -> bool:
    """A city or province, a utility's trade and 公司 (合肥|发电|公司); not a country (中国电力公司)."""
    if len(n.kinds) != 2 or n.kinds[1] != "place" or n.suffix != lang.COMPANY_WORD:
        return False  # (发电, 供电: jieba's verbal nouns)
    place, trade = ctx.view[n.start : n.steps[0][0]], ctx.view[n.steps[0][0] : n.s]
    countries = (*lex.t.foreign_countries, *org_forms.BRAND_COUNTRIES)
    return trade in org_forms.LOCAL_UTILITY_WORDS and place not in countries


def _acts_as_company(lex: Lexicon, view: str, start: int, end: int) -> bool:
    """A place and an industry word at a clause start doing what a company does (某省路橋公告…,
    某省建工宣布收購…; 廣東能源消費增長 is the province's energy)."""
    if start > 0 and view[start - 1] not in _CLAUSE_BOUNDARY:
        return False
    return view.startswith(_COMPANY_ACTS, end) or bool(lex.t.frame_re.match(view, end))


def _trade_association(lex: Lexicon, view: str, n: _Name, kinds: tuple[str, ...]) -> bool:
    """A trade and 公會 (工具機公會, 紡織公會): the association of the trade (not 同業公會)."""
    trade = view[n.start : n.s]
    return (
        n.suffix in org_forms.TRADE_ASSOCIATION_WORDS
        and kinds == ("generic",)
        and len(trade) >= 2
        and trade not in lex.t.descriptor_set
    )


def _crosses_legal_form(before: str, suffix: str) -> bool:
    """A full legal form closes a registered name; only a branch (分公司, 分行) may follow it."""
    if suffix.endswith(org_forms.BRANCH_SUFFIXES):
        return False
    return any(form in before for form in (*lang.FULL_LEGAL_ENDINGS, lang.TAIWAN_LEGAL_SUFFIX))


def _words_between(ctx: Tokens, start: int, end: int) -> list[str] | None:
    """The tokens that exactly cover ``view[start:end]``, or None."""
    i, j = ctx.starts.get(start), ctx.ends.get(end)
    if i is None or j is None or j < i:
        return None
    return [ctx.tok(k) for k in range(i, j + 1)]


def _known_then_words(lex: Lexicon, ctx: Tokens, gaz_at: dict[int, Candidate], n: _Name) -> Candidate | None:
    """A known organisation inside the name, then more words: the known bank with its legal
    description (合作金庫商業銀行), or another organisation whose name begins with a known one
    (中金數據集團, 華潤正大生命科學基金); a registered industry word and a legal form keep the
    known company (鴻海科技集團)."""
    if "gaz" not in n.kinds:
        return None
    k = n.kinds.index("gaz")
    known_end = n.steps[k - 1][0] if k > 0 else n.s
    known = gaz_at.get(known_end)
    if known is None or known.type != "organization":
        return None
    view, t = ctx.view, lex.t
    if view[known_end : n.e] in t.bank_forms:
        return Candidate(n.start, n.e, known.type, known.iri, known.key, 0, "gazetteer+bank")
    words = _words_between(ctx, known_end, n.s)
    if (
        words
        and n.suffix in t.strong
        and n.suffix not in t.place_ok
        and n.suffix not in t.common_noun_suffixes
        and all(len(w) >= 2 and lex.word_kind(w) in ("generic", "distinct", "verb") for w in words)
        and not (n.suffix in t.legal and all(w in t.registered_industry for w in words))
    ):
        name = view[n.start : n.e]
        return Candidate(n.start, n.e, "organization", None, fold_key(name), 1, "known-prefix")
    return None


def _after_known_name(lex: Lexicon, view: str, n: _Name) -> tuple[bool, Candidate | None]:
    """A known name before the suffix: the known company with its legal form, a subsidiary, or
    nothing new. Returns (decided, candidate)."""
    t, kinds, suffix, known = lex.t, list(n.kinds), n.suffix, n.known
    name = view[n.start : n.e]
    if kinds in (["gaz"], ["gaz", "place"]) and suffix not in t.place_ok and suffix not in t.legal:
        if (lex.tag(suffix) or "n").startswith(("v", "a")):
            return True, None  # 輝達控股: the known name, then a verb
        # a known name and an industry noun: a subsidiary (復星醫藥, 比亞迪電子), a place before it
        # too (武汉|达晨|创业投资基金: a fund of the house in that city)
        return True, Candidate(n.start, n.e, "organization", None, fold_key(name), 1, "subsidiary")
    foreign = (
        kinds[1:] == ["place"]
        and view[n.start : n.s - (known.end - known.start if known else 0)] in t.foreign_countries
    )
    if (kinds == ["gaz"] or foreign) and suffix in t.legal and not n.full_legal and known is not None:
        # 吉利控股集團; 韓國現代汽車集團: a foreign country before the known name is no part of it
        return True, Candidate(known.start, n.e, known.type, known.iri, known.key, 0, KNOWN_WITH_SUFFIX)
    if (
        kinds[-1] == "gaz"
        and set(kinds[:-1]) <= {"generic", "place", "verb"}
        and kinds[0] == "generic"
        and len(kinds) > 1
        and (suffix in t.weak or suffix == lang.COMPANY_WORD)
        and suffix not in t.place_ok
        and not n.full_legal
    ):
        # 道富環球投資顧問, 凱基證券投資顧問公司: a known name and industry words: a subsidiary
        return True, Candidate(n.start, n.e, "organization", None, fold_key(name), 1, "subsidiary")
    if kinds[-1] == "gaz" and len(kinds) > 1 and suffix in _FUND_WORDS:
        # 元大台灣高股息基金, 富邦科技基金: a fund named after its manager and its theme
        return True, Candidate(n.start, n.e, "organization", None, fold_key(name), 1, "fund")
    if kinds[-1] == "gaz" and len(kinds) > 1 and suffix in org_forms.STATUS_INSTITUTIONS:
        # 陽明交通大學, 長庚紀念醫院: a university or hospital named after a known name and more words
        return True, Candidate(n.start, n.e, "organization", None, fold_key(name), 1, "institution")
    if (
        "gaz" in kinds
        and not n.full_legal
        and "distinct" not in kinds
        and not (suffix in t.place_ok and "place" in kinds)
    ):
        return True, None  # 英特爾拉政府: a known name and a few words, not a new organisation
    return False, None


def _new_name(lex: Lexicon, ctx: Tokens, n: _Name) -> Candidate | None:
    """A name no gazetteer entry decides: it needs distinctive words or a full legal form."""
    t, view, kinds, suffix = lex.t, ctx.view, n.kinds, n.suffix
    start, name = n.start, view[n.start : n.e]
    if _local_utility(lex, ctx, n):
        return Candidate(start, n.e, "organization", None, fold_key(name), 1, "local-utility")
    kinds = _industry_verbs_as_nouns(view, n)
    if set(kinds) <= {"generic", "place"} and "place" in kinds and suffix not in t.place_ok:
        # 新加坡報業控股, 馬來西亞國家石油公司（國油）, 新加坡電信（Singtel）: a place and
        # industry words make a name with a legal word, or with its short name, English
        # name or ticker in brackets
        legal_word = suffix in t.legal and suffix != lang.COMPANY_WORD and "generic" in kinds
        if legal_word or (("generic" in kinds or suffix in t.weak) and alias_follows(view, n.e)):
            return Candidate(start, n.e, "organization", None, fold_key(name), 1, "place-industry")
        if kinds == ("place",) and suffix in org_forms.LOCAL_PLATFORM_WORDS:
            return Candidate(start, n.e, "organization", None, fold_key(name), 1, "local-platform")
        if kinds == ("place",) and suffix in t.weak and _acts_as_company(lex, view, start, n.e):
            return Candidate(start, n.e, "organization", None, fold_key(name), 1, "place-industry")
        if _state_company(lex, ctx, n):
            return Candidate(start, n.e, "organization", None, fold_key(name), 1, "state-company")
        return None
    if _trade_association(lex, view, n, kinds):
        return Candidate(start, n.e, "organization", None, fold_key(name), 1, "association")
    if n.full_legal and all(k == "generic" for k in kinds):
        return None  # 科技有限公司: industry words alone are no name
    distinct = (
        any(k in ("distinct", "latin", "gaz") for k in kinds)
        or kinds.count("char") >= 2
        or (suffix in t.place_ok and "place" in kinds)
    )
    broken = start > 1 and view[start - 1] == " " and bool(CJK.match(view[start - 2]))
    if not distinct and not (n.full_legal and any(k != "place" for k in kinds) and not broken):
        return None
    if n.e - start < 3:
        return None
    if kinds[-1] == "place" and not n.full_legal and suffix not in t.place_ok:
        i = ctx.starts.get(start)
        rest = ctx.spans[i][1] if i is not None else start
        if LATIN.match(view[rest : rest + 1]):
            start, name = rest, view[rest : n.e]  # 日本SBI控股: the country is no part of it
    kind: EntityType = "media" if suffix in lang.AGENCY_SUFFIXES else "organization"
    return Candidate(start, n.e, kind, None, fold_key(name), 1, "suffix")
