"""Separate a scraped news page into the article and the page debris around and inside it.

The rules use the shape of the page, not the content of any one article:
- the title is the first headline-shaped line followed by prose; what is above it is header;
- a known widget line (menus, logos, share buttons) is dropped wherever it appears;
- a known end marker ("Tin cùng chuyên mục", "BÌNH LUẬN (0)"…) ends the article;
- the Vietnamese end mark "./." or a source line ("(TTXVN/Vietnam+)") ends the prose, after which
  only a source or author line may follow; anything else there is another article glued on;
- a headline repeated twice in a row after the body is the start of a related-news list;
- image alt text repeated before its caption, and run-on lists of linked headlines, are dropped;
- captions are recognised by photo credits ("Ảnh: …"), <figcaption>, or short lines with a period.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

from app.ingest.article import Block, CleanArticle
from app.ingest.html_text import CAPTION_MARK
from app.ingest.unwrap import unwrap
from app.paths import resource_path

_WORD = re.compile(r"\w+", re.UNICODE)
_TERMINAL = re.compile(r"[.!?…:;\"”»)]$|\./\.$")
_PHOTO_CREDIT = re.compile(
    r"(\(|\s|^)(Ảnh|Nguồn|Ảnh minh họa|Ảnh minh hoạ|Photo)\s*:\s*[^\n]{2,80}\)?\s*$", re.IGNORECASE
)
# "Title ảnh 1Caption" — a gallery caption glued to the image's alt text and number.
_GALLERY_PREFIX = re.compile(r"^.{10,}?\sảnh\s*\d{1,2}(?=[A-ZÀ-Ỹ\"“(])")
_SOURCE_WORDS = re.compile(
    r"TTXVN|Vietnam\+|VNA|VOV|Vietnamplus|Báo |Tạp chí|Thông tấn|Theo |Nguồn|Reuters|AFP|Xinhua",
    re.IGNORECASE,
)
_AUTHOR = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\.?\s){0,3}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*$")
# "Giang Nguyễn - Thể thao Việt Nam | 09:00 05/07/2017": a byline with the page's timestamp.
_STAMP = re.compile(r"\d{1,2}:\d{2}(\s*(AM|PM))?\s*[,|-]?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$|"
                    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*[,|-]?\s*\d{1,2}:\d{2}(\s*(AM|PM))?\s*$")
# "Thứ Ba, 19/9/2023 21:05 (GMT+7)": the page's dateline, never a headline or the story's date.
_DATELINE = re.compile(
    r"^((thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"(\s*[-,|]?\s*\d{1,2}(:|h)\d{2}(\s*(AM|PM))?)?(\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?$",
    re.IGNORECASE,
)
_GLUED_STAMP = re.compile(r"\s+[A-ZĐÀ-Ỹ][^.|]{2,60}\|\s*\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{4}\s*$")
_NO_PUNCT = re.compile(r"^[^.,;:!?()\"“”]+$")
# "…/2024/01/le-don-chu-tich.jpg", "anh-1-chu-tich.JPG": an image's file name left in the text.
_IMAGE_FILE = re.compile(r"^\S*\.(jpe?g|png|gif|webp|bmp|avif)(\?\S*)?$", re.IGNORECASE)
# "![](…/anh.jpg) |": an image as a reader tool or a converter copies it (Markdown).
_MARKDOWN_IMAGE = re.compile(r"^(!\[[^\]]*\]\([^)]*\)\s*\|?\s*)+$")
# "| Chủ tịch nước … - Ảnh: VIỆT DŨNG |": a layout table's cell copied with its borders.
_CELL_BORDERS = re.compile(r"^\|\s+|\s+\|$")
# "… tại lễ đón. (Ảnh: AFP/TTXVN)", "… phát biểu - Ảnh: N.A.": a caption ending in its photo credit.
_CAPTION_CREDIT = re.compile(r"^(?P<caption>.+?)(?:[.,]\s+|\s+[-–|]\s*|\s*\()"
                             r"(Ảnh|ẢNH|Photo|PHOTO)(\s+minh\s+ho[ạa])?\s*:(?P<credit>[^()]{1,60})\)?\s*$")
# "29/05/2017 14:08Thủ tướng …": the page's timestamp glued to the headline.
_GLUED_DATE_HEAD = re.compile(r"^(\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2})\s*(?=[A-ZĐÀ-Ỹ])")


def _phrases(name: str) -> tuple[str, ...]:
    lines = resource_path("lexicon", name).read_text(encoding="utf-8").splitlines()
    return tuple(ln.strip().casefold() for ln in lines if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _end_markers() -> tuple[str, ...]:
    return _phrases("page_end_markers.txt")


@lru_cache(maxsize=1)
def _widgets() -> frozenset[str]:
    return frozenset(_phrases("page_widgets.txt"))


def _words(line: str) -> int:
    return len(_WORD.findall(line))


def _folded_words(line: str) -> list[str]:
    """Words without diacritics: an image's slug "le-don-chu-tich" matches "Lễ đón Chủ tịch"."""
    plain = unicodedata.normalize("NFD", line.replace("đ", "d").replace("Đ", "D"))
    return _WORD.findall("".join(c for c in plain if not unicodedata.combining(c)).casefold().replace("_", " "))


def _echoes(line: str, headline: str) -> bool:
    """The line repeats the headline's words: the lead image's alt text or file name."""
    words, head = _folded_words(line), set(_folded_words(headline))
    return len(words) >= 3 and sum(w in head for w in words) >= 0.6 * len(words)


def _shorter_echo(line: str, headline: str) -> bool:
    """The "headline" is the line with the site's name after it ("Headline - Báo X"): the page's
    <title> above its headline."""
    line, headline = line.strip(), headline.strip()
    rest = headline[len(line) :].lstrip() if headline.startswith(line) else ""
    return _headline_shaped(line) and rest[:1] in {"-", "–", "—", "|", ":"}


def is_image_name(line: str) -> bool:
    """An image's file name or Markdown image left in the text: never article text."""
    return bool(_IMAGE_FILE.match(line.strip()) or _MARKDOWN_IMAGE.match(line.strip()))


CAPTION_MAX_WORDS = 60


def _ends_in_credit(text: str) -> bool:
    """A caption with its credit at the end. A longer line that ends in a credit is the story
    with its last photo glued on (pages saved as one line a paragraph, or the whole body as one):
    taken for a caption, the article lost its text (401 of the corpus's articles)."""
    return bool(_PHOTO_CREDIT.search(text)) and _words(text) <= CAPTION_MAX_WORDS


def is_credited_caption(line: str) -> bool:
    """A photo caption ending in its credit ("… tại lễ đón. (Ảnh: AFP/TTXVN)", "… - Ảnh: N.A.") —
    never a source line, never a headline ("Chùm ảnh: …", "Điện ảnh: …" are headlines)."""
    m = _CAPTION_CREDIT.match(line.strip())
    return bool(m) and _words(m["caption"]) >= 3 and _words(m["credit"]) <= 6 and _words(line) <= CAPTION_MAX_WORDS


def _bare(line: str) -> str:
    """Casefolded line without trailing counters and punctuation: "BÌNH LUẬN (0)" → "bình luận"."""
    return re.sub(r"[\s(\[]*\d*[)\]]?[\s?:.!]*$", "", line.strip()).casefold()


def is_end_marker(line: str) -> bool:
    bare = _bare(line)
    folded = line.strip().casefold()
    for marker in _end_markers():
        if bare == marker.rstrip("?:") or folded.startswith(marker.rstrip(":") + ":"):
            return True
        if len(marker) > 12 and folded.startswith(marker):
            return True
    return False


def is_widget(line: str) -> bool:
    if _bare(line) in _widgets():
        return True
    # Menus: several short items separated by pipes or bullets.
    items = [p for p in re.split(r"\s*[|•·]\s*", line) if p.strip()]
    return len(items) >= 2 and all(_words(p) <= 5 for p in items)


def _is_dateline(line: str) -> bool:
    return bool(_DATELINE.match(line.strip())) or bool(_STAMP.search(line) and _words(line) <= 14)


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def page_date_of(line: str) -> str | None:
    """The ISO date of a page's dateline or timestamped byline ("Thứ Hai, 05/06/2017 09:15",
    "Cập nhật: 05/06/2017"), or None for any other line."""
    plain = re.sub(r"^\s*(?:cập\s+nhật|đăng\s+ngày|ngày\s+đăng|xuất\s+bản)\s*:?\s*", "", line.strip(),
                   flags=re.IGNORECASE)
    if not _is_dateline(plain):
        return None
    m = _DAY_MONTH_YEAR.search(plain)
    try:
        return date(int(m[3]), int(m[2]), int(m[1])).isoformat() if m else None
    except ValueError:
        return None


def _headline_shaped(line: str) -> bool:
    if _is_dateline(line) or page_date_of(line) or is_image_name(line) or is_credited_caption(line):
        return False
    n = _words(line)
    return 4 <= n <= 45 and not is_widget(line) and not is_end_marker(line) and "|" not in line


def _prose_shaped(line: str) -> bool:
    return _words(line) >= 15


def _paragraph_shaped(line: str) -> bool:
    return _prose_shaped(line) and (bool(_TERMINAL.search(line.rstrip())) or not _headline_shaped(line))


def _is_source_line(line: str) -> bool:
    text = line.strip()
    if _words(text) > 9 or text.endswith("./.") or is_credited_caption(text):
        return False
    if re.fullmatch(r"\([^()]{2,80}\)", text):
        return True
    return bool(_SOURCE_WORDS.search(text)) and ("/" in text or text.startswith(("Theo", "Nguồn")))


def _is_author_line(line: str) -> bool:
    """A byline: a name or two ("Thanh Bình", "THÀNH NAM - HÀM YÊN")."""
    text = line.strip()
    names = re.split(r"\s+[-–]\s+|\s*,\s*", text)
    return (1 <= _words(text) <= 4 * len(names) and len(names) <= 3 and not is_widget(text)
            and all(1 <= _words(n) <= 4 and _AUTHOR.match(n) for n in names))


def _between_head_and_lead(line: str, headline: str) -> bool:
    """What pages put between the headline and the lead: the timestamp ("Cập nhật: 12/01/2024"),
    a byline, the lead image's file name, alt text or caption, share buttons."""
    plain = line.lstrip(CAPTION_MARK)
    return bool(
        line.startswith(CAPTION_MARK) or _is_dateline(plain) or page_date_of(plain) or is_image_name(plain)
        or is_widget(plain) or is_credited_caption(plain) or _ends_in_credit(plain)
        or _is_author_line(plain) or (_echoes(plain, headline) and not _prose_shaped(plain))
    )


_MAX_BETWEEN = 5  # lines of page furniture a headline may have before its lead


def _find_title(lines: list[str]) -> int:
    """Index of the title: the first headline-shaped line that prose follows, directly, after a
    one-sentence lead ("Tiêu đề / Mỹ sử dụng sức ép tổng hợp … thỏa hiệp. / prose"), or after
    the page's timestamp, byline and lead image."""
    for i, line in enumerate(lines):
        short_first = i == 0 and 2 <= _words(line) < 4 and not is_widget(line)  # "Nhân sự mới"
        if not (_headline_shaped(line) or short_first):
            continue
        j = i + 1
        while j < len(lines) and j <= i + _MAX_BETWEEN and _between_head_and_lead(lines[j], line):
            if _shorter_echo(lines[j], line):
                break  # "Headline - Site name" above "Headline": the later line is the headline
            j += 1
        if j < len(lines) and _shorter_echo(lines[j], line):
            continue
        following = [ln for ln in lines[j : j + 3] if ln != line]
        if following and _prose_shaped(following[0]) and (j == i + 1 or _paragraph_shaped(following[0])):
            return i  # after furniture, only a paragraph shows the lead (a long headline is no lead)
        if (j == i + 1 and len(following) >= 2 and following[0].rstrip().endswith((".", "!", "?", "…"))
                and _words(following[0]) >= 4 and _prose_shaped(following[1])):
            return i
    return next((i for i, ln in enumerate(lines) if _headline_shaped(ln)), 0)


def _same_start(alt: str, caption: str) -> bool:
    """Alt text repeats the caption's opening words ("Thị trưởng X trao…" / "Thị trưởng X Y trao…")."""
    a, c = _WORD.findall(alt.casefold()), _WORD.findall(caption.casefold())
    if len(a) < 3 or not c:
        return False
    shared = len(set(a) & set(c))
    return a[:2] == c[:2] and shared >= 0.7 * len(a)


def _is_caption(line: str, title: str, *, has_lead: bool) -> bool:
    """A photo caption: marked by the page or a photo credit; a repeat of the headline; or, once
    the lead is known, a short sentence between paragraphs ("Bí thư Thành uỷ Đinh Tiến Dũng.")."""
    text = line.lstrip(CAPTION_MARK)
    if line.startswith(CAPTION_MARK) or _ends_in_credit(text):
        return True
    if text.rstrip(". ") == title.rstrip(". "):
        return True
    return has_lead and text.endswith(".") and _words(text) <= 8 and "," not in text


_BULLET = re.compile(r"^[-•*+–]\s+\S")


def _inline_box_end(lines: list[str], i: int) -> int | None:
    """Index where the article resumes after a related-links box inside it, or None.

    A box is a marker line followed by bulleted headlines; only prose after the bullets shows
    that the story goes on (at the end of a page the list is followed by more furniture).
    """
    j = i + 1
    while j < len(lines) and _BULLET.match(lines[j]):
        j += 1
    if j == i + 1 or j >= len(lines):
        return None
    nxt = lines[j].lstrip(CAPTION_MARK)
    if _prose_shaped(nxt) and _TERMINAL.search(nxt) and not is_end_marker(nxt):
        return j
    return None


@lru_cache(maxsize=1)
def _inline_links() -> tuple[str, ...]:
    return _phrases("page_inline_links.txt")


def _is_inline_link(line: str) -> bool:
    """"Đọc thêm: Chủ tịch nước lên đường …": one linked headline set into the story."""
    folded = line.strip().casefold()
    return any(folded.startswith(m + ":") and _words(folded[len(m) + 1 :]) >= 4 for m in _inline_links())


def _page_lines(text: str) -> list[str]:
    """The page's non-empty lines, hard wraps rejoined and a glued timestamp split off its headline."""
    lines: list[str] = []
    for raw in unwrap(text).split("\n"):
        line = _CELL_BORDERS.sub("", raw.strip()).strip()
        glued = _GLUED_DATE_HEAD.match(line)
        if glued:
            lines.extend([glued[1], line[glued.end() :].strip()])
        elif line:
            lines.append(line)
    return lines


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“(])")


def _one_paragraph(paragraph: str) -> CleanArticle:
    """A text of one paragraph and no headline is still an article: its first sentence names it."""
    first = _SENTENCE_END.split(paragraph, maxsplit=1)[0]
    if _words(first) > 45:
        first = " ".join(first.split()[:30]) + " …"
    return CleanArticle(title=first.rstrip(), blocks=[Block("lead", paragraph)])


def split_article(text: str) -> CleanArticle:
    """Split page text into the article (title, lead, blocks, source, author) and its debris."""
    lines = _page_lines(text)
    if not lines:
        return CleanArticle(title="", blocks=[])
    if len(lines) == 1 and _prose_shaped(lines[0]):
        return _one_paragraph(lines[0])
    t = _find_title(lines)
    title = lines[t].lstrip(CAPTION_MARK)
    debris = list(lines[:t])
    page = next((p for p in (*lines[max(0, t - 2) : t], *lines[t + 1 : t + 1 + _MAX_BETWEEN])
                 if page_date_of(p.lstrip(CAPTION_MARK))), None)
    blocks: list[Block] = []
    source: str | None = None
    author: str | None = None
    ended_prose = False  # after "./." or a source line only credits may follow
    i = t + 1
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        plain = line.lstrip(CAPTION_MARK)
        if _is_inline_link(plain) and _prose_shaped(nxt.lstrip(CAPTION_MARK)):
            debris.append(line)  # "Đọc thêm: <headline>" inside the story, which goes on
            i += 1
            continue
        if is_end_marker(plain):
            box_end = _inline_box_end(lines, i)
            if box_end is None:
                debris.extend(lines[i:])
                break
            debris.extend(lines[i:box_end])  # "Tin liên quan:" with a bullet list, then the story goes on
            i = box_end
            continue
        if _is_dateline(plain) or page_date_of(plain) or is_image_name(plain):
            debris.append(line)  # the page's timestamp (not the story's date), an image's file name
            i += 1
            continue
        before_lead = not any(b.kind != "caption" for b in blocks)
        if before_lead and author is None and _is_author_line(plain) and nxt:
            author = plain  # the byline between the headline and the lead
            i += 1
            continue
        if before_lead and _echoes(plain, title) and not _prose_shaped(plain) and not _TERMINAL.search(plain):
            debris.append(line)  # the lead image's alt text: the headline again
            i += 1
            continue
        if is_widget(plain) or plain == title or (blocks and plain == blocks[-1].text):
            debris.append(line)  # widgets, the headline repeated, a doubled lead
            i += 1
            continue
        if ended_prose:
            if source is None and _is_source_line(plain):
                source = plain.strip("() ")
            elif author is None and _is_author_line(plain):
                author = plain
            elif line.startswith(CAPTION_MARK) or is_credited_caption(plain):
                blocks.append(Block("caption", plain))  # a photo closing the story
            else:
                debris.extend(lines[i:])  # another article glued after this one
                break
            i += 1
            continue
        if len(blocks) >= 2 and plain == nxt and _headline_shaped(plain) and not _TERMINAL.search(plain):
            debris.extend(lines[i:])  # "Headline / Headline / teaser": a related-news list
            break
        if blocks and _is_source_line(plain):
            source = plain.strip("() ")
            ended_prose = True
            i += 1
            continue
        if blocks and _is_author_line(plain) and (is_end_marker(nxt) or _is_source_line(nxt) or not nxt):
            author = plain
            ended_prose = True
            i += 1
            continue
        if not _TERMINAL.search(plain) and nxt and _same_start(plain, nxt.lstrip(CAPTION_MARK)):
            debris.append(line)  # image alt text repeated just above its caption
            i += 1
            continue
        if _words(plain) > 20 and _NO_PUNCT.match(plain):
            debris.append(line)  # a run of linked headlines glued into one line
            i += 1
            continue
        glued = _GLUED_STAMP.search(plain)
        if glued:  # "… gắn bó. Phúc Vũ - Thể thao Việt Nam | 20:00 06/06/2017"
            debris.append(plain[glued.start() :].strip())
            plain = plain[: glued.start()]
        gallery = _GALLERY_PREFIX.match(plain)
        if gallery:
            blocks.append(Block("caption", plain[gallery.end() :].strip()))
        elif _is_caption(line, title, has_lead=any(b.kind == "lead" for b in blocks)):
            blocks.append(Block("caption", plain))
        else:
            kind = "lead" if not any(b.kind != "caption" for b in blocks) else "paragraph"
            blocks.append(Block(kind, plain))
            ended_prose = plain.endswith("./.")
        i += 1
    return CleanArticle(title=title, blocks=blocks, source=source, author=author, debris=debris,
                        page_date=page_date_of(page) if page else None, page_date_line=page)
