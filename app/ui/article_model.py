"""Table model of the article list: only the ids a filter selects, rows fetched lazily a page at a time.

Anki's browser shape: ``article_ids`` returns ids in list order, ``article_rows`` fills a small
cache of rows when a row is painted, so 100,000 articles cost one id list and a few pages. A row
does not depend on the filter: the cache is kept while a search is typed (the first page of one
text is mostly the next one's) and dropped when the archive changes.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from sqlite_utils import Database

from app.store.query import APPROXIMATE_YEARS, Filter, article_ids, article_rows
from app.ui.correction_dialogs import CORRECTED_MARK

PAGE_SIZE = 200
MAX_ROWS = 10_000  # rows kept (the oldest fetched go first)

# (sort key for article_ids, field of article_rows)
COLUMNS: list[tuple[str, str]] = [
    ("date", "date"),
    ("title", "title"),
    ("leader", "leader"),
    ("country", "host_country"),
    ("source", "source"),
]

ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CORRECTED_ROLE = Qt.ItemDataRole.UserRole + 2  # True when the user corrected the cell's value

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ROLES_SHOWN = frozenset({_DISPLAY, int(Qt.ItemDataRole.ToolTipRole.value), int(Qt.ItemDataRole.FontRole.value),
                          int(CORRECTED_ROLE)})

# list field → the corrected fields (app.store.corrections.ARTICLE_FIELDS) it shows
CORRECTED_FIELDS = {
    "date": {"event_start", "event_end", "event_day_month", "event_end_day_month"},
    "leader": {"leader", "leader_title"},
    "host_country": {"host_country"},
}


class ArticleTableModel(QAbstractTableModel):
    """Rows = article ids of the current filter, in the chosen sort order."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = Filter()
        self._sort_column = 0
        self._descending = False
        self._ids: list[int] = []
        self._rows: OrderedDict[int, dict] = OrderedDict()  # article id → its row
        self._headers = [self.tr("Ngày"), self.tr("Tiêu đề"), self.tr("Trưởng đoàn"),
                         self.tr("Nước chủ nhà"), self.tr("Nguồn")]
        self._requery()

    # --- state -------------------------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def set_filter(self, flt: Filter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self._reset(keep_rows=True)

    def refresh(self) -> None:
        """The archive changed: the ids and every row are read again."""
        self._reset(keep_rows=False)

    def _reset(self, keep_rows: bool) -> None:
        self.beginResetModel()
        if not keep_rows:
            self._rows.clear()
        self._requery()
        self.endResetModel()

    def _requery(self) -> None:
        sort = COLUMNS[self._sort_column][0]
        self._ids = article_ids(self._db, self._filter, sort=sort, descending=self._descending)

    def row_of(self, article_id: int | None) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def _row(self, row: int) -> dict:
        article_id = self._ids[row]
        found = self._rows.get(article_id)
        if found is None:  # the rows of its page not read yet
            page = row // PAGE_SIZE
            missing = [i for i in self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE] if i not in self._rows]
            fetched = article_rows(self._db, missing)
            for i in missing:
                self._rows[i] = fetched.get(i, {})
            while len(self._rows) > MAX_ROWS:
                self._rows.popitem(last=False)
            found = self._rows.get(article_id, {})
        return found

    # --- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == ARTICLE_ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES_SHOWN:  # (plain ints: an enum's lookup on every call costs)
            return None
        row = self._row(index.row())
        column = index.column()
        field = COLUMNS[column][1]
        value = row.get(field) or ""
        marks = row.get("_corrected")
        if marks is None:  # which cells the user corrected, worked out once per row
            fixed = set(row.get("corrected") or [])
            marks = row["_corrected"] = [bool(CORRECTED_FIELDS.get(f, set()) & fixed) for _k, f in COLUMNS]
        corrected = marks[column]
        if role == _DISPLAY:
            return f"{value} {CORRECTED_MARK}" if corrected and value else value
        if role == CORRECTED_ROLE:
            return corrected
        if role == Qt.ItemDataRole.FontRole:
            if not corrected:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = value
            if field == "leader" and value and row.get("leader_title"):
                tip = f"{row['leader_title']} {value}"
            if field == "date":
                if row.get("year_basis") in APPROXIMATE_YEARS:
                    tip = self.tr("Năm được suy ra từ ngữ cảnh")
                elif value.endswith("????"):
                    tip = self.tr("Năm chưa rõ")
            if corrected:
                by_hand = self.tr("đã sửa tay")
                tip = f"{tip}\n{by_hand}" if tip else by_hand
            return tip
        if corrected and value:
            return f"{value} {CORRECTED_MARK}"
        return value

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._ids:
            return
        self._sort_column, self._descending = column, descending
        self._reset(keep_rows=True)
