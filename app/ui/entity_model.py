"""Tree model of the entity sidebar: Người / Tổ chức / Địa điểm groups of facets with article counts.

Each entity item carries the id it filters on (glue / Anki: an item stands for a filter). A proxy
filters by diacritics-insensitive text and sorts by count or by name; groups keep their order.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from app.nlp.text import fold_diacritics

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4

GROUP_TYPES = ["person", "organization", "location"]
TYPE_COLOURS = {"person": "#1f5fa8", "organization": "#7a3d9c", "location": "#1d7a4c"}


def entity_label(facet: dict) -> str:
    """"Lương Cường — Chủ tịch nước (2)"."""
    label = facet["name"]
    if facet.get("title"):
        label += f" — {facet['title']}"
    return f"{label} ({facet['articles']})"


class EntityTreeModel(QStandardItemModel):
    """Three fixed groups; their children are replaced when the facets change."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._group_names = {"person": self.tr("Người"), "organization": self.tr("Tổ chức"),
                             "location": self.tr("Địa điểm")}
        self._groups: dict[str, QStandardItem] = {}
        for order, type_ in enumerate(GROUP_TYPES):
            item = QStandardItem(self._group_names[type_])
            item.setEditable(False)
            item.setSelectable(False)
            item.setData(order, GROUP_ROLE)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.appendRow(item)
            self._groups[type_] = item

    def group_index(self, type_: str) -> QModelIndex:
        return self._groups[type_].index()

    def set_facets(self, facets: list[dict]) -> None:
        by_type: dict[str, list[dict]] = {t: [] for t in GROUP_TYPES}
        for facet in facets:
            by_type.setdefault(facet["type"] if facet["type"] in by_type else "location", []).append(facet)
        for type_, group in self._groups.items():
            group.removeRows(0, group.rowCount())
            rows = []
            for facet in by_type[type_]:
                item = QStandardItem(entity_label(facet))
                item.setEditable(False)
                item.setData(facet["id"], ENTITY_ID_ROLE)
                item.setData(facet["articles"], COUNT_ROLE)
                item.setData(fold_diacritics(facet["name"]), KEY_ROLE)
                item.setForeground(QBrush(QColor(TYPE_COLOURS.get(type_, "#333333"))))
                tip = facet["name"] + (f"\n{facet['title']}" if facet.get("title") else "")
                if facet.get("country"):
                    tip += f"\n{facet['country']}"
                item.setToolTip(tip)
                rows.append(item)
            if rows:
                group.appendRows(rows)
            group.setText(f"{self._group_names[type_]} ({len(rows)})")

    def index_of_entity(self, entity_id: int) -> QModelIndex:
        for group in self._groups.values():
            for row in range(group.rowCount()):
                child = group.child(row)
                if child.data(ENTITY_ID_ROLE) == entity_id:
                    return child.index()
        return QModelIndex()


class EntityFilterProxy(QSortFilterProxyModel):
    """Diacritics-insensitive text filter; sort by article count (default) or by name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._by_name = False
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        needle = fold_diacritics(text.strip())
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_sort_by_name(self, by_name: bool) -> None:
        self._by_name = by_name
        self.invalidate()
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not source_parent.isValid():
            return True  # groups always shown
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(KEY_ROLE) or "")

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        if not left.parent().isValid():
            return (left.data(GROUP_ROLE) or 0) < (right.data(GROUP_ROLE) or 0)
        lkey, rkey = left.data(KEY_ROLE) or "", right.data(KEY_ROLE) or ""
        if self._by_name:
            return lkey < rkey
        lcount, rcount = left.data(COUNT_ROLE) or 0, right.data(COUNT_ROLE) or 0
        return (-lcount, lkey) < (-rcount, rkey)
