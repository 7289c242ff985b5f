"""Japanese officers named in kanji after their title (``pipeline.nlp.entities.people``).

社長岸田光哉與…, 副社長鈴木一郎、…: a Japanese name is two characters of surname and two (or one) of
given name, which the Chinese surname rule does not read. Counter rows: a common word after the
title (社長會議, 社長任內). Sentences written for these tests, in both scripts; the people are invented.
"""

from __future__ import annotations

import pytest

from tests.nlp.entities.support import mentions

CASES = [
    pytest.param("日本電產社長岸田光哉與台灣廠商代表共同出席。", {"岸田光哉"}, id="before-with-hant"),
    pytest.param("日本电产社长岸田光哉与台湾厂商代表共同出席。", {"岸田光哉"}, id="before-with-hans"),
    pytest.param("副社長鈴木一郎表示將擴大在台投資。", {"鈴木一郎"}, id="deputy-before-speech-hant"),
    pytest.param("副社长铃木一郎表示将扩大在台投资。", {"铃木一郎"}, id="deputy-before-speech-hans"),
    pytest.param("社長會議上決定出售子公司。", set(), id="counter-meeting-hant"),
    pytest.param("社长会议上决定出售子公司。", set(), id="counter-meeting-hans"),
    pytest.param("在社長任內，公司營收倍增。", set(), id="counter-tenure-hant"),
    pytest.param("在社长任内，公司营收倍增。", set(), id="counter-tenure-hans"),
]


@pytest.mark.parametrize(("text", "people"), CASES)
def test_kanji_names(nlp, text: str, people: set[str]) -> None:
    assert {m.text for m in mentions(nlp, text) if m.type == "person"} == people
