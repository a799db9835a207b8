"""Read a PDF's text layer (pypdf) and rejoin its printed lines into the paragraphs of the article.

A PDF holds lines as they were printed, not paragraphs. A new paragraph starts where the font size
changes (the headline and the body), where the gap to the next line is clearly wider than the
line spacing, or after a short line that ends a sentence; otherwise lines are joined with a space.
Page numbers alone on a line are dropped. pypdf was measured against pdfplumber on Vietnamese PDFs
from two producers (`python -m tests.benchmark_pdf_text`; README): see there why it was chosen.

A PDF without text (a scan) and a PDF whose text comes out in a legacy Vietnamese font encoding
(TCVN3/VNI) are refused with the reason; the latter is where a converter would plug in.
"""

from __future__ import annotations

import io
import re
import statistics
import unicodedata
from dataclasses import dataclass

from app.ingest.decode import UnreadableFile
from app.ingest.documents import DocumentArticle
from app.ingest.legacy_fonts import has_unicode_vietnamese, legacy_encoding, legacy_font_names

_TERMINAL = re.compile(r"[.!?…:;\"”»)]$|\./\.$")
_PAGE_NUMBER = re.compile(r"^(trang\s+|page\s+)?\d{1,4}(\s*(/|of|trên)\s*\d{1,4})?$", re.IGNORECASE)
MIN_TEXT_CHARS = 40  # fewer letters than this on every page: there is no text layer to read


@dataclass(frozen=True)
class Line:
    """A printed line: its text, baseline height on the page (upwards), font size, and page."""

    text: str
    y: float
    size: float
    page: int


def pdf_articles(raw: bytes) -> list[DocumentArticle]:
    lines, fonts, meta = pypdf_lines(raw)
    text = "\n".join(ln.text for ln in lines)
    if sum(ch.isalpha() for ch in text) < MIN_TEXT_CHARS:
        raise UnreadableFile("PDF quét, không có lớp chữ (scanned, no text layer)")
    # A legacy font's name alone is weak evidence (such fonts were also made with Unicode maps).
    legacy = legacy_encoding(text) or (None if has_unicode_vietnamese(text) else legacy_font_names(fonts))
    if legacy:
        # The seam for a TCVN3/VNI → Unicode converter (issue 10): convert here instead of refusing.
        raise UnreadableFile(
            f"PDF dùng phông chữ cũ {legacy}, chữ lấy ra sẽ sai dấu (legacy {legacy} font: the text layer "
            "is not Unicode); hãy chuyển sang Unicode rồi xuất lại PDF (convert it to Unicode, e.g. with "
            "Unikey, and print it to PDF again)"
        )
    return [DocumentArticle("\n".join(paragraphs_of(lines)), meta)]


def pypdf_lines(raw: bytes) -> tuple[list[Line], set[str], dict[str, str]]:
    """The PDF's printed lines in reading order (pypdf's), the names of its fonts and its metadata."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile("PDF có mật khẩu (password-protected PDF)")
        lines: list[Line] = []
        fonts: set[str] = set()
        for number, page in enumerate(reader.pages, start=1):
            lines += _page_lines(page, number)
            fonts |= _font_names(page)
        meta = {"format": "pdf"}
        info = reader.metadata or {}
        for key, name in (("/Producer", "producer"), ("/CreationDate", "document_created")):
            if info.get(key):
                meta[name] = str(info.get(key))
    except UnreadableFile:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableFile(f"tệp PDF hỏng (damaged PDF: {type(exc).__name__}: {exc})") from exc
    return lines, fonts, meta


def _page_lines(page, number: int) -> list[Line]:
    """pypdf's own text of the page, cut at its line ends, each line with the position and size of
    its first piece of text (the visitor sees exactly the pieces extract_text joins)."""
    lines: list[Line] = []
    parts: list[str] = []
    where: list[tuple[float, float]] = []

    def flush() -> None:
        text = unicodedata.normalize("NFC", re.sub(r"\s+", " ", "".join(parts))).strip()
        if text and where:
            lines.append(Line(text, where[0][0], max(s for _, s in where), number))
        parts.clear()
        where.clear()

    def visit(text: str, cm, tm, _font, size: float) -> None:
        pieces = text.split("\n")
        for k, piece in enumerate(pieces):
            if k:
                flush()
            if piece:
                parts.append(piece)
                if piece.strip():
                    scale = abs(tm[3] * cm[3]) or 1.0
                    where.append((tm[5] * cm[3] + tm[4] * cm[1] + cm[5], (size or 0) * scale))

    page.extract_text(visitor_text=visit)
    flush()
    return lines


def _font_names(page) -> set[str]:
    try:
        fonts = page["/Resources"]["/Font"]
        return {str(fonts[k].get_object().get("/BaseFont", "")) for k in fonts}
    except (KeyError, TypeError, AttributeError):
        return set()


def paragraphs_of(lines: list[Line]) -> list[str]:
    """Rejoin printed lines into paragraphs (see the module docstring for the rules)."""
    lines = [ln for ln in lines if not _PAGE_NUMBER.match(ln.text)]
    if not lines:
        return []
    steps: dict[int, list[float]] = {}  # line spacing per font size: a headline's is wider than the body's
    for a, b in zip(lines, lines[1:]):
        if a.page == b.page and _same_size(a, b) and a.y > b.y:
            steps.setdefault(round(a.size), []).append(a.y - b.y)
    step = {size: statistics.median(gaps) for size, gaps in steps.items()}
    full = _full_lengths(lines)
    paragraphs = [lines[0].text]
    for prev, line in zip(lines, lines[1:]):
        if _breaks(prev, line, step, full):
            paragraphs.append(line.text)
        else:
            paragraphs[-1] += " " + line.text
    return paragraphs


def _full_lengths(lines: list[Line]) -> dict[int, float]:
    """A full line's length in characters, per font size: the median of the longer half."""
    by_size: dict[int, list[int]] = {}
    for ln in lines:
        by_size.setdefault(round(ln.size), []).append(len(ln.text))
    return {size: statistics.median(sorted(n)[len(n) // 2 :]) for size, n in by_size.items()}


def _same_size(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) <= 0.15 * max(a.size, b.size, 1.0)


def _breaks(prev: Line, line: Line, steps: dict[int, float], full: dict[int, float]) -> bool:
    if not _same_size(prev, line):
        return True
    ends_short = bool(_TERMINAL.search(prev.text)) and len(prev.text) < 0.85 * full[round(prev.size)]
    if line.page != prev.page:  # a paragraph goes on across the page when its line had no end
        return ends_short
    gap = prev.y - line.y
    step = steps.get(round(prev.size))
    if gap < 0 or (step and gap > 1.4 * step):
        return True
    return ends_short
