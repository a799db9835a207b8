"""Vietnamese text normalisation shared by the whole project: one canonical spelling, one ASCII fold.

``normalize_vi`` turns any input into the spelling the gazetteer and lexicons are keyed on:

* Unicode NFC (news sites mix NFC, NFD and legacy decomposed tone marks);
* one tone-mark placement for the open syllables ending in *oa*, *oe* and *uy*.
  Vietnamese has two conventions: the "old" one puts the mark on the second vowel
  (``hoà``, ``khoẻ``, ``thuỷ``, ``uỷ``), the "new" one on the first (``hòa``, ``khỏe``,
  ``thủy``, ``ủy``). We always use the first vowel. The rule only fires when the word is a
  plausible Vietnamese syllable: a Vietnamese onset (or none) + ``oa``/``oe``/``uy`` at the
  very end, so ``quý``/``quả`` (``qu`` onset), ``hoàng``/``toán`` (closed syllables),
  ``khuỷu`` and foreign words such as ``Chloé`` are left alone. The change never alters the
  length of NFC text, so offsets into normalised text are offsets into the NFC input.

``fold_diacritics`` gives a lowercase ASCII key ("Lương Cường" → "luong cuong") for
accent-insensitive search.
"""

from __future__ import annotations

import re
import unicodedata

# Combining tone marks: grave, acute, tilde, hook above, dot below.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_ONSET = re.compile(r"(?:b|c|ch|d|đ|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|r|s|t|th|tr|v|x)?")
_WORD = re.compile(r"[^\W\d_]+")


def _fix_tone(word: str) -> str:
    """Move the tone mark of an open ``oa``/``oe``/``uy`` syllable onto its first vowel."""
    if len(word) < 2 or len(word) > 6:
        return word
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONES]
    if len(tones) != 1:
        return word
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    lower = base.lower()
    if lower[-2:] not in ("oa", "oe", "uy") or not _ONSET.fullmatch(lower[:-2]):
        return word
    moved = base[:-2] + base[-2] + tones[0] + base[-1]
    return unicodedata.normalize("NFC", moved)


def normalize_vi(text: str) -> str:
    """NFC plus the single tone placement described in the module docstring."""
    text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda m: _fix_tone(m.group(0)), text)


def fold_diacritics(text: str) -> str:
    """Lowercase ASCII-ish key: strip every diacritic, map đ/Đ to d."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()
