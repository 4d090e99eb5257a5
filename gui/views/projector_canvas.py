"""The projector's picture: the points (gui/views/projector_points.py), coloured by group,
the labels (gui/views/projector_labels.py), rings around the selected point and its
neighbours or search matches (the legend is beside it: projector_legend.py). No axes: a
projection's units mean nothing to read (TensorBoard's Projector has none either), and
redrawing their ticks as the cloud moves cost ~5 ms a frame.

In 3-D the points are turned by azimuth and elevation with numpy and drawn in the plane
(OpenGL is not a dependency and an offscreen window has none, as in surface3d.py):
left-drag turns the cloud, and a small triad shows where the three components point.
A click selects the point nearest to it on the screen (within a few pixels).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QPointF, Qt, Signal

from engine.shared.results.projection import GLUE_GROUP
from gui.colors import CLASS_COLORS
from gui.views.projector_labels import LabelLayer
from gui.views.projector_points import PointLayer

#: Pixels from a click to the point it selects, at most.
CLICK_RADIUS = 10
SELECTED = (230, 30, 30)
RING = (20, 20, 20)


#: Colours after the ten class colours, far apart from them and from each other (with
#: hues spread evenly, groups 11-13 were three near blues).
MORE_COLOURS = ((30, 30, 30), (250, 120, 160), (170, 110, 230), (100, 190, 60),
                (0, 130, 100), (180, 40, 40), (80, 80, 200), (200, 170, 0),
                (110, 60, 120), (0, 90, 160))
#: Glue words in light grey: many points that should not draw the eye.
GLUE_COLOUR = (185, 185, 185)


def group_colour(k: int, name: str = "") -> tuple[int, int, int]:
    if name == GLUE_GROUP:
        return GLUE_COLOUR
    if k < len(CLASS_COLORS):
        return tuple(int(c) for c in CLASS_COLORS[k])
    if k - len(CLASS_COLORS) < len(MORE_COLOURS):
        return MORE_COLOURS[k - len(CLASS_COLORS)]
    colour = pg.intColor(k, hues=17, values=1, maxValue=200)
    return colour.red(), colour.green(), colour.blue()


def turn(coords: np.ndarray, azimuth: float, elevation: float) -> np.ndarray:
    """(n, 3) points turned about the vertical axis by ``azimuth`` and tilted by
    ``elevation`` (degrees), seen along the depth axis: (n, 2)."""
    a, e = math.radians(azimuth), math.radians(elevation)
    x, y, z = coords[:, 0], coords[:, 1], coords[:, 2]
    u = x * math.cos(a) - z * math.sin(a)
    depth = x * math.sin(a) + z * math.cos(a)
    v = y * math.cos(e) - depth * math.sin(e)
    return np.stack([u, v], axis=1)


class TurningViewBox(pg.ViewBox):
    """A ViewBox whose left-drag turns a 3-D cloud instead of panning, while turning."""

    turned = Signal(float, float)

    def __init__(self) -> None:
        super().__init__()
        self.turning = False

    def mouseDragEvent(self, ev, axis=None) -> None:
        if self.turning and ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            delta = ev.pos() - ev.lastPos()
            self.turned.emit(float(delta.x()), float(delta.y()))
            return
        super().mouseDragEvent(ev, axis)


class ProjectorCanvas(QObject):
    """The plot (``self.plot``, for the caller's layout) and what is drawn on it."""

    pointClicked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.box = TurningViewBox()
        self.plot = pg.PlotWidget(background="w", viewBox=self.box)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        for side in ("bottom", "left"):
            self.plot.hideAxis(side)
        #: Each group's members and colour, for the legend beside the cloud.
        self.members: list[np.ndarray] = []
        self.colours: list[tuple[int, int, int]] = []
        self.points = PointLayer()
        self.plot.addItem(self.points)
        self.triad = pg.PlotDataItem(pen=pg.mkPen((150, 150, 150), width=1))
        self.plot.addItem(self.triad)
        self.rings = pg.ScatterPlotItem(size=11, pen=pg.mkPen(RING, width=1.4),
                                        brush=None)
        self.selected_ring = pg.ScatterPlotItem(size=14, pen=pg.mkPen(SELECTED, width=2.5),
                                                brush=None)
        self.labels = LabelLayer()
        for item in (self.rings, self.selected_ring, self.labels):
            item.setZValue(10)
            self.plot.addItem(item)
        self.azimuth, self.elevation = 30.0, 20.0
        self.xy = np.zeros((0, 2), np.float32)
        self._coords = np.zeros((0, 2), np.float32)
        self._marked: tuple[np.ndarray, int] = (np.zeros(0, np.int64), -1)
        self._groups_key = None
        self.box.turned.connect(self._turn)
        self.plot.scene().sigMouseClicked.connect(self._clicked)

    # -- what to draw ----------------------------------------------------------------------
    def set_groups(self, groups: np.ndarray, names: tuple[str, ...]) -> None:
        """Which points share a colour (a new run, layer or source)."""
        key = (names, groups.tobytes())
        if key == self._groups_key:
            return
        self._groups_key = key
        self.members = [np.flatnonzero(groups == k) for k in range(len(names))]
        self.colours = [group_colour(k, name) for k, name in enumerate(names)]
        self.points.set_groups(self.members, self.colours)

    def set_coords(self, coords: np.ndarray, labels: tuple[str, ...]) -> None:
        """The points' places: (n, 2), or (n, 3) to be turned; and their labels."""
        self._coords = np.asarray(coords, np.float32)
        self.labels.set_labels(labels)
        self._redraw()

    def marked_points(self) -> np.ndarray:
        """The points ringed now (neighbours, search matches or a group)."""
        return self._marked[0]

    def mark(self, marked: np.ndarray, selected: int) -> None:
        """Ring ``marked`` points (neighbours, search matches) and ``selected``; their
        labels are drawn first."""
        self._marked = (np.asarray(marked, np.int64), int(selected))
        self._redraw()

    def set_turning(self, turning: bool) -> None:
        self.box.turning = turning
        self.box.setMouseEnabled(x=True, y=True)

    def _turn(self, dx: float, dy: float) -> None:
        self.azimuth = (self.azimuth + dx * 0.5) % 360.0
        self.elevation = max(-89.0, min(89.0, self.elevation + dy * 0.5))
        self._redraw()

    def _redraw(self) -> None:
        coords = self._coords
        three = coords.ndim == 2 and coords.shape[1] == 3
        self.xy = turn(coords, self.azimuth, self.elevation) if three else coords[:, :2]
        self.points.set_points(self.xy)
        self._draw_triad(coords if three else None)
        marked, selected = self._marked
        marked = marked[marked < len(self.xy)]
        self.rings.setData(x=self.xy[marked, 0], y=self.xy[marked, 1])
        if 0 <= selected < len(self.xy):
            self.selected_ring.setData(x=[self.xy[selected, 0]], y=[self.xy[selected, 1]])
            first = np.concatenate([[selected], marked])
        else:
            self.selected_ring.setData([])
            first = marked
        self.labels.set_points(self.xy, first)

    def _draw_triad(self, coords: np.ndarray | None) -> None:
        if coords is None or len(coords) == 0:
            self.triad.setData([])
            return
        reach = float(np.abs(coords).max()) or 1.0
        ends = turn(np.eye(3) * reach, self.azimuth, self.elevation)
        path = np.full((9, 2), np.nan)
        for k in range(3):
            path[3 * k + 1] = ends[k]
            path[3 * k] = 0.0
        self.triad.setData(path[:, 0], path[:, 1], connect="finite")

    # -- clicks ----------------------------------------------------------------------------
    def nearest(self, scene_pos: QPointF) -> int:
        """The point drawn nearest to a scene position, within CLICK_RADIUS; -1 if none."""
        if len(self.xy) == 0:
            return -1
        view = self.box.mapSceneToView(scene_pos)
        (sx, sy) = self.box.viewPixelSize()
        d = ((self.xy[:, 0] - view.x()) / sx) ** 2 + ((self.xy[:, 1] - view.y()) / sy) ** 2
        best = int(np.nanargmin(d))
        return best if d[best] <= CLICK_RADIUS ** 2 else -1

    def _clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        index = self.nearest(event.scenePos())
        if index >= 0:
            self.pointClicked.emit(index)
