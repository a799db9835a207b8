"""Read one article file: bytes → text → article and debris."""

from __future__ import annotations

import os
from pathlib import Path

from app.ingest.article import CleanArticle, ImportedFile
from app.ingest.debris import split_article
from app.ingest.decode import UnreadableFile, decode_bytes
from app.ingest.files import not_regular_reason
from app.ingest.html_text import html_to_text, looks_like_html
from app.ingest.prose import not_prose_reason

MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; bigger files are not articles


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; never reads more than limit + 1.

    The type is checked on the open descriptor (O_NONBLOCK: a FIFO swapped in after the folder
    was listed cannot block the open), and the size by reading, not by trusting st_size: a file
    that grows, or a /proc file that reports 0, is still bounded.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UnreadableFile(f"không đọc được (unreadable): {exc.strerror or exc}") from exc
    try:
        st = os.fstat(fd)
        if (reason := not_regular_reason(st.st_mode)) is not None:
            raise UnreadableFile(reason)
        if st.st_size > limit:
            raise UnreadableFile(f"tệp quá lớn cho một bài báo (file too large: {st.st_size} bytes, "
                                 f"limit {limit})")
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise UnreadableFile(f"tệp quá lớn cho một bài báo (file too large: more than {limit} bytes)")
        return b"".join(chunks)
    except OSError as exc:
        raise UnreadableFile(f"không đọc được (unreadable): {exc.strerror or exc}") from exc
    finally:
        os.close(fd)


def read_article_file(path: Path) -> ImportedFile:
    """Decode and split a file. Raise UnreadableFile with a reason a user can act on."""
    raw = read_bounded(path)
    text, encoding = decode_bytes(raw)
    if (reason := not_prose_reason(text)) is not None:
        raise UnreadableFile(reason)
    article = article_from_text(text, path.name)
    return ImportedFile(
        path=str(path), file_name=path.name, raw=raw, text=text, encoding=encoding, article=article
    )


def article_from_text(text: str, file_name: str = "") -> CleanArticle:
    """Decoded file text → clean article (HTML pages turned to text first). Also used to
    re-analyse stored articles from their stored text."""
    is_html = Path(file_name).suffix.lower() in {".html", ".htm"} or looks_like_html(text)
    article = split_article(html_to_text(text) if is_html else text)
    if not article.title or not article.prose:
        raise UnreadableFile("không tìm thấy nội dung bài báo (no article text found)")
    return article
