"""A saved web page (.html, .htm, or the page inside an .mhtml) → the clean article.

The main text comes from trafilatura, a maintained boilerplate-removal library (it scored better
than our own tag rules on the page shapes of tests/pages/html: `python -m tests.benchmark_html`).
Around it we keep what the library leaves out or does not know:
- the page's own metadata (og:title, article:published_time, author, og:site_name, JSON-LD,
  <time datetime>): the headline, the publication date (evidence for the year, never the event
  date), the author and the site's name as source;
- the sapo: many Vietnamese sites put the lead outside the story's container, where the library
  does not look, so a paragraph between the headline and the story's first paragraph is put back;
- photo captions (<figcaption>, or a line ending in its credit "Ảnh: …"), which the library drops
  with the image, are put back where the page has them;
- the .txt page-debris rules (app.ingest.debris) then read the text, as they read any page.
Images never give text: their alt text and file names are not article text.
Nothing is fetched: the library works on the markup given.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date
from html.parser import HTMLParser

from app.ingest.article import CleanArticle
from app.ingest.debris import is_credited_caption, split_article
from app.ingest.html_text import CAPTION_MARK, html_to_text


@dataclass(frozen=True)
class PageMeta:
    title: str | None = None
    published: str | None = None  # ISO date
    published_evidence: str | None = None  # where it was read: "article:published_time 2024-11-13T07:10"
    author: str | None = None
    site_name: str | None = None
    h1: str | None = None


_META_TITLE = ("og:title", "twitter:title")
_META_DATE = ("article:published_time", "og:article:published_time", "datepublished", "pubdate",
              "publishdate", "dc.date.issued", "article:published")
_META_AUTHOR = ("author", "article:author", "dc.creator")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class _MetaReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.jsonld: list[str] = []
        self.times: list[str] = []
        self.h1: str | None = None
        self._in_jsonld = False
        self._in_h1 = False
        self._h1_parts: list[str] = []
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and a.get("content", "").strip() and key not in self.meta:
                self.meta[key] = a["content"].strip()
        elif tag == "script" and "ld+json" in a.get("type", ""):
            self._in_jsonld, self._buf = True, []
        elif tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        elif tag == "h1" and self.h1 is None:
            self._in_h1, self._h1_parts = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_jsonld:
            self._in_jsonld = False
            self.jsonld.append("".join(self._buf))
        elif tag == "h1" and self._in_h1:
            self._in_h1 = False
            self.h1 = " ".join("".join(self._h1_parts).split()) or None

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self._buf.append(data)
        elif self._in_h1:
            self._h1_parts.append(data)


def _iso_day(value: str) -> str | None:
    m = _ISO_DATE.search(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def _jsonld_articles(blobs: list[str]) -> list[dict]:
    found: list[dict] = []

    def walk(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict):
            if "@graph" in node:
                walk(node["@graph"])
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                found.append(node)

    for blob in blobs:
        try:
            walk(json.loads(blob))
        except ValueError:
            continue
    return found


def _name_of(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def page_metadata(markup: str) -> PageMeta:
    """What the page says about itself; every field None when the page does not say it."""
    reader = _MetaReader()
    reader.feed(markup)
    reader.close()
    meta, ld = reader.meta, _jsonld_articles(reader.jsonld)
    title = next((meta[k] for k in _META_TITLE if meta.get(k)), None) or next(
        (_name_of(a.get("headline")) for a in ld if a.get("headline")), None)
    published = evidence = None
    for key in _META_DATE:
        if _iso_day(meta.get(key, "")):
            published, evidence = _iso_day(meta[key]), f"{key} {meta[key]}"
            break
    if published is None:
        for a in ld:
            if _iso_day(str(a.get("datePublished", ""))):
                published, evidence = _iso_day(str(a["datePublished"])), f"datePublished {a['datePublished']}"
                break
    if published is None and len(set(reader.times)) == 1 and _iso_day(reader.times[0]):
        published, evidence = _iso_day(reader.times[0]), f"<time datetime> {reader.times[0]}"
    author = next((meta[k] for k in _META_AUTHOR if meta.get(k) and not meta[k].startswith("http")), None) or next(
        (_name_of(a.get("author")) for a in ld if _name_of(a.get("author"))), None)
    site = meta.get("og:site_name") or next((_name_of(a.get("publisher")) for a in ld if a.get("publisher")), None)
    return PageMeta(title=_clean(title), published=published, published_evidence=evidence,
                    author=_clean(author), site_name=_clean(site), h1=reader.h1)


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def main_text(markup: str) -> str | None:
    """The story's paragraphs as trafilatura finds them (one per line), or None when it finds none."""
    import trafilatura  # imported here: a .txt import never pays for lxml

    return trafilatura.extract(markup, output_format="txt", include_comments=False, include_tables=True,
                               include_images=False, include_links=False, deduplicate=False,
                               with_metadata=False, fast=False)


_WORD = re.compile(r"\w+")
_TABLE_RULE = re.compile(r"^\|?[\s|:-]+\|?$")


def _story_lines(extracted: str) -> list[str]:
    """The library's lines, a table row ("| caption | ") split into its cells: old sites lay out
    their pages, and their photos' captions, in tables."""
    lines: list[str] = []
    for raw in extracted.split("\n"):
        line = raw.strip()
        if not line or _TABLE_RULE.match(line):
            continue
        if line.startswith("|"):
            lines.extend(c for c in re.split(r"\s*\|\s*", line) if c)
        else:
            lines.append(line)
    return lines


def _recover_sapo(rules_lines: list[str], headline: str, story: list[str]) -> list[str]:
    """Paragraphs between the headline and the story's first paragraph in the page's own order
    (the sapo sits there, outside the story's container on many sites)."""
    if not story or headline not in rules_lines:
        return []
    start = rules_lines.index(headline)
    first = story[0][:60]
    end = next((i for i in range(start + 1, len(rules_lines)) if rules_lines[i].lstrip(CAPTION_MARK).startswith(first)),
               None)
    if end is None:
        return []
    return [ln for ln in rules_lines[start + 1 : end]
            if len(_WORD.findall(ln)) >= 15 and re.search(r"[.!?…]$", ln) and not ln.startswith(CAPTION_MARK)]


def _put_back_captions(rules_lines: list[str], story: list[str]) -> list[str]:
    """The story with its photo captions where the page has them: the library drops <figure>
    and captioned image boxes, but a caption is article text (it names who is in the photo)."""
    in_story = set(story)
    first = next((i for i, ln in enumerate(rules_lines) if ln in in_story), None)
    last = max((i for i, ln in enumerate(rules_lines) if ln in in_story), default=None)
    if first is None or last is None:
        return story
    def is_caption(line: str) -> bool:
        return line.startswith(CAPTION_MARK) or is_credited_caption(line)

    while first > 0 and is_caption(rules_lines[first - 1]):
        first -= 1  # the lead photo, just above the story's first paragraph
    while last + 1 < len(rules_lines) and is_caption(rules_lines[last + 1]):
        last += 1  # a photo closing the story
    after: dict[str | None, list[str]] = {}
    previous: str | None = None
    for line in rules_lines[first : last + 1]:
        if line in in_story:
            previous = line
        elif is_caption(line):
            after.setdefault(previous, []).append(line)
    out: list[str] = after.pop(None, [])
    for line in story:
        out.append(line)
        out.extend(after.pop(line, []))
    return out


def article_from_html(markup: str) -> CleanArticle:
    """Saved web page → clean article: library main text, page metadata, page-debris rules."""
    meta = page_metadata(markup)
    extracted = main_text(markup)
    rules_lines = html_to_text(markup, whole_page=True).split("\n\n")
    headline = meta.title or meta.h1
    if headline and meta.h1 and meta.h1 != headline and meta.h1 in rules_lines:
        headline = meta.h1  # og:title often carries a shortened or site-suffixed headline
    if not extracted:
        article = split_article(html_to_text(markup))
    else:
        story = _story_lines(extracted)
        if headline and story and story[0] == headline:
            story = story[1:]
        lead = [p for p in _recover_sapo(rules_lines, meta.h1 or "", story) if p not in story]
        story = _put_back_captions(rules_lines, story)
        text_lines = ([headline] if headline else []) + lead + story
        article = split_article("\n\n".join(text_lines))
        if headline and article.title != headline:
            article = replace(article, title=headline)
    return _with_meta(article, meta)


def _with_meta(article: CleanArticle, meta: PageMeta) -> CleanArticle:
    if article.page_date or not meta.published:  # a date line under the headline is the page's own word
        return replace(article, source=article.source or meta.site_name, author=article.author or meta.author)
    return replace(article, source=article.source or meta.site_name, author=article.author or meta.author,
                   page_date=meta.published, page_date_line=meta.published_evidence, page_date_from_meta=True)
