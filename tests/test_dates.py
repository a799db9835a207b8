"""Tests for app.nlp.dates: event dates and their years in Vietnamese news."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.nlp.dates import EventDate, find_event_date

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _event(*paragraphs: str, title: str = "Tin đối ngoại") -> EventDate | None:
    return find_event_date(title, list(paragraphs))


def _must(*paragraphs: str, title: str = "Tin đối ngoại") -> EventDate:
    result = _event(*paragraphs, title=title)
    assert result is not None
    return result


# --------------------------------------------------------------------------- styles

SINGLE_DAYS = [
    ("Chiều 14/11 (giờ địa phương), Chủ tịch nước hội kiến Thị trưởng Lima.", 14, 11, None),
    ("Sáng 26/6/2023, Thủ tướng tiếp Đại sứ Nhật Bản.", 26, 6, 2023),
    ("Chiều 4/11, đoàn đã đến chào xã giao Thủ tướng Lào.", 4, 11, None),
    ("Ngày 19/9 (giờ địa phương), Thủ tướng dự Hội nghị.", 19, 9, None),
    ("Tối 2-3, Bộ trưởng hội đàm với người đồng cấp.", 2, 3, None),
    ("Ngày 14 tháng 11 năm 2024, Chủ tịch nước đón Tổng thống.", 14, 11, 2024),
    ("Ngày 14 tháng 11, Chủ tịch nước đón Tổng thống.", 14, 11, None),
    ("Trưa 5/8, Phó Thủ tướng gặp lãnh đạo doanh nghiệp.", 5, 8, None),
    ("Sáng ngày 18/12, Thủ tướng dự Hội nghị tổng kết.", 18, 12, None),
    ("Tối 3-6-2018, hai bên ký kết thỏa thuận.", 3, 6, 2018),
    ("Hôm qua (7/3), Bộ trưởng tiếp Đại sứ.", 7, 3, None),
    ("Đoàn tới thăm Lào vào 12/5.", 12, 5, None),
    ("Sáng 29/2/2024, hai bên hội đàm.", 29, 2, 2024),
]


@pytest.mark.parametrize(("text", "day", "month", "year"), SINGLE_DAYS)
def test_single_day_styles(text: str, day: int, month: int, year: int | None) -> None:
    result = _must(text)
    assert (result.start_day, result.start_month) == (day, month)
    assert (result.end_day, result.end_month) == (None, None)
    assert result.year == year
    assert result.year_basis == ("stated" if year else None)
    assert result.evidence == text


RANGES = [
    ("Từ ngày 19 đến 30/10, đoàn thăm Argentina.", (19, 10), (30, 10), None, None),
    ("Ngày 19-21/12, Bộ trưởng thăm Campuchia.", (19, 12), (21, 12), None, None),
    ("Đoàn thăm Hàn Quốc từ ngày 12-13/11/2017.", (12, 11), (13, 11), 2017, 2017),
    ("Từ ngày 25-5 đến 3-6, đoàn làm việc tại Cuba.", (25, 5), (3, 6), None, None),
    ("Từ ngày 25-5 đến 3-6-2018, đoàn làm việc tại Cuba.", (25, 5), (3, 6), 2018, 2018),
    ("Từ 28/12/2023 đến 3/1/2024, đoàn thăm Ấn Độ.", (28, 12), (3, 1), 2023, 2024),
    ("Từ ngày 28/12 đến 3/1/2024, đoàn thăm Ấn Độ.", (28, 12), (3, 1), 2023, 2024),
    ("Từ ngày 28 đến 3/1/2024, đoàn thăm Ấn Độ.", (28, 12), (3, 1), 2023, 2024),
    ("Trong hai ngày 5 và 6/7, Thủ tướng thăm Lào.", (5, 7), (6, 7), None, None),
    ("Ngày 10 và 11/11, hai bên hội đàm tại Hà Nội.", (10, 11), (11, 11), None, None),
    ("Từ ngày 12 đến ngày 15 tháng 11 năm 2024, đoàn thăm Peru.", (12, 11), (15, 11), 2024, 2024),
    ("Từ ngày 30/9 đến 2/10, Chủ tịch Quốc hội thăm Pháp.", (30, 9), (2, 10), None, None),
]


@pytest.mark.parametrize(("text", "start", "end", "year", "end_year"), RANGES)
def test_range_styles(
    text: str, start: tuple[int, int], end: tuple[int, int], year: int | None, end_year: int | None
) -> None:
    result = _must(text)
    assert (result.start_day, result.start_month) == start
    assert (result.end_day, result.end_month) == end
    assert (result.year, result.end_year) == (year, end_year)


def test_range_span_and_dates() -> None:
    result = _must("Từ 28/12/2023 đến 3/1/2024, đoàn thăm Ấn Độ.")
    assert result.span == "Từ 28/12/2023 đến 3/1/2024"
    assert result.start == date(2023, 12, 28)
    assert result.end == date(2024, 1, 3)
    assert result.day_month == "28/12–3/1"


def test_span_of_day_range_without_month_on_start() -> None:
    result = _must("Trong thời gian từ ngày 19 đến 30/10, đoàn thăm Argentina và Peru.")
    assert result.span == "từ ngày 19 đến 30/10"
    assert result.start is None and result.end is None


def test_single_day_properties() -> None:
    result = _must("Sáng 26/6/2023, Thủ tướng tiếp Đại sứ.")
    assert result.day_month == "26/6"
    assert result.start == result.end == date(2023, 6, 26)
    assert result.span == "Sáng 26/6/2023"
    assert result.year_evidence is None


# --------------------------------------------------------------------------- negatives

NO_DATE = [
    "Hai bên nhất trí tổ chức 2-3 lần mỗi năm.",
    "Hai nước sẽ hợp tác 4-5 dự án lớn.",
    "Hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao.",
    "Sau gần 40 năm đổi mới, Việt Nam đạt nhiều thành tựu.",
    "Tăng trưởng đạt 2-3% mỗi năm.",
    "Khoảng 1/3 dân số sống ở nông thôn.",
    "Chủ tịch nước thăm Peru vào tháng 11/2024.",
    "Hai bên ký Bản thỏa thuận hợp tác giai đoạn 2022-2025.",
    "Đại hội nhiệm kỳ 2024-2029 thành công tốt đẹp.",
    "Ngày 31/2, đoàn đến thăm Lào.",
    "Ngày 32/1, đoàn đến thăm Lào.",
    "Ngày 5/13, đoàn đến thăm Lào.",
    "Đoàn tuần hành từ Valparaiso lên Santiago vào năm 1969.",
    "Sau khi đắc cử vào năm 1971, Tổng thống đã thiết lập quan hệ với Việt Nam.",
    "Chính phủ vừa ban hành Nghị quyết số 240/NQ-CP ngày 17/12/2024 về xây dựng pháp luật.",
    "Thủ tướng vừa ký Công điện số 136/CĐ-TTg ngày 19/12/2024 về vụ cháy.",
    "Ban Bí thư ký Chỉ thị số 40-CT/TW ngày 11/12/2024 về việc tổ chức Tết.",
    "Tại công văn do Phó Giám đốc Sở ký ngày 25/1, Sở đề nghị thị xã đến làm việc.",
    "Hai nước thiết lập quan hệ ngoại giao ngày 14/11/1994.",
    "Người dân mua vàng ngày 10/1 âm lịch.",
    "Hai đoàn gặp nhau nhiều lần trong năm 2022.",
    "Mỗi ngày 2-3 người đến thăm.",
    "Anh Phương, sinh ngày 18/9/1991, đến thăm Berlin.",
    "Chi phí tính từ thời điểm 1-12-2007 đến nay chưa được công bố, đoàn đến kiểm tra.",
    "Giá chỉ bằng 1/2 đến 1/3 so với sản phẩm cùng loại, nhiều người đến mua.",
    "Đội hình có đến 10/11 vị trí là cầu thủ trẻ đến từ Hà Nội.",
    "Giá vàng lên mức cao nhất kể từ ngày 11/1, nhiều người đến mua.",
    "Dân số tính đến ngày 1/1/2016 là 7,34 tỷ người, nhiều người đến thăm.",
    "Hồ sơ gửi về Bộ trước ngày 10 tháng 02 năm 2017 để tới dự.",
    "Thời gian nhận tác phẩm dự thi từ nay đến hết ngày 31/3, mời các tác giả tới dự.",
    # the day a paper reported, not the event (cue PUBLISHED)
    "Tờ New York Times đưa tin ngày 8-7 rằng hai nhà lãnh đạo đã gặp nhau.",
    "Báo chí Nhật Bản sáng 5/6 đã đăng tin Thủ tướng đến thăm Tokyo.",
    "Trong bài viết đăng tải ngày 28-5, tác giả nhấn mạnh ý nghĩa của chuyến thăm.",
    "Tại cuộc họp báo thường kỳ của Bộ Ngoại giao chiều 25/5, người phát ngôn cho biết về chuyến thăm.",
    "Bộ Ngoại giao ngày 26/5 ra Thông cáo cho biết Thủ tướng sẽ thăm chính thức Nhật Bản.",
    "Ngày 25-5, tại buổi họp báo thường kỳ, người phát ngôn đã thông báo về chuyến thăm của Thủ tướng.",
    "Tổng thống sẽ gặp người đồng cấp tại Đức, hãng tin AP dẫn thông tin từ Nga ngày 3/7 cho biết.",
]


@pytest.mark.parametrize("text", NO_DATE)
def test_no_event_date(text: str) -> None:
    assert _event(text) is None


def test_no_text_at_all() -> None:
    assert find_event_date("", []) is None


def test_decree_date_skipped_for_later_event() -> None:
    result = _must(
        "Thực hiện Nghị quyết số 240/NQ-CP ngày 17/12/2024, chiều 20/12, Bộ trưởng làm việc với tỉnh Điện Biên."
    )
    assert result.day_month == "20/12"
    assert result.year is None  # the decree's year is not the event's


def test_the_day_a_measure_takes_effect_is_not_the_event() -> None:
    """Rule effective_date (cue TAKES_EFFECT)."""
    result = _must("Lệnh ngừng bắn, có hiệu lực từ trưa ngày 9/7, được hai ngoại trưởng nhất trí tại cuộc gặp hôm 7/7.")
    assert result.day_month == "7/7"
    assert _must("Trưa ngày 9/7, hai ngoại trưởng gặp nhau tại Hà Nội.").day_month == "9/7"


ANNOUNCED = [
    # the plan's own dates, told after the "sẽ", are the event's
    ("Ngày 13/6, Nhà Trắng ra tuyên bố cho biết Tổng thống sẽ gặp người đồng cấp tại Nhà Trắng để hội "
     "đàm từ ngày 29-30/6 tới.", (29, 6)),
    # no date of the planned event at all: unknown, not the press conference's
    ("Phát biểu tại buổi họp báo ngày 8/2, Chánh văn phòng cho biết Thủ tướng sẽ có hội đàm với Tổng thống.", None),
    ("Điện Kremlin hôm 29/6 thông báo hai tổng thống sẽ có cuộc gặp bên lề hội nghị.", None),
    # the talks are told before the "sẽ": the date is theirs
    ("Tại cuộc hội đàm ngày 5/6, hai nhà lãnh đạo cho biết sẽ tăng cường hợp tác.", (5, 6)),
    # the announcement's date is the other one: "thông báo hôm 6/2, ngày 13/2 … sẽ thăm"
    ("Đại sứ quán thông báo hôm 6/2, ngày 13/2 tàu chiến sẽ thăm cảng.", (13, 2)),
]


@pytest.mark.parametrize(("sentence", "want"), ANNOUNCED)
def test_the_day_a_plan_is_announced_is_not_the_planned_event(sentence: str, want) -> None:
    """Rule announcement_date (cues ANNOUNCES, WILL)."""
    found = find_event_date("Tin đối ngoại", [sentence])
    assert (found and (found.start_day, found.start_month)) == (want or None)
    without = find_event_date("Tin đối ngoại", [sentence], off=frozenset({"announcement_date"}))
    assert without is not None


def test_anniversary_bracket_is_not_the_event() -> None:
    result = _must(
        "Hướng tới Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024), sáng 17/4, "
        "Thủ tướng dự gặp mặt chiến sĩ Điện Biên."
    )
    assert result.day_month == "17/4"
    assert result.year is None  # 7/5 is not 17/4


def test_historical_date_in_body_is_not_the_event() -> None:
    result = _event(
        "Chủ tịch nước tiếp Chủ tịch Đảng Xã hội Chile.",
        "Tuyên ngôn độc lập ngày 2/9/1945 đã mở ra kỷ nguyên mới, bà đến Việt Nam nhiều lần.",
    )
    assert result is None


def test_old_stated_date_in_recent_article_is_history() -> None:
    result = _event(
        "Tổng Bí thư dự lễ kỷ niệm tại Hà Nội năm 2017.",
        "Tại Hội nghị Trung ương lần thứ 8 (từ ngày 10 đến 19-5-1941), đồng chí được bầu làm "
        "Tổng Bí thư và đến thăm nhiều địa phương.",
    )
    assert result is None


def test_thirty_years_is_never_a_year() -> None:
    result = _must("Chiều 14/11, hai nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao.")
    assert result.year is None


def test_period_range_is_never_a_year() -> None:
    result = _must(
        "Chiều 4/11, hai bên ký kết Bản thỏa thuận hợp tác giai đoạn 2022-2025.",
        "Đại hội nhiệm kỳ 2024-2029 đã diễn ra.",
    )
    assert result.year is None


def test_historical_years_give_no_year() -> None:
    result = _must(
        "Chiều 10/11, Chủ tịch nước đã tiếp Chủ tịch Đảng Xã hội Chile.",
        "Thanh niên Chile đã tuần hành lên Thủ đô Santiago vào năm 1969.",
        "Ngay sau khi đắc cử vào năm 1971, Tổng thống đã thiết lập quan hệ ngoại giao.",
    )
    assert result.year is None and result.year_basis is None


# --------------------------------------------------------------------------- choosing


def test_lead_beats_body() -> None:
    result = _must("Sáng 5/3, Bộ trưởng tiếp Đại sứ.", "Chiều 4/3, Bộ trưởng gặp đoàn.")
    assert result.day_month == "5/3"


def test_body_date_needs_a_visit_verb() -> None:
    result = _must(
        "Bộ trưởng Ngoại giao có chuyến công tác nước ngoài.",
        "Ngày 3/3, thời tiết ở Viêng Chăn rất đẹp.",
        "Chiều 4/3, Bộ trưởng hội đàm với người đồng cấp Lào.",
    )
    assert result.day_month == "4/3"
    assert "hội đàm" in result.evidence


def test_title_date_is_last_resort() -> None:
    result = _must("Hai bên trao đổi ý kiến.", title="Thủ tướng tiếp Đại sứ Nhật Bản ngày 5/3")
    assert result.day_month == "5/3"


def test_evidence_is_the_sentence() -> None:
    result = _must("Đây là chuyến thăm đầu tiên. Chiều 14/11, Chủ tịch nước hội kiến Thị trưởng.")
    assert result.evidence == "Chiều 14/11, Chủ tịch nước hội kiến Thị trưởng."


def test_abbreviation_does_not_split_sentence() -> None:
    result = _must("Sáng 6/5 tại TP. Hồ Chí Minh, Thủ tướng tiếp đoàn doanh nghiệp.")
    assert result.evidence.endswith("tiếp đoàn doanh nghiệp.")


# --------------------------------------------------------------------------- years


def test_year_from_anniversary_bracket() -> None:
    result = _must(
        "Chiều 14/11 (giờ địa phương), Chủ tịch nước hội kiến Thị trưởng Lima.",
        "Sự kiện diễn ra đúng dịp kỷ niệm 30 năm quan hệ ngoại giao (14/11/1994-14/11/2024).",
    )
    assert (result.year, result.year_basis) == (2024, "inferred")
    assert result.year_evidence is not None and "(14/11/1994-14/11/2024)" in result.year_evidence
    assert result.start == date(2024, 11, 14)


def test_year_from_same_day_mentioned_with_year() -> None:
    result = _must("Sáng 26/6, Thủ tướng tiếp Đại sứ.", "Cuộc tiếp diễn ra sáng 26/6/2023 tại Hà Nội.")
    assert (result.year, result.year_basis) == (2023, "inferred")


def test_year_from_since_month() -> None:
    result = _must(
        "Chiều 4/11, đồng chí Trần Sỹ Thanh đến chào Thủ tướng Lào.",
        "Từ tháng 4/2022, các cơ quan của hai thành phố đã ký kết nhiều biên bản ghi nhớ.",
        "Hai bên đánh giá cao kết quả Năm hữu nghị đoàn kết Việt Nam – Lào 2022.",
    )
    assert (result.year, result.year_basis) == (2022, "inferred")
    assert result.year_evidence is not None and result.year_evidence.startswith("Từ tháng 4/2022")


def test_since_month_later_than_event_gives_nothing() -> None:
    result = _must(
        "Chiều 4/3, đoàn đến chào Thủ tướng Lào.",
        "Từ tháng 4/2022, hai bên đã ký kết nhiều văn bản.",
    )
    assert result.year is None


def test_since_month_vetoed_by_later_year() -> None:
    result = _must(
        "Ngày 7/2, Thứ trưởng làm việc với Cục Chăn nuôi.",
        "Từ tháng 1/2016, hầu hết doanh nghiệp đã đăng ký điện tử.",
        "Thứ trưởng đề nghị năm 2017 tiếp tục mở rộng triển khai.",
    )
    assert result.year is None


def test_since_month_not_vetoed_by_period_or_target() -> None:
    result = _must(
        "Chiều 4/11, đoàn đến chào Thủ tướng Lào.",
        "Từ tháng 4/2022, hai bên đã ký kết nhiều văn bản.",
        "Các văn bản thuộc chương trình hợp tác giai đoạn 2022 – 2025.",
        "Hai bên phấn đấu đến năm 2030 đạt kim ngạch 5 tỷ USD, tầm nhìn 2045.",
    )
    assert result.year == 2022


def test_since_start_of_year() -> None:
    result = _must(
        "Chiều 4/11, đoàn đến chào Thủ tướng Lào.",
        "Từ đầu năm nay (2022), hai bên đã trao đổi nhiều đoàn.",
    )
    assert result.year == 2022


def test_this_year_stated() -> None:
    result = _must("Sáng 8/9, Thủ tướng tiếp đoàn.", "Năm nay, 2023, hai nước kỷ niệm 50 năm.")
    assert (result.year, result.year_basis) == (2023, "inferred")


def test_same_month_with_year_is_not_enough() -> None:
    # "vào tháng 2/2016" may be last year's February: only "Từ tháng <earlier>/Y" counts.
    result = _must("Ngày 8/2, Bộ trưởng gặp báo chí.", "TPP được ký kết tại Auckland vào tháng 2/2016.")
    assert result.year is None


def test_same_day_of_an_earlier_year_in_anniversary_article() -> None:
    result = _must(
        "Ngày 6-2, Vương quốc Anh đã kỉ niệm 65 năm ngày Nữ hoàng trị vì.",
        "Nữ hoàng đã kế vị cha mình và lên ngôi vào ngày 6-2-1952.",
    )
    assert result.year is None


def test_single_letter_abbreviation_does_not_split_sentence() -> None:
    result = _must("Ngày 5-2, tại xã Thụy Xuân, H. Thái Thụy, đoàn đến thăm các gia đình.")
    assert result.evidence.endswith("các gia đình.")


def test_conflicting_rules_give_unknown() -> None:
    result = _must(
        "Sáng 26/6, Thủ tướng tiếp Đại sứ.",
        "Cuộc tiếp diễn ra sáng 26/6/2023 tại Hà Nội.",
        "Năm nay, 2024, hai nước kỷ niệm quan hệ ngoại giao.",
    )
    assert result.year is None and result.year_basis is None and result.year_evidence is None


def test_since_month_older_than_this_year_is_dropped() -> None:
    result = _must(
        "Chiều 4/11, đoàn đến chào Thủ tướng Lào.",
        "Từ tháng 4/2022, hai bên đã ký kết nhiều văn bản.",
        "Năm nay, 2023, hai nước kỷ niệm 50 năm.",
    )
    assert (result.year, result.year_basis) == (2023, "inferred")


def test_historical_same_day_is_not_year_evidence() -> None:
    result = _must(
        "Sáng 2/9, Chủ tịch nước dự lễ chào cờ.",
        "Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập ngày 2/9/1945.",
    )
    assert result.year is None


def test_inferred_range_crossing_new_year() -> None:
    result = _must(
        "Từ ngày 28/12 đến 3/1, đoàn thăm Ấn Độ.",
        "Từ tháng 3/2023, hai bên đã trao đổi nhiều đoàn.",
        "Năm 2023 đánh dấu 50 năm quan hệ giữa hai nước.",
    )
    assert (result.year, result.end_year) == (2023, 2024)


# --------------------------------------------------------------------------- seeds


def _seed(prefix: str, title: str, stop: str) -> tuple[str, list[str]]:
    """The seed's title and the lines after it up to (not including) the source line."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if line]
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    end = next(i for i, line in enumerate(lines) if i > start and line.startswith(stop))
    return lines[start], lines[start + 1 : end]


def test_seed_000_anniversary_year() -> None:
    result = find_event_date(*_seed("000", "Chủ tịch nước Lương Cường hội kiến", "Thanh Bình"))
    assert result is not None
    assert (result.day_month, result.year, result.year_basis) == ("14/11", 2024, "inferred")
    assert result.span == "Chiều 14/11"
    assert result.year_evidence is not None and "14/11/1994-14/11/2024" in result.year_evidence


def test_seed_001_range_year_unknown() -> None:
    result = find_event_date(*_seed("001", "Đoàn Thành ủy Hà Nội", "(TTXVN/Vietnam+)"))
    assert result is not None
    assert (result.start_day, result.start_month, result.end_day, result.end_month) == (
        19,
        10,
        30,
        10,
    )
    assert result.year is None and result.year_basis is None


def test_seed_002_since_month_year() -> None:
    result = find_event_date(*_seed("002", "Thủ tướng Lào đánh giá", "Báo ảnh Việt Nam/TTXVN"))
    assert result is not None
    assert (result.day_month, result.year, result.year_basis) == ("4/11", 2022, "inferred")
    assert result.year_evidence is not None and "Từ tháng 4/2022" in result.year_evidence


def test_seed_003_no_date() -> None:
    assert find_event_date(*_seed("003", "Bí thư Thành ủy thăm", "Bài viết hay?")) is None


def test_seed_004_history_is_not_a_year() -> None:
    title, paragraphs = _seed("004", "Việt Nam mong muốn hợp tác", "Chủ tịch nước Lương Cường:")
    result = find_event_date(title, paragraphs)
    assert result is not None
    assert (result.day_month, result.year, result.year_basis) == ("10/11", None, None)
    assert "đã tiếp" in result.evidence


def test_occasion_bracket_in_the_event_sentence_gives_the_year():
    found = find_event_date("Bộ trưởng thăm Pháp", [
        "Từ ngày 25-5 đến 3-6, Bộ trưởng Ngoại giao thăm chính thức Pháp, nhân dịp hai nước kỷ niệm"
        " 50 năm thiết lập quan hệ ngoại giao (1973-2023)."])
    assert (found.year, found.end_year, found.year_basis) == (2023, 2023, "inferred")


def test_occasion_bracket_must_match_the_count():
    found = find_event_date("Bộ trưởng thăm Pháp", [
        "Ngày 25/5, Bộ trưởng thăm Pháp nhân dịp kỷ niệm 40 năm thiết lập quan hệ (1973-2023)."])
    assert found.year is None


@pytest.mark.parametrize("since", [
    "Đây là vụ xả súng đầu tiên nhằm vào nghị sĩ kể từ tháng 1/2011.",  # a reference point years ago
    "Nó đã bị hôn mê từ tháng 3/2016.",
])
def test_since_month_alone_gives_no_year(since):
    result = _must("Ngày 14/6, một vụ việc xảy ra tại thủ đô.", since)
    assert result.year is None


def test_same_day_last_year_is_not_this_years_date():
    result = _must("Chiều 8/6, cá chết hàng loạt tại hồ.",
                   "Cũng thời điểm này năm ngoái, ngày 8/6/2016, tại hồ cũng xảy ra hiện tượng này.")
    assert result.year is None


def test_a_dated_day_inside_the_range_gives_the_year():
    result = _must("Từ ngày 13 đến 16/1, Bộ trưởng Y tế thăm chính thức Qatar.",
                   "Sáng 14/1/2025, Bộ trưởng hội đàm với người đồng cấp Qatar tại Doha.")
    assert (result.year, result.end_year, result.year_basis) == (2025, 2025, "inferred")


@pytest.mark.parametrize(
    ("sentence", "day_month"),
    [
        ("Sáng 5.6, Thủ tướng tiếp Đại sứ.", "5/6"),
        ("Chiều nay (5/6), Thủ tướng tiếp Đại sứ.", "5/6"),
        ("Sáng nay 26/6, Chủ tịch nước lên đường.", "26/6"),
        ("Đoàn thăm chính thức Belarus từ ngày 26 - 28.6.", "26/6–28/6"),
    ],
)
def test_real_page_date_forms(sentence, day_month):
    found = find_event_date("Tiêu đề", [sentence])
    assert found is not None and found.day_month == day_month and found.year is None


def test_a_dotted_number_without_a_cue_is_no_date():
    assert find_event_date("Tiêu đề", ["Giá vàng ngày 5.6 triệu đồng một chỉ."]) is None


def test_a_year_written_on_the_visits_range_dates_a_day_inside_it():
    found = find_event_date("Tiêu đề", ["Sáng 30-5, Thủ tướng hội đàm với Tổng thống.",
                                        "Chuyến thăm diễn ra từ ngày 29 đến ngày 31-5-2017."])
    assert (found.day_month, found.year, found.year_basis) == ("29/5–31/5", 2017, "stated")  # rule visit_range
    with_day = find_event_date("Tiêu đề", ["Sáng 30-5, Thủ tướng hội đàm với Tổng thống.",
                                           "Chuyến thăm diễn ra từ ngày 29 đến ngày 31-5-2017."],
                               off=frozenset({"visit_range"}))
    assert (with_day.day_month, with_day.year, with_day.year_basis) == ("30/5", 2017, "inferred")
    assert "31-5-2017" in with_day.year_evidence
    outside = find_event_date("Tiêu đề", ["Sáng 3-6, Thủ tướng hội đàm.", "Chuyến thăm từ ngày 29 đến ngày 31-5-2017."])
    assert outside.year is None  # 3/6 is not inside that range: no year


def test_the_pages_publication_line_dates_the_story():
    from app.ingest.debris import split_article
    from app.nlp.pipeline import event_info

    page = ("Thủ tướng hội đàm với Thủ tướng Nhật Bản\nThứ Hai, 05/06/2017 09:15\n"
            "Sáng 3/6, tại Tokyo, Thủ tướng Lê Văn Bình đã hội đàm với Thủ tướng Nhật Bản Sato Ken.\n")
    info = event_info(split_article(page))
    assert (info.start, info.year_basis, info.year_evidence) == ("2017-06-03", "page date", "Thứ Hai, 05/06/2017 09:15")
    new_year = page.replace("05/06/2017", "02/01/2018").replace("Sáng 3/6", "Sáng 30/12")
    assert event_info(split_article(new_year)).start == "2017-12-30"  # the page's year before
    far = page.replace("Sáng 3/6", "Sáng 3/9")  # three months from the page: not this story's day
    assert event_info(split_article(far)).start is None
    crawl = page.replace("Thứ Hai, 05/06/2017 09:15", "Xuân 2026")  # a crawl header is no page date
    assert event_info(split_article(crawl)).start is None


# --------------------------------------------------------------------------- which date (DATE_RULES)
# Each row: paragraphs, the rule expected to choose, the day/month chosen, and the day/month the
# article's first date would have given without that rule (so the row fails when the rule is gone).

WHICH_DATE = [
    # visit_range: a day of the visit inside the range the article gives for the visit itself.
    (("Chiều 31/5, Tổng thống sẽ tiếp Thủ tướng tại Nhà Trắng.",
      "Thủ tướng thăm chính thức Hoa Kỳ từ ngày 29 đến 31/5 theo lời mời của Tổng thống."),
     "visit_range", (29, 5), (31, 5)),
    (("Chiều 29/6 theo giờ địa phương, hai nhà lãnh đạo hội đàm trong khuôn khổ chuyến thăm chính"
      " thức Liên bang Nga từ ngày 28/6-1/7.",),
     "visit_range", (28, 6), (29, 6)),
    # local_time: the date told in Vietnam's clock gives way to the local date it converts.
    (("Sáng sớm 31/5, giờ Hà Nội, Thủ tướng đã đến sân bay quân sự ở Washington.",
      "Chiều ngày 30/5 (theo giờ địa phương), tức sáng sớm 31/5, giờ Hà Nội, đoàn đã đến nơi."),
     "local_time", (30, 5), (31, 5)),
    # visit_end_day: the day the guest leaves is the visit's last, not its first.
    (("Chiều 1/7, Chủ tịch nước rời thành phố, kết thúc tốt đẹp chuyến thăm Liên bang Nga.",
      "Sáng 29/6, Chủ tịch nước hội đàm với Tổng thống tại Điện Kremlin."),
     "body_date", (29, 6), (1, 7)),
    # other_day: "Hôm 6-7, một ngày trước khi gặp …" dates another day.
    (("Hôm 6-7, một ngày trước khi gặp người đồng cấp, Tổng thống phát biểu tại Warsaw.",
      "Ngày 7-7, hai tổng thống hội đàm bên lề hội nghị."),
     "body_date", (7, 7), (6, 7)),
]


@pytest.mark.parametrize(("paragraphs", "rule", "want", "without"), WHICH_DATE)
def test_which_date_rules(paragraphs: tuple[str, ...], rule: str, want: tuple[int, int],
                          without: tuple[int, int]) -> None:
    result = _must(*paragraphs)
    assert ((result.start_day, result.start_month), result.rule) == (want, rule)
    named = {"visit_range", "local_time", "visit_end_day", "other_day"}
    off = find_event_date("Tin đối ngoại", list(paragraphs), off=frozenset(named))
    assert off is not None and (off.start_day, off.start_month) == without


def test_visit_range_needs_the_visit_and_the_day_inside() -> None:
    # A range of something else (an exhibition), or a visit range that does not hold the day, is not it.
    other = _must("Chiều 29/6, hai bên hội đàm.", "Triển lãm diễn ra từ ngày 28/6-2/7 tại Lenexpo.")
    assert (other.start_day, other.start_month, other.rule) == (29, 6, "lead_date")
    outside = _must("Chiều 10/8, Thủ tướng tiếp Đại sứ.", "Đại sứ từng thăm Việt Nam từ ngày 2 đến 5/3.")
    assert (outside.start_day, outside.start_month) == (10, 8)


def test_a_range_in_the_leaving_sentence_is_the_visit() -> None:
    result = _must("Tối 1.7, Chủ tịch nước rời St.Petersburg, kết thúc tốt đẹp chuyến thăm chính thức"
                   " Liên bang Nga từ ngày 28.6 - 1.7.")
    assert (result.start_day, result.start_month, result.end_day, result.end_month) == (28, 6, 1, 7)


def test_a_leaving_day_alone_is_no_start() -> None:
    assert _event("Sáng 2/6, Thủ tướng và đoàn đã về đến sân bay Nội Bài, kết thúc chuyến thăm.") is None
    # The end of an earlier leg is a reference point: the sentence's day is the next leg's.
    after = _must("Sáng 7/3, tại Wellington, Chủ tịch hội kiến Toàn quyền, ngay sau khi kết thúc chuyến thăm Australia.")
    assert (after.start_day, after.start_month) == (7, 3)


def test_a_papers_report_day_is_not_the_event() -> None:
    result = _event("Tờ báo ngày 10/2 tường thuật chuyến thăm chính thức Hoa Kỳ của Thủ tướng Nhật Bản.")
    assert result is None
