"""Decide the visit an article reports: who led it, to which country, where, and when.

A visit article either sends a Vietnamese delegation abroad (host = the foreign country, leader =
a Vietnamese official) or receives a foreign leader (host = Việt Nam, leader = the guest).
The host is read from visit phrases in the title and lead ("thăm chính thức Peru", "tại Lào",
"thủ đô Santiago de Chile"); the leader from "do … dẫn đầu", the title and lead, and mention
counts, choosing a person of the visiting side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.nlp.gazetteer import load_gazetteer
from app.nlp.lexicon import is_vietnamese_name
from app.nlp.model import EntityFound, EventInfo, VisitFound
from app.nlp.text import normalize_vi

VIETNAM = "Việt Nam"
_VISIT_CUE = re.compile(
    r"(thăm|chuyến thăm|công tác|làm việc|sang|đến|tới|tại|ở|đặt chân|thủ đô|Thủ đô)\s*"
    r"(chính thức|cấp nhà nước|hữu nghị|và làm việc|làm việc)?\s*(tại|ở)?\s*$"
)
_LEAD_CUE = re.compile(r"(dẫn đầu|làm trưởng đoàn|cùng đoàn|và đoàn)")
# The person met: "hội kiến X", "đã tiếp X", "làm việc với X" — the host side abroad, the guest at home.
_MET_CUE = re.compile(
    r"(hội kiến|hội đàm với|tiếp|đón|gặp|chào xã giao|làm việc với|hội đàm)\s+(?:[\w()]+\s+){0,8}$"
)


def _countries_in(text: str) -> list[tuple[int, str, bool]]:
    """(position, country, after a visit cue) for each country or city named in text."""
    gaz = load_gazetteer()
    out = []
    for start, _end, place in gaz.find_all(text):
        if not place.country:
            continue
        before = text[max(0, start - 40) : start]
        out.append((start, place.country, bool(_VISIT_CUE.search(before))))
    return out


def host_countries(title: str, lead: str, paragraphs: Sequence[str]) -> list[str]:
    """Host countries in the order the article visits them (usually one).

    Places named after a visit cue in the title or lead decide ("thăm chính thức Peru", "tại
    Đà Nẵng" → Việt Nam); without one, the foreign country named most, weighted by position.
    """
    cued: dict[str, float] = {}
    scores: dict[str, float] = {}
    for weight, text in ((3.0, title), (2.0, lead), *((1.0, p) for p in paragraphs)):
        for _pos, country, is_cued in _countries_in(normalize_vi(text)):
            scores[country] = scores.get(country, 0) + weight
            if is_cued and weight > 1:
                cued[country] = cued.get(country, 0) + weight
    if not scores:
        return []
    lead_norm = normalize_vi(f"{title} {lead}")
    if cued:
        main = max(cued, key=lambda c: (cued[c], scores[c]))
    else:
        foreign = {c: v for c, v in scores.items() if c != VIETNAM}
        main = max(foreign, key=foreign.get) if foreign else VIETNAM
    return [main, *(c for c in _paired_with(main, lead_norm) if c != VIETNAM)]


def _paired_with(country: str, lead: str) -> list[str]:
    """Countries the lead joins to the host with "và" or a comma: "tại Argentina và Peru"."""
    spans = [(s, e, p.country) for s, e, p in load_gazetteer().find_all(lead) if p.kind == "country"]
    paired: list[str] = []
    for (_s1, e1, c1), (s2, _e2, c2) in zip(spans, spans[1:]):
        if (c1 == country or c1 in paired) and re.fullmatch(r"\s*(,|và)\s*", lead[e1:s2]) \
                and c2 != country and c2 not in paired:
            paired.append(c2)
    return paired


def choose_leader(people: Sequence[EntityFound], title: str, lead: str, host: str | None) -> EntityFound | None:
    """The delegation head (or the visiting leader when the host is Việt Nam)."""
    if not people:
        return None
    title_n, lead_n = normalize_vi(title), normalize_vi(lead)
    best, best_score = None, float("-inf")
    for person in people:
        score = float(person.mentions)
        if person.name in title_n:
            score += 4
        at = lead_n.find(person.name)
        if at >= 0:
            score += 3
            # "do X dẫn đầu", "X … cùng đoàn": the delegation's head
            if _LEAD_CUE.search(lead_n[at : at + 120]) or "trưởng đoàn" in lead_n[max(0, at - 30) : at]:
                score += 6
            if _MET_CUE.search(lead_n[max(0, at - 60) : at]):
                score += 4 if host == VIETNAM else -6
        vietnamese = is_vietnamese_name(person.name)
        visiting_side = vietnamese if host != VIETNAM else not vietnamese
        if host and not visiting_side:
            score -= 10
        if score > best_score:
            best, best_score = person, score
    return best


def find_visits(title: str, lead: str, paragraphs: Sequence[str], entities: Sequence[EntityFound],
                event: EventInfo | None) -> list[VisitFound]:
    hosts = host_countries(title, lead or "", paragraphs)
    people = [e for e in entities if e.type == "person"]
    if not hosts and not people:
        return []
    leader = choose_leader(people, title, lead or "", hosts[0] if hosts else None)
    visits = []
    for host in hosts or [None]:
        # Venues and places the gazetteer does not know have no country: they belong to the
        # (first) host, where the article's events happen.
        places = [
            e.name for e in entities
            if e.type == "location" and e.kind not in ("country", "region")
            and (e.country == host or (e.country is None and host == hosts[0]))
        ]
        visits.append(
            VisitFound(
                leader=leader.name if leader else None,
                leader_title=leader.title if leader else None,
                host_country=host,
                places=tuple(places),
                start=event.start if event else None,
                end=event.end if event else None,
                day_month=event.day_month if event else None,
                year_basis=event.year_basis if event else None,
                evidence=(event.evidence if event else None) or lead,
            )
        )
    return visits
