"""The source and author an article's credit names (app.ingest.byline). The credits here are
written for the test: invented reporters, real outlets' names."""

from __future__ import annotations

import pytest

from app.ingest.article import Block, CleanArticle
from app.ingest.byline import credit_tail, read_byline, read_credit
from app.ingest.reader import article_from_text


@pytest.mark.parametrize(("credit", "source", "author"), [
    ("Theo Dân trí", "Dân trí", None),
    ("Nguồn: VnExpress", "VnExpress", None),
    ("Lan Hương/VOV.VN", "VOV.VN", "Lan Hương"),
    ("Theo Hải Yến/VnExpress", "VnExpress", "Hải Yến"),
    ("Theo Bảo Ngọc (Dân trí)", "Dân trí", "Bảo Ngọc"),
    ("MINH ANH (Theo AFP, CNN)", "AFP, CNN", "MINH ANH"),
    ("Thu Trang (Tổng hợp từ Reuters)", "Reuters", "Thu Trang"),
    ("Quốc Huy (tổng hợp)", None, "Quốc Huy"),
    ("Quốc Huy (T/h)", None, "Quốc Huy"),
    ("Quang Minh - Thu Hà", None, "Quang Minh - Thu Hà"),
    ("TTXVN/Tin Tức", "TTXVN/Tin Tức", None),  # an agency before the slash is no reporter
    ("Đức Minh - TTXVN", "TTXVN", "Đức Minh"),
    ("Kim Oanh - Theo Thanhnien.vn", "Thanhnien.vn", "Kim Oanh"),
    ("PV Hữu Phước/VOV miền Trung", "VOV miền Trung", "Hữu Phước"),
    ("Công Danh (tổng hợp theo báo Tuổi Trẻ, Thanh Niên)", "Tuổi Trẻ, Thanh Niên", "Công Danh"),
])
def test_credits(credit, source, author):
    found = read_credit(credit)
    assert found is not None and (found.source, found.author) == (source, author)


@pytest.mark.parametrize("not_a_credit", [
    "Ảnh: Reuters",  # a photo credit is not the article's source
    "Nguồn ảnh: Bộ Quốc phòng",
    "Ông Nguyễn Văn A",  # a glued caption: a person in the news
    "Tổng thống Pháp",
    "các bên tiếp tục trao đổi",
    "PV",
    "Tổng hợp",
])
def test_what_is_no_credit(not_a_credit):
    assert read_credit(not_a_credit) is None


def test_the_credit_glued_to_the_last_paragraph():
    assert credit_tail("Hai bên nhất trí tăng cường hợp tác trong thời gian tới./. Lan Hương/VOV.VN") == \
        "Lan Hương/VOV.VN"
    assert credit_tail("Buổi gặp diễn ra trong không khí thân mật. Theo Tiền Phong") == "Theo Tiền Phong"
    assert credit_tail("Hai bên nhất trí tăng cường hợp tác trong thời gian tới.") in (None, "")
    # a sentence that ends without a full stop is no credit
    assert read_credit(credit_tail("Đoàn sẽ tiếp tục thăm Lào, Campuchia và Thái Lan trong tuần tới") or "") is None


def test_a_wire_story_names_its_agency():
    art = CleanArticle(title="Tiêu đề", blocks=[
        Block("lead", "Theo phóng viên TTXVN tại Viêng Chăn, chiều 5/3 đoàn đã hội kiến lãnh đạo thủ đô."),
        Block("paragraph", "Hai bên nhất trí tăng cường hợp tác."),
    ])
    assert read_byline(art).source == "TTXVN"


def test_import_fills_source_and_author_from_the_credit():
    text = ("Chủ tịch nước tiếp Đại sứ Nhật Bản\n"
            "Chiều 5/3, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp Đại sứ Nhật Bản đến chào xã giao nhân dịp "
            "bắt đầu nhiệm kỳ công tác tại Việt Nam. Hai bên nhất trí tăng cường hợp tác trong nhiều lĩnh "
            "vực./. Lan Hương/VOV.VN\n")
    art = article_from_text(text, "x.txt")
    assert (art.source, art.author) == ("VOV.VN", "Lan Hương")
    plain = article_from_text(text.replace(" Lan Hương/VOV.VN", ""), "y.txt")
    assert (plain.source, plain.author) == (None, None)  # nothing named, nothing filled


def test_migration_fills_the_source_of_articles_imported_before(tmp_path):
    from app.importer import import_paths
    from app.paths import seeds_dir
    from app.store.db import open_archive

    path = tmp_path / "old.db"
    db = open_archive(path)
    import_paths(db, [seeds_dir()])
    db.execute("UPDATE articles SET source = NULL, author = NULL")  # as an archive made before
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm012_window'")
    db.conn.commit()
    db.conn.close()
    db = open_archive(path)
    sources = dict(db.execute("SELECT file_name, source FROM articles").fetchall())
    assert sources["002_155a3afc6406e72f.txt"] == "TTXVN"  # "Theo phóng viên TTXVN tại …"
    assert sources["003_433dd9d5689cab48.txt"] is None  # names none: left empty
