"""Compare runs through the window: the activations race, the many seeds, a person's own
comparison."""

import numpy as np
from PySide6.QtCore import Qt

from engine.shared import commands as cmd
from tests.gui.conftest import wait_for


def compare_view(window):
    return window.demo_views["compare"]


def test_the_activations_race_trains_three_runs_and_draws_them(qtbot, window):
    window.open_demo("activations")
    view = compare_view(window)
    assert window.tabs.currentWidget() is view
    first = wait_for(qtbot, window, lambda s: s.compare is not None and s.step == 0)
    assert [r.label for r in first.compare.runs] == ["sigmoid", "tanh", "ReLU"]
    before = view.grab().toImage()
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.step >= 150 and s.compare is not None)
    qtbot.waitUntil(lambda: view.frames_drawn > 3)
    assert len(view.run_lines) == 3
    for train, _test in view.run_lines:
        xs, _ys = train.getData()
        assert xs is not None and xs.size > 2
    # Nine weight matrices per run (eight hidden layers and the output), on a log axis.
    assert [h.size for h in view.bars.heights] == [9, 9, 9]
    sigmoid = view.bars.heights[0]
    assert sigmoid[0] < sigmoid[-1] - 2, "the sigmoid's first layer gradient should vanish"
    assert len(view.strip.losses) == 3
    assert "sigmoid" in view.summary.text() and "ReLU" in view.summary.text()
    after = view.grab().toImage()
    assert before != after
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)


def test_a_person_sets_up_a_comparison_and_goes_back_to_one_run(qtbot, window):
    window.open_demo("playground-circle")
    wait_for(qtbot, window, lambda s: s.compare is None and s.step == 0)
    window.show_tab("compare")
    view = compare_view(window)
    assert "One run trains now" in view.summary.text()
    view.setting.setCurrentIndex(view.setting.findData("training.learning_rate"))
    view.values.setText("0.3, 0.03")
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.compare is not None)
    assert [r.value for r in snap.compare.runs] == [0.3, 0.03]
    assert window.view_state()["compare"] == {"vary": "training.learning_rate",
                                              "values": [0.3, 0.03]}
    qtbot.mouseClick(view.single_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.compare is None)
    qtbot.waitUntil(lambda: "One run trains now" in view.summary.text())


def test_values_that_do_not_fit_get_a_message(qtbot, window):
    window.show_tab("compare")
    view = compare_view(window)
    view.setting.setCurrentIndex(view.setting.findData("training.learning_rate"))
    view.values.setText("0.1, quick")
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert window.banner.isVisible() and "quick" in window.banner.text()
    view.setting.setCurrentIndex(view.setting.findData("activation"))
    view.values.setText("relu, tanh, sigmoid, linear, gelu")
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert "2 to 4" in window.banner.text()
    view.values.setText("relu, wobbly")
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "wobbly" in window.banner.text(), timeout=10000)


def test_many_seeds_show_every_loss_in_the_strip(qtbot, window):
    window.open_demo("minima")
    view = compare_view(window)
    snap = wait_for(qtbot, window, lambda s: s.compare is not None and len(s.compare.runs) == 8)
    qtbot.waitUntil(lambda: len(view.strip.losses) == 8)
    losses = np.array(view.strip.losses)
    expected = [(r.train_loss, r.test_loss) for r in snap.compare.runs]
    assert losses.shape == (8, 2)
    np.testing.assert_allclose(losses, expected)
    assert len(view.strip.dots.data) == 16


def test_a_run_saved_while_comparing_reopens_alone_ready_to_race_again(qtbot, window,
                                                                       tmp_path):
    window.open_demo("activations")
    wait_for(qtbot, window, lambda s: s.compare is not None and s.step == 0)
    window.host.send(cmd.Step(20))
    saved = wait_for(qtbot, window, lambda s: s.step == 20 and s.compare is not None)
    path = tmp_path / "race.deepscope"
    with qtbot.waitSignal(window.files.finished, timeout=30000):
        window.files.save_to(path)
    window.open_demo("playground-circle")
    wait_for(qtbot, window, lambda s: s.compare is None and s.step == 0)
    with qtbot.waitSignal(window.files.finished, timeout=30000) as opened:
        assert window.files.open_path(path)
    assert opened.args[1], opened.args[2]
    snap = wait_for(qtbot, window, lambda s: s.step == 20)
    # Run 1 (sigmoid) comes back exactly; the other runs' weights are not in the file.
    assert snap.compare is None
    assert snap.train_loss == saved.compare.runs[0].train_loss
    assert snap.experiment.network.activations[0] == "sigmoid"
    view = compare_view(window)
    assert view.setting.currentData() == "activation"
    assert view.values.text() == "sigmoid, tanh, relu"
    assert window.view_tabs.current_name() == "compare"


def test_a_demo_recipe_shows_as_itself_and_races_again(qtbot, window):
    window.open_demo("convnet-recipe")
    view = compare_view(window)
    wait_for(qtbot, window, lambda s: s.compare is not None and s.compare.vary == "recipe")
    qtbot.waitUntil(lambda: view.setting.currentData() == "recipe")
    assert view.values.text() == "plain, dropout, augmentation"
    window.host.send(cmd.Step(5))
    wait_for(qtbot, window, lambda s: s.step >= 5)
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    again = wait_for(qtbot, window, lambda s: s.step == 0 and s.compare is not None)
    assert [r.label for r in again.compare.runs] == ["plain", "dropout", "augmentation"]
    window.open_demo("playground-circle")
    wait_for(qtbot, window, lambda s: s.compare is None)
    window.show_tab("compare")
    qtbot.waitUntil(lambda: view.setting.findData("recipe") < 0)


def test_runs_with_different_layers_each_get_their_own_bars(qtbot):
    """The translation demo's two runs: with attention the translator has more weight
    matrices than without (the bars raised a broadcast error and the tab stayed blank)."""
    from gui.views.compare_plots import GradientBars

    bars = GradientBars("layer", "norm")
    qtbot.addWidget(bars.plot)
    bars.show([np.full(9, 1e-2), np.full(6, 1e-3)], [(200, 0, 0), (0, 0, 200)])
    assert [h.size for h in bars.heights] == [9, 6]
    np.testing.assert_allclose(bars.heights[1], -3.0)
    bars.show([np.full(9, 1e-2), np.full(9, 1e-3)], [(200, 0, 0), (0, 0, 200)])
    assert [h.size for h in bars.heights] == [9, 9]
