"""The demo gallery: every demo file in resources/demos, by title, with its caption."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from engine.shared.demos import Demo


class GalleryPanel(QWidget):
    demoChosen = Signal(str)

    def __init__(self, demos: list[Demo], language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demos = {d.id: d for d in demos}
        self.list = QListWidget()
        self.list.setObjectName("gallery")
        self.list.setWordWrap(True)
        for demo in demos:
            item = QListWidgetItem(demo.text("title", language))
            item.setData(Qt.ItemDataRole.UserRole, demo.id)
            item.setToolTip(demo.text("caption", language))
            self.list.addItem(item)
        self.list.itemClicked.connect(
            lambda item: self.demoChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.list.itemActivated.connect(
            lambda item: self.demoChosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        heading = QLabel(self.tr("Demos"))
        heading.setObjectName("heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)

    def select(self, demo_id: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == demo_id:
                self.list.setCurrentItem(item)
                return

    def item_for(self, demo_id: str) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == demo_id:
                return item
        return None
