"""The visit facets: host countries and leaders of the filtered visits, with their counts.

Two groups, *Nước chủ nhà* and *Trưởng đoàn*, filtered by diacritics-insensitive text and sorted
by number of visits or by name (Vietnamese alphabetical order), as the entity sidebar is.
Selecting values sets ``Filter.countries`` / ``Filter.leaders`` on the one Selection; within a
group the chosen values are alternatives, and the query layer combines them with every other
filter. The pane observes the Selection (the timeline's lane labels choose values too) and
never calls another view.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
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

from app.nlp.collation import vietnamese_sort_key
from app.nlp.sides import VIETNAM
from app.nlp.text import fold_diacritics
from app.store.query import Filter, visit_facets
from app.ui.archive import Archive
from app.ui.context_menus import RightClickGuard, pop_up
from app.ui.entity_model import row_runs
from app.ui.selection import Selection

FACET_ROLE = Qt.ItemDataRole.UserRole + 1  # "countries" or "leaders": the Filter field
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the value chosen ("" = not known)
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3  # visits
KEY_ROLE = Qt.ItemDataRole.UserRole + 4  # folded name, for the text filter
SORT_ROLE = Qt.ItemDataRole.UserRole + 5  # Vietnamese collation key
GROUP_ROLE = Qt.ItemDataRole.UserRole + 6
# Ranks the proxy sorts on in C++ (a Python lessThan was most of the pane's time per keystroke):
# by visits, then name; and by Vietnamese name order. The unknown value comes after every name.
RANK_BY_COUNT_ROLE = Qt.ItemDataRole.UserRole + 7
RANK_BY_NAME_ROLE = Qt.ItemDataRole.UserRole + 8
ARTICLES_ROLE = Qt.ItemDataRole.UserRole + 9  # articles of those visits

FACETS = (("countries", "host_country"), ("leaders", "leader"))  # Filter field, visits column
GROUP_COLOURS = {"countries": "#1d7a4c", "leaders": "#1f5fa8"}
UNKNOWN_COLOUR = "#8a8a8a"


@lru_cache(maxsize=8)
def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


@lru_cache(maxsize=20_000)
def _name_key(value: str) -> tuple:
    """Vietnamese name order, the unknown value ("") after every name."""
    return (1 if not value else 0, vietnamese_sort_key(value))


class VisitFacetModel(QStandardItemModel):
    """Two fixed groups whose children are replaced when the facets change."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._names = {"countries": self.tr("Nước chủ nhà"), "leaders": self.tr("Trưởng đoàn")}
        self._unknown = {"countries": self.tr("(không rõ nước)"), "leaders": self.tr("(không rõ trưởng đoàn)")}
        self._groups: dict[str, QStandardItem] = {}
        for order, (field, _column) in enumerate(FACETS):
            item = QStandardItem(self._names[field])
            item.setEditable(False)
            item.setSelectable(False)
            item.setData(order, GROUP_ROLE)
            item.setData(order, RANK_BY_COUNT_ROLE)
            item.setData(order, RANK_BY_NAME_ROLE)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.appendRow(item)
            self._groups[field] = item

    def group_index(self, field: str) -> QModelIndex:
        return self._groups[field].index()

    def set_facets(self, field: str, facets: list[dict]) -> None:
        """The group's values and counts. Items of values listed before are updated in place and
        only the values that come or go are built or removed (a search being typed mostly
        changes counts); one layout change re-sorts and repaints."""
        group = self._groups[field]
        by_name = sorted(facets, key=lambda f: _name_key(f["name"]))
        name_rank = {f["name"]: i for i, f in enumerate(by_name)}
        count_rank = {f["name"]: i for i, f in
                      enumerate(sorted(by_name, key=lambda f: -f["visits"]))}  # stable: then by name
        wanted = {f["name"]: f for f in facets}
        staying, gone = [], []
        for row in range(group.rowCount()):
            item = group.child(row)
            facet = wanted.pop(item.data(VALUE_ROLE), None)
            if facet is None:
                gone.append(row)
            else:
                staying.append((item, facet))
        for first, last in reversed(row_runs(gone)):
            group.removeRows(first, last - first + 1)
        rows = []
        for value, facet in wanted.items():  # the new values, in the facets' order
            item = QStandardItem()
            item.setEditable(False)
            item.setData(field, FACET_ROLE)
            item.setData(value, VALUE_ROLE)
            name = value or self._unknown[field]
            item.setData(fold_diacritics(name), KEY_ROLE)
            item.setData(_name_key(value), SORT_ROLE)  # the unknown value sorts after every name
            item.setForeground(_brush(GROUP_COLOURS[field] if value else UNKNOWN_COLOUR))
            self._show_counts(item, field, facet, count_rank[value], name_rank[value])
            rows.append(item)
        if rows:
            group.appendRows(rows)
        # the counts of the values that stay, without a signal per change (each would re-sort)
        self.layoutAboutToBeChanged.emit()
        blocked = self.blockSignals(True)
        try:
            for item, facet in staying:
                value = facet["name"]
                self._show_counts(item, field, facet, count_rank[value], name_rank[value])
        finally:
            self.blockSignals(blocked)
        self.layoutChanged.emit()
        group.setText(f"{self._names[field]} ({len(facets)})")

    def _show_counts(self, item: QStandardItem, field: str, facet: dict, by_count: int, by_name: int) -> None:
        """Set the item's label, counts, tooltip and ranks where they differ."""
        if item.data(COUNT_ROLE) != facet["visits"] or item.data(ARTICLES_ROLE) != facet["articles"]:
            name = facet["name"] or self._unknown[field]
            item.setText(f"{name} ({facet['visits']})")
            item.setData(facet["visits"], COUNT_ROLE)
            item.setData(facet["articles"], ARTICLES_ROLE)
            item.setToolTip(self.tr("{name}: {v} chuyến thăm trong {a} bài").format(
                name=name, v=facet["visits"], a=facet["articles"]))
        if item.data(RANK_BY_COUNT_ROLE) != by_count:
            item.setData(by_count, RANK_BY_COUNT_ROLE)
        if item.data(RANK_BY_NAME_ROLE) != by_name:
            item.setData(by_name, RANK_BY_NAME_ROLE)

    def index_of(self, field: str, value: str) -> QModelIndex:
        group = self._groups[field]
        for row in range(group.rowCount()):
            child = group.child(row)
            if child.data(VALUE_ROLE) == value:
                return child.index()
        return QModelIndex()

    def values(self, field: str) -> list[str]:
        """The group's values, most visits first, then by value (``visit_facets``' order)."""
        group = self._groups[field]
        items = [group.child(r) for r in range(group.rowCount())]
        return [i.data(VALUE_ROLE) for i in sorted(items, key=lambda i: (-i.data(COUNT_ROLE), i.data(VALUE_ROLE)))]

    def counts(self, field: str) -> dict[str, tuple[int, int, str]]:
        """Value → (visits, articles, label) as the group's items show them."""
        group = self._groups[field]
        return {(i := group.child(r)).data(VALUE_ROLE): (i.data(COUNT_ROLE), i.data(ARTICLES_ROLE), i.text())
                for r in range(group.rowCount())}


class VisitFacetProxy(QSortFilterProxyModel):
    """Diacritics-insensitive text filter; sort by visits (default) or by Vietnamese name order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._by_name = False
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)
        self.setSortRole(RANK_BY_COUNT_ROLE)

    def set_text(self, text: str) -> None:
        needle = fold_diacritics(text.strip())
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_sort_by_name(self, by_name: bool) -> None:
        self._by_name = by_name
        self.setSortRole(RANK_BY_NAME_ROLE if by_name else RANK_BY_COUNT_ROLE)
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:  # noqa: N802
        if not source_parent.isValid() or not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(KEY_ROLE) or "")


class VisitFacetPane(QWidget):
    """Filter field, sort choice and the tree (objectName ``visitFacets``)."""

    # ("country", name): the user asked for a host country's dossier (the window opens it).
    dossier_requested = Signal(str, object)

    def __init__(self, archive: Archive, selection: Selection, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("visitFacetPane")
        self._archive = archive
        self._selection = selection
        self._shown: dict[str, tuple] = {}  # field → (filter counted, facets, chosen values absent)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("visitFacetFilter")
        self.filter_edit.setPlaceholderText(self.tr("Lọc nước chủ nhà, trưởng đoàn…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("visitFacetSort")
        self.sort_combo.addItems([self.tr("Theo số chuyến"), self.tr("Theo tên")])
        self.sort_combo.setToolTip(self.tr("Sắp xếp nước chủ nhà và trưởng đoàn"))
        self.model = VisitFacetModel(self)
        self.proxy = VisitFacetProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView(self)
        self.tree.setObjectName("visitFacets")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.proxy.sort(0, Qt.SortOrder.AscendingOrder)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._right_click_guard = RightClickGuard(self.tree)  # a right-click must not choose first

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
        selection.changed.connect(self.on_selection_changed)
        archive.contents_changed.connect(self.reload)
        self.reload()

    def country_menu(self, index: QModelIndex) -> QMenu:
        """"Hồ sơ quốc gia: Lào…" on a foreign host country; nothing on leaders or the unknown."""
        menu = QMenu(self)
        country = index.data(VALUE_ROLE) if index.isValid() and index.data(FACET_ROLE) == "countries" else None
        if country and country != VIETNAM:
            action = menu.addAction(self.tr("Hồ sơ quốc gia: {country}…").format(country=country))
            action.setObjectName("countryDossier")
            action.triggered.connect(lambda _c=False: self.dossier_requested.emit("country", country))
        return menu

    def on_context_menu(self, pos: QPoint) -> None:
        menu = self.country_menu(self.tree.indexAt(pos))
        if menu.actions():
            pop_up(self, menu, self.tree, pos)

    # --- incoming ----------------------------------------------------------------------------
    def reload(self) -> None:
        self._shown = {}
        self.on_selection_changed()

    def on_selection_changed(self) -> None:
        flt = self._selection.filter
        blocker = QSignalBlocker(self.tree.selectionModel())
        for field, column in FACETS:
            # a facet's counts ignore its own choice: they say what choosing more would add
            basis = flt.with_(**{field: frozenset()})
            cached = self._shown.get(field)
            facets = cached[1] if cached and cached[0] == basis else visit_facets(self._archive.db, column, basis)
            # a chosen value the other filters leave without visits stays listed (0), so it can
            # be seen and unchosen
            missing = getattr(flt, field) - {f["name"] for f in facets}
            if cached is None or cached[0] != basis or cached[2] != missing:
                self._shown[field] = (basis, facets, missing)
                extra = [{"name": v, "visits": 0, "articles": 0} for v in sorted(missing)]
                self.model.set_facets(field, facets + extra)
                self.tree.expand(self.proxy.mapFromSource(self.model.group_index(field)))
        self._apply_selection(flt)
        del blocker
        self.tree.viewport().update()

    def _apply_selection(self, flt: Filter) -> None:
        wanted = {"countries": flt.countries, "leaders": flt.leaders}
        if wanted == self.selected_values():
            return
        chosen = QItemSelection()
        for field, values in wanted.items():
            for value in values:
                index = self.proxy.mapFromSource(self.model.index_of(field, value))
                if index.isValid():
                    chosen.select(index, index)
        self.tree.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # --- outgoing ----------------------------------------------------------------------------
    def selected_values(self) -> dict[str, frozenset[str]]:
        out: dict[str, set[str]] = {"countries": set(), "leaders": set()}
        for index in self.tree.selectionModel().selectedIndexes():
            field = index.data(FACET_ROLE)
            if field in out:
                out[field].add(index.data(VALUE_ROLE))
        return {k: frozenset(v) for k, v in out.items()}

    def on_tree_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        # a plain click chooses within its own group: the other group's choice stays (∧)
        groups = {i.data(FACET_ROLE) for i in selected.indexes()}
        keep = QItemSelection()
        for index in deselected.indexes():
            if groups and index.data(FACET_ROLE) not in groups:
                keep.select(index, index)
        if not keep.isEmpty():
            with QSignalBlocker(self.tree.selectionModel()):
                self.tree.selectionModel().select(keep, QItemSelectionModel.SelectionFlag.Select)
        chosen = self.selected_values()
        flt = self._selection.filter
        # values chosen elsewhere (a timeline lane) but filtered out of view here are kept
        hidden = {f: frozenset(v for v in getattr(flt, f) if not self._visible(f, v)) for f in chosen}
        self._selection.update_filter(countries=chosen["countries"] | hidden["countries"],
                                      leaders=chosen["leaders"] | hidden["leaders"])

    def _visible(self, field: str, value: str) -> bool:
        return self.proxy.mapFromSource(self.model.index_of(field, value)).isValid()

    def on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        if text:
            self.tree.expandAll()

    def on_sort_changed(self, index: int) -> None:
        self.proxy.set_sort_by_name(index == 1)

    def index_of(self, field: str, value: str) -> QModelIndex:
        """Proxy index of a facet value (for tests and keyboard navigation)."""
        return self.proxy.mapFromSource(self.model.index_of(field, value))

    def labels(self, field: str) -> list[str]:
        """The group's item texts in their shown order."""
        group = self.proxy.mapFromSource(self.model.group_index(field))
        return [self.proxy.index(r, 0, group).data() for r in range(self.proxy.rowCount(group))]
