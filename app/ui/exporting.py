"""What the window exports: the visits (CSV) or the articles (JSON) of the current filter, to a file
the user picks. The window's CSV labels its columns in the interface's language and names the
kinds; the command line keeps the stable English field names. CSV is UTF-8 with a BOM, so a
spreadsheet on Windows reads the Vietnamese letters right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.store.export import CSV_FIELDS, count_visits, write_json, write_visits_csv
from app.ui.kinds import KINDS, kind_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("exporting", text)


def visit_csv_headers() -> dict[str, str]:
    headers = {
        "article_id": _tr("Mã bài"),
        "title": _tr("Tiêu đề"),
        "kind": _tr("Loại sự kiện"),
        "leader": _tr("Trưởng đoàn"),
        "leader_title": _tr("Chức vụ trưởng đoàn"),
        "host_country": _tr("Nước chủ nhà"),
        "places": _tr("Địa điểm"),
        "met": _tr("Người đã gặp"),
        "start": _tr("Từ ngày"),
        "end": _tr("Đến ngày"),
        "day_month": _tr("Ngày/tháng (chưa rõ năm)"),
        "end_day_month": _tr("Đến ngày/tháng (chưa rõ năm)"),
        "year_basis": _tr("Căn cứ của năm"),
        "trip": _tr("Chuyến đi"),
        "source": _tr("Nguồn"),
        "file": _tr("Tệp"),
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
