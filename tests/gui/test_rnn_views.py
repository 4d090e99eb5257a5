"""The recurrent views (issue 7) on hand-built probe results: each fills in, a click on a
heatmap row follows that unit (its curve holds the unit's numbers), typed text and a test
example reach the probe as SetProbeOptions, the clip switch asks for the change without
echoing the snapshot's settings back, and data that are not sequences get a sentence."""

from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from engine.shared import commands as cmd
from engine.shared.layers.layer import Layer
from gui.views.coloured_text import ColouredText, shown_text
from gui.views.gradient_time_view import GradientTimeView, power_of_ten
from gui.views.hidden_states_view import HiddenStatesView
from gui.views.rnn_view_base import levels_of
from gui.views.sampling_view import SamplingView
from gui.views.sequence_strip import WRONG
from gui.views.unfolded_view import WINDOW, UnfoldedView
from tests.gui import rnn_fakes as fake


def make(qtbot, cls):
    view = cls()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    sent, changes = [], []
    view.commandRequested.connect(sent.append)
    view.changeRequested.connect(changes.append)
    return view, sent, changes


def painted(widget) -> int:
    """How many distinct colours a widget's picture holds."""
    image = widget.grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}
    return len(colours)


# -- hidden states ---------------------------------------------------------------------------
def test_hidden_states_draw_the_heatmap_and_the_tokens(qtbot):
    view, _sent, _c = make(qtbot, HiddenStatesView)
    trace = fake.char_trace()
    view.show_snapshot(fake.snapshot({"rnn_states": trace}))
    assert not view.showing_notice()
    units, steps = trace.layers[0].hidden.shape[1], len(trace.tokens)
    assert view.heatmap.image.image.shape == (units, steps, 4)
    assert view.heatmap.shape == (units, steps)
    rows = view.heatmap.strip.rows
    assert [row.cells for row in rows] == [trace.tokens, trace.targets, trace.predictions]
    wrong = [t for t in range(steps) if trace.targets[t] and not trace.correct[t]]
    assert wrong and all(rows[2].backgrounds[t] == WRONG for t in wrong)
    assert all(rows[2].backgrounds[t] is None for t in range(steps) if trace.correct[t])
    assert [view.layer.itemText(i) for i in range(view.layer.count())] == \
        [layer.name for layer in trace.layers]
    assert view.quantity.count() == 2 + 4  # h, c and the LSTM's four gates
    assert painted(view.heatmap) > 20


def test_clicking_a_row_follows_that_unit(qtbot):
    view, _sent, _c = make(qtbot, HiddenStatesView)
    trace = fake.char_trace()
    view.show_snapshot(fake.snapshot({"rnn_states": trace}))
    pos = view.heatmap.widget_pos(5.5, 3.5)
    qtbot.mouseClick(view.heatmap.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.selected_unit == 3
    x, y = view.unit_curve.getData()
    np.testing.assert_allclose(y, trace.layers[0].hidden[:, 3])
    np.testing.assert_allclose(x, np.arange(len(trace.tokens)) + 0.5)
    assert "Unit 3" in view.unit_title.text()
    assert "".join(shown_text(t) for t in view.text.tokens) == fake.TEXT
    assert [c for _t, c in view.text.colours()][5] != [c for _t, c in view.text.colours()][12]


def test_the_text_takes_the_units_colours(qtbot):
    """The quote unit (+0.9 inside quotes) paints "go" blue, "she" orange."""
    text = 'she "go"'
    widget = ColouredText()
    qtbot.addWidget(widget)
    widget.resize(300, 60)
    tokens = tuple("␣" if c == " " else c for c in text)
    widget.set_text(tokens, fake.quote_unit(text), -1.0, 1.0)
    colours = widget.colours()
    assert "".join(shown_text(t) for t, _c in colours) == text
    assert all(b > r for t, (r, _g, b) in colours if t in "go")
    assert all(r > b for t, (r, _g, b) in colours if t in "she")
    image = widget.grab().toImage()
    assert image.pixelColor(6, 8) != image.pixelColor(widget.width() - 3, 8)


def test_another_layer_and_quantity_reach_the_unit_curve(qtbot):
    view, _sent, _c = make(qtbot, HiddenStatesView)
    trace = fake.char_trace()
    view.show_snapshot(fake.snapshot({"rnn_states": trace}))
    view.layer.setCurrentIndex(1)
    view.layer.activated.emit(1)
    view.quantity.setCurrentIndex(view.quantity.findData("cell"))
    view.quantity.activated.emit(view.quantity.currentIndex())
    view.select_unit(7)
    np.testing.assert_allclose(view.unit_curve.getData()[1], trace.layers[1].cell[:, 7])
    low, high = view.levels
    assert low == -high == -float(np.abs(trace.layers[1].cell).max())
    view.quantity.setCurrentIndex(view.quantity.findData("gate:forget"))
    view.quantity.activated.emit(view.quantity.currentIndex())
    assert view.levels == (0.0, 1.0)
    np.testing.assert_allclose(view.unit_curve.getData()[1],
                               dict(trace.layers[1].gates)["forget"][:, 7])
    # A unit beyond the layer's width is clamped to its last unit.
    view.select_unit(500)
    assert view.selected_unit == trace.layers[1].hidden.shape[1] - 1


def test_levels_per_quantity():
    h = np.array([[0.5, -0.2]], np.float32)
    assert levels_of("hidden", h) == (-1.0, 1.0)
    assert levels_of("gate:input", h) == (0.0, 1.0)
    assert levels_of("gate:candidate", h) == (-1.0, 1.0)
    assert levels_of("cell", np.array([[3.0, -4.0]])) == (-4.0, 4.0)
    assert levels_of("hidden", np.array([[2.0, 0.0]])) == (-2.0, 2.0)  # a ReLU RNN


def test_hovering_a_cell_names_unit_step_and_value(qtbot):
    view, _sent, _c = make(qtbot, HiddenStatesView)
    trace = fake.char_trace()
    view.show_snapshot(fake.snapshot({"rnn_states": trace}))
    scene = view.heatmap.view_box.mapViewToScene(QPointF(4.5, 2.5))
    view.heatmap.plot.scene().sigMouseMoved.emit(scene)
    value = trace.layers[0].hidden[4, 2]
    assert view.hover_info.text() == \
        f"step 4 «{trace.tokens[4]}», unit 2: {value:+.3f}"


def test_the_token_cells_line_up_with_the_heatmap_columns(qtbot):
    view, _sent, _c = make(qtbot, HiddenStatesView)
    view.show_snapshot(fake.snapshot({"rnn_states": fake.char_trace()}))
    heatmap, strip = view.heatmap, view.heatmap.strip
    for step in (0, 10, 20):
        in_plot = heatmap.plot.mapTo(heatmap, heatmap.widget_pos(step, 0)).x()
        in_strip = strip.mapTo(heatmap, strip.rect().topLeft()).x() + \
            strip.left + (step - strip.first) * strip.width_per_step
        assert abs(in_plot - in_strip) <= 1.5
    assert strip.width_per_step >= 10  # a readable window of a long sequence


def test_typed_text_and_a_test_example_reach_the_probe(qtbot):
    view, sent, _c = make(qtbot, HiddenStatesView)
    view.show_snapshot(fake.snapshot({"rnn_states": fake.char_trace()}))
    assert view.typed.isVisible()
    qtbot.keyClicks(view.typed, "(a(b))")
    qtbot.keyClick(view.typed, Qt.Key.Key_Return)
    assert sent[-1] == cmd.SetProbeOptions("rnn_states", {"text": "(a(b))"})
    view.example.setValue(4)
    assert sent[-1] == cmd.SetProbeOptions("rnn_states", {"example": 4})
    assert view.typed.text() == ""
    # The trace of another example moves the spin box without sending anything.
    count = len(sent)
    view.show_snapshot(fake.snapshot({"rnn_states": fake.char_trace(example=9)}))
    assert view.example.value() == 9 and len(sent) == count


def test_text_the_model_cannot_read_is_refused_beside_the_controls(qtbot):
    view, _sent, _c = make(qtbot, HiddenStatesView)
    view.show_snapshot(fake.snapshot({"rnn_states": fake.char_trace()}))
    view.typed.setText("ééé")  # QTest types ASCII only
    view.typed.returnPressed.emit()
    refusal = "None of the typed characters are in the model's vocabulary."
    view.show_snapshot(fake.snapshot({}, problems={"rnn_states": refusal}))
    assert not view.showing_notice() and view.typed.isVisible()
    assert view.inline_problem.isVisible() and view.inline_problem.text() == refusal
    view.show_snapshot(fake.snapshot({"rnn_states": fake.char_trace(text="abc")}))
    assert not view.inline_problem.isVisible()
    # A refusal nobody asked for (other data, another net) takes the whole page.
    view.show_snapshot(fake.snapshot({}, problems={"rnn_states": refusal}))
    assert view.showing_notice() and view.needs.text() == refusal


def test_typed_text_is_dropped_for_a_series(qtbot):
    """The engine keeps probe options across runs; a series cannot read text."""
    view, sent, _c = make(qtbot, HiddenStatesView)
    view.show_snapshot(fake.snapshot({"rnn_states": fake.char_trace()}))
    view.typed.setText("abc")
    view.typed.returnPressed.emit()
    view.show_snapshot(fake.snapshot({}, dataset="sines"))
    assert sent[-1] == cmd.SetProbeOptions("rnn_states", {"example": 0})
    count = len(sent)
    view.show_snapshot(fake.snapshot({"rnn_states": fake.sine_trace()}, dataset="sines"))
    assert len(sent) == count


def test_typing_sends_after_a_pause(qtbot):
    view, sent, _c = make(qtbot, HiddenStatesView)
    view.show_snapshot(fake.snapshot({"rnn_states": fake.char_trace()}))
    qtbot.keyClicks(view.typed, "hi")
    qtbot.waitUntil(lambda: bool(sent) and sent[-1].options == {"text": "hi"}, timeout=2000)


def test_a_series_shows_its_values_and_no_text_box(qtbot):
    view, _sent, _c = make(qtbot, HiddenStatesView)
    trace = fake.sine_trace()
    view.show_snapshot(fake.snapshot({"rnn_states": trace}, dataset="sines"))
    assert not view.typed.isVisible()
    rows = view.heatmap.strip.rows
    assert all(colour is not None for colour in rows[0].backgrounds)
    np.testing.assert_allclose(view.unit_trace.input_curve.getData()[1], trace.values[:, 0])


def test_a_last_step_task_fills_only_the_last_cells(qtbot):
    view, _sent, _c = make(qtbot, HiddenStatesView)
    trace = fake.recall_trace()
    view.show_snapshot(fake.snapshot({"rnn_states": trace},
                                     layers=(Layer.make("embedding"), Layer.make("rnn"),
                                             Layer.make("last_step"))))
    rows = view.heatmap.strip.rows
    assert rows[1].cells[-1] == "B" and not any(rows[1].cells[:-1])
    assert rows[2].backgrounds[-1] == WRONG
    assert view.quantity.count() == 1  # a plain RNN has no gates


# -- notices ---------------------------------------------------------------------------------
@pytest.mark.parametrize("cls", [HiddenStatesView, GradientTimeView, UnfoldedView,
                                 SamplingView])
def test_points_get_a_sentence_instead_of_a_picture(qtbot, cls):
    view, _sent, _c = make(qtbot, cls)
    view.show_snapshot(fake.snapshot({}, dataset="circle"))
    assert view.showing_notice()
    assert "not sequences" in view.needs.text()


def test_a_network_without_a_recurrent_layer_is_named(qtbot):
    view, _sent, _c = make(qtbot, HiddenStatesView)
    view.show_snapshot(fake.snapshot({}, layers=(Layer.make("embedding"),
                                                 Layer.make("linear"))))
    assert view.showing_notice() and "RNN, LSTM or GRU" in view.needs.text()


def test_the_probes_own_reason_is_shown(qtbot):
    view, _sent, _c = make(qtbot, SamplingView)
    reason = "Sampling needs a character model: text data with a next-character target."
    view.show_snapshot(fake.snapshot({}, problems={"sample": reason}))
    assert view.showing_notice() and view.needs.text() == reason
    view.show_snapshot(fake.snapshot({}, dataset="sines"))
    assert "character model" in view.needs.text()
    view.show_snapshot(fake.snapshot({"sample": fake.sample_data()}))
    assert not view.showing_notice()


def test_measuring_until_the_first_result(qtbot):
    view, _sent, _c = make(qtbot, UnfoldedView)
    view.show_snapshot(fake.snapshot({}))
    assert view.showing_notice() and "Measuring" in view.needs.text()


# -- gradient through time -------------------------------------------------------------------
def test_gradient_through_time_plots_the_norms_and_names_vanishing(qtbot):
    view, _sent, _c = make(qtbot, GradientTimeView)
    data = fake.gradient_data(vanishing=True, clip=2.0)
    view.show_snapshot(fake.snapshot({"gradient_time": data}, clip=True, threshold=2.0))
    np.testing.assert_allclose(view.time_curve.yData, data.norms)
    np.testing.assert_allclose(view.history_curve.yData, data.history_norms)
    ratio = data.norms[0] / data.norms[-1]
    assert power_of_ten(ratio) in view.caption.text() and "vanishing" in view.caption.text()
    assert view.clip_line.isVisible()
    assert view.clip_line.value() == pytest.approx(math.log10(2.0))
    assert view.clip.isChecked() and view.threshold.value() == 2.0
    view.show_snapshot(fake.snapshot({"gradient_time": fake.gradient_data(vanishing=False)}))
    assert "exploding" in view.caption.text()
    assert not view.clip_line.isVisible() and not view.clip.isChecked()
    assert painted(view.time_plot) > 3


def test_the_clip_switch_asks_for_the_change_and_does_not_echo(qtbot):
    view, _sent, changes = make(qtbot, GradientTimeView)
    data = fake.gradient_data()
    view.show_snapshot(fake.snapshot({"gradient_time": data}, clip=True, threshold=0.5))
    assert changes == []  # the snapshot's settings are shown, not sent back
    qtbot.mouseClick(view.clip, Qt.MouseButton.LeftButton)
    assert changes == [{"training": {"clip_gradients": False, "clip_threshold": 0.5}}]
    # A snapshot still carrying the old setting does not flip the box back...
    view.show_snapshot(fake.snapshot({"gradient_time": data}, clip=True, threshold=0.5))
    assert not view.clip.isChecked()
    # ...one that carries the new one settles it.
    view.show_snapshot(fake.snapshot({"gradient_time": data}, clip=False, threshold=0.5))
    assert not view.clip.isChecked() and len(changes) == 1
    view.clip.setChecked(True)
    view.threshold.setValue(3.0)
    assert changes[-1] == {"training": {"clip_gradients": True, "clip_threshold": 3.0}}


def test_power_of_ten():
    assert power_of_ten(1.3e-6) == "10⁻⁶"
    assert power_of_ten(2.0e4) == "10⁴"
    assert power_of_ten(0.5) == "0.5"


# -- unfolded ----------------------------------------------------------------------------------
def test_the_unfolded_net_draws_a_window_of_steps(qtbot):
    view, sent, _c = make(qtbot, UnfoldedView)
    trace = fake.char_trace()
    view.show_snapshot(fake.snapshot({"rnn_states": trace}))
    diagram = view.diagram
    assert [c[0] for c in diagram.columns] == list(range(WINDOW))
    assert all(not c[6].isNull() for c in diagram.columns)
    assert view.slider.maximum() == len(trace.tokens) - WINDOW
    view.slider.setValue(10)
    assert [c[0] for c in diagram.columns] == list(range(10, 10 + WINDOW))
    t, token, target, prediction, _wrong, grid, _image = diagram.columns[0]
    assert (token, target, prediction) == (trace.tokens[10], trace.targets[10],
                                           trace.predictions[10])
    units = trace.layers[0].hidden.shape[1]
    np.testing.assert_allclose(grid.ravel()[:units], trace.layers[0].hidden[10])
    assert painted(diagram) > 10
    view.example.setValue(2)
    assert sent[-1] == cmd.SetProbeOptions("rnn_states", {"example": 2})


# -- sampling ----------------------------------------------------------------------------------
def test_sampling_shows_prompt_and_text_and_sends_its_settings(qtbot):
    view, sent, _c = make(qtbot, SamplingView)
    data = fake.sample_data(prompt="she said ", text="the cat.")
    view.show_snapshot(fake.snapshot({"sample": data}))
    assert view.text.toPlainText() == "she said the cat."
    assert view.prompt.text() == "she said "  # the probe's start, to edit
    assert "é" in view.status.text()
    view.prompt.setText("once ")
    view.temperature.setValue(15)
    assert view.temperature_label.text() == "1.5"
    view.length.setValue(300)
    view.seed.setValue(7)
    qtbot.mouseClick(view.write_button, Qt.MouseButton.LeftButton)
    assert sent[-1] == cmd.SetProbeOptions(
        "sample", {"prompt": "once ", "temperature": 1.5, "length": 300, "seed": 7})
    # Once a person has asked, the prompt box stays theirs.
    view.prompt.setText("")
    view.show_snapshot(fake.snapshot({"sample": fake.sample_data(prompt="x", text="y")}))
    assert view.prompt.text() == ""


# -- which tabs show -------------------------------------------------------------------------
class TabsWindow:
    """What gui/view_tabs.py is given by the main window, without a training process."""

    def __init__(self) -> None:
        from gui.experiment_state import ExperimentState

        self.tabs = QTabWidget()
        self.boundary_view, self.landscape_view = QWidget(), QWidget()
        self.tabs.addTab(self.boundary_view, "Output")
        self.tabs.addTab(self.landscape_view, "Loss landscape")
        self.sent: list = []
        self.state = ExperimentState(self.sent.append)


def test_sequence_data_hide_the_output_map_and_open_a_recurrent_view(qtbot):
    from engine.shared.experiment import Experiment
    from gui.view_faults import ViewFaults
    from gui.view_tabs import ViewTabs

    window = TabsWindow()
    qtbot.addWidget(window.tabs)
    tabs = ViewTabs(window.tabs, window.boundary_view, window.landscape_view, window.state,
                    lambda _text: None, ViewFaults())
    circle = Experiment.from_dict({"data": {"dataset": "circle"}})
    tabs.show_for_data(circle)
    tabs.show("output")
    tabs.show_for_data(circle.with_data(dataset="parens"))
    visible = {name for name, view in tabs.named().items()
               if window.tabs.isTabVisible(window.tabs.indexOf(view))}
    # The projector reads any data (a layer's activations on test sequences too).
    assert visible == {"landscape", "compare", "hidden_states", "gradient_time", "unfolded",
                       "sampling", "projector"}
    # Qt would move to the hidden tab's neighbour; the data's own first view is shown.
    assert tabs.current_name() == "hidden_states"
    tabs.show("output")  # a saved file's tab that these data hide
    assert tabs.current_name() == "landscape"
    tabs.show("gradient_time")
    tabs.show_for_data(circle)
    assert tabs.current_name() == "output"
    assert window.tabs.isTabVisible(window.tabs.indexOf(window.boundary_view))
