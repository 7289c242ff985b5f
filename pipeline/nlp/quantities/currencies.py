"""Currency words written before the number (新台幣30億元, US$20億, 人民幣 3800億元, $3.5億)."""

from __future__ import annotations

from pipeline.nlp.quantities.lexicon import lexicon
from pipeline.nlp.quantities.scan import ends, is_latin, skip_space_back


def currency_before(view: str, start: int) -> tuple[int, str] | None:
    """(start, ISO code) of a currency word before the number; the code is "" for a bare $
    (Hong Kong papers write 集資$3.5億 for HK$), whose currency the article decides."""
    lx = lexicon()
    pos = skip_space_back(view, start, 1)
    cur = ends(view, pos, lx.currency_before)
    if cur is None:
        sign = ends(view, pos, lx.dollar_signs)
        if sign is not None and not (pos > len(sign) and is_latin(view[pos - len(sign) - 1])):
            return pos - len(sign), ""
        return None
    begin = pos - len(cur)
    if cur.isascii() and begin > 0 and is_latin(view[begin - 1]):
        return None
    if _closes_a_number(view, begin):
        return None  # 6億美元5年期: 美元 is the unit of 6億, not the currency of 5
    return begin, lx.currency_before[cur]


def _closes_a_number(view: str, begin: int) -> bool:
    pos = skip_space_back(view, begin, 1)
    if pos == 0:
        return False
    ch = view[pos - 1]
    return ch.isdigit() or ch in lexicon().digits or ch in lexicon().magnitudes
