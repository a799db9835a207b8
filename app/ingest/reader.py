"""Read one article file: bytes → text → article and debris."""

from __future__ import annotations

from pathlib import Path

from app.ingest.article import CleanArticle, ImportedFile
from app.ingest.debris import split_article
from app.ingest.decode import UnreadableFile, decode_bytes
from app.ingest.html_text import looks_like_html
from app.ingest.mhtml import mhtml_to_html
from app.ingest.web_page import article_from_html

HTML_SUFFIXES = {".html", ".htm"}
MHTML_SUFFIXES = {".mhtml", ".mht"}
MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; bigger files are not articles


def read_article_file(path: Path) -> ImportedFile:
    """Decode and split a file. Raise UnreadableFile with a reason a user can act on."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(f"tệp quá lớn cho một bài báo (file too large: {size} bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"không đọc được (unreadable): {exc.strerror or exc}") from exc
    if path.suffix.lower() in MHTML_SUFFIXES:
        text, encoding = mhtml_to_html(raw), "mhtml"
    else:
        text, encoding = decode_bytes(raw)
    article = article_from_text(text, path.name)
    return ImportedFile(
        path=str(path), file_name=path.name, raw=raw, text=text, encoding=encoding, article=article
    )


def article_from_text(text: str, file_name: str = "") -> CleanArticle:
    """Decoded file text → clean article (HTML pages turned to text first). Also used to
    re-analyse stored articles from their stored text."""
    suffix = Path(file_name).suffix.lower()
    is_html = suffix in HTML_SUFFIXES | MHTML_SUFFIXES or looks_like_html(text)
    article = article_from_html(text) if is_html else split_article(text)
    if not article.title or not article.prose:
        raise UnreadableFile("không tìm thấy nội dung bài báo (no article text found)")
    return article
