"""Word, OpenDocument, PDF and e-mail files: each built here with Vietnamese text, read, refused
with its reason, and imported through the command line with the right title, body and dates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.ingest.decode import UnreadableFile  # noqa: E402
from app.ingest.documents import Paragraph, split_clippings  # noqa: E402
from app.ingest.files import find_article_files  # noqa: E402
from app.ingest.legacy_fonts import legacy_encoding  # noqa: E402
from app.ingest.reader import read_file_articles  # noqa: E402
from tests.document_samples import (  # noqa: E402
    JAPAN,
    LAOS,
    THAILAND,
    text_of,
    write_blank_pdf,
    write_docx,
    write_eml,
    write_msg,
    write_odt,
    write_pdf,
)

ROOT = Path(__file__).resolve().parent.parent
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The Laos lead as a PDF made from a .VnTime (TCVN3) or VNI-Times document gives it: every Vietnamese
# letter stands as a Latin-1 sign. Written by hand from the two encodings' letter tables.
TCVN3_LEAD = ("Chiòu 14/11/2024, t¹i Thñ ®« Viªng Ch¨n, Chñ tÞch n­íc L­¬ng C­êng ®· héi kiÕn Thñ t­íng Lµo "
              "trong khu«n khæ chuyÕn th¨m cÊp Nhµ n­íc tíi Lµo. Hai bªn bµy tá vui mõng tr­íc nh÷ng b­íc ph¸t triÓn.")
VNI_LEAD = ("Chieàu 14/11/2024, taïi Thuû ñoâ Vieâng Chaên, Chuû tòch nöôùc Löông Cöôøng ñaõ hoäi kieán Thuû "
            "töôùng Laøo trong khuoân khoå chuyeán thaêm caáp Nhaø nöôùc tôùi Laøo. Hai beân baøy toû vui möøng.")


def _one(path: Path):
    (item,) = read_file_articles(path)
    return item


# --- Word and OpenDocument ---------------------------------------------------------------------

def test_docx_title_lead_and_paragraphs(tmp_path):
    item = _one(write_docx(tmp_path / "bai.docx", [LAOS]))
    assert item.article.title == LAOS["title"]
    assert item.article.prose == LAOS["paragraphs"]
    assert item.meta["format"] == "docx" and item.meta["document_author"] == "Phòng Lễ tân"
    assert item.raw == (tmp_path / "bai.docx").read_bytes() and item.part is None


def test_docx_of_clippings_under_bold_headlines_is_two_articles_of_one_file(tmp_path):
    items = read_file_articles(write_docx(tmp_path / "tong_hop.docx", [LAOS, JAPAN], heading_style=False,
                                          collection_title="Tổng hợp báo chí tháng 11"))
    assert [i.article.title for i in items] == [LAOS["title"], JAPAN["title"]]
    assert [i.part for i in items] == [(1, 2), (2, 2)]
    assert len({i.file_hash for i in items}) == 1 and "Tổng hợp báo chí" not in items[0].text


def test_subheads_inside_one_article_do_not_split_it():
    # Two bold subheads with the headline's own mark, but a section of one short paragraph: one article.
    paragraphs = [Paragraph(LAOS["title"], "bold 16.0pt"), Paragraph(LAOS["paragraphs"][0]),
                  Paragraph("Tăng cường kết nối giao thông hai nước", "bold 16.0pt"), Paragraph(LAOS["paragraphs"][1])]
    assert len(split_clippings(paragraphs)) == 1
    # Prose before the first headline: not a file of clippings either.
    assert len(split_clippings([Paragraph(JAPAN["paragraphs"][0]), *paragraphs])) == 1


def test_odt_headings_and_paragraphs(tmp_path):
    item = _one(write_odt(tmp_path / "bai.odt", [JAPAN]))
    assert item.article.title == JAPAN["title"] and item.article.prose == JAPAN["paragraphs"]
    two = read_file_articles(write_odt(tmp_path / "hai.odt", [JAPAN, LAOS]))
    assert [i.article.title for i in two] == [JAPAN["title"], LAOS["title"]]


def test_word_97_doc_is_refused_with_what_to_do(tmp_path):
    doc = tmp_path / "cu.doc"
    doc.write_bytes(OLE_MAGIC + bytes(504))
    renamed = tmp_path / "doi_ten.docx"  # a .doc renamed .docx is still a .doc
    renamed.write_bytes(OLE_MAGIC + bytes(504))
    for path in (doc, renamed):
        with pytest.raises(UnreadableFile, match=r"Word 97–2003 \.doc: .*save it as \.docx"):
            read_file_articles(path)
    really_docx = write_docx(tmp_path / "that_ra.docx", [LAOS]).rename(tmp_path / "that_ra.doc")
    assert _one(really_docx).article.title == LAOS["title"]  # a .docx named .doc is read


def test_damaged_docx_is_named(tmp_path):
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableFile, match="damaged .docx"):
        read_file_articles(bad)


def test_folders_take_documents_and_name_doc(tmp_path):
    for name in ("a.docx", "b.odt", "c.pdf", "d.eml", "e.msg", "f.doc", "g.jpg"):
        (tmp_path / name).write_bytes(b"x")
    found = sorted(p.name for p, _ in find_article_files([tmp_path]))
    assert found == ["a.docx", "b.odt", "c.pdf", "d.eml", "e.msg", "f.doc"]


# --- PDF ---------------------------------------------------------------------------------------

def test_pdf_lines_are_rejoined_into_headline_and_paragraphs(tmp_path):
    item = _one(write_pdf(tmp_path / "bai.pdf", text_of(LAOS)))
    assert item.article.title == LAOS["title"]  # printed on three lines
    assert item.article.prose == LAOS["paragraphs"]  # each printed on two or three
    assert item.meta["format"] == "pdf"


def test_pdf_of_decomposed_text_comes_out_composed(tmp_path):
    item = _one(write_pdf(tmp_path / "to_hop.pdf", text_of(JAPAN), decomposed=True, font="DejaVu Sans"))
    assert item.article.title == JAPAN["title"] and item.article.prose == JAPAN["paragraphs"]


def test_scanned_pdf_is_refused(tmp_path):
    with pytest.raises(UnreadableFile, match="scanned, no text layer"):
        read_file_articles(write_blank_pdf(tmp_path / "scan.pdf"))


@pytest.mark.parametrize(("lead", "encoding"), [(TCVN3_LEAD, "TCVN3"), (VNI_LEAD, "VNI")])
def test_legacy_font_pdf_is_refused_naming_the_encoding(tmp_path, lead, encoding):
    path = write_pdf(tmp_path / f"{encoding}.pdf", ["Chñ tÞch n­íc héi kiÕn Thñ t­íng Lµo", lead, lead])
    with pytest.raises(UnreadableFile, match=f"legacy {encoding} font"):
        read_file_articles(path)


def test_unicode_text_with_foreign_names_is_not_legacy():
    text = " ".join(text_of(LAOS)) + " Ông Müller, bà Señora Peña và ông Jürgen Groß cùng dự."
    assert legacy_encoding(text) is None
    assert legacy_encoding(TCVN3_LEAD) == "TCVN3" and legacy_encoding(VNI_LEAD) == "VNI"


def test_damaged_pdf_is_named(tmp_path):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    with pytest.raises(UnreadableFile, match="PDF"):
        read_file_articles(bad)


# --- e-mail ------------------------------------------------------------------------------------

def test_eml_with_two_forwarded_articles_is_two_articles_with_the_mail_as_metadata(tmp_path):
    items = read_file_articles(write_eml(tmp_path / "thu.eml", [LAOS, JAPAN]))
    assert [i.article.title for i in items] == [LAOS["title"], JAPAN["title"]]
    assert [i.article.prose for i in items] == [LAOS["paragraphs"], JAPAN["paragraphs"]]
    meta = items[0].meta
    assert meta["format"] == "eml" and meta["from"] == "Nguyễn Văn An <an.nguyen@example.vn>"
    assert meta["date"] == "2026-01-20T09:30:00+07:00"
    assert meta["forwarded_from"] == "Ban Biên tập <bbt@example.vn>"
    assert "Gửi anh bài báo" not in items[0].text and "Phòng Lễ tân" not in items[0].text  # note, signature


def test_eml_without_forward_marker_is_its_body(tmp_path):
    msg = EmailMessage()
    msg["From"], msg["Subject"], msg["Date"] = "a@example.vn", "Bài báo", "Tue, 21 Jan 2025 08:00:00 +0700"
    msg.set_content("\n\n".join(text_of(JAPAN)) + "\n\n-- \nPhòng Lễ tân\n")
    path = tmp_path / "than.eml"
    path.write_bytes(bytes(msg))
    item = _one(path)
    assert item.article.title == JAPAN["title"] and "Phòng Lễ tân" not in item.article.body


def test_eml_html_only_and_a_note_only(tmp_path):
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "a@example.vn", "Fwd"
    msg.set_content("<html><body><h1>" + LAOS["title"] + "</h1>"
                    + "".join(f"<p>{p}</p>" for p in LAOS["paragraphs"]) + "</body></html>", subtype="html")
    (tmp_path / "html.eml").write_bytes(bytes(msg))
    assert _one(tmp_path / "html.eml").article.title == LAOS["title"]
    note = EmailMessage()
    note["From"], note["Subject"] = "a@example.vn", "Hẹn"
    note.set_content("Chiều nay họp lúc 15 giờ.")
    (tmp_path / "note.eml").write_bytes(bytes(note))
    with pytest.raises(UnreadableFile, match="no article text found"):
        read_file_articles(tmp_path / "note.eml")


def test_format_flowed_lines_are_joined(tmp_path):
    lead = LAOS["paragraphs"][0]
    cut = lead.index(" Chủ tịch")
    body = f"{LAOS['title']}\n\n{lead[:cut]} \n{lead[cut + 1:]}\n\n" + "\n\n".join(LAOS["paragraphs"][1:]) + "\n"
    raw = (b"From: a@example.vn\nSubject: x\nMIME-Version: 1.0\n"
           b"Content-Type: text/plain; charset=utf-8; format=flowed\nContent-Transfer-Encoding: 8bit\n\n"
           + body.encode("utf-8"))
    (tmp_path / "flowed.eml").write_bytes(raw)
    assert _one(tmp_path / "flowed.eml").article.prose[0] == lead


def test_outlook_msg_forwarded_article_with_sender_and_date(tmp_path):
    item = _one(write_msg(tmp_path / "thu.msg", THAILAND))
    assert item.article.title == THAILAND["title"] and item.article.prose == THAILAND["paragraphs"]
    assert item.meta["format"] == "msg" and item.meta["from"].startswith("Trần Thị Bình")
    assert item.meta["date"] == "2026-02-03T07:00:00+00:00" and "Chuyển anh" not in item.text


def test_damaged_msg_is_named(tmp_path):
    bad = tmp_path / "hong.msg"
    bad.write_bytes(OLE_MAGIC + bytes(504))
    with pytest.raises(UnreadableFile, match="damaged .msg"):
        read_file_articles(bad)


# --- through the command line ------------------------------------------------------------------

def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    write_docx(folder / "a_lao.docx", [LAOS])
    write_odt(folder / "b_nhat.odt", [JAPAN])
    write_pdf(folder / "c_lao_in.pdf", [*text_of(LAOS), "(TTXVN/Vietnam+)"])
    write_eml(folder / "d_chuyen_tiep.eml", [JAPAN, THAILAND])
    write_msg(folder / "e_outlook.msg", THAILAND)
    write_blank_pdf(folder / "scan.pdf")
    (folder / "cu.doc").write_bytes(OLE_MAGIC + bytes(504))
    db = folder / "x.db"
    result = _cli("--db", str(db), "import", str(folder))
    exported = _cli("--db", str(db), "export", "--format", "json")
    return result, json.loads(exported.stdout)["articles"], db


def test_cli_imports_each_format_with_title_body_and_dates(imported):
    result, articles, _db = imported
    assert result.returncode == 1  # two files refused
    assert "cu.doc: Word 97–2003 .doc" in result.stderr and "scan.pdf: PDF quét" in result.stderr
    by_file = {(a["file"], a["file_part"]): a for a in articles}
    lao, nhat = by_file[("a_lao.docx", None)], by_file[("b_nhat.odt", None)]
    assert lao["title"] == LAOS["title"] and lao["body"] == "\n\n".join(LAOS["paragraphs"])
    assert lao["event"]["start"] == LAOS["start"] and lao["import"]["format"] == "docx"
    assert nhat["title"] == JAPAN["title"] and nhat["event"]["start"] == JAPAN["start"]
    # The page printed to PDF is the .docx's article again (its source line below it is no part of
    # the clean article): one article, the PDF named as its duplicate.
    assert ("c_lao_in.pdf", None) not in by_file
    assert f"trùng (duplicate): {_db.parent / 'c_lao_in.pdf'} — trùng với {_db.parent / 'a_lao.docx'}" in result.stderr
    (printed,) = read_file_articles(_db.parent / "c_lao_in.pdf")
    assert printed.article.title == LAOS["title"] and printed.article.prose == LAOS["paragraphs"]
    assert printed.article.source == "TTXVN/Vietnam+"
    # Two forwarded articles in one e-mail: two articles of one file. The first is the .odt's article
    # again, the .msg forwards the second again: the same article in two formats is one article.
    mail = by_file[("d_chuyen_tiep.eml", 2)]
    assert mail["title"] == THAILAND["title"] and mail["event"]["start"] == THAILAND["start"]
    assert ("d_chuyen_tiep.eml", 1) not in by_file and ("e_outlook.msg", None) not in by_file
    assert "trùng (duplicate): " + str(_db.parent / "d_chuyen_tiep.eml (bài 1/2)") in result.stderr
    assert "trùng (duplicate): " + str(_db.parent / "e_outlook.msg") in result.stderr
    assert len(articles) == 3


def test_cli_email_date_is_metadata_never_the_event(imported):
    _result, articles, _db = imported
    (mail,) = [a for a in articles if a["file"] == "d_chuyen_tiep.eml"]
    assert mail["import"]["date"] == "2026-01-20T09:30:00+07:00"
    assert mail["import"]["from"].startswith("Nguyễn Văn An")
    assert mail["import"]["forwarded_date"] == "Thu, 14 Nov 2024 18:00:00 +0700"
    assert mail["event"]["start"] == THAILAND["start"] and mail["event"]["year_basis"] != "page date"


def test_reanalysis_keeps_the_document_articles(imported):
    _result, articles, db = imported
    assert _cli("--db", str(db), "reanalyze").returncode == 0
    again = {(a["file"], a["file_part"]): (a["title"], a["body"]) for a in
             json.loads(_cli("--db", str(db), "export").stdout)["articles"]}
    assert again == {(a["file"], a["file_part"]): (a["title"], a["body"]) for a in articles}


def test_a_file_of_two_articles_keeps_its_bytes_once(tmp_path):
    import sqlite3

    from app.importer import import_paths
    from app.store.db import open_archive

    path = write_eml(tmp_path / "hai_bai.eml", [LAOS, JAPAN])
    db = open_archive(tmp_path / "raw.db")
    report = import_paths(db, [path])
    assert [o.part for o in report.outcomes] == [(1, 2), (2, 2)] and report.count("imported") == 2
    db.close()
    con = sqlite3.connect(tmp_path / "raw.db")
    rows = con.execute("SELECT file_part, raw, file_sha256 FROM articles ORDER BY file_part").fetchall()
    assert [(r[0], r[1] is not None) for r in rows] == [(1, True), (2, False)]
    assert rows[0][1] == path.read_bytes() and rows[0][2] == rows[1][2]
