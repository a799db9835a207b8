"""The one shared selection state: the current Filter and the selected article, observed by every view.

Views set it and observe it; they never call each other (napari / glue style). Setters do
nothing when the value is unchanged and emit a single ``changed`` otherwise, so a view that
re-applies the state it was just given cannot start a signal loop.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.store.query import Filter


class Selection(QObject):
    """Current Filter (entities ∧ text ∧ date range ∧ visits) plus the article being read."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = Filter()
        self._article_id: int | None = None

    @property
    def filter(self) -> Filter:
        return self._filter

    @property
    def article_id(self) -> int | None:
        return self._article_id

    @property
    def visit_ids(self) -> frozenset[int]:
        return self._filter.visit_ids

    def set_filter(self, flt: Filter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self.changed.emit()

    def update_filter(self, **changes) -> None:
        """Change some fields of the filter: ``update_filter(text="luong cuong")``."""
        self.set_filter(self._filter.with_(**changes))

    def set_article(self, article_id: int | None) -> None:
        if article_id == self._article_id:
            return
        self._article_id = article_id
        self.changed.emit()

    def set_visits(self, visit_ids: frozenset[int] | set[int]) -> None:
        self.update_filter(visit_ids=frozenset(visit_ids))

    def clear(self) -> None:
        """Drop every filter and the selected article, with one ``changed`` at most."""
        if self._filter.is_empty and self._article_id is None:
            return
        self._filter = Filter()
        self._article_id = None
        self.changed.emit()
