"""What an article reports and who visited whom: its event kind, the visit's roles, whom they met.

The event is read from the sentences that report it — the title, then the lead and the first
paragraphs (EVENT_ZONE sentences) — never from which names are mentioned most:

1. each sentence's skeleton is matched against the frames of resources/rules/frames.tsv
   (app.nlp.frames): "X tiếp Y" (X receives Y), "Y thăm chính thức Z", "đoàn … do Y dẫn đầu",
   "X hội đàm với Y" (roles from where it happens), "X điện đàm với Y" (a call)…;
2. the host country is the place the frame names, else the place the sentence says it happens
   ("tại Hà Nội"), else the receiving person's country; the guest's country comes from their
   title or name (app.nlp.sides);
3. the kind follows from the two sides: a Vietnamese guest abroad is ``outbound``; a foreigner in
   Việt Nam ``inbound``, or ``reception`` when they live there (an ambassador, a resident
   representative, a company head); two other countries ``foreign``; a summit ``multilateral``;
   a Vietnamese official at home is no visit at all.
The first sentence whose frame settles both sides decides; an article none settles is ``none``.
Every fact keeps the rule that made it and the sentence that states it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from app.nlp.dates import states_a_day
from app.nlp.frames import (
    SLOT,
    FrameMatch,
    Skeleton,
    conjectured,
    conjectured_event,
    country_of_place,
    cue_pattern,
    expand,
    find_place,
    international,
    match_frames,
    only_planned,
    place_rules,
    planned_summit,
    protested_summit,
    reports_no_event,
    returned_from,
    skeleton,
    title_names_an_event,
    visit_as_framing,
)
from app.nlp.lexicon import is_vietnamese_name, load_lexicon
from app.nlp.model import VISIT_KINDS, EntityFound
from app.nlp.reading import Reading, Sentence
from app.nlp.rules import word_list
from app.nlp.sides import VIETNAM, country_named_in, is_resident_title, same_country, side_of
from app.nlp.spans import Span
from app.nlp.text import fold_diacritics, normalize_vi

EVENT_ZONE = 6  # sentences after the title that may report the article's event
LEAD_SENTENCES = 2  # of them, those read even when the headline names no event (rule title_gate)
# A photo's caption headed by its own label: "Air Force One hạ cánh: Chuyên cơ …"
_CAPTION_HEAD = re.compile(r"[^,.:;⟨⟩]{1,40}:\s")
_PAIRED = re.compile(r"\s*(?:,|và)\s*⟨L(\d+)⟩")
# A person listed after another (rule met_listed): ", Chủ tịch nước ⟨P3⟩", " và Thủ tướng ⟨P4⟩"; the
# list ends at the sentence's or clause's end, or where the meeting's place or time follows.
_LISTED_NEXT = re.compile(r"(\s*(?:,\s*và|,|và)\s+)([^⟨⟩,.;:()]{0,60}?)⟨P(\d+)⟩")
_LIST_END = re.compile(r"\s*(?:$|[.;:,()]|(?:tại|ở|trong|nhân|vào|ngày|sáng|chiều|tối)\b)")
# …and one listed before it: "⟨P0⟩ và Thủ hiến bang Hessen ⟨P1⟩ đã đón …" (the text up to the slot).
_LISTED_BEFORE = re.compile(r"⟨P(\d+)⟩(?:\s*,\s*và|\s*,|\s+và)\s+([^⟨⟩,.;:()]{0,60})$")
MEETING_RULES = frozenset({"receive", "received_by", "receive_delegation", "call_on", "meet", "co_chair",
                           "sideline_meeting", "sideline_meeting_in"})


@dataclass(frozen=True)
class Fact:
    """A value with the rule that found it and the sentence that states it."""

    value: str | None
    rule: str
    evidence: str


@dataclass
class Event:
    kind: str
    rule: str
    evidence: str
    leader: EntityFound | None = None
    leader_fact: Fact | None = None
    guest_office: str | None = None  # the guest's title when the sentence names no person
    leader_title: str | None = None  # the office that named the leader, when it did (their title here)
    host: Fact | None = None
    also_hosts: list[Fact] = field(default_factory=list)  # a trip's other countries, in order
    reports: list[str] = field(default_factory=list)  # the sentences that report it, the deciding one first
    met: list[tuple[EntityFound, Fact]] = field(default_factory=list)


@dataclass
class _Sides:
    guest: Span | None
    host_person: Span | None
    host_country: str | None
    host_rule: str
    kind: str
    rule: str  # the frame's rule, or its variant ("receive_abroad")
    host_evidence: str | None = None  # the sentence naming the host when it is not the frame's


class EventReader:
    """Finds the event of one article from its reading and entities."""

    def __init__(self, reading: Reading, entities: list[EntityFound], disabled: frozenset[str] = frozenset()):
        self.reading = reading
        self.disabled = disabled
        self._frames: dict[tuple[str, int], tuple[Skeleton, list[FrameMatch]]] = {}
        self._summit_place: tuple[str, str] | None = None
        self.entity_at: dict[tuple[str, int], EntityFound] = {
            (unit, start): e for e in entities for unit, start, _end in e.spans
        }

    # --- the parts ----------------------------------------------------------------------
    def side_of_person(self, name: str, title: str | None) -> tuple[str | None, str | None]:
        return side_of(name, title, holders="side_office_holder" not in self.disabled)

    def entity(self, sentence: Sentence, span: Span) -> EntityFound | None:
        return self.entity_at.get((sentence.unit, span.start))

    def side(self, sentence: Sentence, span: Span | None) -> str | None:
        """The country the person serves: from their title, else the words in apposition after
        the name ("đồng chí Thái Danh Chiếu, Ủy viên T.Ư Đảng Cộng sản Trung Quốc"), else the name."""
        if span is None:
            return None
        if span.type == "office":
            return self.side_of_person("", span.title)[0]
        e = self.entity(sentence, span)
        country, rule = self.side_of_person(e.name, e.title) if e else self.side_of_person(span.name, span.title)
        # A Vietnamese office held by a foreign name ("ông Esteban Lazo Hernández, Chủ tịch Quốc hội,
        # Ủy viên Bộ Chính trị Đảng Cộng sản Cuba") is that country's office: the apposition says which.
        foreign_holder = rule == "side_vietnamese_title" and e is not None and not is_vietnamese_name(e.name)
        if (rule in (None, "side_vietnamese_name") or foreign_holder) and "side_apposition" not in self.disabled:
            country = self._apposition_country(sentence, span) or country
        return country

    def _apposition_country(self, sentence: Sentence, span: Span) -> str | None:
        text = self.reading.text_of(sentence.unit)
        later = [sp for sp in self.reading.spans_in(sentence) if sp.start >= span.end]
        if later and later[0].type == "location" and not text[span.end : later[0].start].strip():
            # "Chủ tịch Đại Khural Nhà nước Mông Cổ …": the country right after the name.
            return later[0].place.country if later[0].place and later[0].place.kind == "country" else None
        if not text[span.end : span.end + 2].startswith(","):
            return None
        pos = span.end
        for sp in later:
            # The apposition ends where the sentence goes on: a person, a verb, a preposition.
            ends = cue_pattern("APPOSITION_ENDS").search(text[pos : sp.start])
            if sp.type == "person" or sp.start > span.end + 150 or ends:
                break
            pos = sp.end
            if sp.type == "location" and sp.place and sp.place.kind == "country":
                return sp.place.country
            if sp.type in ("organization", "office") and (country := country_named_in(sp.name)):
                return country
        return None

    def _apposed_person(self, sentence: Sentence, office: Span) -> EntityFound | None:
        """The person an office names: the name right after it, or the person it stands in
        apposition to: "Thượng tướng Phạm Trường Long, Ủy viên
        Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc thăm …" — the office is his (rule
        office_in_apposition). Only commas and titles may lie between; a verb, "và" or a clause
        break means the office is someone else."""
        text = self.reading.text_of(sentence.unit)
        after = [sp for sp in self.reading.spans_in(sentence) if sp.start >= office.end][:1]
        if after and after[0].type == "person" and _only_honorifics(text[office.end : after[0].start]):
            # "Chủ tịch Quốc hội Vương quốc Campuchia Samdech Heng Samrin": the name after its
            # office and a form of address.
            return self.entity(sentence, after[0])
        pos = office.start
        for sp in reversed([sp for sp in self.reading.spans_in(sentence) if sp.end <= office.start]):
            gap = text[sp.end : pos]
            if office.start - sp.end > 150 or cue_pattern("APPOSITION_ENDS").search(gap) \
                    or cue_pattern("BREAK").search(gap):
                return None
            if sp.type == "person":
                person = self.entity(sentence, sp)
                if not gap.lstrip().startswith(",") or person is None:
                    return None
                side = self.side_of_person(person.name, person.title)[0]
                office_side = self.side_of_person("", office.title)[0]
                return person if side in (None, office_side) or office_side is None else None
            pos = sp.start
        return None

    def foreigner(self, sentence: Sentence, span: Span | None) -> bool:
        """A person the text does not place but whose name is not Vietnamese ("ông Eric Schmidt")."""
        e = self.entity(sentence, span) if span else None
        return bool(e) and not is_vietnamese_name(e.name)

    def official(self, sentence: Sentence, span: Span | None) -> bool:
        """Only people with a title lead or receive a delegation: "ông A sang Mỹ" is no visit; and
        only a name of two words or more is a person's ("Giám đốc Điều hành Google" names a firm).
        A monarch named by one ("Hoàng hậu Hà Lan Máxima") is no exception: on the corpus the one
        such name the frames met as a guest was right, the other the object of a meeting ("tiếp
        kiến Đức Giáo hoàng Francis …, tham dự hội nghị") taken for the traveller."""
        if span is not None and span.type == "office":
            return True
        e = self.entity(sentence, span) if span else None
        # "V.Pu-tin": an initial and a name are two words
        return bool(e and e.title and len(re.split(r"[\s.]+", e.name.strip(". "))) >= 2)

    def _monarch(self, sentence: Sentence, span: Span) -> bool:
        """Rule monarch_visits: a one-word name under a monarch's title (resources/rules/monarch_titles.txt)."""
        if "monarch_visits" in self.disabled:
            return False
        e = self.entity(sentence, span)
        title = normalize_vi(e.title or "").casefold() if e else ""
        return any(title == w or title.startswith(w + " ") for w in map(str.casefold, word_list("monarch_titles.txt")))

    def _gives_audience(self, sentence: Sentence, span: Span) -> bool:
        """A monarch or a pope (cue POPE): one whom others "tiếp kiến" — are received by."""
        title = self._title(sentence, span) or ""
        return self._monarch(sentence, span) or bool(cue_pattern("POPE").match(title))

    def _no_event(self, fm: FrameMatch, sk: Skeleton) -> bool:
        return ("not_event" not in self.disabled and reports_no_event(fm, sk)) or (
            "returned_from" not in self.disabled and returned_from(fm, sk)) or (
            "conjectured_event" not in self.disabled and conjectured_event(fm, sk)) or (
            "planned_summit" not in self.disabled and planned_summit(fm, sk)) or (
            "protested_summit" not in self.disabled and protested_summit(fm, sk)) or (
            "visit_as_framing" not in self.disabled
            and visit_as_framing(fm, sk, self.reading.units[0][1], self.disabled))

    def skeleton(self, sentence: Sentence) -> Skeleton:
        return self.frames_of(sentence)[0]

    def frames_of(self, sentence: Sentence) -> tuple[Skeleton, list[FrameMatch]]:
        """A sentence's skeleton and its frames, made once: the event, the lead's other reports of
        it and the counterparts all read the same sentences."""
        key = (sentence.unit, sentence.start)
        if key not in self._frames:
            sk = skeleton(self.reading.text_of(sentence.unit), sentence.start, sentence.end,
                          self.reading.spans_in(sentence))
            self._frames[key] = sk, match_frames(sk, self.disabled)
        return self._frames[key]

    def zone(self) -> list[Sentence]:
        title = [s for s in self.reading.sentences if s.zone == "title"]
        body = [s for s in self.reading.sentences if s.zone in ("lead", "paragraph")]
        return title + body[:EVENT_ZONE]

    # --- the event ----------------------------------------------------------------------
    def read_event(self) -> Event:
        zone = whole_zone = self.zone()
        dated: list[Sentence] = []
        title = self.reading.units[0][1]
        if "title_gate" not in self.disabled and not title_names_an_event(title):
            # A headline that names no event: only the lead's own first sentences may report one.
            # (a caption line naming a person only, "Ông ⟨P⟩, ⟨T⟩.", is no sentence of the lead:
            # rule name_line_not_lead)
            lead = [s for s in zone if s.zone != "title"
                    and ("name_line_not_lead" in self.disabled or not self._name_line(s))]
            dated = [] if "dated_report" in self.disabled else _dated_reports(
                lead[LEAD_SENTENCES:], sidelines="dated_sideline_meeting" not in self.disabled)
            zone = [s for s in zone if s.zone == "title"] + lead[:LEAD_SENTENCES] + dated
        fallback_place = self._first_place(zone)
        self._summit_place = None if "host_summit_held" in self.disabled else self._place_of_summit(whole_zone)
        for sentence in zone:
            sk, frames = self.frames_of(sentence)
            for fm in frames:
                if self._no_event(fm, sk) or (sentence in dated and fm.frame.kind != "visit"):
                    continue
                if sentence in dated and not fm.frame.rule.startswith("sideline_meeting") and _names_summit(sentence):
                    continue  # a dated summit sentence tells only the meeting held on its sidelines
                event = self._event_from(fm, sentence, sk, fallback_place)
                if event is not None and fm.frame.rule == "arrive" and "summit_purpose" not in self.disabled:
                    event = self._summit_it_arrives_for(event, frames, sentence, sk, fallback_place)
                if event is not None:
                    if event.leader is None and event.guest_office and "leader_by_office" not in self.disabled:
                        self._name_the_office(event)
                    if event.leader is None and fm.frame.rule == "ship_visit" and "ship_commander" not in self.disabled:
                        self._name_the_commander(event)
                    if event.leader is None and "leader_later" not in self.disabled:
                        self._name_from_later_sentence(event, zone[zone.index(sentence) + 1 :], fallback_place)
                    if event.kind in VISIT_KINDS:
                        event.met = self._counterparts(event)
                        if event.also_hosts and event.met and "trip_main_by_counterparts" not in self.disabled:
                            self._main_country_by_counterparts(event)
                        # The headline's gate limits what decides the event, not where else
                        # the lead reports it (and writes its date).
                        event.reports = [event.evidence] + self._agreeing(event, whole_zone, fallback_place)
                        if "caption_date_last" not in self.disabled and _describes_a_photo(fm.text):
                            # "A và B trong cuộc hội kiến chiều ngày 23.11.2016": a photo's caption
                            # says who met, often on an earlier day: never the event's date.
                            event.reports = event.reports[1:]
                    return event
        return Event(kind="none", rule="no_event_frame", evidence="")

    def _name_line(self, sentence: Sentence) -> bool:
        """A line that only names someone ("Ông ⟨P0⟩, ⟨T1⟩.", a portrait's caption): no words but
        its names, honorifics and punctuation."""
        sk = self.skeleton(sentence)
        words = re.findall(r"\w+", re.sub(r"⟨[A-Z]\d+⟩", " ", sk.text))
        return bool(sk.slots) and all(w.casefold() in _honorific_words() for w in words)

    def _summit_it_arrives_for(self, event: Event, frames: list[FrameMatch], sentence: Sentence, sk: Skeleton,
                               fallback_place: tuple[str, str, Sentence] | None) -> Event:
        """"Thủ tướng đến Phnom Penh dự Diễn đàn Kinh tế thế giới về ASEAN": an arrival whose
        sentence names the international summit it is for, in the same country, is that summit's
        (rule summit_purpose); "thăm chính thức Đức và dự Hội nghị G20" stays the visit."""
        for other in frames:
            if other.frame.kind != "multilateral" or self._no_event(other, sk):
                continue
            summit = self._event_from(other, sentence, sk, fallback_place)
            if summit is not None and summit.kind == "multilateral" and (summit.host and summit.host.value) == (
                    event.host and event.host.value):
                return summit
        return event

    def _same_event(self, event: Event, sentences: list[Sentence],
                    fallback_place: tuple[str, str, Sentence] | None):
        """(sentence, frame, event read there) for each frame that reports the same event: the
        same kind and host."""
        for sentence in sentences:
            sk, frames = self.frames_of(sentence)
            for fm in frames:
                if fm.frame.kind == "call" or self._no_event(fm, sk):
                    continue
                other = self._event_from(fm, sentence, sk, fallback_place)
                if other and other.kind == event.kind and (other.host and other.host.value) == (
                        event.host and event.host.value):
                    yield sentence, fm, other

    def _agreeing(self, event: Event, zone: list[Sentence],
                  fallback_place: tuple[str, str, Sentence] | None) -> list[str]:
        """Other sentences of the lead that report the same event: where its date is written when
        the deciding sentence, often the headline, has none, and where a trip's other countries
        are ("đã tới Rome" in the headline, "thăm chính thức Italy và Tòa thánh Vatican" in the lead)."""
        others = [s for s in zone if s.text != event.evidence]
        texts = []
        for sentence, _fm, other in self._same_event(event, others, fallback_place):
            texts.append(sentence.text)
            if other.leader is not None and event.leader is not None and other.leader.name != event.leader.name:
                continue
            known = {event.host.value if event.host else None, *(f.value for f in event.also_hosts)}
            event.also_hosts += [f for f in other.also_hosts if f.value not in known]
        return list(dict.fromkeys(texts))

    def _name_from_later_sentence(self, event: Event, later: list[Sentence],
                                  fallback_place: tuple[str, str, Sentence] | None) -> None:
        """The headline says "Chủ tịch nước chủ trì lễ đón Tổng thống Mozambique"; the lead names
        him: the first later frame of the same kind and host gives the leader (rule leader_later)."""
        for sentence, fm, other in self._same_event(event, later, fallback_place):
            if other.leader is not None:
                event.leader, event.leader_title = other.leader, other.leader_title
                event.leader_fact = Fact(other.leader.name, f"leader_later:{fm.frame.rule}", sentence.text)
                event.met += [m for m in other.met if m[0].name not in {e.name for e, _f in event.met}]
                return

    def _main_country_by_counterparts(self, event: Event) -> None:
        """"… kết thúc chuyến thăm chính thức Belarus và Nga" where the article's counterparts all
        serve Nga: the visit it reports is the Nga one, listed first (rule trip_main_by_counterparts)."""
        served = {self.side_of_person(e.name, e.title)[0] for e, _f in event.met}
        if len(served) != 1 or event.host is None:
            return
        (country,) = served
        for k, other in enumerate(event.also_hosts):
            if other.value == country != event.host.value:
                main = Fact(other.value, "trip_main_by_counterparts", other.evidence)
                event.host, event.also_hosts[k] = main, event.host
                return

    def _name_the_commander(self, event: Event) -> None:
        """A navy ship's visit is led by its commander: "… do thuyền trưởng, trung tá ⟨P⟩ chỉ huy",
        "được chỉ huy bởi Thuyền trưởng ⟨P⟩", "Đại tá ⟨P⟩, Chỉ huy tàu Echigo" anywhere in the article (rule
        ship_commander)."""
        before = rf"(?:{cue_pattern('SHIP_COMMANDER').pattern})[^⟨⟩.;]{{0,40}}?⟨P(\d+)⟩"
        after = rf"\bdo\s+[^⟨⟩.;]{{0,40}}?⟨P(\d+)⟩\s*(?:{cue_pattern('SHIP_COMMANDS').pattern})"
        # "⟨P⟩, Chỉ huy tàu Echigo": the words after the comma are his title here
        apposed = rf"⟨P(\d+)⟩\s*,\s*(?=(?:{expand('{SHIP_COMMANDER_AFTER}').pattern})\b)([^,.;⟨⟩]{{1,60}})"
        for sentence in self.reading.sentences:
            sk = self.skeleton(sentence)
            if m := re.search(before, sk.text) or re.search(after, sk.text) or re.search(apposed, sk.text):
                person = self.entity(sentence, sk.slots[int(m.group(1))])
                if person is not None:
                    title = m.group(2).strip() if m.re.pattern == apposed else person.title
                    event.leader, event.leader_title = person, title
                    event.leader_fact = Fact(person.name, "ship_commander", sentence.text)
                    return

    def _office_holder(self, title: str) -> EntityFound | None:
        """The one person the article gives this title, if there is exactly one."""
        office = _fold(title)
        holders = {e.name: e for e in self.entity_at.values()
                   if e.type == "person" and e.title and (_fold(e.title) == office
                                                           or _fold(e.title).startswith(office + " "))}
        # The bare title's own holder before one whose title names another country: "Thủ tướng"
        # is Nguyễn Xuân Phúc, not "Thủ tướng Vương quốc Cam-pu-chia" Hun Sen.
        exact = [e for e in holders.values() if _fold(e.title) == office]
        if len(holders) > 1 and len(exact) == 1 and "office_exact_holder" not in self.disabled:
            return exact[0]
        # Else the one Vietnamese holder: a Vietnamese page's bare "Thủ tướng" is "Thủ tướng Chính
        # phủ Nguyễn Xuân Phúc", not "Thủ tướng Nhật Bản Shinzo Abe" (rule office_own_holder).
        own = [e for e in holders.values() if self.side_of_person(e.name, e.title)[0] == VIETNAM]
        if len(holders) > 1 and not exact and len(own) == 1 and "office_own_holder" not in self.disabled:
            return own[0]
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _name_the_office(self, event: Event) -> None:
        """"Chủ tịch nước thăm Lào": the leader is the one person the article gives that title
        (rule leader_by_office), found where the article names them."""
        if person := self._office_holder(event.guest_office):
            event.leader = person
            event.leader_fact = Fact(person.name, "leader_by_office", person.evidence or event.evidence)

    def _first_place(self, zone: list[Sentence]) -> tuple[str, str, Sentence] | None:
        """(country, rule, sentence) of the first place where the lead says things happen."""
        for sentence in zone:
            found = find_place(self.skeleton(sentence), self.disabled)
            if found:
                return country_of_place(found[1]), found[0], sentence
        return None

    @staticmethod
    def _summit_named_international(sk: Skeleton, slot_types: str = "T") -> bool:
        """The name after "Hội nghị" is a slot the scanner read as an office because a title word
        opens it ("Hội nghị ⟨Ngoại trưởng G20⟩"): the summit is international if that name says so.
        Not an organisation's slot: "thăm Đức, Hà Lan và dự Hội nghị ⟨G20⟩" stays the visit of a
        trip (taking it turned two such trips on the corpus into summits). With ``slot_types`` "O":
        also an organisation's slot after it, or a summit the scanner read whole as an organisation
        ("⟨Diễn đàn Kinh tế Thế giới về Mekong⟩") — never a bilateral forum abroad."""
        after_summit = rf"(?:{cue_pattern('SUMMIT').pattern})\s*⟨[{slot_types}](\d+)⟩"
        if any(international(sk.slots[int(m.group(1))].name) for m in re.finditer(after_summit, sk.text)):
            return True
        return "O" in slot_types and any(
            sp.type == "organization" and cue_pattern("SUMMIT").match(sp.name) and international(sp.name)
            for sp in sk.slots)

    def _place_of_summit(self, zone: list[Sentence]) -> tuple[str, str] | None:
        """(country, sentence) where the lead says the summit itself is held ("Hội nghị Thượng đỉnh
        G20 diễn ra … tại Hamburg, Đức", "tại Tokyo (Nhật Bản), đã diễn ra Lễ Bế mạc Hội nghị …"):
        the place of a delegation's part in it when its own sentence names none (rule host_summit_held)."""
        for sentence in zone:
            sk, frames = self.frames_of(sentence)
            if not international(sk.text):  # "Kỳ họp lần thứ 40 được tổ chức tại Hà Nội" is no summit
                continue
            for fm in frames:
                place = fm.roles.get("place")
                if fm.frame.rule.startswith("summit_held") and isinstance(place, Span) and (
                        country := country_of_place(place)):
                    return country, sentence.text
        return None

    def _event_from(self, fm: FrameMatch, sentence: Sentence, sk: Skeleton,
                    fallback_place: tuple[str, str, Sentence] | None) -> Event | None:
        rule = fm.frame.rule
        if fm.frame.kind == "call":
            guest = fm.roles.get("guest")
            if not isinstance(guest, Span) or not self.official(sentence, guest):
                return None
            lead = self.entity(sentence, guest)
            return Event("call", f"kind_call:{rule}", sentence.text, leader=lead,
                         leader_fact=Fact(lead.name, rule, sentence.text) if lead else None)
        sides = self._sides(fm, sentence, sk, fallback_place)
        if sides is None:
            return None
        rule = sides.rule
        event = Event(sides.kind, f"kind_{sides.kind}:{rule}", sentence.text)
        if sides.guest is not None and sides.guest.type == "office":
            if "office_in_apposition" not in self.disabled and (person := self._apposed_person(sentence, sides.guest)):
                event.leader, event.leader_title = person, sides.guest.title
                event.leader_fact = Fact(person.name, f"office_in_apposition:{rule}", sentence.text)
            else:
                event.guest_office = sides.guest.title
        elif sides.guest is not None:
            event.leader = self.entity(sentence, sides.guest)
            if event.leader is not None:
                event.leader_fact = Fact(event.leader.name, f"leader:{rule}", sentence.text)
        if sides.host_country:
            event.host = Fact(sides.host_country, sides.host_rule, sides.host_evidence or sentence.text)
            place = fm.roles.get("place")
            if isinstance(place, Span) and "trip_countries" not in self.disabled:
                event.also_hosts = [Fact(c, "trip_countries", sentence.text)
                                    for c in self._paired_countries(sk, place, sides.host_country)]
        planned = "planned" not in self.disabled and only_planned(fm, sk)
        if sides.host_person is not None and not planned and (e := self.entity(sentence, sides.host_person)):
            event.met.append((e, Fact(e.name, f"met:{rule}", sentence.text)))
        return event

    def _sides(self, fm: FrameMatch, sentence: Sentence, sk: Skeleton,
               fallback_place: tuple[str, str, Sentence] | None) -> _Sides | None:
        roles = {k: v for k, v in fm.roles.items() if isinstance(v, Span)}
        rule = fm.frame.rule
        place = roles.get("place")
        host_country, host_rule = (country_of_place(place), f"host_place:{rule}") if place else (None, "")
        if place and host_country is None and "stated_place_unplaced" not in self.disabled:
            # "trong chuyến thăm tới Jerusalem": the sentence says where, in a place of no country
            # the gazetteer can tell; the country is then unknown, never another place of the lead.
            fallback_place = None
        if (mission := roles.get("mission")) is not None:
            # "đã đến thăm ⟨Đại sứ quán Việt Nam tại Nhật Bản⟩": only a mission abroad, where it sits
            seat = re.match(rf"(?:{cue_pattern('MISSION').pattern})\b.*?\btại\s+(.+)$", mission.name)
            if seat is None:
                return None
            seat_country = country_named_in(seat.group(1), any_place=True)  # "tại thành phố Frankfurt"
            if host_country is None and seat_country:  # "tại Liên hợp quốc": where, the lead may say
                host_country, host_rule = seat_country, f"host_mission_seat:{rule}"
        if host_country is None and (found := find_place(sk, self.disabled)):
            host_country, host_rule = country_of_place(found[1]), f"host_{found[0]}"
        guest, host_person = roles.get("guest"), roles.get("host")
        if (rule == "receive" and "audience_with_monarch" not in self.disabled and guest is not None
                and host_person is not None and cue_pattern("AUDIENCE").search(fm.text)
                and self._gives_audience(sentence, guest) and not self._gives_audience(sentence, host_person)):
            # "Tổng thống ⟨P⟩ sẽ … tiếp kiến Giáo hoàng ⟨P⟩": one is received by a monarch or a pope,
            # never the other way (rule audience_with_monarch).
            guest, host_person = host_person, guest
        host_evidence = None
        if "a" in roles:  # two people meet: the one not of the host country is the guest
            a, b = roles["a"], roles["b"]
            same_meeting = False
            if host_country is None and "host_same_meeting" not in self.disabled and (
                    found := self._place_of_same_meeting(sentence, a, b)):
                # "A hội kiến B." then "…, tại thủ đô Minsk, A đã có cuộc hội kiến với B": the
                # sentence naming the same two people says where they met.
                host_country, host_rule, host_evidence = found
                same_meeting = True
            elif host_country is None and fallback_place:
                host_country, host_rule = fallback_place[0], f"host_{fallback_place[1]}_in_lead"
                host_evidence = fallback_place[2].text
                same_meeting = "third_country_same_meeting" not in self.disabled and self._names_both(
                    fallback_place[2], sentence, a, b)
            side_a, side_b = self.side(sentence, a), self.side(sentence, b)
            if host_country is None or side_a == side_b:
                return None
            if (host_rule.endswith("_in_lead") and not same_meeting and "planned_meeting_elsewhere" not in self.disabled
                    and only_planned(fm, sk)):
                return None  # "Ông Trump sẽ gặp Vua Salman, Thủ tướng Netanyahu …": where is not said
            if side_a == host_country or (side_a is None and side_b not in (None, host_country)):
                guest, host_person = b, a  # the other one is known to be from elsewhere: the guest
            elif side_b == host_country or (side_b is None and side_a not in (None, host_country)):
                guest, host_person = a, b
            elif side_a and side_b and host_evidence is None and "third_country" not in self.disabled:
                # Two sides meet where neither is from ("bên lề Hội nghị G20 ở Hamburg"), as the
                # sentence itself says (a place the lead names elsewhere may be a topic: "về
                # Ukraina"): the one named first travelled there, or the Vietnamese side the story follows.
                guest, host_person = (b, a) if side_b == VIETNAM else (a, b)
                rule = f"{rule}_third_country"
            elif side_a and side_b and same_meeting:
                # The place is where this meeting happens when its sentence names the same two
                # people: "Cuộc họp của ông Trump và ông Putin diễn ra … ở Hamburg".
                guest, host_person = (b, a) if side_b == VIETNAM else (a, b)
                rule = f"{rule}_third_country_same_meeting"
            else:
                return None
        if guest is not None and "source_not_guest" not in self.disabled and self._is_source(sk, guest):
            return None
        if (guest is not None and "predecessor_not_guest" not in self.disabled
                and cue_pattern("PREDECESSOR", ignore_case=True).search(self._title(sentence, guest) or "")):
            # "so với chuyến công du đầu tiên của người tiền nhiệm ⟨P⟩ – đến Canada …": a predecessor's
            # trip is set beside the present one, never reported (rule predecessor_not_guest).
            return None
        if guest is not None and "spouse_not_guest" not in self.disabled:
            guest = self._not_the_spouse(sk, guest)
        if guest is not None and guest.type == "person" and "first_listed_guest" not in self.disabled:
            guest = self._first_listed(sentence, sk, guest)
        if guest is not None and fm.frame.kind == "multilateral" and "attends_with" not in self.disabled:
            # "Thủ tướng ⟨A⟩ cùng Thủ tướng Nhật Bản ⟨B⟩ đã tham dự …": the one named first attends,
            # the other is with them.
            slot = sk.token(guest)
            before = sk.text[: sk.text.find(slot)]
            if m := re.search(r"⟨P(\d+)⟩\s+cùng\s+[^⟨⟩,.;]{0,60}$", before):
                guest = sk.slots[int(m.group(1))]
        heads_delegation = rule in ("led_by", "led_by_visit", "leads_visit", "receive_delegation")
        received_by_official = rule in MEETING_RULES and self.official(sentence, host_person)
        if guest is not None and not (heads_delegation or received_by_official or self.official(sentence, guest)
                                      or (rule == "visit" and self._monarch(sentence, guest))):
            return None
        if (guest is not None and guest.type == "person" and host_rule.endswith("_in_lead")
                and not self.official(sentence, guest) and "untitled_guest_placed" not in self.disabled):
            # "Chủ tịch CLB … có cuộc gặp gỡ với Chanathip Songkrasin": someone with no office, met
            # where the sentence does not say, makes no visit to a place the lead names elsewhere
            # (rule untitled_guest_placed).
            return None
        guest_side = self.side(sentence, guest)
        if guest_side is None and guest is not None and guest.type == "office" and guest.title and (
                "office_holder_side" not in self.disabled) and (holder := self._office_holder(guest.title)):
            # "chuyến thăm chính thức của Thủ tướng tới Nhật Bản": a bare office serves the country
            # of the one person the article gives it ("Thủ tướng Nguyễn Xuân Phúc").
            guest_side = self.side_of_person(holder.name, holder.title)[0]
        if host_country is None and fallback_place and fm.frame.kind != "multilateral":
            # a summit's place is the summit's own, never a place the lead names elsewhere
            host_country, host_rule = fallback_place[0], f"host_{fallback_place[1]}_in_lead"
            host_evidence = fallback_place[2].text
        if host_country is None and host_person is not None:
            host_country = self.side(sentence, host_person)
            host_rule = f"host_side_of_receiver:{rule}"
        if guest is None and rule in ("delegation_visit", "visit_of_delegation", "ship_visit"):
            guest_side = self._delegation_side(str(fm.roles.get("delegation", "")), sk)
        summit = roles.get("summit")
        if summit is not None and not cue_pattern("SUMMIT").search(summit.name):
            return None  # "dự … ⟨Bộ Ngoại giao⟩" is no summit; "⟨Đại hội đồng Liên hợp quốc⟩" is
        if fm.frame.kind == "multilateral":
            # A summit is international by its name ("Cấp cao ASEAN", "G20", "Liên hợp quốc",
            # "Hội nghị Tương lai châu Á"):
            # "dự Hội nghị tổng kết ngành" is none, and a bilateral business forum is part of a
            # visit, not a summit (rule summit_is_international).
            region = any(sp.type == "location" and sp.place and sp.place.kind == "region" for sp in sk.slots)
            named = international(sk.text) or region or "summit_is_international" in self.disabled or (
                "summit_name_slot" not in self.disabled and (self._summit_named_international(sk) or (
                    # "tham dự ⟨Diễn đàn Kinh tế thế giới⟩ về ASEAN": the frame's own summit by its name
                    summit is not None and international(summit.name))))
            if not host_country and self._summit_place:
                # the place of the international summit the lead names: the delegation's part is in it
                (host_country, host_evidence), host_rule = self._summit_place, "host_summit_held"
                named = True
            if host_country and not named and guest_side == VIETNAM and host_country != VIETNAM and (
                    "attend_abroad" not in self.disabled) and not self._summit_named_international(sk, "O"):
                # "Phó Thủ tướng … chủ trì khai mạc Diễn đàn kinh tế Việt Nam – Tây Ban Nha … tại Tây
                # Ban Nha": a bilateral forum abroad is part of a Vietnamese side's visit there.
                return _Sides(guest, None, host_country, host_rule, "outbound", f"{rule}_abroad", host_evidence)
            if not host_country or not named:
                return None
            if (guest_side not in (None, VIETNAM) and same_country(guest_side, host_country)
                    and "summit_at_home" not in self.disabled):
                # "Chủ tịch Trung Quốc ⟨P⟩ phát biểu tại Diễn đàn … ở Bắc Kinh": a foreign leader at a
                # summit in their own country hosts it; the article's visit, if any, is another's.
                return None
            return _Sides(guest, None, host_country, host_rule, "multilateral", rule, host_evidence)
        if guest_side is None and host_country == VIETNAM and self.foreigner(sentence, guest):
            guest_side = "?"  # a foreigner in Việt Nam whose country the text does not give
        receiver_side = self.side(sentence, host_person) if host_person is not None else None
        if (host_rule.endswith("_in_lead") and guest_side == VIETNAM and receiver_side not in (None, VIETNAM)
                and "foreign_receiver_at_home" not in self.disabled):
            # "Tổng thống Donald Trump chào đón Thủ tướng …", "Chủ tịch Cuba … tiếp Bộ trưởng …": a
            # foreigner receiving a Vietnamese does so in their own country unless the sentence
            # itself says where; a place the lead names elsewhere may be a quote's or a topic's.
            host_country, host_rule, host_evidence = receiver_side, f"host_side_of_receiver:{rule}", None
        if (host_person is not None and guest_side == host_country
                and (traveller := receiver_side) not in (None, host_country)):
            # "Chủ tịch nước tiếp … Chính hiệp Trung Quốc" in Beijing: the one receiving is the
            # visitor there, the one received a host who calls on him (rule receive_abroad).
            guest, host_person, guest_side = host_person, guest, traveller
            rule = f"{rule}_abroad"
        kind = self._kind(guest_side, host_country, self._title(sentence, guest))
        if kind is None:
            return None
        return _Sides(guest, host_person, host_country, host_rule, kind, rule, host_evidence)

    def _first_listed(self, sentence: Sentence, sk: Skeleton, guest: Span) -> Span:
        """"Đại sứ Tây Ban Nha A, Đại sứ Yemen B đã trình Quốc thư": guests listed with the same
        office; the frame's guest is the last, the article's first visit the first named."""
        at = sk.slots.index(guest)
        office = self._title(sentence, guest)
        while at > 0 and office:
            slot = f"⟨P{at}⟩"
            m = re.search(rf"⟨P(\d+)⟩\s*,\s*[^⟨⟩,.;]{{0,60}}{slot}$", sk.text[: sk.text.find(slot) + len(slot)])
            before = sk.slots[int(m.group(1))] if m else None
            other = self._title(sentence, before) if before is not None else None
            if not other or other.split()[:2] != office.split()[:2]:
                break
            if re.search(rf"(?:{cue_pattern('INVITED_BY').pattern})\s*[^⟨⟩,.;]{{0,60}}$", sk.text[: m.start()]):
                break  # "Nhận lời mời của Thủ tướng Nhật Bản A, Thủ tướng B …": A invites, B travels
            guest, at = before, int(m.group(1))
        return guest

    def _leaders_own_office(self, leader: EntityFound, office: str | None) -> bool:
        """"Chủ tịch Thượng viện … đã hội đàm với Chủ tịch Quốc hội ⟨A⟩" names the leader, Chủ tịch
        Thượng viện kiêm Chủ tịch Quốc hội Myanmar ⟨L⟩, by office (rule leader_by_own_office): the
        leader's title opens with it and no one else of the article holds a title that does."""
        if not office or not leader.title:
            return False
        key = _fold(office).casefold()
        def holds(title: str | None) -> bool:
            folded = _fold(title or "").casefold()
            return folded == key or folded.startswith(key + " ") or folded.startswith(key + ",")
        if not holds(leader.title):
            return False
        others = {e.name for e in self.entity_at.values() if e.name != leader.name and holds(e.title)}
        return not others

    def _listed_with(self, sentence: Sentence, sk: Skeleton, span: Span) -> list[Span]:
        """The people listed with a frame's person, each with their own title: "đến chào xã giao
        Tổng Bí thư ⟨A⟩, Chủ tịch nước ⟨B⟩ và Thủ tướng ⟨C⟩", "⟨A⟩ và ⟨B⟩ đã đón ⟨L⟩" — met like
        the one the frame names (rule met_listed). Only a comma or "và", a title and a form of
        address may lie between; a name the sentence goes on from ("…, ông ⟨D⟩ cho biết") is the
        subject of another clause, not one of the list."""
        token = sk.token(span)
        listed: list[Span] = []
        at = sk.text.find(token) + len(token)
        while m := _LISTED_NEXT.match(sk.text, at):
            person = sk.slots[int(m.group(3))]
            if not self._only_title_between(sentence, m.group(2), person):
                break
            listed.append(person)
            at = m.end()
        if listed and not _LIST_END.match(sk.text, at):
            listed.pop()
        before = sk.text[: sk.text.find(token)]
        while m := _LISTED_BEFORE.search(before):
            if not self._only_title_between(sentence, m.group(2), span):
                break
            span = sk.slots[int(m.group(1))]
            listed.append(span)
            before = before[: m.start()]
        return listed

    def _only_title_between(self, sentence: Sentence, words: str, person: Span) -> bool:
        words, title = words.strip(), self._title(sentence, person) or ""
        if words and title and _fold(words).casefold().endswith(_fold(title).casefold()):
            words = words[: len(words) - len(title)]
        return _only_honorifics(words)

    @staticmethod
    def _is_source(sk: Skeleton, span: Span) -> bool:
        """"Theo Đặc phái viên TTXVN, …", "Theo Đại sứ ⟨A⟩, chuyến thăm …": the one a report is
        attributed to tells of the event; they are not its guest (rule source_not_guest)."""
        slot = sk.token(span)
        at = sk.text.find(slot)
        return bool(re.search(r"(?:^|[,;:]\s*|\s)[Tt]heo\s+[^⟨⟩,.;]{0,40}$", sk.text[:at])) and bool(
            re.match(r"\s*(?:\([^()]{0,40}\)\s*)?,", sk.text[at + len(slot):]))

    @staticmethod
    def _not_the_spouse(sk: Skeleton, guest: Span) -> Span:
        """"⟨Donald Trump⟩ và Đệ nhất phu nhân ⟨Melania Trump⟩ đã rời …": the frame's guest is
        the name nearest its verb, the spouse; the one who leads the visit is named first."""
        at = sk.slots.index(guest)
        for m in _with_spouse().finditer(sk.text):
            if int(m.group("spouse")) == at:
                return sk.slots[int(m.group("lead"))]
        return guest

    def _place_of_same_meeting(self, sentence: Sentence, a: Span, b: Span) -> tuple[str, str, str] | None:
        """(country, rule, sentence) from another sentence of the lead that names both people and
        where they are."""
        for other in self.zone():
            if other.text == sentence.text or not self._names_both(other, sentence, a, b):
                continue
            if (found := find_place(self.skeleton(other), self.disabled)) and (country := country_of_place(found[1])):
                return country, f"host_{found[0]}_same_meeting", other.text
        return None

    def _names_both(self, other: Sentence, sentence: Sentence, a: Span, b: Span) -> bool:
        """Whether the other sentence names both people, in full or by their last name."""
        def last(span: Span) -> str | None:
            e = self.entity(sentence, span)
            return _last_word(e.name) if e and e.name else None

        named = {_last_word(sp.name) for sp in self.reading.spans_in(other) if sp.type == "person" and sp.name}
        return {last(a), last(b)} <= named and None not in (last(a), last(b))

    @staticmethod
    def _paired_countries(sk: Skeleton, place: Span, host: str) -> list[str]:
        """Countries joined to the visited one: "thăm chính thức Argentina và Peru" (rule trip_countries)."""
        at = sk.slots.index(place)
        found: list[str] = []
        after = sk.text.index(f"⟨L{at}⟩") + len(f"⟨L{at}⟩")
        # The pairs after the frame's place, and after a later "thăm" of the same country in the
        # same sentence ("đã tới Rome, bắt đầu chuyến thăm chính thức Italy và Tòa thánh Vatican").
        starts = [after] + [m.end() for m in _visited_places(sk, after)
                            if country_of_place(sk.slot(m.group("place"))) == host]
        for start in starts:
            rest = sk.text[start:]
            while m := _PAIRED.match(rest):
                other = sk.slots[int(m.group(1))]
                country = country_of_place(other) if other.place and other.place.kind == "country" else None
                if not country or country in (host, VIETNAM) or country in found:
                    break
                found.append(country)
                rest = rest[m.end() :]
        return found

    def _delegation_side(self, delegation: str, sk: Skeleton) -> str | None:
        """The country of a delegation named without its head: "Đoàn đại biểu Quốc hội Lào"."""
        for m in SLOT.finditer(delegation):
            span = sk.slot(m.group(0))
            if span.type == "location":
                return country_of_place(span)
            if span.type == "organization" and (country := country_named_in(span.name)):
                return country  # "Đoàn đại biểu Quốc hội Việt Nam"
        return None

    def _title(self, sentence: Sentence, span: Span | None) -> str | None:
        if span is not None and span.type == "office":
            return span.title
        e = self.entity(sentence, span) if span else None
        return e.title if e else None

    @staticmethod
    def _kind(guest_side: str | None, host: str | None, guest_title: str | None) -> str | None:
        if host is None or guest_side is None:
            return None
        if guest_side == VIETNAM:
            return None if host == VIETNAM else "outbound"
        if host == VIETNAM:
            return "reception" if is_resident_title(guest_title) else "inbound"
        return None if same_country(host, guest_side) else "foreign"  # "Chủ tịch Trung Quốc thăm Hồng Kông": domestic

    # --- whom they met ------------------------------------------------------------------
    def _counterparts(self, event: Event) -> list[tuple[EntityFound, Fact]]:
        """People of the other side in a meeting frame with the leader, anywhere in the article."""
        met = list(event.met)
        if event.leader is None:
            return met
        seen = {e.name for e, _f in met} | {event.leader.name}
        leader_side = self.side_of_person(event.leader.name, event.leader.title)[0]
        for sentence in self.reading.sentences:
            if sentence.zone == "caption" or sentence.glued_caption:
                continue
            sk, frames = self.frames_of(sentence)
            for fm in frames:
                if fm.frame.rule not in MEETING_RULES or self._no_event(fm, sk):
                    continue
                if "planned" not in self.disabled and only_planned(fm, sk):
                    continue
                if "conjecture" not in self.disabled and conjectured(fm, sk):
                    continue
                slots = [v for k, v in fm.roles.items() if k in ("guest", "host", "a", "b") and isinstance(v, Span)]
                people = [self.entity(sentence, v) for v in slots]
                names = {p.name for p in people if p}
                if "leader_by_own_office" not in self.disabled and any(
                        v.type == "office" and self._leaders_own_office(event.leader, v.title) for v in slots):
                    names.add(event.leader.name)
                if event.leader.name not in names:
                    continue
                found = [(p, f"met:{fm.frame.rule}") for p in people]
                if "met_listed" not in self.disabled:
                    found += [(self.entity(sentence, v), f"met_listed:{fm.frame.rule}")
                              for slot, e in zip(slots, people) if e is None or e.name != event.leader.name
                              for v in self._listed_with(sentence, sk, slot)]
                for p, rule in found:
                    if p is None or p.name in seen or not p.title:
                        continue
                    if self.side_of_person(p.name, p.title)[0] == leader_side:
                        continue  # the leader's own delegation
                    seen.add(p.name)
                    met.append((p, Fact(p.name, rule, sentence.text)))
        return met


def _dated_reports(sentences: list[Sentence], *, sidelines: bool = False) -> list[Sentence]:
    """Rule dated_report: past the lead's first sentences, those that date what they tell ("Tại
    Berlin, sau cuộc hội đàm với Thủ tướng Đức … hôm 11/5, …") report the day's event even under
    a headline naming none; an undated one is what the body recalls. Not a summit's (one named in
    passing is often dated: "Tổng thống … ngày 14-5 đã đến Bắc Kinh để dự hội nghị …" in news of
    something else), nor a photo's headed caption ("Air Force One hạ cánh: Chuyên cơ … đáp xuống
    Hamburg, Đức, ngày 6/7"); only their visit frames are read (read_event). A caption placing
    two people who meet ("A (phải) và B gặp gỡ tại Nhà Trắng hôm 10/2") does report their meeting.
    With ``sidelines``, a summit's sentence that tells a meeting on its sidelines too ("… sau cuộc
    hội đàm … giữa ⟨A⟩ và ⟨B⟩ bên lề Hội nghị Thượng đỉnh G20 tại Hamburg, Đức, hôm 7/7"), only
    its sideline frames read (rule dated_sideline_meeting)."""
    return [s for s in sentences if states_a_day(s.text) and not _CAPTION_HEAD.match(s.text)
            and (not _names_summit(s) or (sidelines and "bên lề" in s.text))]


def _names_summit(sentence: Sentence) -> bool:
    return bool(cue_pattern("SUMMIT", ignore_case=True).search(sentence.text))


@lru_cache(maxsize=1)
def _with_spouse() -> re.Pattern[str]:
    """"⟨lead⟩ và Phu nhân ⟨spouse⟩", compiled once on first use."""
    return expand(r"⟨P(?P<lead>\d+)⟩\s*(?:và|cùng|cùng với)\s+(?:{SPOUSE})\s*⟨P(?P<spouse>\d+)⟩")


@lru_cache(maxsize=1)
def _honorific_words() -> frozenset[str]:
    """The words of the honorifics ("ông", "bà", "Tiến sĩ" …), case-folded."""
    return frozenset(w.casefold() for h in load_lexicon().honorifics for w in re.findall(r"\w+", h))


def _describes_a_photo(frame_text: str) -> bool:
    """Two people "trong cuộc hội kiến …" / "tại buổi gặp …": a caption's noun phrase, no verb."""
    return bool(cue_pattern("PHOTO_MEETING").search(frame_text))


def _only_honorifics(gap: str) -> bool:
    """Nothing but forms of address ("Samdech", "ngài", "đồng chí") between an office and a name."""
    rest = " ".join(gap.split())
    for word in load_lexicon().honorifics:  # longest first
        rest = re.sub(rf"(?:^|\s){re.escape(word)}(?=\s|$)", " ", rest).strip()
    return not rest


def _visited_places(sk: Skeleton, start: int) -> Iterator[re.Match[str]]:
    """Each "thăm … ⟨Ln⟩" of the skeleton after ``start`` (rule place_visited of places.tsv)."""
    pattern = dict(place_rules())["place_visited"]
    return pattern.finditer(sk.text, start)


def _last_word(name: str) -> str:
    """A name's last word, folded: "V.Volodin" and "V. Volodin" are both "volodin"."""
    return re.split(r"[\s.]+", fold_diacritics(name).casefold().strip(" ."))[-1]


def _fold(title: str) -> str:
    return " ".join(fold_diacritics(normalize_vi(title)).split())


def read_event(reading: Reading, entities: list[EntityFound], disabled: frozenset[str] = frozenset()) -> Event:
    return EventReader(reading, entities, disabled).read_event()
