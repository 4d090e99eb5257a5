"""More of what a person does: hover a neuron, edit a weight, switch problem type,
more classes, switch the device."""

import numpy as np
from PySide6.QtCore import QPointF, Qt

from tests.gui.conftest import wait_for


def open_fresh(qtbot, window, demo_id="playground-circle"):
    window.open_demo(demo_id)
    return wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
                    and s.experiment == window.experiment)


def test_hovering_a_neuron_shows_its_heatmap_large(qtbot, window):
    snap = open_fresh(qtbot, window)
    output_image = window.boundary_view.current_rgba().copy()
    panel = window.network_panel
    centre = panel.neuron_rect(1, 0).center()
    qtbot.mouseMove(panel, centre.toPoint())
    qtbot.waitUntil(lambda: window.boundary_view.focused_neuron == (1, 0), timeout=5000)
    focused = window.boundary_view.current_rgba()
    assert focused.shape[:2] == snap.neuron_maps[1][0].shape
    assert not np.array_equal(focused[..., :3], output_image[..., :3])
    qtbot.mouseMove(panel, QPointF(2, 2).toPoint())
    qtbot.waitUntil(lambda: window.boundary_view.focused_neuron is None, timeout=5000)


def test_editing_a_weight_reaches_the_model(qtbot, window, monkeypatch):
    open_fresh(qtbot, window)
    panel = window.network_panel
    monkeypatch.setattr(panel, "_ask_value", lambda title, current: 1.75)
    # Midway along the link from input X1 to the first neuron of hidden layer 1.
    a, b = panel.neuron_rect(0, 0).center(), panel.neuron_rect(1, 0).center()
    point = (a + b) / 2
    hit = panel.link_at(point)
    assert hit == (0, 0, 0), hit
    layer, row, col = hit
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=point.toPoint())
    snap = wait_for(qtbot, window, lambda s: s.weights[layer][row, col] == 1.75)
    assert snap.step == 0


def test_switching_to_regression_offers_regression_data(qtbot, window):
    open_fresh(qtbot, window)
    combo = window.training_bar.problem
    combo.setCurrentIndex(combo.findData("regression"))
    combo.activated.emit(combo.currentIndex())
    snap = wait_for(qtbot, window, lambda s: s.problem == "regression")
    assert snap.test_accuracy is None
    assert window.data_panel.dataset_buttons["plane"].isVisible()
    assert not window.data_panel.dataset_buttons["xor"].isVisible()
    assert "%" not in window.curves_view.summary.text()


def test_three_classes_on_the_spiral(qtbot, window):
    open_fresh(qtbot, window, "playground-spiral")
    window.data_panel.classes.setValue(3)
    snap = wait_for(qtbot, window, lambda s: s.n_classes == 3)
    assert snap.boundary.shape[-1] == 3
    assert set(np.unique(snap.points.y_train)) == {0.0, 1.0, 2.0}
    rgba = window.boundary_view.current_rgba()
    assert rgba.shape[-1] == 4 and len(np.unique(rgba.reshape(-1, 4), axis=0)) > 10


def test_asking_for_a_missing_gpu_says_so_and_keeps_training_on_cpu(qtbot, window):
    open_fresh(qtbot, window)
    if "cuda" in window.snapshot.device:
        return  # this machine has a GPU: nothing to refuse
    combo = window.device_choice
    combo.setCurrentIndex(combo.findData("cuda"))
    combo.activated.emit(combo.currentIndex())
    snap = wait_for(qtbot, window, lambda s: s.message is not None and "CUDA" in str(s.message))
    assert snap.device == "cpu"
    assert "CUDA" in window.banner.text()
    assert window.experiment.training.device == "auto"


def test_dropout_and_loss_change_without_a_reset(qtbot, window):
    open_fresh(qtbot, window)
    window.step_once()
    wait_for(qtbot, window, lambda s: s.step == 1)
    bar = window.training_bar
    bar.dropout.setCurrentIndex(bar.dropout.findData(0.2))
    bar.dropout.activated.emit(bar.dropout.currentIndex())
    bar.loss.setCurrentIndex(bar.loss.findData("mse"))
    bar.loss.activated.emit(bar.loss.currentIndex())
    snap = wait_for(qtbot, window, lambda s: s.experiment.network.dropout == 0.2
                    and s.experiment.training.loss == "mse")
    assert snap.step == 1, "dropout or loss reset the run"


def test_landscape_demo_draws_the_landscape_and_the_path(qtbot, window):
    window.open_demo("landscape")
    assert window.tabs.currentWidget() is window.landscape_view
    view = window.landscape_view
    view.resolution.setValue(11)
    view.resolution.editingFinished.emit()
    window.toggle_play()
    wait_for(qtbot, window, lambda s: s.landscape is not None
                and s.landscape.progress >= 1 and len(s.landscape.alphas) == 11
                and s.step > 100, timeout=30000)
    window.toggle_play()
    image = view.image.image
    assert image is not None and image.shape == (11, 11)
    assert np.isfinite(image).all() and image.max() > image.min()
    path_x, _ = view.path.getData()
    assert path_x is not None and len(path_x) >= 2
    assert "step" in view.readout.text()
    # Accuracy instead of loss: the engine's accuracy grid, values in [0, 1].
    view.accuracy.setChecked(True)
    accuracy = view.image.image
    assert 0.0 <= accuracy.min() and accuracy.max() <= 1.0
    np.testing.assert_allclose(accuracy, window.snapshot.landscape.accuracies, atol=1e-6)
    view.accuracy.setChecked(False)
    # A 1-D slice draws a curve instead of the heatmap.
    view.one_d.setChecked(True)
    window.step_once()
    wait_for(qtbot, window, lambda s: s.landscape is not None and len(s.landscape.betas) == 1
             and s.landscape.progress >= 1, timeout=30000)
    xs, ys = view.line_curve.getData()
    assert len(xs) == 11 and np.isfinite(ys).all() and not view.image.isVisible()
    view.one_d.setChecked(False)
    # Back to the output tab: the landscape probe stops running.
    window.tabs.setCurrentWidget(window.boundary_view)
    before = window.snapshot.step
    window.step_once()
    # (a snapshot already on its way may still carry the landscape; the next ones do not)
    wait_for(qtbot, window, lambda s: s.step > before and s.landscape is None)
