"""Dossiers for a briefing: everything the archive holds on one country or one person.

A country dossier gathers the visits both ways — Vietnamese delegations to the country
(``outbound``), its delegations to Việt Nam (``inbound``), receptions of its ambassadors and
representatives (``reception``), and other visits it hosted (``foreign``, ``multilateral``) — in
time order, the last dated visit each way first; the leaders and counterparts with their titles,
what was signed and given, the places visited, and every article they come from. Which country a
guest comes from is read from their title as the event components read it (app.nlp.sides).

A person dossier gathers every spelling of the name the articles use, the titles held in time
order (the title as of each article's date: the latest dated one is current), the visits they
led, the people they met and the articles that mention them.

Plain dicts, ready for JSON, the briefing (app.store.briefing) and the window. Only visits and
facts the archive stores are shown: no date, side or title is guessed here.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlite_utils import Database

from app.nlp.reading import strip_credit
from app.nlp.sides import VIETNAM, side_of
from app.nlp.text import fold_diacritics, normalize_vi
from app.store.corrections import CorrectionError, canonical_country
from app.store.query import display_date

DIRECTIONS = ("outbound", "inbound", "reception", "foreign", "multilateral")


class DossierError(ValueError):
    """No such country or person, or a name that fits several: the message is for the user."""


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="minutes")


_VISIT_SQL = (
    'SELECT v.id, v.article_id, a.kind, v.leader, v.leader_title, v.leader_entity_id, v.host_country, v.places, '
    'v.start, v."end", v.day_month, v.year_basis, v.met, v.agreements, v.honours, v.corrected, '
    "a.title, a.source, a.file_name, a.event_end_day_month, a.year_from_article_id "
    "FROM visits v JOIN articles a ON a.id = v.article_id "
    "WHERE COALESCE((SELECT hidden FROM entities WHERE id = v.leader_entity_id), 0) = 0"
)


def _visit_line(row) -> dict:
    (vid, aid, kind, leader, leader_title, leader_id, host, places, start, end, day_month, basis, met,
     agreements, honours, corrected, title, source, file_name, end_day_month, year_from) = row
    known_year = bool(start)
    return {
        "visit_id": vid, "article_id": aid, "kind": kind or "none",
        "leader": leader, "leader_title": leader_title, "leader_id": leader_id, "host_country": host,
        "places": json.loads(places or "[]"),
        "start": start, "end": end, "day_month": None if known_year else day_month,
        "year_basis": basis,
        # ≈ when the year was inferred or taken from the page date; "????" when unknown
        "date": display_date(start, end, day_month, None if known_year else end_day_month, basis),
        "year_known": known_year,
        "met": [{"name": m["name"], "title": m.get("title")} for m in json.loads(met or "[]")],
        "agreements": json.loads(agreements or "[]"),
        "honours": json.loads(honours or "[]"),
        "corrected": json.loads(corrected or "[]"),
        "title": title, "source": source, "file": file_name,
    }


def _order(line: dict) -> tuple:
    """Dated visits by date; those of unknown year after them, by day and month; then undated."""
    if line["start"]:
        return (0, line["start"], line["visit_id"])
    if line["day_month"]:
        day, month = line["day_month"].split("/")
        return (1, f"{month}-{day}", line["visit_id"])
    return (2, "", line["visit_id"])


def guest_country(leader: str | None, title: str | None) -> str | None:
    """The country a visiting leader serves, from their title ("Thủ tướng Lào …"); None when the
    archive does not say."""
    if not leader and not title:
        return None
    return side_of(leader or "", title)[0]


def resolve_country(name: str) -> str:
    try:
        return canonical_country(name)
    except CorrectionError:
        raise DossierError(f"không biết quốc gia (unknown country) {name!r}") from None


def country_dossier(db: Database, name: str) -> dict:
    """Everything on one country (a country or one of its places: "Lima" → Peru)."""
    country = resolve_country(name)
    if country == VIETNAM:
        raise DossierError("hồ sơ quốc gia là về một nước khác, không phải Việt Nam "
                           "(a country dossier is about a country other than Việt Nam)")
    lines = []
    for row in db.execute(_VISIT_SQL + " ORDER BY v.id").fetchall():
        line = _visit_line(row)
        kind, host = line["kind"], line["host_country"]
        visiting_us = kind in ("inbound", "reception") and host == VIETNAM
        if visiting_us and guest_country(line["leader"], line["leader_title"]) != country:
            continue
        if not visiting_us and not (kind in ("outbound", "foreign", "multilateral") and host == country):
            continue
        line["direction"] = kind
        lines.append(line)
    lines.sort(key=_order)
    return {
        "type": "country",
        "subject": country,
        "produced": _now(),
        "visits": lines,
        "last": {d: _last(lines, d) for d in ("outbound", "inbound")},
        "people": _people(lines),
        "agreements": [dict(a, article_id=ln["article_id"], date=ln["date"]) for ln in lines for a in ln["agreements"]],
        "honours": [dict(h, article_id=ln["article_id"], date=ln["date"]) for ln in lines for h in ln["honours"]],
        "places": _places(lines),
        "sources": _sources(db, [ln["article_id"] for ln in lines]),
    }


def _last(lines: list[dict], direction: str) -> dict | None:
    """The last visit of a direction whose year is known (an unknown year cannot be "last")."""
    dated = [ln for ln in lines if ln["direction"] == direction and ln["start"]]
    return max(dated, key=lambda ln: (ln["start"], ln["visit_id"])) if dated else None


def _people(lines: list[dict]) -> list[dict]:
    """Leaders and counterparts of the visits with the titles the articles give them, latest first."""
    people: dict[str, dict] = {}

    def add(name: str | None, title: str | None, role: str, line: dict) -> None:
        if not name:
            return
        person = people.setdefault(fold_diacritics(name), {"name": name, "titles": [], "roles": [], "article_ids": []})
        if title and title not in person["titles"]:
            person["titles"].insert(0, title)  # lines are in time order: the latest title first
        if role not in person["roles"]:
            person["roles"].append(role)
        if line["article_id"] not in person["article_ids"]:
            person["article_ids"].append(line["article_id"])

    for line in lines:
        add(line["leader"], line["leader_title"], "leader", line)
        for m in line["met"]:
            add(m["name"], m.get("title"), "counterpart", line)
    return sorted(people.values(), key=lambda p: (-len(p["article_ids"]), fold_diacritics(p["name"])))


def _places(lines: list[dict]) -> list[dict]:
    places: dict[str, dict] = {}
    for line in lines:
        for place in line["places"]:
            entry = places.setdefault(place, {"name": place, "article_ids": []})
            if line["article_id"] not in entry["article_ids"]:
                entry["article_ids"].append(line["article_id"])
    return sorted(places.values(), key=lambda p: (-len(p["article_ids"]), fold_diacritics(p["name"])))


def _sources(db: Database, article_ids: list[int]) -> list[dict]:
    """The articles a dossier cites, numbered in the order it first cites them."""
    ids = list(dict.fromkeys(article_ids))
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = {r[0]: r for r in db.execute(
        "SELECT id, title, source, file_name, event_start, event_end, event_day_month, event_end_day_month, "
        f"year_basis FROM articles WHERE id IN ({marks})", ids).fetchall()}
    out = []
    for n, aid in enumerate(ids, start=1):
        r = rows[aid]
        out.append({"n": n, "article_id": aid, "title": r[1], "source": r[2], "file": r[3],
                    "date": display_date(r[4], r[5], r[6], r[7], r[8])})
    return out


# --- people ---------------------------------------------------------------------------------------

def resolve_person(db: Database, name: str) -> dict:
    """The one stored person ``name`` names: an exact (diacritics-optional) name first, else the
    only person whose name contains it."""
    key = fold_diacritics(" ".join((name or "").split()))
    if not key:
        raise DossierError("tên người không được để trống (the name must not be empty)")
    rows = db.execute("SELECT id, name, title, key FROM entities WHERE type = 'person' AND hidden = 0 "
                      "AND key LIKE ? ORDER BY article_count DESC, name", [f"%{key}%"]).fetchall()
    exact = [r for r in rows if r[3] == key]
    if len(exact) == 1 or len(rows) == 1:
        r = (exact or rows)[0]
        return {"id": r[0], "name": r[1], "title": r[2]}
    if not rows:
        raise DossierError(f"không có người nào tên (no person named) {name!r}")
    names = ", ".join(r[1] for r in rows[:8])
    raise DossierError(f"nhiều người khớp với (several people match) {name!r}: {names}")


def person_dossier(db: Database, name: str | None = None, *, entity_id: int | None = None) -> dict:
    if entity_id is not None:
        row = db.execute("SELECT id, name, title FROM entities WHERE id = ? AND type = 'person'",
                         [entity_id]).fetchone()
        if row is None:
            raise DossierError(f"không có người (no person with id) {entity_id}")
        person = {"id": row[0], "name": row[1], "title": row[2]}
    else:
        person = resolve_person(db, name or "")
    pid = person["id"]
    mentions = db.execute(
        "SELECT a.id, a.title, a.blocks, a.event_start, a.event_end, a.event_day_month, a.event_end_day_month, "
        "a.year_basis, a.sort_key, m.title, m.spans FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.entity_id = ? ORDER BY a.id", [pid]).fetchall()
    spellings: dict[str, list[int]] = {}
    titles = []
    for (aid, title, blocks, start, end, dm, end_dm, basis, _sort, m_title, spans) in mentions:
        for spelling in _spellings(title, blocks, spans):
            ids = spellings.setdefault(spelling, [])
            if aid not in ids:
                ids.append(aid)
        if m_title:
            titles.append({"title": m_title, "article_id": aid, "start": start,
                           "date": display_date(start, end, dm, end_dm, basis), "year_basis": basis})
    # The title as of each article's date: dated ones in time order; unknown years after them.
    titles.sort(key=lambda t: (t["start"] is None, t["start"] or "", t["article_id"]))
    dated = [t for t in titles if t["start"]]
    led = [_visit_line(r) for r in db.execute(_VISIT_SQL + " AND v.leader_entity_id = ? ORDER BY v.id",
                                                   [pid]).fetchall()]
    led.sort(key=_order)
    met: dict[str, dict] = {}
    for line in led:  # whom they met on their visits
        for m in line["met"]:
            entry = met.setdefault(fold_diacritics(m["name"]), {"name": m["name"], "title": m.get("title"),
                                                                 "article_ids": []})
            entry["article_ids"].append(line["article_id"])
    key = fold_diacritics(person["name"])
    met_by = []  # visits where they were the counterpart
    for r in db.execute(_VISIT_SQL + " AND v.met LIKE ? ORDER BY v.id", [f"%{person['name']}%"]).fetchall():
        line = _visit_line(r)
        if any(fold_diacritics(m["name"]) == key for m in line["met"]):
            met_by.append(line)
            if line["leader"]:
                entry = met.setdefault(fold_diacritics(line["leader"]), {
                    "name": line["leader"], "title": line["leader_title"], "article_ids": []})
                entry["article_ids"].append(line["article_id"])
    met_by.sort(key=_order)
    article_ids = [m[0] for m in mentions]
    return {
        "type": "person",
        "subject": person["name"],
        "person_id": pid,
        "produced": _now(),
        "current_title": dated[-1]["title"] if dated else None,
        "current_title_date": dated[-1]["date"] if dated else None,
        "spellings": [{"spelling": s, "article_ids": ids} for s, ids in
                      sorted(spellings.items(), key=lambda kv: (-len(kv[1]), kv[0]))],
        "titles": _title_runs(titles),
        "visits": led,
        "met_by": met_by,
        "met": sorted(met.values(), key=lambda m: (-len(m["article_ids"]), fold_diacritics(m["name"]))),
        "articles": _sources(db, article_ids),
        "sources": _sources(db, article_ids),
    }


def _title_runs(titles: list[dict]) -> list[dict]:
    """Consecutive articles giving the same title are one run: from its first to its last article."""
    runs: list[dict] = []
    for t in titles:
        if runs and runs[-1]["title"] == t["title"] and bool(runs[-1]["last_start"]) == bool(t["start"]):
            runs[-1]["article_ids"].append(t["article_id"])
            runs[-1]["to"], runs[-1]["last_start"] = t["date"], t["start"]
            continue
        runs.append({"title": t["title"], "from": t["date"], "to": t["date"], "last_start": t["start"],
                     "article_ids": [t["article_id"]]})
    for run in runs:
        run.pop("last_start")
    return runs


def _spellings(title: str, blocks_json: str | None, spans_json: str | None) -> list[str]:
    """The name as each mention writes it: the text of its spans in the article's units, cleaned as
    the reading cleans them (app.nlp.reading) so the stored offsets fit."""
    units = {"t": title or ""}
    for i, block in enumerate(json.loads(blocks_json or "[]")):
        units[f"b{i}"] = block.get("text") or ""
    out = []
    for unit, start, end in json.loads(spans_json or "[]"):
        text = normalize_vi(strip_credit(units.get(unit, "")))
        spelling = " ".join(text[start:end].split())
        if spelling and spelling not in out:
            out.append(spelling)
    return out
