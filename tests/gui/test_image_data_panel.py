"""Image data in the data panel and the window: the shapes thumbnail, a person's IDX files
and image folder opened through the panel, bad files refused with the old data kept, and
the augmentation switches with their preview strip."""

from __future__ import annotations

import gzip
import struct

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt

from engine.shared.experiment import DataSettings, NetworkSettings, TrainSettings
from engine.shared.layers.layer import Layer
from gui.panels.data_panel import DataPanel
from tests.gui.conftest import wait_for

CONVNET = (Layer.make("conv2d", out_channels=8, kernel=3), Layer.make("relu"),
           Layer.make("maxpool2d", kernel=2), Layer.make("flatten"))


def idx_bytes(array: np.ndarray) -> bytes:
    header = struct.pack(">BBBB", 0, 0, 8, array.ndim)
    header += b"".join(struct.pack(">I", d) for d in array.shape)
    return header + array.astype(np.uint8).tobytes()


def write_idx(folder, n=90, k=3, gz=False, prefix="train"):
    """Images whose brightness tells their class (so a net can learn them quickly)."""
    rng = np.random.default_rng(0)
    labels = (np.arange(n) % k).astype(np.uint8)
    images = np.zeros((n, 28, 28), np.uint8)
    for i, label in enumerate(labels):
        row = 4 + 8 * int(label)
        images[i, row:row + 6, 4:24] = 200 + rng.integers(0, 55)
    opener, end = (gzip.open, ".gz") if gz else (open, "")
    path = folder / f"{prefix}-images-idx3-ubyte{end}"
    with opener(path, "wb") as f:
        f.write(idx_bytes(images))
    with opener(folder / f"{prefix}-labels-idx1-ubyte{end}", "wb") as f:
        f.write(idx_bytes(labels))
    return path


def write_folder(root):
    for k, name in enumerate(("apples", "pears")):
        (root / name).mkdir(parents=True)
        for i in range(5):
            Image.new("L", (32, 32), 60 + 120 * k + i).save(root / name / f"{i}.png")
    return root


@pytest.fixture
def panel(qtbot):
    panel = DataPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 950)
    panel.show()
    return panel


def test_shapes_thumbnail_switches_to_all_eight_shapes(qtbot, panel):
    assert not panel.image_data.augment_box.isVisible()
    with qtbot.waitSignal(panel.dataEdited) as signal:
        qtbot.mouseClick(panel.dataset_buttons["shapes"], Qt.MouseButton.LeftButton)
    assert signal.args[0]["dataset"] == "shapes"
    assert signal.args[0]["n_classes"] == 8 and signal.args[0]["n_points"] == 3000
    assert panel.dataset_buttons["shapes"].toolTip() == "Shapes (28×28 images)"
    assert "idx" not in panel.dataset_buttons  # a person's files come through buttons
    panel.set_settings(DataSettings(dataset="shapes", n_classes=8), "classification", 10)
    assert panel.classes.isEnabled() and panel.classes.value() == 8
    assert panel.classes.maximum() == 8 and "ConvNet" in panel.image_note.text()
    assert panel.image_data.augment_box.isVisible()
    assert panel.image_data.augment_checks["flip"].isEnabled()
    with qtbot.waitSignal(panel.dataEdited) as signal:
        panel.classes.setValue(4)
    assert signal.args == [{"n_classes": 4}]


def test_augmentation_switches_change_the_settings_and_the_preview(qtbot, panel):
    box = panel.image_data
    panel.set_settings(DataSettings(dataset="shapes", n_classes=8), "classification", 10)
    original = box.preview_images
    assert original.shape == (8, 28, 28)
    assert all(np.array_equal(image, original[0]) for image in original)  # none switched on
    with qtbot.waitSignal(panel.dataEdited) as signal:
        box.augment_checks["shift"].setChecked(True)
    assert signal.args == [{"augment": ("shift",), "augment_strength": 0.5}]
    settings = DataSettings(dataset="shapes", augment=("rotate", "shift"),
                            augment_strength=1.0)
    panel.set_settings(settings, "classification", 10)
    variants = box.preview_images
    assert np.array_equal(variants[0], original[0])  # the image itself comes first
    assert sum(not np.allclose(v, variants[0]) for v in variants[1:]) >= 6
    np.testing.assert_allclose(variants.sum(axis=(1, 2)), variants[0].sum(), rtol=0.15)
    assert not box.preview.pixmap().isNull() and box.preview.pixmap().width() >= 130
    with qtbot.waitSignal(panel.dataEdited) as signal:
        box.strength.setValue(30)
    assert signal.args == [{"augment": ("rotate", "shift"), "augment_strength": 0.3}]
    # Digits must not be mirrored: the switch is off and greyed.
    panel.set_settings(DataSettings(dataset="digits", augment=("flip",)), "classification", 10)
    assert not box.augment_checks["flip"].isEnabled()
    assert not box.augment_checks["flip"].isChecked()
    assert box.preview_images.shape == (8, 8, 8)
    panel.grab().save("/tmp/image_data_panel_digits.png")


def test_opening_files_through_the_panel(qtbot, panel, tmp_path):
    box = panel.image_data
    path = write_idx(tmp_path, gz=True)
    with qtbot.waitSignal(panel.dataEdited) as signal:
        assert box.open_idx(path)
    changes = signal.args[0]
    assert changes["dataset"] == "idx" and changes["path"] == str(path.resolve())
    assert changes["n_points"] == 90
    panel.set_settings(DataSettings(**changes), "classification", 10)
    assert box.source.isVisible()
    assert box.source.text() == "Loaded: train-images-idx3-ubyte.gz — 90 images, 3 classes"
    assert panel.classes.value() == 3 and not panel.classes.isEnabled()
    assert box.preview_images.shape == (8, 28, 28) and box.preview_images.max() > 0.7

    folder = write_folder(tmp_path / "fruit")
    with qtbot.waitSignal(panel.dataEdited) as signal:
        assert box.open_folder(folder)
    panel.set_settings(DataSettings(**signal.args[0]), "classification", 10)
    assert "10 images, 2 classes (apples, pears)" in box.source.text()
    panel.grab().save("/tmp/image_data_panel_folder.png")

    # A truncated file: a message naming it, no change of data.
    bad = tmp_path / "bad-images-idx3-ubyte"
    bad.write_bytes(path.with_suffix("").name.encode() + b"?")  # not IDX at all
    (tmp_path / "bad-labels-idx1-ubyte").write_bytes(idx_bytes(np.zeros(3, np.uint8)))
    edits, problems = [], []
    panel.dataEdited.connect(edits.append)
    panel.problem.connect(problems.append)
    assert not box.open_idx(bad)
    assert not box.open_folder(tmp_path / "nowhere")
    assert edits == [] and len(problems) == 2
    assert "bad-images-idx3-ubyte" in problems[0] and "not an IDX" in problems[0]
    assert "nowhere is not a folder" in problems[1]


# -- in the window -------------------------------------------------------------------------

@pytest.mark.usefixtures("qapp")
def test_shapes_train_in_the_window_and_a_bad_file_keeps_the_data(qtbot, window, tmp_path):
    qtbot.mouseClick(window.data_panel.dataset_buttons["shapes"], Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "shapes")
    assert snap.points.x_train.shape[1] == 784 and snap.n_classes == 8
    experiment = window.experiment.replace(
        network=NetworkSettings(layers=CONVNET),
        training=TrainSettings(optimizer="adam", learning_rate=0.01, batch_size=32))
    assert window.apply_experiment(experiment)
    wait_for(qtbot, window, lambda s: s.experiment.network.layers == CONVNET)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.running and s.step > 150, timeout=40000)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: not s.running)
    assert snap.test_accuracy > 0.6  # eight classes: guessing gets 0.125
    window.grab().save("/tmp/image_data_shapes_window.png")

    # Augmentation switched on in the panel reaches the trainer.
    window.data_panel.image_data.augment_checks["shift"].setChecked(True)
    wait_for(qtbot, window, lambda s: s.experiment.data.augment == ("shift",))

    # A person's IDX files, opened through the panel, become the data.
    path = write_idx(tmp_path)
    assert window.data_panel.image_data.open_idx(path)
    snap = wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "idx")
    assert snap.n_classes == 3 and snap.points.x_train.shape == (45, 784)
    good = snap.points.x_train.copy()
    assert "train-images-idx3-ubyte" in window.data_panel.image_data.source.text()

    # A corrupt file opened through the panel: a message, the experiment stays.
    bad = tmp_path / "broken-images-idx3-ubyte"
    bad.write_bytes(path.read_bytes()[:-500])
    (tmp_path / "broken-labels-idx1-ubyte").write_bytes(
        (tmp_path / "train-labels-idx1-ubyte").read_bytes())
    shown = []
    window.data_panel.show_error = lambda title, text: shown.append(text)  # no modal box
    before = window.experiment
    assert not window.data_panel.image_data.open_idx(bad)
    reported = window.banner.text() if window.banner.isVisible() else " ".join(shown)
    assert "broken-images-idx3-ubyte is truncated" in reported
    assert window.experiment == before

    # The same file sent straight to the trainer (as a demo or a saved experiment could):
    # its message comes back on the banner and the old images go on training.
    step = window.snapshot.step
    window.apply_experiment(window.experiment.with_data(path=str(bad)))
    snap = wait_for(qtbot, window, lambda s: "truncated" in str(s.message or ""))
    assert window.banner.isVisible() and "broken-images-idx3-ubyte" in window.banner.text()
    np.testing.assert_array_equal(snap.points.x_train, good)
    qtbot.mouseClick(window.training_bar.step_button, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.step > step)
    np.testing.assert_array_equal(snap.points.x_train, good)
