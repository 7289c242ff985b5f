"""Bytes to text: find the encoding of a Chinese news file without trusting anyone's label blindly.

Order: a byte-order mark (UTF-8, UTF-16, UTF-32; the mark is removed from the text), then strict
UTF-8, then the legacy Chinese encodings (Big5 family, GB family), each decoded strictly and
scored by how much of the result is made of common Chinese characters. Empty input, binary data
and a multibyte sequence cut off at the end raise ``ReadError`` naming the source, the problem
and the byte offset.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from pipeline.errors import ReadError
from pipeline.lang.zh.charfreq import COMMON_CHARS

#: (BOM, codec reported as the encoding). UTF-32 before UTF-16: the LE marks share a prefix.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Legacy families, each tried codec by codec. GB2312 and GBK text is decoded as GB18030, its
#: superset (Python's gb2312 maps A1A4 to U+30FB where GBK has U+00B7); Big5 as cp950 (what
#: "Big5" files are in practice), then Big5-HKSCS for Hong Kong characters.
LEGACY_FAMILIES: tuple[tuple[str, ...], ...] = (
    ("cp950", "big5hkscs"),
    ("gb18030",),
)

#: How the codecs are named in messages.
DISPLAY: dict[str, str] = {"cp950": "Big5", "big5hkscs": "Big5", "gb18030": "GB18030"}

#: What a declared charset (HTML meta, HTTP header) should be decoded with: its superset.
CHARSET_SUPERSETS: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "cp950": "cp950",
    "big5-hkscs": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "utf8": "utf-8",
    "utf-8": "utf-8",
}

#: Below this share of common characters among the Han characters, a legacy decoding is garbage.
MIN_COMMON_SHARE = 0.35
#: With fewer Han characters than this, plausibility says nothing.
MIN_HAN_TO_JUDGE = 8
#: Share of control characters above which decoded "text" is taken for binary data.
MAX_CONTROL_SHARE = 0.01
#: A few NUL bytes in text are strays (kept; the view reads them as invisible characters): more
#: than this many, and over 1 % of the bytes, make the data binary
MAX_STRAY_NULS = 3
#: At most this many invalid sequences, among at least MIN_GOOD_UTF8 good non-ASCII characters
#: for each, make a file "UTF-8 with a damaged byte" (reported at its offset), not undecodable
MAX_DAMAGED = 3
MIN_GOOD_UTF8 = 8
#: A decode error this close to the end, for want of bytes, means the file was cut short.
TAIL = 4


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0002ffff"


def plausibility(text: str) -> float:
    """Share of the Han characters that are common ones (0 when there are none)."""
    han = [ch for ch in text if _is_han(ch)]
    if not han:
        return 0.0
    return sum(ch in COMMON_CHARS for ch in han) / len(han)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    # NUL is judged on its own (decode_bytes): a stray one does not make text binary
    bad = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v\x00")
    return bad / len(text)


def _truncated(err: UnicodeDecodeError, size: int) -> bool:
    return err.start >= size - TAIL and err.end == size


def _strict(data: bytes, codec: str) -> str | UnicodeDecodeError:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        return err


def _check_text(text: str, encoding: str, source: str, data: bytes) -> Decoded:
    if not text.strip():
        raise ReadError(source, "no text (only whitespace)")
    if _control_share(text) > MAX_CONTROL_SHARE:
        nul = data.find(b"\x00")
        where = f" (a NUL at byte {nul})" if nul >= 0 else ""
        raise ReadError(source, f"binary data, not text{where}", offset=nul if nul >= 0 else None)
    return Decoded(text, encoding)


def _decode_bom(data: bytes, bom: bytes, codec: str, source: str) -> Decoded:
    body = data[len(bom) :]
    result = _strict(body, codec)
    if isinstance(result, UnicodeDecodeError):
        offset = len(bom) + result.start
        if _truncated(result, len(body)):
            raise ReadError(
                source,
                f"truncated {codec} text: incomplete character at byte {offset}, the end",
                offset=offset,
            )
        raise ReadError(
            source,
            f"invalid {codec} at byte {offset} after its byte-order mark: {result.reason}",
            offset=offset,
        )
    return _check_text(result, codec, source, data)


def _legacy_candidates(data: bytes) -> list[tuple[float, str, str]]:
    """(score, codec, text) for every legacy family that decodes the bytes strictly."""
    found = []
    for family in LEGACY_FAMILIES:
        for codec in family:
            result = _strict(data, codec)
            if isinstance(result, str):
                found.append((plausibility(result), codec, result))
                break
    return sorted(found, key=lambda c: -c[0])


def _too_few_han(text: str) -> bool:
    """Too few Han characters to judge plausibility: take the best strict decoding as it is."""
    return sum(map(_is_han, text)) < MIN_HAN_TO_JUDGE


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: NULs in every other byte and plausible text."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        result = _strict(data, codec)
        if not isinstance(result, str) or _control_share(result) > MAX_CONTROL_SHARE:
            continue
        ascii_words = all(ord(ch) < 0x80 for ch in result) and any(ch.isalpha() for ch in result)
        if plausibility(result) >= MIN_COMMON_SHARE or ascii_words:
            return Decoded(result, codec)
    return None


def _truncated_legacy(data: bytes) -> tuple[str, int] | None:
    """(codec, offset) when a legacy encoding decodes everything but a cut-off last character."""
    for family in LEGACY_FAMILIES:
        widest = family[-1]
        result = _strict(data, widest)
        if isinstance(result, UnicodeDecodeError) and _truncated(result, len(data)):
            head = data[: result.start].decode(widest)
            if plausibility(head) >= MIN_COMMON_SHARE:
                return widest, result.start
    return None


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 but for a damaged byte or two: few invalid sequences among many good characters."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return 0 < bad <= MAX_DAMAGED and good >= MIN_GOOD_UTF8 * bad


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode a file's bytes; ``declared`` is a charset the container names (HTML meta), if any."""
    if not data:
        raise ReadError(source, "empty file")
    for bom, bom_codec in BOMS:
        if data.startswith(bom):
            return _decode_bom(data, bom, bom_codec, source)
    nul = data.find(b"\x00")
    if nul >= 0:
        unmarked = _utf16_without_bom(data)
        if unmarked is not None:
            return _check_text(unmarked.text, unmarked.encoding, source, data)
        nuls = data.count(b"\x00")
        if nuls > MAX_STRAY_NULS and nuls * 100 > len(data):
            raise ReadError(source, f"binary data, not text (NUL bytes, the first at byte {nul})", offset=nul)
        # a stray NUL in text: kept in the text (offsets stay true), the view reads it as an
        # invisible character (pipeline.text.view.INVISIBLE)

    utf8 = _strict(data, "utf-8")
    if isinstance(utf8, str):
        return _check_text(utf8, "utf-8", source, data)

    superset = CHARSET_SUPERSETS.get(declared.strip().lower()) if declared else None
    if superset and superset != "utf-8":
        result = _strict(data, superset)
        if isinstance(result, str) and plausibility(result) >= MIN_COMMON_SHARE:
            return _check_text(result, superset, source, data)

    if _truncated(utf8, len(data)):
        head = data[: utf8.start].decode("utf-8")
        if any(ord(ch) > 0x7F for ch in head) or utf8.start == 0:
            raise ReadError(
                source,
                f"truncated UTF-8: incomplete character at byte {utf8.start}, the end",
                offset=utf8.start,
            )
    if _mostly_utf8(data):
        raise ReadError(
            source,
            f"invalid UTF-8 at byte {utf8.start} ({utf8.reason}); the rest is UTF-8: a byte cut or "
            "damaged there",
            offset=utf8.start,
        )

    candidates = _legacy_candidates(data)
    if candidates and (candidates[0][0] >= MIN_COMMON_SHARE or _too_few_han(candidates[0][2])):
        _, best, text = candidates[0]
        return _check_text(text, best, source, data)

    cut = _truncated_legacy(data)
    if cut is not None:
        cut_codec, offset = cut
        raise ReadError(
            source,
            f"truncated {DISPLAY[cut_codec]} text: incomplete character at byte {offset}, the end",
            offset=offset,
        )
    raise ReadError(
        source,
        "cannot decode: neither UTF-8, Big5 nor GB18030 text "
        f"(the first invalid UTF-8 byte is byte {utf8.start})",
        offset=utf8.start,
    )


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes (``<meta charset>`` or http-equiv)."""

    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", head[:4096], re.IGNORECASE)
    return m.group(1).decode("ascii").lower() if m else None
