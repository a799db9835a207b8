"""What the window exports: the visits (CSV) or the articles (JSON) of the current filter, to a file
the user picks. The window's CSV labels its columns in the interface's language and names the
kinds; the command line keeps the stable English field names. CSV is UTF-8 with a BOM, so a
spreadsheet on Windows reads the Vietnamese letters right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.store.export import CSV_FIELDS, count_visits, write_json, write_visits_csv
from app.ui.kinds import KINDS, kind_label


def visit_csv_headers() -> dict[str, str]:
    headers = {
        "article_id": QCoreApplication.translate("exporting", "Mã bài"),
        "title": QCoreApplication.translate("exporting", "Tiêu đề"),
        "kind": QCoreApplication.translate("exporting", "Loại sự kiện"),
        "leader": QCoreApplication.translate("exporting", "Trưởng đoàn"),
        "leader_title": QCoreApplication.translate("exporting", "Chức vụ trưởng đoàn"),
        "host_country": QCoreApplication.translate("exporting", "Nước chủ nhà"),
        "places": QCoreApplication.translate("exporting", "Địa điểm"),
        "met": QCoreApplication.translate("exporting", "Người đã gặp"),
        "start": QCoreApplication.translate("exporting", "Từ ngày"),
        "end": QCoreApplication.translate("exporting", "Đến ngày"),
        "day_month": QCoreApplication.translate("exporting", "Ngày/tháng (chưa rõ năm)"),
        "end_day_month": QCoreApplication.translate("exporting", "Đến ngày/tháng (chưa rõ năm)"),
        "year_basis": QCoreApplication.translate("exporting", "Căn cứ của năm"),
        "trip": QCoreApplication.translate("exporting", "Chuyến đi"),
        "source": QCoreApplication.translate("exporting", "Nguồn"),
        "file": QCoreApplication.translate("exporting", "Tệp"),
    }
    assert set(headers) == set(CSV_FIELDS), "a CSV field without a label"
    return headers


def export_visits_csv(db, path: str, article_ids: list[int] | None, visit_ids=None) -> int:
    """Write the visits CSV to ``path``; returns the rows written. Raises OSError."""
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        return write_visits_csv(db, out, article_ids, visit_ids=visit_ids, headers=visit_csv_headers(),
                                kind_labels={k: kind_label(k) for k in KINDS})


def export_articles_json(db, path: str, article_ids: list[int] | None) -> int:
    """Write the JSON export (plain UTF-8, no BOM: JSON readers reject one) to ``path``."""
    with open(path, "w", encoding="utf-8") as out:
        return write_json(db, out, article_ids)


def visit_count(db, article_ids: list[int] | None, visit_ids=None) -> int:
    return count_visits(db, article_ids, visit_ids)
