"""Analyse one clean article: a short pipeline of named components over one shared reading.

reading (sentences, spans) → names (entities) → event (kind, roles, counterparts) → dates (the
date of the sentence that reports the event, else the article's) → visits → agreements (what the
visit signed and gave: app.nlp.agreements). A component or a rule
inside one can be switched off for measurement (``disabled(...)``, as spaCy's
``select_pipes(disable=…)``): `python -m tests.benchmark_extraction --ablate RULE` prints what
each is worth. Pure Python; loaded lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta

from app.ingest.article import CleanArticle
from app.nlp.agreements import signed_and_given
from app.nlp.dates import EventDate, find_event_date
from app.nlp.entities import extract_entities
from app.nlp.events import Event, read_event
from app.nlp.gazetteer import load_gazetteer
from app.nlp.known_names import NO_NAMES, KnownNames
from app.nlp.model import VISIT_KINDS, ArticleAnalysis, Counterpart, EntityFound, EventInfo, EventKind, VisitFound
from app.nlp.reading import read
from app.nlp.sides import VIETNAM, same_country, side_of
from app.nlp.text import normalize_vi

COMPONENTS = ("names", "event", "dates", "visits", "agreements")  # the reading itself is always made
# Untitled foreign names where name shape and underthesea's CRF agree (app.nlp.crf_people): off.
# Measured on the real set's 54 annotated dev articles it finds 3 more people and 5 wrong ones
# (person P 0.908 → 0.875, F1 unchanged at 0.765): a wrong name costs more than a missing one.
CRF_PEOPLE = False
_disabled: frozenset[str] = frozenset()


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Run the pipeline without these components or rules (names of COMPONENTS or of rules)."""
    global _disabled
    before = _disabled
    _disabled = before | frozenset(names)
    try:
        yield
    finally:
        _disabled = before


def event_info(article: CleanArticle, reports: tuple[str, ...] = (),
               sides: frozenset[str] = frozenset(), *, reports_an_event: bool = True) -> EventInfo | None:
    """The event's date; with the visit's ``sides`` (its host and the visitor's country), a
    sentence that names only other countries never dates it unless it reports it. An article
    that reports no event is dated by its lead or title only (rule no_event_lead_date): its body's
    dates are mostly what it recalls ("Ngày 7/9/1951, phát biểu tại Hội nghị …" in 2017 news; on the
    corpus archive about 3 in 14 body dates of such articles were the news's own day, 11 in 12 lead
    dates)."""
    body = reports_an_event or "no_event_lead_date" in _disabled
    found = find_event_date(article.title, article.prose, reports, _disabled,
                            _about_elsewhere(sides) if sides else None, body)
    if found is None:
        return None
    start, end = found.start, found.end
    basis, year_evidence = found.year_basis, found.year_evidence
    if start is None and article.page_date and "year_from_page_date" not in _disabled:
        after = PAGE_META_DATE_AFTER if article.page_date_from_meta else PAGE_DATE_AFTER
        start, end = year_from_page_date(found, date.fromisoformat(article.page_date), after=after)
        if start is not None:
            basis, year_evidence = "page date", article.page_date_line
    end_dm = f"{found.end_day:02d}/{found.end_month:02d}" if found.end_day else None
    return EventInfo(
        start=start.isoformat() if start else None,
        end=(end or start).isoformat() if start else None,
        day_month=f"{found.start_day:02d}/{found.start_month:02d}",
        end_day_month=end_dm,
        year_basis=basis,
        evidence=found.evidence,
        year_evidence=year_evidence,
        rule=found.rule,
    )


# A story reports what happened in the days before its page was published, or what is about to.
PAGE_DATE_BEFORE = timedelta(days=45)
PAGE_DATE_AFTER = timedelta(days=30)
# A page's metadata date (article:published_time) may be stamped when the page was rendered or
# crawled, later than the story: it dates only what happened before it, or just after.
PAGE_META_DATE_AFTER = timedelta(days=3)


def year_from_page_date(found: EventDate, page: date, after: timedelta = PAGE_DATE_AFTER
                        ) -> tuple[date | None, date | None]:
    """Rule year_from_page_date: the year in which the event's day/month falls near the page's
    publication date ("Thứ Hai, 05/06/2017": a "sáng 3/6" is 3/6/2017, a "30/12" of a page of
    2/1/2018 is 2017); none when no year or two years fit."""
    fits = []
    for year in (page.year - 1, page.year, page.year + 1):
        try:
            day = date(year, found.start_month, found.start_day)
        except ValueError:
            continue
        if page - PAGE_DATE_BEFORE <= day <= page + after:
            fits.append(day)
    if len(fits) != 1:
        return None, None
    start = fits[0]
    if found.end_day is None:
        return start, start
    end_year = start.year + (1 if (found.end_month, found.end_day) < (found.start_month, found.start_day) else 0)
    try:
        return start, date(end_year, found.end_month, found.end_day)
    except ValueError:
        return None, None


def visits_of(event: Event, entities: list[EntityFound], date: EventInfo | None) -> list[VisitFound]:
    """The visit an event of a visit kind reports; none for calls and articles with no event."""
    if event.kind not in VISIT_KINDS:
        return []
    leader = event.leader
    hosts = [event.host, *event.also_hosts] if event.host else [None]
    visits = []
    for n, host in enumerate(hosts):
        country = host.value if host else None
        # Places whose country the gazetteer does not know belong to the first host.
        places = tuple(
            e.name for e in entities
            if country and e.type == "location" and e.kind not in ("country", "region")
            and (e.country == country or (e.country is None and n == 0))
        )
        visits.append(VisitFound(
            leader=leader.name if leader else None,
            leader_title=(event.leader_title or leader.title) if leader else None,
            host_country=country,
            places=places,
            # The date read is the first country's; another country of the trip has its own.
            start=date.start if date and n == 0 else None,
            end=date.end if date and n == 0 else None,
            day_month=date.day_month if date and n == 0 else None,
            year_basis=date.year_basis if date and n == 0 else None,
            evidence=event.evidence,
            met=tuple(Counterpart(e.name, e.title, f.rule, f.evidence) for e, f in event.met) if n == 0 else (),
            leader_rule=event.leader_fact.rule if event.leader_fact else None,
            host_rule=host.rule if host else None,
            host_evidence=host.evidence if host else None,
        ))
    return visits


def with_agreements(visit: VisitFound, reading, event: Event, date: EventInfo | None,
                    off: frozenset[str]) -> VisitFound:
    """The first visit of the article with the documents it signed and the honours it gave (a
    trip's other countries have their own articles to say so)."""
    event_year = int(date.start[:4]) if date and date.start else None
    agreements, honours = signed_and_given(reading, event.leader, [e for e, _f in event.met], event_year,
                                          visit.host_country, off)
    return replace(visit, agreements=tuple(agreements), honours=tuple(honours))


def _about_elsewhere(sides: frozenset[str]) -> Callable[[str], bool]:
    """Whether a sentence names countries and none of the visit's (Việt Nam counts as one: the side
    most articles follow, "Ngày 5/6, tại Hà Nội, …" of a trip abroad)."""
    ours = sides | {VIETNAM}

    def elsewhere(text: str) -> bool:
        countries = {p.country for _s, _e, p in load_gazetteer().find_all(normalize_vi(text)) if p.country}
        return bool(countries) and not any(same_country(c, s) for c in countries for s in ours)
    return elsewhere


def _sides_of(event: Event) -> frozenset[str]:
    if event.kind not in VISIT_KINDS or event.host is None:
        return frozenset()
    guest = side_of(event.leader.name, event.leader.title)[0] if event.leader else None
    return frozenset(c for c in (event.host.value, guest) if c)


def analyze(article: CleanArticle, known: KnownNames = NO_NAMES) -> ArticleAnalysis:
    """known: the people the archive already knows (app.nlp.known_names), or none."""
    off = _disabled
    reading = read(article, off)
    entities = [] if "names" in off else extract_entities(
        reading, NO_NAMES if "known_names" in off else known, crf_people=CRF_PEOPLE and "crf_people" not in off)
    event = Event("none", "event_disabled", "") if "event" in off else read_event(reading, entities, off)
    # The date of a sentence that reports the event first; the article's date otherwise.
    reports = tuple(event.reports) if "date_of_event_sentence" not in off else ()
    date = None if "dates" in off else event_info(article, reports, _sides_of(event),
                                                  reports_an_event=event.kind != "none")
    visits = [] if "visits" in off else visits_of(event, entities, date)
    if visits and "agreements" not in off:
        visits[0] = with_agreements(visits[0], reading, event, date, off)
    kind = EventKind(event.kind, event.rule, event.evidence or None)
    return ArticleAnalysis(event=date, entities=entities, visits=visits, kind=kind)
