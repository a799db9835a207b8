"""Turn a file's bytes into Vietnamese text: detect the encoding, refuse binaries, normalise to NFC.

Unicode (UTF-8, UTF-16, UTF-32, with or without a BOM) first; then the legacy Vietnamese code
pages — Windows-1258, TCVN3 (ABC) and VNI-Windows — each tried and the one whose text reads as
well-formed Vietnamese syllables kept. What cannot be decided is refused with the reason: a
damaged UTF-8 file says where its bad bytes are, a NUL byte is named as such wherever it is.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from app.ingest.legacy_vi import decode_tcvn3, decode_vni, vietnamese_score


class UnreadableFile(ValueError):
    """A file that cannot be read as text; the message says why, for the import report."""


# Names recorded in the archive's `encoding` column and the import log for the converted files.
LEGACY_LABELS = {"cp1258": "Windows-1258", "tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows"}
# A legacy decoding is accepted when this share of its non-ASCII words are Vietnamese syllables.
_MIN_VIETNAMESE_SCORE = 0.9
# Vietnamese letters outside Latin-1: a text holding them is Vietnamese, not another language.
_VIETNAMESE_ONLY = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _nul_reason(data: bytes) -> str | None:
    at = data.find(b"\x00")
    if at < 0:
        return None
    return (f"có byte NUL ở vị trí {at}: tệp nhị phân hoặc hỏng, không phải văn bản "
            f"(NUL byte at offset {at}: a binary or damaged file, not text)")


def _looks_binary(data: bytes) -> bool:
    """Many control bytes mean this is not a text file (NUL is named before this)."""
    sample = data[:8192]
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


def _decode_utf32_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-32 without a BOM: three NULs in every four bytes for Latin text."""
    if len(data) < 8 or len(data) % 4:
        return None
    for codec, zero_lanes in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
        if all(data[lane::4].count(0) == len(data) // 4 for lane in zero_lanes):
            try:
                return data.decode(codec), "utf-32"
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text in NFC, encoding name). Raise UnreadableFile with a reason."""
    if not data.strip():
        raise UnreadableFile("tệp rỗng (empty file)")
    # UTF-32's BOMs begin with UTF-16's: test them first.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        text, encoding = _strict(data, "utf-32"), "utf-32"
    elif data.startswith(codecs.BOM_UTF8):
        text, encoding = _strict(data[len(codecs.BOM_UTF8) :], "utf-8"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = _strict(data, "utf-16"), "utf-16"
    elif (utf32 := _decode_utf32_without_bom(data)) is not None:
        text, encoding = utf32
    elif (utf16 := _decode_utf16_without_bom(data)) is not None:
        text, encoding = utf16, "utf-16"
    elif (reason := _nul_reason(data)) is not None:
        raise UnreadableFile(reason)
    elif _looks_binary(data):
        raise UnreadableFile("tệp nhị phân, không phải văn bản (binary file, not text)")
    else:
        text, encoding = _decode_8bit(data)
    if "\x00" in text:  # a NUL inside otherwise valid UTF-16/32 text
        raise UnreadableFile(_nul_reason(text.encode("utf-8")) or "NUL")
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise UnreadableFile("tệp rỗng (empty file)")
    return text, encoding


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableFile(f"mã hoá {encoding} hỏng ở byte {exc.start} "
                             f"(invalid {encoding} at byte {exc.start}: {exc.reason})") from exc


def _damaged_utf8_reason(data: bytes, exc: UnicodeDecodeError) -> str | None:
    """A UTF-8 file with a few bad bytes is damaged UTF-8, not an unknown encoding: say where."""
    valid = len(_UTF8_MULTIBYTE.findall(data))
    bad = len(data.decode("utf-8", errors="replace")) - len(data.decode("utf-8", errors="ignore"))
    if valid < 5 or bad > max(3, valid // 50):
        return None
    return (f"mã hoá UTF-8 hỏng: {bad} byte sai, đầu tiên ở vị trí {exc.start} "
            f"(invalid UTF-8: {bad} bad byte(s), the first at offset {exc.start})")


def _decode_8bit(data: bytes) -> tuple[str, str]:
    """UTF-8 first (it rarely decodes by accident), then the Vietnamese legacy code pages."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if (reason := _damaged_utf8_reason(data, exc)) is not None:
            raise UnreadableFile(reason) from exc
    candidates = {
        "cp1258": unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")),
        "tcvn3": decode_tcvn3(data),
        "vni": decode_vni(data),
    }
    scored = {name: vietnamese_score(text) for name, text in candidates.items()
              if "\ufffd" not in text}
    best = max(scored, key=lambda name: scored[name][0], default=None)
    if best is not None:
        score, words = scored[best]
        if score >= _MIN_VIETNAMESE_SCORE and _VIETNAMESE_ONLY.search(candidates[best]):
            return candidates[best], best
        if score >= 0.5 and words >= 5:  # Vietnamese, but no code page reads it cleanly
            raise UnreadableFile(_UNDECIDABLE)
    # Not Vietnamese legacy text: let charset detection name the encoding — unless what it
    # finds holds Vietnamese letters, which would be mojibake (no Vietnamese code page fitted).
    from charset_normalizer import from_bytes

    found = from_bytes(data).best()
    if found is None or _VIETNAMESE_ONLY.search(str(found)):
        raise UnreadableFile(_UNDECIDABLE)
    return str(found), found.encoding


_UNDECIDABLE = (
    "không xác định được mã hoá: không phải UTF-8, và Windows-1258, TCVN3, VNI đều không cho ra "
    "tiếng Việt hợp lệ (undecidable encoding: not UTF-8, and neither Windows-1258, TCVN3 nor "
    "VNI gives well-formed Vietnamese)")
