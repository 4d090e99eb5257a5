"""Sequence data in the data panel and the window (issue 7): the sequence thumbnails of
each problem type, the data a pick brings, the sequence box's length, symbols and
recurrent training settings reaching the trainer, and a person's text file (a binary one
refused with the old data kept, a good one trained)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from engine.shared.experiment import DataSettings, TrainSettings
from gui.panels.data_panel import DataPanel
from tests.gui.conftest import wait_for

TEXT = ('The cat said, "the moon is round." A dog (quietly) follows the river. '
        "My sister draws a small house; the robot finds an apple.\n") * 40


@pytest.fixture
def panel(qtbot):
    panel = DataPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 1000)
    panel.show()
    return panel


def picked(qtbot, panel, dataset_id: str) -> dict:
    with qtbot.waitSignal(panel.dataEdited) as signal:
        qtbot.mouseClick(panel.dataset_buttons[dataset_id], Qt.MouseButton.LeftButton)
    return signal.args[0]


def test_thumbnails_follow_the_problem_and_bring_sequence_data(qtbot, panel):
    sequences = ("parens", "recall", "grammar", "text", "adding", "sines")
    assert all(not panel.dataset_buttons[d].icon().isNull() for d in sequences)
    assert panel.dataset_buttons["recall"].toolTip() == "Delayed recall (remember a symbol)"
    shown = {d for d, b in panel.dataset_buttons.items() if b.isVisible()}
    assert {"parens", "recall", "grammar", "text"} <= shown
    assert not shown & {"adding", "sines"}
    panel.set_settings(DataSettings(dataset="plane"), "regression", 10)
    shown = {d for d, b in panel.dataset_buttons.items() if b.isVisible()}
    assert {"adding", "sines"} <= shown and not shown & {"parens", "recall", "text"}

    assert picked(qtbot, panel, "sines") == {
        "dataset": "sines", "custom_points": (), "n_points": 2000, "train_ratio": 0.8,
        "seq_length": 0}
    panel.set_settings(DataSettings(dataset="circle"), "classification", 10)
    assert picked(qtbot, panel, "grammar")["n_points"] == 4000
    # Leaving sequences for points brings the playground's amounts back.
    panel.set_settings(DataSettings(dataset="recall", n_points=2000, train_ratio=0.8,
                                    seq_length=50), "classification", 10)
    assert picked(qtbot, panel, "xor") == {"dataset": "xor", "custom_points": (),
                                           "n_points": 500, "train_ratio": 0.5}
    assert panel.dataset_buttons["recall"].isChecked()  # the window has not answered
    assert not panel.dataset_buttons["xor"].isChecked()


def test_each_kind_of_data_shows_its_own_controls(qtbot, panel):
    box = panel.sequence_data
    assert not box.isVisible() and panel.own_points.isVisible()
    panel.set_settings(DataSettings(dataset="digits"), "classification", 10)
    assert not box.isVisible() and panel.image_data.augment_box.isVisible()
    panel.set_settings(DataSettings(dataset="recall", n_classes=4, seq_length=30),
                       "classification", 10, TrainSettings(bptt=8, clip_gradients=True,
                                                           clip_threshold=0.5))
    assert box.isVisible() and not panel.image_data.isVisible()
    assert not panel.own_points.isVisible() and not panel.classes.isVisible()
    assert not panel.image_note.isVisible() and not panel.labels.isVisible()
    assert box.length.value() == 30 and box.symbols.isVisible() and box.symbols.value() == 4
    assert "kept for 28 steps" in box.length_note.text()
    assert "distracting" in box.note.text()
    assert box.bptt.value() == 8 and box.clip.isChecked() and box.threshold.value() == 0.5
    assert not box.text_button.isVisible()
    panel.set_settings(DataSettings(dataset="parens"), "classification", 10)
    assert box.length.value() == 40 and not box.symbols.isVisible()  # its own default
    assert box.length_note.text() == "Characters per string."
    assert panel.noise[1].isEnabled()
    panel.set_settings(DataSettings(dataset="text"), "classification", 10)
    assert box.text_button.isVisible() and box.source.text() == "No file chosen yet."
    assert not panel.noise[1].isEnabled()  # noise does not change a text

    # Settings shown are not echoed back; a person's edits are.
    edits, training = [], []
    panel.dataEdited.connect(edits.append)
    panel.trainingChanged.connect(lambda field, value: training.append((field, value)))
    panel.set_settings(DataSettings(dataset="recall", n_classes=3), "classification", 10,
                       TrainSettings(clip_threshold=2.0))
    assert edits == [] and training == []
    box.length.setValue(12)
    box.symbols.setValue(5)
    box.bptt.setValue(4)
    box.clip.setChecked(True)
    box.threshold.setValue(0.25)
    assert edits == [{"seq_length": 12}, {"n_classes": 5}]
    assert training == [("bptt", 4), ("clip_gradients", True), ("clip_threshold", 0.25)]
    assert box.bptt.specialValueText() == "whole sequence"


# -- in the window -------------------------------------------------------------------------

def test_recall_in_the_window_with_its_length_and_clipping(qtbot, window):
    panel = window.data_panel
    qtbot.mouseClick(panel.dataset_buttons["recall"], Qt.MouseButton.LeftButton)
    assert window.experiment.data.dataset == "recall"
    # The output map steps aside for sequences and the loss landscape comes forward; a
    # recurrent net's landscape takes tens of seconds on two busy cores. Watch the hidden
    # states instead, as the recurrent demos do.
    window.show_tab("hidden_states")
    kinds = [layer.kind for layer in window.experiment.network.layers]
    assert "rnn" in kinds and kinds[-1] == "last_step"
    assert panel.sequence_data.isVisible() and not panel.own_points.isVisible()
    snap = wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "recall")
    assert snap.experiment.network.layers == window.experiment.network.layers
    QApplication.processEvents()  # the layout's pending updates, before the picture
    panel.grab().save("/tmp/sequence_panel_recall.png")
    panel.content.grab().save("/tmp/sequence_panel_recall_all.png")

    panel.sequence_data.length.setValue(30)
    assert window.experiment.data.seq_length == 30
    wait_for(qtbot, window, lambda s: s.experiment.data.seq_length == 30)
    qtbot.mouseClick(panel.sequence_data.clip, Qt.MouseButton.LeftButton)
    assert window.experiment.training.clip_gradients
    panel.sequence_data.bptt.setValue(10)
    snap = wait_for(qtbot, window, lambda s: s.experiment.training.clip_gradients
                    and s.experiment.training.bptt == 10)
    assert snap.experiment.data.seq_length == 30
    assert not window.banner.isVisible(), window.banner.text()


def test_text_files_through_the_panel(qtbot, window, tmp_path, monkeypatch):
    panel = window.data_panel
    box = panel.sequence_data
    shown = []
    monkeypatch.setattr(panel, "show_error", lambda title, text: shown.append(text))
    binary = tmp_path / "notes.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    before = window.experiment
    assert not box.open_text(binary)
    reported = window.banner.text() if window.banner.isVisible() else " ".join(shown)
    assert "notes.txt is a binary file" in reported
    assert window.experiment == before
    window.hide_message()

    # The text thumbnail asks for a file (none chosen yet): a cancelled dialog changes
    # nothing, a chosen one becomes the data.
    window.show_tab("hidden_states")  # not the landscape: a minute for a 128-unit LSTM
    good = tmp_path / "story.txt"
    good.write_text(TEXT, encoding="utf-8")
    answers = [("", ""), (str(good), "")]
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: answers.pop(0)))
    qtbot.mouseClick(panel.dataset_buttons["text"], Qt.MouseButton.LeftButton)
    assert window.experiment == before and not panel.dataset_buttons["text"].isChecked()
    qtbot.mouseClick(panel.dataset_buttons["text"], Qt.MouseButton.LeftButton)
    data = window.experiment.data
    assert data.dataset == "text" and data.path == str(good.resolve())
    assert data.n_points == 2000 and data.train_ratio == 0.8 and data.seq_length == 0
    assert panel.dataset_buttons["text"].isChecked()
    assert box.source.text().startswith("Loaded: story.txt — ")
    QApplication.processEvents()
    panel.content.grab().save("/tmp/sequence_panel_text_all.png")
    panel.grab().save("/tmp/sequence_panel_text.png")

    window.change_training("optimizer", "adam")
    window.change_training("learning_rate", 0.01)
    box.length.setValue(24)  # shorter windows: quicker steps
    first = wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "text"
                     and s.experiment.data.seq_length == 24)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.step >= 150, timeout=60000)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)
    assert snap.train_loss < 0.7 * first.train_loss, (first.train_loss, snap.train_loss)
    assert not window.banner.isVisible(), window.banner.text()
