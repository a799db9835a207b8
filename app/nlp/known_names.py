"""Names the whole archive knows: a person seen once with a title is a name everywhere.

The store lists the people it holds (their name and in how many articles they appear with a
title); the importer and reanalysis hand that list to the analysis, which then
- finds a known full name where no title stands before it ("… cùng Rafal Bohenek"), and
- folds a misspelling into the known name it misspells ("Doanld Trump" → "Donald Trump"), a bare
  family name into the one dominant full name that ends with it ("Trump", "Trunp" → "Donald
  Trump"), and that family name with the next name glued on ("ông Trump Kushner") into it too.
nlp never reads the store: the list is plain data (name → titled article count).

Guards, because a wrong person shown to an officer is worse than a missing one:
- a variant is folded only into a name seen far more often (FOLD_DOMINANCE times the variant's
  own titled articles), so two people who both appear in full stay two people;
- Vietnamese names are never folded by spelling: "Nguyễn Văn Hùng" and "Nguyễn Văn Dũng" differ
  by two letters and are two people;
- the spelling must be close on the whole (rapidfuzz ratio ≥ FOLD_MIN_RATIO on the diacritic-free
  form) and in each word, with the same number of words and the same first letters.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from app.nlp.text import fold_diacritics, normalize_vi
from app.nlp.tokens import PhraseMatcher, Tok, vietnamese_syllable

FOLD_MIN_RATIO = 85.0  # ratio of the folded names, 0-100
FOLD_MAX_EDITS_PER_WORD = 2
FOLD_DOMINANCE = 5  # the target is seen at least this many times more often than the variant
FOLD_MIN_TARGET = 3  # titled articles of the target
SURNAME_DOMINANCE = 10  # a bare family name is one person's when its full name is this dominant
SURNAME_MIN_TARGET = 10


@dataclass(frozen=True)
class KnownNames:
    """People the archive knows: name → number of articles that give them a title."""

    counts: Mapping[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The list is only as good as the titles it came from: a title read before a place or a
        # company ("Tổng Giám đốc Microsoft Việt Nam") would spread that error archive-wide.
        object.__setattr__(self, "counts", {n: c for n, c in self.counts.items() if c > 0 and _looks_like_a_person(n)})

    @cached_property
    def matcher(self) -> PhraseMatcher:
        """Full names to find untitled. Not two Vietnamese syllables: as often a place as a person
        ("Sơn Tây" learned from "Giám đốc Sở Xây dựng Sơn Tây" would be a person in every article
        on the town), the scanner's own rule for untitled names."""
        return PhraseMatcher([n for n in self.counts if len(n.split()) >= 3
                              or (len(n.split()) == 2 and not all(vietnamese_syllable(w) for w in n.split()))])

    @cached_property
    def _by_shape(self) -> dict[tuple[int, str], list[str]]:
        """Candidates for spelling folds, by (number of words, first letter)."""
        shapes: dict[tuple[int, str], list[str]] = {}
        for name in self.counts:
            words = name.split()
            if len(words) >= 2:
                shapes.setdefault((len(words), fold_diacritics(name[:1]).casefold()), []).append(name)
        return shapes

    @cached_property
    def _by_last_word(self) -> dict[str, list[str]]:
        """Full names by their family name, for the bare family-name folds. Not Vietnamese names:
        their last word is a given name many people share ("Quang" of "Trần Đại Quang" is not the
        actor "Quang Minh" with "Minh" glued on)."""
        from app.nlp.lexicon import is_vietnamese_name

        out: dict[str, list[str]] = {}
        for name in self.counts:
            words = name.split()
            if len(words) >= 2 and not is_vietnamese_name(name):
                out.setdefault(words[-1], []).append(name)
        return out

    def __bool__(self) -> bool:
        return bool(self.counts)

    def match(self, toks: Sequence[Tok], i: int) -> int:
        """Tokens of the longest known full name at toks[i] (0 if none)."""
        return self.matcher.match(toks, i)

    @cached_property
    def _without_initials(self) -> dict[str, str]:
        return {_drop_initials(n): n for n in self.counts if _drop_initials(n) != n}

    def spelling_of(self, name: str, vietnamese: bool) -> str | None:
        """The known name this one misspells, or None."""
        own_count = self.counts.get(name, 0)
        if vietnamese:
            return None
        if _drop_initials(name) != name and self.counts.get(_drop_initials(name), 0) >= max(
                FOLD_MIN_TARGET, FOLD_DOMINANCE * own_count):
            return _drop_initials(name)  # "Donald J. Trump" → "Donald Trump"
        words = name.split()
        if len(words) < 2:
            return self._full_name_of(self._family_name_spelt(name)) if own_count == 0 else None
        glued = self._full_name_of(words[0])
        if glued and glued != name and not name.startswith(glued) and self.counts[glued] >= FOLD_DOMINANCE * own_count:
            return glued  # "ông Trump Kushner", "Tổng thống Trump Cuba hôm qua": the family name, then the next name
        own = fold_diacritics(name).casefold()
        best: tuple[float, str] | None = None
        for cand in self._by_shape.get((len(words), fold_diacritics(name[:1]).casefold()), ()):
            seen = self.counts[cand]
            if cand == name or seen < max(FOLD_MIN_TARGET, FOLD_DOMINANCE * own_count):
                continue
            other = fold_diacritics(cand).casefold()
            ratio = fuzz.ratio(own, other)
            if ratio < FOLD_MIN_RATIO:
                continue
            pairs = list(zip(own.split(), other.split()))
            if any(a[:1] != b[:1] or Levenshtein.distance(a, b) > _edits_allowed(a, b) for a, b in pairs):
                continue
            if best is None or ratio > best[0] or (ratio == best[0] and seen > self.counts[best[1]]):
                best = (ratio, cand)
        return best[1] if best else None

    @cached_property
    def _last_words_by_initial(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for w in self._by_last_word:
            if not vietnamese_syllable(w):  # "Trung" is no spelling of "Trunp"'s family name
                out.setdefault(w[:1], []).append(w)
        return out

    def _family_name_spelt(self, word: str) -> str:
        """The family name a bare foreign word misspells by one letter ("Trunp", "Trmp" → "Trump"),
        when exactly one known family name is that close; else the word itself."""
        if word in self._by_last_word or len(word) < 4 or vietnamese_syllable(word):
            return word
        for cut in range(len(word) - 1, 3, -1):  # "Trumpvà": the family name with "và" glued on
            if word[:cut] in self._by_last_word and word[cut:].islower() and vietnamese_syllable(word[cut:]):
                return word[:cut]
        near = [w for w in self._last_words_by_initial.get(word[:1], ())
                if abs(len(w) - len(word)) <= 1 and Levenshtein.distance(w, word) == 1
                and not w.startswith(word)]  # "Macro" is a word of its own, not "Macron" cut short
        return near[0] if len(near) == 1 else word

    def _full_name_of(self, word: str) -> str | None:
        """A bare family name ("Trump") → the one full name the archive mostly means by it."""
        fulls = sorted(self._by_last_word.get(word, ()), key=lambda n: -self.counts[n])
        if not fulls or self.counts[fulls[0]] < SURNAME_MIN_TARGET:
            return None
        rest = sum(self.counts[n] for n in fulls[1:])
        return fulls[0] if self.counts[fulls[0]] >= SURNAME_DOMINANCE * max(rest, 1) else None


def _edits_allowed(a: str, b: str) -> int:
    """Two edits in a word; three in a long one ("Doanl" for "Donald": a swap and a dropped letter)."""
    return FOLD_MAX_EDITS_PER_WORD + (min(len(a), len(b)) >= 5)


def _drop_initials(name: str) -> str:
    """The name without middle initials: "Donald J. Trump" → "Donald Trump"."""
    words = name.split()
    kept = [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and len(w.rstrip(".")) == 1)]
    return " ".join(kept)


def _looks_like_a_person(name: str) -> bool:
    """Not a place ("Việt Nam", "Liên Xô"), no foreign name holding a place ("Real Madrid"), no
    known organisation, and no pair of Vietnamese words without a family name ("Dân Trí")."""
    from app.nlp.gazetteer import load_gazetteer
    from app.nlp.lexicon import is_vietnamese_name

    words = name.split()
    gaz = load_gazetteer()
    if len(words) < 2 or gaz.lookup(name) or normalize_vi(name).casefold() in _org_names():
        return False
    if any(w in _not_person_words() for w in words):
        return False  # "Man City", "Hồ Tràm Strip"
    if is_vietnamese_name(name):
        return True
    if any(gaz.lookup(w) for w in words):
        return False
    # A Vietnamese word in a foreign name is a title's or a country's word cut into it ("Arab
    # Thống" of "Arab Thống nhất"); transliterations are hyphenated ("Xéc-gây La-vrốp").
    if any("-" not in w and fold_diacritics(w) != w.casefold() for w in words):
        return False
    return not all(vietnamese_syllable(w) for w in words)


@lru_cache(maxsize=1)
def _not_person_words() -> frozenset[str]:
    from app.paths import resource_path

    text = resource_path("lexicon", "not_person_words.txt").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _org_names() -> frozenset[str]:
    from app.nlp.lexicon import _lines, load_lexicon

    lex = load_lexicon()
    return frozenset(normalize_vi(n).casefold() for n in (*lex.org_names, *lex.org_aliases, *lex.org_aliases.values(),
                                                          *_lines("event_names.txt")))


NO_NAMES = KnownNames()


def names_to_settle(text: str, people: Sequence[str], known: KnownNames) -> bool:
    """Would the known names change this article's people? A known full name stands in its text
    but is not listed (not even inside a longer listed name), or a listed person is a
    misspelling or bare family name the list folds."""
    from app.nlp.lexicon import is_vietnamese_name
    from app.nlp.text import normalize_vi
    from app.nlp.tokens import tokenize

    if any(known.spelling_of(p, is_vietnamese_name(p)) not in (None, p) for p in people):
        return True
    toks = tokenize(normalize_vi(text))
    i = 0
    while i < len(toks):
        n = known.match(toks, i)
        if n:
            name = " ".join(t.text for t in toks[i : i + n])
            if not any(name in p for p in people):
                return True
            i += n
        else:
            i += 1
    return False
