"""Every weight of the backprop diagram as one graphics item.

A 64-unit, 10-layer net has ~37,000 weights: one QGraphicsItem per weight costs seconds
per frame. Here the lines are made once per network shape, grouped into a few pens
(sign of ∂E/∂w x thickness step) at each update, and drawn with one ``drawLines`` call
per pen. Hit-testing is one vectorised distance computation over all segments.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from gui.colors import NEGATIVE, POSITIVE

#: Thickness steps: |∂E/∂w| / max |∂E/∂w| is rounded to one of these many levels.
LEVELS = 8
ZERO = QColor(205, 205, 205)
#: Above this many lines, drawing without antialiasing keeps a frame cheap.
SMOOTH_LIMIT = 3000


def _pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap if width > 0 else Qt.PenCapStyle.FlatCap)
    return pen


class EdgesItem(QGraphicsItem):
    def __init__(self, segments: np.ndarray, keys: np.ndarray) -> None:
        """``segments``: (n, 4) x0, y0, x1, y1; ``keys``: (n, 3) Linear layer, j, i."""
        super().__init__()
        self.segments = np.asarray(segments, np.float64).reshape(-1, 4)
        self.keys = np.asarray(keys, np.int64).reshape(-1, 3)
        self.lines = [QLineF(*map(float, s)) for s in self.segments]
        self._groups: list[tuple[QPen, list[QLineF]]] = []
        #: Indices of lines drawn on top with ``emphasis`` pens: (index, QColor).
        self.emphasis: list[tuple[int, QColor]] = []
        self.widths = np.ones(len(self.lines))
        if len(self.lines):
            xs, ys = self.segments[:, [0, 2]], self.segments[:, [1, 3]]
            self._bounds = QRectF(xs.min(), ys.min(), np.ptp(xs), np.ptp(ys)).adjusted(
                -8, -8, 8, 8)
        else:
            self._bounds = QRectF()

    def set_gradients(self, grads: np.ndarray) -> None:
        """Colour by the sign of ∂E/∂w, thickness by its size relative to the largest."""
        grads = np.asarray(grads, np.float64)
        biggest = float(np.abs(grads).max()) if grads.size else 0.0
        share = np.abs(grads) / biggest if biggest > 0 else np.zeros_like(grads)
        level = np.ceil(share * LEVELS).astype(int)  # 0 only where ∂E/∂w is exactly 0
        self.widths = 0.6 + 5.4 * level / LEVELS
        groups = []
        # Thick lines cost far more to draw: in a big net only the strongest get width.
        many = len(self.lines) > SMOOTH_LIMIT
        # Weak lines first, so that the strong ones are drawn on top of them.
        for step in range(1, LEVELS + 1):
            for sign, rgb in ((1, POSITIVE), (-1, NEGATIVE)):
                chosen = np.flatnonzero((np.sign(grads) == sign) & (level == step))
                if chosen.size:
                    if many:  # opaque, mixed with white: blending costs 5-10x more
                        strength = 0.12 + 0.88 * step / LEVELS
                        color = QColor(*(round(255 + (c - 255) * strength) for c in rgb))
                    else:
                        color = QColor(*rgb, 110 + 145 * step // LEVELS)
                    width = 0.6 + 5.4 * step / LEVELS
                    if many and step <= LEVELS // 2:
                        width = 0.0  # a one-pixel cosmetic line: Qt's fast path
                    groups.append((_pen(color, width), [self.lines[k] for k in chosen]))
        zero = np.flatnonzero(level == 0)
        if zero.size:
            groups.insert(0, (_pen(ZERO, 0.0 if many else 0.6),
                              [self.lines[k] for k in zero]))
        self._groups = groups
        self.update()

    def index_of(self, layer: int, j: int, i: int) -> int | None:
        hit = np.flatnonzero((self.keys[:, 0] == layer) & (self.keys[:, 1] == j)
                             & (self.keys[:, 2] == i))
        return int(hit[0]) if hit.size else None

    def nearest(self, x: float, y: float, tolerance: float) -> int | None:
        """The line closest to (x, y), if within ``tolerance`` scene units."""
        if not len(self.lines):
            return None
        p0, p1 = self.segments[:, :2], self.segments[:, 2:]
        d = p1 - p0
        t = np.clip(((x - p0[:, 0]) * d[:, 0] + (y - p0[:, 1]) * d[:, 1])
                    / np.maximum((d * d).sum(axis=1), 1e-12), 0.0, 1.0)
        distance = np.hypot(p0[:, 0] + t * d[:, 0] - x, p0[:, 1] + t * d[:, 1] - y)
        best = int(np.argmin(distance))
        return best if distance[best] <= tolerance + self.widths[best] / 2 else None

    # -- QGraphicsItem ------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing,
                              len(self.lines) <= SMOOTH_LIMIT)
        for pen, lines in self._groups:
            painter.setPen(pen)
            painter.drawLines(lines)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for index, color in self.emphasis:
            painter.setPen(_pen(color, self.widths[index] + 2.0))
            painter.drawLine(self.lines[index])
