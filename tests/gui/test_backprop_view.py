"""The backprop inspector with an in-process trainer: clicking another point changes the
numbers, the step button steps on that point, and what it cannot show it says."""

import numpy as np
import pytest
import torch
from PySide6.QtCore import QPoint, QPointF, Qt

from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.shared.layers import Layer
from engine.trainer.run import Trainer
from gui.views.backprop_diagram import Selection, fmt
from gui.views.backprop_equations import factor
from gui.views.backprop_view import BackpropView


@pytest.fixture
def inspector(qtbot):
    def make(experiment=None, steps=100):
        experiment = experiment or load_demo("backprop").experiment
        trainer = Trainer(experiment, probes={"backprop", "boundary"})
        for _ in range(steps):
            trainer.session.step()
        view = BackpropView()
        view.resize(1150, 470)
        qtbot.addWidget(view)
        view.show()
        sent = []
        view.commandRequested.connect(sent.append)
        view.show_snapshot(trainer.snapshot(False, 0.0))
        return trainer, view, sent
    return make


def apply_sent(trainer, view, sent):
    """What the window would do: forward the view's commands, then a fresh snapshot."""
    for command in sent:
        trainer.apply(command)
    sent.clear()
    view.show_snapshot(trainer.snapshot(False, 0.0))


def unit_label(view, layer, unit):
    return [t.text() for t in view.diagram.unit_texts[Selection("unit", layer, unit)]]


def output_probability(trainer, index):
    s = trainer.session
    with torch.no_grad():
        return float(torch.sigmoid(s.model(s.x_train[index:index + 1]))[0, 0])


def test_clicking_another_point_changes_the_numbers(inspector, qtbot):
    trainer, view, sent = inspector()
    assert view.title() == "Backprop" and view.probe_names() == {"backprop"}
    assert view.pages.currentIndex() == 1
    first_equations = view.equations.text()
    first_label = unit_label(view, 3, 0)
    # The output box shows the net's output for point 0 with three significant digits.
    assert f"y  {fmt(output_probability(trainer, 0))}" in first_label
    assert "Point #0" in view.header.text()

    # Click (a real mouse click on the plot) next to a point of the other class.
    xy, labels = trainer.session.points_train.numpy(), trainer.session.y_train.numpy()
    other = int(np.flatnonzero(labels != labels[0])[0])
    scene_pos = view.plot.getPlotItem().vb.mapViewToScene(QPointF(*map(float, xy[other])))
    widget_pos = view.plot.mapFromScene(scene_pos)
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    distances = np.hypot(*(xy - xy[other]).T)
    assert sent, "the click sent no command"
    assert isinstance(sent[-1], cmd.SetProbeOptions) and sent[-1].name == "backprop"
    picked = sent[-1].options["index"]
    assert distances[picked] <= 0.3, "the click did not pick the point under the mouse"
    assert view.index == picked

    apply_sent(trainer, view, sent)
    assert f"Point #{picked}" in view.header.text()
    assert view.equations.text() != first_equations
    label = unit_label(view, 3, 0)
    assert label != first_label
    assert f"y  {fmt(output_probability(trainer, picked))}" in label


def test_clicking_a_unit_shows_its_chain_rule(inspector, qtbot):
    trainer, view, sent = inspector()
    item = view.diagram.units[Selection("unit", 1, 1)]
    pos = view.diagram.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(view.diagram.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos))
    assert view.diagram.selection == Selection("unit", 1, 1)
    data = view.data
    text = view.equations.text()
    assert "hidden 1.2" in text
    # ∂E/∂z_j = ∂E/∂y_j · f′(z_j) with this unit's own numbers.
    product = (f"{factor(data.dE_dy[1][1])} × {factor(data.f_prime[1][1])} = "
               f"{fmt(data.dE_dz[1][1])}")
    assert product in text
    assert f"tanh({fmt(data.z[1][1])})" in text


def test_step_button_steps_on_the_point_and_reports_the_change(inspector, qtbot):
    trainer, view, sent = inspector()
    view.select_point(5)
    apply_sent(trainer, view, sent)
    before = view.data
    view.diagram.select(Selection("weight", 2, 0, 1))
    qtbot.mouseClick(view.step_button, Qt.MouseButton.LeftButton)
    assert sent == [cmd.StepOnPoint(5)]
    apply_sent(trainer, view, sent)
    after = view.data
    assert after.step == before.step + 1
    observed = after.weights[2][0, 1] - before.weights[2][0, 1]
    predicted = before.delta_w[2][0, 1]
    assert observed == pytest.approx(predicted, rel=1e-3, abs=1e-7)
    report = view.step_report.text()
    assert f"predicted change −η·∂E/∂w = {fmt(predicted)}" in report
    assert f"observed change = {fmt(observed)}" in report


def test_step_button_waits_while_training_runs(inspector):
    trainer, view, sent = inspector()
    view.show_snapshot(trainer.snapshot(True, 100.0))
    assert not view.step_button.isEnabled()
    view.show_snapshot(trainer.snapshot(False, 0.0))
    assert view.step_button.isEnabled()


def test_a_builder_stack_gets_a_sentence_not_a_diagram(inspector):
    stack = (Layer.make("linear", out_features=4), Layer.make("relu"))
    experiment = load_demo("backprop").experiment.with_network(layers=stack)
    trainer, view, sent = inspector(experiment)
    assert view.pages.currentIndex() == 0
    assert "layer builder" in view.message.text()
    assert view.message.isVisible()


def test_a_wide_net_is_drawn_without_numbers_and_says_so(inspector):
    experiment = load_demo("backprop").experiment.with_network(
        hidden=(12, 3), activations=("relu", "relu"))
    trainer, view, sent = inspector(experiment, steps=10)
    assert not view.diagram.labelled and view.too_big.isVisible()
    assert len(view.diagram.units) == 2 + 12 + 3 + 1 and not view.diagram.unit_texts
    # Numbers come on hover: the tooltip a unit gets when the mouse enters it.
    tip = view.diagram.tooltip(Selection("unit", 1, 11))
    assert f"z  {fmt(view.data.z[1][11])}" in tip


@pytest.mark.parametrize("changes, wanted", [
    ({"data": {"dataset": "plane"}}, "(<i>y</i> − <i>t</i>)²"),
    ({"data": {"n_classes": 3}, "network": {"hidden": [], "activations": []}}, "−ln"),
])
def test_regression_and_three_classes_without_hidden_layers(inspector, changes, wanted):
    from engine.shared.experiment import Experiment
    experiment = Experiment.from_dict(changes, base=load_demo("backprop").experiment)
    trainer, view, sent = inspector(experiment, steps=10)
    assert view.pages.currentIndex() == 1
    assert wanted in view.equations.text()
    for unit in range(len(view.data.y[-1])):
        view.diagram.select(Selection("unit", len(view.data.y) - 1, unit))
        assert "Unit j" in view.equations.text()
    view.diagram.select(Selection("unit", 0, 1))
    assert "Input i" in view.equations.text()


def test_clicking_a_weight_line_selects_that_weight(inspector, qtbot):
    trainer, view, sent = inspector()
    edges = view.diagram.edges
    index = edges.index_of(1, 1, 2)  # hidden 1.3 -> hidden 2.2
    x0, y0, x1, y1 = edges.segments[index]
    middle = view.diagram.mapFromScene((x0 + x1) / 2, (y0 + y1) / 2)
    qtbot.mouseClick(view.diagram.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert view.diagram.selection == Selection("weight", 1, 1, 2)
    data = view.data
    text = view.equations.text()
    assert "Weight from hidden 1.3 to hidden 2.2" in text
    assert (f"{factor(data.y[1][2])} × {factor(data.dE_dz[2][1])} = "
            f"{fmt(data.dE_dw[1][1, 2])}") in text
    assert "−η · ∂<i>E</i>/∂<i>w</i><sub>ij</sub> = −0.1 × " in text
    # Far from every line and unit, a click selects nothing new.
    qtbot.mouseClick(view.diagram.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert view.diagram.selection == Selection("weight", 1, 1, 2)
