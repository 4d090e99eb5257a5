"""The output view: the network's output over the plane, with the training and test points;
for image data (the digits), a mosaic of test images with the network's guess under each.

Draws from a Snapshot only. The heatmap is one ImageItem updated with ``setImage`` on a
precomputed RGBA array; the scatter is rebuilt only when the points change. The guesses
come from the perceptron's weights in the Snapshot (probe "params"), computed here in
numpy: 36 small images cost microseconds, and the engine needs no probe of its own.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGraphicsItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engine.shared.catalogue import DATASETS, sequence_info
from gui.colors import CLASS_COLORS, class_rgba, diverging_rgba, point_colors
from gui.views.plots import plain_plot

#: Test images in the mosaic: MOSAIC × MOSAIC.
MOSAIC = 6
#: Room around each image in the mosaic, in pixels of the images: a column gap, and a
#: row under each image for its guess.
GAP_X, GAP_Y = 2, 5
RIGHT, WRONG, UNKNOWN = CLASS_COLORS[2], CLASS_COLORS[9], (110, 110, 110)

_NUMPY_ACTIVATIONS = {
    "relu": lambda z: np.maximum(z, 0.0), "tanh": np.tanh,
    "sigmoid": lambda z: 1.0 / (1.0 + np.exp(-z)), "linear": lambda z: z,
    "leaky_relu": lambda z: np.where(z > 0, z, 0.01 * z),
    "gelu": lambda z: 0.5 * z * (1.0 + np.vectorize(math.erf)(z / math.sqrt(2.0))),
    "silu": lambda z: z / (1.0 + np.exp(-z)),
}


def perceptron_guesses(x: np.ndarray, weights, biases, activations) -> np.ndarray | None:
    """The class a perceptron (weights and biases per Linear, activations per hidden
    layer) picks for each row of ``x``; None when the weights do not fit ``x``."""
    if not weights or len(weights) != len(activations) + 1 or len(biases) != len(weights):
        return None
    if weights[0].shape[1] != x.shape[1] or any(a not in _NUMPY_ACTIVATIONS
                                                for a in activations):
        return None
    h = np.asarray(x, np.float64)
    for w, b, name in zip(weights[:-1], biases[:-1], activations):
        h = _NUMPY_ACTIVATIONS[name](h @ np.asarray(w, np.float64).T + b)
    raw = h @ np.asarray(weights[-1], np.float64).T + biases[-1]
    return raw.argmax(axis=1) if raw.shape[1] > 1 else (raw[:, 0] > 0).astype(int)


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
        self.focused_neuron: tuple[int, int] | None = None  # shown large; None: the output
        self.frames_drawn = 0
        #: For image data: the mosaic, one text per cell, and what they show now.
        self.mosaic = pg.ImageItem(axisOrder="row-major")
        self.mosaic.hide()
        self.plot.addItem(self.mosaic)
        self.guess_texts: list[pg.TextItem] = []
        self._image_shape: tuple[int, int] | None = None
        self._mosaic_key = None
        self._guesses_key = None

    # -- drawing -----------------------------------------------------------------------
    def show_snapshot(self, snap) -> None:
        info = DATASETS.get(snap.experiment.data.dataset)
        if sequence_info(snap.experiment.data.dataset) is not None:
            # Sequences have no map (their tab hides); a snapshot of them still in
            # flight after a switch to points must not be drawn as points.
            return
        self._snapshot = snap
        image_shape = None if info is None or info.points_2d else info.image_shape
        if image_shape != self._image_shape:
            self._switch_mode(image_shape)
        if image_shape is not None:
            self._show_images(snap)
            self.frames_drawn += 1
            return
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
        self.focused_neuron = None if layer < 0 else (layer, unit)
        self._redraw_image()

    def current_rgba(self) -> np.ndarray | None:
        """The RGBA image drawn now (row 0 = bottom of the plane), for tests."""
        return self.image.image

    def _redraw_image(self) -> None:
        snap = self._snapshot
        if snap is None:
            return
        rgba = self._focused_rgba(snap) if self.focused_neuron else self._output_rgba(snap)
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
        layer, unit = self.focused_neuron
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
        # Only points of the plane are drawn: a word model's examples are word ids (one
        # column for skip-gram) and a translator's are sentences with a target word each
        # step, which may reach the view before the tabs hide it.
        if len(xy) == 0 or xy.ndim != 2 or xy.shape[1] < 2 or np.ndim(labels) != 1:
            item.setData([])
            return
        colors = point_colors(labels, snap.problem, snap.n_classes)
        brushes = [pg.mkBrush(*c) for c in colors]
        item.setData(x=xy[:, 0], y=xy[:, 1], brush=brushes)

    # -- image data -------------------------------------------------------------------
    def _switch_mode(self, image_shape: tuple[int, int] | None) -> None:
        """Between the plane (heatmap, points, axes, options) and the image mosaic."""
        self._image_shape = image_shape
        images = image_shape is not None
        for name in ("left", "bottom"):
            self.plot.getPlotItem().showAxis(name, not images)
        for widget in (self.show_test, self.discretize):
            widget.setVisible(not images)
        self.mosaic.setVisible(images)
        self.image.setVisible(not images)
        for item in (self.train_points, self.test_points):
            item.setData([])
            item.setVisible(not images)
        for text in self.guess_texts:
            text.setVisible(False)
        self.caption.setText("")
        self._points_key = self._mosaic_key = self._guesses_key = None
        self._extent_drawn = None

    def _cell(self) -> tuple[int, int]:
        h, w = self._image_shape
        return w + GAP_X, h + GAP_Y

    def _show_images(self, snap) -> None:
        p = snap.points
        n = min(len(p.x_test), MOSAIC * MOSAIC)
        if self._mosaic_key != (p.version, n):
            self._draw_mosaic(p.x_test[:n])
            self._mosaic_key = (p.version, n)
        guesses = None
        if snap.weights is not None and snap.biases is not None:
            guesses = perceptron_guesses(p.x_test[:n], snap.weights, snap.biases,
                                         snap.experiment.network.activations)
        truth = p.y_test[:n].astype(int)
        key = (p.version, None if guesses is None else guesses.tobytes())
        if key != self._guesses_key:
            self._label_cells(truth, guesses)
            self._guesses_key = key
        if n == 0:
            self.caption.setText(self.tr("There are no test images: raise the number of "
                                         "images or lower the training share."))
        elif guesses is None and snap.experiment.network.layers:
            self.caption.setText(self.tr(
                "The first {0} test images with their true digit. The network's guesses are "
                "drawn for a perceptron (the Network tab); this network was assembled in "
                "the Layers tab.").format(n))
        elif guesses is None:
            self.caption.setText(self.tr(
                "The first {0} test images with their true digit; the network's guesses "
                "appear with its weights.").format(n))
        else:
            right = int((guesses == truth).sum())
            self.caption.setText(self.tr(
                "The first {0} test images (8×8 pixels each) with the network's guess: "
                "green when right, red when wrong, with the true digit in brackets. "
                "{1} of {0} right.").format(n, right))

    def _draw_mosaic(self, images: np.ndarray) -> None:
        """Grey images, dark ink on white, row 0 of the mosaic at the top."""
        h, w = self._image_shape
        cw, ch = self._cell()
        mosaic = np.full((MOSAIC * ch, MOSAIC * cw), 1.0, np.float32)
        for i, image in enumerate(images):
            r, c = divmod(i, MOSAIC)
            mosaic[r * ch:r * ch + h, c * cw:c * cw + w] = 1.0 - image.reshape(h, w)
        # The plot's y axis points up: flip so that the first image is at the top left.
        grey = np.ascontiguousarray(mosaic[::-1])
        self.mosaic.setImage(grey, autoLevels=False, levels=(0.0, 1.0))
        rect = QRectF(0, 0, MOSAIC * cw, MOSAIC * ch)
        self.mosaic.setRect(rect)
        self.plot.setRange(rect, padding=0.02)

    def _label_cells(self, truth: np.ndarray, guesses: np.ndarray | None) -> None:
        h, w = self._image_shape
        cw, ch = self._cell()
        while len(self.guess_texts) < MOSAIC * MOSAIC:
            text = pg.TextItem(anchor=(0.5, 0.0))
            self.plot.addItem(text)
            self.guess_texts.append(text)
        for i, text in enumerate(self.guess_texts):
            text.setVisible(i < len(truth))
            if i >= len(truth):
                continue
            r, c = divmod(i, MOSAIC)
            text.setPos(c * cw + w / 2, MOSAIC * ch - r * ch - h)
            if guesses is None:
                text.setText(str(truth[i]), color=UNKNOWN)
            elif guesses[i] == truth[i]:
                text.setText(str(guesses[i]), color=tuple(int(v) for v in RIGHT))
            else:
                text.setText(self.tr("{0} ({1})").format(guesses[i], truth[i]),
                             color=tuple(int(v) for v in WRONG))

    # -- input -----------------------------------------------------------------------
    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._image_shape is not None:
            return
        pos = self.plot.getPlotItem().vb.mapSceneToView(event.scenePos())
        extent = self._snapshot.extent if self._snapshot else 6.0
        if abs(pos.x()) <= extent and abs(pos.y()) <= extent:
            self.pointClicked.emit(float(pos.x()), float(pos.y()))
