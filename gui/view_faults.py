"""A view that fails to draw keeps its fault to itself.

Every snapshot reaches the views through ``ViewFaults.draw``: an exception a view raises
(a bug, or data it did not expect, such as an image run's labels arriving at a view of
points) is caught there, logged once with its traceback, and reported as ``faulted``; the
other views draw on, and the view keeps its last good frame. Nothing raises into Qt's
event loop, where it would print a traceback and could leave the window half drawn.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("deepscope.views")


class ViewFaults(QObject):
    #: A view could not draw a snapshot: (the view, the error in one line).
    faulted = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Each fault seen, once: (view class, exception class, text).
        self.seen: list[tuple[str, str, str]] = []

    def draw(self, view, snap) -> bool:
        """``view.show_snapshot(snap)``; False if it raised (logged and reported once)."""
        try:
            view.show_snapshot(snap)
        except Exception as exc:  # noqa: BLE001 - any fault of a view stays in it
            key = (type(view).__name__, type(exc).__name__, str(exc))
            if key not in self.seen:
                self.seen.append(key)
                log.error("the %s could not draw step %s", key[0], snap.step, exc_info=exc)
                self.faulted.emit(view, f"{key[1]}: {key[2]}")
            return False
        return True
