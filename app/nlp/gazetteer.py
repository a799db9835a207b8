"""The place gazetteer: resolve country, city, province, region and venue names to one Place.

Countries come from ``resources/gazetteer/countries.tsv`` (the canonical spelling, e.g.
"Hoa Kỳ", "Vương quốc Anh": CLDR's Vietnamese territory names, frozen so that stored names never
change with the CLDR version a machine has), extended by ``resources/gazetteer/country_aliases.tsv``
(what news writes: "Mỹ", "Anh", "Úc", "Pê-ru", "CHDCND Lào"). Everything below country level is in
``resources/gazetteer/places.tsv``.

Matching rules:

* every key is normalised with :func:`app.nlp.text.normalize_vi` (NFC, one tone placement)
  and whitespace-collapsed;
* matching is case-sensitive on the spelling in the data, so the country "Anh" never matches
  the word "anh" (brother); an alias written with a lowercase first letter ("châu Âu") also
  matches capitalised at a sentence start;
* :meth:`Gazetteer.lookup` additionally falls back to a case-insensitive match for aliases of
  two or more words ("hà nội" → Hà Nội). :meth:`Gazetteer.find_all` does not, because running
  text is full of lowercase look-alikes ("cập nhật bản tin" is not Japan);
* :meth:`Gazetteer.find_all` skips a one-word match that ends a run of capitalised words
  starting with a Vietnamese surname: in "bà Nguyễn Thị Nga" or "ông Lê Minh Đức" the last
  word is a given name, not Russia or Germany;
* it also skips the few one-word names that are everyday words when capitalised at a
  sentence start and followed by a lowercase word ("Anh cho biết", "Áo dài", "Ý tưởng"),
  and "Đức" before a religious title ("Đức Giáo hoàng", "Đức Phật");
* :meth:`Gazetteer.stands_as_name` (used by both :meth:`find_all` and the entity scanner) says
  whether a match is a name of its own: not glued after another capitalised word ("Thủ Đức",
  "Đông Anh", "Phương Nga", "Trương Hòa Bình": ``words_before_places.txt`` lists the words that
  may stand before a place), and not the head of a common compound ("Pháp luật", "Anh hùng":
  ``common_compounds.txt``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.nlp.lexicon import load_lexicon
from app.nlp.text import normalize_vi
from app.paths import resource_path

KINDS = ("country", "capital", "city", "province", "region", "venue")

# CLDR codes that are not countries or territories (groupings, pseudo-locales, "unknown"): never in countries.tsv.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})

# One-word names that open sentences as ordinary words: "Anh" (he/you), "Áo" (shirt), "Ý" (idea).
_COMMON_AT_SENTENCE_START = frozenset({"Anh", "Áo", "Ý"})
# Words after which a one-word name is an honorific, not a country: "Đức Giáo hoàng".
_NOT_PLACE_BEFORE = {
    "Đức": frozenset({"Giáo", "Phật", "Thánh", "Chúa", "Mẹ", "Cha", "Giám", "Tổng", "Hồng", "Đạt", "Thế"}),
}
_SENTENCE_END = frozenset('.!?:;"“”…')

# A word is a run of letters/digits plus combining marks (so NFD input still forms one word);
# every other non-space character is a one-character token of its own.
_TOKEN = re.compile(r"(?:\w|[\u0300-\u036f])+|[^\w\s]")


@dataclass(frozen=True)
class Place:
    """One place in the gazetteer."""

    name: str  # canonical Vietnamese name ("Lào", "Viêng Chăn")
    kind: str  # "country" | "capital" | "city" | "province" | "region" | "venue"
    country: str | None  # canonical country name (itself for a country; None for regions)
    iso: str | None  # ISO 3166-1 alpha-2 of that country


@lru_cache(maxsize=65536)
def _key(text: str) -> tuple[str, ...]:
    """Token tuple of a name: normalised, whitespace-insensitive (cached: the scanner asks for the
    same few thousand candidate names again and again)."""
    return tuple(_TOKEN.findall(normalize_vi(text)))


def _capitalise_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _read_tsv(*parts: str) -> list[list[str]]:
    """Rows of a TSV resource, without comment lines, blank lines and the header."""
    lines = resource_path(*parts).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return rows[1:]


class Gazetteer:
    """Name → Place index built from the bundled TSV files."""

    def __init__(self, places: list[tuple[Place, list[str]]]) -> None:
        self._exact: dict[tuple[str, ...], Place] = {}
        self._folded: dict[tuple[str, ...], Place] = {}
        self._countries: list[Place] = []
        self._by_name: dict[str, Place] = {}
        self.conflicts: list[tuple[str, Place, Place]] = []
        for place, aliases in places:
            if place.kind == "country":
                self._countries.append(place)
            self._by_name.setdefault(place.name, place)
            for alias in [place.name, *aliases]:
                self._add(alias, place)
        self._max_len = max((len(k) for k in self._exact), default=1)

    def _add(self, alias: str, place: Place) -> None:
        variants = {alias, _capitalise_first(alias)}
        for variant in variants:
            key = _key(variant)
            if not key:
                continue
            known = self._exact.get(key)
            if known is not None and known != place:
                self.conflicts.append((variant, known, place))
                continue
            self._exact[key] = place
            if sum(1 for t in key if t[0].isalnum()) >= 2:
                folded = tuple(t.casefold() for t in key)
                other = self._folded.setdefault(folded, place)
                if other != place:
                    self.conflicts.append((variant, other, place))

    # --- queries -----------------------------------------------------------------------------

    def lookup(self, name: str) -> Place | None:
        """The place called ``name`` (an exact alias), or None."""
        key = _key(name)
        if not key:
            return None
        place = self._exact.get(key)
        if place is None and sum(1 for t in key if t[0].isalnum()) >= 2:
            place = self._folded.get(tuple(t.casefold() for t in key))
        return place

    def country_of(self, name: str) -> str | None:
        """Canonical country name for a country or place alias ("Lima" → "Peru")."""
        place = self.lookup(name)
        return place.country if place else None

    def countries(self) -> list[Place]:
        """Every country and territory, in ISO code order."""
        return list(self._countries)

    def by_name(self, name: str) -> Place | None:
        """The place whose canonical name is exactly ``name``."""
        return self._by_name.get(name)

    def stands_as_name(self, before: str, words: Sequence[str], after: str) -> bool:
        """Is the gazetteer match ``words`` a name of its own in its context?

        ``before`` is the word right before it when only a space separates them ("" otherwise),
        ``after`` the word right after it ("" at the end or before punctuation).
        """
        acronym = len(before) >= 2 and before.isupper()  # "UBND TP Hồ Chí Minh", "Đại học Quốc gia Hà Nội"
        if before[:1].isupper() and not acronym and before.casefold() not in _words_before_places():
            return False  # "Thủ Đức", "Tuấn Anh", "Trương Hòa Bình": part of a longer name
        if len(words) == 1 and after[:1].islower():
            return (words[0].casefold(), after) not in _common_compounds()
        return True

    def find_all(self, text: str) -> list[tuple[int, int, Place]]:
        """Non-overlapping ``(start, end, place)`` in ``text``, left to right, longest first.

        Offsets index the ``text`` given. Matches always cover whole words.
        """
        tokens = [(m.start(), m.end(), unicodedata.normalize("NFC", m.group(0))) for m in _TOKEN.finditer(text)]
        words = [normalize_vi(t) for _s, _e, t in tokens]
        found: list[tuple[int, int, Place]] = []
        i = 0
        while i < len(tokens):
            if not words[i][0].isalnum():
                i += 1
                continue
            for n in range(min(self._max_len, len(tokens) - i), 0, -1):
                place = self._exact.get(tuple(words[i : i + n]))
                if place is None or not self._contiguous(text, tokens, i, n):
                    continue
                if n == 1 and self._one_word_is_not_place(text, tokens, words, i):
                    continue
                before = words[i - 1] if i and text[tokens[i - 1][1] : tokens[i][0]] == " " else ""
                after = words[i + n] if i + n < len(words) else ""
                if not self.stands_as_name(before, words[i : i + n], after):
                    continue
                found.append((tokens[i][0], tokens[i + n - 1][1], place))
                i += n
                break
            else:
                i += 1
        return found

    @staticmethod
    def _contiguous(text: str, tokens: list, i: int, n: int) -> bool:
        """Tokens i..i+n-1 are separated by spaces only (no line break inside a name)."""
        for k in range(i, i + n - 1):
            gap = text[tokens[k][1] : tokens[k + 1][0]]
            if "\n" in gap or "\r" in gap:
                return False
        return True

    @classmethod
    def _one_word_is_not_place(cls, text: str, tokens: list, words: list[str], i: int) -> bool:
        """The one-word heuristics of the module docstring."""
        word = words[i]
        after = words[i + 1] if i + 1 < len(words) else ""
        if after in _NOT_PLACE_BEFORE.get(word, ()):
            return True
        if word in _COMMON_AT_SENTENCE_START and after[:1].islower():
            before = text[: tokens[i][0]].rstrip(" \t")
            if not before or before[-1] in "\r\n" or before[-1] in _SENTENCE_END:
                return True
        return cls._ends_person_name(text, tokens, words, i)

    @staticmethod
    def _ends_person_name(text: str, tokens: list, words: list[str], i: int) -> bool:
        """Is word i the last of "Surname Middle ... i" (all capitalised, space-separated)?"""
        surnames = _surnames()
        j = i
        while j > 0 and i - j < 4:
            gap = text[tokens[j - 1][1] : tokens[j][0]]
            prev = words[j - 1]
            if gap not in (" ", "\u00a0") or not prev[:1].isupper():
                break
            j -= 1
            if prev in surnames:
                return True
        return False


def _word_list(name: str) -> list[str]:
    lines = resource_path("gazetteer", name).read_text(encoding="utf-8").splitlines()
    return [normalize_vi(" ".join(ln.split())) for ln in lines if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _words_before_places() -> frozenset[str]:
    # and one-word organisation heads, which govern a place's name: "Vụ châu Á", "Sở … Hà Nội"
    heads = {h.casefold() for h in load_lexicon().org_heads if " " not in h}
    return frozenset(w.casefold() for w in _word_list("words_before_places.txt")) | heads


@lru_cache(maxsize=1)
def _common_compounds() -> frozenset[tuple[str, str]]:
    pairs = (line.split(" ", 1) for line in _word_list("common_compounds.txt"))
    return frozenset((first.casefold(), second) for first, second in pairs)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(normalize_vi(s) for s in load_lexicon().surnames)


def _country_places() -> tuple[dict[str, Place], list[tuple[Place, list[str]]]]:
    by_iso: dict[str, Place] = {}
    for row in _read_tsv("gazetteer", "countries.tsv"):
        iso, name = row[0].strip().upper(), normalize_vi(row[1].strip())
        if len(iso) != 2 or not iso.isalpha() or iso in _NOT_COUNTRIES or iso in by_iso:
            raise ValueError(f"countries.tsv: bad or repeated ISO code {iso!r} for {name!r}")
        by_iso[iso] = Place(name=name, kind="country", country=name, iso=iso)
    aliases: dict[str, list[str]] = {iso: [] for iso in by_iso}
    for row in _read_tsv("gazetteer", "country_aliases.tsv"):
        alias, iso = row[0].strip(), row[1].strip().upper()
        if iso not in by_iso:
            raise ValueError(f"country_aliases.tsv: unknown ISO code {iso!r} for {alias!r}")
        aliases[iso].append(alias)
    return by_iso, [(by_iso[iso], aliases[iso]) for iso in by_iso]


def _other_places(by_iso: dict[str, Place]) -> list[tuple[Place, list[str]]]:
    out: list[tuple[Place, list[str]]] = []
    for row in _read_tsv("gazetteer", "places.tsv"):
        row += [""] * (4 - len(row))
        name, kind, iso, alias_field = (c.strip() for c in row[:4])
        if kind not in KINDS or kind == "country":
            raise ValueError(f"places.tsv: bad kind {kind!r} for {name!r}")
        country = by_iso[iso].name if iso else None
        if iso and iso not in by_iso:
            raise ValueError(f"places.tsv: unknown ISO code {iso!r} for {name!r}")
        place = Place(name=normalize_vi(name), kind=kind, country=country, iso=iso or None)
        out.append((place, [a.strip() for a in alias_field.split("|") if a.strip()]))
    return out


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer (built once per process)."""
    by_iso, countries = _country_places()
    return Gazetteer(countries + _other_places(by_iso))
