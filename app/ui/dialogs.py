"""Small dialogs: the import report and About."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.importer import ImportReport


def report_summary(report: ImportReport) -> str:
    text = QCoreApplication.translate("dialogs", "Đã nhập {imported} bài, {duplicate} trùng, {skipped} bỏ qua.").format(
        imported=report.count("imported"), duplicate=report.count("duplicate"), skipped=report.count("skipped"))
    if report.cancelled:
        text += " " + QCoreApplication.translate("dialogs", "Đã huỷ giữa chừng.")
    return text


class ImportReportDialog(QDialog):
    """Summary of an import with every skipped file and its reason."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(self.tr("Kết quả nhập"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(report_summary(report), self)
        layout.addWidget(self.summary)
        self.skipped = QTreeWidget(self)
        self.skipped.setObjectName("skippedFiles")
        self.skipped.setHeaderLabels([self.tr("Tệp bị bỏ qua"), self.tr("Lý do")])
        self.skipped.setRootIsDecorated(False)
        for outcome in report.skipped:
            path = Path(outcome.path)  # the folder too: two folders may hold files of one name
            item = QTreeWidgetItem([str(Path(path.parent.name) / path.name), outcome.reason or ""])
            item.setToolTip(0, outcome.path)
            item.setToolTip(1, outcome.reason or "")
            self.skipped.addTopLevelItem(item)
        self.skipped.setVisible(bool(report.skipped))
        self.skipped.resizeColumnToContents(0)
        layout.addWidget(self.skipped, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 360 if report.skipped else 120)


def show_about(parent: QWidget) -> None:
    name = QCoreApplication.translate("dialogs", "Lưu trữ Lễ tân")
    blurb = QCoreApplication.translate("dialogs", "Kho bài báo về các chuyến thăm chính thức, dùng ngoại tuyến.")
    QMessageBox.about(
        parent,
        QCoreApplication.translate("dialogs", "Giới thiệu"),
        f"<h3>{html.escape(name)}</h3><p>Protocol Archive {html.escape(__version__)}</p>"
        f"<p>{html.escape(blurb)}</p>",
    )
