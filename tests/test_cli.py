"""The command line end to end: import → export/search, hostile files, duplicates, kill -9."""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.__main__ import main
from tests.test_ingest import to_cp1258

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run_cli(*args: str) -> tuple[int, str, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "x.db"
    code, _, err = run_cli("--db", str(db), "import", str(SEEDS))
    assert code == 0, err
    return db


@pytest.fixture(scope="module")
def export(seeded_db) -> dict[str, dict]:
    code, out, _ = run_cli("--db", str(seeded_db), "export", "--format", "json")
    assert code == 0
    return {a["file"][:3]: a for a in json.loads(out)["articles"]}


def test_export_titles_and_bodies(export):
    assert export["000"]["title"] == (
        "Chủ tịch nước Lương Cường hội kiến Thị trưởng Lima và nhận Chìa khóa biểu tượng thành phố"
    )
    assert export["001"]["source"] == "TTXVN/Vietnam+"
    for article in export.values():
        assert "Tin cùng chuyên mục" not in article["body"] and "BÌNH LUẬN" not in article["body"]
        assert set(article) >= {"id", "file", "title", "source", "author", "body", "event", "entities", "visits"}


def test_export_visits_leaders_and_hosts(export):
    expected = {
        "000": ("Lương Cường", "Chủ tịch nước", "Peru"),
        "001": ("Ngô Thị Thanh Hằng", "Phó Bí thư Thường trực Thành ủy Hà Nội", "Argentina"),
        "002": ("Trần Sỹ Thanh", "Chủ tịch UBND thành phố Hà Nội", "Lào"),
        "003": ("Đinh Tiến Dũng", "Bí thư Thành ủy Hà Nội", "Lào"),
        "004": ("Lương Cường", "Chủ tịch nước", "Chile"),
    }
    for seed, (leader, title, host) in expected.items():
        visit = export[seed]["visits"][0]
        assert (visit["leader"], visit["leader_title"], visit["host_country"]) == (leader, title, host), seed
    assert [v["host_country"] for v in export["001"]["visits"]] == ["Argentina", "Peru"]
    assert "Lima" in export["000"]["visits"][0]["places"]
    assert "Santiago de Chile" in export["004"]["visits"][0]["places"]


def test_export_dates_right_or_honestly_unknown(export):
    def ev(seed):
        e = export[seed]["event"]
        return e["start"], e["end"], e["day_month"], e["year_basis"]

    assert ev("000") == ("2024-11-14", "2024-11-14", None, "inferred")
    assert "14/11/1994-14/11/2024" in export["000"]["event"]["year_evidence"]
    assert ev("001") == (None, None, "19/10", None)
    assert export["001"]["event"]["end_day_month"] == "30/10"  # the range keeps its end
    assert ev("002") == ("2022-11-04", "2022-11-04", None, "inferred")
    assert ev("003") == (None, None, None, None)
    # Seed 004 states no year ("Xuân 2026" in the page header is not evidence). Seed 000 dates the
    # same leader in Peru four days later: another visit of the trip, so it gives Chile no year.
    assert ev("004") == (None, None, "10/11", None)
    assert export["004"]["event"]["year_from_article"] is None


def test_article_alone_keeps_year_unknown(tmp_path):
    db = tmp_path / "one.db"
    assert main(["--db", str(db), "import", str(SEEDS / "004_99c29ac0f43dab05.txt"), "--quiet"]) == 0
    row = sqlite3.connect(db).execute("select event_start, event_day_month, year_basis from articles").fetchone()
    assert row == (None, "10/11", None)


def test_export_entities_people_with_titles(export):
    people = {e["name"]: e["title"] for e in export["000"]["entities"] if e["type"] == "person"}
    assert people["Rafael Lopez Aliaga"] == "Thị trưởng thành phố Lima"
    assert "Rafael Lopez" not in people and "Lima Rafael" not in " ".join(people)
    names = {(e["type"], e["name"]) for a in export.values() for e in a["entities"]}
    assert not any("Vietel " in n + " " for _, n in names)  # the typo "Vietel" is canonicalised
    assert ("organization", "Tập đoàn Viễn thông Quân đội Viettel") in names
    assert ("person", "Paulina Vodanovic") in names and ("location", "Viêng Chăn") in names
    for bare in ("Thị trưởng", "Bộ", "Đảng", "Chủ tịch nước"):
        assert not any(n == bare for _, n in names)


def test_csv_export(seeded_db):
    code, out, _ = run_cli("--db", str(seeded_db), "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {r["host_country"] for r in rows} >= {"Peru", "Chile", "Lào", "Argentina"}


def test_search_without_diacritics(seeded_db):
    code, out, _ = run_cli("--db", str(seeded_db), "search", "luong cuong", "--json")
    titles = [r["title"] for r in json.loads(out)["results"]]
    assert code == 0 and len(titles) == 2
    assert all("Lương Cường" in r["snippet"] or "Chủ tịch" in r["snippet"] for r in json.loads(out)["results"])
    code, out, _ = run_cli("--db", str(seeded_db), "search", "dinh tien dung", "--json")
    assert [r["title"] for r in json.loads(out)["results"]] == ["Bí thư Thành ủy thăm đại sứ quán Việt Nam tại Lào"]


def test_second_import_adds_nothing(seeded_db):
    before = sqlite3.connect(seeded_db).execute("select count(*) from articles").fetchone()[0]
    code, _, err = run_cli("--db", str(seeded_db), "import", str(SEEDS))
    after = sqlite3.connect(seeded_db).execute("select count(*) from articles").fetchone()[0]
    assert code == 0 and before == after == 5 and "trùng 5" in err


def test_hostile_files_named_and_skipped(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SEEDS / "000_af1d64682fdf2656.txt").read_text(encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "utf16.txt").write_bytes(text.replace("Chiều 14/11", "Sáng 15/11").encode("utf-16"))
    (folder / "crlf_bom.txt").write_bytes(codecs.BOM_UTF8 + text.replace("Chiều 14/11", "Sáng 16/11").replace("\n", "\r\n").encode())
    (folder / "copy.txt").write_text(text, encoding="utf-8")
    (folder / "same.txt").write_text(text, encoding="utf-8")  # a duplicate of copy.txt
    article_only = text.split("Bạn thấy")[0]  # the page debris has stars Windows-1258 cannot encode
    (folder / "legacy.txt").write_bytes(to_cp1258(article_only.replace("Chiều 14/11", "Sáng 17/11")))
    (folder / "page.html").write_text(
        "<html><body><script>document.write('Đăng nhập')</script><h1>Bộ trưởng Ngoại giao thăm chính thức"
        " Nhật Bản</h1><p>Ngày 2/4/2023, Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm chính thức Nhật Bản theo"
        " lời mời của Bộ trưởng Ngoại giao Nhật Bản, hai bên thảo luận nhiều nội dung hợp tác.</p></body></html>",
        encoding="utf-8",
    )
    (folder / "loop").symlink_to(folder)
    db = tmp_path / "h.db"
    code = main(["--db", str(db), "import", str(folder), "--quiet"])
    assert code == 1
    con = sqlite3.connect(db)
    log = dict(con.execute("select path, status from import_log").fetchall())
    assert log[str(folder / "empty.txt")] == "skipped" and log[str(folder / "binary.txt")] == "skipped"
    assert con.execute("select count(*) from articles").fetchone()[0] == 5  # utf16, crlf, cp1258, copy, html
    legacy = con.execute("select encoding, title from articles where file_name = 'legacy.txt'").fetchone()
    assert legacy == ("cp1258", "Chủ tịch nước Lương Cường hội kiến Thị trưởng Lima và nhận Chìa khóa biểu tượng thành phố")
    raw = con.execute("select raw from articles where file_name = 'crlf_bom.txt'").fetchone()[0]
    assert raw.startswith(codecs.BOM_UTF8) and b"\r\n" in raw  # the file is kept exactly as it was
    assert "<script>" not in con.execute("select body from articles where file_name='page.html'").fetchone()[0]


def test_usage_errors_exit_2(capsys):
    assert main(["import"]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["export", "--format", "xml"]) == 2


def test_kill_during_import_then_resume(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    base = (SEEDS / "002_155a3afc6406e72f.txt").read_text(encoding="utf-8")
    for k in range(60):
        (folder / f"a{k:03d}.txt").write_text(base.replace("chiều 4/11", f"chiều 4/11 (bản {k})"), encoding="utf-8")
    db = tmp_path / "k.db"
    proc = subprocess.Popen([sys.executable, "-m", "app", "--db", str(db), "import", str(folder)],
                            cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    seen = 0
    deadline = time.monotonic() + 120
    while seen < 5 and time.monotonic() < deadline:  # let a few files land, then pull the plug
        line = proc.stderr.readline()
        seen += "imported" in line
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    partial = con.execute("select count(*) from articles").fetchone()[0]
    assert 5 <= partial < 60
    con.close()
    code, _, _ = run_cli("--db", str(db), "import", str(folder), "--quiet")
    con = sqlite3.connect(db)
    assert code == 0
    assert con.execute("select count(*) from articles").fetchone()[0] == 60
    assert con.execute("select count(*) from articles_fts").fetchone()[0] == 60
    assert con.execute("select count(distinct content_hash) from articles").fetchone()[0] == 60


def test_one_person_across_the_archive_when_the_name_is_shortened(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Thị trưởng Lima tiếp đoàn đại biểu thành phố Hà Nội tại Tòa Thị chính\n\n"
        "Sáng 3/5/2023, tại Lima, Thị trưởng Rafael Lopez Aliaga đã tiếp đoàn đại biểu thành phố Hà Nội"
        " do Phó Chủ tịch UBND thành phố dẫn đầu, hai bên trao đổi về hợp tác đô thị thông minh.\n",
        encoding="utf-8")
    (folder / "b.txt").write_text(
        "Thị trưởng Lima thăm Việt Nam và làm việc với thành phố Hồ Chí Minh\n\n"
        "Chiều 9/8/2023, Thị trưởng Rafael Lopez đã thăm và làm việc tại Thành phố Hồ Chí Minh, gặp lãnh"
        " đạo thành phố để bàn về hợp tác giao thông công cộng và chuyển đổi số giữa hai bên.\n",
        encoding="utf-8")
    (folder / "c.txt").write_text(
        "Chủ tịch nước Lê Minh Hưng tiếp Đại sứ Nhật Bản\n\n"
        "Sáng 4/6/2023, Chủ tịch nước Lê Minh Hưng đã tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio đến chào"
        " từ biệt, hai bên đánh giá cao quan hệ đối tác chiến lược sâu rộng giữa hai nước.\n",
        encoding="utf-8")
    (folder / "d.txt").write_text(
        "Phó Thủ tướng Lê Minh tiếp Bộ trưởng Nông nghiệp Pháp\n\n"
        "Chiều 5/6/2023, Phó Thủ tướng Lê Minh đã tiếp Bộ trưởng Nông nghiệp Pháp đang thăm Việt Nam, hai bên"
        " trao đổi về hợp tác nông nghiệp xanh, chuyển đổi số và đào tạo nguồn nhân lực.\n",
        encoding="utf-8")
    db = tmp_path / "p.db"
    assert main(["--db", str(db), "import", str(folder), "--quiet"]) == 0
    con = sqlite3.connect(db)
    people = dict(con.execute("select name, id from entities where type = 'person'").fetchall())
    assert "Rafael Lopez" not in people and "Rafael Lopez Aliaga" in people
    lopez = people["Rafael Lopez Aliaga"]
    assert con.execute("select count(*) from mentions where entity_id = ?", [lopez]).fetchone()[0] == 2
    assert "Lê Minh Hưng" in people and "Lê Minh" in people  # Vietnamese names are not short forms


def test_a_bug_while_reading_one_file_does_not_stop_the_import(tmp_path, monkeypatch):
    from app import importer

    real = importer.read_file_articles

    def flaky(path):
        if path.name.startswith("001"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(path)

    monkeypatch.setattr(importer, "read_file_articles", flaky)
    from app.store.db import open_archive

    db = open_archive(tmp_path / "f.db")
    report = importer.import_paths(db, [SEEDS])
    assert report.count("imported") == 4
    (skipped,) = report.skipped
    assert skipped.path.endswith("001_41bf70ed9a5edc64.txt") and "RecursionError" in skipped.reason


def test_export_to_an_unwritable_place_names_it(seeded_db, tmp_path, capsys):
    assert main(["--db", str(seeded_db), "export", "-o", str(tmp_path / "no" / "such" / "x.json")]) == 1
    assert "x.json" in capsys.readouterr().err


def test_gui_accepts_db_after_the_command():
    from app.cli import build_parser

    args = build_parser().parse_args(["gui", "--db", "x.db"])
    assert args.db == "x.db"
    assert build_parser().parse_args(["--db", "y.db", "gui"]).db == "y.db"


def test_an_archive_of_an_older_schema_is_migrated_forward_keeping_its_articles(tmp_path):
    from sqlite_utils import Database

    from app.store.db import open_archive
    from app.store.schema import migrations

    path = tmp_path / "old.db"
    old = Database(path)
    migrations.apply(old, stop_before="m002_trips_and_corrections")  # an archive of the first release
    old["articles"].insert({"content_hash": "x", "title": "Bài cũ", "body": "Nội dung."})
    old.close()
    db = open_archive(path)
    assert db.execute("pragma user_version").fetchone()[0] == len(migrations.applied(db)) >= 5
    assert db.execute("select title from articles").fetchall() == [("Bài cũ",)]
    assert "articles" in db["trips"].columns_dict and "hidden" in db["entities"].columns_dict


def test_export_says_what_each_article_reports_and_whom_they_met(export):
    assert {seed: export[seed]["kind"] for seed in export} == {
        "000": "outbound", "001": "outbound", "002": "outbound", "003": "outbound", "004": "outbound"}
    assert export["000"]["kind_rule"].startswith("kind_outbound:") and export["000"]["kind_evidence"]
    (peru,) = export["000"]["visits"]
    assert {"name": "Rafael Lopez Aliaga", "title": "Thị trưởng thành phố Lima"}.items() <= peru["met"][0].items()
    assert peru["met"][0]["rule"] and peru["met"][0]["evidence"]
    assert peru["leader_rule"] and peru["host_rule"]


def test_csv_has_the_kind_and_the_counterparts(seeded_db):
    code, out, _ = run_cli("--db", str(seeded_db), "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    lima = next(r for r in rows if r["host_country"] == "Peru" and r["start"])
    assert lima["kind"] == "outbound" and "Thị trưởng thành phố Lima Rafael Lopez Aliaga" in lima["met"]


def test_explain_prints_each_fact_with_its_rule_and_sentence(seeded_db):
    for article_id in range(1, 6):  # every seed
        code, out, err = run_cli("--db", str(seeded_db), "explain", str(article_id))
        assert code == 0, err
        assert "Loại sự kiện (kind): outbound   [kind_outbound:" in out
        assert "Trưởng đoàn (leader):" in out and "«" in out
    code, out, _ = run_cli("--db", str(seeded_db), "explain", "1", "--json")
    facts = json.loads(out)
    assert facts["visits"][0]["met"][0]["value"] == "Rafael Lopez Aliaga"
    from app.nlp.dates import DATE_RULES

    assert facts["date"]["rule"] in DATE_RULES  # the rule that chose the date, kept at analysis
    assert run_cli("--db", str(seeded_db), "explain", "999")[0] == 2


def test_every_command_and_option_is_in_the_readme():
    """A CLI command or flag the README does not name is one a user cannot find."""
    import argparse

    from app.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = []

    def walk(parser: argparse.ArgumentParser, path: str) -> None:
        for action in parser._actions:  # noqa: SLF001 - argparse keeps no public list
            if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
                for name, sub in action.choices.items():
                    if f"`{name}" not in readme and f" {name} " not in readme:
                        missing.append(f"{path} {name}")
                    walk(sub, f"{path} {name}")
            for flag in action.option_strings:
                if flag.startswith("--") and flag not in ("--help",) and flag not in readme:
                    missing.append(f"{path} {flag}")

    walk(build_parser(), "protocol-archive")
    assert missing == []
