"""The layer builder's tree of rows: one per layer (a residual block's layers under it),
the head's last, with each row's shapes, misfit marks, parameter editors
(gui/panels/layer_editors.py), and drag and drop to move a layer."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDrag, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from engine.shared.layers.errors import SpecError
from engine.shared.layers.infer import HEAD_LABEL, Row
from gui.messages import error_text
from gui.panels.layer_commands import Path, path_of, position_of
from gui.panels.layer_editors import ParamEditors

#: Mime type of a dragged row: its position ("3.1"), so a drop never needs the drag source.
LAYER_MIME = "application/x-deepscope-layer-position"
#: Item data role holding a row's position ("3.1", or "out" for the head).
POSITION_ROLE = Qt.ItemDataRole.UserRole
MISFIT_BACKGROUND = QColor("#f8d7da")
UNKNOWN = "\u2014"  # an em dash: no shape after a misfit
POSITION, LABEL, SETTINGS, OUTPUT, PARAMS = range(5)


def layer_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setData(LAYER_MIME, position_of(path).encode())
    return mime


class StackTree(QTreeWidget):
    """The rows of the stack, the head's last. A drag carries the row's position; a drop
    asks the builder to move the layer (``layerMoved(source, target)``) rather than moving
    items itself, so the stack tuple stays the one truth and a move is one undo step."""

    layerMoved = Signal(object, object)
    #: (position, parameter name, new value) from a row's editor.
    paramEdited = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block_sizes: dict[Path, int] = {}  # residual block path -> layers inside
        self.top_level_layers = 0
        self._items: dict[str, QTreeWidgetItem] = {}
        self._editors: dict[str, ParamEditors] = {}
        self._shown: tuple | None = None  # (position, kind) of the rows held
        self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.setColumnCount(5)
        self.setHeaderLabels([self.tr("#"), self.tr("Layer"), self.tr("Settings"),
                              self.tr("Output"), self.tr("Parameters")])
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(16)
        header = self.header()
        # Columns as wide as their contents (the editors included): a narrow panel scrolls
        # sideways instead of squeezing the editors' labels; the last column takes the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # A light selection, so the editors' small grey labels stay readable on it.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#cfe3f7"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#111111"))
        self.setPalette(palette)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def item_at(self, position: str) -> QTreeWidgetItem | None:
        return self._items.get(position)

    def editors_at(self, position: str) -> ParamEditors:
        return self._editors[position]

    def path_of_item(self, item: QTreeWidgetItem | None) -> Path | None:
        position = item.data(POSITION, POSITION_ROLE) if item else None
        return path_of(position) if position and position != "out" else None

    # -- rows ---------------------------------------------------------------------------------
    def show_rows(self, rows: list[Row], error: SpecError | None, n_outputs: int | None) -> None:
        """Show inferred rows; the items (and editors) are made anew only when the layers'
        kinds or places changed, so an edited value keeps its spin box and focus."""
        shown = tuple((row.position, row.layer.kind if row.layer else None) for row in rows)
        if shown != self._shown:
            self._rebuild(rows)
            self._shown = shown
        for row in rows:
            self._update(row, error, n_outputs)

    def _rebuild(self, rows: list[Row]) -> None:
        self.blockSignals(True)  # no selection signals for rows about to go
        self.clear()
        self._items.clear()
        self._editors.clear()
        self.block_sizes = {}
        self.top_level_layers = sum(1 for row in rows if row.depth == 0 and row.layer)
        for row in rows:
            parent = self._items.get(row.position.rpartition(".")[0])
            item = QTreeWidgetItem(parent if parent else self)
            item.setData(POSITION, POSITION_ROLE, row.position)
            self._items[row.position] = item
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if row.layer is None:  # the output head: fixed, last, not editable
                item.setFlags(flags)
                continue
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if row.layer.kind == "residual":
                flags |= Qt.ItemFlag.ItemIsDropEnabled
                item.setForeground(SETTINGS, QBrush(QColor("#666666")))
                self.block_sizes[path_of(row.position)] = len(row.layer.body)
            item.setFlags(flags)
            if row.layer.info.params:
                editors = ParamEditors(row.layer)
                editors.valueEdited.connect(
                    lambda name, value, p=row.position: self.paramEdited.emit(p, name, value))
                self._editors[row.position] = editors
                self.setItemWidget(item, SETTINGS, editors)
        self.expandAll()
        self.blockSignals(False)

    def _update(self, row: Row, error: SpecError | None, n_outputs: int | None) -> None:
        item = self._items[row.position]
        item.setText(POSITION, self.tr("out") if row.layer is None else row.position)
        item.setText(LABEL, self.tr("Output (Linear)") if row.label == HEAD_LABEL else row.label)
        if row.layer is None:
            item.setText(SETTINGS, (self.tr("1 output") if n_outputs == 1
                                       else self.tr("%n outputs", "", n_outputs)))
        elif row.layer.kind == "residual":
            item.setText(SETTINGS, self.tr("adds its input to the output of the layers in it"))
        elif row.position in self._editors:
            self._editors[row.position].show_layer(row.layer)
        known = row.output is not None
        item.setText(OUTPUT, str(row.output) if known else UNKNOWN)
        item.setText(PARAMS, f"{row.params:,}" if known or row.params else UNKNOWN)
        item.setTextAlignment(PARAMS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        misfit = error is not None and error.position == row.position
        tip = error_text(error) if misfit else (self.tr("Input: {0}").format(row.input)
                                         if row.input else "")
        for column in range(self.columnCount()):
            item.setBackground(column, QBrush(MISFIT_BACKGROUND) if misfit else QBrush())
            item.setToolTip(column, tip)
        item.setIcon(LABEL, self._warning if misfit else QIcon())

    # -- drag and drop ------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt's name)
        return [LAYER_MIME]

    def drop_target(self, pos) -> Path:
        """Where a layer dropped at viewport point ``pos`` goes (a path before the move):
        the upper half of a row puts it before that row, the lower half after; the middle
        of a residual block's row, or just under it, puts it inside the block."""
        item = self.itemAt(pos)
        path = self.path_of_item(item)
        if path is None:  # empty space or the head: the end of the stack
            return (self.top_level_layers,)
        rect = self.visualItemRect(item)
        fraction = (pos.y() - rect.top()) / max(1, rect.height())
        if path in self.block_sizes and fraction >= 0.25:
            return path + ((self.block_sizes[path] if fraction < 0.75 else 0),)
        return path if fraction < 0.5 else path[:-1] + (path[-1] + 1,)

    def startDrag(self, actions) -> None:  # noqa: N802 (Qt's name)
        item = self.currentItem()
        path = self.path_of_item(item)
        if path is None:
            return
        drag = QDrag(self)
        drag.setMimeData(layer_mime(path))
        drag.setPixmap(self.viewport().grab(self.visualItemRect(item)))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().dragMoveEvent(event)  # the drop indicator and auto-scrolling
        if event.mimeData().hasFormat(LAYER_MIME):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not event.mimeData().hasFormat(LAYER_MIME):
            event.ignore()
            return
        source = path_of(bytes(event.mimeData().data(LAYER_MIME)).decode())
        target = self.drop_target(event.position().toPoint())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)  # hides the drop indicator
        self.viewport().update()
        self.layerMoved.emit(source, target)
