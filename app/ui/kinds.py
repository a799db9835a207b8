"""The Vietnamese names of what an article reports (the store's kinds), for every view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.nlp.model import EVENT_KINDS as KINDS


def kind_label(kind: str | None) -> str:
    labels = {
        "outbound": QCoreApplication.translate("kinds", "Đoàn Việt Nam thăm nước ngoài"),
        "inbound": QCoreApplication.translate("kinds", "Khách nước ngoài thăm Việt Nam"),
        "reception": QCoreApplication.translate("kinds", "Tiếp khách nước ngoài tại Việt Nam"),
        "foreign": QCoreApplication.translate("kinds", "Chuyến thăm giữa các nước khác"),
        "multilateral": QCoreApplication.translate("kinds", "Hội nghị đa phương"),
        "call": QCoreApplication.translate("kinds", "Điện đàm, thư, điện mừng"),
        "none": QCoreApplication.translate("kinds", "Không phải chuyến thăm"),
    }
    return labels.get(kind or "none", kind or "")


def kind_choices() -> list[tuple[str, str]]:
    return [(k, kind_label(k)) for k in KINDS]
