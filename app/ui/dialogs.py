"""Small dialogs: the import report and About."""

from __future__ import annotations

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


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def report_summary(report: ImportReport) -> str:
    text = tr("Đã nhập {imported} bài, {duplicate} trùng, {skipped} bỏ qua.").format(
        imported=report.count("imported"), duplicate=report.count("duplicate"), skipped=report.count("skipped"))
    if report.cancelled:
        text += " " + tr("Đã huỷ giữa chừng.")
    return text


class ImportReportDialog(QDialog):
    """Summary of an import with every skipped file and its reason."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importReport")
        self.setWindowTitle(tr("Kết quả nhập"))
        layout = QVBoxLayout(self)
        self.summary = QLabel(report_summary(report), self)
        layout.addWidget(self.summary)
        self.skipped = QTreeWidget(self)
        self.skipped.setObjectName("skippedFiles")
        self.skipped.setHeaderLabels([tr("Tệp bị bỏ qua"), tr("Lý do")])
        self.skipped.setRootIsDecorated(False)
        for outcome in report.skipped:
            item = QTreeWidgetItem([Path(outcome.path).name, outcome.reason or ""])
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
    QMessageBox.about(
        parent,
        tr("Giới thiệu"),
        tr("<h3>Lưu trữ Lễ tân</h3><p>Protocol Archive {version}</p>"
           "<p>Kho bài báo về các chuyến thăm chính thức, dùng ngoại tuyến.</p>").format(version=__version__),
    )
