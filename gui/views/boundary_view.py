"""The output view: the network's output over the plane, with the training and test points.

Draws from a Snapshot only. The heatmap is one ImageItem updated with ``setImage`` on a
precomputed RGBA array; the scatter is rebuilt only when the points change.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.colors import class_rgba, diverging_rgba, point_colors
from gui.views.plots import plain_plot


class BoundaryView(QWidget):
    #: A click on the plane in "add points" mode: (x1, x2).
    pointClicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plain_plot()
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.getPlotItem().showGrid(False, False)
        # The axes never change here: keep them as cached pixmaps, not repainted each frame.
        for name in ("left", "bottom"):
            self.plot.getPlotItem().getAxis(name).setCacheMode(
                QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.train_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=1.2))
        self.test_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("k", width=1.2))
        self.plot.addItem(self.train_points)
        self.plot.addItem(self.test_points)
        self.plot.scene().sigMouseClicked.connect(self._on_click)

        self.show_test = QCheckBox(self.tr("Show test data"))
        self.discretize = QCheckBox(self.tr("Discretize output"))
        self.show_test.toggled.connect(self._redraw_points)
        self.discretize.toggled.connect(self._redraw_image)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        options = QHBoxLayout()
        options.addWidget(self.show_test)
        options.addWidget(self.discretize)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addLayout(options)
        layout.addWidget(self.caption)

        self._snapshot = None
        self._points_key = None
        self._focus: tuple[int, int] | None = None
        self.frames_drawn = 0

    # -- drawing -----------------------------------------------------------------------
    def show_snapshot(self, snap) -> None:
        self._snapshot = snap
        extent = snap.extent
        rect = QRectF(-extent, -extent, 2 * extent, 2 * extent)
        if self.image.width() is None or self._extent_drawn != extent:
            self.plot.setRange(rect, padding=0)
            self._extent_drawn = extent
        self._redraw_image()
        key = (snap.points.version, self.show_test.isChecked())
        if key != self._points_key:
            self._redraw_points()
        self.frames_drawn += 1

    _extent_drawn: float | None = None

    def focus_neuron(self, layer: int, unit: int) -> None:
        """Show one neuron's heatmap large instead of the output; (-1, -1) goes back."""
        self._focus = None if layer < 0 else (layer, unit)
        self._redraw_image()

    def current_rgba(self) -> np.ndarray | None:
        """The RGBA image drawn now (row 0 = bottom of the plane), for tests."""
        return self.image.image

    def _redraw_image(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        rgba = self._focused_rgba(snap) if self._focus else self._output_rgba(snap)
        if rgba is None:
            return
        extent = snap.extent
        self.image.setImage(rgba, autoLevels=False)
        self.image.setRect(QRectF(-extent, -extent, 2 * extent, 2 * extent))

    def _output_rgba(self, snap) -> np.ndarray | None:
        values = snap.boundary
        if values is None:
            return None
        discrete = self.discretize.isChecked()
        if values.ndim == 3:
            return class_rgba(values, discrete)
        if snap.problem == "regression":
            return diverging_rgba(values, -1.0, 1.0, discrete)
        return diverging_rgba(values, 0.0, 1.0, discrete)

    def _focused_rgba(self, snap) -> np.ndarray | None:
        maps = snap.neuron_maps
        layer, unit = self._focus
        if maps is None or layer >= len(maps) or unit >= len(maps[layer]):
            return None
        values = maps[layer][unit]
        if layer == 0:
            scale = float(np.abs(values).max()) or 1.0
            return diverging_rgba(values, -scale, scale)
        if layer == len(maps) - 1 and snap.problem == "classification":
            return diverging_rgba(values, 0.0, 1.0)
        return diverging_rgba(values, -1.0, 1.0)

    def _redraw_points(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        p = snap.points
        self._set_scatter(self.train_points, p.x_train, p.y_train, snap)
        if self.show_test.isChecked():
            self._set_scatter(self.test_points, p.x_test, p.y_test, snap)
        else:
            self.test_points.setData([])
        self._points_key = (p.version, self.show_test.isChecked())

    @staticmethod
    def _set_scatter(item, xy: np.ndarray, labels: np.ndarray, snap) -> None:
        if len(xy) == 0:
            item.setData([])
            return
        colors = point_colors(labels, snap.problem, snap.n_classes)
        brushes = [pg.mkBrush(*c) for c in colors]
        item.setData(x=xy[:, 0], y=xy[:, 1], brush=brushes)

    # -- input -----------------------------------------------------------------------
    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        extent = self._snapshot.extent if self._snapshot else 6.0
        if abs(pos.x()) <= extent and abs(pos.y()) <= extent:
            self.pointClicked.emit(float(pos.x()), float(pos.y()))
