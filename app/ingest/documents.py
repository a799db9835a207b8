"""What the document readers (Word, OpenDocument, PDF, e-mail) hand on: each article of a file as
page text, with the file's import metadata; and the one rule that splits a file of collected clippings.

A reader turns its format into the same page text a saved .txt page holds (one paragraph a line),
so title, lead, captions and debris are found by one splitter for every format, and re-analysis
re-reads the stored text without the original library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+", re.UNICODE)
_TERMINAL = re.compile(r"[.!?…:;]$")


@dataclass(frozen=True)
class DocumentArticle:
    """One article of a file: its page text and what the file says about its import (sender, dates…).

    The metadata is about the file, never the event: an e-mail's date says when it was sent."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a document, with how the document marks it as a headline, if it does:
    a heading style ("Heading 1", "Title") or direct formatting ("bold 18.0pt"); None for body text."""

    text: str
    headline_mark: str | None = None


def words(text: str) -> int:
    return len(_WORD.findall(text))


def _is_prose(p: Paragraph) -> bool:
    return p.headline_mark is None and words(p.text) >= 15


def _headline_shaped(p: Paragraph) -> bool:
    return 4 <= words(p.text) <= 45 and not _TERMINAL.search(p.text.rstrip())


def split_clippings(paragraphs: list[Paragraph]) -> list[str]:
    """A document → the page text of each article it holds (usually one).

    A document is several articles only when its formatting says so: at least two headline-shaped
    paragraphs carry one mark (the same heading style or the same bold size),
    and every section such a headline starts holds prose: one paragraph under a heading style (a
    deliberate choice of the writer), two under direct bold formatting, which subheads inside one
    article share more often. Otherwise the document stays one article (a wrong split is worse
    than none). Sections
    before the first article without prose (a collection's own title) are dropped.
    """
    paragraphs = [p for p in paragraphs if p.text.strip()]
    whole = ["\n".join(p.text for p in paragraphs)] if paragraphs else []
    marks = [p.headline_mark for p in paragraphs if p.headline_mark and _headline_shaped(p)]
    # The headlines' mark: the first that marks two of them (a collection's title has its own).
    mark = next((m for m in marks if marks.count(m) >= 2), None)
    if mark is None:
        return whole
    starts = [i for i, p in enumerate(paragraphs) if p.headline_mark == mark and _headline_shaped(p)]
    sections = [paragraphs[a:b] for a, b in zip(starts, [*starts[1:], len(paragraphs)])]
    head = paragraphs[: starts[0]]
    while sections and not any(_is_prose(p) for p in sections[0]):
        head += sections.pop(0)  # "Tổng hợp báo chí tháng 11": the collection's title
    if any(_is_prose(p) for p in head):
        return whole  # prose before the first headline: not a file of clippings
    needed = 1 if mark.startswith(("Heading", "Title")) else 2
    if len(sections) < 2 or any(sum(_is_prose(p) for p in s) < needed for s in sections):
        return whole
    return ["\n".join(p.text for p in s) for s in sections]
