"""The landscape's flat pictures (pyqtgraph): a heatmap of the plane with contour lines,
a colour bar and the optimiser's path, or a 1-D slice as a curve with the current point.

Its few labels keep the translation context of ``LandscapeView``, which showed them
before they moved here.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from gui.views.plots import plain_plot

CONTOUR_LEVELS = 8
PATH_COLOUR = (240, 90, 40)


def _tr(text: str) -> str:
    return QCoreApplication.translate("LandscapeView", text)


class LandscapePlot:
    """The heatmap (2-D) or curve (1-D) of a landscape, in ``widget``."""

    def __init__(self) -> None:
        self.widget = plain_plot(_tr("direction 1"), _tr("direction 2"))
        self.image = pg.ImageItem(axisOrder="row-major")
        self.widget.addItem(self.image)
        self.colour_map = pg.colormap.get("viridis")
        self.colour_bar = pg.ColorBarItem(colorMap=self.colour_map, interactive=False,
                                          width=12)
        self.colour_bar.setImageItem(self.image, insert_in=self.widget.getPlotItem())
        self.contours = [pg.IsocurveItem(pen=pg.mkPen((255, 255, 255, 140), width=1))
                         for _ in range(CONTOUR_LEVELS)]
        for contour in self.contours:
            contour.setParentItem(self.image)
        self.path = pg.PlotDataItem(pen=pg.mkPen(PATH_COLOUR, width=2))
        self.point = pg.ScatterPlotItem(size=12, brush=pg.mkBrush(*PATH_COLOUR),
                                        pen=pg.mkPen("w", width=2))
        self.widget.addItem(self.path)
        self.widget.addItem(self.point)
        self.line_curve = pg.PlotDataItem(pen=pg.mkPen((8, 119, 189), width=2))
        self.widget.addItem(self.line_curve)

    def draw_grid(self, data, values: np.ndarray, levels: tuple[float, float]) -> None:
        """The plane's (scaled) values as a heatmap; contours once the grid is complete."""
        low, high = levels
        a0, a1, b0, b1 = data.alphas[0], data.alphas[-1], data.betas[0], data.betas[-1]
        self.line_curve.setData([], [])
        shown = np.where(np.isfinite(values), values, high).astype(np.float32)
        self.image.setImage(shown, levels=(low, high), autoLevels=False)
        self.image.setRect(a0, b0, a1 - a0, b1 - b0)
        self.image.show()
        self.colour_bar.setLevels((low, high))
        self.widget.setLabel("left", _tr("direction 2"))
        complete = data.progress >= 1.0
        for i, contour in enumerate(self.contours):
            level = low + (high - low) * (i + 0.5) / CONTOUR_LEVELS
            contour.setData(shown if complete else None, level)
            # Contours are in image pixels; the image's rect maps them to (a, b).
            contour.setVisible(complete)

    def draw_line(self, data, values: np.ndarray, label: str) -> None:
        """A 1-D slice: (scaled) values along direction 1."""
        self.image.hide()
        for contour in self.contours:
            contour.setVisible(False)
        self.line_curve.setData(data.alphas, values[0])
        self.widget.setLabel("left", label)

    def draw_path(self, data, height: float | None = None) -> None:
        """The path and current point on the plane; on a 1-D slice, the point at
        ``height`` on the curve."""
        if height is None:
            self.path.setData(data.trajectory[:, 0], data.trajectory[:, 1])
            self.point.setData([data.current[0]], [data.current[1]])
        else:
            self.path.setData([], [])
            self.point.setData([data.current[0]], [height])
