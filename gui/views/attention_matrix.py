"""The attention matrix of one translation: a row per Korean word said (and the end), a
column per English word, each cell how much the decoder looked at that English word
while saying that Korean one. Rows sum to 1; the crossing pattern is the reordering
(the English verb, second, feeds the Korean verb, last)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gui.views.plots import plain_plot

#: White (no attention) to dark blue (all of it), as the review's figures shade it.
_COLOURS = np.array([[255, 255, 255], [8, 69, 148]], np.ubyte)


class AttentionMatrix:
    def __init__(self) -> None:
        self.plot = plain_plot()
        self.plot.invertY(True)
        self.plot.setAspectLocked(False)
        self.plot.getViewBox().setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(pg.ColorMap([0.0, 1.0], _COLOURS).getLookupTable(
            nPts=256))
        self.plot.addItem(self.image)
        self.matrix: np.ndarray | None = None
        self._labels: tuple = ()

    def show(self, matrix: np.ndarray, source: tuple[str, ...], said: tuple[str, ...],
             end: str) -> None:
        """``matrix`` (said words + end, source words); ``end`` names the last row."""
        self.matrix = np.ascontiguousarray(matrix, np.float32)
        self.image.setImage(self.matrix, levels=(0.0, 1.0), autoLevels=False)
        rows = (*said, end)[:self.matrix.shape[0]]
        labels = (tuple(source), rows)
        if labels != self._labels:
            self._labels = labels
            self.plot.getAxis("top").setTicks([list(enumerate(source))])
            self.plot.getAxis("left").setTicks([[(i + 0.5, w) for i, w in enumerate(rows)]])
            self.plot.getAxis("bottom").setTicks([[(i + 0.5, w)
                                                   for i, w in enumerate(source)]])
            self.plot.showAxis("top", False)
            self.plot.setRange(xRange=(0, len(source)), yRange=(0, len(rows)), padding=0)

    def clear(self) -> None:
        self.matrix = None
        self.image.clear()
