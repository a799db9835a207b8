"""Open the archive: one SQLite file, WAL journal, foreign keys on, schema migrated forward."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from app.store.schema import migrate


def open_archive(path: str | Path, *, migrate_schema: bool = True) -> Database:
    """Open (creating if needed) the archive at path; ":memory:" gives a throwaway one."""
    if str(path) == ":memory:":
        db = Database(memory=True)
    else:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(path)
        db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    if migrate_schema:
        migrate(db)
    return db
