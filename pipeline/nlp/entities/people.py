"""Candidate generator 6: people.

Names after titles (董事長, 執行長, 分析師, 記者 …, chains like 創辦人兼執行長), after byline
markers and on byline lines, right before a title (林百里董事長), between an appointment verb
and the post (委任某某為總裁), and in lists joined by 、.
A Chinese name is a surname and one or two characters that end a token (or meet a verb of
saying); a foreign one is written with a middle dot, or stands between a title and a verb of
saying.
"""

from __future__ import annotations

from pipeline.lang.zh import appointments, foreign_titles, org_context
from pipeline.lang.zh import entities as lang
from pipeline.lang.zh.grammar import CLAUSE_END, LIST_CONJUNCTIONS
from pipeline.nlp.entities.candidates import Candidate, Tokens, all_cjk, fold_key
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.tables import BYLINE_LINE, DOTTED_NAME, LATIN_RUN, NAME_LIST_JOINER
from pipeline.text.view import view_form

_APPOINTING = frozenset(appointments.APPOINTMENT_VERBS)
#: the foreign officers' titles in the view's script (t2s), longest first
_OFFICER_TITLES = tuple(
    sorted({view_form(t) for t in foreign_titles.FOREIGN_OFFICER_TITLES}, key=len, reverse=True)
)
_JAPANESE_SURNAMES = tuple({view_form(s) for s in foreign_titles.JAPANESE_SURNAMES})


def people(lex: Lexicon, ctx: Tokens, gaz: list[Candidate], orgs: list[Candidate]) -> list[Candidate]:
    """``gaz``: the gazetteer matches; ``orgs``: every organisation candidate found so far."""
    view = ctx.view
    gaz_start = {c.start for c in gaz}
    known_ends = {c.start: c.end for c in gaz if c.type == "person"}
    out: list[Candidate] = []
    for pos in _anchors(lex, ctx):
        while pos < len(view) and view[pos] in lang.BYLINE_SPACES:
            pos += 1
        cand = _name_at(lex, ctx, pos) if pos not in gaz_start or pos in known_ends else None
        if pos in gaz_start and not _goes_on_past_known(lex, view, cand, known_ends.get(pos)):
            continue  # a known person (or not a person at all)
        while cand is not None:
            out.append(cand)
            cand = _next_spaced_name(lex, ctx, cand.end)
    out += _names_before_titles(lex, ctx, gaz)
    out += _names_before_speech(lex, ctx, gaz)
    out += _names_before_speech_chars(lex, ctx, gaz)
    out += _names_as_subjects(lex, ctx, gaz, out)
    out += _names_appointed(lex, ctx, gaz_start)
    out += _kanji_names(lex, ctx, gaz_start, {c.start for c in out})  # (a new set: it grows)
    known_people = [c for c in gaz if c.type == "person"]
    out += _name_lists(lex, ctx, [*out, *known_people], {c.start for c in orgs if c.type == "organization"})
    return out


def _goes_on_past_known(lex: Lexicon, view: str, cand: Candidate | None, known_end: int | None) -> bool:
    """A name after a title that goes on past a known person's two-character name by one
    character of a name (王興興 past 王興), not by a conjunction, verb or particle (王興和張某,
    王興在, 曹毅均參與)."""
    if cand is None or known_end is None or cand.end != known_end + 1 or known_end - cand.start != 2:
        return False
    t, ext = lex.t, view[known_end]
    return all_cjk(view[cand.start : cand.end]) and not (
        ext in t.name_final
        or ext in t.glued_conjunctions
        or ext in t.glued_verbs
        or ext in org_context.GLUED_AFTER_NAME
    )


def _names_appointed(lex: Lexicon, ctx: Tokens, gaz_start: set[int]) -> list[Candidate]:
    """The person between an appointment verb and the post's copula (委任王某某為行政總裁,
    任命李某出任總經理): a Chinese name that ends right before the copula."""
    view, out = ctx.view, list[Candidate]()
    if _APPOINTING.isdisjoint(ctx.words):
        return out  # (most texts hold none)
    for i, word in enumerate(ctx.words):
        pos = ctx.spans[i][1]
        if word not in _APPOINTING or pos in gaz_start:
            continue
        end = chinese_name_end(lex, ctx, pos)
        if end is not None and view.startswith(appointments.APPOINTMENT_COPULAS, end):
            out.append(Candidate(pos, end, "person", None, fold_key(view[pos:end]), 1, "appointed"))
    return out


def _kanji_names(lex: Lexicon, ctx: Tokens, gaz_start: set[int], found: set[int]) -> list[Candidate]:
    """A Japanese officer's name in kanji after his title (社長岸田光哉與…): four or three characters
    up to a verb of saying, a list word or punctuation."""
    view, out = ctx.view, []
    for title in _OFFICER_TITLES:
        pos = view.find(title)
        while pos >= 0:
            s = pos + len(title)
            if s not in gaz_start and s not in found:
                found.add(s)  # (副社長 and 社長 end at the same place)
                end = next(
                    (s + n for n in foreign_titles.KANJI_NAME_LENGTHS if _kanji_name_ends(lex, ctx, s, n)),
                    None,
                )
                if end is not None:
                    out.append(Candidate(s, end, "person", None, fold_key(view[s:end]), 1, "title"))
            pos = view.find(title, pos + 1)
    for m in lex.t.title_re.finditer(view):
        s = m.end()
        if view.startswith(_JAPANESE_SURNAMES, s) and s not in gaz_start:
            # 總經理佐藤健二: a Japanese surname after any title (the longer name wins over 高橋)
            end = next(
                (s + n for n in foreign_titles.KANJI_NAME_LENGTHS if _kanji_name_ends(lex, ctx, s, n)), None
            )
            if end is not None:
                out.append(Candidate(s, end, "person", None, fold_key(view[s:end]), 1, "title"))
    return out


def _kanji_name_ends(lex: Lexicon, ctx: Tokens, s: int, n: int) -> bool:
    """``n`` characters of whole tokens jieba knows as no common word (岸田光|哉, 鈴木|一郎), then
    the end of the name."""
    view, e = ctx.view, s + n
    i, j = ctx.starts.get(s), ctx.ends.get(e)
    if i is None or j is None or not all_cjk(view[s:e]):
        return False
    if any((lex.tag(ctx.tok(k)) or "nr")[:2] != "nr" and len(ctx.tok(k)) > 1 for k in range(i, j + 1)):
        return False  # 社長|會議: a common word, no name
    return e == len(view) or view[e] in CLAUSE_END or view.startswith((*lex.t.speech, *LIST_CONJUNCTIONS), e)


def _next_spaced_name(lex: Lexicon, ctx: Tokens, end: int) -> Candidate | None:
    """In a byline, the next name after spaces (記者 閻某 何某 見習記者 …)."""
    view = ctx.view
    pos = end
    while pos < len(view) and view[pos] in lang.BYLINE_SPACES:
        pos += 1
    if pos == end:
        return None
    name_end = chinese_name_end(lex, ctx, pos)
    if name_end is None or not (name_end == len(view) or view[name_end] in lang.BYLINE_NAME_ENDS):
        return None
    return Candidate(pos, name_end, "person", None, fold_key(view[pos:name_end]), 1, "byline")


def _anchors(lex: Lexicon, ctx: Tokens) -> list[int]:
    """Where a name may start: after a title (chain), after a byline marker, on a byline line."""
    view, t = ctx.view, lex.t
    anchors = [_title_chain_end(lex, view, m.end()) for m in t.title_re.finditer(view)]
    for m in t.byline_re.finditer(view):
        if m.start() == 0 or view[m.start() - 1] in t.byline_openers:
            anchors.append(m.end())
    # a byline on its own line: a source, spaces, then the author (2home.co  楊惟婷)
    for m in BYLINE_LINE.finditer(view):
        if _name_like(lex, ctx, m.start(1), m.end(1)) or (
            m.end(1) - m.start(1) == 2 and chinese_name_end(lex, ctx, m.start(1)) == m.end(1)
        ):
            anchors.append(m.start(1))
    return anchors


def _title_chain_end(lex: Lexicon, view: str, pos: int) -> int:
    """After chains of titles: 董事長暨執行長, 創辦人兼執行長, 首席執行員丹斯里."""
    title_re = lex.t.title_re
    while True:
        m2 = title_re.match(view, pos)
        if m2 and m2.end() > pos:
            pos = m2.end()  # an honorific right after a title
            continue
        for j in lex.t.joiners:
            if view.startswith(j, pos):
                m2 = title_re.match(view, pos + len(j))
                if m2:
                    pos = m2.end()
                    break
        else:
            # a byline's title and its name: 責任編輯：某某, 記者/某某
            return pos + 1 if view[pos : pos + 1] in lang.TITLE_NAME_SEPARATORS else pos


def _name_at(lex: Lexicon, ctx: Tokens, pos: int) -> Candidate | None:
    view = ctx.view
    latin = LATIN_RUN.match(view, pos)
    if latin:
        words = latin.group().split()[:3]
        if all(w[0].isupper() for w in words) and words[0].lower() not in lang.LATIN_STOPWORDS:
            name = " ".join(words)
            return Candidate(pos, pos + len(name), "person", None, fold_key(name), 1, "title")
        return None
    dotted = DOTTED_NAME.match(view, pos)
    run = _transliteration_run_end(lex, view, pos)
    end = (
        (dotted.end() if dotted else None)
        or _transliterated_name_end(lex, ctx, pos)
        or (run if run is not None and run - pos >= 4 else None)
        or chinese_name_end(lex, ctx, pos)
        or run
    )
    if not end:
        return None
    return Candidate(pos, end, "person", None, fold_key(view[pos:end]), 1, "title")


def _names_before_titles(lex: Lexicon, ctx: Tokens, gaz: list[Candidate]) -> list[Candidate]:
    """A name right before its title (廣達林百里董事長, 張忠謀創辦人): the name follows a
    known organisation, punctuation or the start of the text."""
    view, t = ctx.view, lex.t
    org_ends = {c.end for c in gaz if c.type in ("organization", "media")}
    out: list[Candidate] = []
    for m in t.title_re.finditer(view):
        end = m.start()
        if end not in ctx.ends or end not in ctx.starts:
            continue
        for length in (3, 2):
            start = end - length
            if start < 0 or start not in ctx.starts:
                continue
            if not (start == 0 or start in org_ends or view[start - 1] in t.delimiters):
                continue
            name = view[start:end]
            if (lex.tag(name[:2]) or "nr")[:2] != "nr":
                continue  # 包裝部: words, not a name
            if name.endswith(lang.ORG_WORDS_AFTER_NAME) or name[-1] in lang.PLACE_ADMIN_CHARS:
                continue  # 向集團主席, 彭亨州議員: an organisation word or a place, not a name
            if chinese_name_end(lex, ctx, start) == end and name[-1] not in t.not_name_final:
                out.append(Candidate(start, end, "person", None, fold_key(name), 1, "title-after"))
                break
    return out


def _names_before_speech(lex: Lexicon, ctx: Tokens, gaz: list[Candidate]) -> list[Candidate]:
    """A surname-initial name right before a verb of saying at a clause start (陳建宏表示,
    鴻海劉揚偉指出): a person, with or without a title."""
    view, t = ctx.view, lex.t
    org_ends = {c.end for c in gaz if c.type in ("organization", "media")}
    taken = {c.start for c in gaz}
    out: list[Candidate] = []
    for m in t.speech_after_name_re.finditer(view):
        end = m.start()
        for length in (3, 2, 4):
            start = end - length
            if start < 0 or start in taken:
                continue
            if not (start == 0 or start in org_ends or view[start - 1] in t.delimiters):
                continue
            name = view[start:end]
            if (lex.tag(name[:2]) or "nr")[:2] != "nr":
                continue  # 文告中指出: words, not a name
            if chinese_name_end(lex, ctx, start) == end and name not in t.generic:
                out.append(Candidate(start, end, "person", None, fold_key(name), 1, "speaker"))
                break
    return out


def _names_before_speech_chars(lex: Lexicon, ctx: Tokens, gaz: list[Candidate]) -> list[Candidate]:
    """A two-character name right before 稱 or 說, at a clause start or after 據 (王明|稱|將辭職,
    陳立|說|，, 據|馮凱稱|，): the verb is no part of the name."""
    view, t = ctx.view, lex.t
    taken = {c.start for c in gaz}
    out: list[Candidate] = []
    finals = lang.SPEECH_CHARS_AFTER_NAME
    # (the cheap test of _speech_char_at first, in one pass)
    ending = [k for k, word in enumerate(ctx.words) if word[-1:] in finals]
    for k in ending:
        (vs, ve), word = ctx.spans[k], ctx.words[k]
        verb = _speech_char_at(lex, vs, ve, word)
        start = verb - 2
        if verb < 0 or start < 0 or start in taken:
            continue
        i = ctx.starts.get(start)
        if i is None or not (
            start == 0 or view[start - 1] in t.delimiters or ctx.tok(i - 1) in lang.SPEECH_FRAME_OPENERS
        ):
            continue  # (由陳子稱主導: after 由 or 與 a name, no verb of saying, follows)
        if ve < len(view) and view[ve] in lang.PARTICLE_CHARS:
            continue  # 林|美稱|的: a word, not a verb of saying
        if chinese_name_end(lex, ctx, start) == verb and view[start:verb] not in t.generic:
            out.append(Candidate(start, verb, "person", None, fold_key(view[start:verb]), 1, "speaker"))
    return out


def _speech_char_at(lex: Lexicon, vs: int, ve: int, word: str) -> int:
    """Where the verb of saying is in a token that is one (稱) or a name glued to one (馮凱稱), or -1."""
    if word[-1:] not in lang.SPEECH_CHARS_AFTER_NAME:
        return -1
    if ve - vs == 1 or (ve - vs == 3 and word[0] in lex.t.surnames):
        return ve - 1
    return -1


def _names_as_subjects(
    lex: Lexicon, ctx: Tokens, gaz: list[Candidate], found: list[Candidate]
) -> list[Candidate]:
    """A three-character personal name jieba read as one word (or knows as a name), between a
    clause start or a noun-phrase opener (由, 與, 據 …) and a function word that begins the
    predicate (將, 已, 也, 曾 …): 王某某將出任董事長, 由陳某某掌舵."""
    view, t = ctx.view, lex.t
    taken = {i for c in [*gaz, *found] for i in range(c.start, c.end)}
    out: list[Candidate] = []
    ends, surnames = ctx.ends, t.surnames
    # (what both name tests need first: three characters of whole tokens, a surname first)
    firsts = [i for i, (s, _) in enumerate(ctx.spans) if s + 3 in ends and view[s] in surnames]
    for i in firsts:
        s = ctx.spans[i][0]
        e = s + 3
        if s in taken or not (_name_like_word(lex, ctx, i) or _split_name(lex, ctx, s, e)):
            continue
        opener = i > 0 and ctx.tok(i - 1) in t.np_openers
        opens = s == 0 or view[s - 1] in t.delimiters or opener
        j = ctx.ends[e] + 1
        verb_after = j < len(ctx) and (lex.tag(ctx.tok(j)) or "").startswith("v")
        closes = view[e : e + 1] in t.name_final or view.startswith(t.speech, e) or (opener and verb_after)
        if not (opens and closes):
            continue
        if _speech_char_ends(view, t.delimiters, e):  # 王明|稱將辭職: the name is 王明
            if chinese_name_end(lex, ctx, s) == e - 1:
                out.append(Candidate(s, e - 1, "person", None, fold_key(view[s : e - 1]), 2, "subject"))
            continue
        out.append(Candidate(s, e, "person", None, fold_key(view[s:e]), 2, "subject"))
    return out


def _speech_char_ends(view: str, delimiters: frozenset[str], e: int) -> bool:
    """The third character of a would-be name is a verb of saying and a clause follows it."""
    return view[e - 1] in lang.SPEECH_CHARS_AFTER_NAME and e < len(view) and view[e] not in delimiters


def _split_name(lex: Lexicon, ctx: Tokens, s: int, e: int) -> bool:
    """鄭|志豪: a name jieba split in two, whose first two characters are no word and whose last
    is no particle or locative (文告|中, 尤其|是, 彭亨|的 are no names), and that is no function word
    before a company noun (向|公司提供, 与|银行签约)."""
    word = ctx.view[s:e]
    return (
        _name_like(lex, ctx, s, e)
        and (lex.tag(word[:2]) or "nr").startswith("nr")
        and word[-1] not in lang.PARTICLE_CHARS
        and not word.endswith(lang.ORG_WORDS_AFTER_NAME)
    )


def _name_like_word(lex: Lexicon, ctx: Tokens, i: int) -> bool:
    """Token ``i`` is a three-character word jieba has no other reading for, or knows as a name."""
    word = ctx.tok(i)
    if len(word) != 3:
        return False
    tag = lex.tag(word)
    return (
        word[0] in lex.t.surnames
        and word[-1] not in lex.t.short_form_final
        and (tag is None or tag.startswith("nr"))
        and all_cjk(word)
        and not lex.is_place(word)
        and not lex.is_place(word[:2])
        and word not in lex.t.generic
        and fold_key(word) not in lex.index.forms
        and not word.endswith(lang.ORG_WORDS_AFTER_NAME)
    )


def _surname_at(lex: Lexicon, view: str, pos: int) -> str | None:
    sur = next((c for c in lex.t.compound_surnames if view.startswith(c, pos)), None)
    if sur is None and view[pos : pos + 1] in lex.t.surnames:
        sur = view[pos]
    return sur


def chinese_name_end(lex: Lexicon, ctx: Tokens, pos: int) -> int | None:
    """The end of a Chinese personal name starting at ``pos`` (surname + 1–2 characters)."""
    view = ctx.view
    sur = _surname_at(lex, view, pos)
    if sur is None:
        return None
    for length in (len(sur) + 2, len(sur) + 1):
        end = pos + length
        name = view[pos:end]
        if len(name) < length or not all_cjk(name):
            continue
        if length == len(sur) + 2 and name[-1] in lex.t.name_final:
            continue  # 王良在: 在 starts the clause after a two-character name
        if name[-1] in lex.t.short_form_final:
            return None  # 華東院, 王家局: an institution's short form
        if not _name_ends_here(lex, ctx, pos, end, given=length - len(sur)):
            continue
        tag = lex.tag(name)
        if tag is not None and not tag.startswith("nr"):
            continue  # a dictionary word (高度), not a name
        if name in lex.t.generic or lex.is_place(name) or name.endswith(lang.CLAN_SUFFIX):
            continue
        if view.startswith(lang.ORG_WORDS_AFTER_NAME, end):
            return None
        return end
    return None


def _name_ends_here(lex: Lexicon, ctx: Tokens, pos: int, end: int, given: int) -> bool:
    """A token ends at ``end``, or a verb of saying starts there, or (one given character) a
    function character glued to the name ends a token right after it."""
    view, speech = ctx.view, lex.t.speech
    return (
        end in ctx.ends
        or (end in ctx.starts and ctx.tok(ctx.starts[end]) in speech)
        or (
            given == 2
            and pos in ctx.starts
            and any(view.startswith(v, end) and end + len(v) in ctx.ends for v in speech)
        )
        or (given == 1 and view[end : end + 1] in lex.t.name_final and end + 1 in ctx.ends)
        or (given == 2 and view[end : end + 1] in lang.NAME_LIST_JOINERS and end + 1 in ctx.ends)
    )


def _transliteration_run_end(lex: Lexicon, view: str, pos: int) -> int | None:
    """The end of a run of transliteration characters at ``pos`` (亞西爾-魯邁揚, 莫哈末沙卡):
    the longest run of 2 to 10 characters after which a clause boundary, a verb of saying, an
    adverb or a preposition follows."""
    t = lex.t
    best: int | None = None
    count, i = 0, pos
    while i < len(view) and count <= lang.MAX_TRANSLITERATED_NAME:
        ch = view[i]
        if ch in t.name_joiners and count > 0 and view[i + 1 : i + 2] and view[i + 1] in t.transliteration:
            i += 1
            continue
        if ch not in t.transliteration:
            break
        count += 1
        i += 1
        if count >= 2 and _name_may_end(lex, view, i):
            best = i
    return best


def _name_may_end(lex: Lexicon, view: str, i: int) -> bool:
    t = lex.t
    return (
        i == len(view)
        or view[i] in t.delimiters
        or view[i] in lang.BYLINE_NAME_ENDS
        or view.startswith(t.speech, i)
        or view.startswith(t.name_end_words, i)
    )


def _transliterated_name_end(lex: Lexicon, ctx: Tokens, pos: int) -> int | None:
    """A foreign name in characters between a title and a verb of saying (古特瑞斯呼籲)."""
    view = ctx.view
    for length in (5, 4, 3):
        end = pos + length
        if (
            end in ctx.ends
            and pos in ctx.starts
            and all_cjk(view[pos:end])
            and view.startswith(lex.t.speech, end)
            and not any(
                (lex.tag(ctx.tok(i)) or "x")[0] in "vpdrtm" for i in range(ctx.starts[pos], ctx.ends[end] + 1)
            )
        ):
            return end
    return None


def _name_lists(lex: Lexicon, ctx: Tokens, found: list[Candidate], org_starts: set[int]) -> list[Candidate]:
    """Two unknown names joined by 、 (賈桂蘭、王玉林), a name joined to a found person, or a
    name joined by 及/和/與 to an organisation as joint parties (沈某某及某某投資有限公司)."""
    out: list[Candidate] = []
    while True:  # to a fixpoint: 馬某、蔡某與張某 (the last joins a member found by the first)
        more = _name_list_round(lex, ctx, [*found, *out], org_starts)
        if not more:
            return out
        out += more


def _name_list_round(
    lex: Lexicon, ctx: Tokens, found: list[Candidate], org_starts: set[int]
) -> list[Candidate]:
    view = ctx.view
    known = {(c.start, c.end) for c in found}
    known_by_end = {e: (s, e) for s, e in known}
    out: list[Candidate] = []
    for m in NAME_LIST_JOINER.finditer(view):
        k, ch = m.start(), m.group()
        left, right = known_by_end.get(k, (k - 3, k)), (k + 1, k + 4)  # (王希、劉開雄: a found name of two)
        if (
            ch != lang.LIST_COMMA
            and k + 1 in org_starts
            and _name_like(lex, ctx, *left)
            and _clause_starts(ctx.view, k - 3)
        ):
            if left not in known:
                out.append(Candidate(k - 3, k, "person", None, fold_key(view[k - 3 : k]), 2, "name-list"))
            continue
        if left in known and right not in known and not _name_like(lex, ctx, *right):
            right = (k + 1, k + 3)  # 蔡崇信與張勇: a two-character name joined to a found person
            if right not in known and _two_char_name(lex, ctx, *right):
                known.add(right)
                out.append(
                    Candidate(*right, "person", None, fold_key(view[right[0] : right[1]]), 2, "name-list")
                )
            continue
        if ch != lang.LIST_COMMA and not (left in known or right in known):
            continue  # 與/和/及 join a name only to a person already found
        if (left in known or _name_like(lex, ctx, *left)) and (
            right in known or _name_like(lex, ctx, *right)
        ):
            for s, e in (left, right):
                if (s, e) not in known:
                    known.add((s, e))
                    out.append(Candidate(s, e, "person", None, fold_key(view[s:e]), 2, "name-list"))
    return out


def _two_char_name(lex: Lexicon, ctx: Tokens, start: int, end: int) -> bool:
    """A surname and one character that end a token (or meet a verb of saying)."""
    return start in ctx.starts and chinese_name_end(lex, ctx, start) == end and end - start == 2


def _name_like(lex: Lexicon, ctx: Tokens, start: int, end: int) -> bool:
    """Three characters, a surname first, one or two tokens, and no dictionary word."""
    if start < 0 or end > len(ctx.view) or start not in ctx.starts:
        return False
    last = ctx.ends.get(end)
    if last is None and ctx.view[end : end + 1] in lex.t.glued_conjunctions:
        last = ctx.ends.get(end + 1)  # 沈立|強及: a conjunction glued to the name
    if last is None:
        return False
    word = ctx.view[start:end]
    if ctx.starts[start] < last - 1:
        return False  # more than two tokens
    places = lex.index.places
    return (
        word[0] in lex.t.surnames
        and word[-1] not in lex.t.short_form_final  # 華東院: an institution's short form
        and lex.tag(word) in (None, "nr")  # jieba knows some names (劉建國) as names
        and all_cjk(word)
        and word not in places
        and not (word[1:] in places and _function_char(lex, word[0]))
        and fold_key(word) not in lex.index.forms
    )


def _function_char(lex: Lexicon, char: str) -> bool:
    """A surname that is also a preposition or a verb (向, 于): before a place it is no name
    (向美國); a plain surname before a place-like given name is one (王玉林)."""
    return (lex.tag(char) or "").startswith(lang.SURNAME_FUNCTION_TAGS)


def _clause_starts(view: str, pos: int) -> bool:
    """``pos`` begins a clause: the text start or clause punctuation before it."""
    return pos == 0 or view[pos - 1] in CLAUSE_END or view[pos - 1] in lang.BYLINE_SPACES
