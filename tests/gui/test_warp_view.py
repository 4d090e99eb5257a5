"""The hidden-space view against an in-process trainer: it draws the probe's warped grid,
the picture changes as the net trains, its controls send the right probe options, and a
net it cannot show gets a sentence instead of an empty plot."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.shared.layers import Layer
from engine.trainer.run import Trainer
from gui.views.warp_plots import polylines
from gui.views.warp_view import WarpView
from tests.gui.conftest import wait_for


def demo_experiment(**network):
    experiment = load_demo("space-warp").experiment
    return experiment.with_network(**network) if network else experiment


def make_view(qtbot) -> tuple[WarpView, list]:
    view = WarpView()
    qtbot.addWidget(view)
    view.resize(960, 520)
    view.show()
    sent = []
    view.commandRequested.connect(sent.append)
    return view, sent


def pixels(widget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    buffer = np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes())
    return buffer.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, :image.width(), :3]


def same_polyline(item, lines) -> bool:
    x, y = item.getData()
    expected = polylines(lines)
    return np.allclose(np.stack([x, y], 1), expected, equal_nan=True, atol=1e-6)


def test_view_opens_trains_and_draws_the_warped_grid(qtbot):
    view, sent = make_view(qtbot)
    trainer = Trainer(demo_experiment(), probes={"warp"})
    assert view.probe_names() == {"warp"} and view.title() == "Hidden space"
    first = trainer.snapshot(False, 0.0)
    view.show_snapshot(first)
    assert view.pages.currentIndex() == 0 and view.frames_drawn == 1
    before_hidden = pixels(view.plots.hidden_plot).astype(int)
    before_input = pixels(view.plots.input_plot).astype(int)
    for _ in range(400):
        trainer.session.step()
    snap = trainer.snapshot(False, 0.0)
    view.show_snapshot(snap)
    data = snap.live["warp"]
    # The hidden plot holds exactly the probe's warped lines (two families) and points.
    half = data.grid_hidden.shape[0] // 2
    assert same_polyline(view.plots.hidden_grid[0], data.grid_hidden[:half])
    assert same_polyline(view.plots.hidden_grid[1], data.grid_hidden[half:])
    for k, item in enumerate(view.plots.hidden_points.items):  # one item per class
        x, y = item.getData()
        np.testing.assert_allclose(np.stack([x, y], 1), data.points_hidden[data.labels == k])
    assert len(view.plots.hidden_points.items) == 2
    x, y = view.plots.hidden_line.getData()
    np.testing.assert_allclose(np.stack([x, y], 1), data.decision_segment)
    assert not np.allclose(data.grid_hidden, first.live["warp"].grid_hidden, atol=1e-3)
    # The grid's bending is visible: many pixels of the hidden plane changed, and the
    # input plane's boundary moved too.
    changed = np.abs(pixels(view.plots.hidden_plot).astype(int) - before_hidden).sum(axis=2)
    assert (changed > 30).mean() > 0.05
    changed = np.abs(pixels(view.plots.input_plot).astype(int) - before_input).sum(axis=2)
    assert (changed > 30).mean() > 0.02
    # Axis labels say what is plotted; the caption explains the straight line.
    labels = view.plots.hidden_plot.getPlotItem()
    assert labels.getAxis("bottom").labelText == "h1 unit 1"
    assert labels.getAxis("left").labelText == "h1 unit 2"
    assert "decision line" in view.caption.text()
    assert not sent, "nothing is sent until a person changes a control"


def test_controls_send_the_probe_options_and_the_picture_follows(qtbot):
    view, sent = make_view(qtbot)
    trainer = Trainer(demo_experiment(hidden=(4, 3), activations=("tanh", "tanh")),
                      probes={"warp"})
    view.show_snapshot(trainer.snapshot(False, 0.0))
    # Defaults: the last layer, projected by PCA because it has three units.
    assert view.layer.count() == 2 and view.layer.currentIndex() == 1
    assert view.pca.isChecked() and not view.unit_x.isEnabled()

    def choose(combo, index):
        combo.setCurrentIndex(index)
        combo.activated.emit(index)

    choose(view.layer, 0)
    assert sent[-1] == cmd.SetProbeOptions("warp", {"layer": 1, "units": "pca"})
    view.pca.click()  # off: two units of layer 1
    assert sent[-1] == cmd.SetProbeOptions("warp", {"layer": 1, "units": [0, 1]})
    assert view.unit_x.isEnabled() and view.unit_y.isEnabled()
    choose(view.unit_x, 3)
    assert sent[-1].options == {"layer": 1, "units": [3, 1]}
    choose(view.unit_y, 3)  # the same unit on both axes: the two swap instead
    assert sent[-1].options == {"layer": 1, "units": [1, 3]}
    assert (view.unit_x.currentIndex(), view.unit_y.currentIndex()) == (1, 3)

    trainer.apply(sent[-1])
    snap = trainer.snapshot(False, 0.0)
    view.show_snapshot(snap)
    assert snap.live["warp"].layer == 1 and snap.live["warp"].units == (1, 3)
    axis = view.plots.hidden_plot.getPlotItem().getAxis
    assert (axis("bottom").labelText, axis("left").labelText) == ("h1 unit 2", "h1 unit 4")
    assert "last hidden layer" in view.caption.text()  # no decision line on layer 1
    x, _y = view.plots.hidden_line.getData()
    assert x is None or len(x) == 0

    view.pca.click()
    trainer.apply(sent[-1])
    view.show_snapshot(trainer.snapshot(False, 0.0))
    assert axis("bottom").labelText.startswith("PC 1 (")


def test_a_narrower_network_resets_stale_choices(qtbot):
    view, sent = make_view(qtbot)
    trainer = Trainer(demo_experiment(hidden=(4, 3), activations=("tanh", "tanh")),
                      probes={"warp"})
    view.show_snapshot(trainer.snapshot(False, 0.0))
    view.layer.setCurrentIndex(0)
    view.layer.activated.emit(0)
    trainer.apply(sent[-1])
    trainer.apply(cmd.SetExperiment(demo_experiment()))  # back to 2-2-1
    view.show_snapshot(trainer.snapshot(False, 0.0))
    assert view.layer.count() == 1 and not view.pca.isChecked()
    assert (view.unit_x.currentIndex(), view.unit_y.currentIndex()) == (0, 1)
    assert not view.unit_y.isEnabled()  # two units: the axes are those two


@pytest.mark.parametrize("network, words, button", [
    ({"hidden": (), "activations": ()}, "no hidden layer", True),
    ({"layers": (Layer.make("linear", out_features=4), Layer.make("relu"))},
     "layer builder", False)])
def test_a_net_it_cannot_show_gets_a_sentence(qtbot, network, words, button):
    view, _sent = make_view(qtbot)
    trainer = Trainer(demo_experiment(**network), probes={"warp"})
    snap = trainer.snapshot(False, 0.0)
    assert "warp" not in snap.live and snap.live_problems["warp"]  # said in place
    view.show_snapshot(snap)
    assert view.pages.currentIndex() == 1
    assert words in view.needs.text()
    assert view.add_layer.isVisible() == button
    if button:
        with qtbot.waitSignal(view.changeRequested) as change:
            qtbot.mouseClick(view.add_layer, Qt.MouseButton.LeftButton)
        assert change.args[0]["network"]["hidden"] == [2]
    # A net it can show brings the planes back.
    view.show_snapshot(Trainer(demo_experiment(), probes={"warp"}).snapshot(False, 0.0))
    assert view.pages.currentIndex() == 0


def test_demo_opens_on_the_hidden_space_and_draws_from_the_training_process(qtbot, window):
    window.open_demo("space-warp")
    view = window.demo_views["warp"]
    assert window.tabs.currentWidget() is view, "the demo opens on the hidden-space tab"
    wait_for(qtbot, window, lambda s: "warp" in s.live and s.experiment == window.experiment)
    qtbot.waitUntil(lambda: view.frames_drawn > 0, timeout=10000)
    drawn = view.frames_drawn
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.running and s.step > 300)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: not s.running)
    qtbot.waitUntil(lambda: view.frames_drawn > drawn, timeout=5000)
    assert snap.live["warp"].grid_hidden.shape[-1] == 2
