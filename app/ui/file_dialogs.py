"""The window's file dialogs: Qt's own dialog (not the platform's) while the interface is Vietnamese,
so its labels and buttons come from the app's Vietnamese translation of Qt (a native dialog speaks
the system's language, English on most office machines)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget


def _options() -> QFileDialog.Option:
    vietnamese = QLocale().language() == QLocale.Language.Vietnamese
    return QFileDialog.Option.DontUseNativeDialog if vietnamese else QFileDialog.Option(0)


def open_files(parent: QWidget, title: str, name_filter: str) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(parent, title, "", name_filter, options=_options())
    return files


def existing_directory(parent: QWidget, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, "", QFileDialog.Option.ShowDirsOnly | _options())


def save_file(parent: QWidget, title: str, name: str, name_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, name, name_filter, options=_options())
    return path
