"""Country and person dossiers on the seeds, the briefing (HTML, PDF read back), and corrections of
what was signed and given (they survive re-analysis)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.importer import import_paths
from app.reanalyze import clear_correction, reanalyze
from app.store import corrections as c
from app.store.briefing import dossier_html
from app.store.db import open_archive
from app.store.dossier import DossierError, country_dossier, person_dossier
from app.store.explain import explain_article, format_explanation
from app.store.export import export_articles

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PERU_ARTICLE = "000_af1d64682fdf2656.txt"


@pytest.fixture(scope="module")
def seeds_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dossier") / "seeds.db"
    db = open_archive(path)
    assert import_paths(db, [SEEDS]).count("imported") == 5
    db.conn.close()
    return path


@pytest.fixture
def db(seeds_path):
    db = open_archive(seeds_path)
    yield db
    db.conn.close()


@pytest.fixture
def db_copy(seeds_path, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(seeds_path, path)
    db = open_archive(path)
    yield db
    db.conn.close()


def _article_id(db, file_name: str) -> int:
    return db.execute("SELECT id FROM articles WHERE file_name = ?", [file_name]).fetchone()[0]


def test_peru_dossier_holds_the_presidents_visit_the_mayor_and_the_key(db):
    d = country_dossier(db, "peru")  # diacritics and case optional
    assert d["subject"] == "Peru"
    visit = d["last"]["outbound"]
    assert (visit["leader"], visit["leader_title"]) == ("Lương Cường", "Chủ tịch nước")
    assert visit["date"] == "≈14/11/2024"  # the year is inferred from the anniversary bracket: marked ≈
    assert {"name": "Rafael Lopez Aliaga", "title": "Thị trưởng thành phố Lima"} in visit["met"]
    keys = [h for h in d["honours"] if "chìa khóa" in h["honour"].lower()]
    assert len(keys) == 1  # the headline, the caption and the story tell of one key
    assert keys[0]["giver"] == "Thị trưởng Rafael Lopez Aliaga"
    assert keys[0]["recipient"] == "Chủ tịch nước Lương Cường"
    assert d["last"]["inbound"] is None
    people = {p["name"]: p for p in d["people"]}
    assert people["Rafael Lopez Aliaga"]["titles"] == ["Thị trưởng thành phố Lima"]
    assert "Lima" in {p["name"] for p in d["places"]}
    # the Hà Nội delegation's trip to Argentina and Peru: its Peru leg has no date of its own
    hang = [v for v in d["visits"] if v["leader"] == "Ngô Thị Thanh Hằng"]
    assert len(hang) == 1 and hang[0]["date"] == ""
    assert [v["direction"] for v in d["visits"]] == ["outbound", "outbound"]
    assert {s["file"] for s in d["sources"]} == {PERU_ARTICLE, "001_41bf70ed9a5edc64.txt"}


def test_laos_dossier_holds_both_hanoi_delegations(db):
    d = country_dossier(db, "Lào")
    leaders = [(v["leader"], v["direction"]) for v in d["visits"]]
    assert leaders == [("Trần Sỹ Thanh", "outbound"), ("Đinh Tiến Dũng", "outbound")]  # dated first
    thanh = d["visits"][0]
    assert {m["name"] for m in thanh["met"]} == {"Phankham Viphavanh", "Athsaphangthong Siphandone"}
    (memo,) = d["agreements"]
    assert memo["document"].startswith("Biên bản ghi nhớ hợp tác giữa Sở Công thương thành phố Hà Nội")
    assert d["visits"][1]["date"] == ""  # the embassy visit's article gives no date: none is made up


def test_a_place_names_its_country_and_bad_names_are_refused(db):
    assert country_dossier(db, "Lima")["subject"] == "Peru"
    with pytest.raises(DossierError, match="unknown country"):
        country_dossier(db, "Atlantis")
    with pytest.raises(DossierError, match="other than Việt Nam"):
        country_dossier(db, "Việt Nam")
    with pytest.raises(DossierError, match="no person named"):
        person_dossier(db, "Không Có Ai")


def test_person_dossier_spellings_titles_and_people_met(db):
    p = person_dossier(db, "rafael lopez aliaga")
    assert p["subject"] == "Rafael Lopez Aliaga"
    assert p["current_title"] == "Thị trưởng thành phố Lima"
    assert [s["spelling"] for s in p["spellings"]] == ["Rafael Lopez Aliaga"]
    assert p["visits"] == []  # he led no visit: he received one
    assert [v["leader"] for v in p["met_by"]] == ["Lương Cường"]
    assert [m["name"] for m in p["met"]] == ["Lương Cường"]
    lc = person_dossier(db, "Lương Cường")
    assert [v["host_country"] for v in lc["visits"]] == ["Peru", "Chile"]  # dated Peru first, Chile's year unknown
    assert [t["title"] for t in lc["titles"]] == ["Chủ tịch nước", "Chủ tịch nước"]
    assert lc["titles"][1]["from"] == "10/11/????"
    assert {m["name"] for m in lc["met"]} == {"Rafael Lopez Aliaga", "Paulina Vodanovic"}


def test_briefing_html_is_vietnamese_dated_honestly_and_cites_its_sources(db):
    page = dossier_html(country_dossier(db, "Peru"))
    assert "Tài liệu tham khảo: Peru" in page and "Lập ngày" in page
    assert "≈14/11/2024" in page and "ngày chưa rõ" in page
    assert 'href="#nguon-1"' in page and 'name="nguon-1"' in page
    assert PERU_ARTICLE in page
    chile = dossier_html(person_dossier(db, "Lương Cường"))
    assert "10/11 <span class=\"muted\">(năm chưa rõ)</span>" in chile
    linked = dossier_html(country_dossier(db, "Peru"), lambda aid: f"article:{aid}")
    assert 'href="article:' in linked


def test_written_article_dossier_text_is_escaped(tmp_path):
    db = open_archive(":memory:")
    text = ("Thủ tướng Lê Văn Bình hội đàm với Thủ tướng Nhật Bản <b>\n\n"
            "Chiều 5/6/2023, tại Tokyo, trong khuôn khổ chuyến thăm chính thức Nhật Bản, Thủ tướng Lê Văn Bình "
            "đã hội đàm với Thủ tướng Nhật Bản Suzuki Taro.\n\n"
            "Kết thúc hội đàm, hai Thủ tướng đã chứng kiến lễ ký Hiệp định về lao động <script>.\n")
    path = tmp_path / "written.txt"
    path.write_text(text, encoding="utf-8")
    import_paths(db, [path])
    page = dossier_html(country_dossier(db, "Nhật Bản"))
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "Hiệp định về lao động" in page


def test_removing_a_wrong_honour_survives_reanalysis_and_can_be_undone(db_copy):
    db = db_copy
    aid = _article_id(db, PERU_ARTICLE)
    before = [h["honour"] for h in _visit(db, aid)["honours"]]
    assert "Khách mời Danh dự" in before
    with pytest.raises(c.CorrectionError, match="is not listed"):
        c.remove_item(db, aid, "honour", "Huân chương Sao Vàng")
    correction = c.remove_item(db, aid, "honour", "khach moi danh du")  # as listed, diacritics optional
    assert "Khách mời Danh dự" not in [h["honour"] for h in _visit(db, aid)["honours"]]
    reanalyze(db)
    visit = _visit(db, aid)
    assert [h["honour"] for h in visit["honours"]] == [h for h in before if h != "Khách mời Danh dự"]
    assert "honours" in visit["corrected"]
    facts = explain_article(db, aid)
    assert facts["visits"][0]["honours_corrected"]
    assert "đã bỏ bớt" in format_explanation(facts)
    assert "Khách mời Danh dự" not in [h["honour"] for h in country_dossier(db, "Peru")["honours"]]
    clear_correction(db, correction)
    assert [h["honour"] for h in _visit(db, aid)["honours"]] == before


def _visit(db, aid: int) -> dict:
    (visit,) = [v for v in export_articles(db)["articles"] if v["id"] == aid][0]["visits"]
    return visit


def test_export_and_explain_carry_agreements_and_honours(db):
    articles = {a["file"]: a for a in export_articles(db)["articles"]}
    peru = articles[PERU_ARTICLE]["visits"][0]
    assert {"agreements", "honours"} <= set(peru)
    key = next(h for h in peru["honours"] if h["rule"] == "given")
    assert key["evidence"].startswith("Thị trưởng Rafael Lopez Aliaga trao chìa khóa")
    laos = articles["002_155a3afc6406e72f.txt"]["visits"][0]["agreements"]
    assert laos[0]["rule"] == "witnessed_signing" and laos[0]["by"] == ["Trần Sỹ Thanh", "Athsaphangthong Siphandone"]
    text = format_explanation(explain_article(db, _article_id(db, "002_155a3afc6406e72f.txt")))
    assert "Văn kiện (agreement): Biên bản ghi nhớ" in text and "[witnessed_signing]" in text


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)


def test_cli_dossier_text_json_and_errors(seeds_path):
    done = _cli("--db", str(seeds_path), "dossier", "--country", "Peru")
    assert done.returncode == 0, done.stderr
    assert "Lương Cường" in done.stdout and "chìa khóa thành phố Lima" in done.stdout
    done = _cli("--db", str(seeds_path), "dossier", "--person", "Rafael Lopez Aliaga", "--json")
    assert json.loads(done.stdout)["current_title"] == "Thị trưởng thành phố Lima"
    done = _cli("--db", str(seeds_path), "dossier", "--country", "Atlantis")
    assert done.returncode == 2 and "unknown country" in done.stderr
    done = _cli("--db", str(seeds_path), "dossier", "--country", "Peru", "--html", "/nonexistent/dir/x.html")
    assert done.returncode == 1 and "/nonexistent/dir/x.html" in done.stderr


@pytest.mark.slow
def test_cli_pdf_briefing_reads_back_as_vietnamese_and_renders(seeds_path, tmp_path):
    pdftotext, pdftoppm = shutil.which("pdftotext"), shutil.which("pdftoppm")
    if not (pdftotext and pdftoppm):
        pytest.skip("poppler-utils (pdftotext, pdftoppm) not installed: .ci/run installs them")
    pdf, page_html = tmp_path / "peru.pdf", tmp_path / "peru.html"
    done = _cli("--db", str(seeds_path), "dossier", "--country", "Peru", "--pdf", str(pdf), "--html", str(page_html))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for expected in ("Tài liệu tham khảo: Peru", "Chủ tịch nước Lương Cường", "Rafael Lopez Aliaga",
                     "Thị trưởng thành phố Lima", "chìa khóa thành phố Lima", "≈14/11/2024", "ngày chưa rõ",
                     "Nguồn", PERU_ARTICLE, "Lập ngày"):
        assert expected in text, expected
    assert "Tài liệu tham khảo: Peru" in page_html.read_text(encoding="utf-8")
    subprocess.run([pdftoppm, "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    png = tmp_path / "page-1.png"
    assert png.stat().st_size > 10_000  # a page with text on it, not a blank one
    shutil.copy(png, Path(tmp_path.parent) / "briefing-page-1.png")  # for a human to look at
