"""The Fig. 1 demos driven through the window and its training process."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from engine.shared import commands as cmd
from tests.gui.conftest import wait_for


def click_point(qtbot, view, xy):
    scene = view.plot.getPlotItem().vb.mapViewToScene(QPointF(float(xy[0]), float(xy[1])))
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.plot.mapFromScene(scene))


def test_the_backprop_inspector_follows_a_clicked_point_and_a_step(qtbot, window):
    window.open_demo("backprop")
    view = window.demo_views["backprop"]
    first = wait_for(qtbot, window, lambda s: s.step == 0 and "backprop" in s.live)
    assert window.tabs.currentWidget() is view
    points = first.points.x_train
    target = len(points) - 1
    click_point(qtbot, view, points[target])
    snap = wait_for(qtbot, window, lambda s: s.live.get("backprop") is not None
                    and s.live["backprop"].index == view.index != 0)
    data = snap.live["backprop"]
    assert np.allclose(data.point, points[view.index], atol=1e-5)
    qtbot.waitUntil(lambda: f"Point #{view.index}" in view.header.text())
    # One step on that point alone: every weight moves by -lr * dE/dw.
    qtbot.mouseClick(view.step_button, Qt.MouseButton.LeftButton)
    after = wait_for(qtbot, window, lambda s: s.step == data.step + 1
                     and "backprop" in s.live).live["backprop"]
    for before_w, change, now_w in zip(data.weights, data.delta_w, after.weights, strict=True):
        np.testing.assert_allclose(now_w - before_w, change, rtol=1e-3, atol=1e-6)
    qtbot.waitUntil(lambda: "predicted change" in view.step_report.text())


@pytest.mark.parametrize("demo_id", ["space-warp", "perceptron"])
def test_a_view_that_cannot_apply_says_why_instead_of_drawing(qtbot, window, demo_id):
    window.open_demo(demo_id)
    view = window.tabs.currentWidget()
    wait_for(qtbot, window, lambda s: s.step == 0 and s.experiment == window.experiment)
    # A stack from the layer builder is not the perceptron these views draw.
    window.view_tabs.apply_change({"network": {"layers": [
        {"kind": "linear", "out_features": 4}, {"kind": "batchnorm1d"}, {"kind": "relu"}]}})
    wait_for(qtbot, window, lambda s: bool(s.experiment.network.layers))
    qtbot.wait(300)
    text = " ".join(label.text() for label in view.findChildren(type(window.caption))
                    if label.isVisible())
    assert "builder" in text or "single unit" in text, text


def test_drawing_a_shape_in_the_window_changes_the_prediction(qtbot, window):
    """Issue 6 through the window and its training process: a stroke on the pad reaches
    the feature-map probe, and the prediction and maps follow the drawing."""
    window.open_demo("feature-maps")
    view = window.demo_views["feature_maps"]
    assert window.tabs.currentWidget() is view
    window.host.send(cmd.Step(150))
    wait_for(qtbot, window, lambda s: s.step >= 150 and "feature_maps" in s.live)
    qtbot.waitUntil(lambda: view.prediction.text().startswith("Prediction"), timeout=10000)
    before = window.snapshot.live["feature_maps"]
    assert before.source == "test"
    qtbot.mouseClick(view.clear, Qt.MouseButton.LeftButton)
    pad = view.pad
    # A horizontal bar across the middle of the 28×28 pad.
    rect = pad.canvas_rect()
    cell = rect.width() / 28
    points = [QPoint(int(rect.left() + (x + 0.5) * cell), int(rect.top() + 14.5 * cell))
              for x in range(4, 24)]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])
    drawn = wait_for(qtbot, window, lambda s: s.live.get("feature_maps") is not None
                     and s.live["feature_maps"].source == "drawn").live["feature_maps"]
    np.testing.assert_allclose(drawn.image[0], pad.image, atol=1e-6)
    assert pad.image[13:16, 6:22].min() > 0.3  # the bar is where the mouse went
    assert not np.allclose(drawn.probabilities, before.probabilities, atol=1e-3)
    qtbot.waitUntil(lambda: "your drawing" in view.prediction.text(), timeout=10000)
