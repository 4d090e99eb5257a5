"""A recurrent layer's states as a units × time heatmap, under a strip of the sequence's
tokens (and targets, predictions) whose cells stay lined up with the heatmap's columns;
beneath it, one unit's values over time on the same x axis.

The x axis is time: step t spans [t, t + 1). A long sequence shows a window of it at a
readable cell width; dragging or the wheel scrolls and zooms in time only. Both plots get
the same left-axis width, so their columns line up too.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.colors import POSITIVE
from gui.views.plots import plain_plot
from gui.views.sequence_strip import SequenceStrip

#: Width of both plots' left axes (px), so their data areas start at the same x.
AXIS_WIDTH = 72
#: Narrowest step (px) shown at first; a longer sequence opens on a window of it.
MIN_CELL = 10.0
#: The unit's curve has a dot per step up to this many steps.
SYMBOLS_UP_TO = 100


class StateHeatmap(QWidget):
    """The strip and the heatmap. ``unitClicked(u)`` on a click on row u; ``hovered(t, u)``
    while the mouse is over cell (t, u), (-1, -1) when it leaves the cells."""

    unitClicked = Signal(int)
    hovered = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = SequenceStrip()
        self.plot = plain_plot(None, self.tr("unit"))
        self.plot.hideAxis("bottom")
        self.plot.getAxis("left").setWidth(AXIS_WIDTH)
        self.view_box = self.plot.getPlotItem().vb
        self.view_box.invertY(True)  # unit 0 on top, as a list reads
        self.view_box.setMouseEnabled(x=True, y=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.marker = pg.PlotDataItem(pen=pg.mkPen((20, 20, 20), width=2))
        self.plot.addItem(self.image)
        self.plot.addItem(self.marker)
        self.plot.scene().sigMouseMoved.connect(self._moved)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.view_box.sigXRangeChanged.connect(self.sync_strip)
        self.view_box.sigResized.connect(self.sync_strip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.strip)
        layout.addWidget(self.plot, 1)
        #: (units, steps) of the image shown.
        self.shape = (0, 0)
        self.selected = -1

    def set_image(self, rgba: np.ndarray) -> None:
        """(units, steps, 4) uint8 pixels; a new shape resets the window to the start."""
        units, steps = rgba.shape[:2]
        self.image.setImage(rgba, autoLevels=False)
        if (units, steps) != self.shape:
            self.shape = (units, steps)
            self.image.setRect(0, 0, steps, units)
            vb = self.view_box
            vb.setLimits(xMin=0, xMax=steps, yMin=0, yMax=units,
                         minXRange=min(steps, 4), maxXRange=steps)
            room = vb.width() if vb.width() > 50 else 600.0
            shown = min(steps, max(int(room / MIN_CELL), 8))
            vb.setRange(xRange=(0, shown), yRange=(0, units), padding=0)
            self.mark(self.selected)
        self.sync_strip()

    def mark(self, unit: int) -> None:
        """A frame around row ``unit`` (none for -1)."""
        self.selected = unit
        units, steps = self.shape
        if 0 <= unit < units:
            self.marker.setData([0, steps, steps, 0, 0], [unit, unit, unit + 1, unit + 1, unit])
        else:
            self.marker.setData([], [])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.sync_strip()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.sync_strip()

    def sync_strip(self, *_args) -> None:
        """Give the strip the pixel geometry of the heatmap's columns."""
        vb = self.view_box
        (x0, x1), _y = vb.viewRange()
        rect = vb.sceneBoundingRect()
        if x1 <= x0 or rect.width() <= 0:
            return
        left = self.plot.mapFromScene(rect.topLeft())
        right = self.plot.mapFromScene(rect.topRight())
        left_x = self.strip.mapFrom(self, self.plot.mapTo(self, left)).x()
        right_x = self.strip.mapFrom(self, self.plot.mapTo(self, right)).x()
        self.strip.set_columns(float(left_x), float(right_x), float(x0),
                               (right_x - left_x) / (x1 - x0))

    def cell_at(self, scene_pos) -> tuple[int, int]:
        """(step, unit) under a scene position, (-1, -1) off the cells."""
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            return -1, -1
        point = self.view_box.mapSceneToView(scene_pos)
        t, u = int(np.floor(point.x())), int(np.floor(point.y()))
        units, steps = self.shape
        return (t, u) if 0 <= t < steps and 0 <= u < units else (-1, -1)

    def widget_pos(self, step: float, unit: float) -> QPoint:
        """Where view point (step, unit) is in the plot widget (for tests and tooltips)."""
        return self.plot.mapFromScene(self.view_box.mapViewToScene(QPointF(step, unit)))

    def _moved(self, scene_pos) -> None:
        self.hovered.emit(*self.cell_at(scene_pos))

    def _clicked(self, event) -> None:
        step, unit = self.cell_at(event.scenePos())
        if unit >= 0:
            self.unitClicked.emit(unit)


class UnitTrace:
    """One unit's value at every step, a dot per step at the middle of its column."""

    def __init__(self, bottom: str, left: str) -> None:
        self.plot = plain_plot(bottom, left)
        self.plot.getAxis("left").setWidth(AXIS_WIDTH)
        self.plot.getPlotItem().vb.setMouseEnabled(x=True, y=False)
        self.plot.setMinimumHeight(80)
        zero = pg.mkPen((170, 170, 170), style=Qt.PenStyle.DashLine)
        self.plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=zero))
        self.curve = self.plot.plot(pen=pg.mkPen(*POSITIVE, width=2), symbol="o",
                                    symbolSize=4, symbolPen=None,
                                    symbolBrush=pg.mkBrush(*POSITIVE))
        self.input_curve = self.plot.plot(pen=pg.mkPen((150, 150, 150), width=1.5))
        self.input_curve.setZValue(-1)
        self._levels = (0.0, 0.0)

    def show_input(self, values: np.ndarray | None) -> None:
        """A series' input under the unit's curve (grey), or none."""
        if values is None:
            self.input_curve.setData([], [])
        else:
            self.input_curve.setData(np.arange(len(values)) + 0.5, values)

    def show(self, values: np.ndarray, low: float, high: float) -> None:
        # Dots mark the steps while they are few enough to tell apart (and cheap).
        self.curve.setSymbol("o" if len(values) <= SYMBOLS_UP_TO else None)
        self.curve.setData(np.arange(len(values)) + 0.5, np.asarray(values, np.float64))
        if (low, high) != self._levels:
            self._levels = (low, high)
            self.plot.setYRange(low, high, padding=0.05)
            # Three labels (low, 0, high) stay apart even on a short plot.
            ticks = [(v, f"{v:.3g}") for v in (low, (low + high) / 2, high)]
            self.plot.getAxis("left").setTicks([ticks, []])
