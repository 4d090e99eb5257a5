"""A 3-D surface of a loss grid, drawn in software: numpy projects, QPainter paints.

OpenGL is not a dependency and an offscreen window has none, so the surface is drawn
like a plotter would: every grid cell is a quadrilateral, projected with numpy
(turned by azimuth and elevation, orthographic or with mild perspective), sorted far to
near and painted in that order (the painter's algorithm), each filled with the
heatmap's colour map at its mean value and outlined by thin grid lines. Cells with a
corner not computed yet (NaN) are skipped. The optimiser's path runs on the surface
(heights interpolated from the grid) and is drawn last, so hills never hide it; the
current point is a marker.

Left-drag turns the surface, the wheel zooms, a double-click resets the view. A 51x51
grid (2,500 cells) redraws in about 10-15 ms (bench/landscape.py measures it).
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Height of the surface against its base's half-width: the values' range maps to it.
HEIGHT = 1.2
#: Share of the widget the box fills at zoom 1 (room for perspective and labels).
FILL = 0.8
#: Cells per axis drawn at most: finer grids are drawn every 2nd (3rd...) line.
MAX_CELLS = 60
#: A moving path repaints at most this often (a paint costs ~15 ms of the GUI thread).
PATH_FPS = 15
PATH_COLOUR = QColor(240, 90, 40)


class Surface3D(QWidget):
    """The surface of a grid ``values[i, j]`` over (alphas[j], betas[i])."""

    AZIMUTH, ELEVATION, ZOOM = -55.0, 35.0, 1.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.azimuth, self.elevation, self.zoom = self.AZIMUTH, self.ELEVATION, self.ZOOM
        #: 0: orthographic; 0.3: near things ~15 % larger than far ones.
        self.perspective = 0.3
        self.values: np.ndarray | None = None
        self.alphas = self.betas = np.zeros(0)
        self.levels = (0.0, 1.0)
        self.label = ""
        self.path: np.ndarray | None = None
        self.current: np.ndarray | None = None
        self._brushes = [QBrush(QColor(i, i, i)) for i in range(256)]
        self._grid_pen = QPen(QColor(30, 30, 30, 70), 0)
        self._drag: QPointF | None = None
        #: Seconds the last paint took, and how many cells it drew.
        self.paint_seconds = 0.0
        self.cells_drawn = 0
        self._painted_at = -1.0
        self._later = QTimer(self, singleShot=True, timeout=self.update)

    # -- what to draw ----------------------------------------------------------------------
    def set_colour_map(self, colour_map) -> None:
        """Colours from a pyqtgraph ColorMap (the heatmap's), 256 steps."""
        table = colour_map.getLookupTable(0.0, 1.0, 256, alpha=False)
        self._brushes = [QBrush(QColor(int(r), int(g), int(b))) for r, g, b in table[:, :3]]
        self.update()

    def set_surface(self, values: np.ndarray, alphas: np.ndarray, betas: np.ndarray,
                    levels: tuple[float, float], label: str = "") -> None:
        """Heights ``values`` (len(betas), len(alphas)), NaN where not computed; colours
        and heights span ``levels``."""
        stride = max(1, math.ceil((max(values.shape) - 1) / MAX_CELLS))
        self.values = np.asarray(values, np.float64)[::stride, ::stride]
        self.alphas = np.asarray(alphas, np.float64)[::stride]
        self.betas = np.asarray(betas, np.float64)[::stride]
        low, high = float(levels[0]), float(levels[1])
        self.levels = (low, high if high > low else low + 1e-6)
        self.label = label
        self._prepare_cells()
        self.update()

    def set_path(self, path: np.ndarray | None, current: np.ndarray | None) -> None:
        """The trajectory (n, 2) and the current point (2,), in plane coordinates."""
        self.path = None if path is None else np.asarray(path, np.float64).reshape(-1, 2)
        self.current = None if current is None else np.asarray(current, np.float64)
        wait = 1.0 / PATH_FPS - (time.perf_counter() - self._painted_at)
        if wait <= 0:
            self.update()
        elif not self._later.isActive():
            self._later.start(int(wait * 1000) + 1)

    def reset_view(self) -> None:
        self.azimuth, self.elevation, self.zoom = self.AZIMUTH, self.ELEVATION, self.ZOOM
        self.update()

    # -- projection ------------------------------------------------------------------------
    def _unit(self, a, b, v) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Plane coordinates and values -> the unit box: x, y in [-1, 1], z in
        [-HEIGHT/2, HEIGHT/2]."""
        a0, a1 = self.alphas[0], self.alphas[-1]
        b0, b1 = self.betas[0], self.betas[-1]
        x = (np.asarray(a) - (a0 + a1) / 2) / max((a1 - a0) / 2, 1e-12)
        y = (np.asarray(b) - (b0 + b1) / 2) / max((b1 - b0) / 2, 1e-12)
        low, high = self.levels
        z = ((np.asarray(v) - low) / (high - low) - 0.5) * HEIGHT
        return x, y, z

    def project_unit(self, x, y, z) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Unit-box points -> (screen x, screen y, depth); larger depth is nearer.

        The box turns by the azimuth about its vertical axis, then tilts so the eye
        looks down at the elevation (90: straight down, direction 1 to the right and
        direction 2 up the screen).
        """
        phi, theta = math.radians(self.azimuth), math.radians(self.elevation)
        across = x * math.cos(phi) - y * math.sin(phi)
        away = x * math.sin(phi) + y * math.cos(phi)
        up = z * math.cos(theta) + away * math.sin(theta)
        depth = z * math.sin(theta) - away * math.cos(theta)
        grow = 1.0 / (1.0 - self.perspective * depth / 3.0)
        scale = self.scale()
        return (self.width() / 2 + scale * across * grow,
                self.height() / 2 - scale * up * grow, depth)

    def scale(self) -> float:
        """Pixels per unit: the box fits the widget at zoom 1 however it is turned (its
        footprint turns within a circle of radius sqrt(2)); only tilting changes the fit,
        so the surface does not breathe while it turns."""
        theta = math.radians(self.elevation)
        tall = HEIGHT / 2 * abs(math.cos(theta)) + math.sqrt(2) * abs(math.sin(theta))
        fit = min(self.width() / 2 / math.sqrt(2), self.height() / 2 / tall)
        return self.zoom * FILL * fit

    def project(self, a, b, v) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Plane coordinates (a, b) at height v (a value) -> screen x, y and depth."""
        return self.project_unit(*self._unit(a, b, v))

    def heights(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The grid's values at plane points, bilinear; NaN off the grid or where a
        corner is missing."""
        values = self.values
        rows, cols = values.shape
        fa = (np.asarray(a) - self.alphas[0]) / max(self.alphas[-1] - self.alphas[0], 1e-12)
        fb = (np.asarray(b) - self.betas[0]) / max(self.betas[-1] - self.betas[0], 1e-12)
        inside = (fa >= 0) & (fa <= 1) & (fb >= 0) & (fb <= 1)
        u, w = np.clip(fa, 0, 1) * (cols - 1), np.clip(fb, 0, 1) * (rows - 1)
        j, i = np.minimum(u.astype(int), max(cols - 2, 0)), np.minimum(w.astype(int),
                                                                       max(rows - 2, 0))
        du, dw = u - j, w - i
        j1, i1 = np.minimum(j + 1, cols - 1), np.minimum(i + 1, rows - 1)
        top = values[i, j] * (1 - du) + values[i, j1] * du
        bottom = values[i1, j] * (1 - du) + values[i1, j1] * du
        return np.where(inside, top * (1 - dw) + bottom * dw, np.nan)

    def _prepare_cells(self) -> None:
        """What stays put while the surface turns: each drawable cell's corners (flat
        vertex indices) and colour; a cell with a NaN corner is not computed yet."""
        values = self.values
        rows, cols = values.shape
        a, b = np.meshgrid(self.alphas, self.betas)
        self._vertices = a.reshape(-1), b.reshape(-1), values.reshape(-1)
        top_left = (np.arange(rows - 1)[:, None] * cols + np.arange(cols - 1)).reshape(-1)
        corners = np.stack([top_left, top_left + 1, top_left + cols + 1, top_left + cols],
                           axis=1)
        means = values.reshape(-1)[corners].mean(axis=1)
        keep = np.isfinite(means)
        low, high = self.levels
        self._corners = corners[keep]
        self._colours = np.clip((means[keep] - low) / (high - low) * 255, 0, 255).astype(
            np.intp)

    def _cells(self) -> tuple[list, list]:
        """The drawable cells far to near: their corners on screen, colour indices."""
        sx, sy, depth = self.project(*self._vertices)
        order = np.argsort(depth[self._corners].sum(axis=1), kind="stable")
        corners = self._corners[order]
        quads = np.stack([sx[corners], sy[corners]], axis=-1)
        return quads.tolist(), self._colours[order].tolist()

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        started = self._painted_at = time.perf_counter()
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.cells_drawn = 0
        if self.values is not None and min(self.values.shape) >= 2:
            self._paint_base(painter)
            quads, colours = self._cells()
            painter.setPen(self._grid_pen)
            brushes, point = self._brushes, QPointF
            for quad, colour in zip(quads, colours):
                painter.setBrush(brushes[colour])
                painter.drawConvexPolygon([point(*quad[0]), point(*quad[1]),
                                           point(*quad[2]), point(*quad[3])])
            self.cells_drawn = len(quads)
            self._paint_path(painter)
            self._paint_labels(painter)
        painter.end()
        self.paint_seconds = time.perf_counter() - started

    def _paint_base(self, painter: QPainter) -> None:
        """The floor of the box under the surface, for a sense of height."""
        x = np.array([-1.0, 1.0, 1.0, -1.0])
        y = np.array([-1.0, -1.0, 1.0, 1.0])
        sx, sy, _ = self.project_unit(x, y, np.full(4, -HEIGHT / 2))
        painter.setPen(QPen(QColor(150, 150, 150), 0))
        painter.setBrush(QColor(244, 244, 244))
        painter.drawPolygon([QPointF(px, py) for px, py in zip(sx, sy)])

    def _paint_path(self, painter: QPainter) -> None:
        if self.path is not None and len(self.path) > 1:
            z = self.heights(self.path[:, 0], self.path[:, 1])
            sx, sy, _ = self.project(self.path[:, 0], self.path[:, 1], z)
            painter.setPen(QPen(PATH_COLOUR, 2))
            run: list[QPointF] = []
            for px, py, ok in zip(sx.tolist(), sy.tolist(), np.isfinite(z).tolist()):
                if ok:
                    run.append(QPointF(px, py))
                elif run:  # off the grid or over a gap: the line breaks
                    painter.drawPolyline(run)
                    run = []
            if len(run) > 1:
                painter.drawPolyline(run)
        if self.current is not None:
            z = self.heights(self.current[:1], self.current[1:])
            if np.isfinite(z).all():
                sx, sy, _ = self.project(self.current[:1], self.current[1:], z)
                painter.setPen(QPen(Qt.GlobalColor.white, 2))
                painter.setBrush(PATH_COLOUR)
                painter.drawEllipse(QPointF(float(sx[0]), float(sy[0])), 6, 6)

    def _paint_labels(self, painter: QPainter) -> None:
        painter.setPen(QColor(60, 60, 60))
        font = QFont(painter.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        painter.setFont(font)
        for (x, y), text in (((0.0, -1.15), self.tr("direction 1")),
                             ((1.15, 0.0), self.tr("direction 2"))):
            sx, sy, _ = self.project_unit(np.array([x]), np.array([y]),
                                          np.array([-HEIGHT / 2]))
            painter.drawText(QPointF(float(sx[0]) - 30, float(sy[0]) + 4), text)
        low, high = self.levels
        painter.drawText(QPointF(8, 16), self.tr("{0}: {1:.3g} to {2:.3g}").format(
            self.label, low, high))
        painter.setPen(QColor(130, 130, 130))
        painter.drawText(QPointF(8, self.height() - 8),
                         self.tr("Drag to turn, wheel to zoom, double-click to reset"))

    # -- turning and zooming ---------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._drag is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = event.position() - self._drag
            self._drag = event.position()
            self.azimuth = (self.azimuth - 0.5 * moved.x() + 180.0) % 360.0 - 180.0
            self.elevation = min(90.0, max(-90.0, self.elevation + 0.5 * moved.y()))
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event) -> None:
        self.zoom = min(6.0, max(0.3, self.zoom * 1.0015 ** event.angleDelta().y()))
        self.update()

    def mouseDoubleClickEvent(self, _event) -> None:
        self.reset_view()
