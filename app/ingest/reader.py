"""Read one article file: bytes → text → article and debris."""

from __future__ import annotations

from pathlib import Path

from app.ingest.article import CleanArticle, ImportedFile
from app.ingest.byline import with_byline
from app.ingest.debris import split_article
from app.ingest.decode import UnreadableFile, decode_bytes
from app.ingest.html_text import html_to_text, looks_like_html
from app.os_errors import explain as explain_os_error

MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; bigger files are not articles


def read_article_file(path: Path) -> ImportedFile:
    """Decode and split a file. Raise UnreadableFile with a reason a user can act on."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(f"tệp quá lớn cho một bài báo (file too large: {size} bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"không đọc được (unreadable): {explain_os_error(exc)}") from exc
    text, encoding = decode_bytes(raw)
    article = article_from_text(text, path.name)
    return ImportedFile(
        path=str(path), file_name=path.name, raw=raw, text=text, encoding=encoding, article=article
    )


def article_from_text(text: str, file_name: str = "") -> CleanArticle:
    """Decoded file text → clean article (HTML pages turned to text first). Also used to
    re-analyse stored articles from their stored text."""
    is_html = Path(file_name).suffix.lower() in {".html", ".htm"} or looks_like_html(text)
    article = with_byline(split_article(html_to_text(text) if is_html else text))  # source, author
    if not article.title or not article.prose:
        raise UnreadableFile("không tìm thấy nội dung bài báo (no article text found)")
    return article
