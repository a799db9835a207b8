"""Rejoin text copied with a hard line break every ~60 characters into its paragraphs.

Some pages are saved or pasted through a tool that wraps lines at a fixed width. Every other rule
reads lines as paragraphs, so a wrapped page must be rejoined first, or a mid-sentence line reads
as a headline and the real headline and lead read as debris.

A text is wrapped when many of its lines end just short of one width W and hardly any line is
longer. A break is a wrap (to be joined) only where the next line's first word would not have fit
on the line: a line that stops early — a headline, a paragraph's last line, a menu item — keeps
its break, whatever its punctuation.
"""

from __future__ import annotations

_MIN_LINES = 6
_SLACK = 15  # a wrapped line ends within this many characters of the width
_WRAPPED_SHARE = 0.4  # of the non-empty lines, at least this many end near the width
_LONGER_SHARE = 0.05  # at most this many lines are longer than the width (URLs, pasted lines)


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, or None when it was not wrapped."""
    lengths = sorted((len(ln) for ln in lines if ln.strip()), reverse=True)
    if len(lengths) < _MIN_LINES:
        return None
    for longer, width in enumerate(lengths):
        if longer > _LONGER_SHARE * len(lengths) or width < 30:
            return None
        if width > 120:
            continue  # a wrap width is a screen line, not a paragraph
        near = sum(1 for n in lengths if width - _SLACK < n <= width)
        if near >= _WRAPPED_SHARE * len(lengths):
            return width
    return None


def unwrap(text: str) -> str:
    """The text with hard wraps joined; unchanged when it was not wrapped."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    width = wrap_width(lines)
    if width is None:
        return text
    out: list[str] = []
    previous = ""  # the physical line before this one, as it was in the file
    for line in lines:
        stripped = line.strip()
        first_word = stripped.split(" ", 1)[0]
        if out and out[-1] and stripped and len(previous) + 1 + len(first_word) > width:
            out[-1] = f"{out[-1]} {stripped}"  # the word did not fit: a wrap, not a paragraph end
        else:
            out.append(stripped)
        previous = stripped
    return "\n".join(out)
