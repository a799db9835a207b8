"""The extraction rules' data under resources/rules/: word lists, cue lists and frame patterns.

Every cue word and pattern the event components use lives there, named, so that a rule can be
read, tested and switched off without reading Python.
"""

from __future__ import annotations

from functools import lru_cache

from app.nlp.text import normalize_vi
from app.paths import resource_path


def _data_lines(name: str) -> list[str]:
    text = resource_path("rules", name).read_text(encoding="utf-8")
    return [normalize_vi(ln.rstrip("\n")) for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=32)
def word_list(name: str) -> tuple[str, ...]:
    """One phrase a line, whitespace-collapsed, longest first (so a regex alternation prefers it)."""
    words = {" ".join(ln.split()) for ln in _data_lines(name)}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=8)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated file (after its header line)."""
    rows = [tuple(cell.strip() for cell in ln.split("\t")) for ln in _data_lines(name)]
    return tuple(rows[1:])
