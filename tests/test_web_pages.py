"""Saved web pages: .html with its metadata, .mhtml built with the stdlib, the "_files" folder
beside a saved page, and the page's publication date as evidence for the year (never the event)."""

from __future__ import annotations

import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.importer import import_paths
from app.ingest.decode import UnreadableFile
from app.ingest.files import find_article_files
from app.ingest.reader import read_article_file
from app.ingest.web_page import page_metadata
from app.store.db import open_archive
from app.store.export import export_articles

PAGES = Path(__file__).resolve().parent / "pages" / "html"

PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Thủ tướng tiếp Đại sứ Hà Lan - Báo Thử</title>
<meta property="og:title" content="Thủ tướng tiếp Đại sứ Hà Lan chào từ biệt">
<meta property="og:site_name" content="Báo Thử Nghiệm">
<meta property="article:published_time" content="2024-11-15T09:00:00+07:00">
<meta name="author" content="Lan Phương"></head>
<body><nav><a>Trang chủ</a> <a>Thời sự</a></nav>
<h1 class="detail-title">Thủ tướng tiếp Đại sứ Hà Lan chào từ biệt</h1>
<h2 class="detail-sapo">Chiều 14/11, tại trụ sở Chính phủ, Thủ tướng đã tiếp Đại sứ Hà Lan đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.</h2>
<div class="detail-content"><figure><img src="le-tiep-dai-su.jpg" alt="Thủ tướng bắt tay Đại sứ trong phòng khách lớn"><figcaption>Thủ tướng và Đại sứ Hà Lan. Ảnh: VGP</figcaption></figure>
<p>Thủ tướng đánh giá cao những đóng góp của Đại sứ cho quan hệ Đối tác chiến lược về thích ứng biến đổi khí hậu và quản lý nước giữa hai nước.</p>
<p>Đại sứ khẳng định sẽ tiếp tục là nhịp cầu thúc đẩy hợp tác về nông nghiệp, logistics và năng lượng gió ngoài khơi trên cương vị mới.</p></div>
<aside><h3>Đọc nhiều</h3><ul><li><a>Giá vàng hôm nay tăng mạnh trở lại sau nhiều phiên giảm</a></li></ul></aside>
<footer>Cơ quan chủ quản: Công ty Thử Nghiệm</footer></body></html>"""


def test_page_metadata_is_read():
    meta = page_metadata(PAGE)
    assert meta.title == "Thủ tướng tiếp Đại sứ Hà Lan chào từ biệt"
    assert (meta.published, meta.author, meta.site_name) == ("2024-11-15", "Lan Phương", "Báo Thử Nghiệm")
    assert meta.published_evidence.startswith("article:published_time 2024-11-15")


def test_html_page_article_and_metadata(tmp_path):
    path = tmp_path / "trang.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article_file(path).article
    assert article.title == "Thủ tướng tiếp Đại sứ Hà Lan chào từ biệt"
    assert article.lead.startswith("Chiều 14/11")  # the sapo outside the story's container is kept
    assert "Giá vàng" not in article.body and "Cơ quan chủ quản" not in article.body
    assert "phòng khách lớn" not in article.body  # an image's alt text is never article text
    assert (article.source, article.author, article.page_date) == ("Báo Thử Nghiệm", "Lan Phương", "2024-11-15")


def _mhtml(html: str, charset: str = "utf-8") -> bytes:
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["Subject"] = "Thủ tướng tiếp Đại sứ Hà Lan"
    msg["MIME-Version"] = "1.0"
    msg.make_related()
    msg.set_param("type", "text/html")
    page = EmailMessage()
    page.set_content(html, subtype="html", charset=charset, cte="quoted-printable")
    page["Content-Location"] = "https://example.invalid/thu-tuong-tiep-dai-su.html"
    msg.attach(page)
    image = EmailMessage()
    image.set_content(b"\xff\xd8\xff\xe0 not really a jpeg", maintype="image", subtype="jpeg", cte="base64")
    image["Content-Location"] = "https://example.invalid/le-tiep-dai-su.jpg"
    msg.attach(image)
    return msg.as_bytes()


def test_mhtml_page_built_with_the_stdlib(tmp_path):
    path = tmp_path / "trang.mhtml"
    path.write_bytes(_mhtml(PAGE))
    item = read_article_file(path)
    assert item.article.title == "Thủ tướng tiếp Đại sứ Hà Lan chào từ biệt"
    assert "nhịp cầu thúc đẩy hợp tác" in item.article.body
    assert item.article.page_date == "2024-11-15" and item.raw == path.read_bytes()


def test_mhtml_without_a_page_is_refused_with_its_reason(tmp_path):
    path = tmp_path / "hong.mht"
    path.write_bytes(b"From: a@b\nSubject: x\n\njust text, no parts\n")
    with pytest.raises(UnreadableFile, match="MHTML"):
        read_article_file(path)


def test_saved_page_folder_is_ignored(tmp_path):
    (tmp_path / "Trang.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "Trang_files").mkdir()
    (tmp_path / "Trang_files" / "frame.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "Khac_files").mkdir()  # no page beside it: an ordinary folder, walked
    (tmp_path / "Khac_files" / "bai.txt").write_text("x", encoding="utf-8")
    (tmp_path / "trang2.mht").write_bytes(_mhtml(PAGE))
    names = sorted(p.relative_to(tmp_path).as_posix() for p, problem in find_article_files([tmp_path]))
    assert names == ["Khac_files/bai.txt", "Trang.html", "trang2.mht"]


def test_page_date_dates_the_visit_as_page_date(tmp_path):
    # A visit on 14/11 reported on a page published 2024-11-15 is 2024-11-14, year_basis "page date".
    (tmp_path / "trang.html").write_text(PAGE, encoding="utf-8")
    db = open_archive(tmp_path / "a.db")
    report = import_paths(db, [tmp_path])
    assert report.count("imported") == 1, report.outcomes
    event = export_articles(db)["articles"][0]["event"]
    assert (event["start"], event["year_basis"]) == ("2024-11-14", "page date")
    assert "article:published_time" in event["year_evidence"]


@pytest.mark.parametrize("published, start", [("2024-11-15", "2024-11-14"), ("2024-10-01", None)])
def test_metadata_date_dates_only_what_happened_before_it(tmp_path, published, start):
    (tmp_path / "trang.html").write_text(PAGE.replace("2024-11-15", published), encoding="utf-8")
    db = open_archive(tmp_path / "a.db")
    import_paths(db, [tmp_path])
    assert export_articles(db)["articles"][0]["event"]["start"] == start
