"""The entity sidebar: facets of the filtered articles; selecting entities filters on them (∧)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QTreeView, QVBoxLayout, QWidget

from app.store.query import Filter, entity_facets
from app.ui.archive import Archive
from app.ui.entity_model import ENTITY_ID_ROLE, GROUP_TYPES, EntityFilterProxy, EntityTreeModel
from app.ui.selection import Selection


class EntitySidebar(QWidget):
    """Filter field, sort choice and the tree (objectName ``entitySidebar``)."""

    def __init__(self, archive: Archive, selection: Selection, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("entityPane")
        self._archive = archive
        self._selection = selection
        self._shown_filter: Filter | None = None

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
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
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
        selection.changed.connect(self.on_selection_changed)
        archive.contents_changed.connect(self.reload)
        self.reload()

    # --- incoming state ----------------------------------------------------------------------
    def reload(self) -> None:
        self._shown_filter = None
        self.on_selection_changed()

    def on_selection_changed(self) -> None:
        flt = self._selection.filter
        blocker = QSignalBlocker(self.tree.selectionModel())
        if flt != self._shown_filter:
            self._shown_filter = flt
            self.model.set_facets(entity_facets(self._archive.db, flt))
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

    def index_of_entity(self, entity_id: int):
        """Proxy index of an entity (for tests and keyboard navigation)."""
        return self.proxy.mapFromSource(self.model.index_of_entity(entity_id))
