from __future__ import annotations

import html
import re

from pipeline.serve.highlight import Mark, render


def plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_marks_wrap_their_spans_and_the_rest_is_escaped() -> None:
    text = "輝達投資<xAI>20億美元"
    out = render(text, [Mark(0, 2, classes=("hl", "hl-org")), Mark(9, 15, classes=("hl", "hl-money"))])
    assert (
        out == '<mark class="hl hl-org">輝達</mark>投資&lt;xAI&gt;<mark class="hl hl-money">20億美元</mark>'
    )
    assert plain(out) == text


def test_nested_marks_open_outermost_first() -> None:
    text = "輝达投资xAI。"
    out = render(text, [Mark(0, 2, classes=("org",)), Mark(0, 8, "span", ("evidence",))])
    assert out == '<span class="evidence"><mark class="org">輝达</mark>投资xAI。</span>'


def test_crossing_marks_are_split_and_stay_well_formed() -> None:
    out = render(
        "abcdef", [Mark(0, 4, attrs={"data-span": "a"}), Mark(2, 6, "span", attrs={"data-span": "b"})]
    )
    assert out == ('<mark data-span="a">ab<span data-span="b">cd</span></mark><span data-span="b">ef</span>')
    assert plain(out) == "abcdef"


def test_offset_and_clipping() -> None:
    # a sentence starting at 10 of the article; a mark running past its end is clipped
    out = render("投资20亿元", [Mark(12, 20, classes=("m",)), Mark(0, 5)], offset=10)
    assert out == '投资<mark class="m">20亿元</mark>'


def test_attribute_values_are_escaped() -> None:
    out = render("x", [Mark(0, 1, attrs={"title": 'a "b" <c>'})])
    assert out == '<mark title="a &#34;b&#34; &lt;c&gt;">x</mark>'
