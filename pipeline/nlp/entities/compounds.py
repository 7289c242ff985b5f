"""Resolution pass: names made of a name and more words the language writes solid with it.

A state group names its units by number (中建三局, 水电四局) and a bureau its companies
(中建三局一公司); any organisation names an institute by ordinal (中国电子科技集团公司第十四研究所);
a group's short name stands before its subsidiary's (中国能建葛洲坝集团); a brand country before a
numbered unit (中国水电四局) and a status before a university or hospital (国立阳明交通大学) are
part of the name. Each is one mention, not the known prefix and the rest.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lang.zh import entities as lang
from pipeline.lang.zh import org_forms
from pipeline.nlp.entities.candidates import Candidate, all_cjk, fold_key

_NUMBER = f"[{org_forms.UNIT_NUMERALS}]{{1,3}}"
_UNITS = "|".join(map(re.escape, org_forms.NUMBERED_UNIT_WORDS))
#: an ordinal unit after any organisation (第十四研究所)
_ORDINAL_UNIT = re.compile(f"{lang.ORDINAL_PREFIX}{_NUMBER}(?:{_UNITS})")
#: a numbered company after a numbered bureau (一公司, 三分公司)
_NUMBERED_UNIT = re.compile(f"{lang.ORDINAL_PREFIX}?{_NUMBER}(?:{_UNITS})")
#: a name ending in a numbered bureau or unit (三局, 二航局, 十四研究所)
_NUMBERED_END = re.compile(f"{_NUMBER}(?:{_UNITS}|{'|'.join(org_forms.NUMBERED_BUREAU_ENDS)})$")
_BUREAU_END = re.compile(f"{_NUMBER}(?:{'|'.join(org_forms.NUMBERED_BUREAU_ENDS)})$")


def compound_names(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen candidates with each compound name in place of its parts."""
    out = _with_units(view, chosen)
    out = _group_then_unit(view, out)
    return _with_prefix(view, out)


def _with_units(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """An organisation and the numbered unit right after it are the unit's name."""
    out: list[Candidate] = []
    skip_to = -1
    for c in chosen:
        if c.start < skip_to:
            continue
        end = _unit_end(view, c) if c.type == "organization" else None
        if end is None:
            out.append(c)
            continue
        name = view[c.start : end]
        out.append(Candidate(c.start, end, "organization", None, fold_key(name), 1, "numbered-unit"))
        skip_to = end
    return out


def _unit_end(view: str, c: Candidate) -> int | None:
    pattern = _NUMBERED_UNIT if _BUREAU_END.search(view[c.start : c.end]) else _ORDINAL_UNIT
    m = pattern.match(view, c.end)
    return m.end() if m else None


def _group_then_unit(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A known group's short name written solid before a subsidiary's name ending in an
    organisation word (中国能建|葛洲坝集团): one name, the subsidiary's."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == c.start
            and prev.type == c.type == "organization"
            and prev.iri is not None
            and prev.iri != c.iri
            and all_cjk(view[prev.start : c.end])
            and view[c.start : c.end].endswith(org_forms.SUBSIDIARY_NAME_ENDS)
        ):
            out[-1] = replace(
                c, start=prev.start, key=fold_key(view[prev.start : c.end]) if c.iri is None else c.key
            )
            continue
        out.append(c)
    return out


def _with_prefix(view: str, chosen: list[Candidate]) -> list[Candidate]:
    """A brand country before a numbered unit (中国|水电四局) and a status before an institution
    (国立|阳明交通大学) join the name; a place mention over the prefix gives way."""
    out: list[Candidate] = []
    for c in chosen:
        n = _prefix_length(view, c)
        if n:
            start = c.start - n
            while out and out[-1].end > start:
                if out[-1].type != "place":
                    break
                out.pop()
            else:
                key = c.key if c.iri is not None else fold_key(view[start : c.end])
                out.append(replace(c, start=start, key=key))
                continue
        out.append(c)
    return out


def _prefix_length(view: str, c: Candidate) -> int:
    if c.type != "organization":
        return 0
    name = view[c.start : c.end]
    before = view[max(0, c.start - 2) : c.start]
    if _NUMBERED_END.search(name) and before in org_forms.BRAND_COUNTRIES:
        return len(before)
    if name.endswith(org_forms.STATUS_INSTITUTIONS) and before in org_forms.INSTITUTION_STATUS:
        return len(before)
    return 0
