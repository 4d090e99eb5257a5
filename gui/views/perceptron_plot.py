"""The input plane of the perceptron view: the unit's output f(z) as a heatmap, the
decision line z = 0, the weight vector as an arrow normal to it, and the data points.

Every item is made once and updated with setData / setImage; the points' inputs are
computed once per dataset, the grid's once per extent and feature set, so a slider's
drag costs one (G*G, n) product and a colour lookup.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engine.shared.features import feature_values
from gui.colors import diverging_rgba, point_colors
from gui.views import perceptron_math as pm
from gui.views.plots import plain_plot

GRID = 128
LINE_COLOUR = (30, 30, 30)
ARROW_COLOUR = (200, 30, 40)
#: Faint test points: the same colours at this opacity (0-255).
TEST_ALPHA = 90


class UnitPlot(QWidget):
    #: The point under the mouse or clicked: (X1, X2) in the plane.
    pointPicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plain_plot("X₁", "X₂")
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        # With features other than x1 and x2 (x1², sin x1...) z = 0 is a curve in the plane
        # (still a flat hyperplane in the space of features): drawn as a contour then.
        self.curve = pg.IsocurveItem(level=0.0, pen=pg.mkPen(LINE_COLOUR, width=2.5),
                                     axisOrder="row-major")
        self.curve.setParentItem(self.image)
        self.line = pg.PlotDataItem(pen=pg.mkPen(LINE_COLOUR, width=2.5))
        self.arrow = pg.PlotDataItem(pen=pg.mkPen(ARROW_COLOUR, width=3), connect="finite")
        self.arrow_label = pg.TextItem(
            html=f"<b style='font-size:13pt; color:rgb{ARROW_COLOUR}'>w</b>",
            anchor=(0.5, 0.5))
        self.train_points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("w", width=1.0))
        self.test_points = pg.ScatterPlotItem(size=6, pen=pg.mkPen((0, 0, 0, TEST_ALPHA)))
        self.marker = pg.ScatterPlotItem(size=14, brush=None, pen=pg.mkPen("k", width=2))
        for item in (self.line, self.test_points, self.train_points, self.arrow,
                     self.arrow_label, self.marker):
            self.plot.addItem(item)
        self.plot.scene().sigMouseMoved.connect(self._hovered)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

        #: f(z) on the grid drawn now, (G, G), row 0 at X2 = -extent (as the engine's).
        self.output_grid: np.ndarray | None = None
        self._extent = 6.0
        self._grid_key = None
        self._grid_inputs = np.zeros((0, 0), np.float32)
        self._points_key = None
        self._train = (np.zeros((0, 0), np.float32), np.zeros(0, np.float32))
        self._test = (np.zeros((0, 0), np.float32), np.zeros(0, np.float32))

    def current_rgba(self) -> np.ndarray | None:
        return self.image.image

    # -- data ----------------------------------------------------------------------------
    def set_points(self, snap) -> None:
        features = tuple(snap.experiment.network.features)
        key = (snap.points.version, features)
        if key == self._points_key:
            return
        self._points_key = key
        p = snap.points
        self._train = (feature_values(p.x_train, features), np.asarray(p.y_train))
        self._test = (feature_values(p.x_test, features), np.asarray(p.y_test))
        for item, xy, labels, alpha in ((self.train_points, p.x_train, p.y_train, 255),
                                        (self.test_points, p.x_test, p.y_test, TEST_ALPHA)):
            if len(xy) == 0:
                item.setData([])
                continue
            colours = point_colors(labels, snap.problem, snap.n_classes)
            colours[:, 3] = alpha
            item.setData(x=xy[:, 0], y=xy[:, 1], brush=[pg.mkBrush(*c) for c in colours])

    def accuracies(self, weights: np.ndarray, bias: float) -> tuple[float | None, ...]:
        """Train and test accuracy of these weights (the engine's rule: class 1 if z > 0)."""
        return tuple(pm.accuracy(inputs, labels, weights, bias)
                     for inputs, labels in (self._train, self._test))

    # -- drawing -------------------------------------------------------------------------
    def draw_unit(self, features: tuple[str, ...], weights: np.ndarray, bias: float,
                  activation: str, extent: float) -> None:
        key = (extent, features)
        if key != self._grid_key:
            self._grid_inputs = pm.grid_inputs(GRID, extent, features)
            self._grid_key = key
            self._extent = extent
            self.plot.setRange(QRectF(-extent, -extent, 2 * extent, 2 * extent), padding=0)
        z = pm.weighted_sum(self._grid_inputs, weights, bias).reshape(GRID, GRID)
        output = pm.activate(activation, z)
        self.output_grid = output
        low, high = pm.colour_range(activation, output)
        self.image.setImage(diverging_rgba(output, low, high), autoLevels=False)
        self.image.setRect(QRectF(-extent, -extent, 2 * extent, 2 * extent))
        normal = pm.plane_normal(weights, features)
        if normal is None:
            self.curve.setData(z)
            self.curve.setVisible(True)
            self.line.setData([], [])
            self._hide_arrow()
            return
        self.curve.setVisible(False)
        segment = pm.decision_line(normal, bias, extent)
        if segment is None:
            self.line.setData([], [])
        else:
            self.line.setData(*segment)
        self._draw_arrow(normal, weights, bias, extent)

    def _draw_arrow(self, normal: np.ndarray, weights: np.ndarray, bias: float,
                    extent: float) -> None:
        """The weight vector, from the line's point nearest the origin towards z > 0 (where
        the unit says class 1); its length grows with |w|."""
        size = float(np.linalg.norm(normal))
        if size < 1e-9:
            self._hide_arrow()
            return
        direction = normal / size
        foot = pm.foot_of_normal(normal, bias)
        start = foot if np.all(np.abs(foot) <= extent) else np.zeros(2)
        length = float(np.clip(1.2 * np.linalg.norm(weights), 0.8, 0.4 * extent))
        tip = start + length * direction
        head = 0.25 * length
        barbs = [tip - head * _rotated(direction, angle) for angle in (0.45, -0.45)]
        nan = np.array([np.nan, np.nan])
        path = np.array([start, tip, barbs[0], nan, tip, barbs[1]])
        self.arrow.setData(path[:, 0], path[:, 1])
        label_at = tip + 0.12 * extent * direction
        self.arrow_label.setPos(float(label_at[0]), float(label_at[1]))
        self.arrow_label.setVisible(True)

    def _hide_arrow(self) -> None:
        self.arrow.setData([], [])
        self.arrow_label.setVisible(False)

    def mark(self, point: np.ndarray) -> None:
        self.marker.setData([float(point[0])], [float(point[1])])

    # -- input ---------------------------------------------------------------------------
    def _hovered(self, scene_pos) -> None:
        self._pick(scene_pos)

    def _clicked(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pick(event.scenePos())

    def _pick(self, scene_pos) -> None:
        pos = self.plot.getPlotItem().vb.mapSceneToView(scene_pos)
        if abs(pos.x()) <= self._extent and abs(pos.y()) <= self._extent:
            self.pointPicked.emit(float(pos.x()), float(pos.y()))


def _rotated(vector: np.ndarray, angle: float) -> np.ndarray:
    c, s = np.cos(angle), np.sin(angle)
    return np.array([c * vector[0] - s * vector[1], s * vector[0] + c * vector[1]])
