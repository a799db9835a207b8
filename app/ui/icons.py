"""Render the application icon's PNG sizes from resources/icons/protocol-archive.svg."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from app.paths import resource_path
from app.ui.launch import ICON_SIZES


def render_icon_pngs(out_dir: Path | None = None) -> list[Path]:
    """Write protocol-archive-<size>.png for every size; needs a QGuiApplication."""
    out_dir = out_dir or resource_path("icons")
    renderer = QSvgRenderer(str(resource_path("icons", "protocol-archive.svg")))
    written = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = Path(out_dir) / f"protocol-archive-{size}.png"
        image.save(str(path))
        written.append(path)
    return written


if __name__ == "__main__":
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication([])
    for written_path in render_icon_pngs():
        print(written_path)
