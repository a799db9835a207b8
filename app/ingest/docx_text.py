"""Read a Word .docx file (python-docx): its paragraphs in order, tables' cells included, as page text.

Headline marks for splitting a file of clippings come from Word's own styles (Title, Heading N) or,
for text pasted from a web page, from a paragraph set wholly in bold at one size.
"""

from __future__ import annotations

import io
import zipfile

from app.ingest.decode import UnreadableFile
from app.ingest.documents import DocumentArticle, Paragraph, split_clippings


def docx_articles(raw: bytes) -> list[DocumentArticle]:
    import docx  # python-docx; loaded only when a .docx is imported
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableFile(f"tệp Word .docx hỏng (damaged .docx: {exc})") from exc
    paragraphs: list[Paragraph] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):  # a table: captions and boxes laid out beside photos
            for row in block.rows:
                for cell in row.cells:
                    paragraphs += [Paragraph(p.text.strip()) for p in cell.paragraphs]
        else:
            paragraphs.append(Paragraph(block.text.strip(), _headline_mark(block)))
    props = document.core_properties
    meta = {"format": "docx"}
    if props.author:
        meta["document_author"] = props.author  # who saved the file, not the article's author
    if props.created:
        meta["document_created"] = props.created.isoformat()
    return [DocumentArticle(text, meta) for text in split_clippings(paragraphs)]


def _headline_mark(paragraph) -> str | None:
    style = paragraph.style.name if paragraph.style is not None else ""
    if style.startswith(("Heading", "Title")):
        return style
    runs = [r for r in paragraph.runs if r.text.strip()]
    if runs and all(_bold(r, paragraph) for r in runs):
        sizes = {(r.font.size or paragraph.style.font.size) for r in runs}
        size = sizes.pop().pt if len(sizes) == 1 and None not in sizes else None
        return f"bold {size}pt" if size else "bold"
    return None


def _bold(run, paragraph) -> bool:
    if run.bold is not None:
        return run.bold
    return bool(paragraph.style is not None and paragraph.style.font.bold)
