"""The article as ingest hands it on: title, lead, body blocks, source and author."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """One paragraph of the article. kind: "lead", "paragraph" or "caption"."""

    kind: str
    text: str


@dataclass
class CleanArticle:
    title: str
    blocks: list[Block]
    source: str | None = None
    author: str | None = None
    debris: list[str] = field(default_factory=list)
    # The page's own publication line next to the headline ("Thứ Hai, 05/06/2017 09:15"), as an
    # ISO date, and the line itself: evidence for the year of the story's events, nothing more.
    page_date: str | None = None
    page_date_line: str | None = None
    # True when page_date comes from the page's metadata (article:published_time, JSON-LD):
    # templates often stamp it at render or crawl time, so it bounds the story from above only.
    page_date_from_meta: bool = False

    @property
    def lead(self) -> str | None:
        return next((b.text for b in self.blocks if b.kind == "lead"), None)

    @property
    def body(self) -> str:
        """Clean text of the article below its title: lead, paragraphs and captions."""
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def prose(self) -> list[str]:
        """Lead and paragraphs in order, without photo captions."""
        return [b.text for b in self.blocks if b.kind != "caption"]


@dataclass(frozen=True)
class ImportedFile:
    """A decoded, split file (or one article of a file that holds several) ready to be stored."""

    path: str
    file_name: str
    raw: bytes
    text: str
    encoding: str
    article: CleanArticle
    # What the file says about its import, never about the event: format, an e-mail's sender and
    # date, a document's author… (app/ingest/documents.py).
    meta: dict[str, str] = field(default_factory=dict)
    # (n, of) when the file holds several articles (two forwarded articles, a file of clippings).
    part: tuple[int, int] | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def clean_hash(self) -> str:
        """The clean article's hash: one article whatever file or format it came in."""
        return clean_hash(self.article.title, self.article.body)

    @property
    def file_hash(self) -> str:
        """SHA-256 of the file's bytes: links the articles of one file."""
        return hashlib.sha256(self.raw).hexdigest()


def content_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def clean_hash(title: str, body: str) -> str:
    """SHA-256 of the clean title and body, whitespace runs folded: the same article saved as
    .txt and as .html (or by another reader) hashes the same."""
    clean = " ".join(title.split()) + "\n\n" + " ".join(body.split())
    return hashlib.sha256(clean.encode("utf-8")).hexdigest()
