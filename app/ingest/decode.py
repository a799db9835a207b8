"""Turn a file's bytes into Vietnamese text: detect the encoding, refuse binaries, normalise to NFC."""

from __future__ import annotations

import codecs
import unicodedata


class UnreadableFile(ValueError):
    """A file that cannot be read as text; the message says why, for the import report."""


# Vietnamese letters that only exist precomposed in UTF-8/NFC text; their presence after a
# decode is the best evidence we picked the right legacy code page.
_VIETNAMESE_MARKERS = set("ăâđêôơưĂÂĐÊÔƠƯ")


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes mean this is not a text file (UTF-16 is handled before)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(8, len(sample) // 100)


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM shows up as every other byte being NUL."""
    if len(data) < 4 or len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    try:
        if odd_nuls > half * 0.3 and even_nuls < half * 0.05:
            return data.decode("utf-16-le")
        if even_nuls > half * 0.3 and odd_nuls < half * 0.05:
            return data.decode("utf-16-be")
    except UnicodeDecodeError:
        return None
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text in NFC, encoding name). Raise UnreadableFile with a reason."""
    if not data.strip():
        raise UnreadableFile("tệp rỗng (empty file)")
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[len(codecs.BOM_UTF8) :], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    else:
        utf16 = _decode_utf16_without_bom(data)
        if utf16 is not None:
            text, encoding = utf16, "utf-16"
        elif _looks_binary(data):
            raise UnreadableFile("tệp nhị phân, không phải văn bản (binary file, not text)")
        else:
            text, encoding = _decode_8bit(data)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise UnreadableFile("tệp rỗng (empty file)")
    return text, encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"mã hoá {encoding} hỏng (invalid {encoding}: {exc.reason})") from exc


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """UTF-8 first (it rarely decodes by accident), then Windows-1258, Vietnam's legacy code page."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    cp1258 = data.decode("cp1258", errors="replace")
    if any(ch in _VIETNAMESE_MARKERS for ch in cp1258) and cp1258.count("\ufffd") == 0:
        return cp1258, "cp1258"
    # Not Vietnamese legacy text: let charset detection name the encoding.
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise UnreadableFile("không nhận ra mã hoá ký tự (unknown text encoding)")
    return str(best), best.encoding
