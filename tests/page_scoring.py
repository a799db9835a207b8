"""How well ingest finds the article in a page: title and body, scored against the labelled sets.

- written sets (tests/labelled/articles, heldout, seeds' gold and tests/pages): the title must be
  the gold title; the body must hold every `body_must_contain` fragment and none of
  `body_must_not_contain`;
- real set (tests/labelled/real): each corpus file's line 1 is its title, the rest its body; the
  body must hold the start of its first line and the end of its last.
An article not imported counts as wrong on both. Pure functions over the export's JSON shape;
`tests/benchmark_extraction.py` prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


def _ws(text: str | None) -> str:
    import unicodedata

    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip()


@dataclass
class PageScore:
    n: int = 0
    titles: int = 0
    bodies: int = 0
    refused: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self, label: str) -> str:
        n = max(self.n, 1)
        return (f"{label}: title right {self.titles}/{self.n} = {self.titles / n:.3f}, "
                f"body right {self.bodies}/{self.n} = {self.bodies / n:.3f}, refused {self.refused}")


def score_written(gold: dict[str, dict], got: dict[str, dict]) -> PageScore:
    """Gold in the tests/labelled schema (title, body_must_contain, body_must_not_contain)."""
    s = PageScore()
    for file, g in gold.items():
        s.n += 1
        a = got.get(file)
        if a is None:
            s.refused += 1
            s.errors.append(f"{file}: not imported")
            continue
        if _ws(a["title"]) == _ws(g["title"]):
            s.titles += 1
        else:
            s.errors.append(f"{file}: title {a['title']!r}, want {g['title']!r}")
        body = _ws(a["body"])
        missing = [f for f in g.get("body_must_contain", []) if _ws(f) not in body]
        debris = [f for f in g.get("body_must_not_contain", []) if _ws(f) in body]
        if not missing and not debris:
            s.bodies += 1
        else:
            s.errors.append(f"{file}: body misses {missing} keeps {debris}")
    return s


def real_gold_from_text(path: Path) -> dict:
    """A corpus file's own title (line 1) and the ends of its body, as written-set gold."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    first, last = lines[1] if len(lines) > 1 else "", lines[-1] if len(lines) > 1 else ""
    words_first, words_last = first.split(), last.split()
    return {"title": lines[0] if lines else "",
            "body_must_contain": [f for f in (" ".join(words_first[:8]), " ".join(words_last[-8:])) if f]}


def score_real_pages(gold: dict[str, dict], got: dict[str, dict]) -> PageScore:
    """gold: file → {"path": corpus file, …}; the title and body ends are read from the file."""
    return score_written({f: {**real_gold_from_text(g["path"])} for f, g in gold.items()}, got)
