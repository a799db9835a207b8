"""Start the window: QApplication set-up (names, icon, font, translator) and the --smoke mode."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

APP_NAME = "ProtocolArchive"
ORG_NAME = "ProtocolArchive"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
FONT_FAMILIES = ("Segoe UI", "Noto Sans", "DejaVu Sans")
LANG_ENV = "PROTOCOL_ARCHIVE_LANG"  # "en" or "vi"; otherwise the system locale decides
TRANSLATIONS = ("en",)  # languages with a .qm; Vietnamese is the source language and the default

_translator = None  # the one installed, so a second set-up replaces it instead of stacking
_qt_translator = None  # the Vietnamese translation of Qt's own strings (file dialogs, buttons, menus)


def _ensure_platform() -> None:
    """Offscreen when there is no display (CI, ssh, --smoke)."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def app_icon():
    from PySide6.QtGui import QIcon

    from app.paths import resource_path

    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", f"protocol-archive-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    svg = resource_path("icons", "protocol-archive.svg")
    if icon.isNull() and svg.exists():
        icon.addFile(str(svg))
    return icon


def setup_application(app) -> None:
    """Names for QSettings, icon, a font with Vietnamese glyphs, translator for the locale."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFont, QFontDatabase

    from app import __version__

    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    families = set(QFontDatabase.families())
    for family in FONT_FAMILIES:
        if family in families:
            font = QFont(family)
            font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
            app.setFont(font)
            break
    install_translator(app)
    app.setApplicationDisplayName(QCoreApplication.translate("launch", "Lưu trữ Lễ tân"))


def ui_language() -> str:
    """"en" when PROTOCOL_ARCHIVE_LANG=en, or when it is unset and the system locale is English;
    "vi" (the strings in the code) otherwise."""
    from PySide6.QtCore import QLocale

    wanted = os.environ.get(LANG_ENV, "").strip().lower().replace("-", "_").split("_")[0]
    if wanted:
        return wanted if wanted in TRANSLATIONS else "vi"
    return "en" if QLocale.system().language() == QLocale.Language.English else "vi"


def install_translator(app, language: str | None = None):
    """Install the app's translation for ``language`` (default: ui_language()); returns the
    QTranslator, or None for Vietnamese. Replaces a translator installed earlier.

    Vietnamese: Qt ships no Vietnamese translation of its own strings, so the app's own
    (resources/translations/qtbase_vi.qm) is installed, and the default QLocale is Vietnamese
    so calendars, month and day names and numbers are too. English: Qt's strings are English."""
    global _translator, _qt_translator
    from PySide6.QtCore import QLocale, QTranslator

    from app.paths import resource_path

    if _translator is not None:
        app.removeTranslator(_translator)
        _translator = None
    if _qt_translator is not None:
        app.removeTranslator(_qt_translator)
        _qt_translator = None
    language = language or ui_language()
    if language not in TRANSLATIONS:  # Vietnamese, the source language
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        qt = QTranslator(app)
        if qt.load(str(resource_path("translations", "qtbase_vi.qm"))):
            app.installTranslator(qt)
            _qt_translator = qt
        return None
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    qm = resource_path("translations", f"protocol_archive_{language}.qm")
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        return None
    app.installTranslator(translator)
    _translator = translator
    return translator


def run_gui(db_path: str | None, smoke: str | None = None) -> int:
    """Open the main window on db_path (default: the user's archive). ``smoke`` (a file, a folder or
    "" for the seeds) imports it offscreen into the db (a temp one when none is given), prints a
    JSON summary and returns 0 when it imported, 1 (the reason on stderr) when the import failed,
    skipped a file or found nothing; no dialog ever opens in that mode."""
    if smoke is not None:
        _ensure_platform()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    setup_application(app)

    from app.store.db import ArchiveError

    try:
        return _run_window(app, db_path, smoke)
    except ArchiveError as exc:  # not even readable (damaged header, not an archive): say why
        print(f"protocol-archive: {exc}", file=sys.stderr)
        return 1


def _run_window(app, db_path: str | None, smoke: str | None) -> int:
    from app.paths import default_db_path, seeds_dir
    from app.ui.main_window import MainWindow

    tmp = None
    if smoke is not None:
        if db_path is None:
            tmp = tempfile.TemporaryDirectory(prefix="protocol-archive-smoke-")
            db_path = str(Path(tmp.name) / "smoke.db")
        try:
            return _smoke(MainWindow(db_path, auto_seed=False, interactive=False), smoke or str(seeds_dir()))
        finally:
            if tmp is not None:
                tmp.cleanup()
    window = MainWindow(db_path or default_db_path())
    window.show()
    status = app.exec()
    _destroy(window)
    return status


def _smoke(window, target: str) -> int:
    from PySide6.QtCore import QEventLoop

    window.show()
    loop = QEventLoop()
    window.import_finished.connect(lambda _report: loop.quit())
    worker = window.start_import([target], quiet=True)
    if worker is not None:
        loop.exec()
    report = window.last_report
    problems = []
    if report is None:
        problems.append(f"{target}: {window.last_error or 'import failed'}")
    else:
        problems += [f"{o.path}: {o.reason}" for o in report.skipped]
        if not problems and report.count("imported") + report.count("duplicate") == 0:
            problems.append(f"{target}: nothing to import")
    for problem in problems:
        print(f"smoke: {problem}", file=sys.stderr)
    db = window.archive.db
    ids = [o.article_id for o in (report.outcomes if report else []) if o.article_id is not None]
    marks = ",".join("?" * len(ids)) or "NULL"
    entities = db.execute(
        f"SELECT e.type, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
        f"WHERE m.article_id IN ({marks}) GROUP BY e.id ORDER BY e.type, e.name", ids).fetchall()
    visit_rows = db.execute(
        f"SELECT leader, host_country, start, end FROM visits WHERE article_id IN ({marks}) ORDER BY id",
        ids).fetchall()
    summary = {
        "ok": not problems,
        "file": target,
        "articles": window.article_model.rowCount(),
        "imported": report.count("imported") if report else 0,
        "duplicates": report.count("duplicate") if report else 0,
        "skipped": [{"path": o.path, "reason": o.reason} for o in (report.skipped if report else [])],
        "entities": [{"type": t, "name": n} for t, n in entities],
        "visits": [{"leader": r[0], "host_country": r[1], "start": r[2], "end": r[3]} for r in visit_rows],
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2), flush=True)
    window.close()
    window.archive.close()
    _destroy(window)
    return 1 if problems else 0


def _destroy(window) -> None:
    """Delete the window and its children now, while Python is whole.

    Left to interpreter shutdown, shiboken destroys the remaining Qt objects in no fixed order; a
    plot item's destructor then re-lays out its parent and calls a Python override of a half-torn-
    down interpreter, which crashed --smoke about one run in ten (SIGSEGV after the summary)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
