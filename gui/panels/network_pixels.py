"""The network panel's input block for image data (the 8x8 digits).

Images have no 2-D features to switch on and off: the panel draws all their pixels as
one input block showing an example image, and each first-layer unit as a picture of its
incoming weights, i.e. of the pattern of pixels it looks for.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from gui.panels.network_layout import MARGIN, NetworkLayout
from gui.panels.network_paint import heatmap_images


def receptive_field_images(weights: np.ndarray, image_shape: tuple[int, int]
                           ) -> tuple[QImage, ...]:
    """A first hidden layer's incoming weights (units, pixels) as one picture per unit,
    each scaled by its own largest |weight|: blue pixels excite the unit, orange inhibit.
    Image row 0 is the top, so rows are pre-flipped for ``heatmap_images``."""
    fields = np.asarray(weights, np.float32).reshape(-1, *image_shape)
    scale = np.maximum(np.abs(fields).max(axis=(1, 2), keepdims=True), 1e-6)
    return heatmap_images(np.ascontiguousarray((fields / scale)[:, ::-1]), -1.0, 1.0)


def grey_image(pixels: np.ndarray) -> QImage:
    """A small grey-scale picture of ``pixels`` (values 0..1, row 0 at the top): dark ink
    on white."""
    grey = np.ascontiguousarray(255 - np.clip(pixels, 0.0, 1.0) * 255, dtype=np.uint8)
    h, w = grey.shape
    return QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8).copy()


def example_image(snap, image_shape: tuple[int, int]) -> QImage | None:
    """The first test image of ``snap`` as the input block's picture (None if none)."""
    if not len(snap.points.x_test):
        return None
    return grey_image(np.asarray(snap.points.x_test[0]).reshape(image_shape))


def pixel_images(example: QImage | None, weights: tuple[np.ndarray, ...],
                 image_shape: tuple[int, int]) -> tuple[tuple[QImage, ...], ...]:
    """Pictures per drawn layer for image data: the example as the input block, then each
    first-layer unit's incoming weights (when the first Linear reads every pixel)."""
    inputs = (example,) if example is not None else ()
    first = weights[0] if weights else None
    if first is None or first.shape[1] != np.prod(image_shape):
        return (inputs,)
    return (inputs, receptive_field_images(first, image_shape))


def paint_input_note(painter: QPainter, layout: NetworkLayout, text: str,
                     colour: QColor) -> None:
    """``text`` (e.g. "64 inputs (8×8 pixels)") under the input block, wrapped to the
    room left of the first hidden layer."""
    rect = layout.rects[0][0]
    painter.setPen(colour)
    xs = layout.column_x
    right = (xs[0] + xs[1]) / 2 if len(xs) > 1 else rect.right() + 30
    box = QRectF(MARGIN, rect.bottom() + 4, right - MARGIN, 44)
    painter.drawText(box, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
                     | Qt.AlignmentFlag.AlignTop, text)
