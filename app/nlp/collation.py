"""Sort Vietnamese names in Vietnamese alphabetical order, without ICU.

A Python sort of the raw strings puts "Đức" and "Ấn Độ" after "Zimbabwe" (code points), and a sort
of the folded names ties "Ấn Độ" with "An", "Đức" with "Duc". The key here follows the CLDR "vi"
collation in three levels, like ICU: the letters first (a < ă < â < b … d < đ …, from
``resources/lexicon/collation_vi.txt``), then the tones (none < huyền < hỏi < ngã < sắc < nặng),
then the case. Spaces and punctuation sort before digits, digits before letters, and letters of
other alphabets after the Vietnamese ones (by code point).
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from app.paths import resource_path

_MODIFIERS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư): letters
_PUNCT, _DIGIT, _LETTER, _OTHER = 0, 1 << 20, 2 << 20, 3 << 20


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, int], dict[str, int]]:
    letters: list[str] = []
    tones: list[str] = []
    for line in resource_path("lexicon", "collation_vi.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, values = line.partition("\t")
        (letters if name == "letters" else tones).extend(unicodedata.normalize("NFC", values).split())
    # each tone written on "a": its combining mark is what NFD leaves after the base letter
    marks = [unicodedata.normalize("NFD", t)[1:] for t in tones]
    return {c: i for i, c in enumerate(letters)}, {m: i for i, m in enumerate(marks) if m}


@cache
def _char_weights(char: str) -> tuple[int, int, int]:
    """(letter, tone, case) weights of one character; a name has few distinct ones, so each is
    worked out once."""
    letters, tones = _tables()
    lower = char.lower()
    parts = unicodedata.normalize("NFD", lower)
    base = parts[0] + "".join(c for c in parts[1:] if c in _MODIFIERS)
    tone = next((tones[c] for c in parts[1:] if c in tones), 0)
    letter = unicodedata.normalize("NFC", base)
    if letter in letters:
        primary = _LETTER + letters[letter]
    elif char.isdigit():
        primary = _DIGIT + unicodedata.digit(char, 0)
    elif char.isalpha():
        primary = _OTHER + ord(letter[0])
    else:  # spaces, hyphens, commas: before any letter, so "Ba Lan" < "Bahamas"
        primary = _PUNCT + ord(char)
    return primary, tone, 0 if char == lower else 1


@lru_cache(maxsize=50000)
def vietnamese_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """A key that sorts ``text`` in Vietnamese alphabetical order (``sorted(names, key=…)``)."""
    weights = [_char_weights(c) for c in unicodedata.normalize("NFC", text)]
    return tuple(w[0] for w in weights), tuple(w[1] for w in weights), tuple(w[2] for w in weights)
