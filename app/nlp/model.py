"""What the NLP stage finds in one article; plain data handed to the store."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EventInfo:
    """The reported event's date. ISO dates only when the year is known."""

    start: str | None
    end: str | None
    day_month: str | None  # "DD/MM" of the start when the year is unknown
    end_day_month: str | None
    year_basis: str | None  # "stated" | "inferred" | "page date" | None
    evidence: str | None  # the sentence with the date
    year_evidence: str | None = None  # the sentence that gave the year, when inferred
    rule: str | None = None  # the rule that chose the date (app.nlp.dates.DATE_RULES)


@dataclass
class EntityFound:
    type: str  # "person" | "organization" | "location"
    name: str  # canonical form within the article
    title: str | None = None  # persons: the title as of this article
    kind: str | None = None  # locations: country | capital | city | province | region | venue
    country: str | None = None  # locations: the country it belongs to
    mentions: int = 0
    evidence: str | None = None  # first sentence that mentions it
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # (block index "b3"/"t", start, end)


@dataclass(frozen=True)
class Counterpart:
    """Someone the visiting side met, with their title as of the article."""

    name: str
    title: str | None
    rule: str
    evidence: str


@dataclass(frozen=True)
class Agreement:
    """A document the visit signed, witnessed being signed, exchanged or issued (app.nlp.agreements)."""

    document: str  # as written: "Thỏa thuận thiết lập quan hệ … giữa tỉnh A và tỉnh B", "5 văn kiện hợp tác"
    parties: str | None  # the parties the document names ("tỉnh A và tỉnh B"), when it names them
    by: tuple[str, ...]  # who signed or witnessed it, when the sentence names them
    role: str  # "signed" | "witnessed" | "statement"
    rule: str
    evidence: str


@dataclass(frozen=True)
class Honour:
    """An honour or gift presented during the visit: an order, a key to the city, a letter of invitation."""

    honour: str  # as written: "Huân chương Lao động hạng Nhất", "chìa khóa thành phố Lima"
    giver: str | None  # "Thị trưởng Rafael Lopez Aliaga", as written
    recipient: str | None  # "Chủ tịch nước Lương Cường", as written
    rule: str
    evidence: str


@dataclass(frozen=True)
class VisitFound:
    leader: str | None
    leader_title: str | None
    host_country: str | None
    places: tuple[str, ...]
    start: str | None
    end: str | None
    day_month: str | None
    year_basis: str | None
    evidence: str | None  # the sentence that reports the visit
    met: tuple[Counterpart, ...] = ()
    leader_rule: str | None = None
    host_rule: str | None = None
    host_evidence: str | None = None
    agreements: tuple[Agreement, ...] = ()
    honours: tuple[Honour, ...] = ()


# What an article can report; the first five are visits (they have a visit row).
EVENT_KINDS = ("outbound", "inbound", "reception", "foreign", "multilateral", "call", "none")
VISIT_KINDS = frozenset(EVENT_KINDS[:5])


@dataclass(frozen=True)
class EventKind:
    """What the article reports: outbound | inbound | reception | foreign | multilateral | call | none."""

    kind: str
    rule: str
    evidence: str | None


@dataclass
class ArticleAnalysis:
    event: EventInfo | None
    entities: list[EntityFound]
    visits: list[VisitFound]
    kind: EventKind = field(default_factory=lambda: EventKind("none", "no_event_frame", None))
