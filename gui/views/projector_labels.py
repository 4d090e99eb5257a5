"""The projector's labels: one text per point, thinned so they never pile into a blot.

Thinning is greedy in screen space: labels are taken in order of priority (the selected
point, its neighbours and search matches first, then the rest), and one is drawn only
where no drawn label is near: on a grid of cells about a label's size, a drawn label
claims the cells its box touches. A candidate per cell is picked with numpy first, so
the Python loop sees at most one point per cell, never all 2,000 points.

All labels are painted by one item in one ``paint`` (pyqtgraph's TextItem per point
would be 2,000 graphics items; a frame of them costs far more than the 8 ms budget).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen, QStaticText

#: A label's box in pixels at most (long words are cut to this for the grid).
MAX_LABEL_WIDTH = 90
#: Pixels between a point and its label.
OFFSET = 4


def thin(xy: np.ndarray, order: np.ndarray, widths: np.ndarray, height: float,
         cell_width: float) -> list[int]:
    """Indices of the labels to draw: greedy in ``order``, each label (a box ``widths[i]``
    × ``height`` to the right of its point ``xy[i]``, in pixels) drawn only where it
    overlaps no label drawn before it.

    A drawn label claims every grid cell its box touches; a label is drawn only where all
    the cells it would touch are free. Two boxes that overlap share a cell, so no two
    drawn labels ever overlap (a label may be left out next to one it would not touch:
    the price of looking up a handful of cells instead of measuring distances)."""
    if len(order) == 0:
        return []
    p = xy[order]
    finite = np.isfinite(p).all(axis=1)
    order, p = order[finite], p[finite]
    if len(order) == 0:
        return []
    left = np.floor(p[:, 0] / cell_width).astype(np.int64)
    right = np.floor((p[:, 0] + widths[order]) / cell_width).astype(np.int64)
    top = np.floor((p[:, 1] - height / 2) / height).astype(np.int64)
    # One candidate per cell, the first in priority order: two labels there overlap.
    key = left * 1_000_003 + top
    _, first = np.unique(key, return_index=True)
    first.sort()
    taken: set[tuple[int, int]] = set()
    drawn: list[int] = []
    for j in first.tolist():
        x0, x1, y0 = int(left[j]), int(right[j]), int(top[j])
        cells = [(cx, cy) for cx in range(x0, x1 + 1) for cy in (y0, y0 + 1)]
        if taken.isdisjoint(cells):
            taken.update(cells)
            drawn.append(int(order[j]))
    return drawn


class LabelLayer(pg.GraphicsObject):
    """Every point's label, thinned at each paint (zooming in shows more of them)."""

    def __init__(self) -> None:
        super().__init__()
        self.font = QFont()
        self.font.setPointSizeF(8.0)
        self.metrics = QFontMetrics(self.font)
        self.pen = QPen(QColor(40, 40, 40))
        self.strong = QPen(QColor(0, 0, 0))
        self.xy = np.zeros((0, 2))
        self.labels: tuple[str, ...] = ()
        self.first: np.ndarray = np.zeros(0, np.int64)  # drawn before the rest, bold
        self._texts: dict[str, QStaticText] = {}
        self._widths = np.zeros(0)
        self._bounds = QRectF()
        #: The labels the last paint drew (for tests and the benchmark).
        self.drawn: list[int] = []

    def set_labels(self, labels: tuple[str, ...]) -> None:
        if labels == self.labels:
            return
        self.labels = labels
        unique = set(labels)
        self._texts = {t: QStaticText(t) for t in unique}
        width = {t: min(self.metrics.horizontalAdvance(t), MAX_LABEL_WIDTH) for t in unique}
        self._widths = np.array([width[t] + 2 for t in labels], np.float64)
        self.update()

    def set_points(self, xy: np.ndarray, first: np.ndarray | None = None) -> None:
        self.prepareGeometryChange()
        self.xy = np.asarray(xy, np.float64)
        self.first = np.zeros(0, np.int64) if first is None else np.asarray(first, np.int64)
        if len(self.xy):
            low, high = np.nanmin(self.xy, axis=0), np.nanmax(self.xy, axis=0)
            self._bounds = QRectF(QPointF(*low), QPointF(*high))
        else:
            self._bounds = QRectF()
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def dataBounds(self, axis, frac=1.0, orthoRange=None):
        """Not part of the auto-range: the point layer spans the same points."""
        return None

    def paint(self, painter, option, widget=None) -> None:
        n = len(self.xy)
        if n == 0 or n != len(self.labels):
            return
        t = painter.transform()
        px = np.empty_like(self.xy)
        px[:, 0] = t.m11() * self.xy[:, 0] + t.m21() * self.xy[:, 1] + t.dx()
        px[:, 1] = t.m12() * self.xy[:, 0] + t.m22() * self.xy[:, 1] + t.dy()
        rest = np.setdiff1d(np.arange(n), self.first, assume_unique=False)
        order = np.concatenate([self.first, rest])
        height = float(self.metrics.height())
        cell = float(min(max(np.median(self._widths), 8.0), MAX_LABEL_WIDTH))
        self.drawn = thin(px, order, self._widths, height, cell)
        painter.save()
        painter.resetTransform()
        painter.setFont(self.font)
        strong = set(self.first.tolist())
        painter.setPen(self.pen)
        half = height / 2
        for i in self.drawn:
            if i in strong:
                painter.setPen(self.strong)
            painter.drawStaticText(QPointF(px[i, 0] + OFFSET, px[i, 1] - half),
                                   self._texts[self.labels[i]])
            if i in strong:
                painter.setPen(self.pen)
        painter.restore()
