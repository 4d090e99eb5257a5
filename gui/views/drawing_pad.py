"""A drawing pad: an H×W image shown enlarged, where a person draws with the mouse.

The left button paints with a soft round brush (ink adds up to 1); the right button, or
the left with Shift held, drags the whole image around (pixels pushed off the edge are
lost, the uncovered border is blank: the same shift as the pooling probe's). Every change
emits ``imageChanged`` with the (H, W) ink values in 0..1; the view throttles what it
sends to the engine.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.views.map_tiles import ink_rgba, to_qimage

#: Brush width in pixels of the image, per 8 pixels of its side: a stroke as thick on
#: 8×8 digits as on 28×28 shapes, relative to the picture.
BRUSH_PER_8 = 0.55


def shift_image(image: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """(H, W) moved dx right and dy down, blank where nothing moved in."""
    out = np.zeros_like(image)
    h, w = image.shape
    if abs(dx) >= w or abs(dy) >= h:
        return out
    out[max(dy, 0):h - max(-dy, 0), max(dx, 0):w - max(-dx, 0)] = \
        image[max(-dy, 0):h - max(dy, 0), max(-dx, 0):w - max(dx, 0)]
    return out


class DrawingPad(QWidget):
    imageChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = np.zeros((8, 8), np.float32)
        self._last: QPointF | None = None
        self._drag_from: tuple[QPointF, np.ndarray] | None = None
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

    # -- the image -------------------------------------------------------------------------
    def set_image(self, image: np.ndarray) -> None:
        """Show ``image`` (H, W) without emitting: the engine's input, mirrored."""
        self.image = np.clip(np.asarray(image, np.float32), 0.0, 1.0).copy()
        self.update()

    def clear(self) -> None:
        self.image = np.zeros_like(self.image)
        self.update()
        self.imageChanged.emit(self.image.copy())

    def busy(self) -> bool:
        """True while a stroke or a drag is under way (the engine's echo must wait)."""
        return self._last is not None or self._drag_from is not None

    def canvas_rect(self) -> QRectF:
        h, w = self.image.shape
        side = max(min(self.width() / w, self.height() / h), 0.01)
        return QRectF((self.width() - w * side) / 2, (self.height() - h * side) / 2,
                      w * side, h * side)

    def to_pixels(self, pos: QPointF) -> tuple[float, float]:
        """Widget position to image coordinates (x across, y down; pixel centres at +0.5)."""
        rect = self.canvas_rect()
        h, w = self.image.shape
        return ((pos.x() - rect.left()) * w / rect.width(),
                (pos.y() - rect.top()) * h / rect.height())

    # -- painting with the brush -----------------------------------------------------------
    def _paint_segment(self, a: QPointF, b: QPointF) -> None:
        (x0, y0), (x1, y1) = self.to_pixels(a), self.to_pixels(b)
        h, w = self.image.shape
        sigma = BRUSH_PER_8 * max(h, w) / 8
        steps = max(1, int(np.hypot(x1 - x0, y1 - y0) / (sigma / 2)) + 1)
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32) + 0.5
        ink = np.zeros_like(self.image)
        for t in np.linspace(0.0, 1.0, steps):
            cx, cy = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
            ink = np.maximum(ink, np.exp(-((xs - cx) ** 2 + (ys - cy) ** 2) / (2 * sigma ** 2)))
        self.image = np.clip(self.image + ink, 0.0, 1.0).astype(np.float32)
        self.update()
        self.imageChanged.emit(self.image.copy())

    def _moving(self, event) -> bool:
        return (event.buttons() & Qt.MouseButton.RightButton
                or event.modifiers() & Qt.KeyboardModifier.ShiftModifier)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._moving(event):
            self._drag_from = (event.position(), self.image.copy())
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        elif event.button() == Qt.MouseButton.LeftButton:
            self._last = event.position()
            self._paint_segment(self._last, self._last)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag_from is not None:
            start, base = self._drag_from
            (x0, y0), (x1, y1) = self.to_pixels(start), self.to_pixels(event.position())
            moved = shift_image(base, int(round(x1 - x0)), int(round(y1 - y0)))
            if not np.array_equal(moved, self.image):
                self.image = moved
                self.update()
                self.imageChanged.emit(self.image.copy())
        elif self._last is not None:
            self._paint_segment(self._last, event.position())
            self._last = event.position()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._last, self._drag_from = None, None
        self.setCursor(Qt.CursorShape.CrossCursor)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        rect = self.canvas_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(rect, to_qimage(ink_rgba(self.image)))
        h, w = self.image.shape
        if rect.width() / w >= 8:  # faint pixel grid where the pixels are big enough
            painter.setPen(QPen(QColor(0, 0, 0, 25), 1))
            for k in range(1, w):
                x = rect.left() + rect.width() * k / w
                painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            for k in range(1, h):
                y = rect.top() + rect.height() * k / h
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        painter.drawRect(rect)
