"""The two planes of the hidden-space view: the input plane with its straight grid, and
the hidden layer's plane with the same grid bent by the network.

Every item is made once and updated with setData / setImage. Each family of grid lines
(x1 = const, x2 = const) is one PlotDataItem whose polylines are separated by NaN rows
(connect="finite"): one item and one draw call however many lines there are. The two
families have their own colours, so a person can tell which way the plane was folded.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

from gui.colors import class_rgba, diverging_rgba, point_colors
from gui.views.plots import plain_plot

#: Lines x1 = const and x2 = const: muted violet and teal, apart from the classes'
#: orange and blue.
GRID_PENS = ((125, 95, 170, 170), (55, 140, 125, 170))
LINE_COLOUR = (25, 25, 25)
#: Opacity (0-255) of the output's colours under the grid: faint, so the lines read.
SHADE_ALPHA = 95
#: Points per axis of the shading of the hidden plane.
SHADE_GRID = 96
#: Padding around the data, as a fraction of its span.
PADDING = 0.08
#: The hidden plane's axes shrink only when the data fill less than this share of them,
#: and then a fraction SHRINK_RATE of the way per frame: no jitter, no sudden zoom.
SHRINK_BELOW = 0.75
SHRINK_RATE = 0.15


def polylines(lines: np.ndarray) -> np.ndarray:
    """(L, S, 2) polylines as one (L * (S + 1), 2) array with a NaN row after each."""
    gap = np.full((lines.shape[0], 1, 2), np.nan, np.float32)
    return np.concatenate([lines, gap], axis=1).reshape(-1, 2)


def faint(rgba: np.ndarray) -> np.ndarray:
    """The same colours, see-through: the grid lines must read on top of them."""
    rgba = rgba.copy()
    rgba[..., 3] = SHADE_ALPHA
    return rgba


def output_rgba(output: np.ndarray, problem: str) -> np.ndarray:
    """The boundary probe's colours for an output image: (G, G) or (G, G, K)."""
    if output.ndim == 3:
        return faint(class_rgba(output))
    low = -1.0 if problem == "regression" else 0.0
    return faint(diverging_rgba(output, low, 1.0))


def grid_items() -> tuple[pg.PlotDataItem, pg.PlotDataItem]:
    return tuple(pg.PlotDataItem(pen=pg.mkPen(colour, width=1), connect="finite")
                 for colour in GRID_PENS)


def set_grid(items, lines: np.ndarray) -> None:
    """The probe's lines: the first half x1 = const, the second x2 = const."""
    half = lines.shape[0] // 2
    for item, family in zip(items, (lines[:half], lines[half:]), strict=True):
        item.setData(polylines(family))


class SmoothRange:
    """A square-ish view box that follows the data: it grows at once (nothing leaves the
    picture) and shrinks slowly, only when the data have clearly drawn in."""

    def __init__(self) -> None:
        self.box: np.ndarray | None = None  # [[xmin, ymin], [xmax, ymax]]

    def reset(self) -> None:
        self.box = None

    def follow(self, low: np.ndarray, high: np.ndarray) -> np.ndarray:
        low, high = np.asarray(low, np.float64), np.asarray(high, np.float64)
        span = np.maximum(high - low, 1e-3)
        target = np.stack([low - PADDING * span, high + PADDING * span])
        if self.box is None:
            self.box = target
            return self.box
        box = self.box.copy()
        box[0] = np.minimum(box[0], target[0])
        box[1] = np.maximum(box[1], target[1])
        if np.any((target[1] - target[0]) < SHRINK_BELOW * (box[1] - box[0])):
            box += SHRINK_RATE * (target - box)
        self.box = box
        return box


class ClassScatter:
    """Points coloured by class as one scatter item per class with a single brush: a
    brush per point would cost pyqtgraph milliseconds per frame. Regression values keep
    their own colours on one item (built once per dataset)."""

    def __init__(self, plot: pg.PlotWidget) -> None:
        self.plot = plot
        self.items: list[pg.ScatterPlotItem] = []
        self._key = None
        self._groups: list[np.ndarray] = []  # indices of the points of each item
        self._brushes: list | None = None  # per point, regression only

    def _item(self, index: int) -> pg.ScatterPlotItem:
        while len(self.items) <= index:
            item = pg.ScatterPlotItem(size=6, pen=pg.mkPen("w", width=0.8))
            self.plot.addItem(item)
            self.items.append(item)
        return self.items[index]

    def set(self, xy: np.ndarray, labels: np.ndarray, problem: str, n_classes: int,
            key) -> None:
        if key != self._key:
            self._regroup(labels, problem, n_classes)
            self._key = key
        if self._brushes is not None:
            self._item(0).setData(x=xy[:, 0], y=xy[:, 1], brush=self._brushes)
            return
        for index, group in enumerate(self._groups):
            self._item(index).setData(x=xy[group, 0], y=xy[group, 1])

    def _regroup(self, labels: np.ndarray, problem: str, n_classes: int) -> None:
        for item in self.items:
            item.setData([])
        colours = point_colors(labels, problem, n_classes)
        if problem == "regression":
            self._brushes = [pg.mkBrush(*c) for c in colours]
            self._groups = []
            return
        self._brushes = None
        classes = np.clip(np.asarray(labels).astype(int), 0, None)
        count = int(classes.max(initial=-1)) + 1
        self._groups = [np.flatnonzero(classes == k) for k in range(count)]
        for index, group in enumerate(self._groups):
            if len(group):
                self._item(index).setBrush(pg.mkBrush(*colours[group[0]]))

    def clear(self) -> None:
        for item in self.items:
            item.setData([])
        self._key = None


class WarpPlots:
    """The input plot and the hidden plot, side by side in the caller's layout."""

    def __init__(self, input_title: str, hidden_title: str) -> None:
        self.input_plot = plain_plot("X₁", "X₂")
        self.hidden_plot = plain_plot()
        self.input_plot.setTitle(input_title)
        self.hidden_plot.setTitle(hidden_title)
        for plot in (self.input_plot, self.hidden_plot):
            plot.setAspectLocked(True)
            plot.setMouseEnabled(False, False)
            plot.getPlotItem().vb.disableAutoRange()
        # The input plane's axes never change: cached, not repainted each frame.
        for name in ("left", "bottom"):
            self.input_plot.getPlotItem().getAxis(name).setCacheMode(
                QGraphicsItem.CacheMode.DeviceCoordinateCache)
        line_pen = pg.mkPen(LINE_COLOUR, width=2.5)

        self.input_image = pg.ImageItem(axisOrder="row-major")
        self.input_boundary = pg.IsocurveItem(level=0.5, pen=line_pen, axisOrder="row-major")
        self.input_boundary.setParentItem(self.input_image)
        self.input_grid = grid_items()
        for item in (self.input_image, *self.input_grid):
            self.input_plot.addItem(item)
        self.input_points = ClassScatter(self.input_plot)

        self.hidden_image = pg.ImageItem(axisOrder="row-major")
        self.hidden_grid = grid_items()
        for item in self.hidden_image, *self.hidden_grid:
            self.hidden_plot.addItem(item)
        self.hidden_points = ClassScatter(self.hidden_plot)
        self.hidden_line = pg.PlotDataItem(pen=line_pen)
        self.hidden_line.setZValue(10)  # above the points, which are added later
        self.hidden_plot.addItem(self.hidden_line)

        self.range = SmoothRange()
        self._extent: float | None = None
        self._input_points_key = None
        self._labels: tuple[str, str] | None = None

    # -- drawing -----------------------------------------------------------------------
    def draw(self, data, snap, axis_labels: tuple[str, str]) -> None:
        self._draw_input(data, snap)
        self._draw_hidden(data, snap, axis_labels)

    @staticmethod
    def _points_key(data, snap) -> tuple:
        return (snap.points.version, snap.problem, snap.n_classes, len(data.labels))

    def _draw_input(self, data, snap) -> None:
        extent = float(data.extent)
        if extent != self._extent:
            self.input_plot.setRange(QRectF(-extent, -extent, 2 * extent, 2 * extent),
                                     padding=0.02)
            self._extent = extent
        set_grid(self.input_grid, data.grid_input)
        key = self._points_key(data, snap)
        points = snap.points.x_train
        if key != self._input_points_key and len(points) == len(data.labels):
            # The input points stand still: drawn again only when the data change.
            self.input_points.set(points, data.labels, snap.problem, snap.n_classes, key)
            self._input_points_key = key
        if data.output is None:
            self.input_image.clear()
            self.input_boundary.setData(None)
            return
        self.input_image.setImage(output_rgba(data.output, snap.problem), autoLevels=False)
        self.input_image.setRect(QRectF(-extent, -extent, 2 * extent, 2 * extent))
        binary = data.output.ndim == 2 and snap.problem == "classification"
        self.input_boundary.setData(data.output if binary else None)

    def _draw_hidden(self, data, snap, axis_labels: tuple[str, str]) -> None:
        grid = data.grid_hidden
        points = data.points_hidden
        set_grid(self.hidden_grid, grid)
        self.hidden_points.set(points, data.labels, snap.problem, snap.n_classes,
                               self._points_key(data, snap))
        flat = grid.reshape(-1, 2)
        everything = np.concatenate([flat, points]) if len(points) else flat
        box = self.range.follow(everything.min(axis=0), everything.max(axis=0))
        # Python floats: pyqtgraph compares the range with float64 limits, and a float32
        # there overflows.
        (x0, y0), (x1, y1) = box.astype(float).tolist()
        self.hidden_plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)
        if data.decision_segment is None:
            self.hidden_line.setData([], [])
            self.hidden_image.clear()
        else:
            segment = data.decision_segment
            self.hidden_line.setData(segment[:, 0], segment[:, 1])
            # The range the view box shows after locking the aspect, not just the data's.
            (vx0, vx1), (vy0, vy1) = self.hidden_plot.getPlotItem().vb.viewRange()
            self._shade_hidden(data.decision, np.array([[vx0, vy0], [vx1, vy1]]))
        if axis_labels != self._labels:
            self.hidden_plot.setLabel("bottom", axis_labels[0])
            self.hidden_plot.setLabel("left", axis_labels[1])
            self._labels = axis_labels

    def _shade_hidden(self, coefficients: np.ndarray, box: np.ndarray) -> None:
        """The output's probability over the plotted plane (a sigmoid of a linear
        function there), in the input plot's colours: the two halves read as the two
        classes."""
        a, b, c = (float(v) for v in coefficients)
        (x0, y0), (x1, y1) = box
        u = np.linspace(x0, x1, SHADE_GRID, dtype=np.float32)
        v = np.linspace(y0, y1, SHADE_GRID, dtype=np.float32)
        logits = np.clip(a * u[None, :] + b * v[:, None] + c, -30, 30)
        probability = 1.0 / (1.0 + np.exp(-logits))
        self.hidden_image.setImage(faint(diverging_rgba(probability, 0.0, 1.0)), autoLevels=False)
        self.hidden_image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))

    def clear(self) -> None:
        for item in (*self.input_grid, *self.hidden_grid, self.hidden_line):
            item.setData([], [])
        self.input_points.clear()
        self.hidden_points.clear()
        self._input_points_key = None
        self.input_image.clear()
        self.hidden_image.clear()
        self.input_boundary.setData(None)
        self.range.reset()
