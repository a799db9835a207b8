"""Words of Vietnamese news text: tokens with offsets, the shape of a Vietnamese syllable, and
phrase lists matched token by token (titles, head nouns, place words)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from app.nlp.text import normalize_vi

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalnum()


_VI_VOWELS = "aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
# One Vietnamese syllable: an initial consonant cluster, one run of vowels, a permitted final.
_VI_SYLLABLE = re.compile(
    rf"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[{_VI_VOWELS}]{{1,3}}(ch|ng|nh|[cmnpt])?"
)


def vietnamese_syllable(word: str) -> bool:
    """Could this be one Vietnamese syllable? Foreign names and brands ("Viettel", "Amata") cannot."""
    return bool(_VI_SYLLABLE.fullmatch(word.casefold()))


def tokenize(text: str) -> list[Tok]:
    """Words and punctuation with offsets. A hyphen joins a name ("Sanchez-Barreto", "Khăm-xay")
    but separates capitalised Vietnamese words run together ("Á-Thái Bình Dương")."""
    toks = []
    for m in _TOKEN.finditer(text):
        parts = re.split(r"([-'’])", m.group())
        words = parts[::2]
        if len(parts) > 1 and not all(vietnamese_syllable(p) and p[:1].isupper() for p in words):
            cut = _glued_word_at(words)
            if cut:  # "Trump-một": the dash glued a foreign name to the Vietnamese word after it
                head = "".join(parts[: 2 * cut - 1])
                toks.append(Tok(head, m.start(), m.start() + len(head)))
                toks.append(Tok(parts[2 * cut - 1], m.start() + len(head), m.start() + len(head) + 1))
                rest = m.group()[len(head) + 1 :]
                toks.extend(Tok(t.text, t.start + m.start() + len(head) + 1, t.end + m.start() + len(head) + 1)
                            for t in tokenize(rest))
                continue
        if len(parts) > 1 and all(vietnamese_syllable(p) and p[:1].isupper() for p in words):
            pos = m.start()
            for part in parts:
                if part:
                    toks.append(Tok(part, pos, pos + len(part)))
                pos += len(part)
        else:
            toks.append(Tok(m.group(), m.start(), m.end()))
    return toks


def _glued_word_at(words: list[str]) -> int:
    """Index of a lower-case Vietnamese word (with diacritics) glued by a dash to a foreign name
    before it ("Trump-một", "al-Assad-mục"), or 0. Transliterations ("Xéc-gây", "La-vrốp") have a
    Vietnamese syllable before the dash and stay one word."""
    for k in range(1, len(words)):
        w, before = words[k], words[k - 1]
        if (w[:1].islower() and vietnamese_syllable(w) and unicodedata.normalize("NFD", w) != w
                and before[:1].isupper() and not vietnamese_syllable(before)):
            return k
    return 0


class PhraseMatcher:
    """Phrase lists as token sequences, matched longest first at a token position."""

    def __init__(self, phrases: Sequence[str]):
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            # Split like the text is, so "Ủy viên T.Ư Đảng" and "PGS.TS." match their tokens.
            words = tuple(t.text.casefold() for t in tokenize(normalize_vi(phrase)))
            if words:
                self.by_first.setdefault(words[0], []).append(words)
        for options in self.by_first.values():
            options.sort(key=len, reverse=True)

    def match(self, toks: Sequence[Tok], i: int, *, need_cap: bool = True) -> int:
        """Number of tokens of the longest phrase starting at toks[i] (0 if none)."""
        if i >= len(toks) or (need_cap and not toks[i].cap):
            return 0
        for words in self.by_first.get(toks[i].text.casefold(), ()):
            n = len(words)
            if i + n <= len(toks) and all(toks[i + k].text.casefold() == words[k] for k in range(n)):
                return n
        return 0


def closing_paren(toks: Sequence[Tok], j: int) -> int | None:
    for k in range(j + 1, min(len(toks), j + 8)):
        if toks[k].text == ")":
            return k
    return None


def closing_quote(toks: Sequence[Tok], j: int) -> int | None:
    for k in range(j + 1, min(len(toks), j + 16)):
        if toks[k].text in "”\"":
            return k
    return None
