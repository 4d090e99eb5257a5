"""The picture a captioner describes, shown large with sharp pixels, and where one of its
words looked as lighter patches over it (the review's Fig. 3, after "Show, attend and
tell"): the 8×8 attention map upsampled bilinearly and laid over the picture as a grey
veil, white where the model looks, dark where it does not.

Both images are pyqtgraph ImageItems made once; a new word only sets the overlay's data
(a 256×256 float32 array and fixed levels through a fixed lookup table).
"""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

#: Overlay pixels per side: smooth enough at any size the picture is shown.
OVERLAY_SIDE = 256
#: How much the veil covers the picture (0 shows the picture alone, 1 the map alone).
VEIL = 0.5
#: The brightest patch stands for at least this much attention on one cell: a map spread
#: evenly over the 64 cells (1/64 each) stays dim instead of lighting the whole picture.
FULL_CELL = 0.1


@functools.lru_cache(maxsize=8)
def bilinear_matrix(cells: int, side: int) -> np.ndarray:
    """(side, cells) weights that resample a row of ``cells`` values to ``side`` pixels,
    cell centres at their pixels' centres (as torch's bilinear, align_corners=False)."""
    at = (np.arange(side, dtype=np.float64) + 0.5) * cells / side - 0.5
    at = np.clip(at, 0.0, cells - 1.0)
    low = np.floor(at).astype(int)
    high = np.minimum(low + 1, cells - 1)
    frac = at - low
    weights = np.zeros((side, cells))
    weights[np.arange(side), low] += 1.0 - frac
    weights[np.arange(side), high] += frac
    weights = weights.astype(np.float32)
    weights.setflags(write=False)  # shared by every call (cached)
    return weights


def upsample(weights: np.ndarray, side: int = OVERLAY_SIDE) -> np.ndarray:
    """An (h, w) map to (side, side), bilinear."""
    rows = bilinear_matrix(weights.shape[0], side)
    cols = bilinear_matrix(weights.shape[1], side)
    return rows @ np.asarray(weights, np.float32) @ cols.T


def veil_levels(weights: np.ndarray) -> np.ndarray:
    """The attention map as veil brightness in 0..1 (1 over the most attended cell, unless
    the model looks nowhere in particular)."""
    return np.clip(upsample(weights) / max(float(weights.max()), FULL_CELL), 0.0, 1.0)


def _veil_lut() -> np.ndarray:
    lut = np.empty((256, 4), np.ubyte)
    lut[:, :3] = np.arange(256, dtype=np.ubyte)[:, None]
    lut[:, 3] = round(255 * VEIL)
    return lut


class CaptionPicture(pg.GraphicsLayoutWidget):
    """The picture (H, W, 3) uint8 and, on top, the veil of one attention map."""

    def __init__(self) -> None:
        super().__init__()
        self.setBackground((215, 215, 215))  # the black picture's edges show
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # ←/→ step the words, not the scene
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        self.box = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.box.setMenuEnabled(False)
        self.picture = pg.ImageItem(axisOrder="row-major")
        self.overlay = pg.ImageItem(axisOrder="row-major")
        self.overlay.setLookupTable(_veil_lut())
        self.overlay.setZValue(1)
        self.overlay.hide()
        self.box.addItem(self.picture)
        self.box.addItem(self.overlay)
        #: (h, w) of the picture, and of the picture the veil was last stretched over.
        self.shape: tuple[int, int] | None = None
        self.covered: tuple[int, int] | None = None
        #: The veil shown now, (OVERLAY_SIDE, OVERLAY_SIDE) in 0..1; None when hidden.
        self.veil: np.ndarray | None = None
        self.setMinimumSize(160, 160)

    def set_picture(self, image: np.ndarray) -> None:
        image = np.ascontiguousarray(image, np.uint8)
        self.picture.setImage(image, levels=(0, 255), autoLevels=False)
        shape = image.shape[:2]
        if shape != self.shape:
            self.shape = shape
            self.box.setRange(xRange=(0, shape[1]), yRange=(0, shape[0]), padding=0)

    def show_attention(self, weights: np.ndarray | None) -> None:
        """Lay the veil of an (h, w) map over the picture; None takes it away."""
        if weights is None:
            self.veil = None
            self.overlay.hide()
            return
        self.veil = veil_levels(weights)
        self.overlay.setImage(self.veil, levels=(0.0, 1.0), autoLevels=False)
        if self.shape is not None and self.shape != self.covered:
            self.covered = self.shape
            self.overlay.setRect(QRectF(0, 0, self.shape[1], self.shape[0]))
        self.overlay.show()
