"""Read an OpenDocument text file (.odt, odfpy): headings and paragraphs in order, as page text.

Headings (text:h, with their outline level) and paragraphs styled Title mark the headlines that
split a file of collected clippings.
"""

from __future__ import annotations

import io
import zipfile
from xml.parsers.expat import ExpatError

from app.ingest.decode import UnreadableFile
from app.ingest.documents import DocumentArticle, Paragraph, split_clippings

_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def odt_articles(raw: bytes) -> list[DocumentArticle]:
    from odf import teletype
    from odf.opendocument import load

    try:
        document = load(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ExpatError, ValueError) as exc:
        raise UnreadableFile(f"tệp OpenDocument .odt hỏng (damaged .odt: {exc})") from exc
    if not document.mimetype.startswith("application/vnd.oasis.opendocument.text"):
        raise UnreadableFile(f"không phải văn bản OpenDocument (not an OpenDocument text: {document.mimetype})")
    paragraphs: list[Paragraph] = []
    _collect(document.text, paragraphs, teletype)
    meta = {"format": "odt"}
    return [DocumentArticle(text, meta) for text in split_clippings(paragraphs)]


def _collect(node, out: list[Paragraph], teletype) -> None:
    for child in node.childNodes:
        qname = getattr(child, "qname", None)
        if qname == (_TEXT_NS, "h"):
            level = child.getAttribute("outlinelevel") or "1"
            out.append(Paragraph(teletype.extractText(child).strip(), f"Heading {level}"))
        elif qname == (_TEXT_NS, "p"):
            style = (child.getAttribute("stylename") or "").replace("_20_", " ")
            mark = "Title" if style == "Title" else None
            out.append(Paragraph(teletype.extractText(child).strip(), mark))
        elif qname is not None:
            _collect(child, out, teletype)  # lists, sections, tables
