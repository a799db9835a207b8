"""Refuse decoded text that is not prose: a PDF's object syntax, a base64 dump.

Such files decode cleanly (they are ASCII) and the splitter would make an "article" of them,
titled ``<< /Type /Catalog …``; they are refused instead, named as what they are.
"""

from __future__ import annotations

import re

from app.ingest.html_text import looks_like_html

# PDF files saved or renamed as text: the header, or the object syntax that fills the file.
_PDF_HEADER = re.compile(r"\A\s*%PDF-\d")
_PDF_SYNTAX = re.compile(r"\b\d+\s+\d+\s+obj\b|\bendobj\b|\bendstream\b|<<\s*/[A-Z]\w*|\bxref\b")
# A base64 line: long, without spaces, only the base64 alphabet.
_BASE64_LINE = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")



def not_prose_reason(text: str) -> str | None:
    """Why the text is not an article, or None when it may be one (the splitter decides then)."""
    head = text[:4096]
    if _PDF_HEADER.match(head) or len(_PDF_SYNTAX.findall(text[:65536])) >= 5:
        return ("không phải bài báo: cú pháp tệp PDF (not an article: PDF object syntax — a PDF "
                "saved or renamed as text)")
    if looks_like_html(text):
        return None  # markup is judged after it is reduced to text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    total = sum(len(line) for line in lines)
    encoded = sum(len(line) for line in lines if _BASE64_LINE.fullmatch(line))
    if total and encoded >= 0.8 * total:
        return "không phải bài báo: dữ liệu mã hoá base64 (not an article: a base64 dump)"
    return None
