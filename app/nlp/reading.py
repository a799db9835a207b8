"""One shared reading of an article, computed once and used by every pipeline component.

The units (title, lead, paragraphs, captions) cleaned of photo credits, their sentences (one
splitter: app.nlp.sentences) and the name spans the scanner finds in them (persons with titles,
organisations, places — app.nlp.spans, one scan per unit). Components read these instead of
splitting or scanning again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.ingest.article import CleanArticle
from app.nlp.sentences import sentence_spans
from app.nlp.spans import Span, extractor
from app.nlp.text import normalize_vi

# A photo credit: "(Ảnh: Lâm Khánh/TTXVN)" whole, or "Ảnh: VGP/Quang Hiếu" as far as its
# capitalised or slashed words go. A caption is often glued into the paragraph after it, so the
# credit ends there and the story goes on.
_CREDIT = re.compile(
    r"\s*\(\s*(?:Ảnh|Nguồn|Photo)\s*:[^()]*\)"  # "(Ảnh: Ngự Bình/Vietnam+)"
    r"|\s*\b(?:Ảnh|Nguồn|Photo)\s*:(?:\s+[^\s/–-]+){1,3}?\s*[-–/]\s+[A-ZĐ][\w+]*"  # "Ảnh: Minh Đức - TTXVN"
    r"|\s*\b(?:Ảnh|Nguồn|Photo)\s*:(?:\s+[^\s/]+){0,3}?\s*\S*/\S+"  # "Ảnh: Lâm Khánh/TTXVN"
    r"|\s*\b(?:Ảnh|Nguồn|Photo)\s*:(?:\s+\S+){1,4}\s*$"  # "Ảnh: Quang Hiếu" at the end
    r"|\s*\b(?:Ảnh|Nguồn|Photo)\s*:\s*\S+",  # "Ảnh: VGP Hoan nghênh …": the agency only
    re.IGNORECASE,
)


def strip_credit(text: str) -> str:
    """Text without photo credits ("Ảnh: Lâm Khánh/TTXVN" names no entity of the story)."""
    return _CREDIT.sub("", text).rstrip()


@dataclass(frozen=True)
class Sentence:
    unit: str  # "t" for the title, "b0", "b1"… for the blocks
    zone: str  # "title" | "lead" | "paragraph" | "caption"
    start: int  # offsets in the unit's cleaned text
    end: int
    text: str


@dataclass
class Reading:
    article: CleanArticle
    units: list[tuple[str, str]]  # (unit id, cleaned text)
    zones: dict[str, str]
    spans: dict[str, list[Span]]  # unit id → the scanner's spans, left to right
    sentences: list[Sentence] = field(default_factory=list)

    def text_of(self, unit: str) -> str:
        return dict(self.units)[unit]

    def sentence_at(self, unit: str, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.unit == unit and s.start <= pos < s.end:
                return s
        return None

    def spans_in(self, sentence: Sentence) -> list[Span]:
        return [sp for sp in self.spans[sentence.unit] if sentence.start <= sp.start and sp.end <= sentence.end]


def read(article: CleanArticle) -> Reading:
    raw = [("t", "title", article.title)] + [(f"b{i}", b.kind, b.text) for i, b in enumerate(article.blocks)]
    units = [(uid, normalize_vi(strip_credit(text or ""))) for uid, _zone, text in raw]
    zones = {uid: zone for uid, zone, _text in raw}
    scanner = extractor()
    reading = Reading(article=article, units=units, zones=zones,
                      spans={uid: scanner.scan(text) for uid, text in units})
    for uid, text in units:
        reading.sentences += [Sentence(uid, zones[uid], s, e, text[s:e]) for s, e in sentence_spans(text)]
    return reading
