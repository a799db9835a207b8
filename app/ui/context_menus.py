"""Context menus of the item views that act on the row that was right-clicked, always.

A right-button press on a QAbstractItemView selects the row under it. In this window a selection
is a filter: selecting an entity re-counts and re-sorts the sidebar, so by the time the menu opens
another row stands under the cursor and the menu would act on it. The guard keeps right-button
presses from changing the selection; the view's menu reads its target from the row under the
press, before anything moves, and pops up without blocking (tests reach it as ``context_menu``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

_MOUSE_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick)


class RightClickGuard(QObject):
    """Event filter on an item view's viewport: right-button presses never select."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Consumed: the platform still sends the ContextMenu event for the click.
        return event.type() in _MOUSE_EVENTS and event.button() == Qt.MouseButton.RightButton


def pop_up(owner: QWidget, menu: QMenu, view: QAbstractItemView, pos: QPoint) -> QMenu:
    """Show ``menu`` at ``pos`` (viewport coordinates) without blocking; the owner's previous
    context menu is deleted. Returns the menu (kept as ``owner.context_menu``)."""
    previous = getattr(owner, "context_menu", None)
    if previous is not None:
        previous.close()
        previous.deleteLater()
    owner.context_menu = menu
    menu.popup(view.viewport().mapToGlobal(pos))
    return menu
