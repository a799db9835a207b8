"""Long names in the sidebar are cut in the middle, and the count after them always stays in view:
"Đại sứ quán Việt Nam tại … Argentina (12)" rather than "Đại sứ quán Việt Nam tại Arg…"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyledItemDelegate

PADDING = 10  # the item's text margins in the common styles, with room to spare


def split_count(text: str) -> tuple[str, str]:
    """"Lương Cường — Chủ tịch nước (2) ✎" → ("Lương Cường — Chủ tịch nước", " (2) ✎")."""
    cut = text.rfind(" (")
    if cut <= 0 or ")" not in text[cut:]:
        return text, ""
    return text[:cut], text[cut:]


class ElideMiddleKeepCount(QStyledItemDelegate):
    """Item delegate: the label elided in the middle to leave the " (count)" after it whole."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shown: dict[tuple[str, int, str], str] = {}  # (font, width, text) → the text drawn

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt override
        super().initStyleOption(option, index)
        width = option.rect.width() - PADDING
        if width <= 0 or not option.text:
            return
        if option.features & option.ViewItemFeature.HasDecoration:
            width -= option.decorationSize.width() + 4
        key = (option.font.key(), width, option.text)
        shown = self._shown.get(key)
        if shown is None:  # measured once per text, font and width: every paint asks again
            if len(self._shown) > 20_000:
                self._shown.clear()
            shown = self._shown[key] = _elided(option.fontMetrics, option.text, width)
        option.text = shown


def _elided(metrics, text: str, width: int) -> str:
    if metrics.horizontalAdvance(text) <= width:
        return text
    label, count = split_count(text)
    room = max(0, width - metrics.horizontalAdvance(count))
    return metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, room) + count
