"""Open the archive: one SQLite file, WAL journal, foreign keys on, schema migrated forward.

Writers take the write lock up front (BEGIN IMMEDIATE) and wait their turn (busy timeout), so two
importers — two processes, or the window and the command line — both finish. Readers never write:
``read_only=True`` opens the file with ``mode=ro`` (or ``immutable=1`` on media where SQLite cannot
even create its shared-memory file), runs no migration unless one is needed and writing is
possible, and so reads a colleague's read-only copy, a CD or an archive on a full disk. A damaged
file is recognised (``PRAGMA quick_check`` before writing, the error caught while reading) and
named once in plain words with what to do.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from sqlite_utils import Database

from app.store.schema import migrate, pending_migrations

BUSY_TIMEOUT_MS = 60_000  # another writer holds the lock for one file's transaction, rarely more


class ArchiveError(Exception):
    """The archive cannot be opened as asked; the message is for the user, in plain words."""


class DamagedArchive(ArchiveError):
    pass


class ReadOnlyArchive(ArchiveError):
    pass


def damaged_message(path: str | Path, detail: str) -> str:
    detail = " ".join(detail.replace("*** in database main ***", "").split())
    return (
        f"Kho lưu trữ {path} bị hỏng ({detail}). Không ghi gì thêm vào kho này. Hãy khôi phục "
        f"từ bản sao lưu, hoặc cứu phần còn lại: sqlite3 \"{path}\" .recover | sqlite3 kho-moi.db "
        f"(the archive is damaged; nothing more is written to it. Restore a backup copy, or "
        f"recover what is left with: sqlite3 \"{path}\" .recover | sqlite3 new.db)"
    )


def is_damage(exc: BaseException) -> bool:
    """SQLite's words for a damaged or foreign file."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.DatabaseError) and (
        "malformed" in text or "not a database" in text or "corrupt" in text)


def is_read_only_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and (
        "readonly" in text or "read-only" in text or "unable to open" in text)


def is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return (isinstance(exc, sqlite3.OperationalError) and "disk is full" in text) or (
        isinstance(exc, OSError) and exc.errno == 28)


class ArchiveDatabase(Database):
    """sqlite-utils' Database whose transactions take the write lock when they begin.

    A deferred BEGIN in WAL mode that later writes fails at once with "database is locked" when
    another connection wrote in between (SQLite cannot wait without deadlocking); BEGIN
    IMMEDIATE waits for the lock up to the busy timeout instead.
    """

    read_only = False
    mode = "rw"  # "rw", "ro" (mode=ro) or "immutable"

    @contextlib.contextmanager
    def atomic(self):
        if self.conn.in_transaction or self.read_only:
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


def _connect(uri: str, *, is_uri: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=is_uri, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    # Python's implicit transactions (before a bare INSERT/UPDATE) take the write lock too.
    conn.isolation_level = "IMMEDIATE"
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _file_uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path.resolve()))}?{query}"


def open_archive(path: str | Path, *, migrate_schema: bool = True, read_only: bool = False,
                 check: bool | None = None) -> ArchiveDatabase:
    """Open the archive at path; ":memory:" gives a throwaway one.

    For writing (the default) the file is created if needed, checked with quick_check and
    migrated; ReadOnlyArchive or DamagedArchive says why it cannot be written. With
    ``read_only=True`` nothing is written (see the module docstring); ``db.read_only`` tells.
    """
    if str(path) == ":memory:":
        db = ArchiveDatabase(_connect(":memory:", is_uri=False))
        db.execute("PRAGMA foreign_keys = ON")
        if migrate_schema:
            migrate(db)
        return db
    path = Path(path)
    if read_only:
        return _open_for_reading(path, migrate_schema)
    return _open_for_writing(path, migrate_schema, check=True if check is None else check)


def _open_for_writing(path: Path, migrate_schema: bool, *, check: bool) -> ArchiveDatabase:
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyArchive(read_only_message(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ArchiveError(f"không tạo được thư mục của kho {path.parent}: {exc.strerror or exc}") from exc
    db = None
    try:
        db = ArchiveDatabase(_connect(str(path), is_uri=False))
        if check:
            problem = quick_check(db)
            if problem:
                raise DamagedArchive(damaged_message(path, problem))
        _enable_wal(db)
        db.execute("PRAGMA foreign_keys = ON")
        if migrate_schema:
            migrate(db)
        return db
    except ArchiveError:
        _close(db)
        raise
    except sqlite3.Error as exc:
        _close(db)
        if is_damage(exc):
            raise DamagedArchive(damaged_message(path, str(exc))) from exc
        if is_read_only_error(exc):
            raise ReadOnlyArchive(read_only_message(path)) from exc
        if is_disk_full(exc) or _no_space_left(path):  # SQLite may say "disk I/O error"
            raise ArchiveError(f"đĩa đầy, không ghi được vào kho {path}; kho không đổi (disk full: "
                               f"nothing was written, the archive is unchanged; it can still be "
                               f"searched and exported)") from exc
        raise ArchiveError(f"không mở được kho {path}: {exc}") from exc


def _enable_wal(db: ArchiveDatabase) -> None:
    """Switch a new archive to WAL, waiting for a second process doing the same: the switch needs
    the file to itself and SQLite reports "database is locked" at once rather than wait (two
    imports started together on a new archive: one of them failed about one run in six)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def read_only_message(path: Path) -> str:
    return (f"Kho {path} chỉ đọc: có thể tìm kiếm và xuất, không nhập hay sửa được "
            f"(the archive is read-only: it can be searched and exported, not imported into or corrected)")


def _open_for_reading(path: Path, migrate_schema: bool) -> ArchiveDatabase:
    if not path.exists():
        raise ArchiveError(f"không có kho lưu trữ ở {path} (no archive at {path}: import files first)")
    if migrate_schema:
        # An archive made by an older version is migrated once, when it can be written; a
        # read-only one is read as it is.
        probe = _open_ro(path)
        try:
            needs_migration = bool(pending_migrations(probe))
        finally:
            probe.conn.close()
        if needs_migration and os.access(path, os.W_OK):
            with contextlib.suppress(ArchiveError):
                _open_for_writing(path, True, check=True).conn.close()
    db = _open_ro(path)
    if migrate_schema:
        migrate(db, check_only=True)  # a newer version's archive is refused, never written
    return db


def _open_ro(path: Path) -> ArchiveDatabase:
    """mode=ro; immutable=1 when SQLite cannot create the WAL index next to the file (read-only
    folder or medium) — nobody writes there, which is what immutable promises."""
    last: Exception | None = None
    for params, mode in (({"mode": "ro"}, "ro"), ({"mode": "ro", "immutable": "1"}, "immutable")):
        conn = None
        try:
            conn = _connect(_file_uri(path, **params), is_uri=True)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            db = ArchiveDatabase(conn)
            db.read_only, db.mode = True, mode
            db.execute("PRAGMA foreign_keys = ON")
            return db
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            if is_damage(exc):
                raise DamagedArchive(damaged_message(path, str(exc))) from exc
            last = exc
    raise ArchiveError(f"không mở được kho {path} để đọc: {last}")


def _no_space_left(path: Path) -> bool:
    try:
        st = os.statvfs(path.parent)
    except (OSError, AttributeError):  # no statvfs on Windows: SQLite's own words stand
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


def quick_check(db: Database) -> str | None:
    """None when SQLite finds the file sound, else its first complaint."""
    rows = db.execute("PRAGMA quick_check(1)").fetchall()
    first = rows[0][0] if rows else "ok"
    return None if first == "ok" else str(first)


def _close(db: Database | None) -> None:
    if db is not None:
        with contextlib.suppress(sqlite3.Error):
            db.conn.close()
