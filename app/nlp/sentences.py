"""Split a paragraph into sentences with their offsets: the one splitter every component uses.

A sentence ends at ".", "!", "?" or "…" (and a closing quote after it) followed by a capital
letter, a quote or a bracket; a period after an abbreviation ("TP.", "GS.", a single initial
"A.") does not end one.
"""

from __future__ import annotations

import re

# The closing quote after the period ends the sentence with it: "… là giải pháp tốt nhất." Tuy nhiên …
_SENTENCE_END_RE = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”’]))\s+(?=[\"“(\[]?[^\W\d_])")
_ABBREVIATION_RE = re.compile(r"\b(?:[A-ZĐ]|TP|Tp|TX|TT|TS|ThS|PGS|GS|BS|St|Mr|Mrs|Dr|v\.v)\.$")


def sentence_spans(paragraph: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``paragraph``, stripped of surrounding spaces."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for gap in [*_SENTENCE_END_RE.finditer(paragraph), None]:
        end = gap.start() if gap else len(paragraph)
        piece = paragraph[pos:end]
        start = pos + len(piece) - len(piece.lstrip())
        stop = pos + len(piece.rstrip())
        if stop > start:
            if spans and _ABBREVIATION_RE.search(paragraph[spans[-1][0] : spans[-1][1]]):
                spans[-1] = (spans[-1][0], stop)
            else:
                spans.append((start, stop))
        if gap:
            pos = gap.end()
    return spans


def split_sentences(paragraph: str) -> list[str]:
    return [paragraph[s:e] for s, e in sentence_spans(paragraph)]
