"""The backprop inspector's network diagram: every unit with z, y, ∂E/∂y, ∂E/∂z, and
every weight as a line coloured and thickened by ∂E/∂w.

Items are made only when the network's shape changes; each new probe result updates
their texts and pens. A net too big to label (more than ``MAX_LABELLED_UNITS`` in a layer
or ``MAX_LABELLED_HIDDEN`` hidden layers) is drawn as small circles whose numbers show on
hover (tooltips) and in the equations of the selected item. The weights are one item
(gui.views.backprop_edges), hit-tested here on hover and click.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QToolTip,
)

from gui.colors import POSITIVE
from gui.views.backprop_edges import EdgesItem

MAX_LABELLED_UNITS = 8
MAX_LABELLED_HIDDEN = 4
#: Boxes of a labelled net, and circles of a big one (scene units, about pixels).
BOX_W, BOX_H, BOX_PITCH_Y, BOX_PITCH_X = 112.0, 78.0, 86.0, 150.0
DOT, DOT_PITCH_Y, DOT_PITCH_X = 20.0, 28.0, 120.0
SELECTED = QColor(20, 20, 20)
HOVERED = QColor(*POSITIVE)
#: How close (in pixels) the mouse must be to a line to hover or pick it.
PICK_PIXELS = 5.0


@dataclass(frozen=True)
class Selection:
    """A unit (``kind == "unit"``: unit layer ``layer``, unit ``j``) or a weight
    (``kind == "weight"``: Linear layer ``layer``, from unit ``i`` below to ``j`` above)."""
    kind: str
    layer: int
    j: int
    i: int = -1


def fmt(value: float) -> str:
    """Three significant digits, with a real minus sign."""
    text = f"{float(value):.3g}"
    return text.replace("-", "−")


def fits_labels(widths: tuple[int, ...]) -> bool:
    return max(widths) <= MAX_LABELLED_UNITS and len(widths) - 2 <= MAX_LABELLED_HIDDEN


class _Unit:
    """A unit's box or dot: hover outline, tooltip made on hover, click to select."""

    def setup(self, diagram: BackpropDiagram, key: Selection) -> None:
        self.diagram, self.key = diagram, key
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.setToolTip(self.diagram.tooltip(self.key))
        self.diagram.set_hovered(self.key)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802
        self.diagram.set_hovered(None)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.diagram.select(self.key)


class UnitBox(_Unit, QGraphicsRectItem):
    pass


class UnitDot(_Unit, QGraphicsEllipseItem):
    pass


class BackpropDiagram(QGraphicsView):
    #: A unit or weight was clicked: the Selection.
    selectionChanged = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor("white")))
        self.setMinimumSize(200, 150)
        self.setMouseTracking(True)
        self.units: dict[Selection, QGraphicsRectItem | QGraphicsEllipseItem] = {}
        self.unit_texts: dict[Selection, list[QGraphicsSimpleTextItem]] = {}
        self.edges: EdgesItem | None = None
        self.selection: Selection | None = None
        self.hovered: Selection | None = None
        self.labelled = True
        self.data = None
        self.names: list[list[str]] = []
        self._shape: tuple | None = None

    # -- building --------------------------------------------------------------------
    def _rebuild(self, widths: tuple[int, ...]) -> None:
        scene = self.scene()
        scene.clear()
        self.units.clear()
        self.unit_texts.clear()
        self.labelled = fits_labels(widths)
        w, h = (BOX_W, BOX_H) if self.labelled else (DOT, DOT)
        pitch_x, pitch_y = (BOX_PITCH_X, BOX_PITCH_Y) if self.labelled else (
            DOT_PITCH_X, DOT_PITCH_Y)
        tallest = max(widths)
        centres = [[(layer * pitch_x + w / 2, (tallest - n) * pitch_y / 2 + u * pitch_y + h / 2)
                    for u in range(n)] for layer, n in enumerate(widths)]
        segments, keys = [], []
        for layer in range(len(widths) - 1):
            for j, (x1, y1) in enumerate(centres[layer + 1]):
                for i, (x0, y0) in enumerate(centres[layer]):
                    segments.append((x0 + w / 2, y0, x1 - w / 2, y1))
                    keys.append((layer, j, i))
        self.edges = EdgesItem(np.array(segments), np.array(keys))
        self.edges.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        scene.addItem(self.edges)
        font = QFont()
        font.setPointSizeF(8.5)
        for layer, column in enumerate(centres):
            for u, (cx, cy) in enumerate(column):
                key = Selection("unit", layer, u)
                rect = QRectF(cx - w / 2, cy - h / 2, w, h)
                item = UnitBox(rect) if self.labelled else UnitDot(rect)
                item.setup(self, key)
                item.setZValue(1)
                light = layer in (0, len(widths) - 1)
                item.setBrush(QBrush(QColor(243, 246, 250) if light else QColor(250, 250, 250)))
                scene.addItem(item)
                self.units[key] = item
                if self.labelled:
                    texts = []
                    for row in range(5):
                        text = QGraphicsSimpleTextItem(item)
                        text.setFont(font)
                        text.setPos(rect.left() + 6, rect.top() + 3 + row * 14.5)
                        # Clicks on the text select the box under it.
                        text.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                        texts.append(text)
                    self.unit_texts[key] = texts
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self._fit()

    # -- updating --------------------------------------------------------------------
    def show_data(self, data, names: list[list[str]]) -> None:
        """Numbers of a BackpropData; ``names[layer][unit]`` titles each unit."""
        self.data, self.names = data, names
        widths = tuple(len(y) for y in data.y)
        if self._shape != widths:
            self._shape = widths
            self._rebuild(widths)
        if self.selection is not None and not self._exists(self.selection):
            self.selection = None
        for key, texts in self.unit_texts.items():
            for text, line in zip(texts, self.unit_lines(key.layer, key.j)):
                text.setText(line)
        # The lines were made layer by layer, row j by column i: each matrix's ravel order.
        self.edges.set_gradients(np.concatenate([g.ravel() for g in data.dE_dw]))
        self._restyle()

    def unit_lines(self, layer: int, j: int) -> list[str]:
        data, name = self.data, self.names[layer][j]
        if layer == 0:
            return [name, f"y  {fmt(data.y[0][j])}", f"∂E/∂y  {fmt(data.dE_dy[0][j])}"]
        return [name, f"z  {fmt(data.z[layer][j])}", f"y  {fmt(data.y[layer][j])}",
                f"∂E/∂y  {fmt(data.dE_dy[layer][j])}", f"∂E/∂z  {fmt(data.dE_dz[layer][j])}"]

    def tooltip(self, key: Selection) -> str:
        if self.data is None:
            return ""
        if key.kind == "unit":
            return "\n".join(self.unit_lines(key.layer, key.j))
        data, names = self.data, self.names
        return (f"{names[key.layer][key.i]} → {names[key.layer + 1][key.j]}\n"
                f"w  {fmt(data.weights[key.layer][key.j, key.i])}\n"
                f"∂E/∂w  {fmt(data.dE_dw[key.layer][key.j, key.i])}\n"
                f"−η·∂E/∂w  {fmt(data.delta_w[key.layer][key.j, key.i])}")

    def _restyle(self) -> None:
        for key, item in self.units.items():
            emphasis = SELECTED if key == self.selection else (
                HOVERED if key == self.hovered else None)
            item.setPen(QPen(emphasis or QColor(150, 150, 150),
                             2.6 if emphasis is not None else 1.0))
        if self.edges is None:
            return
        self.edges.emphasis = []
        for key, color in ((self.hovered, HOVERED), (self.selection, SELECTED)):
            if key is not None and key.kind == "weight":
                index = self.edges.index_of(key.layer, key.j, key.i)
                if index is not None:
                    self.edges.emphasis.append((index, color))
        self.edges.update()

    # -- selection and hover -----------------------------------------------------------
    def _exists(self, key: Selection) -> bool:
        if key.kind == "unit":
            return key in self.units
        return self.edges is not None and self.edges.index_of(key.layer, key.j, key.i) \
            is not None

    def select(self, key: Selection | None, notify: bool = True) -> None:
        self.selection = key
        self._restyle()
        if notify and key is not None:
            self.selectionChanged.emit(key)

    def set_hovered(self, key: Selection | None) -> None:
        if key != self.hovered:
            self.hovered = key
            self._restyle()

    def _weight_at(self, pos) -> Selection | None:
        if self.edges is None or self.itemAt(pos) not in (None, self.edges):
            return None  # a unit is under the mouse: it takes the event
        scene = self.mapToScene(pos)
        index = self.edges.nearest(scene.x(), scene.y(), PICK_PIXELS / self.transform().m11())
        if index is None:
            return None
        layer, j, i = (int(v) for v in self.edges.keys[index])
        return Selection("weight", layer, j, i)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        key = self._weight_at(event.position().toPoint())
        if key is not None or (self.hovered is not None and self.hovered.kind == "weight"):
            self.set_hovered(key)
            if key is not None:
                QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(key), self)
            else:
                QToolTip.hideText()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        key = self._weight_at(event.position().toPoint())
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            self.select(key)
            return
        super().mousePressEvent(event)

    # -- size ----------------------------------------------------------------------------
    def _fit(self) -> None:
        rect = self.scene().sceneRect()
        if rect.isEmpty() or self.viewport().width() < 10:
            return
        scale = min(self.viewport().width() / rect.width(),
                    self.viewport().height() / rect.height())
        # Never blow the numbers up, and keep them readable: scroll rather than shrink
        # below 60 %.
        scale = min(1.3, max(scale, 0.6 if self.labelled else 0.2))
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()
