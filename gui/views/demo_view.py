"""What every demo view is to the window (gui/views/registry.py, gui/view_tabs.py).

A demo view is a tab beside the output map. The window asks it for its ``title()`` and
the probes it needs while visible (``probe_names()``), feeds it each newest Snapshot
(``show_snapshot``), and listens to its four signals.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class DemoView(QWidget):
    #: Engine commands for the training process (SetProbeOptions, StepOnPoint, ...).
    commandRequested = Signal(object)
    #: A message for the window's banner.
    problem = Signal(str)
    #: A partial experiment dict laid over the current one (e.g. add a hidden layer).
    changeRequested = Signal(dict)
    #: Show another tab: "output", "landscape" or a demo view's name.
    tabRequested = Signal(str)

    def title(self) -> str:
        raise NotImplementedError

    def probe_names(self) -> set[str]:
        raise NotImplementedError

    def show_snapshot(self, snap) -> None:
        raise NotImplementedError


def notice_page(label: QLabel, button: QWidget | None = None) -> QWidget:
    """A page that says what a view needs, centred, with a button that makes it so."""
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(label)
    if button is not None:
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(2)
    return page
