"""The layer builder's palette: every kind of layer in the schema, under its group; a
click adds one after the selected layer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from engine.shared.layers.kinds import GROUPS, KINDS


class Palette(QTreeWidget):
    """Every kind of the schema under its group; a click (a double-click: one) adds it."""

    kindChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(10)
        self.setItemsExpandable(False)
        self._second_click = False
        titles = {"core": self.tr("Core"), "activation": self.tr("Activations"),
                  "conv": self.tr("Convolution"), "norm": self.tr("Normalisation"),
                  "recurrent": self.tr("Recurrent"), "structure": self.tr("Structure")}
        bold = QFont(self.font())
        bold.setBold(True)
        for group in GROUPS:
            heading = QTreeWidgetItem(self, [titles.get(group, group)])
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFont(0, bold)
            for kind in (k for k in KINDS.values() if k.group == group):
                item = QTreeWidgetItem(heading, [kind.label])
                item.setData(0, Qt.ItemDataRole.UserRole, kind.name)
                item.setToolTip(0, self.tr("Add {0} after the selected layer (into a selected "
                                           "residual block)").format(kind.label))
        self.expandAll()

    def item_of(self, kind: str) -> QTreeWidgetItem:
        for item in self.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, Qt.ItemDataRole.UserRole) == kind:
                return item
        raise KeyError(kind)

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        kind = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if kind:
            self.kindChosen.emit(kind)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        # A press on one kind dragged off onto another adds neither.
        pressed_here = item is not None and item is self.currentItem()
        if event.button() == Qt.MouseButton.LeftButton and pressed_here \
                and not self._second_click:
            self._choose(item)
        self._second_click = False

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # The first click of a double-click already added the layer: one layer, not two.
        self._second_click = True
        event.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._choose(self.currentItem())
        else:
            super().keyPressEvent(event)
