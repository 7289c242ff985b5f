from __future__ import annotations

import pytest

from pipeline.text.view import TextView, detect_script, fold_width


def test_detect_script() -> None:
    trad = "經濟部投審會通過僑外投資"
    simp = "经济部投审会通过侨外投资"
    assert detect_script(trad) == "traditional"
    assert detect_script(simp) == "simplified"


@pytest.mark.parametrize("text", ["ＧＷ１２３，（約）", "輝達砸647億挺馬斯克xAI", "\u3000全形空白"])
def test_the_view_keeps_every_offset(text: str) -> None:
    view = TextView()(text)
    assert len(view) == len(text)
    assert fold_width("ＧＷ１２３") == "GW123"
