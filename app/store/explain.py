"""Why the archive says what it says about one article: each fact with its rule and sentence.

Read from what the store kept at analysis time (no re-analysis): the article's kind, and for each
visit its leader, host country, date, counterparts, documents signed and honours given, each with
the rule that made it and the sentence that states it; a user's correction shows as the rule "corrected".
"""

from __future__ import annotations

import json

from sqlite_utils import Database


def explain_article(db: Database, article_id: int) -> dict | None:
    row = db.execute(
        "SELECT id, title, file_name, kind, kind_rule, kind_evidence, event_start, event_end, "
        "event_day_month, year_basis, date_evidence, year_evidence, year_from_article_id, corrected, date_rule "
        "FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    (aid, title, file_name, kind, kind_rule, kind_evidence, start, end, day_month, basis,
     date_evidence, year_evidence, year_from, corrected, date_rule) = row
    corrected = set(json.loads(corrected or "[]"))
    date_value = (start if start == end else f"{start}..{end}") if start else day_month
    facts = {
        "id": aid, "title": title, "file": file_name,
        "kind": {"value": kind or "none", "rule": "corrected" if "kind" in corrected else kind_rule,
                 "evidence": kind_evidence},
        "date": {"value": date_value,
                 "rule": None if not date_value else "corrected" if basis == "corrected"
                 else date_rule or "date_of_event",
                 "evidence": date_evidence},
        "year": {"value": start[:4] if start else None, "rule": _year_rule(basis, year_from),
                 "evidence": year_evidence or (date_evidence if basis == "stated" else None)},
        "visits": [],
    }
    for (leader, title_, host, leader_rule, host_rule, host_evidence, evidence, met, vcorrected, agreements,
         honours) in db.execute(
        "SELECT leader, leader_title, host_country, leader_rule, host_rule, host_evidence, evidence, met, "
        "corrected, agreements, honours FROM visits WHERE article_id = ? ORDER BY id", [aid]).fetchall():
        vcorrected = set(json.loads(vcorrected or "[]"))
        facts["visits"].append({
            "leader": {"value": leader, "title": title_,
                       "rule": "corrected" if "leader" in vcorrected else leader_rule, "evidence": evidence},
            "host_country": {"value": host, "rule": "corrected" if "host_country" in vcorrected else host_rule,
                             "evidence": host_evidence},
            "met": [{"value": m["name"], "title": m.get("title"), "rule": m.get("rule"),
                     "evidence": m.get("evidence")} for m in json.loads(met or "[]")],
            "agreements": [{"value": a["document"], "parties": a.get("parties"), "by": a.get("by") or [],
                            "role": a.get("role"), "rule": a.get("rule"), "evidence": a.get("evidence")}
                           for a in json.loads(agreements or "[]")],
            "honours": [{"value": h["honour"], "giver": h.get("giver"), "recipient": h.get("recipient"),
                         "rule": h.get("rule"), "evidence": h.get("evidence")} for h in json.loads(honours or "[]")],
            # the user removed some of the machine's: the rest stand
            "agreements_corrected": "agreements" in vcorrected,
            "honours_corrected": "honours" in vcorrected,
        })
    return facts


def _year_rule(basis: str | None, year_from: int | None) -> str | None:
    if basis == "inferred" and year_from:
        return f"year_from_same_visit (article {year_from})"
    return {"stated": "year_stated", "inferred": "year_inferred", "page date": "year_from_page_date",
            "corrected": "corrected"}.get(basis or "")


def format_explanation(facts: dict) -> str:
    """The facts as text: one line per fact, its rule, then the sentence that states it."""
    lines = [f"Bài {facts['id']}: {facts['title']}  ({facts['file']})"]

    def fact(label: str, f: dict, extra: str = "") -> None:
        value = f.get("value") or "—"
        lines.append(f"  {label}: {value}{extra}   [{f.get('rule') or 'không rõ (unknown)'}]")
        if f.get("evidence"):
            lines.append(f"      « {f['evidence']} »")

    fact("Loại sự kiện (kind)", facts["kind"])
    fact("Ngày (date)", facts["date"])
    fact("Năm (year)", facts["year"])
    if not facts["visits"]:
        lines.append("  Không có chuyến thăm (no visit).")
    for n, visit in enumerate(facts["visits"], start=1):
        lines.append(f"  Chuyến thăm {n}:")
        leader = visit["leader"]
        fact("  Trưởng đoàn (leader)", leader, f", {leader['title']}" if leader.get("title") else "")
        fact("  Nước chủ nhà (host)", visit["host_country"])
        for m in visit["met"]:
            fact("  Gặp (met)", m, f", {m['title']}" if m.get("title") else "")
        for a in visit.get("agreements", []):
            extra = f" — giữa (between) {a['parties']}" if a.get("parties") else ""
            fact("  Văn kiện (agreement)", a, extra)
        if visit.get("agreements_corrected"):
            lines.append("      (đã bỏ bớt văn kiện — some removed by hand: corrected)")
        for h in visit.get("honours", []):
            who = " → ".join(x for x in (h.get("giver") or "?", h.get("recipient") or "?"))
            fact("  Tặng (honour)", h, f" ({who})")
        if visit.get("honours_corrected"):
            lines.append("      (đã bỏ bớt — some removed by hand: corrected)")
    return "\n".join(lines)
