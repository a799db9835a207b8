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
# "Ảnh:", "Nguồn:", "Photo:" opening a credit; not "Chùm ảnh:" or "Bộ ảnh:", a gallery's headline.
_CREDIT_WORD = r"\s*(?<!Chùm )(?<!Bộ )\b(?:Ảnh|Nguồn|Photo)\s*:"
_CREDIT = re.compile(
    r"\s*\(\s*(?:Ảnh|Nguồn|Photo)\s*:[^()]*\)"  # "(Ảnh: Ngự Bình/Vietnam+)"
    # "Ảnh: VGP/Quang Hiếu Ảnh: VGP/Quang Hiếu *Cùng ngày": a photographer's name after the slash,
    # as far as the next credit, a bullet or the end. Not "Chùm ảnh: Thủ tướng …", a gallery's headline.
    rf"|{_CREDIT_WORD}(?:\s+[^\s/]+){{0,3}}?\s*\S*/\S+(?:\s+[^\W\d_]+){{1,3}}?"
    r"(?=\s*(?:$|[*•]|(?:Ảnh|Nguồn|Photo)\s*:))"
    # "Ảnh: Minh Đức - TTXVN"
    rf"|{_CREDIT_WORD}(?:\s+[^\s/–-]+){{1,3}}?\s*[-–/]\s+[A-ZĐ][\w+]*"
    rf"|{_CREDIT_WORD}(?:\s+[^\s/]+){{0,3}}?\s*\S*/\S+"  # "Ảnh: Lâm Khánh/TTXVN"
    rf"|{_CREDIT_WORD}(?:\s+\S+){{1,4}}\s*$"  # "Ảnh: Quang Hiếu" at the end
    rf"|{_CREDIT_WORD}\s*\S+",  # "Ảnh: VGP Hoan nghênh …": the agency only
    re.IGNORECASE,
)


def strip_credit(text: str) -> str:
    """Text without photo credits ("Ảnh: Lâm Khánh/TTXVN" names no entity of the story)."""
    return _without_credits(text)[0]


def _without_credits(text: str) -> tuple[str, list[int]]:
    """The text without photo credits, and the offsets in it where a credit stood before more text.
    A credit right after a word ends its caption there: a period is put in its place, so a name
    before it runs on into no next sentence ("… Esteban Lazo Hernández Ảnh: Đình Nam Tham dự Lễ
    đón …" is no "Hernández Nam Tham"; rule credit_ends_caption). After a date or a dash the text is
    left as it was: such a caption glued to its story's next sentence may be the only sentence naming
    both sides ("… Julie Bishop tại Sydney ngày 5/6 (Ảnh: Reuters) Phát biểu sau các cuộc hội đàm …")."""
    pieces, cuts, pos, length = [], [], 0, 0
    for m in _CREDIT.finditer(text):
        piece = text[pos : m.start()]
        if piece.rstrip()[-1:].isalpha() and text[m.end():].strip(" .,;:-–"):
            piece = piece.rstrip() + "."
        pieces.append(piece)
        length += len(piece)
        cuts.append(length)
        pos = m.end()
    pieces.append(text[pos:])
    cleaned = "".join(pieces).rstrip()
    return cleaned, [c for c in cuts if cleaned[c:].strip(" .,;:-–") != ""]


def _glued_caption_end(text: str, cuts: list[int], spans: list[tuple[int, int]]) -> int | None:
    """Where the photo caption glued before a paragraph ends, if one is: the paragraph's first
    sentence followed at once by a credit ("Thủ tướng A đón Thủ tướng B …, tháng 5/2016.
    (Ảnh: …). Nhân dịp …"). The caption describes the photo, often of an earlier event."""
    if len(spans) < 2 or not cuts:
        return None
    first_end = spans[0][1]
    for cut in cuts:  # the credit's closing "." may be left inside the sentence: "5/2016.."
        lo, hi = sorted((first_end, cut))
        if not text[lo:hi].strip(" .,;:"):
            return first_end
    return None


@dataclass(frozen=True)
class Sentence:
    unit: str  # "t" for the title, "b0", "b1"… for the blocks
    zone: str  # "title" | "lead" | "paragraph" | "caption"
    start: int  # offsets in the unit's cleaned text
    end: int
    text: str
    # A photo's caption glued before the paragraph's text (rule glued_caption). It stays in its
    # paragraph's zone, where it counts like before, but names no one the leader met: the photo
    # is often of an earlier visit.
    glued_caption: bool = False


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


def read(article: CleanArticle, disabled: frozenset[str] = frozenset()) -> Reading:
    raw = [("t", "title", article.title)] + [(f"b{i}", b.kind, b.text) for i, b in enumerate(article.blocks)]
    # A headline carries no photo credit: "Chùm ảnh: Thủ tướng …" is its own words.
    cleaned = {uid: _without_credits(normalize_vi(text or "")) if uid != "t" else (normalize_vi(text or ""), [])
               for uid, _zone, text in raw}
    units = [(uid, cleaned[uid][0]) for uid, _zone, _text in raw]
    zones = {uid: zone for uid, zone, _text in raw}
    scanner = extractor()
    reading = Reading(article=article, units=units, zones=zones,
                      spans={uid: scanner.scan(text) for uid, text in units})
    for uid, text in units:
        spans = sentence_spans(text)
        caption_end = None
        if zones[uid] in ("lead", "paragraph") and "glued_caption" not in disabled:
            caption_end = _glued_caption_end(text, cleaned[uid][1], spans)
        reading.sentences += [
            Sentence(uid, zones[uid], s, e, text[s:e], glued_caption=caption_end is not None and e <= caption_end)
            for s, e in spans]
    return reading
