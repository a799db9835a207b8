"""A briefing's HTML printed to PDF with Qt's own writer (QTextDocument → QPdfWriter), A4.

Only Qt GUI classes, no widgets: the command line uses it too. QTextDocument needs a
QGuiApplication; without one (the CLI) a minimal one is made, offscreen when there is no display.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

MARGIN_MM = 16
FONT_FAMILIES = ["DejaVu Sans", "Noto Sans", "Arial"]  # fonts with every Vietnamese letter


def _ensure_gui_app():
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM") and not (os.environ.get("DISPLAY")
                                                          or os.environ.get("WAYLAND_DISPLAY")
                                                          or sys.platform in ("win32", "darwin")):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication(["protocol-archive"])
    return app


def write_pdf(html_text: str, path: str | Path, title: str = "") -> None:
    """Write the briefing to ``path`` as a PDF (raises OSError when the file cannot be written)."""
    _ensure_gui_app()
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    path = Path(path)
    try:  # QPdfWriter says nothing when it cannot open the file: find out first
        path.open("wb").close()
    except OSError as exc:
        raise OSError(f"{path}: {exc.strerror or exc}") from exc
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Protocol Archive")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.documentLayout().setPaintDevice(writer)  # lay out at the PDF's resolution, not the screen's
    doc.setHtml(html_text)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
