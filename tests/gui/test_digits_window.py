"""The digits (8×8 images) in the window: picked in the data panel, trained, and drawn as
a mosaic of test images with the network's guesses; no 2-D features offered."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

from engine.probes.params import weights_and_biases
from engine.shared.experiment import DataSettings, Experiment, NetworkSettings
from engine.shared.layers.layer import Layer
from engine.trainer.run import Trainer
from gui.panels.data_panel import DataPanel
from gui.panels.network_panel import NetworkPanel
from gui.views.boundary_view import MOSAIC, BoundaryView
from tests.gui.conftest import tooltip_at, wait_for

DIGITS = Experiment(DataSettings(dataset="digits", n_points=600, train_ratio=0.5),
                    NetworkSettings(hidden=(12, 6), activations=("tanh", "sigmoid")))


def digits_snapshot(steps: int = 200):
    """A Snapshot of a digits run after ``steps`` steps, with the perceptron's weights
    (probe "params"), and the model that made it."""
    trainer = Trainer(DIGITS.with_training(device="cpu", optimizer="adam",
                                           learning_rate=0.01), probes=frozenset())
    for _ in range(steps):
        trainer.session.step()
    snap = trainer.snapshot(False, 0.0)
    weights, biases = weights_and_biases(trainer.session.model)
    return dataclasses.replace(snap, weights=weights, biases=biases), trainer.session


def test_output_view_shows_test_images_with_the_models_guesses(qtbot):
    view = BoundaryView()
    qtbot.addWidget(view)
    view.resize(500, 500)
    view.show()
    snap, session = digits_snapshot()
    view.show_snapshot(snap)
    mosaic = view.mosaic.image
    assert view.mosaic.isVisible() and not view.image.isVisible()
    assert mosaic.shape == (MOSAIC * 13, MOSAIC * 10)
    # The first test image sits at the top left (the mosaic is flipped for the y axis).
    first = 1.0 - np.asarray(snap.points.x_test[0]).reshape(8, 8)
    np.testing.assert_allclose(mosaic[::-1][:8, :8], first)
    with torch.no_grad():
        expected = session.model(session.x_test[:36]).argmax(dim=1).numpy()
    truth = snap.points.y_test[:36].astype(int)
    assert 0.3 < (expected == truth).mean() < 1.0  # trained, and some guesses wrong
    texts = [t.textItem.toPlainText() for t in view.guess_texts]
    for text, guess, true in zip(texts, expected, truth, strict=True):
        assert text == (str(guess) if guess == true else f"{guess} ({true})")
    right = int((expected == truth).sum())
    assert f"{right} of 36 right" in view.caption.text()
    assert not view.show_test.isVisible()
    view.grab().save("/tmp/digits_output_view.png")

    # Without weights the true digits stay, with a sentence that says why.
    view.show_snapshot(dataclasses.replace(snap, weights=None, biases=None))
    assert [t.textItem.toPlainText() for t in view.guess_texts] == [str(v) for v in truth]
    assert "appear with its weights" in view.caption.text()
    stack = DIGITS.with_network(layers=(Layer.make("linear", out_features=8),
                                        Layer.make("relu"), Layer.make("dropout", p=0.0)))
    view.show_snapshot(dataclasses.replace(snap, weights=None, biases=None,
                                           experiment=stack))
    assert "Layers tab" in view.caption.text()


def test_network_panel_draws_one_input_block_and_first_layer_weights(qtbot):
    panel = NetworkPanel()
    qtbot.addWidget(panel)
    panel.resize(640, 420)
    panel.show()
    panel.set_network(DIGITS.network)
    snap, _ = digits_snapshot(50)
    panel.show_snapshot(snap)
    assert panel.input_note() == "64 inputs (8×8 pixels)"
    assert panel.neuron_counts() == (1, 12, 6, 10)
    # One weight picture per first-layer unit; the layers after it draw none.
    assert all(panel.neuron_image(1, unit) is not None for unit in range(12))
    assert panel.neuron_image(2, 0) is None
    edits = []
    panel.networkEdited.connect(edits.append)
    qtbot.mouseClick(panel, Qt.MouseButton.LeftButton,
                     pos=panel.neuron_rect(0, 0).center().toPoint())
    assert edits == []  # the pixels are not features to switch off
    assert "64 inputs" in tooltip_at(panel, panel.neuron_rect(0, 0).center().toPoint())
    panel.grab().save("/tmp/digits_network_panel.png")


def test_data_panel_offers_labels_and_no_points_for_digits(qtbot):
    panel = DataPanel()
    qtbot.addWidget(panel)
    panel.show()
    assert not panel.labels.isVisible()
    panel.set_settings(DIGITS.data, "classification", 10)
    assert panel.labels.isVisible() and panel.image_note.isVisible()
    assert "8×8" in panel.image_note.text() and not panel.classes.isEnabled()
    assert panel.classes.value() == 10 and not panel.own_points.isEnabled()
    assert panel.dataset_buttons["digits"].isChecked()
    assert panel.dataset_buttons["digits"].toolTip() == "Digits (8×8 images)"
    panel.add_class0.setChecked(True)
    assert panel.click_label() is None
    with qtbot.waitSignal(panel.dataEdited) as signal:
        panel.labels.setValue(50)
    assert signal.args == [{"labels": 50}]
    panel.grab().save("/tmp/digits_data_panel.png")


@pytest.mark.usefixtures("qapp")
def test_digits_open_in_the_window_and_train(qtbot, window):
    qtbot.mouseClick(window.data_panel.dataset_buttons["digits"], Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "digits")
    assert snap.points.x_train.shape[1] == 64 and snap.n_classes == 10
    assert snap.boundary is None
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.running and s.step > 300)
    assert snap.test_accuracy > 0.2  # far above the 0.1 of guessing
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)
    view = window.boundary_view
    assert view.mosaic.isVisible() and view.mosaic.image is not None
    assert view.mosaic.image.min() < 0.2 and view.mosaic.image.max() == 1.0
    assert sum(t.isVisible() for t in view.guess_texts) == 36
    assert "test images" in view.caption.text()
    assert window.network_panel.input_note() == "64 inputs (8×8 pixels)"
    assert not window.banner.isVisible() or "error" not in window.banner.text().lower()
    window.grab().save("/tmp/digits_window.png")
