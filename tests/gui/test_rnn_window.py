"""The recurrent demos in the window (issue 7): the output map steps aside for sequences,
the demo's first view opens, a click on a unit follows it in the trained net's trace, typed
text is what the net reads, clipping toggles mid-run, and the character model writes.
(Leaving sequences for points is checked on the tabs alone, in test_rnn_views.py: a
sequence snapshot still on its way would reach the output map, which cannot draw it.)"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_for


def play(qtbot, window) -> None:
    if not window.running:
        qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)


def pause(qtbot, window) -> None:
    if window.running:
        qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)


def open_demo(qtbot, window, demo_id: str) -> None:
    window.open_demo(demo_id)
    wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
             and s.experiment == window.experiment, timeout=30000)


def tab_visible(window, widget) -> bool:
    return window.tabs.isTabVisible(window.tabs.indexOf(widget))


def test_counting_demo_follows_a_unit_and_reads_typed_text(qtbot, window):
    open_demo(qtbot, window, "rnn-counting")
    view = window.demo_views["hidden_states"]
    assert window.tabs.currentWidget() is view
    assert not tab_visible(window, window.boundary_view)
    assert not tab_visible(window, window.demo_views["feature_maps"])
    assert tab_visible(window, window.demo_views["unfolded"])
    # Embedding → RNN has no activation layer the training bar's choice would replace.
    assert not window.training_bar.activation.isEnabled()
    play(qtbot, window)
    wait_for(qtbot, window, lambda s: s.step >= 100 and "rnn_states" in s.live, timeout=30000)
    pause(qtbot, window)
    qtbot.waitUntil(lambda: view.trace is window.snapshot.live.get("rnn_states"))
    assert not view.showing_notice()
    trace = view.trace
    qtbot.mouseClick(view.heatmap.plot.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.heatmap.widget_pos(3.5, 5.5))
    assert view.selected_unit == 5
    np.testing.assert_allclose(view.unit_curve.getData()[1], trace.layers[0].hidden[:, 5])
    assert len(trace.tokens) == trace.layers[0].hidden.shape[0] == view.heatmap.shape[1]

    qtbot.keyClicks(view.typed, "(()(")
    qtbot.keyClick(view.typed, Qt.Key.Key_Return)
    play(qtbot, window)
    wait_for(qtbot, window, lambda s: getattr(s.live.get("rnn_states"), "example", 0) == -1)
    pause(qtbot, window)
    qtbot.waitUntil(lambda: view.trace is window.snapshot.live.get("rnn_states"))
    assert view.trace.tokens == ("(", "(", ")", "(")
    assert view.heatmap.shape[1] == 4
    assert not window.banner.isVisible(), window.banner.text()


def test_clipping_toggles_mid_run(qtbot, window):
    open_demo(qtbot, window, "gradient-time")
    view = window.demo_views["gradient_time"]
    assert window.tabs.currentWidget() is view
    play(qtbot, window)
    wait_for(qtbot, window, lambda s: "gradient_time" in s.live, timeout=30000)
    assert not view.clip.isChecked() and not view.clip_line.isVisible()
    qtbot.mouseClick(view.clip, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.experiment.training.clip_gradients
                    and getattr(s.live.get("gradient_time"), "clip", None) is not None)
    assert snap.running and snap.step > 0  # the run went on: weights kept
    qtbot.waitUntil(lambda: view.clip_line.isVisible())
    assert view.clip.isChecked()
    pause(qtbot, window)
    assert not window.banner.isVisible(), window.banner.text()


def test_the_character_model_writes(qtbot, window):
    open_demo(qtbot, window, "char-rnn")
    view = window.demo_views["sampling"]
    assert window.tabs.currentWidget() is view
    play(qtbot, window)
    wait_for(qtbot, window, lambda s: "sample" in s.live and s.step > 0, timeout=30000)
    pause(qtbot, window)
    qtbot.waitUntil(lambda: len(view.text.toPlainText()) > 20)
    sample = window.snapshot.live["sample"]
    assert view.text.toPlainText().endswith(sample.text)
    assert not tab_visible(window, window.boundary_view)



def test_larger_recurrent_weights_turn_vanishing_into_exploding(qtbot, window):
    open_demo(qtbot, window, "gradient-time")
    view = window.demo_views["gradient_time"]
    snap = wait_for(qtbot, window, lambda s: "gradient_time" in s.live, timeout=30000)
    before = snap.live["gradient_time"].norms
    assert before[0] < 1e-3 * before[-1]  # vanishing at the start
    view.recurrent_scale.setValue(4.0)
    snap = wait_for(qtbot, window, lambda s: s.experiment.network.recurrent_scale == 4.0
                    and "gradient_time" in s.live, timeout=30000)
    after = snap.live["gradient_time"].norms
    assert after[0] > 10 * after[-1]  # the first step now gets the largest gradient
    assert window.experiment.network.recurrent_scale == 4.0
    assert not window.banner.isVisible(), window.banner.text()
