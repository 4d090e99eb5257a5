"""The backprop inspector's plane of training points: the output map faintly behind
them, the selected point ringed, and a click that picks the nearest point."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt

from engine.shared.catalogue import DATASETS
from gui.colors import class_rgba, diverging_rgba, point_colors
from gui.views.plots import plain_plot


class PointsPlot:
    """``on_pick(x, y)`` hears a left click on the plane, in data coordinates."""

    def __init__(self, on_pick: Callable[[float, float], None]) -> None:
        self.on_pick = on_pick
        self.plot = plain_plot()
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.setMinimumSize(120, 100)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setOpacity(0.45)
        self.points = pg.ScatterPlotItem(size=6, pen=pg.mkPen("w", width=0.8))
        self.marker = pg.ScatterPlotItem(size=17, pen=pg.mkPen("k", width=2.5), brush=None)
        for item in (self.image, self.points, self.marker):
            self.plot.addItem(item)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.version = None
        self.xy = np.zeros((0, 2), np.float32)

    @property
    def count(self) -> int:
        return len(self.xy)

    def show(self, snap) -> bool:
        """The output map and the training points of ``snap``; True if the points are
        new (another dataset, a regenerated one). A snapshot of images or sequences (the
        run of the demo before, still reporting while this one is built) has no points
        in the plane: nothing to draw."""
        info = DATASETS.get(snap.experiment.data.dataset)
        if info is not None and not info.points_2d:
            return False
        extent = snap.extent
        if snap.boundary is not None:
            values = snap.boundary
            rgba = (class_rgba(values) if values.ndim == 3 else
                    diverging_rgba(values, -1.0, 1.0) if snap.problem == "regression" else
                    diverging_rgba(values, 0.0, 1.0))
            self.image.setImage(rgba, autoLevels=False)
            self.image.setRect(QRectF(-extent, -extent, 2 * extent, 2 * extent))
        if snap.points.version == self.version:
            return False
        self.version = snap.points.version
        self.plot.setRange(QRectF(-extent, -extent, 2 * extent, 2 * extent), padding=0.02)
        self.xy = snap.points.x_train
        if self.count:
            colors = point_colors(snap.points.y_train, snap.problem, snap.n_classes)
            self.points.setData(x=self.xy[:, 0], y=self.xy[:, 1],
                                brush=[pg.mkBrush(*c) for c in colors])
        else:
            self.points.setData([])
        return True

    def mark(self, index: int) -> None:
        """Ring point ``index`` (nothing when there is no such point)."""
        if index < self.count:
            x, y = self.xy[index]
            self.marker.setData([float(x)], [float(y)])
        else:
            self.marker.setData([])

    def nearest(self, x: float, y: float) -> int | None:
        """The index of the training point nearest to (x, y); None without points."""
        if not self.count:
            return None
        return int(np.argmin(np.hypot(self.xy[:, 0] - x, self.xy[:, 1] - y)))

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        self.on_pick(pos.x(), pos.y())
