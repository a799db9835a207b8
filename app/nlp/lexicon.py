"""The bundled word lists the entity extractor needs: titles, honorifics, org heads, surnames."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from app.nlp.text import fold_diacritics, normalize_vi
from app.paths import resource_path

__all__ = ["Lexicon", "fold_diacritics", "load_lexicon", "normalize_vi"]


@dataclass(frozen=True)
class Lexicon:
    """All lists are normalised with :func:`normalize_vi` and free of duplicates."""

    titles: tuple[str, ...]  # longest first, so a prefix never shadows a longer title
    title_modifiers: tuple[str, ...]
    membership_titles: tuple[str, ...]
    honorifics: tuple[str, ...]
    org_heads: tuple[str, ...]
    org_aliases: dict[str, str]
    surnames: frozenset[str]
    standalone_orgs: frozenset[str] = frozenset()  # heads that name one body alone ("Bộ Chính trị")
    org_names: tuple[str, ...] = ()  # organisations named without a head ("Reuters", "Facebook")
    org_name_words: tuple[str, ...] = ()  # lower-case words inside a name ("… chiến lược quốc tế")
    name_breakers: tuple[str, ...] = ()  # lower-case words a name never takes ("nêu", "yêu cầu")
    lowercase_titles: tuple[str, ...] = ()  # titles written in lower case ("người đồng cấp")
    name_abbreviations: dict[str, str] | None = None  # "CNTT" inside a name → "Công nghệ thông tin"


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of ``resources/lexicon/<name>``, normalised, deduplicated."""
    text = resource_path("lexicon", name).read_text(encoding="utf-8")
    seen: dict[str, None] = {}
    for line in text.splitlines():
        line = "\t".join(" ".join(cell.split()) for cell in normalize_vi(line).split("\t"))
        if line and not line.startswith("#"):
            seen.setdefault(line, None)
    return list(seen)


@lru_cache(maxsize=16)
def word_pairs(name: str) -> dict[str, str]:
    """The two columns of ``resources/lexicon/<name>``, a TSV whose first line is its header, as a
    mapping (read once; callers copy it before changing it)."""
    return dict(ln.split("\t", 1) for ln in _lines(name)[1:])


def _longest_first(items: list[str]) -> tuple[str, ...]:
    return tuple(sorted(items, key=lambda s: (-len(s.split()), -len(s), s)))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The bundled lexicon (read once per process)."""
    aliases: dict[str, str] = {}
    for line in _lines("org_aliases.tsv")[1:]:  # first line is the header
        alias, _, canonical = line.partition("\t")
        if alias.strip() and canonical.strip():
            aliases[alias.strip()] = canonical.strip()
    heads = _lines("org_heads.txt")
    abbreviations = dict(word_pairs("name_abbreviations.tsv"))
    return Lexicon(
        titles=_longest_first(_lines("titles.txt")),
        title_modifiers=_longest_first(_lines("title_modifiers.txt")),
        membership_titles=_longest_first(_lines("membership_titles.txt")),
        honorifics=_longest_first(_lines("honorifics.txt")),
        org_heads=_longest_first([h.removesuffix(" *") for h in heads]),
        org_aliases=aliases,
        surnames=frozenset(_lines("surnames.txt")),
        standalone_orgs=frozenset(h.removesuffix(" *") for h in heads if h.endswith(" *")),
        org_names=_longest_first(_lines("org_names.txt") + _lines("club_names.txt")),
        org_name_words=_longest_first(_lines("org_name_words.txt")),
        name_breakers=_longest_first(_lines("name_breaking_words.txt")),
        lowercase_titles=_longest_first(_lines("lowercase_titles.txt")),
        name_abbreviations=abbreviations,
    )


def is_vietnamese_name(name: str) -> bool:
    """Does the name start with a Vietnamese family name ("Lương Cường", not "Rafael Lopez")?"""
    words = name.split()
    return bool(words) and words[0].casefold() in _folded_surnames()


@lru_cache(maxsize=1)
def _folded_surnames() -> frozenset[str]:
    return frozenset(s.casefold() for s in load_lexicon().surnames)
