"""Candidate generator 5: media outlets in title or dateline brackets (《金融時報》, 【明報專訊】)."""

from __future__ import annotations

from pipeline.nlp.entities.candidates import Candidate, fold_key
from pipeline.nlp.entities.lexicon import Lexicon
from pipeline.nlp.entities.tables import MEDIA_BRACKET


def media(lex: Lexicon, view: str) -> list[Candidate]:
    t = lex.t
    out: list[Candidate] = []
    for m in MEDIA_BRACKET.finditer(view):
        name = m.group(1)
        s = m.start(1)
        for cue in t.media_cues:
            if name.endswith(cue) and len(name) > len(cue) + 1:
                name = name[: -len(cue)]
        if any(name.endswith(suf) for suf in t.media_suffixes) and name not in t.generic:
            out.append(Candidate(s, s + len(name), "media", None, fold_key(name), 1, "media"))
    return out
