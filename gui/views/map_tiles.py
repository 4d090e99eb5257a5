"""Small images for the ConvNet views: maps tiled into grids, coloured by a fixed rule,
and a widget that shows such an image enlarged with sharp pixels.

Maps arrive scaled to [0, 1] with 0.5 meaning zero (engine.shared.results.convnet): the diverging
palette draws them, so zero is the neutral grey in every view. Input images (ink in 0..1)
are drawn black on white, as a person draws them.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.colors import diverging_rgba

GAP_COLOR = (255, 255, 255, 255)


def tile(maps: np.ndarray, columns: int | None = None, gap: int = 1) -> np.ndarray:
    """(C, H, W) maps as one (rows*(H+gap)-gap, cols*(W+gap)-gap) array; NaN in the gaps.
    ``columns`` defaults to a near-square grid."""
    c, h, w = maps.shape
    cols = max(1, min(c, columns or math.ceil(math.sqrt(c))))
    rows = max(1, math.ceil(c / cols))
    out = np.full((rows * (h + gap) - gap, cols * (w + gap) - gap), np.nan, np.float32)
    for k in range(c):
        r, q = divmod(k, cols)
        out[r * (h + gap):r * (h + gap) + h, q * (w + gap):q * (w + gap) + w] = maps[k]
    return out


def maps_rgba(scaled: np.ndarray) -> np.ndarray:
    """Values in [0, 1] (0.5 = zero) to RGBA with the diverging palette; NaN as white."""
    rgba = diverging_rgba(np.nan_to_num(scaled, nan=0.5), 0.0, 1.0)
    rgba[np.isnan(scaled)] = GAP_COLOR
    return rgba


def ink_rgba(image: np.ndarray) -> np.ndarray:
    """Ink in [0, 1] to RGBA: 0 white, 1 black; NaN (gaps) white."""
    level = (255 * (1.0 - np.clip(np.nan_to_num(image, nan=0.0), 0.0, 1.0))).astype(np.uint8)
    rgba = np.empty(image.shape + (4,), np.uint8)
    rgba[..., :3] = level[..., None]
    rgba[..., 3] = 255
    return rgba


def to_qimage(rgba: np.ndarray) -> QImage:
    """A QImage that owns a copy of the (H, W, 4) uint8 pixels."""
    rgba = np.ascontiguousarray(rgba, np.uint8)
    h, w = rgba.shape[:2]
    return QImage(rgba.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


class PixelImage(QWidget):
    """An image drawn as large as fits, pixels kept sharp, centred; a caption below.
    A click emits ``clicked``; ``selected`` draws a frame around it."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None, minimum: int = 24) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.caption = ""
        self.selected = False
        self.setMinimumSize(minimum, minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_image(self, image: QImage | None, caption: str = "") -> None:
        self._image, self.caption = image, caption
        self.update()

    def image(self) -> QImage | None:
        return self._image

    def image_rect(self) -> QRectF:
        """Where the image lands in the widget (empty when there is none)."""
        if self._image is None or self._image.isNull():
            return QRectF()
        text = self.fontMetrics().height() + 2 if self.caption else 0
        room_w, room_h = self.width() - 4, self.height() - 4 - text
        s = max(min(room_w / self._image.width(), room_h / self._image.height()), 0.01)
        w, h = self._image.width() * s, self._image.height() * s
        return QRectF((self.width() - w) / 2, 2 + (room_h - h) / 2, w, h)

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        rect = self.image_rect()
        if not rect.isEmpty():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(rect, self._image)
            painter.setPen(QColor(60, 60, 60) if self.selected else QColor(200, 200, 200))
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        if self.caption:
            painter.setPen(QColor(40, 40, 40))
            height = self.fontMetrics().height()
            text = self.fontMetrics().elidedText(self.caption, Qt.TextElideMode.ElideRight,
                                                 self.width())
            painter.drawText(QRectF(0, self.height() - height - 1, self.width(), height),
                             Qt.AlignmentFlag.AlignCenter, text)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
