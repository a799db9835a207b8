"""Vietnamese legacy 8-bit encodings: TCVN3 (ABC) and VNI-Windows decoded to Unicode, and a
score of how Vietnamese a decoded text reads — the evidence that picks among the legacy code pages.

Older office documents are kept in these font encodings: the bytes of "Việt" are ``Vi\\xd6t``
(TCVN3) or ``Vie\\xe4t`` (VNI). The mapping tables are data in resources/encodings/.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from app.paths import resource_path

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWEL_MARKS = {"\u0302", "\u0306", "\u031b"}  # circumflex, breve, horn
_VOWELS = set("aeiouyAEIOUY")
_WORD = re.compile(r"[^\W\d_]+")


def _rows(name: str):
    for line in resource_path("encodings", name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@lru_cache(maxsize=1)
def _tcvn3_table() -> dict[int, str]:
    table = {b: chr(b) for b in range(0x80)}
    for byte, code, *_ in _rows("tcvn3.tsv"):
        table[int(byte, 16)] = chr(int(code.removeprefix("U+"), 16))
    return table


@lru_cache(maxsize=1)
def _vni_table() -> tuple[re.Pattern, dict[str, str]]:
    """(pattern of every VNI sequence, longest first; sequence → letter) over the text as read
    through Windows-1252. A mark byte in the other case than its base letter (typed with caps
    lock half on) is read as the base letter's case."""
    table: dict[str, str] = {}
    for _hex, vni, letter, *_ in _rows("vni.tsv"):
        table[vni] = letter
    for vni, letter in list(table.items()):
        if len(vni) == 2:
            table.setdefault(vni[0] + vni[1].swapcase(), letter)
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))
    return pattern, table


def _cp1252_lenient(data: bytes) -> str:
    """Windows-1252, with its five undefined bytes kept as their Latin-1 code points."""
    return "".join(
        chunk.decode("cp1252") if not undefined else chunk.decode("latin-1")
        for chunk, undefined in _split_undefined(data)
    )


def _split_undefined(data: bytes):
    undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    start = 0
    for i, b in enumerate(data):
        if b in undefined:
            if start < i:
                yield data[start:i], False
            yield data[i : i + 1], True
            start = i + 1
    if start < len(data):
        yield data[start:], False


def decode_tcvn3(data: bytes) -> str:
    table = _tcvn3_table()
    return unicodedata.normalize("NFC", "".join(table.get(b, chr(b)) for b in data))


def decode_vni(data: bytes) -> str:
    pattern, table = _vni_table()
    return unicodedata.normalize("NFC", pattern.sub(lambda m: table[m.group(0)], _cp1252_lenient(data)))


def encode_tcvn3(text: str) -> bytes:
    """Unicode → TCVN3, for tests and round trips (upper-case toned letters, which VN3 lacks as
    single bytes in its letter range, use the table where it has them). Raises on the rest."""
    reverse = {ch: b for b, ch in _tcvn3_table().items()}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in reverse:
            out.append(reverse[ch])
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        tone = [m for m in marks if m in _TONES]
        stem = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in _TONES))
        if stem not in reverse or len(tone) != 1 or tone[0] not in reverse:
            raise UnicodeEncodeError("tcvn3", ch, 0, 1, "not in TCVN3")
        out += bytes([reverse[stem], reverse[tone[0]]])
    return bytes(out)


def encode_vni(text: str) -> bytes:
    _pattern, table = _vni_table()
    reverse: dict[str, str] = {}
    for vni, letter in table.items():
        reverse.setdefault(letter, vni)  # the file's own spelling comes first: same case
    return "".join(reverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).encode("cp1252")


def _is_vietnamese_letter(ch: str) -> bool:
    if ch.isascii():
        return ch.isalpha()
    if ch in "đĐ":
        return True
    base, *marks = unicodedata.normalize("NFD", ch)
    return base in _VOWELS and bool(marks) and all(m in _TONES or m in _VOWEL_MARKS for m in marks) \
        and sum(m in _TONES for m in marks) <= 1


def _is_vietnamese_word(word: str) -> bool:
    if not all(_is_vietnamese_letter(ch) for ch in word):
        return False
    tones = sum(1 for ch in unicodedata.normalize("NFD", word) if ch in _TONES)
    return tones <= 1  # one syllable, one tone


def vietnamese_score(text: str) -> tuple[float, int]:
    """(share of the words with a non-ASCII letter that are well-formed Vietnamese syllables,
    how many such words). Mojibake from the wrong code page is full of ``ViÖt``, ``µ``, ``Vieät``."""
    words = [w for w in _WORD.findall(text) if not w.isascii()]
    if not words:
        return 0.0, 0
    good = sum(1 for w in words if _is_vietnamese_word(w))
    return good / len(words), len(words)
