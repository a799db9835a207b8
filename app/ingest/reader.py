"""Read one article file: bytes → text → article and debris.

Text and web pages are decoded and split here; documents (Word, OpenDocument, PDF, e-mail) go
through their own reader first, which gives the page text of each article the file holds."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from pathlib import Path

from app.ingest.article import CleanArticle, ImportedFile
from app.ingest.byline import with_byline
from app.ingest.debris import split_article
from app.ingest.decode import UnreadableFile, decode_bytes
from app.ingest.documents import DocumentArticle
from app.ingest.files import DOCUMENT_SUFFIXES, not_regular_reason
from app.ingest.html_text import looks_like_html
from app.ingest.mhtml import mhtml_to_html
from app.ingest.prose import not_prose_reason
from app.ingest.web_page import article_from_html
from app.os_errors import explain as explain_os_error

HTML_SUFFIXES = {".html", ".htm"}
MHTML_SUFFIXES = {".mhtml", ".mht"}
MAX_FILE_BYTES = 20 * 1024 * 1024  # a news article is kilobytes; bigger files are not articles
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97–2003, Outlook .msg: an OLE compound file
_ZIP_MAGIC = b"PK\x03\x04"
_DOC_REFUSAL = "Word 97–2003 .doc: hãy lưu thành .docx (save it as .docx)"


def _document_reader(suffix: str) -> Callable[[bytes], list[DocumentArticle]] | None:
    """The reader of a document format, imported only when such a file comes (their libraries
    cost start-up time the window should not pay)."""
    if suffix == ".docx":
        from app.ingest.docx_text import docx_articles
        return docx_articles
    if suffix == ".odt":
        from app.ingest.odt_text import odt_articles
        return odt_articles
    if suffix == ".pdf":
        from app.ingest.pdf_text import pdf_articles
        return pdf_articles
    if suffix == ".eml":
        from app.ingest.email_text import eml_articles
        return eml_articles
    if suffix == ".msg":
        from app.ingest.email_text import msg_articles
        return msg_articles
    return None


def _format_of(path: Path, raw: bytes) -> str:
    """The suffix whose reader fits the bytes; a .doc that is really a .docx is read as one."""
    suffix = path.suffix.lower()
    if suffix == ".doc" and raw.startswith(_ZIP_MAGIC):
        return ".docx"
    if suffix == ".doc" or (suffix == ".docx" and raw.startswith(_OLE_MAGIC)):
        raise UnreadableFile(_DOC_REFUSAL)
    return suffix


def read_file_articles(path: Path) -> list[ImportedFile]:
    """Every article in a file, in file order. Raise UnreadableFile with a reason a user can act on."""
    raw = read_bounded(path)
    reader = _document_reader(_format_of(path, raw))
    if reader is None and path.suffix.lower() in MHTML_SUFFIXES:
        text, encoding = mhtml_to_html(raw), "mhtml"  # "Webpage, Single File": the page inside
        return [ImportedFile(path=str(path), file_name=path.name, raw=raw, text=text, encoding=encoding,
                             article=article_from_text(text, path.name))]
    if reader is None:
        text, encoding = decode_bytes(raw)
        if (reason := not_prose_reason(text)) is not None:
            raise UnreadableFile(reason)
        return [ImportedFile(path=str(path), file_name=path.name, raw=raw, text=text, encoding=encoding,
                             article=article_from_text(text, path.name))]
    parts = reader(raw)
    items = []
    for n, part in enumerate(parts, start=1):
        # One paragraph a line, blank lines gone: the same article read from a .docx, a PDF or an
        # e-mail is the same text, so its content hash makes it one article.
        text = "\n".join(ln.strip() for ln in unicodedata.normalize("NFC", part.text).split("\n") if ln.strip())
        try:
            article = article_from_text(text, path.name)
        except UnreadableFile as exc:
            raise UnreadableFile(f"bài {n}/{len(parts)}: {exc}" if len(parts) > 1 else str(exc)) from exc
        items.append(ImportedFile(path=str(path), file_name=path.name, raw=raw, text=text,
                                  encoding=part.meta.get("format", path.suffix.lstrip(".")), article=article,
                                  meta=part.meta, part=(n, len(parts)) if len(parts) > 1 else None))
    return items


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; never reads more than limit + 1.

    The type is checked on the open descriptor (O_NONBLOCK: a FIFO swapped in after the folder
    was listed cannot block the open), and the size by reading, not by trusting st_size: a file
    that grows, or a /proc file that reports 0, is still bounded.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise UnreadableFile(f"không đọc được (unreadable): {explain_os_error(exc)}") from exc
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
        raise UnreadableFile(f"không đọc được (unreadable): {explain_os_error(exc)}") from exc
    finally:
        os.close(fd)


def read_article_file(path: Path) -> ImportedFile:
    """The (first) article of a file; read_file_articles gives all of them."""
    return read_file_articles(path)[0]


def article_from_text(text: str, file_name: str = "") -> CleanArticle:
    """Decoded file text → clean article (HTML pages turned to text first). Also used to
    re-analyse stored articles from their stored text."""
    suffix = Path(file_name).suffix.lower()
    is_html = suffix in HTML_SUFFIXES | MHTML_SUFFIXES or (suffix not in DOCUMENT_SUFFIXES and looks_like_html(text))
    article = with_byline(article_from_html(text) if is_html else split_article(text))  # source, author
    if not article.title or not article.prose:
        raise UnreadableFile("không tìm thấy nội dung bài báo (no article text found)")
    return article
