"""Tree model of the entity sidebar: Người / Tổ chức / Địa điểm groups of facets with article counts;
the entities of the article being read are marked (bold on a tint).

Each entity item carries the id it filters on (glue / Anki: an item stands for a filter). A proxy
filters by diacritics-insensitive text and sorts by count or by name; groups keep their order.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from app.nlp.text import fold_diacritics
from app.store.entity_counts import EntityInfo
from app.ui.correction_dialogs import CORRECTED_MARK

ENTITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4
TYPE_ROLE = Qt.ItemDataRole.UserRole + 5
NAME_ROLE = Qt.ItemDataRole.UserRole + 6
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 7
IN_ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 8  # True: the entity is in the article being read
# Precomputed ranks the proxy sorts on in C++ (a Python lessThan costs tens of ms per keystroke at
# 10,000 articles): by count (the facets' own order) and by folded name.
RANK_BY_COUNT_ROLE = Qt.ItemDataRole.UserRole + 9
RANK_BY_NAME_ROLE = Qt.ItemDataRole.UserRole + 10
HIDDEN_COLOUR = "#8a8a8a"
IN_ARTICLE_BG = "#fff1c2"

GROUP_TYPES = ["person", "organization", "location"]
# Items built per group; the rest appear as the sidebar's filter text finds them (building
# QStandardItems for every entity of a large archive takes seconds).
SHOWN_PER_GROUP = 150
TYPE_COLOURS = {"person": "#1f5fa8", "organization": "#7a3d9c", "location": "#1d7a4c"}


@lru_cache(maxsize=300_000)
def folded(name: str) -> str:
    """fold_diacritics, remembered: the same names come back on every keystroke."""
    return fold_diacritics(name)


@lru_cache(maxsize=16)
def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


def row_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is. Qt renders a tooltip that looks like markup as rich
    text, so a name such as ``<b>x</b><img src=…>`` would become bold text and an image: the text
    is escaped into a rich-text tooltip whose only markup is the line breaks."""
    return "<qt>" + html.escape(text, quote=False).replace("\n", "<br>") + "</qt>"


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
            item.setData(order, RANK_BY_COUNT_ROLE)
            item.setData(order, RANK_BY_NAME_ROLE)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.appendRow(item)
            self._groups[type_] = item
        self._highlighted: frozenset[int] = frozenset()

    def group_index(self, type_: str) -> QModelIndex:
        return self._groups[type_].index()

    def set_facets(self, facets: list[dict], corrected: set[int] | frozenset[int] = frozenset(),
                   hidden: list[dict] | None = None) -> None:
        """Facets as ``entity_facets`` gives them (dicts, most frequent first); see ``set_counts``."""
        info = {f["id"]: EntityInfo(f["id"], f["type"], f["name"], f.get("title"), f.get("kind"),
                                    f.get("country")) for f in facets}
        order = sorted(info.values(), key=lambda e: (folded(e.name), e.id))
        by_type: dict[str, list[tuple[int, int]]] = {t: [] for t in GROUP_TYPES}
        for f in facets:
            by_type[f["type"] if f["type"] in by_type else "location"].append((f["id"], f["articles"]))
        self.set_counts(by_type, info, {e.id: i for i, e in enumerate(order)}, corrected, hidden)

    def set_counts(self, by_type: Mapping[str, Sequence[tuple[int, int]]], info: Mapping[int, EntityInfo],
                   name_rank: Mapping[int, int], corrected: set[int] | frozenset[int] = frozenset(),
                   hidden: list[dict] | None = None) -> None:
        """(entity id, articles) of each group (GROUP_TYPES), most frequent first; the top
        SHOWN_PER_GROUP are built as items. ``info`` names the entities and ``name_rank`` orders
        them by name (any ranks that sort as the folded names do); ``corrected`` entity ids get
        the ✎ mark; ``hidden`` entities (id, name, type), when given, are listed greyed."""
        corrected = set(corrected)
        # The same entities, marks and hidden list as the items show (a search being typed): the
        # items that stay are updated in place, and only those that come or go are built or
        # removed (building every item again was most of the sidebar's time per keystroke).
        same = (getattr(self, "_info", None) is info and getattr(self, "_rank_by_name", None) is name_rank
                and getattr(self, "_corrected", None) == corrected and getattr(self, "_hidden", None) == hidden)
        self._corrected = corrected
        self._info = info
        self._rank_by_name = name_rank
        self._hidden = list(hidden) if hidden is not None else None
        self._facets = {t: by_type.get(t, []) for t in GROUP_TYPES}
        self._ranks: dict[int, tuple[int, int]] | None = None  # id → (count rank, count), when asked
        if same:
            self._update_counts()
            return
        self._built: set[int] = set()
        for type_, group in self._groups.items():
            group.removeRows(0, group.rowCount())
            self._add_items(type_, self._facets[type_][:SHOWN_PER_GROUP], first_rank=0)
            self._add_hidden(type_, [h for h in hidden or [] if (h.get("type") if h.get("type") in
                                     self._groups else "location") == type_])
            group.setText(f"{self._group_names[type_]} ({len(self._facets[type_])})")

    def _label(self, entity: EntityInfo, articles: int) -> str:
        label = entity.name + (f" — {entity.title}" if entity.title else "") + f" ({articles})"
        return label + (f" {CORRECTED_MARK}" if entity.id in self._corrected else "")

    def _update_counts(self) -> None:
        """``set_counts`` on the items already built: the top SHOWN_PER_GROUP of each group end
        up built (as a fresh build makes them), the others' items go; hidden items stay."""
        changes: list[tuple[QStandardItem, int, int]] = []  # (item, rank, articles) that stay
        for type_, group in self._groups.items():
            top = self._facets[type_][:SHOWN_PER_GROUP]
            wanted = {entity_id: (rank, articles) for rank, (entity_id, articles) in enumerate(top)}
            gone: list[int] = []
            for row in range(group.rowCount()):
                item = group.child(row)
                if item.data(HIDDEN_ROLE):
                    continue
                place = wanted.pop(item.data(ENTITY_ID_ROLE), None)
                if place is None:
                    gone.append(row)
                else:
                    changes.append((item, *place))
            for first, last in reversed(row_runs(gone)):
                for row in range(first, last + 1):
                    self._built.discard(group.child(row).data(ENTITY_ID_ROLE))
                group.removeRows(first, last - first + 1)
            self._add_items(type_, sorted(((i, a) for i, (_r, a) in wanted.items()), key=lambda p: wanted[p[0]][0]),
                            ranks={i: r for i, (r, _a) in wanted.items()})
            group.setText(f"{self._group_names[type_]} ({len(self._facets[type_])})")
        # The items that stay get their counts and ranks without a signal each (each would make
        # the proxy re-sort and the view repaint); one layout change re-sorts and repaints.
        self.layoutAboutToBeChanged.emit()
        blocked = self.blockSignals(True)
        try:
            for item, rank, articles in changes:
                if item.data(COUNT_ROLE) != articles:
                    item.setData(articles, COUNT_ROLE)
                    item.setText(self._label(self._info[item.data(ENTITY_ID_ROLE)], articles))
                if item.data(RANK_BY_COUNT_ROLE) != rank:
                    item.setData(rank, RANK_BY_COUNT_ROLE)
        finally:
            self.blockSignals(blocked)
        self.layoutChanged.emit()

    def _count_ranks(self) -> dict[int, tuple[int, int]]:
        """Entity id → (its place in its group, its count); built the first time it is needed."""
        if self._ranks is None:
            # counts come most frequent first (then by name): their position is the count rank
            self._ranks = {pair[0]: (i, pair[1]) for fs in self._facets.values() for i, pair in enumerate(fs)}
        return self._ranks

    def set_highlighted(self, entity_ids) -> None:
        """Mark the entities of the article being read (and unmark the others)."""
        self._highlighted = frozenset(entity_ids)
        for group in self._groups.values():
            for row in range(group.rowCount()):
                self._mark(group.child(row))

    def highlighted(self) -> frozenset[int]:
        return self._highlighted

    def _mark(self, item: QStandardItem) -> None:
        on = item.data(ENTITY_ID_ROLE) in self._highlighted
        if bool(item.data(IN_ARTICLE_ROLE)) == on:
            return
        item.setData(on or None, IN_ARTICLE_ROLE)
        font = item.font()
        font.setBold(on)
        item.setFont(font)
        item.setData(_brush(IN_ARTICLE_BG) if on else None, Qt.ItemDataRole.BackgroundRole)

    def hidden_count(self, type_: str) -> int:
        """Facets of a group not built as items yet (the "more" the group header counts)."""
        return len(getattr(self, "_facets", {}).get(type_, [])) - self._groups[type_].rowCount()

    def _add_items(self, type_: str, facets: list[tuple[int, int]], first_rank: int | None = None,
                   ranks: Mapping[int, int] | None = None) -> None:
        """Build items for (entity id, articles) pairs of a group; ``first_rank``: the pairs are
        the group's own from that place on (their count ranks); else ``ranks`` gives them, or
        they are looked up."""
        rows = []
        colour = _brush(TYPE_COLOURS.get(type_, "#333333"))
        for place, (entity_id, articles) in enumerate(facets):
            if entity_id in self._built:
                continue
            self._built.add(entity_id)
            entity = self._info[entity_id]
            marked = entity_id in self._corrected
            # (cloning one prototype item per group would be quicker, but crashed the GUI tests)
            item = QStandardItem(self._label(entity, articles))
            item.setEditable(False)
            item.setData(type_, TYPE_ROLE)
            item.setForeground(colour)
            item.setData(entity_id, ENTITY_ID_ROLE)
            item.setData(entity.name, NAME_ROLE)
            item.setData(articles, COUNT_ROLE)
            if first_rank is not None:
                rank = first_rank + place
            else:
                rank = ranks[entity_id] if ranks is not None else self._count_ranks().get(entity_id, (0, 0))[0]
            item.setData(rank, RANK_BY_COUNT_ROLE)
            item.setData(self._rank_by_name.get(entity_id, 0), RANK_BY_NAME_ROLE)
            item.setData(folded(entity.name), KEY_ROLE)
            tip = entity.name + (f"\n{entity.title}" if entity.title else "")
            if entity.country:
                tip += f"\n{entity.country}"
            if marked:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                tip += "\n" + self.tr("đã sửa tay")
            item.setToolTip(plain_tooltip(tip))
            if entity_id in self._highlighted:
                self._mark(item)
            rows.append(item)
        if rows:
            self._groups[type_].appendRows(rows)

    def _add_hidden(self, type_: str, hidden: list[dict]) -> None:
        rows = []
        for entity in hidden:
            item = QStandardItem(entity["name"] + " " + self.tr("(đã ẩn)"))
            item.setEditable(False)
            item.setData(entity["id"], ENTITY_ID_ROLE)
            item.setData(0, COUNT_ROLE)
            item.setData(1 << 30, RANK_BY_COUNT_ROLE)  # hidden ones last
            item.setData(1 << 30, RANK_BY_NAME_ROLE)
            item.setData(fold_diacritics(entity["name"]), KEY_ROLE)
            item.setData(type_, TYPE_ROLE)
            item.setData(entity["name"], NAME_ROLE)
            item.setData(True, HIDDEN_ROLE)
            item.setForeground(QBrush(QColor(HIDDEN_COLOUR)))
            self._built.add(entity["id"])
            rows.append(item)
        if rows:
            self._groups[type_].appendRows(rows)

    def show_matching(self, needle: str) -> None:
        """Build the items of the facets whose folded name contains needle (the filter box): the
        SHOWN_PER_GROUP most frequent of each group (building all of a one-letter filter's
        thousands took most of a second; the next letters narrow it down)."""
        info = getattr(self, "_info", {})
        for type_, facets in getattr(self, "_facets", {}).items():
            if not self.hidden_count(type_):
                continue
            wanted = []
            for pair in facets:
                if needle in folded(info[pair[0]].name):
                    wanted.append(pair)
                    if len(wanted) == SHOWN_PER_GROUP:
                        break
            self._add_items(type_, [f for f in wanted if f[0] not in self._built])

    def index_of_entity(self, entity_id: int) -> QModelIndex:
        entity = getattr(self, "_info", {}).get(entity_id)
        if entity is not None and entity_id not in self._built and entity_id in self._count_ranks():
            type_ = entity.type if entity.type in self._groups else "location"  # build it if it is not yet
            self._add_items(type_, [(entity_id, self._count_ranks()[entity_id][1])])
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
        self.setSortRole(RANK_BY_COUNT_ROLE)

    def set_text(self, text: str) -> None:
        needle = fold_diacritics(text.strip())
        if needle != self._needle:
            if needle and isinstance(self.sourceModel(), EntityTreeModel):
                self.sourceModel().show_matching(needle)
            self._needle = needle
            # One layout change, not row-by-row removals: a tree view handles thousands of those
            # one at a time (seconds for a one-letter filter on a large archive).
            self.invalidate()

    def set_sort_by_name(self, by_name: bool) -> None:
        self._by_name = by_name
        self.setSortRole(RANK_BY_NAME_ROLE if by_name else RANK_BY_COUNT_ROLE)
        self.sort(0, Qt.SortOrder.AscendingOrder)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not source_parent.isValid():
            return True  # groups always shown
        if not self._needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self._needle in (index.data(KEY_ROLE) or "")
