"""Turn a saved web page into plain text lines, dropping code and page furniture.

Nothing is fetched or executed: scripts, styles, frames and images are discarded, and the
text is taken from the markup only. When the page marks its article (<article>, or the
itemprop="articleBody" convention) only that part and the page's <h1> are kept.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

# Elements whose content is never article text.
_SKIP = {"script", "style", "noscript", "template", "iframe", "svg", "canvas", "object",
         "nav", "header", "footer", "aside", "form", "button", "select", "head"}
# Elements that end a line of text.
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
          "table", "section", "article", "figure", "figcaption", "blockquote", "main", "dd",
          "dt", "hr", "pre", "title"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "source", "area", "base", "col"}

CAPTION_MARK = "\u2063"  # invisible separator: marks a line that came from <figcaption>


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self._open = Counter()  # tags on the stack: a stray end tag is refused without a search
        self.skip_depth = 0
        self.article_depth = 0
        self.saw_article = False
        self.lines_all: list[str] = []
        self.lines_article: list[str] = []
        self.h1: str = ""
        self._buf_all: list[str] = []
        self._buf_article: list[str] = []
        self._in_h1 = False
        self._h1_parts: list[str] = []
        self._in_caption = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in _BLOCK:
                self._flush()
            return
        self.stack.append(tag)
        self._open[tag] += 1
        attr = dict(attrs)
        if tag in _SKIP:
            self.skip_depth += 1
        is_article = tag == "article" or (attr.get("itemprop") or "") == "articleBody"
        if is_article and self.article_depth == 0:
            self.saw_article = True
        if is_article or self.article_depth:
            self.article_depth += 1
        if tag == "h1":
            self._in_h1 = True
        if tag == "figcaption":
            self._in_caption += 1
        if tag in _BLOCK:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if not self._open[tag]:
            return
        while self.stack:
            open_tag = self.stack.pop()
            self._open[open_tag] -= 1
            if open_tag in _BLOCK:
                self._flush()
            if open_tag in _SKIP:
                self.skip_depth -= 1
            if self.article_depth:
                self.article_depth -= 1
            if open_tag == "h1":
                self._in_h1 = False
                if not self.h1:
                    self.h1 = " ".join("".join(self._h1_parts).split())
            if open_tag == "figcaption":
                self._in_caption -= 1
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if self._in_h1 and not self.h1:
            self._h1_parts.append(data)
        self._buf_all.append(data)
        if self.article_depth:
            self._buf_article.append(data)

    def _flush(self) -> None:
        for buf, lines in ((self._buf_all, self.lines_all), (self._buf_article, self.lines_article)):
            text = " ".join("".join(buf).split())
            if text:
                lines.append(CAPTION_MARK + text if self._in_caption else text)
            buf.clear()

    def close(self) -> None:
        super().close()
        self._flush()


def html_to_text(markup: str, *, whole_page: bool = False) -> str:
    """Plain text of a web page, one block per paragraph, with the article part preferred
    (whole_page: every block of the page, in its order)."""
    parser = _PageText()
    parser.feed(markup)
    parser.close()
    if parser.saw_article and parser.lines_article and not whole_page:
        lines = parser.lines_article
        if parser.h1 and parser.h1 not in lines:
            lines = [parser.h1, *lines]
    else:
        lines = parser.lines_all
    return "\n\n".join(lines)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head and "</" in head)
