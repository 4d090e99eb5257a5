"""The perceptron view against an in-process trainer: sliders -> SetWeight -> the engine's
model, the engine's weights -> sliders, and the sentences for nets it cannot show."""

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

from engine.models.features import feature_tensor
from engine.probes import grid_points
from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.shared.experiment import Experiment
from engine.trainer.run import Trainer
from gui.views import perceptron_view as pv
from gui.views.perceptron_plot import GRID
from gui.views.weight_rows import SLIDER_STEPS
from tests.gui.conftest import wait_for


def perceptron_experiment() -> Experiment:
    return load_demo("perceptron").experiment


@pytest.fixture
def rig(qtbot):
    """(view, trainer, commands the view sent), the view showing step 0."""
    trainer = Trainer(perceptron_experiment(), probes={"params"})
    view = pv.PerceptronView()
    qtbot.addWidget(view)
    view.resize(800, 560)
    view.show()
    sent = []
    view.commandRequested.connect(sent.append)
    view.show_snapshot(trainer.snapshot(False, 0.0))
    return view, trainer, sent


def drag(slider, values) -> None:
    """Move a slider through ``values`` the way a held mouse does."""
    slider.setSliderDown(True)
    for v in values:
        slider.setValue(v)
    slider.setSliderDown(False)


def rgba(view) -> np.ndarray:
    return view.unit_plot.current_rgba().astype(int).copy()


def test_dragging_sends_few_set_weights_and_redraws_at_once(qtbot, rig):
    view, _trainer, sent = rig
    before, line_before = rgba(view), view.unit_plot.line.getData()
    steps = list(range(0, 301, 5))  # w1 from 0 to 3.00 in 61 moves
    drag(view.sliders[0], steps)
    # The picture follows before any command could have reached a trainer.
    assert view.weights()[0][0] == pytest.approx(3.0)
    assert np.abs(rgba(view) - before).sum() > 100_000
    assert not np.allclose(view.unit_plot.line.getData()[0], line_before[0])
    assert len(sent) < 5, "every pixel of the drag went to the trainer"
    qtbot.waitUntil(lambda: sent and sent[-1].value == pytest.approx(3.0), timeout=2000)
    assert len(sent) < len(steps) / 4
    assert all(c == cmd.SetWeight(0, 0, 0, c.value) for c in sent)
    sent.clear()
    drag(view.sliders[1], [-50, -120])
    drag(view.sliders[pv.BIAS], [40, 75])
    qtbot.waitUntil(lambda: cmd.SetWeight(0, 0, -1, 0.75) in sent, timeout=2000)
    assert cmd.SetWeight(0, 0, 1, -1.2) in sent
    assert {c.col for c in sent} == {1, -1}


def test_the_drawn_output_is_the_engines_output(qtbot, rig):
    view, trainer, sent = rig
    view.spins[0].setValue(1.2)
    view.spins[1].setValue(-0.8)
    view.spins[pv.BIAS].setValue(0.5)
    qtbot.waitUntil(lambda: {c.col for c in sent} == {0, 1, -1}, timeout=2000)
    for command in sent:
        trainer.apply(command)
    snap = trainer.snapshot(False, 0.0)
    np.testing.assert_allclose(snap.weights[0], [[1.2, -0.8]], atol=1e-6)
    view.show_snapshot(snap)

    extent = snap.extent
    points = grid_points(GRID, extent)
    with torch.no_grad():
        logit = trainer.session.model(feature_tensor(points, ("x1", "x2")))[:, 0]
    engine = torch.sigmoid(logit).reshape(GRID, GRID).numpy()
    np.testing.assert_allclose(view.unit_plot.output_grid, engine, atol=1e-5)
    # And against float64 arithmetic on the same grid, the inputs being X / 3.
    axis = np.linspace(-extent, extent, GRID)
    x2, x1 = np.meshgrid(axis, axis, indexing="ij")
    exact = 1 / (1 + np.exp(-(1.2 * x1 / 3 - 0.8 * x2 / 3 + 0.5)))
    np.testing.assert_allclose(view.unit_plot.output_grid, exact, atol=1e-5)

    # The line is where z = 0, at the square's edge; the arrow points to z > 0.
    xs, ys = view.unit_plot.line.getData()
    np.testing.assert_allclose(1.2 * xs / 3 - 0.8 * ys / 3 + 0.5, 0.0, atol=1e-6)
    assert np.all(np.isclose(np.abs(np.stack([xs, ys])), extent).any(axis=0))
    ax, ay = view.unit_plot.arrow.getData()
    direction = np.array([ax[1] - ax[0], ay[1] - ay[0]])
    assert np.dot(direction, [1.2, -0.8]) / np.linalg.norm(direction) == pytest.approx(
        np.linalg.norm([1.2, -0.8]))

    # The weighted sum, written out for the point under the mouse.
    view.unit_plot.pointPicked.emit(3.0, -1.5)
    z = 1.2 * 1.0 - 0.8 * -0.5 + 0.5
    text = view.formula.text()
    assert "1.20×1.00 + (−0.80)×(−0.50) + 0.50" in text
    assert f"= {z:.2f};" in text and f"f(z) = {1 / (1 + np.exp(-z)):.2f}" in text
    train_acc = float(((1.2 * snap.points.x_train[:, 0] / 3 - 0.8 * snap.points.x_train[:, 1] / 3
                        + 0.5 > 0) == (snap.points.y_train > 0.5)).mean())
    assert f"train {100 * train_acc:.0f} %" in view.accuracy.text()


def test_the_step_activation_draws_two_colours_only(rig):
    view, _trainer, _sent = rig
    view.spins[0].setValue(2.0)
    view.activation.setCurrentIndex(view.activation.findData("step"))
    assert set(np.unique(view.unit_plot.output_grid)) == {0.0, 1.0}
    assert len(np.unique(rgba(view).reshape(-1, 4), axis=0)) == 2


def test_sliders_follow_training_but_not_the_one_held(rig):
    view, trainer, _sent = rig
    before = rgba(view)
    for _ in range(300):
        trainer.session.step()
    view.show_snapshot(trainer.snapshot(True, 0.0))
    linear = trainer.session.model.linears[0]
    model = [*linear.weight.detach().numpy()[0], float(linear.bias.detach()[0])]
    for col, value in zip((0, 1, pv.BIAS), model, strict=True):
        assert view.spins[col].value() == pytest.approx(value, abs=0.006)
        assert view.sliders[col].value() == round(value * SLIDER_STEPS)
    assert np.abs(rgba(view) - before).sum() > 10_000

    held = view.sliders[0]
    held.setSliderDown(True)
    kept = held.value()
    for _ in range(300):
        trainer.session.step()
    view.show_snapshot(trainer.snapshot(True, 0.0))
    assert held.value() == kept
    assert view.spins[1].value() == pytest.approx(
        float(trainer.session.model.linears[0].weight[0, 1].detach()), abs=0.006)
    held.setSliderDown(False)


def test_xor_explains_the_limit_and_offers_a_hidden_layer(qtbot, rig):
    view, trainer, _sent = rig
    assert view.xor_box.isVisible()
    assert "75 %" in view.xor_note.text() and "half-planes" in view.xor_note.text()
    changes, tabs = [], []
    view.changeRequested.connect(changes.append)
    view.tabRequested.connect(tabs.append)
    qtbot.mouseClick(view.add_hidden, Qt.MouseButton.LeftButton)
    assert changes == [{"network": {"hidden": [4], "activations": ["tanh"]}}]
    assert tabs == ["output"]
    hidden = Experiment.from_dict(changes[0], base=trainer.session.experiment)
    trainer.apply(cmd.SetExperiment(hidden))
    view.show_snapshot(trainer.snapshot(False, 0.0))
    assert view.pages.currentIndex() == 1 and view.back.isVisible()
    assert "single unit" in view.needs.text()
    qtbot.mouseClick(view.back, Qt.MouseButton.LeftButton)
    assert changes[-1] == {"network": {"hidden": [], "activations": [], "layers": []}}
    back = Experiment.from_dict(changes[-1], base=hidden)
    trainer.apply(cmd.SetExperiment(back))
    view.show_snapshot(trainer.snapshot(False, 0.0))
    assert view.pages.currentIndex() == 0 and view.unit_plot.output_grid is not None


def test_no_xor_note_on_a_line_friendly_dataset(rig):
    view, _trainer, _sent = rig
    trainer = Trainer(perceptron_experiment().with_data(dataset="gaussians"), probes={"params"})
    view.show_snapshot(trainer.snapshot(False, 0.0))
    assert view.pages.currentIndex() == 0
    assert not view.xor_box.isVisible()


@pytest.mark.parametrize("data, words", [
    ({"dataset": "plane"}, "two classes"),
    ({"dataset": "gaussians", "n_classes": 3}, "3 classes"),
])
def test_what_it_needs_for_other_problems(rig, data, words):
    view, _trainer, _sent = rig
    trainer = Trainer(perceptron_experiment().with_data(**data), probes={"params"})
    view.show_snapshot(trainer.snapshot(False, 0.0))
    assert view.pages.currentIndex() == 1
    assert words in view.needs.text()
    assert not view.back.isVisible()


def test_demo_opens_on_the_perceptron_trains_and_draws(qtbot, window):
    window.open_demo("perceptron")
    view = window.demo_views["perceptron"]
    assert window.tabs.currentWidget() is view, "the demo opens on the perceptron tab"
    first = wait_for(qtbot, window, lambda s: s.step == 0 and s.weights is not None
                     and s.experiment == window.experiment)
    qtbot.waitUntil(lambda: view.unit_plot.current_rgba() is not None, timeout=10000)
    image = rgba(view)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.running and s.step > 300)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: not s.running)
    qtbot.waitUntil(lambda: np.allclose(view.weights()[0], snap.weights[0][0], atol=1e-6),
                    timeout=5000)
    assert not np.allclose(snap.weights[0], first.weights[0])
    assert np.abs(rgba(view) - image).sum() > 10_000
    assert snap.train_accuracy <= 0.8


def test_a_builder_stack_gets_the_sentence_and_the_way_back(rig):
    from engine.shared.layers import Layer

    view, _trainer, _sent = rig
    stack = (Layer.make("linear", out_features=8), Layer.make("batchnorm1d"),
             Layer.make("relu"))
    experiment = perceptron_experiment().with_network(layers=stack)
    trainer = Trainer(experiment, probes={"params"})
    snap = trainer.snapshot(False, 0.0)
    assert snap.weights is None  # the engine has no perceptron weights to give
    view.show_snapshot(snap)
    assert view.pages.currentIndex() == 1 and view.back.isVisible()
    assert "single unit" in view.needs.text()
