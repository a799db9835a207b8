"""What a visit signed and gave (app.nlp.agreements, resources/rules/agreements.tsv), rule by rule.

Every article here is written for the test (people, places and documents invented or generic);
the precision on real news is measured on the corpus (README, "Agreements and honours").
"""

from __future__ import annotations

import pytest

from app.ingest.article import Block, CleanArticle
from app.nlp.pipeline import analyze, disabled

TITLE = "Thủ tướng Lê Văn Bình hội đàm với Thủ tướng Nhật Bản"
LEAD = ("Chiều 5/6/2023, tại Tokyo, trong khuôn khổ chuyến thăm chính thức Nhật Bản, Thủ tướng Lê Văn Bình "
        "đã hội đàm với Thủ tướng Nhật Bản Suzuki Taro.")


def visit_of(*paragraphs: str, title: str = TITLE, caption: str | None = None):
    blocks = [Block("lead", LEAD)] + [Block("paragraph", p) for p in paragraphs]
    if caption:
        blocks.append(Block("caption", caption))
    analysis = analyze(CleanArticle(title=title, blocks=blocks))
    assert analysis.visits, "the written article must report a visit"
    return analysis.visits[0]


def documents(*paragraphs: str) -> list[str]:
    return [a.document for a in visit_of(*paragraphs).agreements]


def test_witnessed_signing_lists_each_document_with_its_parties():
    v = visit_of("Kết thúc hội đàm, Thủ tướng Lê Văn Bình và Thủ tướng Suzuki Taro đã chứng kiến lễ ký kết "
                 "3 văn kiện hợp tác, bao gồm: Hiệp định hợp tác về vận tải biển giữa Chính phủ Việt Nam và "
                 "Chính phủ Nhật Bản; Bản ghi nhớ về đào tạo, bồi dưỡng cán bộ; Thỏa thuận hợp tác giữa tỉnh "
                 "Hòa Bình và tỉnh Gifu.")
    assert [a.document for a in v.agreements] == [
        "Hiệp định hợp tác về vận tải biển giữa Chính phủ Việt Nam và Chính phủ Nhật Bản",
        "Bản ghi nhớ về đào tạo, bồi dưỡng cán bộ",
        "Thỏa thuận hợp tác giữa tỉnh Hòa Bình và tỉnh Gifu",
    ]
    first, _second, third = v.agreements
    assert first.parties == "Chính phủ Việt Nam và Chính phủ Nhật Bản"
    assert third.parties == "tỉnh Hòa Bình và tỉnh Gifu"
    assert first.rule == "witnessed_signing" and first.role == "witnessed"
    assert first.by == ("Lê Văn Bình", "Suzuki Taro")
    assert first.evidence.startswith("Kết thúc hội đàm")


def test_a_number_of_documents_without_names_is_kept_as_written():
    assert documents("Sau hội đàm, hai Thủ tướng đã chứng kiến lễ ký 5 văn kiện hợp tác.") == ["5 văn kiện hợp tác"]


def test_named_documents_say_more_than_their_count_elsewhere():
    docs = documents("Hai nhà lãnh đạo đã chứng kiến lễ ký 2 văn kiện hợp tác.",
                     "Nhân dịp này, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác nông nghiệp và Bản ghi nhớ về "
                     "hợp tác y tế.")
    assert docs == ["Bản ghi nhớ về hợp tác nông nghiệp", "Bản ghi nhớ về hợp tác y tế"]


def test_signed_by_the_leader_and_a_joint_statement():
    v = visit_of("Thủ tướng Lê Văn Bình và Thủ tướng Suzuki Taro đã ký Thỏa thuận về hợp tác phòng chống thiên tai.",
                 "Sau hội đàm, hai bên đã ra Tuyên bố chung về quan hệ Đối tác chiến lược.")
    assert [(a.document, a.rule) for a in v.agreements] == [
        ("Thỏa thuận về hợp tác phòng chống thiên tai", "signed"),
        ("Tuyên bố chung về quan hệ Đối tác chiến lược", "joint_statement"),
    ]


@pytest.mark.parametrize("sentence", [
    # planned, proposed, hoped for
    "Dự kiến hai bên sẽ ký kết Hiệp định về lao động.",
    "Thủ tướng Lê Văn Bình đề nghị hai bên sớm ký kết Hiệp định về lao động.",
    "Thủ tướng Suzuki Taro ủng hộ việc sớm ký và phê chuẩn Hiệp định thương mại tự do.",
    "Nếu được ký kết, Hiệp định về lao động sẽ mở ra nhiều cơ hội.",
    # signed before the visit
    "Hai Thủ tướng hoan nghênh việc hai bên đã ký kết Hiệp định về lao động năm 2015.",
    "Hai bên đang triển khai Bản ghi nhớ về du lịch (ký tháng 9/2019).",
    "Hai nước đã ký nhiều hiệp định như: Hiệp định tránh đánh thuế hai lần; Hiệp định hàng không.",
    "Đến nay, Việt Nam đã ký kết 15 Hiệp định thương mại tự do.",
    # signed by others
    "Tập đoàn Alpha đã ký Hợp đồng cung cấp thiết bị với một công ty Pháp.",
    # another visit's documents
    "Trong chuyến thăm Hàn Quốc lần này của Thủ tướng Suzuki Taro, hai nước có ký kết nhiều văn kiện.",
])
def test_no_document_unless_the_sentence_says_it_was_signed_at_this_visit(sentence):
    assert documents(sentence) == []


def test_given_honour_with_giver_and_recipient_as_written():
    v = visit_of(caption="Thị trưởng Tokyo Tanaka Ken trao chìa khóa thành phố Tokyo tặng Thủ tướng Lê Văn Bình.")
    (h,) = v.honours
    assert (h.honour, h.giver, h.recipient, h.rule) == (
        "chìa khóa thành phố Tokyo", "Thị trưởng Tokyo Tanaka Ken", "Thủ tướng Lê Văn Bình", "given")


def test_one_key_told_three_times_is_one_honour_the_fullest_telling_kept():
    v = visit_of("Nhân dịp này, chính quyền thành phố Tokyo đã trao tặng Thủ tướng Lê Văn Bình chiếc Chìa khóa "
                 "biểu tượng của thành phố và công nhận tư cách Công dân danh dự.",
                 title="Thủ tướng Lê Văn Bình hội đàm với Thủ tướng Nhật Bản và nhận Chìa khóa biểu tượng thành phố",
                 caption="Thị trưởng Tokyo Tanaka Ken trao chìa khóa thành phố Tokyo tặng Thủ tướng Lê Văn Bình.")
    honours = {(h.honour, h.giver, h.recipient) for h in v.honours}
    assert honours == {("chìa khóa thành phố Tokyo", "Thị trưởng Tokyo Tanaka Ken", "Thủ tướng Lê Văn Bình"),
                       ("Công dân danh dự", None, "Thủ tướng Lê Văn Bình")}


def test_orders_to_two_recipients_in_one_sentence():
    v = visit_of("Thủ tướng Lê Văn Bình trao tặng Huân chương Lao động hạng Nhất cho Đại sứ Trần Văn Cao và "
                 "Huân chương Lao động hạng Nhì cho Đại sứ quán Việt Nam tại Nhật Bản.")
    assert [(h.honour, h.recipient) for h in v.honours] == [
        ("Huân chương Lao động hạng Nhất", "Đại sứ Trần Văn Cao"),
        ("Huân chương Lao động hạng Nhì", "Đại sứ quán Việt Nam tại Nhật Bản"),
    ]
    assert {h.giver for h in v.honours} == {"Thủ tướng Lê Văn Bình"}


@pytest.mark.parametrize("sentence", [
    "Thủ tướng Lê Văn Bình cho rằng đổi mới sáng tạo là chìa khóa cho phát triển.",  # a metaphor
    "Đại sứ quán đã trao tặng học bổng cho sinh viên nghèo.",  # no honour, no named person
    "Thủ tướng Lê Văn Bình sẽ trao tặng Huân chương Hữu nghị cho Hội hữu nghị Nhật - Việt.",  # planned
    "Tỉnh được chọn là nơi tổ chức các hoạt động: Lễ trao tặng Huân chương cho lãnh đạo các tỉnh bạn.",
])
def test_no_honour_unless_a_named_person_gives_or_receives_it_now(sentence):
    assert visit_of(sentence).honours == ()


def test_the_component_and_its_rules_switch_off():
    text = "Kết thúc hội đàm, hai Thủ tướng đã chứng kiến lễ ký Hiệp định về lao động."
    assert documents(text) == ["Hiệp định về lao động"]
    assert visit_of(text).agreements[0].rule == "witnessed_signing"
    with disabled("witnessed_signing"):  # the next rule reads it: signed after the talks
        assert visit_of(text).agreements[0].rule == "signed_on_occasion"
    with disabled("witnessed_signing", "signed_on_occasion"):
        assert documents(text) == []
    with disabled("agreements"):
        assert visit_of(text).agreements == ()


def test_an_article_without_a_visit_has_nothing_signed():
    analysis = analyze(CleanArticle(title="Giá lúa tăng", blocks=[
        Block("lead", "Hai bên đã ký Hợp đồng mua bán lúa gạo trị giá 2 triệu USD.")]))
    assert analysis.visits == []
