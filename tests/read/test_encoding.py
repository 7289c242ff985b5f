from __future__ import annotations

import codecs

import pytest

from pipeline.errors import ReadError
from pipeline.read.encoding import declared_charset, decode_bytes, plausibility

TRADITIONAL = "輝達宣布將向人工智慧新創公司投資二十億美元，資金用於建設資料中心，市場分析師看好供應鏈。"
SIMPLIFIED = "英伟达宣布将向人工智能新创公司投资二十亿美元，资金用于建设数据中心，市场分析师看好供应链。"
HK = "恒生指數今日上升，港交所公布多家公司配售新股集資，合共集資約四千五百萬港元。"


@pytest.mark.parametrize(
    ("text", "codec", "reported"),
    [
        (TRADITIONAL, "utf-8", "utf-8"),
        (TRADITIONAL, "big5", "cp950"),
        (TRADITIONAL, "cp950", "cp950"),
        (HK, "big5hkscs", "cp950"),
        (SIMPLIFIED, "gb2312", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (TRADITIONAL, "gb18030", "gb18030"),  # Traditional characters in a GB file
        (TRADITIONAL, "utf-16", "utf-16-le"),
        ("2025年 " + SIMPLIFIED, "utf-16-be", "utf-16-be"),  # no BOM: found by the NULs of its ASCII
        (SIMPLIFIED, "utf-32", "utf-32-le"),
    ],
)
def test_round_trip(text: str, codec: str, reported: str) -> None:
    decoded = decode_bytes(text.encode(codec), "f")
    assert decoded.text == text
    assert decoded.encoding == reported


def test_hkscs_only_character_falls_back_to_big5_hkscs() -> None:
    text = "香港嘅公司今日公布業績，市場反應正面，股價上升。"  # 嘅 is HKSCS, not in cp950
    data = text.encode("big5hkscs")
    with pytest.raises(UnicodeDecodeError):
        data.decode("cp950")
    assert decode_bytes(data, "f").text == text
    assert decode_bytes(data, "f").encoding == "big5hkscs"


def test_utf8_bom_is_removed() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + TRADITIONAL.encode(), "f")
    assert decoded.text == TRADITIONAL
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize(
    ("data", "reason", "offset"),
    [
        (b"", "empty file", None),
        (b"  \r\n\t", "no text", None),
        (b"GIF89a\x00\x01\x02", "binary", 6),
        (bytes(range(1, 32)) * 10, "binary", None),
        (TRADITIONAL.encode()[:-1], "truncated UTF-8", len(TRADITIONAL.encode()) - 3),
        (TRADITIONAL.encode("cp950")[:-1], "truncated Big5", len(TRADITIONAL.encode("cp950")) - 2),
        (SIMPLIFIED.encode("gb18030")[:-1], "truncated GB18030", len(SIMPLIFIED.encode("gb18030")) - 2),
        (codecs.BOM_UTF16_LE + TRADITIONAL.encode("utf-16-le")[:-1], "truncated utf-16-le", None),
        ("Zürich café".encode("latin-1"), "cannot decode", 1),
    ],
)
def test_bad_bytes(data: bytes, reason: str, offset: int | None) -> None:
    with pytest.raises(ReadError) as info:
        decode_bytes(data, "some/file.txt")
    assert reason in info.value.reason
    assert "some/file.txt" in str(info.value)
    if offset is not None:
        assert info.value.offset == offset


def test_plausibility_separates_right_and_wrong_decodings() -> None:
    right = TRADITIONAL.encode("cp950").decode("cp950")
    wrong = TRADITIONAL.encode("cp950").decode("gb18030", errors="replace")
    assert plausibility(right) > 0.8 > 0.3 > plausibility(wrong)


@pytest.mark.parametrize(
    ("head", "charset"),
    [
        (b'<meta charset="big5">', "big5"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', "gb2312"),
        (b"<html><body>no charset</body></html>", None),
    ],
)
def test_declared_charset(head: bytes, charset: str | None) -> None:
    assert declared_charset(head) == charset


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(TRADITIONAL + "\x00" + TRADITIONAL, id="traditional"),
        pytest.param(SIMPLIFIED * 3 + "\x00", id="simplified-at-the-end"),
    ],
)
def test_a_stray_nul_in_text_is_kept_not_rejected(text: str) -> None:
    decoded = decode_bytes(text.encode("utf-8"), "f.txt")
    assert decoded.text == text  # the text as read; the view reads the NUL as an invisible char
