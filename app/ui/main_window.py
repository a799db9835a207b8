"""The main window: toolbar, entity sidebar, article list, reader and timeline over one Selection.

It builds the panes and wires them in ``_connect_signals``; the panes observe the Selection and
never call each other. Imports run on an ImportWorker thread.

On start, an archive without articles gets the bundled seed articles (quietly, in the background)
unless the user cancelled that once (remembered in QSettings). With ``interactive=False`` (the
``--smoke`` mode) nothing modal opens: errors go to stderr.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QPoint, QSettings, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.importer import ImportReport
from app.ingest.files import ARTICLE_SUFFIXES
from app.nlp.sides import VIETNAM
from app.os_errors import explain as explain_os_error
from app.paths import seeds_dir
from app.store.corrections import (
    list_corrections,
    remove_item,
    set_article_correction,
    set_article_dates,
    set_article_day_month,
    set_counterpart,
)
from app.store.query import article_detail, article_rows, count_articles, find_entities
from app.ui.archive import Archive
from app.ui.article_model import ArticleTableModel
from app.ui.context_menus import RightClickGuard, pop_up
from app.ui.correcting import CorrectionHost, clear_corrections_task, kind_task
from app.ui.correction_dialogs import CounterpartDialog, CountryDialog, DateDialog, KindDialog, LeaderDialog
from app.ui.dialogs import ImportReportDialog, report_summary, show_about
from app.ui.dossier_window import DossierWindow
from app.ui.entity_sidebar import EntitySidebar
from app.ui.exporting import export_articles_json, export_visits_csv, visit_count
from app.ui.file_dialogs import existing_directory, open_files, save_file
from app.ui.import_worker import ImportWorker
from app.ui.kinds import kind_choices
from app.ui.reader import ReaderView
from app.ui.selection import Selection
from app.ui.timeline import TimelineView
from app.ui.visit_facets import VisitFacetPane

SEARCH_DEBOUNCE_MS = 20  # coalesces a burst (key repeat; keys typed while the panes update arrive together)
SEEDS_DECLINED_KEY = "firstRun/seedsDeclined"  # QSettings: the user cancelled the seed import


DEFAULT_SIZE = (1280, 680)  # fits a 1366×768 laptop under its task bar and title bar


def default_size(widget: QWidget) -> QSize:
    """The first-run size: DEFAULT_SIZE, or less where the screen's free area is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    size = QSize(*DEFAULT_SIZE)
    if screen is not None:
        free = screen.availableGeometry().size() - QSize(40, 60)  # frame and title bar
        size = size.boundedTo(free)
    return size


class MainWindow(QMainWindow, CorrectionHost):
    import_finished = Signal(object)  # ImportReport (or None when the import failed)
    task_finished = Signal(object)  # what a background store task returned (None when it failed)

    def __init__(self, db_path: str | Path, *, auto_seed: bool = True, interactive: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interactive = interactive  # False (--smoke): no dialogs, messages go to stderr
        self.setObjectName("mainWindow")
        self.archive = Archive(db_path, self)
        self.selection = Selection(self)
        self.worker: ImportWorker | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._showing_progress = False  # the dialog's setValue is on the stack (it runs the event loop)
        self.report_dialog: ImportReportDialog | None = None
        self.last_report: ImportReport | None = None
        self.last_error: str | None = None  # why the last import failed
        self.correction_dialog = None  # the open correction dialog, if any (tests drive it)
        self.dossier_window: DossierWindow | None = None  # the last dossier opened
        self.message_box: QMessageBox | None = None
        self._seeding = False
        self._quiet_import = False
        self._import_text = ""
        self._shown_filter = None
        # Only the archive's name: Qt adds the application's display name ("… — Lưu trữ Lễ tân").
        self.setWindowTitle(self.archive.path.name)
        self.setAcceptDrops(True)

        self._build_actions()
        self._build_toolbar()
        self._build_panes()
        self._build_menus()
        self._build_status_bar()
        self._connect_signals()
        self._restore_settings()
        self.on_selection_changed()
        if self.archive.read_only:  # readable, not writable: say so once, offer no import
            for action in (self.import_files_action, self.import_folder_action):
                action.setEnabled(False)
            self.status_label.setToolTip(self.archive.read_only_reason)
            self.setAcceptDrops(False)
        if auto_seed and self.wants_seeds():
            QTimer.singleShot(0, self, self.start_seeding)

    def wants_seeds(self) -> bool:
        """An archive without articles has nothing to lose: seed it, unless the user cancelled that."""
        return (not self.archive.read_only and count_articles(self.archive.db) == 0 and seeds_dir().is_dir()
                and not QSettings().value(SEEDS_DECLINED_KEY, False, type=bool))

    def start_seeding(self) -> ImportWorker | None:
        """Import the bundled seed articles quietly; the status bar's Cancel declines them for good."""
        worker = self.start_import([str(seeds_dir())], quiet=True)
        self._seeding = worker is not None
        return worker

    # --- construction ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.import_files_action = QAction(self.tr("Nhập tệp…"), self)
        self.import_files_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_files_action.setToolTip(self.tr("Nhập các tệp bài báo (.txt, .html, Word, PDF, thư điện tử)"))
        self.import_folder_action = QAction(self.tr("Nhập thư mục…"), self)
        self.import_folder_action.setToolTip(self.tr("Nhập mọi bài báo trong một thư mục"))
        self.export_action = QAction(self.tr("Xuất chuyến thăm đang lọc (CSV)…"), self)
        self.export_action.setObjectName("exportCsv")
        self.export_action.setToolTip(self.tr("Các chuyến thăm của những bài đang hiện, cho bảng tính"))
        self.export_json_action = QAction(self.tr("Xuất bài báo đang lọc (JSON)…"), self)
        self.export_json_action.setObjectName("exportJson")
        self.export_json_action.setToolTip(self.tr("Những bài đang hiện, với ngày, thực thể và chuyến thăm"))
        self.country_dossier_action = QAction(self.tr("Hồ sơ quốc gia…"), self)
        self.country_dossier_action.setObjectName("countryDossierAction")
        self.country_dossier_action.setToolTip(
            self.tr("Các chuyến thăm hai chiều với một nước, để xuất tài liệu tham khảo"))
        self.quit_action = QAction(self.tr("Thoát"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.about_action = QAction(self.tr("Giới thiệu"), self)
        self.clear_action = QAction(self.tr("Xoá lọc"), self)
        self.clear_action.setObjectName("clearFilters")
        self.clear_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.clear_action.setToolTip(self.tr("Bỏ mọi bộ lọc (Esc)"))
        self.find_action = QAction(self.tr("Tìm"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.addAction(self.find_action)
        self.addAction(self.clear_action)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Thanh công cụ"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.import_files_action)
        bar.addAction(self.import_folder_action)
        bar.addSeparator()
        self.search_box = QLineEdit(bar)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Tìm trong bài báo (không cần dấu), Ctrl+F"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(280)
        self.search_box.setMaximumWidth(520)
        self.search_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bar.addWidget(self.search_box)
        bar.addAction(self.clear_action)
        self.clear_button = bar.widgetForAction(self.clear_action)
        self.clear_button.setObjectName("clearButton")
        self.addToolBar(bar)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)

    def _build_panes(self) -> None:
        self.sidebar = EntitySidebar(self.archive, self.selection, self)
        self.visit_facets = VisitFacetPane(self.archive, self.selection, self)
        self.article_model = ArticleTableModel(self.archive.db, self)
        self.article_list = QTableView(self)
        self.article_list.setObjectName("articleList")
        self.article_list.setModel(self.article_model)
        self.article_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.article_list.setAlternatingRowColors(True)
        self.article_list.setWordWrap(False)
        self.article_list.setSortingEnabled(True)
        self.article_list.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.article_list.verticalHeader().setVisible(False)
        self.article_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._right_click_guard = RightClickGuard(self.article_list)
        self.context_menu: QMenu | None = None
        self.article_list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.article_list.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 124), (2, 160), (3, 120), (4, 150)):
            self.article_list.setColumnWidth(column, width)
        self.reader = ReaderView(self.archive, self.selection, self)
        self.timeline = TimelineView(self.archive, self.selection, self)

        self.centre_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.centre_splitter.setObjectName("centreSplitter")
        self.centre_splitter.addWidget(self.article_list)
        self.centre_splitter.addWidget(self.reader)
        self.centre_splitter.setSizes([190, 290])
        # the entity facets over the visit facets (host countries, leaders)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.left_splitter.setObjectName("leftSplitter")
        self.left_splitter.addWidget(self.sidebar)
        self.left_splitter.addWidget(self.visit_facets)
        self.left_splitter.setSizes([290, 190])
        self.side_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.side_splitter.setObjectName("sideSplitter")
        self.side_splitter.addWidget(self.left_splitter)
        self.side_splitter.addWidget(self.centre_splitter)
        self.side_splitter.setStretchFactor(1, 1)
        self.side_splitter.setSizes([320, 960])
        self.main_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.side_splitter)
        self.main_splitter.addWidget(self.timeline)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setSizes([480, 200])
        for splitter in self._splitters():
            splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

    def _splitters(self) -> tuple[QSplitter, ...]:
        return (self.centre_splitter, self.left_splitter, self.side_splitter, self.main_splitter)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        file_menu.addAction(self.import_files_action)
        file_menu.addAction(self.import_folder_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.export_json_action)
        file_menu.addAction(self.country_dossier_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Trợ giúp"))
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.statusBar().addWidget(self.status_label, 1)
        self.cancel_import_button = QToolButton(self)
        self.cancel_import_button.setObjectName("cancelImport")
        self.cancel_import_button.setText(self.tr("Huỷ nhập"))
        self.cancel_import_button.setToolTip(self.tr("Dừng lượt nhập đang chạy"))
        self.cancel_import_button.setAutoRaise(True)
        self.statusBar().addPermanentWidget(self.cancel_import_button)
        self.cancel_import_button.hide()

    def _connect_signals(self) -> None:
        """All wiring of the window in one place; slots are the on_* methods."""
        self.import_files_action.triggered.connect(self.on_import_files)
        self.import_folder_action.triggered.connect(self.on_import_folder)
        self.export_action.triggered.connect(self.on_export_visits)
        self.export_json_action.triggered.connect(self.on_export_json)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self.on_about)
        self.clear_action.triggered.connect(self.on_clear_filters)
        self.find_action.triggered.connect(self.on_find)
        self.search_box.textEdited.connect(self.on_search_edited)
        self.search_box.textChanged.connect(self.on_search_text_changed)
        self.search_timer.timeout.connect(self.on_search_timeout)
        self.article_list.selectionModel().currentRowChanged.connect(self.on_article_row_changed)
        self.article_model.modelReset.connect(self.on_articles_reset)
        self.article_list.customContextMenuRequested.connect(self.on_article_context_menu)
        self.selection.changed.connect(self.on_selection_changed)
        self.archive.contents_changed.connect(self.on_archive_changed)
        self.sidebar.task_requested.connect(self.start_task)
        self.sidebar.dossier_requested.connect(self.on_dossier_requested)
        self.visit_facets.dossier_requested.connect(self.on_dossier_requested)
        self.country_dossier_action.triggered.connect(self.on_ask_country_dossier)
        self.cancel_import_button.clicked.connect(self.on_cancel_import)

    # --- selection → widgets -----------------------------------------------------------------
    def on_selection_changed(self) -> None:
        flt = self.selection.filter
        if flt.text != self.search_box.text() and not self.search_timer.isActive():
            with QSignalBlocker(self.search_box):
                self.search_box.setText(flt.text)
        if flt != self._shown_filter:
            self._shown_filter = flt
            self.article_model.set_filter(flt)  # resets → on_articles_reset reselects
        self._select_article_row()
        self._update_status()

    def _select_article_row(self) -> None:
        row = self.article_model.row_of(self.selection.article_id)
        selection_model = self.article_list.selectionModel()
        with QSignalBlocker(selection_model):
            if row < 0:
                selection_model.clear()
            else:
                index = self.article_model.index(row, 0)
                flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                         | QItemSelectionModel.SelectionFlag.Rows)
                selection_model.setCurrentIndex(index, flags)
                self.article_list.scrollTo(index)
        self.article_list.viewport().update()

    def on_articles_reset(self) -> None:
        self._select_article_row()
        self._update_status()

    def on_archive_changed(self) -> None:
        self.article_model.refresh()
        self._update_status()

    def _update_status(self) -> None:
        parts = [self.tr("{n} bài").format(n=count_articles(self.archive.db))]
        if self.archive.read_only:
            parts.append(self.tr("chỉ đọc"))
        if not self.selection.filter.is_empty:
            shown = self.article_model.rowCount()
            parts.append(self.tr("{m} đang lọc").format(m=shown) if shown
                         else self.tr("không tìm thấy bài nào khớp bộ lọc"))
        if self._import_text:
            parts.append(self._import_text)
        self.status_label.setText(" · ".join(parts))

    # --- widgets → selection -----------------------------------------------------------------
    def on_article_row_changed(self, current, _previous) -> None:
        self.selection.set_article(self.article_model.article_id(current.row()) if current.isValid() else None)

    def on_search_edited(self, _text: str) -> None:
        self.search_timer.start()

    def on_search_text_changed(self, text: str) -> None:
        if not text and self.selection.filter.text:  # the clear button: no need to wait
            self.search_timer.stop()
            self.selection.update_filter(text="")

    def on_search_timeout(self) -> None:
        self.selection.update_filter(text=self.search_box.text().strip())

    def on_clear_filters(self) -> None:
        self.search_timer.stop()
        self.selection.clear()
        self.sidebar.filter_edit.clear()
        self.visit_facets.filter_edit.clear()

    def on_find(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # --- import / export ---------------------------------------------------------------------
    def on_import_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(ARTICLE_SUFFIXES))
        files = open_files(self, self.tr("Nhập tệp"),
                           self.tr("Bài báo ({patterns});;Mọi tệp (*)").format(patterns=patterns))
        if files:
            self.start_import(files)

    def on_import_folder(self) -> None:
        folder = existing_directory(self, self.tr("Nhập thư mục"))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[str], *, quiet: bool = False) -> ImportWorker | None:
        """Import paths on a worker thread; ``quiet`` shows progress in the status bar only."""
        if self.worker is not None:
            self.inform(self.tr("Đang nhập"), self.tr("Đang có một lượt nhập chưa xong."))
            return None
        worker = ImportWorker(self.archive.path, paths, self)
        if quiet:
            self.cancel_import_button.show()
        else:
            dialog = QProgressDialog(self.tr("Đang chuẩn bị nhập…"), self.tr("Huỷ"), 0, 0, self)
            dialog.setObjectName("importProgress")
            dialog.setWindowTitle(self.tr("Nhập bài báo"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(worker.cancel)
            self.progress_dialog = dialog
        worker.progress.connect(self.on_import_progress)
        return self._run_worker(worker, self.tr("đang nhập…"), quiet=quiet, on_result=self.on_import_report)

    def _run_worker(self, worker: ImportWorker, text: str, *, quiet: bool,
                    on_result: Callable[[object], None]) -> ImportWorker:
        """Start a worker (an import or a store task): the archive is busy and the status bar says
        ``text`` until ``on_worker_finished``; ``on_result`` gets what it produced."""
        self.worker = worker
        self._quiet_import = quiet
        self._import_text = text
        self.last_error = None
        worker.report_ready.connect(on_result)
        worker.failed.connect(self.on_import_failed)
        worker.finished.connect(self.on_worker_finished)
        self.archive.busy = True
        self._update_status()
        worker.start()
        return worker

    def on_cancel_import(self) -> None:
        """The status bar's Cancel (quiet imports); cancelling the seeds declines them for good."""
        if self.worker is None:
            return
        self.worker.cancel()
        if self._seeding:
            QSettings().setValue(SEEDS_DECLINED_KEY, True)
        self.cancel_import_button.setEnabled(False)

    def on_import_progress(self, done: int, total: int, name: str) -> None:
        self._import_text = self.tr("đang nhập {i}/{n}…").format(i=done, n=total)
        dialog = self.progress_dialog  # setValue runs the event loop: the import may end inside it
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setLabelText(self.tr("Đang nhập {i}/{n}: {name}").format(i=done, n=total, name=name))
            self._showing_progress = True
            try:
                dialog.setValue(done)
            finally:
                self._showing_progress = False
            if dialog is not self.progress_dialog:
                dialog.deleteLater()  # the import ended inside setValue: delete it only now it has returned
        self._update_status()

    def on_import_report(self, report: ImportReport) -> None:
        self.last_report = report
        self.archive.notify_changed()
        self.statusBar().showMessage(report_summary(report), 8000)
        if self.interactive and (not self._quiet_import or report.skipped):
            self.report_dialog = ImportReportDialog(report, self)
            self.report_dialog.open()

    def on_import_failed(self, message: str) -> None:
        self.last_report = None
        self.last_error = message
        self.archive.notify_changed()
        if self.interactive:
            self.inform(self.tr("Lỗi khi nhập"), message, warning=True)
        else:
            print(message, file=sys.stderr)

    def start_task(self, task: Callable[[object], object], text: str) -> ImportWorker | None:
        """Run a store task that re-analyses (it needs the NLP) on the worker; the status bar shows
        ``text`` meanwhile and the views refresh through the archive signal when it is done."""
        if self.worker is not None:
            self.inform(self.tr("Đang bận"), self.tr("Đang có một lượt nhập chưa xong."))
            return None
        return self._run_worker(ImportWorker(self.archive.path, [], self, task=task), text, quiet=True,
                                on_result=self.on_task_done)

    def on_task_done(self, result: object) -> None:
        self.archive.notify_changed()
        self.statusBar().showMessage(self.tr("Đã xong: {what}").format(what=self._import_text), 8000)

    def on_worker_finished(self) -> None:
        if self.progress_dialog is not None:
            dialog, self.progress_dialog = self.progress_dialog, None
            dialog.close()
            if not self._showing_progress:
                # Inside the dialog's own setValue (a queued "finished" delivered by its event
                # loop) a deferred delete would run before setValue returns: a crash in the
                # full suite. on_import_progress deletes it once setValue is done.
                dialog.deleteLater()
        worker, self.worker = self.worker, None
        self.archive.busy = False
        self._seeding = False
        self.cancel_import_button.hide()
        self.cancel_import_button.setEnabled(True)
        self._import_text = ""
        self._update_status()
        if worker is not None:
            worker.deleteLater()
            if worker.task is not None:
                self.task_finished.emit(worker.report)
                return
        self.import_finished.emit(self.last_report)

    def export_scope(self) -> tuple[list[int] | None, frozenset[int] | None]:
        """What an export writes: the articles the list shows (None: all) and the visits chosen."""
        flt = self.selection.filter
        if flt.is_empty:
            return None, None
        return self.article_model.ids, flt.visit_ids or None

    def on_export_visits(self) -> None:
        """The visits of the articles shown, as CSV; the file dialog says how many rows."""
        article_ids, visit_ids = self.export_scope()
        n = visit_count(self.archive.db, article_ids, visit_ids)
        title = (self.tr("Xuất {n} chuyến thăm của {m} bài đang lọc (CSV)").format(n=n, m=len(article_ids))
                 if article_ids is not None else self.tr("Xuất tất cả {n} chuyến thăm (CSV)").format(n=n))
        path = save_file(self, title, self.tr("chuyen_tham.csv"), self.tr("CSV (*.csv)"))
        if path:
            self._export(lambda: export_visits_csv(self.archive.db, path, article_ids, visit_ids), path)

    def on_export_json(self) -> None:
        article_ids, _visits = self.export_scope()
        m = len(article_ids) if article_ids is not None else count_articles(self.archive.db)
        title = (self.tr("Xuất {m} bài đang lọc (JSON)").format(m=m) if article_ids is not None
                 else self.tr("Xuất tất cả {m} bài (JSON)").format(m=m))
        path = save_file(self, title, self.tr("bai_bao.json"), self.tr("JSON (*.json)"))
        if path:
            self._export(lambda: export_articles_json(self.archive.db, path, article_ids), path)

    def _export(self, write: Callable[[], int], path: str) -> bool:
        try:
            rows = write()
        except OSError as exc:
            self.inform(self.tr("Không xuất được"), self.tr("Không ghi được {path}: {why}").format(
                path=path, why=explain_os_error(exc)), warning=True)
            return False
        self.statusBar().showMessage(self.tr("Đã xuất {n} dòng vào {path}").format(n=rows, path=path), 8000)
        return True

    # --- dossiers -----------------------------------------------------------------------------
    def on_dossier_requested(self, kind: str, key: object) -> None:
        if kind == "country":
            self.open_country_dossier(str(key))
        else:
            self.open_person_dossier(int(key))

    def open_country_dossier(self, country: str) -> DossierWindow | None:
        """The dossier of a host country (any view may ask for it with the country's name: the
        sidebar's places, a timeline lane, a country facet)."""
        from app.store.dossier import DossierError, country_dossier

        try:
            dossier = country_dossier(self.archive.db, country)
        except DossierError as exc:
            self.inform(self.tr("Hồ sơ quốc gia"), str(exc), warning=True)
            return None
        return self._show_dossier(dossier)

    def open_person_dossier(self, entity_id: int) -> DossierWindow | None:
        from app.store.dossier import DossierError, person_dossier

        try:
            dossier = person_dossier(self.archive.db, entity_id=entity_id)
        except DossierError as exc:
            self.inform(self.tr("Hồ sơ người"), str(exc), warning=True)
            return None
        return self._show_dossier(dossier)

    def _show_dossier(self, dossier: dict) -> DossierWindow:
        window = DossierWindow(self.archive, self.selection, dossier, self)
        window.finished.connect(window.deleteLater)
        self.dossier_window = window
        window.show()
        return window

    def on_ask_country_dossier(self) -> None:
        from app.nlp.gazetteer import load_gazetteer  # cheap: data files, no NLP model

        countries = [p.name for p in load_gazetteer().countries() if p.name != VIETNAM]
        dialog = CountryDialog(countries, "", self)
        dialog.setWindowTitle(self.tr("Hồ sơ quốc gia"))
        self.open_correction(dialog, lambda: self.open_country_dossier(dialog.country()))

    def on_about(self) -> None:
        show_about(self)

    # --- corrections from the article list -----------------------------------------------------
    def article_menu(self, article_id: int) -> QMenu:
        """The article list's context menu for one article (actions named for tests)."""
        menu = QMenu(self)
        menu.setObjectName("articleMenu")
        self.add_correction_actions(menu, article_id, [
            ("correctDates", self.tr("Sửa ngày…"), self.on_correct_dates),
            ("correctLeader", self.tr("Sửa trưởng đoàn…"), self.on_correct_leader),
            ("correctCountry", self.tr("Sửa nước chủ nhà…"), self.on_correct_country),
            ("correctKind", self.tr("Sửa loại sự kiện…"), self.on_correct_kind),
            ("notAVisit", self.tr("Không phải chuyến thăm"), self.on_not_a_visit),
            ("addCounterpart", self.tr("Thêm người đã gặp…"), self.on_add_counterpart),
        ], clear_name="clearCorrections", clear_tip=self.tr("Trả lại giá trị máy tìm được (phân tích lại bài)"),
            can_clear=bool(self._article_correction_ids(article_id)), on_clear=self.on_clear_corrections)
        met = [m["name"] for v in (article_detail(self.archive.db, article_id) or {}).get("visits", [])
               for m in v.get("met") or []]
        if met:  # "Bỏ người đã gặp ▸ name": a counterpart the machine listed wrongly
            remove = QMenu(self.tr("Bỏ người đã gặp"), menu)
            remove.setObjectName("removeCounterpart")
            for name in dict.fromkeys(met):
                action = remove.addAction(name)
                action.triggered.connect(lambda _c=False, n=name: self.on_remove_counterpart(article_id, n))
            menu.insertMenu(menu.actions()[-2], remove)
        visits = (article_detail(self.archive.db, article_id) or {}).get("visits", [])[:1]
        for kind, column, key, label, name in (
                ("agreement", "agreements", "document", self.tr("Bỏ văn kiện"), "removeAgreement"),
                ("honour", "honours", "honour", self.tr("Bỏ quà tặng, danh hiệu"), "removeHonour")):
            items = [item[key] for v in visits for item in v.get(column) or []]
            if not items:
                continue
            remove = QMenu(label, menu)
            remove.setObjectName(name)
            for text in dict.fromkeys(items):
                action = remove.addAction(text if len(text) <= 70 else text[:69] + "…")
                action.triggered.connect(lambda _c=False, k=kind, t=text: self.on_remove_item(article_id, k, t))
            menu.insertMenu(menu.actions()[-2], remove)
        return menu

    def on_article_context_menu(self, pos: QPoint) -> None:
        index = self.article_list.indexAt(pos)
        article_id = self.article_model.article_id(index.row()) if index.isValid() else None
        if article_id is None:
            return
        menu = self.article_menu(article_id)  # built for the row under the press, before it moves
        self.selection.set_article(article_id)  # the reader shows what is being corrected
        pop_up(self, menu, self.article_list, pos)

    def _article_correction_ids(self, article_id: int) -> list[int]:
        return [c["id"] for c in list_corrections(self.archive.db)
                if c["target"] == "article" and c.get("article_id") == article_id]

    def _open_correction(self, dialog, apply: Callable[[], None]) -> None:
        """Show a correction dialog; ``apply`` writes when it is accepted."""
        self.open_correction(dialog, lambda: self._write_correction(apply))

    def _write_correction(self, write: Callable[[], None]) -> bool:
        """A quick single-article write on the GUI thread, then every view refreshes via the archive."""
        if not self.write_correction(self.archive, write):
            return False
        self.statusBar().showMessage(self.tr("Đã lưu sửa đổi."), 6000)
        return True

    def on_correct_dates(self, article_id: int) -> None:
        detail = article_detail(self.archive.db, article_id)
        if detail is None:
            return
        dialog = DateDialog(detail, self)

        def apply() -> None:
            if dialog.year_is_unknown():  # day and month only: the year stays unknown
                end = dialog.end_day_month()
                set_article_day_month(self.archive.db, article_id, dialog.start_day_month(),
                                      end if end != dialog.start_day_month() else None)
                return
            end = dialog.end_iso()
            set_article_dates(self.archive.db, article_id, dialog.start_iso(),
                              end if end != dialog.start_iso() else None)

        self._open_correction(dialog, apply)

    def on_correct_leader(self, article_id: int) -> None:
        row = article_rows(self.archive.db, [article_id]).get(article_id, {})
        people = find_entities(self.archive.db, "", "person")
        dialog = LeaderDialog(people, row.get("leader") or "", row.get("leader_title") or "", self)

        def apply() -> None:  # name and title together: one write, one refresh
            with self.archive.db.atomic():
                set_article_correction(self.archive.db, article_id, "leader", dialog.leader())
                set_article_correction(self.archive.db, article_id, "leader_title", dialog.title())

        self._open_correction(dialog, apply)

    def on_correct_country(self, article_id: int) -> None:
        from app.nlp.gazetteer import load_gazetteer  # cheap: data files, no NLP model

        row = article_rows(self.archive.db, [article_id]).get(article_id, {})
        countries = [p.name for p in load_gazetteer().countries()]
        dialog = CountryDialog(countries, row.get("host_country") or "", self)

        def apply() -> None:
            set_article_correction(self.archive.db, article_id, "host_country", dialog.country())

        self._open_correction(dialog, apply)

    def on_correct_kind(self, article_id: int) -> None:
        detail = article_detail(self.archive.db, article_id) or {}
        dialog = KindDialog(kind_choices(), detail.get("kind") or "none", self)

        # In a worker: a visit kind re-analyses the article to bring its visit back.
        self.open_correction(dialog, lambda: self.start_task(kind_task(article_id, dialog.kind()),
                                                             self.tr("đang phân tích lại bài…")))

    def on_not_a_visit(self, article_id: int) -> None:
        """No dialog: the article reports no visit; its visits leave the list, timeline and CSV."""
        self._write_correction(lambda: set_article_correction(self.archive.db, article_id, "kind", "none"))

    def on_add_counterpart(self, article_id: int) -> None:
        people = [e["name"] for e in find_entities(self.archive.db, "", "person")]
        dialog = CounterpartDialog(people, self)

        def apply() -> None:
            set_counterpart(self.archive.db, article_id, dialog.name(), dialog.title())

        self._open_correction(dialog, apply)

    def on_remove_counterpart(self, article_id: int, name: str) -> None:
        self._write_correction(lambda: set_counterpart(self.archive.db, article_id, name, remove=True))

    def on_remove_item(self, article_id: int, kind: str, text: str) -> None:
        """A document or an honour the machine listed wrongly leaves the article's visit."""
        self._write_correction(lambda: remove_item(self.archive.db, article_id, kind, text))

    def on_clear_corrections(self, article_id: int) -> ImportWorker | None:
        """Drop the article's corrections; the machine's values come back by re-analysis (worker)."""
        ids = self._article_correction_ids(article_id)
        if not ids:
            return None
        return self.start_task(clear_corrections_task(ids), self.tr("đang xoá sửa đổi…"))

    # --- drag and drop -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.start_import(paths)

    # --- settings ----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(default_size(self))
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for splitter in self._splitters():
            saved = settings.value(f"splitters/{splitter.objectName()}")
            if saved is not None:
                splitter.restoreState(saved)
        lanes = settings.value("timeline/lanes")
        if lanes is not None:
            self.timeline.lane_combo.setCurrentIndex(int(lanes))
        order = settings.value("timeline/order")
        if order is not None:
            self.timeline.order_combo.setCurrentIndex(int(order))

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for splitter in self._splitters():
            settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
        settings.setValue("timeline/lanes", self.timeline.lane_combo.currentIndex())
        settings.setValue("timeline/order", self.timeline.order_combo.currentIndex())

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        self.save_settings()
        super().closeEvent(event)
