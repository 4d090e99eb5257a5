"""The window driven as a person drives it: pick, play, watch, change, pause, reset."""

import numpy as np
from PySide6.QtCore import QPointF, Qt

from tests.gui.conftest import wait_for


def open_fresh(qtbot, window, demo_id="playground-circle"):
    window.open_demo(demo_id)
    return wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
                    and s.experiment == window.experiment)


def press_play(qtbot, window):
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)


def test_gallery_lists_the_demos_and_opens_one(qtbot, window):
    ids = [window.gallery.list.item(i).data(Qt.ItemDataRole.UserRole)
           for i in range(window.gallery.list.count())]
    assert {"playground-circle", "playground-xor", "playground-spiral",
            "playground-regression", "two-curves"} <= set(ids)
    item = window.gallery.item_for("playground-spiral")
    rect = window.gallery.list.visualItemRect(item)
    qtbot.mouseClick(window.gallery.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    snap = wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "spiral")
    assert "spiral" in window.windowTitle().lower()
    assert "spiral" in window.caption.text().lower()
    assert len(snap.neuron_maps) == 5  # inputs, three hidden layers, output


def test_play_trains_and_the_boundary_changes(qtbot, window):
    open_fresh(qtbot, window)
    first_image = window.boundary_view.current_rgba().copy()
    press_play(qtbot, window)
    snap = wait_for(qtbot, window, lambda s: s.running and s.step > 200)
    qtbot.waitUntil(lambda: window.snapshot.step > snap.step + 100, timeout=20000)
    later_image = window.boundary_view.current_rgba()
    assert later_image.shape == first_image.shape
    assert np.abs(later_image.astype(int) - first_image.astype(int)).sum() > 1000
    assert window.curves_view.train_curve.getData()[0].size > 2
    assert "steps/s" in window.speed_label.text()
    assert "cpu" in window.device_label.text()
    press_play(qtbot, window)  # pause
    paused = wait_for(qtbot, window, lambda s: not s.running)
    qtbot.wait(200)
    assert window.snapshot.step == paused.step, "training went on after pause"


def test_learning_rate_changes_mid_run_without_reset(qtbot, window):
    open_fresh(qtbot, window)
    press_play(qtbot, window)
    running = wait_for(qtbot, window, lambda s: s.step > 100)
    combo = window.training_bar.learning_rate
    combo.setCurrentIndex(combo.findData(0.3))
    combo.activated.emit(combo.currentIndex())
    snap = wait_for(qtbot, window, lambda s: s.experiment.training.learning_rate == 0.3)
    assert snap.step > running.step, "the run was reset"
    press_play(qtbot, window)
    wait_for(qtbot, window, lambda s: not s.running)


def test_adding_a_layer_and_neuron_rebuilds_the_network(qtbot, window):
    open_fresh(qtbot, window)
    hidden = window.experiment.network.hidden
    add_layer = window.network_panel.findChild(type(window.training_bar.play_button),
                                               "addLayer")
    qtbot.mouseClick(add_layer, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window,
                    lambda s: len(s.experiment.network.hidden) == len(hidden) + 1)
    assert len(snap.weights) == len(hidden) + 2
    add_unit = window.network_panel.findChild(type(window.training_bar.play_button),
                                              "addUnit_0")
    qtbot.mouseClick(add_unit, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window,
                    lambda s: s.experiment.network.hidden[0] == hidden[0] + 1)
    assert snap.weights[0].shape == (hidden[0] + 1, 2)


def test_keyboard_space_plays_right_steps_r_resets(qtbot, window):
    open_fresh(qtbot, window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Right)
    wait_for(qtbot, window, lambda s: s.step == 1)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    wait_for(qtbot, window, lambda s: s.running and s.step > 50)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    wait_for(qtbot, window, lambda s: not s.running)
    qtbot.keyClick(window, Qt.Key.Key_R)
    snap = wait_for(qtbot, window, lambda s: s.step == 0)
    assert len(snap.history.steps) == 1


def test_picking_a_dataset_thumbnail_changes_the_points(qtbot, window):
    open_fresh(qtbot, window)
    qtbot.mouseClick(window.data_panel.dataset_buttons["xor"], Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "xor")
    x, y = snap.points.x_train, snap.points.y_train
    np.testing.assert_array_equal(y, (x[:, 0] * x[:, 1] >= 0).astype(np.float32))
    assert window.boundary_view.train_points.data.size == len(x)


def test_clicking_the_plane_adds_a_point_of_the_chosen_class(qtbot, window):
    open_fresh(qtbot, window)
    window.data_panel.add_class1.click()
    view = window.boundary_view
    scene_pos = view.plot.getPlotItem().vb.mapViewToScene(QPointF(2.0, -3.0))
    widget_pos = view.plot.mapFromScene(scene_pos)
    n = len(window.snapshot.points.x_train)
    qtbot.mouseClick(view.plot.viewport(), Qt.MouseButton.LeftButton, pos=widget_pos)
    snap = wait_for(qtbot, window, lambda s: len(s.points.x_train) == n + 1)
    (x1, x2, label), = snap.experiment.data.custom_points
    assert abs(x1 - 2.0) < 0.2 and abs(x2 + 3.0) < 0.2 and label == 1.0
    window.data_panel.add_off.click()


def test_malformed_csv_names_the_line_and_keeps_the_data(qtbot, window, tmp_path,
                                                         monkeypatch):
    open_fresh(qtbot, window)
    shown = []
    monkeypatch.setattr(window.data_panel, "show_error",
                        lambda title, text: shown.append((title, text)))
    bad = tmp_path / "points.csv"
    bad.write_text("x1,x2,label\n1,2,0\n3,oops,1\n", encoding="utf-8")
    before = window.experiment
    assert not window.data_panel.import_csv(str(bad))
    assert shown and "line 3" in shown[0][1] and "oops" in shown[0][1]
    assert window.experiment == before
    good = tmp_path / "good.csv"
    good.write_text("x1,x2,label\n1,2,0\n-3,4,1\n2,-2,1\n", encoding="utf-8")
    assert window.data_panel.import_csv(str(good))
    snap = wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "custom")
    assert len(snap.points.x_train) + len(snap.points.x_test) == 3


def test_divergence_pauses_with_a_message_and_draws_no_nan(qtbot, window):
    open_fresh(qtbot, window, "playground-regression")
    window.change_training("optimizer", "sgd")
    window.change_training("learning_rate", 10.0)
    press_play(qtbot, window)
    snap = wait_for(qtbot, window, lambda s: s.message is not None and "diverged" in str(s.message))
    assert not snap.running
    assert window.banner.isVisible() and "diverged" in window.banner.text()
    assert window.training_bar.play_button.text() == "▶" or not window.running
    assert np.isfinite(snap.boundary).all()
    assert not window.running


def test_a_training_fault_is_shown_and_the_app_lives_on(qtbot, window):
    from engine.shared.commands import Crash
    open_fresh(qtbot, window)
    with qtbot.waitSignal(window.host.failed, timeout=10000):
        window.host.send(Crash("fault drill from the tests"))
    assert "fault drill from the tests" in window.banner.text()
    # The run starts over, paused, and plays again.
    press_play(qtbot, window)
    wait_for(qtbot, window, lambda s: s.running and s.step > 10)
    press_play(qtbot, window)
    wait_for(qtbot, window, lambda s: not s.running)
