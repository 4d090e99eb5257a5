"""Confusion: which classes the net mixes up on the test set (a matrix: rows are the true
class, columns the predicted one, each cell its count, shaded by the share of its row),
the misclassified test images with their three highest scores, and histograms of every
layer's activations and of the loss's gradient with respect to them.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.colors import NEUTRAL, POSITIVE
from gui.views.conv_plots import HistogramPlot
from gui.views.conv_view_base import ConvViewBase
from gui.views.map_tiles import PixelImage, ink_rgba, to_qimage

GALLERY_COLUMNS = 6


class MatrixWidget(QWidget):
    """A K×K matrix of counts; a cell's blue is its share of the row (the true class)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = np.zeros((0, 0), np.int64)
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_matrix(self, matrix: np.ndarray) -> None:
        self.matrix = np.asarray(matrix)
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        k = self.matrix.shape[0]
        if k == 0:
            return
        painter = QPainter(self)
        margin = self.fontMetrics().height() + 6
        side = min(self.width() - margin, self.height() - margin) / k
        left, top = margin, margin
        rows = self.matrix.sum(axis=1, keepdims=True)
        share = self.matrix / np.maximum(rows, 1)
        neutral, blue = np.array(NEUTRAL, float), np.array(POSITIVE, float)
        font = painter.font()
        font.setPointSizeF(max(6.0, min(11.0, side / 3.2)))
        painter.setFont(font)
        for i in range(k):
            painter.setPen(QColor(60, 60, 60))
            painter.drawText(QRectF(0, top + i * side, margin - 3, side),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(i))
            painter.drawText(QRectF(left + i * side, 0, side, margin - 2),
                             Qt.AlignmentFlag.AlignCenter, str(i))
            for j in range(k):
                rgb = neutral + (blue - neutral) * share[i, j]
                cell = QRectF(left + j * side, top + i * side, side, side)
                painter.fillRect(cell, QColor(*rgb.astype(int)))
                if i == j:
                    painter.setPen(QColor(30, 30, 30))
                    painter.drawRect(cell.adjusted(0.5, 0.5, -0.5, -0.5))
                if self.matrix[i, j]:
                    painter.setPen(QColor(255, 255, 255) if share[i, j] > 0.55
                                   else QColor(30, 30, 30))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter,
                                     str(int(self.matrix[i, j])))


class ConfusionView(ConvViewBase):
    PROBE = "confusion"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = MatrixWidget()
        self.matrix.setToolTip(self.tr("Rows: the true class. Columns: the predicted class. "
                                       "The diagonal is what the net gets right."))
        self.accuracy = QLabel()
        self.gallery_title = QLabel()
        self.gallery_holder = QWidget()
        self.gallery = QGridLayout(self.gallery_holder)
        self.gallery.setSpacing(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.gallery_holder)
        self.tiles: list[PixelImage] = []
        self.activations = HistogramPlot(self.tr("activation"), self.tr("share"))
        self.gradients = HistogramPlot(self.tr("dE/d(activation)"), self.tr("share"))
        self.activations.plot.setTitle(self.tr("Activations per layer"))
        self.gradients.plot.setTitle(self.tr("Gradients per layer"))
        left = QVBoxLayout()
        left.addWidget(self.matrix, 1)
        left.addWidget(self.accuracy)
        right = QVBoxLayout()
        right.addWidget(self.gallery_title)
        right.addWidget(scroll, 1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.activations.plot)
        bottom.addWidget(self.gradients.plot)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.addLayout(top, 3)
        page.addLayout(bottom, 2)

    def title(self) -> str:
        return self.tr("Confusion")

    def draw(self, data, snap) -> None:
        self.matrix.set_matrix(data.matrix)
        self.accuracy.setText(self.tr("Test accuracy {0:.1%} on {1} images").format(
            data.accuracy, data.n_test))
        self.gallery_title.setText(self.tr(
            "Misclassified: {0} of {1} (the most confident mistakes first)").format(
            data.n_wrong, data.n_test))
        self._fill_gallery(data)
        self.activations.show(data.activations)
        self.gradients.show(data.gradients)

    def _fill_gallery(self, data) -> None:
        n = len(data.indices)
        while len(self.tiles) < n:
            k = len(self.tiles)
            tile = PixelImage(minimum=64)
            self.gallery.addWidget(tile, k // GALLERY_COLUMNS, k % GALLERY_COLUMNS)
            self.tiles.append(tile)
        for k, tile in enumerate(self.tiles):
            tile.setVisible(k < n)
            if k >= n:
                continue
            top = ", ".join(f"{c} {round(100 * p)}%" for c, p in
                            zip(data.top_classes[k], data.top_probabilities[k]))
            caption = self.tr("{0}→{1}").format(data.true_classes[k], data.top_classes[k][0])
            image = data.images[k] if data.images.size else np.zeros((1, 1), np.float32)
            tile.set_image(to_qimage(ink_rgba(image)), caption)
            tile.setToolTip(self.tr("test image {0}: true class {1}; scores {2}").format(
                data.indices[k], data.true_classes[k], top))
        rows = math.ceil(n / GALLERY_COLUMNS)
        self.gallery_holder.setMinimumHeight(rows * 80)
