"""Hostile input and faults: the suite builds the bad files and the faults itself and checks that
every bad file is named with an accurate reason, every good file is stored, nothing stored is
lost, no traceback is printed and nothing hangs (each command under a subprocess time limit).

Faults that need privileges (a small tmpfs for a full disk, a read-only bind mount) are made
when the tests run as root — chmod means nothing to root — and skipped with the reason otherwise
(or, for read-only, made with chmod as a normal user).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.ingest.legacy_vi import encode_tcvn3, encode_vni

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
TIME_LIMIT = 240  # seconds for one command: a hang fails the test instead of the run
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

# An article written for these tests (not from any corpus); {n}, {d} and {e} make each copy a
# different article.
ARTICLE = (
    "Bộ trưởng Ngoại giao thăm chính thức Lào lần thứ {n}\n\n"
    "Ngày {d}/3/2024, tại Thủ đô Viêng Chăn, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ "
    "trưởng Ngoại giao Lào Saleumxay Kommasith trong khuôn khổ chuyến thăm chính thức Lào từ ngày "
    "{d} đến ngày {e}/3/2024.\n\n"
    "Hai bên nhất trí tăng cường hợp tác về kinh tế, giáo dục, văn hoá và đầu tư, đồng thời trao đổi "
    "ý kiến về các vấn đề khu vực và quốc tế cùng quan tâm./.\n"
)


def article(n: int) -> str:
    return ARTICLE.format(n=n, d=1 + n % 27, e=2 + n % 27)


def as_html(text: str) -> str:
    title, *paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return ("<!DOCTYPE html><html><head><title>x</title></head><body><h1>" + title + "</h1>"
            + "".join(f"<p>{p.strip()}</p>" for p in paragraphs) + "</body></html>")


def run_cli(*args: str, timeout: float = TIME_LIMIT) -> subprocess.CompletedProcess:
    """The command line in its own process, under a time limit (a hang raises TimeoutExpired)."""
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True,
                          timeout=timeout)


def text_of(stream: bytes) -> str:
    return stream.decode("utf-8", errors="replace")


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    err = text_of(proc.stderr)
    assert "Traceback" not in err and "Exception ignored" not in err, err


def count(db: Path, sql: str = "SELECT COUNT(*) FROM articles") -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """An archive of the five seeds, made once; tests copy it before they fault it."""
    db = tmp_path_factory.mktemp("hostile") / "seeded.db"
    proc = run_cli("--db", str(db), "import", str(SEEDS), "--quiet")
    assert proc.returncode == 0, text_of(proc.stderr)
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one self-contained file to copy
    con.close()
    return db


def copy_archive(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    return dst


# --- bad files in a folder, and named directly ---------------------------------------------------

def test_a_folder_of_hostile_files_names_each_and_stores_the_rest(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = {
        "plain.txt": article(1).encode("utf-8"),
        "utf32.txt": article(2).encode("utf-32"),  # with a BOM
        "tcvn3.txt": encode_tcvn3(article(3)),
        "vni.txt": encode_vni(article(4)),
        "same_as_plain.html": as_html(article(1)).encode("utf-8"),  # a duplicate of plain.txt
    }
    for name, data in good.items():
        (folder / name).write_bytes(data)
    bad_name = os.fsdecode(b"bad-name-\xff\xfe.txt")
    (folder / bad_name).write_bytes(article(5).encode("utf-8"))  # good bytes, a name not UTF-8
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "random.txt").symlink_to("/dev/urandom")
    (folder / "pdf.txt").write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages "
        b"/Kids [3 0 R] /Count 1 >>\nendobj\nxref\n0 3\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    (folder / "base64.txt").write_bytes(b"\n".join(
        __import__("base64").b64encode(bytes(range(i, i + 57))) for i in range(0, 190, 3)))
    one_bad = bytearray(article(6).encode("utf-8"))
    one_bad[120] = 0xFF
    (folder / "one_bad_byte.txt").write_bytes(bytes(one_bad))
    (folder / "nul_late.txt").write_bytes(article(7).encode("utf-8") * 40 + b"\x00tail")
    (folder / "nul_early.txt").write_bytes(b"ab\x00" + article(8).encode("utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    db = tmp_path / "a.db"

    proc = run_cli("--db", str(db), "import", str(folder))
    err = text_of(proc.stderr)
    assert_no_traceback(proc)
    assert proc.returncode == 1, err
    expected = {  # file → words its reason must hold
        "pipe.txt": "FIFO", "zero.txt": "device", "random.txt": "device",
        "pdf.txt": "not an article: PDF", "base64.txt": "not an article: a base64 dump",
        "one_bad_byte.txt": "invalid UTF-8: 1 bad byte", "nul_late.txt": "NUL byte at offset",
        "nul_early.txt": "NUL byte at offset 2", "empty.txt": "empty file",
    }
    skipped = {line.split(": ", 1)[0].split("/")[-1]: line for line in err.splitlines()
               if line.startswith("BỎ QUA")}
    for name, words in expected.items():
        assert name in skipped and words in skipped[name], (name, skipped.get(name), err)
    assert len(skipped) == len(expected), skipped
    assert "unknown" not in err
    # Every good file is stored, once: the html copy is the same clean article as plain.txt.
    assert count(db) == 5, err
    assert "duplicate of " + str(folder / "plain.txt") in err
    con = sqlite3.connect(db)
    rows = dict(con.execute("SELECT file_name, encoding FROM articles").fetchall())
    assert rows["utf32.txt"] == "utf-32" and rows["tcvn3.txt"] == "tcvn3" and rows["vni.txt"] == "vni"
    titles = {t for (t,) in con.execute("SELECT title FROM articles")}
    assert {article(n).split("\n")[0] for n in (1, 2, 3, 4, 5)} == titles  # converted, not mojibake
    assert "\x00" not in "".join(b for (b,) in con.execute("SELECT body FROM articles"))
    # The legacy conversion is in the import log; the bad name is kept byte for byte.
    notes = [r for (r,) in con.execute("SELECT reason FROM import_log WHERE status = 'imported' "
                                       "AND reason IS NOT NULL")]
    assert any("TCVN3" in n for n in notes) and any("VNI" in n for n in notes)
    stored = con.execute("SELECT file_name, file_path_bytes FROM articles WHERE file_path_bytes "
                         "IS NOT NULL").fetchone()
    assert stored[0] == "bad-name-\\xff\\xfe.txt" and stored[1] == os.fsencode(folder / bad_name)
    assert "bad-name-\\xff\\xfe.txt" in err


def test_a_fifo_or_a_device_named_directly_is_refused_at_once(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    proc = run_cli("--db", str(tmp_path / "a.db"), "import", str(tmp_path / "pipe"), "/dev/zero",
                   "/dev/urandom", timeout=120)
    err = text_of(proc.stderr)
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert "pipe: " in err and "FIFO" in err and err.count("device, not a regular file") == 2, err


# --- two writers ---------------------------------------------------------------------------------

def test_two_imports_at_once_both_finish_with_every_file_stored(tmp_path):
    folders = [tmp_path / "one", tmp_path / "two"]
    for k, folder in enumerate(folders):
        folder.mkdir()
        for i in range(8):
            n = 100 + k * 8 + i
            (folder / f"a{n}.txt").write_text(article(n), encoding="utf-8")
    # The same article in both folders: stored once, whoever comes first.
    for folder in folders:
        (folder / "shared.txt").write_text(article(999), encoding="utf-8")
    db = tmp_path / "shared.db"
    procs = [subprocess.Popen([sys.executable, "-m", "app", "--db", str(db), "import", str(f)],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for f in folders]
    results = [p.communicate(timeout=TIME_LIMIT * 2) for p in procs]
    for proc, (_out, err) in zip(procs, results):
        assert "Traceback" not in text_of(err) and "locked" not in text_of(err), text_of(err)
        assert proc.returncode == 0, text_of(err)
    assert count(db) == 17  # 16 different articles and the shared one, once
    assert count(db, "SELECT COUNT(*) FROM import_log WHERE status = 'skipped'") == 0


# --- archives that cannot be written -------------------------------------------------------------

def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.fixture
def read_only_archive(seeded, tmp_path):
    """The seeded archive where it cannot be written: a read-only bind mount (root), or chmod."""
    src = tmp_path / "src"
    src.mkdir()
    copy_archive(seeded, src / "ro.db")
    if IS_ROOT:
        ro = tmp_path / "ro"
        ro.mkdir()
        if not (_mount("--bind", str(src), str(ro)) and _mount("-o", "remount,bind,ro", str(ro))):
            subprocess.run(["umount", str(ro)], capture_output=True)
            pytest.skip("running as root (chmod means nothing) and a read-only bind mount is not "
                        "allowed here")
        try:
            yield ro / "ro.db"
        finally:
            subprocess.run(["umount", str(ro)], capture_output=True)
    else:
        (src / "ro.db").chmod(0o444)
        src.chmod(0o555)
        try:
            yield src / "ro.db"
        finally:
            src.chmod(0o755)


def test_a_read_only_archive_is_searched_and_exported_never_written(read_only_archive, tmp_path):
    before = sha256(read_only_archive)
    search = run_cli("--db", str(read_only_archive), "search", "luong cuong", timeout=120)
    assert search.returncode == 0 and "Lương Cường" in text_of(search.stdout), text_of(search.stderr)
    export = run_cli("--db", str(read_only_archive), "export", "--format", "json", timeout=120)
    assert export.returncode == 0 and len(json.loads(export.stdout)["articles"]) == 5
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "x.txt").write_text(article(1), encoding="utf-8")
    imp = run_cli("--db", str(read_only_archive), "import", str(tmp_path / "new"), timeout=120)
    assert imp.returncode == 1 and "read-only" in text_of(imp.stderr), text_of(imp.stderr)
    for proc in (search, export, imp):
        assert_no_traceback(proc)
    assert sha256(read_only_archive) == before
    assert not Path(str(read_only_archive) + "-wal").exists()


def test_reading_opens_with_mode_ro_and_writes_nothing(seeded, tmp_path):
    """Without privileges: search, export, explain and correct list leave the archive's bytes as
    they were (SQLite's WAL readers may create the empty -wal/-shm index files beside it)."""
    db = copy_archive(seeded, tmp_path / "r.db")
    before = sha256(db)
    for args in (("search", "lima"), ("export", "--format", "csv"), ("explain", "1"),
                 ("correct", "list")):
        proc = run_cli("--db", str(db), *args, timeout=120)
        assert proc.returncode == 0, (args, text_of(proc.stderr))
        assert_no_traceback(proc)
    assert sha256(db) == before
    wal = Path(str(db) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


@pytest.fixture
def small_tmpfs(tmp_path):
    if not IS_ROOT:
        pytest.skip("a full disk is made with a small tmpfs, which needs root")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    if not _mount("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)):
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], capture_output=True)


def _fill(folder: Path) -> None:
    """Fill the file system to the last byte."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (65536, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


def test_a_full_disk_stops_the_import_saying_what_was_stored(seeded, small_tmpfs, tmp_path):
    db = copy_archive(seeded, small_tmpfs / "full.db")
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):  # more than fits: each stored file holds its raw bytes
        (folder / f"f{i:02}.txt").write_text(article(200 + i) + ("Thêm một đoạn văn. " * 400),
                                              encoding="utf-8")
    first = run_cli("--db", str(db), "import", str(folder / "f00.txt"), timeout=120)
    assert first.returncode == 0, text_of(first.stderr)
    _fill(small_tmpfs)
    # Room for the archive to open and a few files to be stored, not for all forty.
    filler = small_tmpfs / "filler"
    os.truncate(filler, max(0, filler.stat().st_size - 384 * 1024))
    proc = run_cli("--db", str(db), "import", str(folder))
    err = text_of(proc.stderr)
    assert_no_traceback(proc)
    assert proc.returncode == 1 and "disk full" in err and "not imported:" in err, err
    assert "run the same command again" in err
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] >= 6  # the seeds and f00 kept
    con.close()
    _fill(small_tmpfs)  # full to the last byte: reading still works
    # Reading a full archive works: search and export open it read-only.
    search = run_cli("--db", str(db), "search", "luong cuong", timeout=120)
    assert search.returncode == 0 and "Lương Cường" in text_of(search.stdout), text_of(search.stderr)
    assert_no_traceback(search)
    # Space again: the same command completes the import.
    (small_tmpfs / "filler").unlink()
    shutil.move(str(db), tmp_path / "moved.db")
    for suffix in ("-wal", "-shm"):
        if Path(str(db) + suffix).exists():
            shutil.move(str(db) + suffix, str(tmp_path / "moved.db") + suffix)
    again = run_cli("--db", str(tmp_path / "moved.db"), "import", str(folder), "--quiet")
    assert again.returncode == 0, text_of(again.stderr)
    assert count(tmp_path / "moved.db") == 5 + 40


def test_export_to_stdout_on_a_full_device_says_so(seeded, tmp_path):
    db = copy_archive(seeded, tmp_path / "e.db")
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "app", "--db", str(db), "export"], cwd=ROOT,
                              stdout=full, stderr=subprocess.PIPE, timeout=120)
    err = text_of(proc.stderr)
    assert proc.returncode == 1 and "could not write to standard output" in err, err
    assert_no_traceback(proc)


# --- a damaged archive ---------------------------------------------------------------------------

def _zero_a_middle_page(db: Path) -> None:
    con = sqlite3.connect(db)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    with open(db, "r+b") as f:
        f.seek(page_size * (pages // 2))
        f.write(b"\0" * page_size)


def test_a_damaged_archive_is_named_once_and_never_written(seeded, tmp_path):
    db = copy_archive(seeded, tmp_path / "d.db")
    _zero_a_middle_page(db)
    before = sha256(db)
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / "x.txt").write_text(article(1), encoding="utf-8")
    imp = run_cli("--db", str(db), "import", str(tmp_path / "new"), timeout=120)
    err = text_of(imp.stderr)
    assert imp.returncode == 1 and ".recover" in err, err
    assert err.count("the archive is damaged") == 1  # named once
    export = run_cli("--db", str(db), "export", timeout=120)
    assert export.returncode in (0, 1)
    if export.returncode == 1:  # the export read the damaged page: named in the same words
        assert text_of(export.stderr).count("the archive is damaged") == 1
    for proc in (imp, export):
        assert_no_traceback(proc)
    assert sha256(db) == before


# --- signals -------------------------------------------------------------------------------------

@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_during_import_ends_with_what_is_stored_and_how_to_resume(tmp_path, signum):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(30):
        (folder / f"f{i:02}.txt").write_text(article(300 + i), encoding="utf-8")
    db = tmp_path / "s.db"
    proc = subprocess.Popen([sys.executable, "-m", "app", "--db", str(db), "import", str(folder)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    seen = b""
    deadline = time.monotonic() + TIME_LIMIT
    while b"[1/30]" not in seen and time.monotonic() < deadline:  # the first file is stored
        line = proc.stderr.readline()
        if not line:
            break
        seen += line
    proc.send_signal(signum)
    try:
        _out, rest = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    err = text_of(seen + rest)
    assert "Traceback" not in err, err
    assert proc.returncode == 130, err
    assert "articles stored" in err and "run the same command again" in err, err
    stored = count(db)
    assert 1 <= stored < 30
    again = run_cli("--db", str(db), "import", str(folder), "--quiet")
    assert again.returncode == 0 and count(db) == 30, text_of(again.stderr)


# --- the smaller ones ----------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["correct", "article", str(2**63), "--kind", "none"],
    ["correct", "entity", str(2**64), "--hide"],
    ["correct", "entity", "1", "--merge-into", str(2**70)],
    ["correct", "clear", str(2**63)],
    ["explain", str(2**63)],
])
def test_ids_beyond_sqlite_integers_exit_2_with_a_message(args, tmp_path):
    proc = run_cli("--db", str(tmp_path / "i.db"), *args, timeout=120)
    assert proc.returncode == 2, text_of(proc.stderr)
    assert "no such id" in text_of(proc.stderr)
    assert_no_traceback(proc)


# --- decoding, in process ------------------------------------------------------------------------

VIETNAMESE_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"


@pytest.mark.parametrize("encode, name", [(encode_tcvn3, "tcvn3"), (encode_vni, "vni")])
def test_legacy_encodings_round_trip_every_letter_and_are_detected(encode, name):
    from app.ingest.decode import decode_bytes
    from app.ingest.legacy_vi import decode_tcvn3, decode_vni

    decode = decode_tcvn3 if name == "tcvn3" else decode_vni
    letters = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()
    assert decode(encode(letters)) == letters
    for n in range(5):
        text = article(n)
        assert decode_bytes(encode(text)) == (text, name)


def test_tcvn3_and_vni_bytes_of_a_word_are_the_published_ones():
    # "Việt Nam" as the standard tables spell it: ệ is 0xD6 in TCVN3, "e" + 0xE4 in VNI.
    assert encode_tcvn3("Việt Nam") == b"Vi\xd6t Nam"
    assert encode_vni("Việt Nam") == b"Vie\xe4t Nam"
    assert encode_tcvn3("đường") == b"\xae\xad\xeang"
    assert encode_vni("Đường") == b"\xd1\xf6\xf4\xf8ng"


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be"])
def test_utf32_with_or_without_bom_is_not_read_as_utf16(codec):
    from app.ingest.decode import decode_bytes

    text, encoding = decode_bytes(article(1).encode(codec))
    assert text == article(1) and encoding == "utf-32" and "\x00" not in text


@pytest.mark.parametrize("data", [b"\x00" + article(1).encode(), article(1).encode() * 50 + b"\x00",
                                  b"x" * 9000 + b"\x00" + b"y" * 10])
def test_a_nul_byte_is_named_wherever_it_is(data):
    from app.ingest.decode import UnreadableFile, decode_bytes

    with pytest.raises(UnreadableFile, match=f"NUL byte at offset {data.index(0)}"):
        decode_bytes(data)


def test_legacy_text_no_code_page_reads_is_refused_as_undecidable():
    from app.ingest.decode import UnreadableFile, decode_bytes

    mixed = encode_tcvn3(article(1)) + b"\n\n" + encode_vni(article(2))  # half one, half the other
    with pytest.raises(UnreadableFile, match="undecidable encoding"):
        decode_bytes(mixed)


def test_sidebar_tooltips_show_a_name_as_text_not_markup():
    from PySide6.QtGui import QTextDocument

    from app.ui.entity_model import plain_tooltip

    name = '<b>x</b><img src="file:///etc/passwd"> & co'
    tip = plain_tooltip(name + "\nChủ tịch")
    doc = QTextDocument()
    doc.setHtml(tip)
    assert doc.toPlainText() == name + "\u2029Chủ tịch" or doc.toPlainText() == name + "\nChủ tịch"
    assert "<img" not in tip and "<b>" not in tip


def test_the_sidebar_model_sets_escaped_tooltips(qapp):
    from PySide6.QtGui import QTextDocument

    from app.ui.entity_model import EntityTreeModel

    name = "<b>x</b><img src=a>"
    model = EntityTreeModel()
    model.set_facets([{"id": 1, "type": "person", "name": name, "title": "<i>t</i>", "articles": 1}])
    item = model.itemFromIndex(model.index(0, 0, model.group_index("person")))
    doc = QTextDocument()
    doc.setHtml(item.toolTip())
    assert doc.toPlainText().splitlines()[0] == name or doc.toPlainText().startswith(name)
    assert "<i>t</i>" in doc.toPlainText()


def test_a_new_archive_s_switch_to_wal_waits_for_the_other_process(tmp_path, monkeypatch):
    """Two imports started together on a new archive both switch it to WAL; SQLite tells one of
    them "database is locked" at once instead of waiting. Opening waits and tries again; any
    other error still stops it."""
    from app.store import db as store_db

    real, calls = store_db.ArchiveDatabase.enable_wal, []

    def busy_twice(self):
        calls.append(1)
        if len(calls) <= 2:
            raise sqlite3.OperationalError("database is locked")
        real(self)

    monkeypatch.setattr(store_db.ArchiveDatabase, "enable_wal", busy_twice)
    archive = store_db.open_archive(tmp_path / "new.db")
    assert len(calls) == 3 and archive.journal_mode == "wal"

    def broken(self):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_db.ArchiveDatabase, "enable_wal", broken)
    with pytest.raises(store_db.ArchiveError):
        store_db.open_archive(tmp_path / "other.db")
