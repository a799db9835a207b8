"""The people the archive knows, as plain data for the analysis (app.nlp.known_names)."""

from __future__ import annotations

from sqlite_utils import Database


def titled_person_counts(db: Database) -> dict[str, int]:
    """Every visible person with a name of two words or more → the number of articles that
    give them a title ("Tổng thống Donald Trump"): the names the analysis may trust without one."""
    rows = db.execute(
        "SELECT e.name, COUNT(DISTINCT m.article_id) FROM entities e JOIN mentions m ON m.entity_id = e.id "
        "WHERE e.type = 'person' AND e.hidden = 0 AND m.title IS NOT NULL AND m.title != '' "
        "AND e.name LIKE '% %' GROUP BY e.id"
    ).fetchall()
    return {name: count for name, count in rows}
