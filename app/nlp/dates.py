"""Find the date of the *reported event* in a Vietnamese news article, and its year.

Vietnamese news rarely states the year of the event it reports ("Chiều 14/11 (giờ địa
phương), ..."), and an article is full of other dates: document dates ("Nghị quyết số
240/NQ-CP ngày 17/12/2024"), anniversaries ("(14/11/1994-14/11/2024)"), durations
("30 năm"), periods ("giai đoạn 2022-2025") and history ("vào năm 1969").

The approach is deliberately conservative and uses the standard library only:

1. Split the text into sentences and scan each one with a small set of date patterns.
   A day/month is only accepted after a cue word (ngày, sáng, chiều, ...), unless it
   carries a year or is a day range with a slash ("19-21/12"), so that "2-3 lần" or
   "1/3 dân số" never become dates.
2. Drop dates that are document dates, anniversary brackets, lunar dates, reference
   points ("tính đến ngày ...", "sinh ngày ...") or history (a history cue in the
   clause, or a stated year at least ``HISTORY_GAP_YEARS`` older than the text's latest).
3. The event date is the first remaining date of the lead; failing that, the earliest
   body date in a sentence with a visit/meeting verb; failing that, the title's.
4. The year is *stated* when the matched span carries it; otherwise it is *inferred*
   from the article's own text by a few narrow rules (see ``_infer_year``), and left
   unknown when they disagree or find nothing. A wrong year is worse than none.

Public API: :func:`find_event_date` and :class:`EventDate`.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import product

from app.nlp.frames import cue_pattern
from app.nlp.sentences import split_sentences

__all__ = ["DATE_RULES", "EventDate", "find_event_date"]

# The rules that choose the event's date, as EventDate.rule and explain name them.
DATE_RULES = ("event_sentence", "lead_date", "body_date", "title_date", "local_time", "visit_range",
              "visit_end_day", "other_day", "effective_date", "announcement_date", "date_elsewhere",
              "no_event_lead_date")

MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class EventDate:
    """The reported event's date, as far as the article's own text supports it."""

    start_day: int
    start_month: int
    end_day: int | None  # for ranges; None for a single day
    end_month: int | None
    year: int | None  # year of the start (an end year may differ: 28/12–3/1)
    end_year: int | None
    year_basis: str | None  # "stated" | "inferred" | None
    evidence: str  # the sentence in which the event date was found
    year_evidence: str | None  # the sentence that gave the year when not in the span
    span: str  # the matched text, e.g. "từ ngày 19 đến 30/10"
    rule: str = "lead_date"  # the rule that chose this date among the article's (DATE_RULES)

    @property
    def start(self) -> date | None:
        """First day of the event; None when the year is unknown."""
        if self.year is None:
            return None
        return date(self.year, self.start_month, self.start_day)

    @property
    def end(self) -> date | None:
        """Last day of the event (the start for a single day); None without a year."""
        if self.end_day is None or self.end_month is None:
            return self.start
        if self.end_year is None:
            return None
        return date(self.end_year, self.end_month, self.end_day)

    @property
    def day_month(self) -> str:
        """Display form: "14/11" for a single day, "19/10–30/10" for a range."""
        text = f"{self.start_day}/{self.start_month}"
        if self.end_day is not None:
            text += f"–{self.end_day}/{self.end_month}"
        return text


# --------------------------------------------------------------------------- patterns

# Words that introduce a calendar date in news prose. Only these make a bare "14/11" or
# "2-3" a date; without them "2-3 lần" (2-3 times) and "1/3 dân số" (a third) would be.
_STRONG_CUE = (
    r"(?:rạng\s+sáng|sáng\s+sớm|sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm(?:\s+nay|\s+qua)?)"
    r"(?:\s+(?:nay|qua))?(?:\s+(?:ngày|hôm))?\s*\(?"  # "Sáng nay 5/6", "Chiều nay (5/6)", "Chiều qua 28.6"
)
# Prepositions that also introduce dates, but only slash/"tháng" forms: "tới 2-3" is
# too often an amount ("tăng tới 2-3%"), and "đến"/"tới" need "ngày" as well ("bằng
# 1/2 đến 1/3", "có đến 10/11 vị trí" are fractions).
_WEAK_CUE = r"(?:(?:từ|vào)(?:\s+(?:ngày|hôm))?|(?:đến|tới)\s+(?:ngày|hôm))"

# A number glued to another number, slash, dot or letter is part of something else
# (a decree number "136/CĐ-TTg", a year "1994-14/11", a price "1.2/3").
_NO_LEFT = r"(?<![\w/.,\-])"
# After a date, the same must not continue ("14/11/20" of a longer token), and a unit
# word means an amount, not a date ("2-3 lần", "4-5 dự án", "1/3 số người").
_NO_RIGHT = (
    r"(?![\w/]|[-.]\d)"
    r"(?!\s*(?:%|lần|người|tuần|tháng|năm(?!\s+(?:nay|\d{4}))|giờ|tiếng|phút|km|kg|tấn"
    r"|triệu|tỷ|nghìn|ngàn|trăm|USD|đồng|điểm|bàn|dự\s+án|tuổi|số|sao|\(?\s*âm\s+lịch))"
)


def _num(i: int, sep: str = "[/-]", year: str = "?") -> str:
    """A numeric date "26/6", "2-3", "26/6/2023", "3-6-2018" with groups d{i} m{i} y{i}."""
    return (
        rf"(?P<d{i}>\d{{1,2}})(?P<s{i}>{sep})(?P<m{i}>\d{{1,2}})"
        rf"(?:(?P=s{i})(?P<y{i}>\d{{4}})){year}"
    )


def _txt(i: int, year: str = "?") -> str:
    """A spelled date "14 tháng 11" / "14 tháng 11 năm 2024" with groups d{i} m{i} y{i}."""
    return (
        rf"(?P<d{i}>\d{{1,2}})\s+tháng\s+(?P<m{i}>\d{{1,2}})"
        rf"(?:\s*(?:năm|,)\s*(?P<y{i}>\d{{4}})){year}"
    )


def _day(i: int) -> str:
    """A bare day "19" (of "từ ngày 19 đến 30/10"), group d{i}."""
    return rf"(?P<d{i}>\d{{1,2}})"


def _build_patterns() -> list[re.Pattern[str]]:
    """All date shapes, ranges first; overlaps are resolved later by leftmost-longest."""
    flags = re.IGNORECASE
    shapes: list[str] = []
    # "từ ngày 19 đến 30/10", "từ ngày 25-5 đến 3-6", "từ 28/12/2023 đến 3/1/2024".
    for start, end in product((_num(1), _txt(1), _day(1)), (_num(2, "[/.-]"), _txt(2))):
        shapes.append(
            rf"\b(?:từ|ngày)\s+(?:ngày\s+)?{start}\s*(?:đến|tới|-|–)\s*(?:hết\s+)?"
            rf"(?:ngày\s+)?{end}"
        )
    # "19-21/12", "từ ngày 12-13/11/2017": a day range needs the slash, never a hyphen
    # ("19-21-12" is not a news style), so it is safe without a cue word.
    shapes.append(rf"(?:\b(?:từ\s+)?(?:ngày\s+))?{_NO_LEFT}{_day(1)}\s*[-–]\s*{_num(2, '/')}")
    shapes.append(rf"\b(?:từ\s+)?ngày\s+{_day(1)}\s*[-–]\s*{_txt(2)}")
    # "từ ngày 26 - 28.6": a dotted day.month needs the cue "ngày" ("26 - 28.6 triệu" is money).
    shapes.append(rf"\b(?:từ\s+)?ngày\s+{_day(1)}\s*[-–]\s*{_num(2, '[.]')}")
    # "từ ngày 28.6 - 1.7": dotted at both ends, again only after "ngày".
    shapes.append(rf"\b(?:từ\s+)?ngày\s+{_num(1, '[.]')}\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?{_num(2, '[.]')}")
    # "trong hai ngày 5 và 6/7", "ngày 10 và 11/11": the cue "ngày" is required.
    for end in (_num(2), _txt(2)):
        shapes.append(rf"\b(?:hai\s+|các\s+)?ngày\s+{_day(1)}\s+và\s+(?:ngày\s+)?{end}")
    # Single days after a cue: "Chiều 14/11", "tối 2-3", "ngày 14 tháng 11 năm 2024".
    # A dotted "Sáng 5.6" only after a cue, like the slash and hyphen forms.
    for single in (_num(1, "[/.-]"), _txt(1)):
        shapes.append(rf"\b{_STRONG_CUE}\s*{single}")
    for single in (_num(1, "/"), _txt(1)):
        shapes.append(rf"\b{_WEAK_CUE}\s+{single}")
    # A full date needs no cue: "26/6/2023", "14 tháng 11 năm 2024".
    shapes.append(rf"{_NO_LEFT}{_num(1, year='')}")
    shapes.append(rf"{_NO_LEFT}{_txt(1, year='')}")
    return [re.compile(shape + _NO_RIGHT, flags) for shape in shapes]


_DATE_PATTERNS = _build_patterns()

# Time-of-day cues mark a reported happening, never history or a document date.
_TIME_OF_DAY_RE = re.compile(r"^\s*(?:rạng\s+sáng|sáng|trưa|chiều|tối|đêm|khuya)\b", re.I)

# Document references right before a date: "Công điện số 136/CĐ-TTg ngày 19/12/2024",
# "Chỉ thị số 40-CT/TW ngày ...", "Nghị quyết số 240/NQ-CP ngày ...". Checked on the
# clause before the date (after the last comma), so "Thực hiện Nghị quyết, sáng 4/11"
# is still an event. Lower case too: "tại công văn do ... ký ngày 25/1".
# "Thông báo" and "Kết luận" name a document only with their capital: "được thông báo sau cuộc hội
# đàm … hôm 7/7" is a verb, and the date is the meeting's.
_DOCUMENT_RE = re.compile(
    r"(?-i:\d+[/-][A-ZĐ])|\bsố\s+\d|\b(?:Nghị quyết|Nghị định|Quyết định|Công điện|Chỉ thị"
    r"|Thông tư|Công văn|(?-i:Kết luận)|(?-i:Thông báo)|Pháp lệnh|Tờ trình|Hiến chương|Luật)\b",
    re.IGNORECASE,
)

# A reference point, deadline or biography, not a happening: "tính đến ngày 1/1/2016",
# "mức cao nhất kể từ ngày 11/1", "tính từ thời điểm 1-12-2007", "trước ngày 10 tháng
# 02 năm 2017", "đến hết ngày 31/3", "sinh ngày 18/9/1991".
_REFERENCE_POINT_RE = re.compile(
    r"\b(?:(?:tính|kể)(?:\s+(?:từ|đến|tới))?(?:\s+thời\s+điểm)?|trước|chậm\s+nhất"
    r"|hạn\s+chót|hết|sinh|mất)\s*$",
    re.IGNORECASE,
)

# A stated year this much older than the latest year the article names is history
# ("Hội nghị Trung ương lần thứ 8 (từ ngày 10 đến 19-5-1941)" in a 2017 article).
HISTORY_GAP_YEARS = 10

# Historical context in the clause before a date: "thiết lập quan hệ ngoại giao ngày
# 14/11/1994", "Tuyên ngôn độc lập ngày 2/9/1945".
_HISTORY_RE = re.compile(
    r"thiết lập|thành lập|ra đời|giải phóng|chiến thắng|cách mạng|tuyên ngôn|lịch sử"
    r"|k[ỷỉ] niệm|năm xưa|cách đây|trước đây|hy sinh|qua đời|từ trần|ngày sinh|sinh ngày"
    r"|khởi nghĩa|thống nhất đất nước|ký kết hiệp định|lên ngôi|đăng quang|nhậm chức",
    re.IGNORECASE,
)

# An anniversary bracket "(14/11/1994-14/11/2024)": neither end is the event, but the
# later end tells the year being celebrated.
_ANNIVERSARY_RE = re.compile(
    r"(?P<d1>\d{1,2})/(?P<m1>\d{1,2})/(?P<y1>\d{4})\s*[-–]\s*"
    r"(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})"
)

# An anniversary count anywhere in the article ("kỷ niệm 65 năm", "tròn 30 năm") means
# a bare same-day date with a year ("lên ngôi vào ngày 6-2-1952") is probably the
# original event, not today's: only an anniversary bracket may then give the year.
_ANNIVERSARY_COUNT_RE = re.compile(
    r"\bk[ỷỉ]\s+niệm\s+(?:lần\s+thứ\s+)?\d+|\btròn\s+\d+\s+năm|\b\d+\s+năm\s+ngày|tưởng\s+niệm"
    r"|\bmột\s+năm\s+(?:sau|kể\s+từ)",
    re.IGNORECASE,
)

# "Từ tháng 4/2022", "kể từ tháng 4 năm 2022", not a period "từ tháng 4/2022 đến tháng
# 3/2023" (which says nothing about now) but "đến nay" is fine.
_SINCE_MONTH_RE = re.compile(
    r"\b(?:kể\s+)?từ\s+(?:đầu\s+|cuối\s+)?tháng\s+(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})"
    r"(?!\d|\s*[-–]|\s*(?:đến|tới)\s+(?!nay))",
    re.IGNORECASE,
)
# Any year-like number that is not one end of a period ("2022-2025", "2022 – 2025") nor a
# target ("đến năm 2030", "tầm nhìn 2045"). A "since" year is only trusted when the text
# mentions no such later year ("từ tháng 1/2016 ... năm 2017 tiếp tục" is a 2017 text).
_PLAIN_YEAR_RE = re.compile(
    r"(?<![\d.,])(?<![-–]\s)(?<![-–])(?<!đến năm )(?<!tới năm )(?<!tầm nhìn )"
    r"(?P<y>(?:19|20)\d{2})(?!\d|[.,]\d|\s*[-–]\s*\d{4})",
    re.IGNORECASE,
)

# "từ đầu năm 2022", "từ đầu năm nay (2022)".
_SINCE_YEAR_START_RE = re.compile(
    r"\b(?:kể\s+)?từ\s+đầu\s+năm\s+(?:nay\s*[(,]?\s*)?(?P<y>\d{4})(?!\d|\s*[-–])",
    re.IGNORECASE,
)
# "năm nay, 2023," / "năm nay (2023)".
# "nhân dịp … kỷ niệm 50 năm thiết lập quan hệ ngoại giao (1973-2023)": the occasion's year,
# when the bracket's span equals the count.
_OCCASION_RE = re.compile(
    r"\b(?:nhân\s+dịp|dịp|nhân)\b[^.;]{0,80}?\bk[ỷỉ]\s+niệm\s+(?P<n>\d{1,3})\s+năm\b[^.;()]{0,80}"
    r"\(\s*(?P<y0>\d{4})\s*[-–]\s*(?P<y1>\d{4})\s*\)",
    re.IGNORECASE,
)
# "Cũng thời điểm này năm ngoái, ngày 8/6/2016, …": the same day of another year.
_LAST_YEAR_RE = re.compile(r"năm\s+ngoái|năm\s+trước|cùng\s+kỳ|năm\s+qua", re.IGNORECASE)
_THIS_YEAR_RE = re.compile(r"\bnăm\s+nay\s*[(,]\s*(?:năm\s+)?(?P<y>\d{4})\b", re.IGNORECASE)
# Visit/meeting verbs: a body date counts as the event only in a sentence with one.
# Negative lookaheads drop the common non-verb compounds ("tiếp tục", "dự án").
_VERB_RE = re.compile(
    r"\b(?:thăm|hội\s+kiến|hội\s+đàm|tiếp(?!\s+(?:tục|theo|cận))|gặp|làm\s+việc"
    r"|dự(?!\s+(?:án|kiến|báo|thảo|toán|định|trữ|thầu|phòng))|đón|chào|ký"
    r"|phát\s+biểu|khai\s+mạc|đến|tới)\b",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------- scanning


@dataclass(frozen=True)
class _Found:
    """A validated date expression inside one sentence."""

    start_day: int
    start_month: int
    start_year: int | None
    end_day: int | None
    end_month: int | None
    end_year: int | None
    pos: int
    endpos: int
    span: str


@dataclass(frozen=True)
class _Sentence:
    text: str
    zone: str  # "title" | "lead" | "body"


def _sentences(title: str, paragraphs: Sequence[str]) -> list[_Sentence]:
    out = [_Sentence(s, "title") for s in split_sentences(title or "")]
    for index, paragraph in enumerate(paragraphs):
        zone = "lead" if index == 0 else "body"
        out.extend(_Sentence(s, zone) for s in split_sentences(paragraph or ""))
    return out


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _valid_day(day: int, month: int, year: int | None) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    last = calendar.monthrange(year if year is not None else 2000, month)[1]  # 2000: leap
    return day <= last


def _previous_month(month: int) -> int:
    return 12 if month == 1 else month - 1


def _from_match(match: re.Match[str]) -> _Found | None:
    """Turn a pattern match into a validated date (or range), or None if impossible."""
    groups = match.groupdict()
    d1, m1, y1 = _int(groups.get("d1")), _int(groups.get("m1")), _int(groups.get("y1"))
    d2, m2, y2 = _int(groups.get("d2")), _int(groups.get("m2")), _int(groups.get("y2"))
    if d1 is None:
        return None
    if d2 is not None and m2 is not None and m1 is None:
        # "từ ngày 19 đến 30/10": the start shares the end's month, or the month before
        # when its day is later ("28-3/1" would be 28/12-3/1).
        m1 = m2 if d1 < d2 else _previous_month(m2)
    if m1 is None or not _valid_day(d1, m1, y1):
        return None
    if d2 is not None and (m2 is None or not _valid_day(d2, m2, y2)):
        return None
    if d2 is not None and m2 is not None and (m1, d1) == (m2, d2):
        return None
    return _Found(d1, m1, y1, d2, m2, y2, match.start(), match.end(), match.group(0).strip())


def _scan(sentence: str) -> list[_Found]:
    """All date expressions in a sentence, non-overlapping, leftmost-longest first."""
    found = [
        item
        for pattern in _DATE_PATTERNS
        for match in pattern.finditer(sentence)
        if (item := _from_match(match)) is not None
    ]
    found.sort(key=lambda f: (f.pos, -(f.endpos - f.pos)))
    chosen: list[_Found] = []
    for item in found:
        if not chosen or item.pos >= chosen[-1].endpos:
            chosen.append(item)
    return chosen


def _clause_before(sentence: str, pos: int) -> str:
    """The text between the last comma/semicolon/colon and the date."""
    before = sentence[:pos]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    return before[cut + 1 :]


def _in_anniversary(sentence: str, found: _Found) -> bool:
    return any(
        m.start() <= found.pos < m.end() or found.pos <= m.start() < found.endpos
        for m in _ANNIVERSARY_RE.finditer(sentence)
    )


def _is_document_date(sentence: str, found: _Found) -> bool:
    return bool(_DOCUMENT_RE.search(_clause_before(sentence, found.pos)))


def _is_historical(sentence: str, found: _Found) -> bool:
    if _TIME_OF_DAY_RE.match(found.span):
        return False
    return bool(_HISTORY_RE.search(_clause_before(sentence, found.pos)))


def _is_reference_point(sentence: str, found: _Found) -> bool:
    return bool(_REFERENCE_POINT_RE.search(sentence[: found.pos]))


def _is_publication_date(sentence: str, found: _Found) -> bool:
    """The day a paper or agency reported, not the event: "New York Times đưa tin ngày 8-7",
    "Báo chí Nhật Bản sáng 5/6 đã đăng …", "bài viết đăng tải ngày 28-5" (cue PUBLISHED)."""
    # the date's own words too: "thông báo hôm 6/2" is the day an embassy announced a visit, and the
    # words just after it: "Ngày 25-5, tại buổi họp báo thường kỳ, …" (32 characters: that far)
    near = _clause_before(sentence, found.pos) + sentence[found.pos : found.endpos + 32]
    return bool(cue_pattern("PUBLISHED", ignore_case=True).search(near))


def _is_old_history(found: _Found, latest_year: int | None) -> bool:
    year = found.start_year or found.end_year
    if year is None or latest_year is None:
        return False
    return latest_year - year >= HISTORY_GAP_YEARS


def _is_other_days_date(sentence: str, found: _Found) -> bool:
    """The date is told relative to the event, so it is another day's: "Hôm 6-7, một ngày trước
    khi gặp ông Putin, …" (cue OTHER_DAY right after the date; rule other_day)."""
    return bool(cue_pattern("OTHER_DAY", ignore_case=True).search(sentence[found.endpos : found.endpos + 30]))


def _is_effective_date(sentence: str, found: _Found) -> bool:
    """The day a measure takes effect, not the day it was agreed: "Thỏa thuận ngừng bắn …, có hiệu
    lực từ trưa ngày 9/7, được thông báo sau cuộc hội đàm … hôm 7/7" (cue TAKES_EFFECT just before
    the date; rule effective_date)."""
    before = sentence[max(0, found.pos - 40) : found.pos]
    cues = list(cue_pattern("TAKES_EFFECT", ignore_case=True).finditer(before))
    return bool(cues) and len(before[cues[-1].end() :].split()) <= 3  # "từ trưa ngày 9/7"


# How far from its date an announcement's verb may stand: "Ngày 13/6, Nhà Trắng ra tuyên bố",
# "Điện Kremlin hôm 29/6 thông báo", "Phát biểu tại buổi họp báo ngày 8/2".
_ANNOUNCED_AFTER, _ANNOUNCED_BEFORE = 40, 25


def _is_announcement_date(sentence: str, found: _Found) -> bool:
    """The day a plan was made known, not the day of the event it plans: "Ngày 13/6, Nhà Trắng ra
    tuyên bố cho biết Tổng thống Mỹ … sẽ gặp người đồng cấp … từ ngày 29-30/6 tới" (rule
    announcement_date; cues ANNOUNCES, WILL). The event must be told only after the "sẽ": in
    "Tại cuộc hội đàm ngày 5/6, hai bên cho biết sẽ …" the talks come first and the date is theirs."""
    announces = cue_pattern("ANNOUNCES", ignore_case=True)
    after = announces.search(sentence, found.endpos, found.endpos + _ANNOUNCED_AFTER)
    # "… họp báo ngày 8/2": the cue right before the date, only "ngày"/"hôm"/a time of day between
    before = [m for m in announces.finditer(sentence, max(0, found.pos - _ANNOUNCED_BEFORE), found.pos)
              if re.fullmatch(r"[^\W\d]*(?:\s+[^\W\d]+){0,2}\s*", sentence[m.end() : found.pos])]
    if after is None and not before:
        return False
    cue_end = after.end() if after else found.endpos
    will = cue_pattern("WILL", ignore_case=True).search(sentence, cue_end)
    if will is None:
        return False
    told_first = sentence[: will.start()]
    return not any(cue_pattern(name, ignore_case=True).search(told_first)
                   for name in ("MEET", "VISIT", "RECEIVE", "SUMMIT"))


def _is_visit_end_day(sentence: str, found: _Found) -> bool:
    """A single day in a sentence where the guest leaves or comes home ("Chiều 1/7, Chủ tịch nước
    rời Saint Petersburg, kết thúc chuyến thăm", "Sáng 2/6, Thủ tướng đã về đến Nội Bài"): the
    visit's last day, not its first (cue VISIT_END; rule visit_end_day). A range in the same
    sentence ("kết thúc chuyến thăm … từ ngày 28/6-1/7") is still the visit's."""
    if found.end_day is not None:
        return False
    # "… ngay sau khi kết thúc chuyến thăm Australia": the end of another leg is a reference
    # point, the sentence reports what came next (cue TIME_RELATION just before).
    relation = cue_pattern("TIME_RELATION", ignore_case=True)
    return any(not relation.search(sentence[max(0, m.start() - 16) : m.start() + 1])
               for m in cue_pattern("VISIT_END", ignore_case=True).finditer(sentence))


def _event_candidates(sentence: str, latest_year: int | None,
                      off: frozenset[str] = frozenset()) -> Iterator[_Found]:
    """Dates in a sentence that could be the reported event."""
    for found in _scan(sentence):
        if _is_old_history(found, latest_year):
            continue
        if _in_anniversary(sentence, found) or _is_document_date(sentence, found):
            continue
        if _is_reference_point(sentence, found) or _is_publication_date(sentence, found):
            continue
        if _is_historical(sentence, found):
            continue
        if "other_day" not in off and _is_other_days_date(sentence, found):
            continue
        if "visit_end_day" not in off and _is_visit_end_day(sentence, found):
            continue
        if "effective_date" not in off and _is_effective_date(sentence, found):
            continue
        if "announcement_date" not in off and _is_announcement_date(sentence, found):
            continue
        yield found


def states_a_day(sentence: str) -> bool:
    """The sentence dates a happening of its own: a day and month that is no anniversary, document,
    publication or history date ("Tại Berlin, sau cuộc hội đàm … hôm 11/5, …")."""
    return next(_event_candidates(sentence, None), None) is not None


def _pick_event(sentences: Sequence[_Sentence], reports: Sequence[str] = (),
                off: frozenset[str] = frozenset(),
                elsewhere: Callable[[str], bool] | None = None,
                body: bool = True) -> tuple[_Found, _Sentence, str] | None:
    """The date of the first sentence that reports the event and has one (rule event_sentence);
    else the lead's first date (lead_date), then the earliest verb-bearing body date (body_date),
    then the title's (title_date) — never one of a sentence ``elsewhere`` says is about another
    place ("… lên kế hoạch tới Washington vào ngày 15/2" in news of a London visit; rule
    date_elsewhere). Without ``body``, the body's dates are not read at all.
    """
    latest_year = _latest_plain_year(sentences)
    for report in reports:
        for sentence in sentences:
            if sentence.text in report or report in sentence.text:
                for found in _event_candidates(sentence.text, latest_year, off):
                    return found, sentence, "event_sentence"
    for zone, needs_verb in (("lead", False), ("body", True), ("title", True)):
        if zone == "body" and not body:
            continue
        for sentence in sentences:
            if sentence.zone != zone:
                continue
            if needs_verb and not _VERB_RE.search(sentence.text):
                continue
            if elsewhere is not None and "date_elsewhere" not in off and elsewhere(sentence.text):
                continue
            for found in _event_candidates(sentence.text, latest_year, off):
                return found, sentence, f"{zone}_date"
    return None


# "Chiều 30/5 (theo giờ địa phương), tức sáng sớm 31/5 giờ Hà Nội": the second date is the first
# told in Vietnam's clock. The characters allowed between the two dates:
_LOCAL_TO_HOME_GAP = 60


def _local_day(event: _Found, sentences: Sequence[_Sentence]) -> tuple[_Found, _Sentence] | None:
    """Rule local_time: the event's date is a conversion to Vietnam's clock of a local date the
    article writes ("… ngày 30/5 (theo giờ địa phương), tức sáng sớm 31/5, giờ Hà Nội"); the
    local date is the event's (cue LOCAL_TIME between them, then TOLD_AS)."""
    local, told_as = cue_pattern("LOCAL_TIME", ignore_case=True), cue_pattern("TOLD_AS", ignore_case=True)
    for sentence in sentences:
        dates = _scan(sentence.text)
        for first, second in zip(dates, dates[1:], strict=False):
            if (second.start_day, second.start_month) != (event.start_day, event.start_month):
                continue
            if (first.start_day, first.start_month) == (second.start_day, second.start_month):
                continue
            gap = sentence.text[first.endpos : second.pos]
            if len(gap) <= _LOCAL_TO_HOME_GAP and (m := local.search(gap)) and told_as.search(gap[m.end() - 1 :]):
                return first, sentence
    return None


# How far before a range the visit it dates may be named ("thăm Mỹ từ ngày 29 đến 31/5",
# "trong khuôn khổ chuyến thăm chính thức Liên bang Nga từ ngày 28/6-1/7").
_VISIT_BEFORE_RANGE = 60


def _visit_range(event: _Found, sentences: Sequence[_Sentence],
                 latest_year: int | None) -> tuple[_Found, _Sentence] | None:
    """Rule visit_range: a day of the visit (its talks, its departure) inside the range the article
    gives for the visit itself ("sẽ thăm Mỹ từ ngày 29 đến 31/5"): the visit starts on the
    range's first day, as a protocol record dates it (cue VISIT within the characters before)."""
    visit = cue_pattern("VISIT", ignore_case=True)
    for sentence in sentences:
        for found in _event_candidates(sentence.text, latest_year):
            if found.end_day is None or found is event or found.span == event.span:
                continue
            before = sentence.text[max(0, found.pos - _VISIT_BEFORE_RANGE) : found.pos]
            if visit.search(before) and _within(found, event.start_day, event.start_month):
                return found, sentence
    return None


# --------------------------------------------------------------------------- the year


def _same_day_years(event: _Found, sentences: Sequence[_Sentence]) -> list[tuple[int, str]]:
    """Rule (a): the event's day/month (or a day inside its range) written elsewhere with a year,
    or the event's day inside a dated range ("Sáng 29-5 …, thăm từ ngày 29 đến ngày 31-5-2017").

    In an anniversary bracket only the later end counts (the anniversary celebrated
    now); document dates never count, nor bare mentions in a sentence with a history
    cue or in an article that counts anniversary years.
    """
    key = (event.start_day, event.start_month)
    counts_years = any(_ANNIVERSARY_COUNT_RE.search(s.text) for s in sentences)
    hits: list[tuple[int, str]] = []
    for sentence in sentences:
        text = sentence.text
        for m in _ANNIVERSARY_RE.finditer(text):
            if (int(m["d2"]), int(m["m2"])) == key:
                hits.append((int(m["y2"]), text))
        if counts_years or _HISTORY_RE.search(text) or _LAST_YEAR_RE.search(text):
            continue
        for found in _scan(text):
            # "từ ngày 29 đến ngày 31-5-2017": the range's year is written on its end only.
            year = _stated_years(found)[0]
            if year is None or not (_within(event, found.start_day, found.start_month)
                                    or _within(found, event.start_day, event.start_month)):
                continue
            if _in_anniversary(text, found) or _is_document_date(text, found):
                continue
            hits.append((year, text))
    if not hits:
        return []
    return [max(hits, key=lambda hit: hit[0])]  # the latest: the anniversary of now


def _within(event: _Found, day: int, month: int) -> bool:
    """The event's first day, or a day inside its range ("từ 13 đến 16/1" and "sáng 14/1/2025")."""
    if (day, month) == (event.start_day, event.start_month):
        return True
    if event.end_day is None or event.end_month is None or _crosses_new_year(event):
        return False
    return (event.start_month, event.start_day) <= (month, day) <= (event.end_month, event.end_day)


def _latest_plain_year(sentences: Sequence[_Sentence]) -> int | None:
    years = [int(m["y"]) for s in sentences for m in _PLAIN_YEAR_RE.finditer(s.text)]
    return max(years, default=None)


def _since_years(event: _Found, sentences: Sequence[_Sentence]) -> list[tuple[int, str]]:
    """Rule (b): "Từ tháng 4/2022, ... đã ký" before an event in a later month.

    Vetoed when the text names a later year: the "since" was then more than a year ago.
    """
    hits = _since_hits(event, sentences)
    latest = _latest_plain_year(sentences)
    if latest is not None and any(year < latest for year, _ in hits):
        return []
    return hits


def _since_hits(event: _Found, sentences: Sequence[_Sentence]) -> list[tuple[int, str]]:
    hits: list[tuple[int, str]] = []
    for sentence in sentences:
        for m in _SINCE_MONTH_RE.finditer(sentence.text):
            # "Từ tháng 4/2022" alone may be years ago ("kể từ tháng 1/2011", "bị hôn mê từ tháng
            # 3/2016"): it counts only when another sentence names the same year as current.
            if int(m["m"]) < event.start_month and _named_elsewhere(int(m["y"]), sentence, sentences):
                hits.append((int(m["y"]), sentence.text))
        if event.start_month > 1:
            for m in _SINCE_YEAR_START_RE.finditer(sentence.text):
                # "từ đầu năm 2017 đến nay" is this year; "căng thẳng từ đầu năm 2014" may be long ago
                until_now = re.search(r"\b(?:đến|tới)\s+nay\b", sentence.text[m.end() :])
                if until_now or _named_elsewhere(int(m["y"]), sentence, sentences):
                    hits.append((int(m["y"]), sentence.text))
    return hits


def _named_elsewhere(year: int, since: _Sentence, sentences: Sequence[_Sentence]) -> bool:
    """Another sentence names the year as the current one: a year with a name ("Năm hữu nghị
    Việt Nam – Lào 2022") or the start of a running period ("giai đoạn 2022-2025"). A bare
    "năm 2016" is not enough: it is as often the past ("bị bắt giữ năm 2016")."""
    named = re.compile(rf"\bNăm\s+[^.;()]{{0,60}}?\b{year}\b(?!\s*[-–]\s*\d)")
    period = re.compile(rf"\b(?:giai\s+đoạn|nhiệm\s+kỳ|kế\s+hoạch)\s+{year}\s*[-–]\s*(?:19|20)\d{{2}}(?!\d)",
                        re.IGNORECASE)
    return any(
        sentence is not since and not _HISTORY_RE.search(sentence.text)
        and (named.search(sentence.text) or period.search(sentence.text))
        for sentence in sentences
    )


def _this_year_years(sentences: Sequence[_Sentence]) -> list[tuple[int, str]]:
    """Rule (c): "năm nay, 2023," states the current year outright."""
    return [(int(m["y"]), s.text) for s in sentences for m in _THIS_YEAR_RE.finditer(s.text)]


def _occasion_years(event_sentence: _Sentence) -> list[tuple[int, str]]:
    """Rule (d): the event's own sentence names the anniversary it is held for, with both years."""
    text = event_sentence.text
    return [
        (int(m["y1"]), text)
        for m in _OCCASION_RE.finditer(text)
        if int(m["y1"]) - int(m["y0"]) == int(m["n"])
    ]


def _infer_year(event: _Found, sentences: Sequence[_Sentence],
                event_sentence: _Sentence | None = None) -> tuple[int, str] | None:
    """A year every rule agrees on, with the sentence of its first witness; else None.

    (a) the event's day/month written elsewhere with a year, (b) "Từ tháng 4/2022" before
    a later event month, (c) "năm nay, 2023", (d) "nhân dịp kỷ niệm 50 năm … (1973-2023)" in
    the event's own sentence. A month of a year alone ("tháng 2/2016")
    is not enough: in the corpus it was as often last year's month as this year's.
    """
    hits = _same_day_years(event, sentences) + _since_years(event, sentences) + _this_year_years(sentences)
    if event_sentence is not None:
        hits += _occasion_years(event_sentence)
    years = {year for year, _ in hits}
    if len(years) != 1:
        return None
    return hits[0]


def _crosses_new_year(event: _Found) -> bool:
    return event.end_month is not None and (event.end_month, event.end_day or 0) < (
        event.start_month,
        event.start_day,
    )


def _stated_years(event: _Found) -> tuple[int | None, int | None]:
    """Start and end years written in the span itself, completing one from the other."""
    start, end = event.start_year, event.end_year
    if event.end_day is None:
        return start, None
    wrap = 1 if _crosses_new_year(event) else 0
    if start is None and end is not None:
        start = end - wrap
    elif end is None and start is not None:
        end = start + wrap
    return start, end


def _build(event: _Found, sentence: _Sentence, sentences: Sequence[_Sentence], rule: str) -> EventDate:
    start_year, end_year = _stated_years(event)
    basis: str | None = "stated" if start_year is not None else None
    year_evidence: str | None = None
    if start_year is None and (inferred := _infer_year(event, sentences, sentence)) is not None:
        start_year, year_evidence = inferred
        basis = "inferred"
        if event.end_day is not None:
            end_year = start_year + (1 if _crosses_new_year(event) else 0)
    if start_year is not None and not _valid_day(event.start_day, event.start_month, start_year):
        start_year = end_year = basis = year_evidence = None  # 29/2 of a common year
    return EventDate(
        start_day=event.start_day,
        start_month=event.start_month,
        end_day=event.end_day,
        end_month=event.end_month,
        year=start_year,
        end_year=end_year,
        year_basis=basis,
        evidence=sentence.text,
        year_evidence=year_evidence,
        span=event.span,
        rule=rule,
    )


def find_event_date(title: str, paragraphs: Sequence[str], reports: Sequence[str] = (),
                    off: frozenset[str] = frozenset(),
                    elsewhere: Callable[[str], bool] | None = None, body: bool = True) -> EventDate | None:
    """The reported event's date in an article, or None when its text has none.

    ``paragraphs`` are the lead then the body paragraphs, already cleaned of page debris;
    ``reports`` the sentences that report the event (app.nlp.events): the first with a date wins;
    ``off`` names rules to leave out (DATE_RULES), for ablation; ``elsewhere`` tells the sentences
    about another place than the event's, which never date it unless they report it; without
    ``body`` only the lead and the title may date the article.
    """
    sentences = _sentences(title, paragraphs)
    picked = _pick_event(sentences, reports, off, elsewhere, body)
    if picked is None:
        return None
    event, sentence, rule = picked
    if "local_time" not in off and (local := _local_day(event, sentences)) is not None:
        (event, sentence), rule = local, "local_time"
    if event.end_day is None and "visit_range" not in off and (
            ranged := _visit_range(event, sentences, _latest_plain_year(sentences))) is not None:
        (event, sentence), rule = ranged, "visit_range"
    return _build(event, sentence, sentences, rule)
