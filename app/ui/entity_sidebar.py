"""The entity sidebar: facets of the filtered articles; selecting entities filters on them (∧).

The entities of the article being read are marked (bold, tinted). Its context menu corrects
entities (rename, merge into another, hide / show): quick writes made here on the GUI thread; every
view then refreshes through the archive's signal. Undoing them ("Xoá sửa đổi") re-analyses articles,
so it is asked for with ``task_requested`` and runs on the window's worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.nlp.sides import VIETNAM
from app.store.corrections import (
    hide_entity,
    list_corrections,
    merge_entities,
    rename_entity,
    unhide_entity,
)
from app.store.entity_counts import grouped_entity_counts
from app.store.query import Filter, article_entities, find_entities
from app.ui.archive import Archive
from app.ui.context_menus import RightClickGuard, pop_up
from app.ui.correcting import CorrectionHost, clear_corrections_task
from app.ui.correction_dialogs import MergeDialog, RenameDialog
from app.ui.elide import ElideMiddleKeepCount
from app.ui.entity_model import (
    ENTITY_ID_ROLE,
    GROUP_TYPES,
    HIDDEN_ROLE,
    NAME_ROLE,
    TYPE_ROLE,
    EntityFilterProxy,
    EntityTreeModel,
)
from app.ui.selection import Selection


class EntitySidebar(QWidget, CorrectionHost):
    """Filter field, sort choice and the tree (objectName ``entitySidebar``)."""

    # (task taking a Database, status text): a store task that re-analyses, for the window's worker
    task_requested = Signal(object, str)
    # ("country", country name) or ("person", entity id): the window opens that dossier
    dossier_requested = Signal(str, object)

    def __init__(self, archive: Archive, selection: Selection, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("entityPane")
        self._archive = archive
        self._selection = selection
        self._shown_filter: Filter | None = None
        self._shown_article: int | None = None
        self._corrected: set[int] = set()
        self._hidden: list[dict] = []
        self.show_hidden_action = QAction(self.tr("Hiện mục đã ẩn"), self)
        self.show_hidden_action.setObjectName("showHidden")
        self.show_hidden_action.setCheckable(True)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("entityFilter")
        self.filter_edit.setPlaceholderText(self.tr("Lọc tên người, tổ chức, địa điểm…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("entitySort")
        self.sort_combo.addItems([self.tr("Theo số bài"), self.tr("Theo tên")])
        self.sort_combo.setToolTip(self.tr("Sắp xếp thực thể"))

        self.model = EntityTreeModel(self)
        self.proxy = EntityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setObjectName("entitySidebar")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.setItemDelegate(ElideMiddleKeepCount(self.tree))  # the count stays in view
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._right_click_guard = RightClickGuard(self.tree)  # a right-click must not re-sort first
        self.context_menu: QMenu | None = None
        self.proxy.sort(0, Qt.SortOrder.AscendingOrder)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.sort_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

        self.filter_edit.textChanged.connect(self.on_filter_text_changed)
        self.sort_combo.currentIndexChanged.connect(self.on_sort_changed)
        self.tree.selectionModel().selectionChanged.connect(self.on_tree_selection_changed)
        self.tree.customContextMenuRequested.connect(self.on_context_menu)
        self.show_hidden_action.toggled.connect(self.on_show_hidden_toggled)
        selection.changed.connect(self.on_selection_changed)
        archive.contents_changed.connect(self.reload)
        self.reload()

    # --- incoming state ----------------------------------------------------------------------
    def reload(self) -> None:
        self._corrected, self._hidden = set(), []
        for c in list_corrections(self._archive.db):
            if c["target"] != "entity":
                continue
            if c["field"] == "name" and c.get("entity_id") is not None:
                self._corrected.add(c["entity_id"])
            elif c["field"] == "merge_into" and c.get("merge_into_id") is not None:
                self._corrected.add(c["merge_into_id"])
            elif c["field"] == "hidden" and c.get("entity_id") is not None:
                self._hidden.append({"id": c["entity_id"], "name": c["entity_name"],
                                     "type": c["entity_key"].partition(":")[0]})
        self._shown_filter = None
        self._shown_article = None
        self.on_selection_changed()

    def on_selection_changed(self) -> None:
        flt = self._selection.filter
        article_id = self._selection.article_id
        blocker = QSignalBlocker(self.tree.selectionModel())
        if article_id != self._shown_article:
            self._shown_article = article_id
            self.model.set_highlighted(
                {e["id"] for e in article_entities(self._archive.db, article_id)} if article_id is not None else ())
        if flt != self._shown_filter:
            self._shown_filter = flt
            hidden = self._hidden if self.show_hidden_action.isChecked() else None
            counts, index = grouped_entity_counts(self._archive.db, flt, GROUP_TYPES, "location")
            self.model.set_counts(counts, index.by_id, index.name_rank, self._corrected, hidden)
            for type_ in GROUP_TYPES:
                self.tree.expand(self.proxy.mapFromSource(self.model.group_index(type_)))
        self._apply_selection(flt.entity_ids)
        del blocker
        self.tree.viewport().update()

    def _apply_selection(self, entity_ids: frozenset[int]) -> None:
        if entity_ids == self.selected_entity_ids():
            return
        selection = QItemSelection()
        for entity_id in entity_ids:
            index = self.proxy.mapFromSource(self.model.index_of_entity(entity_id))
            if index.isValid():
                selection.select(index, index)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.tree.selectionModel().select(selection, flags)

    # --- outgoing ----------------------------------------------------------------------------
    def selected_entity_ids(self) -> frozenset[int]:
        ids = {i.data(ENTITY_ID_ROLE) for i in self.tree.selectionModel().selectedIndexes()}
        return frozenset(i for i in ids if i is not None)

    def on_tree_selection_changed(self, *_args) -> None:
        self._selection.update_filter(entity_ids=self.selected_entity_ids())

    def on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if text:
            self.tree.expandAll()

    def on_sort_changed(self, index: int) -> None:
        self.proxy.set_sort_by_name(index == 1)

    # --- corrections ---------------------------------------------------------------------------
    def entity_menu(self, entity_id: int | None) -> QMenu:
        """Context menu for an entity (or, with None, only the "show hidden" toggle)."""
        menu = QMenu(self)
        menu.setObjectName("entityMenu")
        index = self.model.index_of_entity(entity_id) if entity_id is not None else None
        if index is not None and index.isValid():
            self._add_dossier_action(menu, entity_id)
            hidden = bool(index.data(HIDDEN_ROLE))
            self.add_correction_actions(menu, entity_id, [
                ("renameEntity", self.tr("Đổi tên…"), self.on_rename),
                ("mergeEntity", self.tr("Gộp vào…"), self.on_merge),
                ("unhideEntity" if hidden else "hideEntity", self.tr("Hiện") if hidden else self.tr("Ẩn"),
                 self.on_unhide if hidden else self.on_hide),
            ], clear_name="clearEntityCorrections",
                clear_tip=self.tr("Bỏ các lần đổi tên, gộp, ẩn của mục này (phân tích lại bài)"),
                can_clear=bool(self.entity_correction_ids(entity_id)), on_clear=self.on_clear_corrections)
            menu.addSeparator()
        menu.addAction(self.show_hidden_action)
        return menu

    def _add_dossier_action(self, menu: QMenu, entity_id: int) -> None:
        """"Hồ sơ người…" for a person, "Hồ sơ quốc gia: Peru…" for a foreign place (its country)."""
        row = self._archive.db.execute("SELECT type, country FROM entities WHERE id = ?", [entity_id]).fetchone()
        if row is None:
            return
        type_, country = row
        if type_ == "person":
            action = menu.addAction(self.tr("Hồ sơ người…"))
            action.setObjectName("personDossier")
            action.triggered.connect(lambda _c=False: self.dossier_requested.emit("person", entity_id))
        elif type_ == "location" and country and country != VIETNAM:
            action = menu.addAction(self.tr("Hồ sơ quốc gia: {country}…").format(country=country))
            action.setObjectName("countryDossier")
            action.triggered.connect(lambda _c=False: self.dossier_requested.emit("country", country))
        else:
            return
        menu.addSeparator()

    def on_context_menu(self, pos: QPoint) -> None:
        """The menu of the entity under the right-click (the press selected nothing, so the rows
        have not moved)."""
        pop_up(self, self.entity_menu(self.tree.indexAt(pos).data(ENTITY_ID_ROLE)), self.tree, pos)

    def on_show_hidden_toggled(self, _checked: bool) -> None:
        self.reload()

    def _entity(self, entity_id: int) -> tuple[str, str] | None:
        index = self.model.index_of_entity(entity_id)
        return (index.data(TYPE_ROLE), index.data(NAME_ROLE)) if index.isValid() else None

    def _write(self, write: Callable[[], None], drop_from_filter: int | None = None,
               replace_with: int | None = None) -> bool:
        """A quick write on the GUI thread; the filter follows an entity that went away."""

        def follow() -> None:
            ids = self._selection.filter.entity_ids
            if drop_from_filter is not None and drop_from_filter in ids:
                ids = ids - {drop_from_filter} | ({replace_with} if replace_with is not None else set())
                self._selection.update_filter(entity_ids=frozenset(ids))

        return self.write_correction(self._archive, write, before_notify=follow, busy_warning=True)

    def on_rename(self, entity_id: int) -> None:
        info = self._entity(entity_id)
        if info is None:
            return
        dialog = RenameDialog(info[1], self)
        self.open_correction(
            dialog, lambda: self._write(lambda: rename_entity(self._archive.db, entity_id, dialog.name())))

    def on_merge(self, entity_id: int) -> None:
        info = self._entity(entity_id)
        if info is None:
            return
        candidates = [e for e in find_entities(self._archive.db, "", info[0]) if e["id"] != entity_id]
        dialog = MergeDialog(info[1], candidates, self)

        def apply() -> bool:
            keep = dialog.entity_id()
            return keep is not None and self._write(
                lambda: merge_entities(self._archive.db, keep, entity_id), entity_id, keep)

        self.open_correction(dialog, apply)

    def on_hide(self, entity_id: int) -> bool:
        return self._write(lambda: hide_entity(self._archive.db, entity_id), entity_id)

    def on_unhide(self, entity_id: int) -> bool:
        return self._write(lambda: unhide_entity(self._archive.db, entity_id))

    def entity_correction_ids(self, entity_id: int) -> list[int]:
        """The corrections made to this entity: its rename and hiding, what was merged into it
        (and its own merge into another)."""
        return [c["id"] for c in list_corrections(self._archive.db) if c["target"] == "entity"
                and (c.get("entity_id") == entity_id
                     or (c["field"] == "merge_into" and c.get("merge_into_id") == entity_id))]

    def on_clear_corrections(self, entity_id: int) -> bool:
        """Drop the entity's corrections; the machine's names and rows come back by re-analysis,
        which the window runs on its worker (``task_requested``)."""
        ids = self.entity_correction_ids(entity_id)
        if not ids or self.refuse_while_busy(self._archive, warning=True):
            return False
        self.task_requested.emit(clear_corrections_task(ids), self.tr("đang xoá sửa đổi…"))
        return True

    def index_of_entity(self, entity_id: int):
        """Proxy index of an entity (for tests and keyboard navigation)."""
        return self.proxy.mapFromSource(self.model.index_of_entity(entity_id))
