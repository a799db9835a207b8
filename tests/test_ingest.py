"""Ingest: encodings, hostile files, page debris, HTML. No NLP, no Qt."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from app.ingest.debris import split_article
from app.ingest.decode import UnreadableFile, decode_bytes
from app.ingest.files import find_article_files
from app.ingest.html_text import html_to_text
from app.ingest.reader import read_article_file

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
VI = "Chủ tịch nước Lương Cường hội kiến Thị trưởng Lima; Đinh Tiến Dũng thăm Viêng Chăn."

ARTICLE = """Trang chủ | Thời sự | Thế giới
Đăng nhập
Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Malaysia tại Kuala Lumpur

Chiều 12/3, tại Thủ đô Kuala Lumpur, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Malaysia Anwar Ibrahim trong khuôn khổ chuyến thăm chính thức Malaysia.
Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại, đầu tư và chuyển đổi số giữa hai nước trong thời gian tới./.
(TTXVN/Vietnam+)
Tin liên quan
Thủ tướng dự hội nghị về kinh tế số khu vực Đông Nam Á
Thủ tướng dự hội nghị về kinh tế số khu vực Đông Nam Á
"""


def test_decode_utf8_bom_crlf():
    text, enc = decode_bytes(codecs.BOM_UTF8 + VI.replace(" ", "\r\n", 2).encode("utf-8"))
    assert enc == "utf-8-sig" and "\r" not in text and "Lương Cường" in text


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_decode_utf16_with_and_without_bom(codec):
    text, _ = decode_bytes(VI.encode(codec))
    assert text == VI


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Encode as legacy Windows-1258: base letters precomposed, tone marks combining."""
    out = []
    for ch in text:
        try:
            out.append(ch.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in _TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out.append((base + tones).encode("cp1258"))
    return b"".join(out)


def test_decode_windows_1258_decomposed_to_nfc():
    # Windows-1258 stores tones as combining marks; the archive keeps NFC.
    text, enc = decode_bytes(to_cp1258(VI))
    assert enc == "cp1258" and text == VI


@pytest.mark.parametrize("data, reason", [(b"", "empty"), (b"  \n\t", "empty"),
                                          (bytes(range(256)) * 4, "binary")])
def test_decode_refuses_empty_and_binary(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        decode_bytes(data)


def test_split_removes_menus_widgets_and_related_list():
    art = split_article(ARTICLE)
    assert art.title == "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Malaysia tại Kuala Lumpur"
    assert art.source == "TTXVN/Vietnam+"
    assert art.lead.startswith("Chiều 12/3")
    assert "Đăng nhập" not in art.body and "Tin liên quan" not in art.body
    assert "kinh tế số" not in art.body
    assert art.body.endswith("thời gian tới./.")


def test_split_glued_article_after_end_mark():
    text = ARTICLE.replace("(TTXVN/Vietnam+)\nTin liên quan\n", "(TTXVN/Vietnam+)\n") + (
        "Sáng 13/3, Bộ trưởng Bộ Y tế làm việc với tỉnh Nghệ An về công tác phòng chống dịch bệnh"
        " trong mùa hè sắp tới, yêu cầu các địa phương chủ động chuẩn bị.\n"
    )
    art = split_article(text)
    assert "Nghệ An" not in art.body and art.source == "TTXVN/Vietnam+"


def test_split_captions_and_alt_text():
    text = (
        "Tổng thống Pháp thăm chính thức Việt Nam và hội đàm với Chủ tịch nước\n\n"
        "Sáng 5/6, tại Phủ Chủ tịch, Chủ tịch nước chủ trì lễ đón Tổng thống Pháp thăm chính thức"
        " Việt Nam, hai bên hội đàm về hợp tác song phương trong nhiều lĩnh vực.\n"
        "Chủ tịch nước và Tổng thống Pháp duyệt đội danh dự\n"
        "Chủ tịch nước và Tổng thống Pháp duyệt đội danh dự. Ảnh: Nhan Sáng/TTXVN\n"
        "Hai nhà lãnh đạo nhất trí nâng cấp quan hệ lên tầm cao mới trong năm nay, mở rộng hợp tác"
        " về năng lượng, hàng không và giáo dục.\n"
        "Hữu Thắng\n"
        "BÌNH LUẬN (0)\n"
    )
    art = split_article(text)
    kinds = [b.kind for b in art.blocks]
    assert kinds == ["lead", "caption", "paragraph"]
    assert art.blocks[1].text.endswith("Ảnh: Nhan Sáng/TTXVN")
    assert art.author == "Hữu Thắng"
    assert "duyệt đội danh dự\n" not in art.body  # the alt-text duplicate is gone


def test_a_body_saved_as_one_line_ending_in_a_credit_is_the_story_not_a_caption():
    """A page saved with its paragraphs run together: the last photo's credit ends the line."""
    story = ("Chiều 28/6, tại thủ đô Moskva, Chủ tịch nước đã có cuộc hội kiến với Chủ tịch Hội đồng"
             " Liên bang Nga, hai bên trao đổi về hợp tác nghị viện, thương mại và đầu tư. ") * 4
    text = ("Chủ tịch nước hội kiến Chủ tịch Hội đồng Liên bang Nga\n\n"
            "Chủ tịch nước khẳng định Việt Nam coi trọng quan hệ với Liên bang Nga.\n"
            "Hai bên hội kiến. (Ảnh: TTXVN) " + story + "Quang cảnh buổi hội kiến. Ảnh: TTXVN\n")
    art = split_article(text)
    assert [b.kind for b in art.blocks] == ["lead", "paragraph"]
    assert "hợp tác nghị viện" in art.body


def test_html_page_drops_scripts_and_furniture():
    page = (
        "<!DOCTYPE html><html><head><title>x</title><script>var evil = 'Đăng nhập';</script>"
        "<style>p{color:red}</style></head><body><nav><a href='/'>Trang chủ</a></nav>"
        "<h1>Bộ trưởng Ngoại giao thăm Nhật Bản</h1><article><p>Ngày 2/4, Bộ trưởng Ngoại giao"
        " đã có chuyến thăm chính thức Nhật Bản theo lời mời của người đồng cấp, mở ra giai đoạn"
        " hợp tác mới.</p><figure><img src='http://example.invalid/a.jpg'><figcaption>Bộ trưởng"
        " tại Tokyo. Ảnh: TTXVN</figcaption></figure><p>Hai bên ký kết nhiều văn kiện &amp; thỏa"
        " thuận.</p></article><footer>Bản quyền</footer><script>track()</script></body></html>"
    )
    text = html_to_text(page)
    assert "evil" not in text and "track" not in text and "Bản quyền" not in text
    art = split_article(text)
    assert art.title == "Bộ trưởng Ngoại giao thăm Nhật Bản"
    assert [b.kind for b in art.blocks] == ["lead", "caption", "paragraph"]
    assert "văn kiện & thỏa thuận" in art.body


def test_find_files_survives_symlink_loop_and_skips_others(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("x", encoding="utf-8")
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path)
    (tmp_path / "b.htm").write_text("<p>x</p>", encoding="utf-8")
    found = list(find_article_files([tmp_path, tmp_path / "missing.txt"]))
    names = sorted(p.name for p, problem in found if problem is None)
    assert names == ["b.htm", "x.txt"]
    assert [p.name for p, problem in found if problem] == ["missing.txt"]


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_have_no_debris_in_body(seed):
    art = read_article_file(seed).article
    for debris in ("Tin cùng chuyên mục", "Có thể bạn quan tâm", "Bạn thấy bài viết", "BÌNH LUẬN",
                   "Đăng nhập", "Xuân 2026", "Ý KIẾN", "Tin mới nhất", "Đọc nhiều", "user image",
                   "Phạm Thu Hằng", "Đà Nẵng", "Điện Biên", "Quân đoàn 12", "★"):
        assert debris not in art.body, debris
    assert len(art.prose) >= 5


def test_seed_titles_sources_and_authors():
    got = {p.name[:3]: read_article_file(p).article for p in SEEDS.glob("*.txt")}
    assert got["000"].title == (
        "Chủ tịch nước Lương Cường hội kiến Thị trưởng Lima và nhận Chìa khóa biểu tượng thành phố"
    )
    assert got["000"].author == "Thanh Bình"
    assert got["001"].source == "TTXVN/Vietnam+"
    assert got["002"].title.startswith("Thủ tướng Lào đánh giá cao")
    assert got["002"].source == "Báo ảnh Việt Nam/TTXVN"
    assert got["003"].title == "Bí thư Thành ủy thăm đại sứ quán Việt Nam tại Lào"
    assert got["004"].title == "Việt Nam mong muốn hợp tác với các nước bạn bè truyền thống ở Mỹ Latinh"
    # Seed 000's line of glued related headlines and seed 001's gallery prefix are gone.
    assert "Chủ tịch Quốc hội Peru" not in got["000"].body
    assert "ảnh 1" not in got["001"].body
    assert any(b.kind == "caption" and b.text.startswith("Phó Bí thư Thường trực") for b in got["001"].blocks)


def test_inline_related_box_is_dropped_and_the_story_goes_on():
    text = ARTICLE.replace(
        "Hai bên nhất trí",
        "Tin liên quan:\n- Thủ tướng lên đường thăm Malaysia\n- Thủ tướng gặp cộng đồng người Việt\nHai bên nhất trí",
    )
    art = split_article(text)
    assert "lên đường" not in art.body and "Tin liên quan" not in art.body
    assert art.body.endswith("thời gian tới./.")


@pytest.mark.parametrize("title", ["Nhân sự mới", "Bộ trưởng Ngoại giao thăm chính thức Indonesia"])
def test_title_before_a_one_sentence_lead(title):
    text = (
        f"{title}\n"
        "Hai nước nhất trí nâng cấp quan hệ.\n"
        "Sáng 6/2, tại Jakarta, Bộ trưởng Ngoại giao đã hội đàm với người đồng cấp Indonesia, hai bên"
        " thống nhất nhiều biện pháp thúc đẩy hợp tác kinh tế, thương mại và đầu tư trong thời gian tới.\n"
    )
    art = split_article(text)
    assert art.title == title
    assert art.lead == "Hai nước nhất trí nâng cấp quan hệ."


def test_timestamped_byline_is_debris():
    text = ARTICLE.replace("(TTXVN/Vietnam+)", "(TTXVN/Vietnam+)\nGiang Nguyễn - Thể thao Việt Nam | 09:00 05/07/2017")
    text = text.replace("Đăng nhập", "16:24 08/02/2017")
    art = split_article(text)
    assert "2017" not in art.body


def test_dateline_above_the_title_is_debris():
    art = split_article("Thứ Ba, 19/9/2023 21:05 (GMT+7)\n\n" + ARTICLE)
    assert art.title.startswith("Thủ tướng Phạm Minh Chính hội đàm")
    assert "19/9/2023" in " ".join(art.debris)
