"""User corrections: stored apart from machine output, they survive re-analysis and re-import."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from app.cli import run
from app.importer import import_paths
from app.reanalyze import reanalyze
from app.store import corrections as c
from app.store.db import open_archive
from app.store.export import export_articles
from app.store.query import Filter, article_entities, article_rows, entity_facets, visits

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_003 = "003_433dd9d5689cab48.txt"
SEED_004 = "004_99c29ac0f43dab05.txt"
SEED_000 = "000_af1d64682fdf2656.txt"
DUP_NAME = "Lương Cương Cường"  # a misspelt Lương Cường: a separate person to the machine


def _id_of(db, file_name: str) -> int:
    return db.execute("SELECT id FROM articles WHERE file_name = ?", [file_name]).fetchone()[0]


def _entity(db, type_: str, key: str) -> int | None:
    row = db.execute("SELECT id FROM entities WHERE type = ? AND key = ?", [type_, key]).fetchone()
    return row[0] if row else None


def _machine_snapshot(db, skip: set[int]) -> dict:
    """Dates and visits of the articles no correction touches."""
    out = {}
    for row in db.execute("SELECT id, file_name, event_start, event_end, event_day_month, year_basis, "
                          "sort_key, corrected FROM articles ORDER BY id").fetchall():
        if row[0] in skip:
            continue
        vs = db.execute('SELECT leader_title, host_country, start, "end", places, corrected FROM visits '
                        "WHERE article_id = ? ORDER BY id", [row[0]]).fetchall()
        out[row[1]] = (row[2:], vs)
    return out


def _write_dup(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = (SEEDS / SEED_004).read_text(encoding="utf-8").replace("Lương Cường", DUP_NAME)
    path = folder / "dup_004.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corrected(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("corrections")
    db_path = tmp / "archive.db"
    db = open_archive(db_path)
    import_paths(db, [SEEDS])
    import_paths(db, [_write_dup(tmp / "extra")])
    a003, dup = _id_of(db, SEED_003), _id_of(db, "dup_004.txt")
    untouched = _machine_snapshot(db, skip={a003, dup})
    keep = _entity(db, "person", "luong cuong")
    other = _entity(db, "person", "luong cuong cuong")
    renamed = _entity(db, "organization", "thong tan xa viet nam")
    hidden = _entity(db, "organization", "dang cong san viet nam")
    assert None not in (keep, other, renamed, hidden)

    c.set_article_correction(db, a003, "event_start", "2022-11-20")
    c.set_article_correction(db, a003, "host_country", "Campuchia")
    c.rename_entity(db, renamed, "TTXVN")
    c.merge_entities(db, keep, other)
    c.hide_entity(db, hidden)
    return {"db": db, "path": db_path, "tmp": tmp, "untouched": untouched, "keep": keep}


def _check(db, untouched: dict) -> None:
    a003, dup = _id_of(db, SEED_003), _id_of(db, "dup_004.txt")
    art = db.execute("SELECT event_start, event_end, year_basis, sort_key FROM articles WHERE id = ?",
                     [a003]).fetchone()
    assert art == ("2022-11-20", "2022-11-20", "corrected", "2022-11-20")
    row = article_rows(db, [a003])[a003]
    assert row["host_country"] == "Campuchia" and row["date"] == "20/11/2022"
    assert row["corrected"] == ["event_end", "event_start", "host_country"]
    (visit,) = [v for v in visits(db) if v["article_id"] == a003]
    assert (visit["host_country"], visit["start"], visit["end"]) == ("Campuchia", "2022-11-20", "2022-11-20")
    assert visit["corrected"] == ["end", "host_country", "start"]

    keep = _entity(db, "person", "luong cuong")
    assert _entity(db, "person", "luong cuong cuong") is None  # re-analysis finds it; it maps to keep
    names = {e["name"]: e["id"] for e in article_entities(db, dup) if e["type"] == "person"}
    assert names.get("Lương Cường") == keep and DUP_NAME not in names
    (dup_visit,) = [v for v in visits(db) if v["article_id"] == dup]
    assert dup_visit["leader"] == "Lương Cường"
    assert db.execute("SELECT leader_entity_id FROM visits WHERE id = ?", [dup_visit["id"]]).fetchone()[0] == keep

    facets = {(f["type"], f["name"]): f for f in entity_facets(db)}
    assert facets[("person", "Lương Cường")]["articles"] == 3
    assert ("organization", "TTXVN") in facets
    assert ("organization", "Thông tấn xã Việt Nam") not in facets
    assert ("organization", "Đảng Cộng sản Việt Nam") not in facets
    assert not any(f["name"] == "Đảng Cộng sản Việt Nam" for f in entity_facets(db, Filter(text="Đảng")))

    exported = {a["file"]: a for a in export_articles(db)["articles"]}
    assert exported[SEED_003]["corrected"] == ["event_end", "event_start", "host_country"]
    assert exported[SEED_003]["event"]["start"] == "2022-11-20"
    assert exported[SEED_003]["visits"][0]["corrected"] == ["end", "host_country", "start"]
    for article in exported.values():
        names = [e["name"] for e in article["entities"]]
        assert "Đảng Cộng sản Việt Nam" not in names and "Thông tấn xã Việt Nam" not in names
        assert DUP_NAME not in names
    assert any("TTXVN" in [e["name"] for e in a["entities"]] for a in exported.values())

    fields = sorted(r["field"] for r in c.list_corrections(db))
    assert fields == ["event_end", "event_start", "hidden", "host_country", "merge_into", "name"]
    assert _machine_snapshot(db, skip={a003, dup}) == untouched


def test_corrections_show_after_being_made(corrected):
    _check(corrected["db"], corrected["untouched"])


def test_corrections_survive_reanalysis(corrected):
    report = reanalyze(corrected["db"])
    assert not report.failed and len(report.done) == 6
    _check(corrected["db"], corrected["untouched"])


def test_corrections_survive_reimport(corrected):
    db = corrected["db"]
    report = import_paths(db, [SEEDS])
    assert report.count("duplicate") == 5
    _check(db, corrected["untouched"])
    copies = corrected["tmp"] / "copies"  # the same articles from other files
    shutil.copytree(SEEDS, copies)
    import_paths(db, [copies])
    _check(db, corrected["untouched"])


def test_corrections_survive_deleting_and_reimporting_the_article(corrected):
    db = corrected["db"]
    old = _id_of(db, SEED_003)
    with db.atomic():
        for table in ("mentions", "visits"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", [old])
        db.execute("DELETE FROM articles_fts WHERE rowid = ?", [old])
        db.execute("DELETE FROM articles WHERE id = ?", [old])
    import_paths(db, [SEEDS / SEED_003])
    assert _id_of(db, SEED_003) != old
    _check(db, corrected["untouched"])


def test_cli_lists_corrections_and_exports_them(corrected, capsys):
    db_path = str(corrected["path"])
    assert run(["--db", db_path, "correct", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["corrections"]
    by_field = {r["field"]: r for r in rows}
    assert by_field["host_country"]["value"] == "Campuchia"
    assert by_field["merge_into"]["merge_into_name"] == "Lương Cường"
    assert run(["--db", db_path, "correct", "list"]) == 0
    text = capsys.readouterr().out
    assert "Campuchia" in text and "TTXVN" in text and "2022-11-20" in text


@pytest.mark.parametrize("args", [
    ["article", "{a}", "--host", "Narnia"],
    ["article", "{a}", "--date", "2022-13-01"],
    ["article", "{a}", "--date", "20/11/2022"],
    ["article", "{a}", "--date", "2022-11-20..2022-11-01"],
    ["article", "{a}", "--leader", "   "],
    ["article", "99999", "--leader", "X"],
    ["article", "{a}"],
    ["entity", "99999", "--hide"],
    ["entity", "{keep}", "--merge-into", "{keep}"],
    ["entity", "{keep}", "--merge-into", "{org}"],
    ["clear", "99999"],
    ["bogus"],
])
def test_cli_rejects_bad_input_with_exit_2(corrected, capsys, args):
    db = corrected["db"]
    ids = {"a": _id_of(db, SEED_003), "keep": corrected["keep"],
           "org": _entity(db, "organization", "viettel")}
    before = c.list_corrections(db)
    argv = ["--db", str(corrected["path"]), "correct", *[a.format(**ids) for a in args]]
    assert run(argv) == 2
    assert capsys.readouterr().err.strip()
    assert c.list_corrections(db) == before


def test_cli_sets_and_clears_corrections(tmp_path, capsys):
    db_path = str(tmp_path / "a.db")
    db = open_archive(db_path)
    import_paths(db, [SEEDS / SEED_004, _write_dup(tmp_path / "extra")])
    art = _id_of(db, SEED_004)
    machine = article_rows(db, [art])[art]
    org = _entity(db, "organization", "dang xa hoi chile")
    other = _entity(db, "person", "luong cuong cuong")
    keep = _entity(db, "person", "luong cuong")
    for argv in (["article", str(art), "--date", "2024-11-09..2024-11-11"],
                 ["article", str(art), "--leader", "Phạm Minh Chính"],
                 ["article", str(art), "--leader-title", "Thủ tướng"],
                 ["article", str(art), "--host", "Pháp"],
                 ["entity", str(org), "--rename", "PS Chile"],
                 ["entity", str(other), "--merge-into", str(keep)]):
        assert run(["--db", db_path, "correct", *argv]) == 0, capsys.readouterr().err
    row = article_rows(db, [art])[art]
    assert (row["date"], row["leader"], row["leader_title"], row["host_country"]) == (
        "09/11/2024–11/11/2024", "Phạm Minh Chính", "Thủ tướng", "Pháp")
    assert _entity(db, "person", "luong cuong cuong") is None
    for r in reversed(c.list_corrections(db)):
        if r["id"] in {x["id"] for x in c.list_corrections(db)}:
            assert run(["--db", db_path, "correct", "clear", str(r["id"])]) == 0
    assert c.list_corrections(db) == []
    row = article_rows(db, [art])[art]
    assert row == machine
    assert db.execute("SELECT name FROM entities WHERE id = ?", [org]).fetchone()[0] == "Đảng Xã hội Chile"
    assert _entity(db, "person", "luong cuong cuong") is not None


def test_hide_and_unhide(tmp_path):
    db = open_archive(tmp_path / "h.db")
    import_paths(db, [SEEDS / SEED_004])
    org = _entity(db, "organization", "dang xa hoi chile")
    c.hide_entity(db, org)
    assert org not in {f["id"] for f in entity_facets(db)}
    c.unhide_entity(db, org)
    assert org in {f["id"] for f in entity_facets(db)}
    assert c.list_corrections(db) == []


def test_corrected_date_wins_over_a_later_trip_inference(tmp_path):
    db = open_archive(tmp_path / "t.db")
    import_paths(db, [SEEDS / SEED_004])  # Chile 10/11 alone: the year is unknown
    chile = _id_of(db, SEED_004)
    assert db.execute("SELECT event_start FROM articles WHERE id = ?", [chile]).fetchone()[0] is None
    c.set_article_correction(db, chile, "event_start", "2023-11-10")
    import_paths(db, [SEEDS / SEED_000])  # Peru 14/11/2024: the same trip would date Chile 2024
    reanalyze(db)
    row = db.execute("SELECT event_start, year_basis, year_from_article_id FROM articles WHERE id = ?",
                     [chile]).fetchone()
    assert row == ("2023-11-10", "corrected", None)
    assert [v["start"] for v in visits(db) if v["article_id"] == chile] == ["2023-11-10"]


def _two_reports_of_one_visit(folder):
    """Two articles of the same visit (same leader, host and days); only the first states the year.
    Written for this test."""
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Chủ tịch nước Lương Cường hội đàm với Tổng thống Peru\n"
        "Chiều 14/11/2024, tại Lima, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Peru "
        "Dina Boluarte trong khuôn khổ chuyến thăm cấp Nhà nước tới Peru.\n", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Chủ tịch nước Lương Cường thăm Quốc hội Peru\n"
        "Sáng 15/11, tại Lima, Chủ tịch nước Lương Cường đã thăm Quốc hội Peru và gặp gỡ các nghị sĩ, "
        "tiếp tục chuyến thăm cấp Nhà nước tới Peru.\n", encoding="utf-8")
    return folder


def test_correcting_a_trip_inferred_year_sticks(tmp_path):
    folder = _two_reports_of_one_visit(tmp_path / "in")
    db = open_archive(tmp_path / "t.db")
    import_paths(db, [folder])
    (later,) = db.execute("SELECT id FROM articles WHERE file_name = 'b.txt'").fetchone()
    row = db.execute("SELECT event_start, year_from_article_id FROM articles WHERE id = ?", [later]).fetchone()
    assert row[0] == "2024-11-15" and row[1], "the second report takes the first one's year"
    c.set_article_correction(db, later, "event_start", "2024-11-16")
    for _ in range(2):
        import_paths(db, [folder])
        reanalyze(db)
        row = db.execute("SELECT event_start, event_end, year_basis, year_from_article_id FROM articles "
                         "WHERE id = ?", [later]).fetchone()
        assert row == ("2024-11-16", "2024-11-16", "corrected", None)


def test_a_date_correction_reaches_every_visit_of_the_article(tmp_path):
    from app.importer import import_paths
    from app.store.corrections import set_article_dates
    from app.store.db import open_archive

    db = open_archive(tmp_path / "v.db")
    import_paths(db, [SEEDS / "001_41bf70ed9a5edc64.txt"])
    (article_id,) = db.execute("select id from articles").fetchone()
    set_article_dates(db, article_id, "2019-10-19", "2019-10-30")
    rows = db.execute('select host_country, start, "end" from visits order by id').fetchall()
    assert rows == [("Argentina", "2019-10-19", "2019-10-30"), ("Peru", "2019-10-19", "2019-10-30")]


def test_not_a_visit_and_kinds_survive_reanalysis_and_reimport(tmp_path):
    db = open_archive(tmp_path / "k.db")
    import_paths(db, [SEEDS / SEED_003])
    article = _id_of(db, SEED_003)
    c.set_article_correction(db, article, "kind", "none")  # "Không phải chuyến thăm"
    for _ in range(2):
        assert db.execute("SELECT COUNT(*) FROM visits WHERE article_id = ?", [article]).fetchone()[0] == 0
        exported = export_articles(db)["articles"][0]
        assert exported["kind"] == "none" and exported["visits"] == [] and "kind" in exported["corrected"]
        import_paths(db, [SEEDS / SEED_003])
        reanalyze(db)
    c.set_article_correction(db, article, "kind", "inbound")  # a visit kind brings a visit back
    assert export_articles(db)["articles"][0]["kind"] == "inbound"
    assert len(export_articles(db)["articles"][0]["visits"]) == 1
    with pytest.raises(c.CorrectionError, match="unknown kind"):
        c.set_article_correction(db, article, "kind", "holiday")


def test_counterparts_added_and_removed_survive_reanalysis(tmp_path):
    db = open_archive(tmp_path / "m.db")
    import_paths(db, [SEEDS / SEED_000])
    article = _id_of(db, SEED_000)
    machine = [m["name"] for m in export_articles(db)["articles"][0]["visits"][0]["met"]]
    assert "Rafael Lopez Aliaga" in machine
    c.set_counterpart(db, article, "Rafael Lopez Aliaga", remove=True)
    c.set_counterpart(db, article, "Gustavo Adrianzén", "Thủ tướng Peru")
    for _ in range(2):
        met = export_articles(db)["articles"][0]["visits"][0]["met"]
        names = [m["name"] for m in met]
        assert "Rafael Lopez Aliaga" not in names and names[-1] == "Gustavo Adrianzén"
        assert met[-1]["title"] == "Thủ tướng Peru" and met[-1]["rule"] == "corrected"
        reanalyze(db)
    c.set_counterpart(db, article, "Rafael Lopez Aliaga")  # adding back cancels the removal
    assert "Rafael Lopez Aliaga" in [m["name"] for m in export_articles(db)["articles"][0]["visits"][0]["met"]]


def test_kind_and_counterpart_corrections_from_the_command_line(tmp_path, capsys):
    db_path = tmp_path / "cli.db"
    assert run(["--db", str(db_path), "import", str(SEEDS / SEED_000), "--quiet"]) == 0
    assert run(["--db", str(db_path), "correct", "article", "1", "--add-counterpart", "Gustavo Adrianzén",
                "--title", "Thủ tướng Peru"]) == 0
    assert run(["--db", str(db_path), "correct", "article", "1", "--not-a-visit"]) == 0
    assert run(["--db", str(db_path), "correct", "article", "1", "--kind", "holiday"]) == 2
    db = open_archive(db_path)
    assert export_articles(db)["articles"][0]["kind"] == "none"
    assert export_articles(db)["articles"][0]["visits"] == []


def test_a_visit_kind_after_not_a_visit_brings_the_machines_visit_back(tmp_path):
    from app.reanalyze import correct_kind

    db = open_archive(tmp_path / "r.db")
    import_paths(db, [SEEDS / SEED_003])
    article = _id_of(db, SEED_003)
    machine = export_articles(db)["articles"][0]["visits"][0]
    correct_kind(db, article, "none")
    assert export_articles(db)["articles"][0]["visits"] == []
    correct_kind(db, article, "outbound")
    back = export_articles(db)["articles"][0]["visits"][0]
    assert (back["leader"], back["host_country"]) == (machine["leader"], machine["host_country"])


def test_counterpart_corrections_refuse_what_makes_no_sense(tmp_path, capsys):
    db_path = tmp_path / "bad.db"
    assert run(["--db", str(db_path), "import", str(SEEDS / SEED_000), "--quiet"]) == 0
    for bad in (["--add-counterpart", ""], ["--remove-counterpart", "Nobody Here"],
                ["--add-counterpart", "Lương Cường"], ["--kind", "inbound", "--title", "T"]):
        assert run(["--db", str(db_path), "correct", "article", "1", *bad]) == 2, bad
    db = open_archive(db_path)
    c.set_counterpart(db, 1, "Rafael Lopez Aliaga")  # re-adding keeps the known title
    (rafael,) = [m for m in export_articles(db)["articles"][0]["visits"][0]["met"] if m["name"] == "Rafael Lopez Aliaga"]
    assert rafael["title"] == "Thị trưởng thành phố Lima"


def test_year_unknown_correction_wins_over_a_trip_inference_and_reanalysis(tmp_path, capsys):
    """"Năm chưa rõ": the user gives the day and month and says the year is unknown; no year is
    inferred for it afterwards, and a dated correction and a yearless one replace each other."""
    db = open_archive(tmp_path / "t.db")
    import_paths(db, [SEEDS / SEED_004, SEEDS / SEED_000])  # Chile 10/11 and Peru 14/11/2024
    chile = _id_of(db, SEED_004)
    c.set_article_dates(db, chile, "2023-11-10")
    c.set_article_day_month(db, chile, "9/11", "12/11")
    reanalyze(db)
    row = db.execute("SELECT event_start, event_day_month, event_end_day_month, sort_key, year_basis "
                     "FROM articles WHERE id = ?", [chile]).fetchone()
    assert row == (None, "09/11", "12/11", "????-11-09", None)
    assert [(v["start"], v["day_month"]) for v in visits(db) if v["article_id"] == chile] == [(None, "09/11")]
    assert article_rows(db, [chile])[chile]["date"] == "09/11–12/11/????"
    fields = {x["field"] for x in c.list_corrections(db) if x.get("article_id") == chile}
    assert fields == {"event_day_month", "event_end_day_month"}
    db.conn.close()
    # the command line's --date DD/MM[..DD/MM] does the same; an impossible day is refused
    assert run(["--db", str(tmp_path / "t.db"), "correct", "article", str(chile), "--date", "31/02"]) == 2
    assert "DD/MM" in capsys.readouterr().err
    assert run(["--db", str(tmp_path / "t.db"), "correct", "article", str(chile), "--date", "2024-11-10"]) == 0
    db = open_archive(tmp_path / "t.db")
    fields = {x["field"] for x in c.list_corrections(db) if x.get("article_id") == chile}
    assert fields == {"event_start", "event_end"}


def test_leader_title_may_be_emptied(tmp_path):
    db = open_archive(tmp_path / "t.db")
    import_paths(db, [SEEDS / SEED_000])
    lima = _id_of(db, SEED_000)
    c.set_article_correction(db, lima, "leader", "Vladimir Putin")
    c.set_article_correction(db, lima, "leader_title", "  ")
    row = article_rows(db, [lima])[lima]
    assert (row["leader"], row["leader_title"]) == ("Vladimir Putin", None)
