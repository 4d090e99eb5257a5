"""The review's Fig. 5: a recurrent net folded (one state s with a loop W) and unfolded in
time, drawn with QPainter for the current sequence. Each unrolled copy shows the input
token x_t below, the hidden vector s_t as a small heatmap (a grid of its units coloured by
value), and the output o_t (the net's prediction) above; arrows U (x -> s), V (s -> o)
and W (s_{t-1} -> s_t) are the same weights at every step.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui.views.map_tiles import to_qimage
from gui.views.rnn_view_base import quantity_rgba
from gui.views.sequence_strip import WRONG

INK = QColor(50, 50, 50)
WEIGHT = QColor(8, 119, 189)
FAINT = QColor(170, 170, 170)


def unit_grid(values: np.ndarray) -> np.ndarray:
    """(H,) values as a near-square (rows, cols) grid, row by row; NaN fills the end."""
    h = len(values)
    cols = max(1, math.ceil(math.sqrt(h)))
    rows = max(1, math.ceil(h / cols))
    grid = np.full(rows * cols, np.nan, np.float32)
    grid[:h] = values
    return grid.reshape(rows, cols)


def arrow(painter: QPainter, start: QPointF, end: QPointF, head: float = 7.0) -> None:
    painter.drawLine(QLineF(start, end))
    angle = math.atan2(end.y() - start.y(), end.x() - start.x())
    left = QPointF(end.x() - head * math.cos(angle - 0.4), end.y() - head * math.sin(angle - 0.4))
    right = QPointF(end.x() - head * math.cos(angle + 0.4), end.y() - head * math.sin(angle + 0.4))
    painter.save()
    painter.setBrush(painter.pen().color())
    painter.drawPolygon(QPolygonF([end, left, right]))
    painter.restore()


class UnfoldedDiagram(QWidget):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        #: Per shown step: (t, token, target, prediction, wrong, grid values, its QImage).
        self.columns: list[tuple] = []
        self.steps = 0
        self.start = 0
        self.levels = (-1.0, 1.0)
        self.units = 0
        self._grid_rects: list[QRectF] = []

    def set_window(self, trace, layer, start: int, count: int,
                   levels: tuple[float, float]) -> None:
        """Steps ``start`` .. ``start + count - 1`` of ``trace`` through ``layer``."""
        self.steps, self.start, self.levels = len(trace.tokens), start, levels
        self.units = layer.hidden.shape[1]
        self.columns = []
        for t in range(start, min(start + count, self.steps)):
            grid = unit_grid(layer.hidden[t])
            wrong = (trace.correct is not None and bool(trace.targets[t])
                     and not bool(trace.correct[t]))
            self.columns.append((t, trace.tokens[t], trace.targets[t], trace.predictions[t],
                                 wrong, grid, to_qimage(quantity_rgba(grid, *levels))))
        self.update()

    # -- geometry ------------------------------------------------------------------------------
    def _layout(self) -> dict:
        w, h = self.width(), self.height()
        folded = min(170.0, 0.24 * w)
        n = max(len(self.columns), 1)
        cw = (w - folded - 8) / n
        side = max(min(cw * 0.62, (h - 150) * 0.7, 130.0), 16.0)
        gap = max(min((h - 120 - side) / 2, 80.0), 24.0)
        top = max((h - (120 + side + 2 * gap)) / 2, 0) + 26
        return {"folded": folded, "cw": cw, "side": side, "o": top,
                "s": top + 34 + gap, "x": top + 34 + 2 * gap + side, "box": min(cw * 0.8, 80)}

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        g = self._layout()
        self._draw_folded(painter, g)
        self._grid_rects = []
        previous = None
        for c, column in enumerate(self.columns):
            cx = g["folded"] + (c + 0.5) * g["cw"]
            previous = self._draw_step(painter, g, cx, column, previous)
        if self.columns and self.columns[-1][0] < self.steps - 1 and previous is not None:
            painter.setPen(QPen(WEIGHT, 1.6))
            arrow(painter, previous, QPointF(self.width() - 4, previous.y()))

    def _label(self, painter: QPainter, point: QPointF, text: str, color=WEIGHT) -> None:
        painter.setPen(color)
        font = painter.font()
        font.setItalic(True)
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        painter.drawText(QRectF(point.x() - 10, point.y() - 9, 20, 18),
                         Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _box(self, painter: QPainter, rect: QRectF, text: str, fill: QColor | None = None,
             bold: bool = False) -> None:
        painter.setPen(QPen(INK, 1.2))
        painter.setBrush(fill if fill is not None else QColor(255, 255, 255))
        painter.drawRoundedRect(rect, 4, 4)
        painter.save()
        font = painter.font()
        font.setBold(bold)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                          int(rect.width()) - 2))
        painter.restore()

    def _draw_folded(self, painter: QPainter, g: dict) -> None:
        cx, side = g["folded"] * 0.42, min(g["side"], 44.0)
        o = QRectF(cx - 18, g["o"], 36, 30)
        s = QRectF(cx - side / 2, g["s"] + (g["side"] - side) / 2, side, side)
        x = QRectF(cx - 18, g["x"], 36, 28)
        for rect, name in ((o, "o"), (s, "s"), (x, "x")):
            self._box(painter, rect, name, bold=True)
        painter.setPen(QPen(WEIGHT, 1.6))
        arrow(painter, QPointF(cx, x.top()), QPointF(cx, s.bottom() + 1))
        arrow(painter, QPointF(cx, s.top()), QPointF(cx, o.bottom() + 1))
        self._label(painter, QPointF(cx - 12, (x.top() + s.bottom()) / 2), "U")
        self._label(painter, QPointF(cx - 12, (s.top() + o.bottom()) / 2), "V")
        # The loop: out of the state's right side and back into it, one step later.
        loop = QPainterPath(QPointF(s.right(), s.center().y() + 6))
        reach = s.right() + side * 0.9
        loop.cubicTo(QPointF(reach, s.center().y() + side * 0.6),
                     QPointF(reach, s.center().y() - side * 0.6),
                     QPointF(s.right() + 3, s.center().y() - 6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(loop)
        arrow(painter, QPointF(s.right() + 8, s.center().y() - 8),
              QPointF(s.right() + 1, s.center().y() - 6), head=6)
        delay = QRectF(reach - 0.25 * side - 4, s.center().y() - 4, 8, 8)
        painter.fillRect(delay, INK)  # Fig. 5's black square: a delay of one step
        self._label(painter, QPointF(reach + 4, s.top() - 2), "W")
        # "Unfold": an arrow to the unrolled copies.
        painter.setPen(QPen(FAINT, 2.0))
        middle = g["s"] + g["side"] / 2
        arrow(painter, QPointF(g["folded"] - 36, middle), QPointF(g["folded"] - 14, middle))

    def _draw_step(self, painter: QPainter, g: dict, cx: float, column: tuple,
                   previous: QPointF | None) -> QPointF:
        t, token, target, prediction, wrong, grid, image = column
        side, box = g["side"], g["box"]
        rows, cols = grid.shape
        height = side * rows / cols
        s = QRectF(cx - side / 2, g["s"] + (side - height) / 2, side, height)
        o = QRectF(cx - box / 2, g["o"], box, 30)
        x = QRectF(cx - box / 2, g["x"], box, 28)
        painter.setPen(FAINT)
        if target:
            painter.drawText(QRectF(o.left() - 10, o.top() - 18, o.width() + 20, 16),
                             Qt.AlignmentFlag.AlignCenter, target)
        self._box(painter, o, prediction or "·", WRONG if wrong else None)
        self._box(painter, x, token, QColor(245, 245, 245), bold=True)
        painter.setPen(INK)
        painter.drawText(QRectF(x.left() - 10, x.bottom() + 2, x.width() + 20, 16),
                         Qt.AlignmentFlag.AlignCenter, f"t = {t}")
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(s, image)
        painter.restore()
        painter.setPen(QPen(INK, 1.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(s)
        self._grid_rects.append(s)
        painter.setPen(QPen(WEIGHT, 1.6))
        arrow(painter, QPointF(cx, x.top()), QPointF(cx, s.bottom() + 1))
        arrow(painter, QPointF(cx, s.top()), QPointF(cx, o.bottom() + 1))
        self._label(painter, QPointF(cx + 10, (x.top() + s.bottom()) / 2), "U")
        self._label(painter, QPointF(cx + 10, (s.top() + o.bottom()) / 2), "V")
        enter = QPointF(s.left() - 1, s.center().y())
        painter.setPen(QPen(WEIGHT, 1.6))
        if previous is not None:
            arrow(painter, previous, enter)
            self._label(painter, QPointF((previous.x() + enter.x()) / 2, enter.y() - 11), "W")
        elif t > 0:  # the state arrives from steps left of the window
            arrow(painter, QPointF(cx - g["cw"] / 2 + 2, enter.y()), enter)
        return QPointF(s.right() + 1, s.center().y())

    # -- a unit's value under the mouse ----------------------------------------------------------
    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        pos = event.position()
        for rect, column in zip(self._grid_rects, self.columns):
            if rect.contains(pos):
                grid = column[5]
                rows, cols = grid.shape
                r = min(int((pos.y() - rect.top()) / rect.height() * rows), rows - 1)
                q = min(int((pos.x() - rect.left()) / rect.width() * cols), cols - 1)
                unit = r * cols + q
                if unit < self.units:
                    QToolTip.showText(event.globalPosition().toPoint(), self.tr(
                        "s_t at step {0}, unit {1}: {2:+.3f}").format(
                        column[0], unit, float(grid[r, q])), self)
                    return
        QToolTip.hideText()

