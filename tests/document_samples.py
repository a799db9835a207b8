"""Vietnamese articles written for these tests (not taken from any page) and builders that write
them as .docx (python-docx), .odt (odfpy), PDF (Qt), .eml (stdlib) files."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

LAOS = {
    "title": "Chủ tịch nước hội kiến Thủ tướng Lào tại Viêng Chăn, nhất trí tăng cường hợp tác toàn diện",
    "paragraphs": [
        "VIÊNG CHĂN (TTXVN) - Chiều 14/11/2024, tại Thủ đô Viêng Chăn, Chủ tịch nước Lương Cường đã hội kiến "
        "Thủ tướng Lào Sonexay Siphandone trong khuôn khổ chuyến thăm cấp Nhà nước tới Lào.",
        "Hai bên bày tỏ vui mừng trước những bước phát triển của quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và "
        "hợp tác toàn diện giữa hai nước, nhất trí thúc đẩy các dự án kết nối giao thông, năng lượng và giáo dục.",
        "Thủ tướng Sonexay Siphandone khẳng định Chính phủ Lào luôn coi trọng việc phối hợp chặt chẽ với các bộ, "
        "ngành của Việt Nam để triển khai hiệu quả các thỏa thuận cấp cao đã ký kết giữa hai Đảng, hai Nhà nước./.",
    ],
    "start": "2024-11-14",
}
JAPAN = {
    "title": "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác",
    "paragraphs": [
        "HÀ NỘI (TTXVN) - Sáng 5/3/2024, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản "
        "Yamada Takio đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.",
        "Thủ tướng đánh giá cao những đóng góp của Đại sứ cho quan hệ Đối tác chiến lược toàn diện giữa hai nước, "
        "đặc biệt trong hợp tác đầu tư, lao động và giao lưu nhân dân giữa các địa phương của hai nước.",
        "Đại sứ Yamada Takio cảm ơn sự hỗ trợ của các bộ, ngành Việt Nam và cho biết sẽ tiếp tục góp phần thúc "
        "đẩy quan hệ hai nước trên cương vị mới./.",
    ],
    "start": "2024-03-05",
}

THAILAND = {
    "title": "Chủ tịch Quốc hội hội đàm với Chủ tịch Quốc hội Thái Lan tại thủ đô Bangkok",
    "paragraphs": [
        "BANGKOK (TTXVN) - Sáng 9/12/2023, tại Nhà Quốc hội Thái Lan, Chủ tịch Quốc hội Vương Đình Huệ đã hội "
        "đàm với Chủ tịch Quốc hội Thái Lan Wan Muhamad Noor Matha trong chuyến thăm chính thức Thái Lan.",
        "Hai bên nhất trí tăng cường trao đổi đoàn các cấp, phối hợp tại các diễn đàn nghị viện khu vực và thúc "
        "đẩy kim ngạch thương mại song phương sớm đạt mục tiêu đề ra./.",
    ],
    "start": "2023-12-09",
}


def text_of(article: dict) -> list[str]:
    return [article["title"], *article["paragraphs"]]


def write_docx(path: Path, articles: list[dict], *, heading_style: bool = True, collection_title: str | None = None,
               justified: bool = False, decomposed: bool = False) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    if collection_title:
        document.add_heading(collection_title, 0)
    for article in articles:
        if heading_style:
            document.add_heading(article["title"], 1)
        else:  # pasted from a web page: the headline in direct bold formatting, larger
            run = document.add_paragraph().add_run(article["title"])
            run.bold = True
            run.font.size = docx.shared.Pt(16)
        for paragraph in article["paragraphs"]:
            added = document.add_paragraph(unicodedata.normalize("NFD", paragraph) if decomposed else paragraph)
            if justified:
                added.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    document.core_properties.author = "Phòng Lễ tân"
    document.save(path)
    return path


def write_odt(path: Path, articles: list[dict]) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    for article in articles:
        document.text.addElement(H(outlinelevel=1, text=article["title"]))
        for paragraph in article["paragraphs"]:
            document.text.addElement(P(text=paragraph))
    document.save(str(path))
    return path


def write_pdf(path: Path, lines: list[str], *, font: str = "DejaVu Serif", decomposed: bool = False,
              letter_spacing: float = 0.0) -> Path:
    """A PDF with a text layer, printed by Qt: the first line as a headline, the rest as paragraphs."""
    import html

    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    # a QApplication (not a QGuiApplication): the window tests of the same run need widgets
    _app = QApplication.instance() or QApplication([])
    form = "NFD" if decomposed else "NFC"  # "Unicode tổ hợp": letters typed as base + combining marks
    title, *paragraphs = [unicodedata.normalize(form, ln) for ln in lines]
    markup = f"<h1>{html.escape(title)}</h1>" + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    qfont = QFont(font, 11)
    if letter_spacing:  # spaced-out type, as in a printed page's headline or a justified column
        qfont.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, letter_spacing)
    document.setDefaultFont(qfont)
    document.setHtml(markup)
    document.print_(writer)
    del writer  # the PDF is written when the writer goes
    return path


def write_blank_pdf(path: Path) -> Path:
    """A page with a drawn picture and no text: what a scanner gives."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter, QPdfWriter
    from PySide6.QtWidgets import QApplication

    # a QApplication (not a QGuiApplication): the window tests of the same run need widgets
    _app = QApplication.instance() or QApplication([])
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.fillRect(QRectF(500, 500, 4000, 3000), QColor("gray"))
    painter.end()
    del writer
    return path


def forwarded_block(article: dict, sender: str, sent: str) -> str:
    return ("---------- Forwarded message ---------\n"
            f"From: {sender}\nDate: {sent}\nSubject: {article['title']}\nTo: <le.tan@example.vn>\n\n"
            + "\n\n".join(text_of(article)) + "\n")


def write_eml(path: Path, articles: list[dict], *, note: str = "Gửi anh bài báo để lưu hồ sơ.\n\n-- \nPhòng Lễ tân\n") -> Path:
    msg = EmailMessage()
    msg["From"] = "Nguyễn Văn An <an.nguyen@example.vn>"
    msg["To"] = "Lưu trữ <luu.tru@example.vn>"
    msg["Subject"] = "Fwd: " + articles[0]["title"]
    msg["Date"] = format_datetime(datetime(2026, 1, 20, 9, 30, tzinfo=timezone(timedelta(hours=7))))
    body = note + "\n" + "\n".join(
        forwarded_block(a, "Ban Biên tập <bbt@example.vn>", "Thu, 14 Nov 2024 18:00:00 +0700") for a in articles)
    msg.set_content(body)
    path.write_bytes(bytes(msg))
    return path


def write_msg(path: Path, article: dict) -> Path:
    """An Outlook .msg forwarding one article (tests/msg_builder.py writes the OLE file)."""
    from tests.msg_builder import build_msg

    body = "Chuyển anh bài báo.\r\n\r\n" + forwarded_block(
        article, "Ban Biên tập <bbt@example.vn>", "Sat, 9 Dec 2023 12:00:00 +0700").replace("\n", "\r\n")
    path.write_bytes(build_msg(subject="FW: " + article["title"], body=body,
                               sender="Trần Thị Bình <binh.tran@example.vn>",
                               sent=datetime(2026, 2, 3, 14, 0, tzinfo=timezone(timedelta(hours=7)))))
    return path
