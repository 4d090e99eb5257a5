"""The software 3-D surface: projection maths, drawing, NaN cells, turning and zooming,
and the landscape view's 3-D switch."""

import math
from types import SimpleNamespace

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from engine.shared.snapshot import LandscapeData
from gui.views.landscape_view import LandscapeView
from gui.views.surface3d import FILL, HEIGHT, Surface3D

AXIS = np.linspace(-1.0, 1.0, 51)


def saddle(n=51):
    a, b = np.meshgrid(np.linspace(-1, 1, n), np.linspace(-1, 1, n))
    return (a ** 2 - 0.6 * b ** 2 + 0.3 * np.sin(3 * a) + 1.5).astype(np.float32)


@pytest.fixture
def surface(qtbot):
    widget = Surface3D()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.set_colour_map(pg.colormap.get("viridis"))
    values = saddle()
    widget.set_surface(values, AXIS, AXIS, (float(values.min()), float(values.max())), "loss")
    widget.show()
    return widget


def pixels(widget) -> np.ndarray:
    """The widget as drawn: (h, w, 3) uint8."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
    row = image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), np.uint8, image.height() * row)
    return raw.reshape(image.height(), row)[:, :image.width() * 3].reshape(
        image.height(), image.width(), 3).copy()


def coloured(image: np.ndarray) -> np.ndarray:
    """Pixels that are neither the white background nor the floor's grey."""
    return np.abs(image.astype(int) - image.mean(axis=2, keepdims=True)).max(axis=2) > 12


def top_down(widget) -> None:
    widget.azimuth, widget.elevation, widget.perspective, widget.zoom = 0.0, 90.0, 0.0, 1.0


def test_known_points_land_where_the_projection_says(surface):
    top_down(surface)
    w, h = surface.width(), surface.height()
    # The box's footprint turns within a circle of radius sqrt(2): from above, it fits
    # the smaller side.
    scale = FILL * min(w, h) / 2 / math.sqrt(2)
    assert surface.scale() == pytest.approx(scale)
    # Straight down: direction 1 to the right, direction 2 up the screen.
    sx, sy, _ = surface.project(np.array([1.0, -1.0]), np.array([1.0, 0.0]), np.zeros(2))
    np.testing.assert_allclose(sx, [w / 2 + scale, w / 2 - scale], atol=1e-9)
    np.testing.assert_allclose(sy, [h / 2 - scale, h / 2], atol=1e-9)
    # From the side (elevation 0): the highest value sits HEIGHT/2 above the centre.
    surface.elevation = 0.0
    scale = FILL * min(w / 2 / math.sqrt(2), h / HEIGHT)
    assert surface.scale() == pytest.approx(scale)
    high = surface.levels[1]
    sx, sy, _ = surface.project(np.array([0.0]), np.array([0.0]), np.array([high]))
    np.testing.assert_allclose([sx[0], sy[0]], [w / 2, h / 2 - scale * HEIGHT / 2], atol=1e-9)
    # Turned by 90 degrees and seen from above, direction 1 runs up the screen.
    surface.azimuth, surface.elevation = 90.0, 90.0
    scale = FILL * min(w, h) / 2 / math.sqrt(2)
    sx, sy, _ = surface.project(np.array([1.0]), np.array([0.0]), np.zeros(1))
    np.testing.assert_allclose([sx[0], sy[0]], [w / 2, h / 2 - scale], atol=1e-9)
    # Mild perspective: the nearer of two points at the same spot draws farther out.
    surface.azimuth, surface.elevation, surface.perspective = 0.0, 0.0, 0.3
    near = surface.project_unit(np.array([1.0]), np.array([-1.0]), np.zeros(1))
    far = surface.project_unit(np.array([1.0]), np.array([1.0]), np.zeros(1))
    assert near[2][0] > far[2][0] and near[0][0] - w / 2 > far[0][0] - w / 2 > 0


def test_heights_interpolate_the_grid_and_stop_at_its_edge(surface):
    a, b = np.meshgrid(AXIS, AXIS)
    plane = a + 2 * b
    surface.set_surface(plane, AXIS, AXIS, (-3.0, 3.0))
    points = np.array([[0.013, -0.52], [0.999, 0.2], [-0.7, 0.71]])
    np.testing.assert_allclose(surface.heights(points[:, 0], points[:, 1]),
                               points[:, 0] + 2 * points[:, 1], atol=1e-9)
    assert np.isnan(surface.heights(np.array([1.2]), np.array([0.0]))).all()


def test_the_surface_draws_its_cells_the_path_and_the_point(surface):
    empty = Surface3D()
    empty.resize(400, 300)
    assert not coloured(pixels(empty)).any()  # nothing to draw: background only
    path = np.stack([np.linspace(-0.8, 0.3, 30), np.linspace(0.6, -0.2, 30)], axis=1)
    surface.set_path(path, path[-1])
    image = pixels(surface)
    assert surface.cells_drawn == 50 * 50
    assert coloured(image).mean() > 0.1
    orange = (image[..., 0] > 200) & (image[..., 1] > 60) & (image[..., 1] < 130) & (
        image[..., 2] < 90)
    assert orange.sum() > 40  # the path and the marker
    # 51 x 51 redraws quickly enough to turn smoothly (about 15 ms here).
    times = []
    for _ in range(5):
        surface.grab()
        times.append(surface.paint_seconds)
    assert min(times) < 0.06


def test_cells_not_computed_yet_are_skipped(surface):
    values = saddle()
    values[:, 26:] = np.nan  # the right half (direction 1 > 0) not computed yet
    surface.set_surface(values, AXIS, AXIS, (float(np.nanmin(values)),
                                             float(np.nanmax(values))))
    top_down(surface)
    image = pixels(surface)
    assert surface.cells_drawn == 50 * 25
    w, h = surface.width(), surface.height()
    scale = surface.scale()
    rows = slice(int(h / 2 - scale * 0.8), int(h / 2 + scale * 0.8))
    left = coloured(image[rows, int(w / 2 - scale * 0.9):int(w / 2 - scale * 0.1)])
    right = coloured(image[rows, int(w / 2 + scale * 0.1):int(w / 2 + scale * 0.9)])
    assert left.mean() > 0.9 and not right.any()


def send_mouse(widget, kind, position, buttons):
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else \
        Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(position), widget.mapToGlobal(QPointF(position)),
                        button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_dragging_turns_the_surface_and_a_double_click_resets_it(surface, qtbot):
    before = pixels(surface)
    start, end = QPoint(200, 150), QPoint(260, 120)
    held = Qt.MouseButton.LeftButton
    send_mouse(surface, QEvent.Type.MouseButtonPress, start, held)
    send_mouse(surface, QEvent.Type.MouseMove, QPoint(230, 135), held)
    send_mouse(surface, QEvent.Type.MouseMove, end, held)
    send_mouse(surface, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert surface.azimuth == pytest.approx(Surface3D.AZIMUTH - 0.5 * 60)
    assert surface.elevation == pytest.approx(Surface3D.ELEVATION - 0.5 * 30)
    turned = pixels(surface)
    assert (np.abs(turned.astype(int) - before).max(axis=2) > 30).mean() > 0.05
    # Moving without the button held does not turn it.
    send_mouse(surface, QEvent.Type.MouseMove, QPoint(100, 100), Qt.MouseButton.NoButton)
    assert surface.azimuth == pytest.approx(Surface3D.AZIMUTH - 30)
    qtbot.mouseDClick(surface, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    assert (surface.azimuth, surface.elevation) == (Surface3D.AZIMUTH, Surface3D.ELEVATION)
    np.testing.assert_array_equal(pixels(surface), before)


def test_the_wheel_zooms(surface):
    from PySide6.QtGui import QWheelEvent
    event = QWheelEvent(QPointF(200, 150), QPointF(200, 150), QPoint(0, 0), QPoint(0, 240),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    small = coloured(pixels(surface)).sum()
    QApplication.sendEvent(surface, event)
    assert surface.zoom == pytest.approx(1.0015 ** 240)
    assert coloured(pixels(surface)).sum() > 1.2 * small


def landscape(betas=AXIS, progress=1.0):
    losses = saddle() if len(betas) > 1 else saddle()[:1]
    return LandscapeData(directions="random", alphas=AXIS.astype(np.float32),
                         betas=np.asarray(betas, np.float32), losses=losses,
                         progress=progress, trajectory=np.zeros((3, 2), np.float32),
                         current=np.zeros(2, np.float32), center_step=0)


def test_the_landscape_view_switches_between_heatmap_surface_and_slice(qtbot):
    view = LandscapeView()
    qtbot.addWidget(view)
    view.resize(640, 600)
    view.show()
    view.show_snapshot(SimpleNamespace(landscape=landscape()))
    assert view.pages.currentWidget() is view.plot and view.image.image.shape == (51, 51)
    view.surface.setChecked(True)
    assert view.pages.currentWidget() is view.surface3d
    assert view.surface3d.values.shape == (51, 51) and view.surface3d.label == "loss"
    view.log_scale.setChecked(True)
    np.testing.assert_allclose(view.surface3d.values, np.log10(saddle()), rtol=1e-6)
    assert view.surface3d.current is not None
    # A 1-D slice has no surface: the curve shows, and the switch is off until the plane
    # comes back.
    view.one_d.setChecked(True)
    assert not view.surface.isEnabled()
    view.show_snapshot(SimpleNamespace(landscape=landscape(betas=[0.0])))
    assert view.pages.currentWidget() is view.plot
    assert len(view.line_curve.getData()[0]) == 51
    view.one_d.setChecked(False)
    view.show_snapshot(SimpleNamespace(landscape=landscape()))
    assert view.surface.isEnabled() and view.pages.currentWidget() is view.surface3d
    view.surface.setChecked(False)
    assert view.pages.currentWidget() is view.plot
