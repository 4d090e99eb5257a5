"""The banner over the window's panels: one message at a time (a refused setting, a
file that cannot be read, a run that diverged), with a button that closes it."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton


class Banner(QObject):
    """The message ``label`` and its ``close_button``, laid out by ``row()``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("banner")
        self.label.setWordWrap(True)
        self.close_button = QToolButton(text="✕")
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def row(self) -> QHBoxLayout:
        """The label and its close button side by side (hidden, the row takes no room)."""
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button)
        return row

    def show(self, text: str) -> None:
        self.label.setText(text)
        self.label.show()
        self.close_button.show()

    def hide(self) -> None:
        self.label.hide()
        self.close_button.hide()
