"""Event frames: named patterns over a sentence's skeleton, with roles (resources/rules/frames.tsv).

A sentence's skeleton is its text with every name the scanner found replaced by a slot: ⟨P3⟩ a
person, ⟨L1⟩ a place, ⟨O2⟩ an organisation (the number indexes the sentence's slots). A frame
such as ``(?P<host>{P}){G}\\b(?:{RECEIVE})\\b\\s*{G}(?P<guest>{P})`` then reads "X tiếp Y" as X
receiving Y whatever the names are, and its groups say who plays which role.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.nlp.gazetteer import load_gazetteer
from app.nlp.rules import table
from app.nlp.spans import Span

SLOT = re.compile(r"⟨([PLOT])(\d+)⟩")
# {P} a named person, {T} an office named without a person, {PT} either, {L} a place, {O} an org.
_SLOTS = {"P": r"⟨P\d+⟩", "T": r"⟨T\d+⟩", "PT": r"⟨[PT]\d+⟩", "L": r"⟨L\d+⟩", "O": r"⟨O\d+⟩"}
_TYPE_CODE = {"person": "P", "location": "L", "organization": "O", "office": "T"}


@dataclass(frozen=True)
class Frame:
    rule: str
    kind: str  # "call" | "multilateral" | "visit"
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Skeleton:
    text: str
    slots: tuple[Span, ...]  # slot i is slots[i]

    def slot(self, token: str | None) -> Span | None:
        m = SLOT.fullmatch(token or "")
        return self.slots[int(m.group(2))] if m else None

    def token(self, span: Span) -> str:
        """The slot's token in the text ("⟨P3⟩" for the fourth name, a person)."""
        return f"⟨{_TYPE_CODE[span.type]}{self.slots.index(span)}⟩"


@dataclass(frozen=True)
class FrameMatch:
    frame: Frame
    roles: dict[str, Span | str]  # role → the slot's span (or the raw text of a text group)
    text: str  # the skeleton text the frame matched


def skeleton(text: str, start: int, end: int, spans: list[Span]) -> Skeleton:
    """The sentence text[start:end] with its spans (offsets in ``text``) replaced by slots."""
    out, pos, slots = [], start, []
    for sp in spans:
        out.append(text[pos : sp.start])
        out.append(f"⟨{_TYPE_CODE[sp.type]}{len(slots)}⟩")
        slots.append(sp)
        pos = sp.end
    out.append(text[pos:end])
    return Skeleton("".join(out), tuple(slots))


@lru_cache(maxsize=1)
def _cues() -> dict[str, str]:
    cues = {}
    for name, phrases in table("cues.tsv"):
        words = sorted({p.strip() for p in phrases.split("|") if p.strip()}, key=lambda w: (-len(w), w))
        cues[name] = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return cues


@lru_cache(maxsize=1)
def _macros() -> dict[str, str]:
    cues = _cues()
    # A gap crosses places and organisations but no person, no sentence end and no reported
    # speech ("Đại sứ A cho biết cộng đồng … làm việc tại Qatar" is no visit). The check is made
    # at every character of the gap (the group), not only at its first.
    # A dot between digits is a dotted date or a number ("ngày 13.7", "1.200 người"), not a
    # sentence's end: a gap crosses it.
    dot = r"(?<=\d)\.(?=\d)"
    step = rf"(?!\b(?:{cues['BREAK']})\b)(?:[^⟨⟩.;!?]|{dot}|⟨[LOT]\d+⟩)"
    return {**_SLOTS, **cues,
            "G": rf"(?:{step}){{0,90}}?",
            "g": rf"(?:[^⟨⟩.;!?]|{dot}|⟨O\d+⟩){{0,60}}?",
            # a short gap within one clause: no comma, no reported speech ("HLV A cho rằng, …")
            "gc": rf"(?:(?!\b(?:{cues['BREAK']})\b)(?:[^⟨⟩.;!?,]|{dot}|⟨O\d+⟩)){{0,60}}?",
            # the same, across what someone said: the speaker of "A nhấn mạnh … trong cuộc hội
            # kiến B" is at the meeting
            "gs": rf"(?:[^⟨⟩.;!?,]|{dot}|⟨O\d+⟩){{0,60}}?",
            "pre": rf"(?:(?:{cues['PRE']})\s+){{0,3}}",
            # a bare "đến/tới/sang" after these words arrives nowhere ("tuần tới", "nhắm đến Trung
            # Quốc", "liên quan đến Mỹ"): one fixed-width lookbehind per word
            "not_arriving": "".join(f"(?<!{w} )" for w in cues["NOT_ARRIVING"].split("|")),
            # a receiving word that is one ("tiếp", "đón"), not part of another: "trực tiếp", "kế
            # tiếp", "tiếp tục", "tiếp nhận" (shared by the frames receive and received_by)
            "receiving": "".join(f"(?<!{w} )" for w in cues["NOT_RECEIVING_BEFORE"].split("|"))
                         + rf"\b(?:{cues['RECEIVE']})\b(?!\s+(?:{cues['NOT_RECEIVING_AFTER']}))"}


def expand(pattern: str) -> re.Pattern[str]:
    """A frame pattern with its {MACROS} and {CUES} written out."""
    macros = _macros()

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in macros:
            raise ValueError(f"unknown macro {{{m.group(1)}}} in rule pattern {pattern!r}")
        return macros[m.group(1)]

    return re.compile(re.sub(r"\{(\w+)\}", sub, pattern))


@lru_cache(maxsize=1)
def frames() -> tuple[Frame, ...]:
    return tuple(Frame(rule, kind, expand(pattern)) for rule, kind, pattern in table("frames.tsv"))


@lru_cache(maxsize=1)
def place_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((rule, expand(pattern)) for rule, pattern in table("places.tsv"))


def match_frames(sk: Skeleton, disabled: frozenset[str] = frozenset()) -> list[FrameMatch]:
    """Every frame that matches the skeleton, in rule order (the first match of each)."""
    found = []
    for frame in frames():
        if frame.rule in disabled:
            continue
        m = frame.pattern.search(sk.text)
        if m is None:
            continue
        roles: dict[str, Span | str] = {}
        for role, token in m.groupdict().items():
            if token is None:
                continue
            roles[role] = sk.slot(token) or token
        found.append(FrameMatch(frame, roles, m.group(0)))
    return found


@lru_cache(maxsize=8)
def cue_pattern(name: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    """A cue of cues.tsv as a regex of whole words (a cue may start or end with a capital letter)."""
    return re.compile(rf"(?:^|\W)(?:{_cues()[name]})(?:$|\W)", re.IGNORECASE if ignore_case else 0)


def _said_around(fm: FrameMatch, sk: Skeleton, cue: str, before: int, after: int = 0) -> bool:
    """The cue in the frame's words, in the ``before`` characters ahead of them or the ``after``
    characters behind them."""
    start = sk.text.find(fm.text)
    end = start + len(fm.text)
    ahead = sk.text[max(0, start - before) : start]
    ahead = ahead[ahead.rfind("”") + 1 :]  # a quote closed before the frame is someone else's words
    return bool(cue_pattern(cue, ignore_case=True).search(ahead + fm.text + sk.text[end : end + after]))


def reports_no_event(fm: FrameMatch, sk: Skeleton) -> bool:
    """The frame's words say the event did not happen now: postponed, cancelled, past, recalled
    ("hoãn chuyến thăm", "từng thăm", "các chuyến thăm … gần đây"): rule not_event. Or the words
    right after them place it in the past ("chuyến công tác tại Mỹ của Thủ tướng ⟨P⟩ vừa qua")."""
    return _said_around(fm, sk, "NOT_EVENT", 60) or _said_around(fm, sk, "PAST_AFTER", 0, 15)


def returned_from(fm: FrameMatch, sk: Skeleton) -> bool:
    """The frame's place is one the guest has come back from ("ngay sau khi Thủ tướng trở về từ
    chuyến thăm chính thức Hoa Kỳ"): a trip that is over, the time of another event (rule returned_from)."""
    place = fm.roles.get("place")
    if not isinstance(place, Span):
        return False
    return _returned_from(sk.text, sk.text.find(sk.token(place)))


def only_planned(fm: FrameMatch, sk: Skeleton) -> bool:
    """The meeting is announced, not reported ("sẽ hội đàm với", "dự kiến gặp"): rule planned.
    Whom a leader will meet is no counterpart yet. A frame naming its subject last says so right
    after it ("Trong cuộc hội đàm … với ⟨B⟩ trong tuần này, ⟨A⟩ sẽ đề nghị …")."""
    return _said_around(fm, sk, "FUTURE", 30, _SUBJECT_LAST.get(fm.frame.rule, 0))


# Frames whose subject closes them, and how far past it their verb's tense is read.
_SUBJECT_LAST = {"in_meeting_with": 12}


# A day and month written in figures ("7-8/7", "ngày 5"): an announced event is dated.
_DAY_MONTH = re.compile(r"\b\d{1,2}\s*[-/.]\s*\d{1,2}\b|\bngày\s+\d{1,2}\b")


def planned_summit(fm: FrameMatch, sk: Skeleton) -> bool:
    """"… trước khi hội nghị thượng đỉnh G7 sẽ được tổ chức tại Taormina vào cuối tháng 5": a
    summit no one is said to attend, yet to come and with no day, is a date in a story about
    something else (rule planned_summit); "Hội nghị G20 sẽ được tổ chức tại Hamburg từ 7-8/7" is
    announced."""
    return fm.frame.rule.startswith("summit_held") and only_planned(fm, sk) and not _DAY_MONTH.search(sk.text)


def protested_summit(fm: FrameMatch, sk: Skeleton) -> bool:
    """"111 cảnh sát bị thương trong cuộc biểu tình phản đối Hội nghị thượng đỉnh G20 diễn ra tại
    Hamburg": a summit named as what protesters oppose, no one said to attend it (rule
    protested_summit; cue PROTEST in the 40 characters before the frame's words)."""
    return fm.frame.rule.startswith("summit_held") and _said_around(fm, sk, "PROTEST", 40)


def conjectured(fm: FrameMatch, sk: Skeleton) -> bool:
    """Someone supposes the meeting ("Forbes nhận định khi A gặp B, hai bên có thể sẽ …"): rule
    conjecture. A meeting a commentator imagines names no counterpart."""
    return _said_around(fm, sk, "CONJECTURE", 30, after=40)


def conjectured_event(fm: FrameMatch, sk: Skeleton) -> bool:
    """The frame's own words say the visit may happen ("Tổng thống … có thể thăm chính thức Việt Nam
    vào tháng 11"): a possibility is not a visit the article reports (rule conjectured_event)."""
    if _said_around(fm, sk, "CONJECTURE", 15):
        return True
    # "…, nhiều khả năng Quốc vương Saudi Arabia ⟨P⟩ sẽ đến thăm ⟨L⟩": the guest's title stands
    # between the cue and the frame; the cue still governs its clause (back to the last comma).
    start = sk.text.find(fm.text)
    clause = sk.text[max(0, start - 60) : start]
    clause = clause[max(clause.rfind(","), clause.rfind(";")) + 1 :]
    return bool(cue_pattern("CONJECTURE", ignore_case=True).search(clause)) and "⟨P" not in clause


def visit_as_framing(fm: FrameMatch, sk: Skeleton, title: str, disabled: frozenset[str] = frozenset()) -> bool:
    """The visit only frames what the sentence reports: "Trong khuôn khổ chuyến thăm Đức của Thủ
    tướng …, Vietjet vừa ký kết …" — the frame lies in the opening phrase (cue FRAMING), the clause
    after it names no person, and the headline names no visit nor leader (rule visit_as_framing).
    The signing, not the visit, is the news. So too when the framing phrase comes later, after a
    clause naming no one: "Kế hoạch … được công bố nhân chuyến thăm Mỹ của Chủ tịch …"."""
    if cue_pattern("VISIT_TITLE").search(title):
        return False
    start = sk.text.find(fm.text)
    framing = _cues()["FRAMING"]
    cue_at = start if re.match(rf"(?:{framing})\b", fm.text, re.IGNORECASE) else next(
        (m.start() for m in re.finditer(rf"\b(?:{framing})\s+$", sk.text[:start], re.IGNORECASE)), None)
    clause = sk.text[:cue_at].rstrip() if cue_at is not None else ""
    if clause and not clause.endswith(",") and not re.search(r"⟨[PT]\d+⟩", clause + sk.text[start + len(fm.text):]):
        # the framing phrase closes a clause of its own that names no one
        return not states_as_parties(clause, sk, disabled)
    opening = re.match(rf"\s*(?:{framing})\b[^,]*,", sk.text)
    if not opening:
        return False
    rest = sk.text[opening.end():]
    return not (start + len(fm.text) > opening.end() or re.search(r"⟨[PT]\d+⟩", rest)
                or states_as_parties(rest, sk, disabled))


def states_as_parties(clause: str, sk: Skeleton, disabled: frozenset[str] = frozenset()) -> bool:
    """Rule states_as_parties: the clause the visit frames opens with two countries signing
    ("Ba Lan đã ký với Mỹ thỏa thuận … trong khuôn khổ chuyến thăm Ba Lan của Tổng thống Mỹ …",
    "Nhân chuyến thăm của Tổng thống Mỹ …, Mỹ và Ả-rập Xê-út đã ký …"): what the two states sign
    is the visit's own outcome, not a company's deal it frames. (Agreeing on a plan once launched
    during a visit is not: "Mỹ và Trung Quốc đã nhất trí … Kế hoạch … công bố nhân chuyến thăm …".)"""
    if "states_as_parties" in disabled:
        return False
    sign = _cues()["SIGN"]
    m = (re.match(rf"\W*⟨L(\d+)⟩\s+(?:và|với)\s+⟨L(\d+)⟩[^⟨⟩,.;]{{0,20}}?\b(?:{sign})\b", clause)
         or re.match(rf"\W*⟨L(\d+)⟩\s+(?:(?:đã|vừa)\s+)?(?:{sign})\s+với\s+⟨L(\d+)⟩", clause))
    if not m:
        return False
    places = [sk.slots[int(g)].place for g in m.groups()]
    return all(p is not None and p.kind == "country" for p in places) and places[0].name != places[1].name


def international(text: str) -> bool:
    """The text names an international meeting ("Hội nghị Cấp cao ASEAN", "G20", "Liên hợp quốc")."""
    return bool(cue_pattern("INTERNATIONAL").search(text))


def title_names_an_event(title: str) -> bool:
    """A headline that names a visit, a meeting, a call, a summit or a leader (rule title_gate):
    without one, only the lead's first sentences may report the article's event, not what the
    body recalls further down."""
    return bool(cue_pattern("EVENT_TITLE").search(title))


def find_place(sk: Skeleton, disabled: frozenset[str] = frozenset()) -> tuple[str, Span] | None:
    """(rule, place span) where the sentence says the event happens, if it does."""
    for rule, pattern in place_rules():
        if rule in disabled:
            continue
        venue = None
        for m in pattern.finditer(sk.text):
            if "seat" in pattern.groupindex:
                if (seat := sk.slot(m.group("seat"))) is not None and (country := _country_named_last(seat.name)):
                    return rule, Span("location", seat.start, seat.end, country, place=load_gazetteer().lookup(country))
                continue
            span = sk.slot(m.group("place"))
            country = country_of_place(span) if span is not None else None
            if span is not None and not country and "place_city_country" not in disabled:
                # "tại Bonn - Đức", "tại Bonn (Đức)": a city the gazetteer lacks, with its country.
                after = re.match(r"\s*[-,(]\s*⟨L(\d+)⟩", sk.text[m.end():])
                qualifier = sk.slots[int(after.group(1))] if after else None
                if qualifier is not None and qualifier.place and qualifier.place.kind == "country":
                    span, country = qualifier, qualifier.place.country
            if not country or (rule == "place_local_time" and country == "Việt Nam"):
                continue  # "(sáng 1/6 giờ Việt Nam)" converts the time for readers at home
            if "returned_from" not in disabled and _returned_from(sk.text, m.start()):
                continue  # "ngay sau khi trở về từ chuyến thăm chính thức Hoa Kỳ": a trip that is over
            if "correspondent_post" not in disabled and _correspondent_post(sk.text, m.start()):
                continue  # "Theo phóng viên ⟨TTXVN⟩ tại ⟨Seoul⟩": where the reporter works, not the event
            if span.place.kind != "venue":
                return rule, span
            # "tại Nhà Quốc hội ở Port Moresby": a venue's name may be any country's; the city wins.
            venue = venue or (rule, span)
        if venue:
            return venue
    return None


def _country_named_last(name: str) -> str | None:
    """The country a state body's name ends with ("Duma quốc gia Nga", "Quốc hội Lào"), or None. Only
    bodies that sit at home (cue SEAT_BODY): an embassy or a cultural centre of a country sits abroad."""
    if not re.match(rf"(?:{_cues()['SEAT_BODY']})\b", name):
        return None
    words = name.split()
    for n in (3, 2, 1):
        if len(words) > n and (place := load_gazetteer().lookup(" ".join(words[-n:]))) and place.kind == "country":
            return place.country
    return None


def _returned_from(text: str, at: int) -> bool:
    """A RETURNED_FROM cue in the words just before position ``at``."""
    return bool(cue_pattern("RETURNED_FROM").search(text[max(0, at - 45) : at]))


def _correspondent_post(text: str, at: int) -> bool:
    """A reporter's post just before position ``at``: "phóng viên ⟨O⟩ (thường trú) tại" (rule
    correspondent_post, cue CORRESPONDENT)."""
    return bool(re.search(rf"(?<!\w)(?:{_cues()['CORRESPONDENT']})\s+(?:⟨O\d+⟩\s+)?(?:thường trú\s+)?$",
                          text[max(0, at - 60) : at], re.IGNORECASE))


def country_of_place(span: Span) -> str | None:
    """The country a place span lies in: its own, or a known venue's ("Phủ Chủ tịch" → Việt Nam)."""
    if span.place is None:
        return None
    if span.place.country:
        return span.place.country
    known = load_gazetteer().lookup(span.name)
    return known.country if known else None
