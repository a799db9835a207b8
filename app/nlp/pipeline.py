"""Analyse one clean article: event date, entities, visits. Pure Python; loaded lazily."""

from __future__ import annotations

from app.ingest.article import CleanArticle
from app.nlp.dates import find_event_date
from app.nlp.entities import extract_entities
from app.nlp.model import ArticleAnalysis, EventInfo
from app.nlp.visits import find_visits


def event_info(article: CleanArticle) -> EventInfo | None:
    found = find_event_date(article.title, article.prose)
    if found is None:
        return None
    start, end = found.start, found.end
    end_dm = f"{found.end_day:02d}/{found.end_month:02d}" if found.end_day else None
    return EventInfo(
        start=start.isoformat() if start else None,
        end=(end or start).isoformat() if start else None,
        day_month=f"{found.start_day:02d}/{found.start_month:02d}",
        end_day_month=end_dm,
        year_basis=found.year_basis,
        evidence=found.evidence,
        year_evidence=found.year_evidence,
    )


def analyze(article: CleanArticle) -> ArticleAnalysis:
    units = [("t", article.title)] + [(f"b{i}", b.text) for i, b in enumerate(article.blocks)]
    entities = extract_entities(units)
    event = event_info(article)
    paragraphs = [b.text for b in article.blocks if b.kind == "paragraph"]
    visits = find_visits(article.title, article.lead or "", paragraphs, entities, event)
    return ArticleAnalysis(event=event, entities=entities, visits=visits)
