"""A dossier in its own window: the briefing as rich text, each line linked to its article.

Clicking a line's [n] selects that article through the shared Selection (the main window's
reader shows it); "Xuất tài liệu tham khảo…" writes the briefing as PDF or HTML. The dossier is
built by app.store.dossier and rendered by app.store.briefing — the same document the command
line writes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.nlp.text import fold_diacritics
from app.store.briefing import dossier_html
from app.ui.archive import Archive
from app.ui.selection import Selection


def _article_link(article_id: int) -> str:
    return f"article:{article_id}"


class DossierWindow(QDialog):
    """One dossier (objectName ``dossierWindow``); non-modal, so the main window stays usable."""

    def __init__(self, archive: Archive, selection: Selection, dossier: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierWindow")
        self._archive = archive
        self._selection = selection
        self.dossier = dossier
        self.last_written: Path | None = None
        kind = self.tr("Hồ sơ quốc gia") if dossier["type"] == "country" else self.tr("Hồ sơ người")
        self.setWindowTitle(f"{kind}: {dossier['subject']}")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("dossierText")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(dossier_html(dossier, _article_link))
        self.browser.anchorClicked.connect(self.on_anchor_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = QPushButton(self.tr("Xuất tài liệu tham khảo…"), self)
        self.export_button.setObjectName("exportBriefing")
        self.export_button.setToolTip(self.tr("Lưu hồ sơ này thành tệp PDF hoặc HTML để in"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        self.export_button.clicked.connect(self.on_export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(820, 760)

    def on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() != "article":
            return
        try:
            article_id = int(url.path())
        except ValueError:
            return
        self._selection.set_article(article_id)

    def suggested_name(self) -> str:
        words = "_".join(fold_diacritics(self.dossier["subject"]).split())
        return f"tai_lieu_tham_khao_{words}.pdf"

    def on_export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Xuất tài liệu tham khảo"), self.suggested_name(),
            self.tr("PDF (*.pdf);;HTML (*.html)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> bool:
        """Write the briefing: HTML for a .html/.htm name, PDF otherwise."""
        from app.ui.briefing_pdf import write_pdf

        path = Path(path)
        try:
            if path.suffix.lower() in (".html", ".htm"):
                path.write_text(dossier_html(self.dossier), encoding="utf-8")
            else:
                write_pdf(dossier_html(self.dossier), path, title=self.windowTitle())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Không xuất được"), str(exc))
            return False
        self.last_written = path
        return True
