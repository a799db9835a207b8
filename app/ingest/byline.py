"""The source and author an article names in its credit: the line that ends it ("Lan Hương/VOV.VN",
"Theo Dân trí", "Nguồn: VNE", "Thu Trang (Tổng hợp từ Reuters)", "MINH ANH (Theo AFP, CNN)"), often
glued to the last paragraph when a page was saved as text, or a wire story's opening ("Theo phóng
viên TTXVN tại Viêng Chăn, …").

Only a credit shaped like one is read: a short tail after the last sentence, of capitalised names,
a source marker ("Theo", "Nguồn:") or a source in brackets. A photo credit ("Ảnh: Reuters") is not
the article's source. When nothing is named, nothing is filled: the column stays empty rather
than guessed. The words are data (resources/lexicon/bylines.tsv). No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from app.ingest.article import CleanArticle
from app.paths import resource_path

MAX_CREDIT_WORDS = 10  # a tail longer than this is a sentence, not a credit
MAX_SOURCE_WORDS = 6
MAX_AUTHOR_WORDS = 8  # "Quang Minh - Thu Hà": two reporters

_UPPER = "A-ZĐÀ-ỸÁẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# The end of a sentence, then the credit: "… hiệu quả./. Lan Hương/VOV.VN", "… năm nay. Theo Tiền Phong".
_SENTENCE_END = re.compile(r"(?:\./\.|[.!?…]|[.!?…]?[\"”»'’])\s+")
_NAME_TOKEN = re.compile(rf"^(?:[{_UPPER}][\w.'’]*|[{_UPPER}]\.)$")
_BRACKETS_AT_END = re.compile(r"\(\s*([^()]{1,60}?)\s*\)\s*$")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Byline:
    source: str | None = None
    author: str | None = None
    credit: str | None = None  # the credit as written, the evidence


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    kinds: dict[str, list[str]] = {}
    for line in resource_path("lexicon", "bylines.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, phrase = line.partition("\t")
        kinds.setdefault(kind.strip(), []).append(phrase.strip())
    # longest first, so "Nguồn ảnh" wins over "Nguồn"
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in kinds.items()}


def _starts_with(text: str, kind: str) -> str | None:
    """The phrase of ``kind`` that ``text`` starts with (as a whole word), or None."""
    folded = text.casefold()
    for phrase in _words().get(kind, ()):
        p = phrase.casefold()
        if folded.startswith(p) and (len(folded) == len(p) or not folded[len(p)].isalnum() or p.endswith(":")):
            return phrase
    return None


def _clean(text: str) -> str:
    text = re.sub(r"\s*/\s*", "/", text)
    return " ".join(text.strip(" .,;:-–()[]*").split())


def _is_source(text: str) -> bool:
    n = len(_WORD.findall(text))
    return (1 <= n <= MAX_SOURCE_WORDS and (text[:1].isupper() or text[:1].isdigit()) and "(" not in text
            and ")" not in text and not _starts_with(text, "photo") and not _is_compiled(text))


def _is_compiled(text: str) -> bool:
    """"tổng hợp", "T/h", "lược dịch": the author compiled or translated it (no source named)."""
    marker = _starts_with(text, "compiled")
    return bool(marker) and not _clean(text[len(marker):])


def _author(text: str) -> str | None:
    """The reporter's name(s), without a role word before it ("PV Hữu Phước" → "Đình Thiệu")."""
    role = _starts_with(text, "reporter")
    if role and _clean(text[len(role):]):
        text = _clean(text[len(role):])
    return text if _is_author(text) else None


def _is_author(text: str) -> bool:
    if not text or (_starts_with(text, "not_author") and len(text.split()) <= 2) or _starts_with(text, "honorific"):
        return False
    tokens = [t for t in re.split(r"\s+|\s*[-–,]\s*", text) if t]
    if not 1 <= len(tokens) <= MAX_AUTHOR_WORDS or (len(tokens) == 1 and len(tokens[0]) < 3):
        return False
    return all(_NAME_TOKEN.match(t) for t in tokens)


def read_credit(tail: str) -> Byline | None:
    """A credit's source and author: "Theo Hải Yến/VnExpress" → (VnExpress, Hải Yến)."""
    text = " ".join(tail.split()).lstrip("*• ").strip()
    if not text or _starts_with(text, "photo"):
        return None
    source = author = None
    # "… (Theo AFP, CNN)", "… (Tổng hợp từ Reuters)", "… (Khám phá)", "… (tổng hợp)"
    m = _BRACKETS_AT_END.search(text)
    while m:
        inner = _clean(m[1])
        inside = re.split(r"\stheo\s+(?:báo\s+)?", inner, maxsplit=1, flags=re.IGNORECASE)
        if len(inside) == 2 and _is_compiled(inside[0]):  # "tổng hợp theo báo Tuổi Trẻ, Thanh Niên"
            inner = _clean(inside[1])
        marker = _starts_with(inner, "source")
        if marker:
            inner = _clean(inner[len(marker):])
        if marker and _starts_with(inner, "source") == "Theo":  # "(Tổng hợp) Theo …" nested
            inner = _clean(inner[len("Theo"):])
        if source is None and _is_source(inner):
            source = inner  # "(Dân trí)", "(Theo AFP, CNN)", "(Tổng hợp từ Reuters)"
        # otherwise "(tổng hợp)", "(từ Paris)": the author compiled it, nothing more
        text = text[:m.start()].strip()
        m = _BRACKETS_AT_END.search(text)
    text = _clean(text)
    for stray in ("Tổng hợp", "tổng hợp"):  # "Lan Hương/VOV.VN Tổng hợp"
        if text.endswith(" " + stray):
            text = text[: -len(stray) - 1]
    marker = _starts_with(text, "source")
    while marker and _starts_with(_clean(text[len(marker):]), "source"):  # "Theo Theo X" typos
        text = _clean(text[len(marker):])
        marker = _starts_with(text, "source")
    if marker:  # "Theo Dân trí", "Nguồn: VNE", "Theo Hải Yến/VnExpress", "Theo Bảo Ngọc (Dân trí)"
        rest = _clean(text[len(marker):])
        name, slash, outlet = rest.rpartition("/")
        if slash and _is_source(outlet):
            source, author = _outlet_and_reporter(name, outlet, source)
        elif source is not None:  # the bracket named the outlet: the rest is its reporter
            author = _author(rest)
        elif _is_source(rest):
            source = rest
        else:
            return None
    elif text and re.search(r"\s(?:-\s+)?Theo\s", text):  # "Kim Oanh - Theo Thanhnien.vn"
        name, _, outlet = re.split(r"\s(?:-\s+)?(Theo)\s", text, maxsplit=1)
        outlet = _clean(outlet)
        if not _is_source(outlet):
            return None
        source, author = source or outlet, _author(_clean(name))
    elif text:
        name, dash, agency = text.rpartition(" - ")  # "Đức Minh - TTXVN"
        if dash and _starts_with(agency, "agency") and not _clean(agency[len(_starts_with(agency, "agency")):]):
            source, text = source or agency, _clean(name)
        name, slash, outlet = text.partition("/")  # "Lan Hương/VOV.VN", "Ngọc Mai/VOV-Trung tâm Tin"
        if slash:
            if not _is_source(outlet):
                return None
            source, author = _outlet_and_reporter(name, _clean(outlet), source)
        elif _author(text):
            author = _author(text)
        else:
            return None
    while source and _starts_with(source, "source"):  # "(Theo Tiền Phong)" after another marker
        source = _clean(source[len(_starts_with(source, "source")):]) or None
    if source is None and author is None:
        return None
    return Byline(source=source, author=author, credit=" ".join(tail.split()))


def _outlet_and_reporter(name: str, outlet: str, source: str | None) -> tuple[str | None, str | None]:
    """"Lan Hương/VOV.VN" → (VOV.VN, Lan Hương); "TTXVN/Tin Tức" → (TTXVN/Tin Tức, None): an
    agency before the slash is part of the source, not its reporter."""
    if _starts_with(name, "agency") and not _clean(name[len(_starts_with(name, "agency")):]):
        return source or f"{name}/{outlet}", None
    return source or outlet, _author(name)


def credit_tail(paragraph: str) -> str | None:
    """The credit that ends a paragraph, when one does: what follows its last sentence (short),
    or a last "Theo …" after it ("… của tác giả Theo Tiền Phong")."""
    text = paragraph.strip()
    ends = list(_SENTENCE_END.finditer(text))
    tail = text[ends[-1].end():] if ends else text
    if tail and len(_WORD.findall(tail)) <= MAX_CREDIT_WORDS and tail[:1] not in "-–":
        return tail
    m = re.search(rf"(?:^|\s)((?:Theo|Nguồn:)\s+[{_UPPER}0-9][^.!?:;,]{{0,60}})$", text)
    if m and len(_WORD.findall(m[1])) <= MAX_SOURCE_WORDS + 1:
        return m[1]
    return None


def _wire_opening(paragraph: str) -> str | None:
    """"Theo phóng viên TTXVN tại Viêng Chăn, …" → "TTXVN"."""
    marker = _starts_with(paragraph, "source")
    if marker != "Theo":
        return None
    rest = paragraph[len(marker):].lstrip()
    correspondent = _starts_with(rest, "correspondent")
    if not correspondent:
        return None
    m = re.match(rf"([{_UPPER}][\w+.\-/]*(?:\s[{_UPPER}][\w+.\-/]*){{0,3}})\s+(?:tại|ở)\s",
                 rest[len(correspondent):].lstrip())
    return m[1] if m else None


def read_byline(article: CleanArticle) -> Byline:
    """What the article's credit and its wire opening name (either may be None)."""
    prose = article.prose
    if not prose:
        return Byline()
    tail = credit_tail(prose[-1]) if len(prose) > 1 or len(_WORD.findall(prose[-1])) > MAX_CREDIT_WORDS else None
    found = read_credit(tail) if tail else None
    source = found.source if found else None
    if source is None:
        source = _wire_opening(prose[0])
    return Byline(source=source, author=found.author if found else None, credit=found.credit if found else None)


def with_byline(article: CleanArticle) -> CleanArticle:
    """The article with the source and author its credit names, where the page split left them empty."""
    if article.source and article.author:
        return article
    byline = read_byline(article)
    return replace(article, source=article.source or byline.source, author=article.author or byline.author)
