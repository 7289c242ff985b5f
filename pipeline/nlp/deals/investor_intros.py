"""Lists of investors introduced as such though no investor noun heads them (引入五名基石投资者，
合共认购N，包括A、B及C / 最终获配的投资者共9家，包括A、B / 包括A、B和C在内的23名基石投资者): each
named party is an investor of the offering or round (read by .equity.investor_phrases).
"""

from __future__ import annotations

import re

from pipeline.lang.zh import offerings as O


def introduced_list(
    view: str, start: int, lead_in: int, end: int, entry: re.Match[str] | None
) -> re.Match[str] | None:
    """A list of investors introduced as such though no investor noun heads it: 引入五名基石投资者，
    合共认购N，包括A、B及C (``entry``: the introduction before) / 最终获配的投资者共9家，包括A、B /
    引入包括A、B和C在内的23名基石投资者."""
    if entry is not None and entry.end() <= lead_in:
        m = O.LIST_INCLUDES.search(view, entry.end(), lead_in)
        if m is not None:
            return m
    counted = O.COUNTED_LIST_INTRO.search(view, max(start, lead_in - O.INTRO_REACH), lead_in)
    if counted is not None:
        return counted
    included = O.INCLUDES_BEFORE.search(view, max(start, lead_in - O.INTRO_REACH), lead_in)
    return included if included is not None and O.INCLUDED_AFTER.match(view, end) else None
