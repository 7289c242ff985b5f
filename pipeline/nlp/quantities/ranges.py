"""Ranges (X至Y, X~Y, 5%至10%, 介於X與Y之間) and lists that share one unit (約 6200萬、 1770萬及
550萬元)."""

from __future__ import annotations

from typing import NamedTuple

from pipeline.model.frozen import replace
from pipeline.model.records import Qualifier
from pipeline.nlp.quantities.admission import counted
from pipeline.nlp.quantities.currencies import currency_before
from pipeline.nlp.quantities.drafts import Draft, sig_digits
from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.numerals import Found, tidy
from pipeline.nlp.quantities.qualifiers import qualifier_before
from pipeline.nlp.quantities.scan import ends, skip_space, skip_space_back, starts
from pipeline.nlp.quantities.units import Unit, unit_after


class Pairing(NamedTuple):
    """The numeral(s) one quantity is read from: one, or the two ends of a range (a named tuple:
    one per numeral of the text)."""

    first: Found
    last: Found
    consumed: tuple[int, ...]
    is_range: bool


def _separated(view: str, nums: list[Found], i: int, pos: int) -> int | None:
    """The index of the numeral after a range separator at ``pos`` (after nums[i])."""
    lx = lexicon()
    if i + 1 >= len(nums):
        return None
    sep = starts(view, pos, lx.range_seps)
    if sep is None or nums[i + 1].start != skip_space(view, pos + len(sep), 2):
        return None
    return i + 1


def _unit_on_both(view: str, nums: list[Found], i: int, left: Unit) -> int | None:
    """5%至10%, 3億美元至5億美元: the same unit after both ends."""
    j = _separated(view, nums, i, skip_space(view, left.end, 1))
    if j is None:
        return None
    right = unit_after(view, nums[j].end, nums[j].numeral, nums[j].start)
    if right is not None and right.kind == left.kind and right.currency == left.currency:
        return j
    return None


def _range_end(view: str, nums: list[Found], i: int) -> int | None:
    """The right end of a range X至Y (the unit after Y, or after both ends), if any."""
    s, e, num = nums[i]
    lx = lexicon()
    left = unit_after(view, e, num, s)
    j = _separated(view, nums, i, skip_space(view, e, 1))
    if j is None and left is not None:
        j = _unit_on_both(view, nums, i, left)
    if j is None or ends(view, skip_space_back(view, s, 1), lx.change_verbs):
        return None  # 下調0.125厘至5.25厘: "by X to Y", not a range
    rs, re_, rnum = nums[j]
    right = unit_after(view, re_, rnum, rs)
    # US$700億至720億 (the currency before the left end serves both); 投資3億至5億 (money
    # context decides later, as for a single bare number)
    bare_pair = right is None and left is None and not counted(view, re_)
    money_left = bare_pair and (currency_before(view, s) is not None or rnum.scale is not None)
    if money_left or (right is not None and (left is None or left.kind == right.kind)):
        return j
    return None


def _between(view: str, nums: list[Found], i: int) -> int | None:
    """介於X與Y之間."""
    lx = lexicon()
    s, e, _ = nums[i]
    if not ends(view, skip_space_back(view, s, 1), (lx.between[0],)) or i + 1 >= len(nums):
        return None
    pos = skip_space(view, e, 1)
    if view.startswith(lx.between[1], pos) and nums[i + 1].start == skip_space(view, pos + 1, 2):
        return i + 1
    return None


def pair(view: str, nums: list[Found], i: int) -> Pairing:
    """The numeral at ``i`` alone, or with the right end of its range."""
    j = _range_end(view, nums, i)
    if j is None:
        j = _between(view, nums, i)
    if j is None:
        return Pairing(nums[i], nums[i], (i,), False)
    return Pairing(nums[i], nums[j], (i, j), True)


def list_items(
    view: str, nums: list[Found], i: int, last: Draft, used: set[int]
) -> tuple[list[Draft], Draft]:
    """約 6200萬、 1770萬及 550萬元: earlier items share the last item's unit and head qualifier.

    Marks the items' numerals in ``used``; returns the items and the last item (which takes
    the head qualifier when it has none).
    """
    items = _items_before(view, nums, i, last, used)
    if not items:
        return [], last
    out = []
    head_q: Qualifier = "exact"
    head_s = nums[items[-1]].start
    qb = qualifier_before(view, head_s)
    for k in reversed(items):
        s, e, n = nums[k]
        start = s
        q: Qualifier = "exact"
        if s == head_s and qb is not None:
            start, head_q = qb
            q = head_q
        elif head_q != "exact":
            q = head_q
        value = tidy(n.value) if n.value is not None else None
        out.append(
            replace(
                last,
                start=start,
                end=e,
                num_start=s,
                num_end=e,
                value=value,
                qualifier=q,
                sig=sig_digits(view[s:e]),
            )
        )
        used.add(k)
    if head_q != "exact" and last.qualifier == "exact":
        last = replace(last, qualifier=head_q)
    return out, last


def _items_before(view: str, nums: list[Found], i: int, last: Draft, used: set[int]) -> list[int]:
    """Indices of the list items before the last one (not read already), nearest first."""
    lx = lexicon()
    items: list[int] = []
    k, pos = i, last.num_start
    while k - 1 >= 0 and (k - 1) not in used:
        p = skip_space_back(view, pos, 2)
        sep = ends(view, p, lx.list_seps)
        if sep is None:
            break
        s, e, n = nums[k - 1]
        if skip_space_back(view, p - len(sep), 2) != e or n.value is None:
            break
        if (n.scale is None) != (nums[i].numeral.scale is None):
            break
        items.append(k - 1)
        pos, k = s, k - 1
    return items
