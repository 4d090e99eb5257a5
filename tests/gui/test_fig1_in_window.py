"""The Fig. 1 demos driven through the window and its training process."""

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

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
