"""Where a name begins: the walk left over tokens from an organisation word or a ticker.

The walk stops at punctuation, numbers, function words and descriptors; after a known
organisation only a place may still come before it; a name starts with a name-like piece
(verbs, generic words and a lone character at the left edge are given back).
"""

from __future__ import annotations

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import org_context, org_forms
from pipeline.nlp.entities.candidates import CJK, LATIN, Candidate, Tokens, all_cjk, is_latin
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.tables import BRACKET_AFTER, TICKER

#: the conjunctions of a list, in the view's script (与和及)
CONJUNCTION_CHARS = frozenset(lang.NAME_LIST_JOINERS) - {lang.LIST_COMMA}

#: a piece of a name: (its start, its kind)
Step = tuple[int, str]
#: the part-of-speech initials of a word that never follows a lone character in a name
_NOT_NAME_WORD_TAGS = "vpcudrmqfyeozt"


def name_left(
    lex: Lexicon,
    ctx: Tokens,
    end: int,
    gaz_at: dict[int, Candidate],
    max_chars: int = 14,
    give_back: tuple[str, ...] = ("generic", "verb", "paren"),
) -> tuple[int, list[str]]:
    """Walk left from ``end`` over tokens that can be part of a name.

    Returns the start and the kinds of the pieces taken, nearest first ("distinct", "place",
    "gaz", "latin", "char", "generic", "verb", "paren").
    """
    start, steps = name_steps(lex, ctx, end, gaz_at, max_chars, give_back)
    return start, [k for _, k in steps]


def name_steps(
    lex: Lexicon,
    ctx: Tokens,
    end: int,
    gaz_at: dict[int, Candidate],
    max_chars: int = 14,
    give_back: tuple[str, ...] = ("generic", "verb", "paren"),
    verb_may_begin: bool = False,
) -> tuple[int, list[Step]]:
    """:func:`name_left` with the start of each piece: (start, [(piece start, kind), …]).
    ``verb_may_begin``: a full legal form ends the name, so a verb-tagged word right after a
    noun-phrase opener begins it."""
    pos = end
    steps: list[Step] = []
    while pos > 0 and end - pos < max_chars:
        gaz = gaz_at.get(pos)
        if gaz is not None and gaz.type in ("organization", "media"):
            _take_known(lex, ctx, gaz, steps, end, verb_may_begin)
            break
        if steps and role_ends_at(lex, ctx, pos):
            break  # 交易|对方|某某有限公司: the party's role is no part of its name
        nxt = _transliteration_left(lex, ctx, pos, gaz_at) if not steps else None
        if nxt is not None:
            steps.append((nxt, "distinct"))  # 拉克希|米|維拉斯|銀行: one foreign name
            pos = nxt
            continue
        nxt = (
            _paren_left(ctx.view, pos, steps)
            if ctx.view[pos - 1] == ")"
            else _token_left(lex, ctx, pos, end, steps)
        )
        if nxt is None and verb_may_begin:
            nxt = _group_of_known(ctx, pos, gaz_at, steps)
        if nxt is None and verb_may_begin:
            nxt = _split_trade_name_char(lex, ctx, pos, steps)
        if nxt is None:
            break
        pos = nxt
    if verb_may_begin and steps:
        _full_legal_left_edge(lex, ctx, steps)
    _give_back(steps, give_back)
    start = steps[-1][0] if steps else end
    return start, steps


def _full_legal_left_edge(lex: Lexicon, ctx: Tokens, steps: list[Step]) -> None:
    """Before a full legal form, what the left edge of the walk is: a verb-tagged trade name, a
    common-noun trade name, a lone character jieba cut off."""
    if steps[-1][1] == "verb" and (
        _begins_phrase(lex, ctx, steps[-1][0]) or _adjective_after_verb(lex, ctx, steps[-1][0])
    ):
        # 與申能股份有限公司: after an opener, before a full legal form, the verb-tagged word is the
        # trade name (before 集團 or 科技 it is a verb and its object: 為落實集團的…)
        steps[-1] = (steps[-1][0], "distinct")
    elif steps[-1][1] == "generic" and all(k in ("generic", "paren") for _, k in steps):
        # (时代|储能|(福建)|有限公司: a region in brackets does not make the words a name by itself)
        _common_noun_trade_name(lex, ctx, steps)
    elif len(steps) >= 2 and steps[-1][1] == "char" and _opener_before(lex, ctx, steps[-1][0]):
        # 子公司|信|正电子|(昆山)|有限公司: after an opener, before a full legal form, a lone
        # character jieba cut off begins the trade name
        steps[-1] = (steps[-1][0], "distinct")


def _transliteration_left(lex: Lexicon, ctx: Tokens, pos: int, gaz_at: dict[int, Candidate]) -> int | None:
    """The start of the tokens of transliteration characters right before an organisation word
    (拉克希|米|維拉斯 before 銀行), when there are two or more of them with three characters or
    more, none a place (印度, 德國 end the walk) or a known name (英特爾|拉|政府: a known name and
    a verb): one foreign name jieba cut into pieces."""
    t, start, pieces = lex.t, pos, 0
    while (
        (i := ctx.ends.get(start)) is not None
        and start not in gaz_at
        and pos - ctx.spans[i][0] <= lang.MAX_TRANSLITERATED_NAME
    ):
        word = ctx.tok(i)
        if (
            not all(ch in t.transliteration for ch in word)
            or lex.is_place(word)
            or word in t.foreign_countries
        ):
            break
        start, pieces = ctx.spans[i][0], pieces + 1
    return start if pieces >= 2 and pos - start >= 3 else None


def _group_of_known(ctx: Tokens, pos: int, gaz_at: dict[int, Candidate], steps: list[Step]) -> int | None:
    """中国电建|集团|华东勘测设计研究院有限公司: before a full legal form, a group word right after a
    known organisation joins the unit's name to the group's."""
    i = ctx.ends.get(pos)
    if i is None or ctx.tok(i) not in org_forms.GROUP_WORDS or not steps:
        return None
    start = ctx.spans[i][0]
    known = gaz_at.get(start)
    if known is None or known.type != "organization":
        return None
    steps.append((start, "generic"))
    return start


def _split_trade_name_char(lex: Lexicon, ctx: Tokens, pos: int, steps: list[Step]) -> int | None:
    """A trade name jieba cut into lone characters, one of them a function word alone
    (自貢|中|友|機電設備有限公司): between a place or an opener and another lone character, before a
    full legal form, the character is part of the trade name."""
    i = ctx.ends.get(pos)
    if i is None or i < 1 or not steps or steps[-1][1] not in ("char", "distinct"):
        return None
    if len(ctx.tok(i + 1)) != 1:
        return None
    word = ctx.tok(i)
    if len(word) != 1 or not CJK.match(word) or word in lex.t.clause_chars:
        return None
    before = ctx.tok(i - 1)
    # a place begins the registered name; an opener or a descriptor (子公司, 旗下) stands before it
    descriptor = len(before) >= 2 and before in lex.t.stops
    if not (lex.is_place(before) or before in lex.t.np_openers or descriptor):
        return None
    start = ctx.spans[i][0]
    steps.append((start, "char"))
    return start


def _common_noun_trade_name(lex: Lexicon, ctx: Tokens, steps: list[Step]) -> None:
    """Before a full legal form, after a descriptor or an opener or at the start of a clause, a
    first word jieba knows as a common noun and no industry word is the trade name (韩商|大宇|精密
    股份有限公司, 南方|精工|机械有限公司 after 南方)."""
    i = ctx.starts.get(steps[-1][0])
    if i is None or lex.is_org_word(ctx.tok(i)) or len(ctx.tok(i)) < 2:
        return
    before = ctx.tok(i - 1) if i > 0 else ""
    described = _describes(lex, before)
    # 總部設於新加坡的|星辰|海事|控股私人有限公司: a modifier's 的, then a trade of several words
    modified = before == org_forms.POSSESSIVE and sum(k == "generic" for _, k in steps) >= 3
    if described or modified or _begins_phrase(lex, ctx, steps[-1][0]):
        steps[-1] = (steps[-1][0], "distinct")


def _describes(lex: Lexicon, word: str) -> bool:
    """A descriptor word (子公司, 旗下, 本地企业 …) that may stand right before a trade name."""
    return (word in lex.t.stops or word in lex.t.descriptor_set) and len(word) >= 2


def _foreign_arm(lex: Lexicon, ctx: Tokens, i: int) -> bool:
    """子公司|时代|匈牙利|新能源科技有限公司: a common-noun trade name before a foreign country, right
    after a descriptor or an opener, begins the name of the company's arm in that country."""
    if i == 0 or i + 1 >= len(ctx.words) or ctx.tok(i + 1) not in lex.t.foreign_countries:
        return False
    before = ctx.tok(i - 1)
    return _describes(lex, before) or _opener_before(lex, ctx, ctx.spans[i][0])


def _adjective_after_verb(lex: Lexicon, ctx: Tokens, pos: int) -> bool:
    """An adjective jieba knows (宏碩, 精誠) right after a verb (取得|宏碩|精密工業股份有限公司): the
    verb's object begins there, so before a full legal form the adjective is the trade name."""
    i = ctx.starts.get(pos)
    if i is None or i == 0 or not (lex.tag(ctx.tok(i)) or "").startswith("a"):
        return False
    return (lex.tag(ctx.tok(i - 1)) or "").startswith("v")


def _begins_phrase(lex: Lexicon, ctx: Tokens, pos: int) -> bool:
    """A noun phrase begins at ``pos``: after an opener, or, for a word that is no verb proper
    (東方, 北方: place and direction words), at the start of a clause (東方海洋漁業控股有限公司)."""
    if _opener_before(lex, ctx, pos):
        return True
    i = ctx.starts.get(pos)
    prev = ctx.view[pos - 1] if pos > 0 else ""
    clause_start = not prev or not (prev.isalnum() or prev.isspace() or CJK.match(prev))
    return clause_start and i is not None and not (lex.tag(ctx.tok(i)) or "v").startswith("v")


def _opener_before(lex: Lexicon, ctx: Tokens, pos: int) -> bool:
    """The token ending at ``pos`` opens a noun phrase (與, 獲, 子公司 …), or a party's role does."""
    i = ctx.ends.get(pos)
    return i is not None and (ctx.tok(i) in lex.t.np_openers or role_ends_at(lex, ctx, pos))


def role_ends_at(lex: Lexicon, ctx: Tokens, pos: int) -> bool:
    """A descriptor or a party's role of whole tokens ends at ``pos`` (交易|对方, 执行|事务|合伙人)."""
    view = ctx.view
    if pos < 2 or view[pos - 1] not in lex.t.party_role_finals or pos not in ctx.ends:
        return False
    return any(view.startswith(r, pos - len(r)) and pos - len(r) in ctx.starts for r in lex.t.party_roles)


def _take_known(
    lex: Lexicon, ctx: Tokens, gaz: Candidate, steps: list[Step], end: int, full_legal: bool = False
) -> None:
    """A known organisation ends the walk; places (and the 商 of 香港商) may precede it."""
    verb_end = steps[-2][0] if len(steps) > 1 else end
    if steps and steps[-1][1] == "verb" and verb_end - steps[-1][0] == 1 and not full_legal:
        # (before a full legal form the character is part of the trade name: 恒瑞通投资有限公司)
        return  # 兆豐撤墨爾本分行: the known name is the subject, not part of the name
    pos = gaz.start
    steps.append((pos, "gaz"))
    if pos in ctx.ends and _begins_list_item(lex, ctx, ctx.ends[pos]):
        steps.append((ctx.spans[ctx.ends[pos]][0], "distinct"))  # 、|合|信和|銀行
        return
    if full_legal and _char_before_known(lex, ctx, pos):
        # 配售代理|金|利豐|證券有限公司: a content character before a known name begins a longer name
        steps.append((ctx.spans[ctx.ends[pos]][0], "distinct"))
        return
    if full_legal and _word_between_place_and_known(lex, ctx, pos):
        # 保定|创新|长城资产|管理有限公司: a place and a word before a known name make a longer trade name
        pos = ctx.spans[ctx.ends[pos]][0]
        steps.append((pos, "distinct"))
    while pos > 0:
        i = ctx.ends.get(pos)
        if i is None:
            break
        word = ctx.tok(i)
        if lex.is_place(word):
            pos = ctx.spans[i][0]
        elif word == lang.REGISTERED_BY_CHAR and i > 0 and lex.is_place(ctx.tok(i - 1)):
            pos = ctx.spans[i - 1][0]
        else:
            break
        steps.append((pos, "place"))


def _word_between_place_and_known(lex: Lexicon, ctx: Tokens, pos: int) -> bool:
    """A word of two characters or more (a noun, or a verb-tagged trade name: 创新) right before a
    known name, and a place right before it; no deal verb or function word (上海|收购|…)."""
    i = ctx.ends.get(pos)
    if i is None or i == 0 or len(word := ctx.tok(i)) < 2 or word in lex.t.stops:
        return False
    if lex.word_kind(word) not in ("generic", "distinct", "verb"):
        return False
    return lex.is_place(ctx.tok(i - 1)) and not lex.is_place(ctx.tok(i))


def _space_in_latin_name(ctx: Tokens, pos: int, steps: list[Step]) -> int | None:
    """A space between two Latin words of one name is part of it (its start), else the walk stops."""
    j = ctx.ends.get(pos - 1)
    if steps and steps[-1][1] == "latin" and j is not None and is_latin(ctx.tok(j)):
        return pos - 1
    return None


def _first_char_of_name(lex: Lexicon, ctx: Tokens, i: int, steps: list[Step]) -> bool:
    """Token ``i`` is a character that looks like no name piece but begins this name: 元 with no
    number before it (元|凯普|半导体), a conjunction after a list comma (、|和|峰|金|銀行). Whether
    it was taken (appended to ``steps``); the walk goes on after 元 and ends after the conjunction,
    which stands right after the comma."""
    word, tok_start = ctx.tok(i), ctx.spans[i][0]
    no_number = tok_start == 0 or ctx.view[tok_start - 1] not in lex.t.numerals
    if word in org_forms.UNIT_CHARS_IN_NAMES and no_number:
        steps.append((tok_start, "char"))
        return True
    if _begins_list_item(lex, ctx, i):
        steps.append((tok_start, "distinct"))
        return True
    return False


def _begins_list_item(lex: Lexicon, ctx: Tokens, i: int) -> bool:
    """Token ``i`` is a conjunction character right after a list comma: the first character of
    the item's name (、和峰金銀行), since no conjunction follows 、 (a preposition may: 、對日本政府)."""
    return i > 0 and ctx.tok(i) in CONJUNCTION_CHARS and ctx.tok(i - 1) == lang.LIST_COMMA


def _char_before_known(lex: Lexicon, ctx: Tokens, pos: int) -> bool:
    """A lone content character (no function word, no verb) after a word no name contains."""
    i = ctx.ends.get(pos)
    if i is None or len(ctx.tok(i)) != 1 or lex.word_kind(ctx.tok(i)) != "char":
        return False
    return i == 0 or lex.word_kind(ctx.tok(i - 1)) in (None, "generic")


def _paren_left(view: str, pos: int, steps: list[Step]) -> int | None:
    """A short bracketed part inside a name (某某(江蘇)實業): step over it."""
    open_ = view.rfind("(", max(0, pos - 8), pos)
    inner = view[open_ + 1 : pos - 1] if open_ >= 0 else ""
    if open_ < 0 or not inner or not all(CJK.match(c) or c.isalpha() for c in inner):
        return None
    steps.append((open_, "paren"))
    return open_


def _token_left(lex: Lexicon, ctx: Tokens, pos: int, end: int, steps: list[Step]) -> int | None:
    """Take the token ending at ``pos`` if a name can contain it; its start, or None to stop."""
    view, t = ctx.view, lex.t
    i = ctx.ends.get(pos)
    if i is None:
        return None
    word = ctx.tok(i)
    tok_start = ctx.spans[i][0]
    if word[:1] in t.numerals and tok_start > 0 and view[tok_start - 1] in t.numerals:
        return None  # 116億設基金: the 億 belongs to a number
    if word == " ":
        return _space_in_latin_name(ctx, pos, steps)
    if steps and _first_char_of_name(lex, ctx, i, steps):
        return tok_start if ctx.tok(i) in org_forms.UNIT_CHARS_IN_NAMES else None
    if _glued_to_name(lex, ctx, i, steps):
        return None
    serial = _serial_start(lex, ctx, i)
    if serial is not None:
        steps.append((serial, "generic"))  # 某某|1|號|基金: a series number inside the name
        return serial
    if _describes_name(lex, ctx, i, steps):
        return None
    kind = lex.word_kind(word)
    if kind is None and word in org_forms.DIRECTION_WORDS:
        kind = "verb"  # 北方华锦: a name piece that begins a name only where a phrase begins
    if kind in ("verb", "generic") and steps and steps[-1][1] == "place":
        if kind == "generic" and _foreign_arm(lex, ctx, i):
            steps.append((tok_start, "distinct"))
            return tok_start
        # 擬向|浙江某某傳媒, 委託|蘇州某某: a registered name begins with its place, not after a
        # verb or a common noun
        return None
    if kind == "verb" and _joins_two_names(lex, ctx, i, steps):
        return None
    if (
        kind in (None, "generic")
        and all(k in ("generic", "verb") for _, k in steps)
        and not LATIN.search(view[tok_start:end])
    ):
        glued = lone_char_name(lex, ctx, i)
        if glued is not None:
            steps.append((glued, "distinct"))
            return glued
    if kind is None:
        return None
    steps.append((tok_start, kind))
    return tok_start


def _describes_name(lex: Lexicon, ctx: Tokens, i: int, steps: list[Step]) -> bool:
    """Token ``i`` says what the company after it is, counts such companies, or is a person's
    title: no part of the name."""
    word = ctx.tok(i)
    if word in org_context.RANKED_COUNTS:
        return True  # 台灣大哥大|三大|電信商: a count of the kind, after the names it counts
    if steps and (word in lex.t.titles or word in lex.t.speech or word in lang.SPEECH_CHARS_AFTER_NAME):
        return (
            True  # 長江基建|主席|李澤鉅|稱|交易符合集團: a title or a verb of saying ends a clause's subject
        )
    if word not in lex.t.descriptor_set or not steps:
        return False
    if steps[-1][1] in ("distinct", "char", "latin"):
        return True  # 本土企業|澄岳科技, 車企|澄岳汽車: a word saying what the company is
    # 給|本地|企業|綠洲|農業控股有限公司 (not 宏泰|企業|管理|諮詢): a described company
    return len(steps) >= 2 and (i == 0 or lex.word_kind(ctx.tok(i - 1)) is None)


def _joins_two_names(lex: Lexicon, ctx: Tokens, i: int, steps: list[Step]) -> bool:
    """Verb token ``i`` stands between an organisation word and a name piece (某某能源|攜手|澄岳電子,
    某某能源|聯合|澄岳): the name before it ended at its industry word."""
    return (
        bool(steps)
        and steps[-1][1] in ("distinct", "char", "latin")
        and i > 0
        and lex.is_org_word(ctx.tok(i - 1))
    )


def _serial_start(lex: Lexicon, ctx: Tokens, i: int) -> int | None:
    """Token ``i`` is a serial-number character after a number jieba cut off (1|號, 2|期): the
    number's start."""
    if i < 1 or ctx.tok(i) not in org_forms.SERIAL_NUMBER_CHARS:
        return None
    number = ctx.tok(i - 1)
    if len(number) > 3 or not all(c.isdigit() or c in lex.t.numerals for c in number):
        return None
    return ctx.spans[i - 1][0]


def _glued_to_name(lex: Lexicon, ctx: Tokens, i: int, steps: list[Step]) -> bool:
    """Token ``i`` is a word no name contains glued to the name's first characters (獲|馬可數字科技,
    認購|方華晟, 另弘海) or to its last (沈立|強及): the walk stops, after taking what is the name."""
    t, word, tok_start = lex.t, ctx.tok(i), ctx.spans[i][0]
    unknown = lex.tag(word) is None and all_cjk(word)
    if len(word) >= 3 and i > 0 and ctx.tok(i - 1) + word[0] in t.stops and unknown:
        if lex.word_kind(word[1:]) is not None:
            steps.append((tok_start + 1, "distinct"))  # 认购|方华晟: the descriptor 认购方, then the name
        return True
    if _role_noun_glued(lex, ctx, i) and unknown:
        steps.append((tok_start + 1, "distinct"))  # 風電|商富晟|能源: the developer 風電商, then the name
        return True
    if word[0] in t.glued_verbs and len(word) >= 2 and unknown:
        rest = word[1:]
        if (rest[0] not in t.clause_chars or len(rest) >= 2) and lex.word_kind(rest) is not None:
            steps.append((tok_start + 1, "distinct"))  # 獲|馬可數字科技: the verb is no part of it
        return True
    if len(word) >= 2 and word[-1] in t.glued_conjunctions and unknown:
        return True  # 沈立|強及|華夏投資有限公司: the name begins after the conjunction
    if word[0] in t.clause_chars and unknown:
        if len(word) >= 3 or (steps and word[1] not in t.clause_chars):  # 另弘海, 与铭|丰源租赁
            steps.append((tok_start + 1, "distinct"))
        return True
    if len(word) >= 3 and word[:2] in t.stops and unknown and lex.word_kind(word[2:]) is not None:
        steps.append((tok_start + 2, "distinct"))  # 已与辰益|银行: the name after 已与
        return True
    return False


def _role_noun_glued(lex: Lexicon, ctx: Tokens, i: int) -> bool:
    """Token ``i`` begins with the 商 of a role noun whose stem is the word before it (風電|商富晟,
    電信|商晟辰: 風電商, 電信商), not with a place's (香港商, a registered branch)."""
    word = ctx.tok(i)
    if len(word) < 3 or word[0] != lex.t.role_noun_final or i == 0:
        return False
    stem = ctx.tok(i - 1)
    return len(stem) >= 2 and all_cjk(stem) and lex.word_kind(stem) == "generic" and not lex.is_place(stem)


def _give_back(steps: list[Step], give_back: tuple[str, ...]) -> None:
    """Drop the pieces at the left edge that cannot start a name."""
    while steps:
        kind = steps[-1][1]
        # a lone character starts a name only before a name-like word (大|東方控股)
        lone_char = kind == "char" and (len(steps) < 2 or steps[-2][1] not in ("char", "distinct"))
        if kind in give_back or kind == "paren" or lone_char:
            steps.pop()
        else:
            break


def lone_char_name(lex: Lexicon, ctx: Tokens, i: int) -> int | None:
    """The start of a name jieba split into a lone character and a word (大|東方 of
    大東方控股, 大|聯大): a content character after a word no name contains, then a noun of
    one or two characters, and together no dictionary word."""
    word = ctx.tok(i)
    if (
        i < 1
        or len(word) > 2
        or not all_cjk(word)
        or (lex.tag(word) or "x")[0] in _NOT_NAME_WORD_TAGS
        or word in lex.t.stops
        or lex.is_org_word(word)
    ):
        return None
    char = ctx.tok(i - 1)
    if len(char) != 1 or lex.word_kind(char) != "char" or lex.tag(char + word) is not None:
        return None
    if i >= 2 and lex.word_kind(ctx.tok(i - 2)) is not None:
        return None  # the character may end the word before it
    return ctx.spans[i - 1][0]


def split_glued_suffixes(lex: Lexicon, ctx: Tokens, gaz: list[Candidate]) -> Tokens:
    """The tokens in which jieba glued an organisation word to an industry word or a verb,
    split (顧問公司 → 顧問|公司, 電力公司 → 電力|公司), so the name before them ends in the
    suffix as when it is a separate token. Tokens that may be a name themselves (東曜藥業),
    known names, organisation words and words never part of a name (子公司, 該公司) stay."""
    view, finals = ctx.view, lex.t.suffix_finals
    # only a token ending in an organisation word's last character may split
    ending = [k for k, word in enumerate(ctx.words) if len(word) > 1 and word[-1] in finals]
    known = {i for c in gaz for i in range(c.start, c.end)} if ending else set()
    split: dict[int, list[tuple[int, int]]] = {}  # token index -> its pieces
    for k in ending:
        (ts, te), word = ctx.spans[k], ctx.words[k]
        if word in lex.t.suffix_set or word in lex.t.stops or ts in known or not all_cjk(word):
            continue
        shares = _group_then_shares(lex, word)
        if shares:  # 集團股份: the group word ends the name, 股份 are its shares
            split[k] = [(ts, te - shares), (te - shares, te)]
            continue
        pieces, end = _suffix_pieces(lex, word, ts, te)
        kind = lex.word_kind(view[ts:end]) if pieces else None
        place_tied = kind == "place" and all(view[a:b] in lex.t.place_ok for a, b in pieces)
        # (else the word before the suffix may be the name itself: 上海市|分行 splits)
        # (a lone-character organisation word splits off three characters or more: 水務|局;
        # 當局 and 藥局 are words)
        lone = len(pieces) == 1 and pieces[0][1] - pieces[0][0] == 1 and end - ts < 2
        if pieces and not lone and (kind in ("generic", "verb", "char") or place_tied):
            split[k] = [(ts, end), *reversed(pieces)]
    if not split:
        return ctx
    spans: list[tuple[int, int]] = []
    for k, span in enumerate(ctx.spans):
        if k in split:
            spans += split[k]
        else:
            spans.append(span)
    return Tokens(view, tuple(spans))


def _group_then_shares(lex: Lexicon, word: str) -> int:
    """The length of the object noun (股份) ending a token made of a group word and it, or 0."""
    t = lex.t
    noun = next((x for x in t.object_noun_suffixes if word.endswith(x)), None)
    if noun is None or word[: -len(noun)] not in t.group_words_before_shares:
        return 0
    return len(noun)


def _suffix_pieces(lex: Lexicon, word: str, ts: int, te: int) -> tuple[list[tuple[int, int]], int]:
    """The organisation words at the end of one token, last first, and where the rest ends
    (each the longest word that leaves at least one character before it)."""
    pieces: list[tuple[int, int]] = []
    n = te - ts
    while True:
        size = None
        if n > 1 and word[n - 1] in lex.t.suffix_finals:
            lengths = lex.t.suffix_lengths
            size = next((k for k in lengths if k < n and word[n - k : n] in lex.t.suffix_set), None)
        if size is None:
            return pieces, ts + n
        pieces.append((ts + n - size, ts + n))
        n -= size


def alias_follows(view: str, end: int, lex: Lexicon | None = None) -> bool:
    """A bracket with a Latin name, a ticker or a short Chinese form of the name before it; or,
    given the tables, a person's title (泛葉工程執行董事某某)."""
    if lex is not None and lex.t.title_re.match(view, end):
        return True
    m = BRACKET_AFTER.match(view[end : end + 28])
    if m is None:
        return False
    inner = m.group(1).strip()
    return (
        bool(TICKER.match(view, end + (view[end] == " ")))
        or (is_latin(inner) and inner[0].isupper())
        or abbreviates(inner, view[max(0, end - 14) : end])
    )


def abbreviates(short: str, name: str) -> bool:
    """``short`` is a Chinese short form of ``name``: its characters in order (國油 for
    馬來西亞國家石油公司, 鴻華先進 for 鴻華先進科技股份有限公司), and shorter."""
    if not (2 <= len(short) < len(name)) or not all_cjk(short):
        return False
    k = 0
    for ch in name:
        if k < len(short) and ch == short[k]:
            k += 1
    return k == len(short)


def name_goes_on(lex: Lexicon, ctx: Tokens, end: int) -> bool:
    """A name-like word follows ``end`` (an unknown word or an industry word)."""
    i = ctx.starts.get(end)
    if i is None:
        return end < len(ctx.view) and bool(CJK.match(ctx.view[end]))  # glued to a longer token
    word = ctx.tok(i)
    return lex.word_kind(word) == "distinct" or lex.is_org_word(word)


def region_title_follows(lex: Lexicon, ctx: Tokens, j: int) -> bool:
    """Token ``j`` is a regional division and a title follows (中國區總裁, 亞太區董事)."""
    word = ctx.tok(j)
    return (
        len(word) >= 3
        and word[-1] == lang.REGION_DIVISION_CHAR
        and lex.is_place(word[:-1])
        and j + 1 < len(ctx.spans)
        and ctx.view.startswith(lex.t.titles, ctx.spans[j + 1][0])
    )
