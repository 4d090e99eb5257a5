"""The ConvNet views against an in-process trainer: drawing on the pad changes the
prediction, another layer's maps can be picked, the colour scaling reaches the probe, the
pooling, filters and confusion views fill, and a net that is not a ConvNet gets a
sentence instead of a crash."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from engine.shared import commands as cmd
from engine.shared.experiment import Experiment
from engine.shared.layers.layer import Layer
from engine.shared.probe_registry import LIVE_PROBES
from engine.trainer.run import Trainer
from gui.views.confusion_view import ConfusionView
from gui.views.drawing_pad import shift_image
from gui.views.feature_maps_view import FeatureMapsView
from gui.views.filters_view import FiltersView
from gui.views.pooling_view import PoolingView

CONVNET = (Layer.make("conv2d", out_channels=8, kernel=3, padding=1), Layer.make("relu"),
           Layer.make("maxpool2d", kernel=2), Layer.make("flatten"),
           Layer.make("linear", out_features=32), Layer.make("relu"))
PROBES = ("feature_maps", "filters", "pooling", "confusion")


def test_the_views_probes_are_registered():
    assert set(PROBES) <= LIVE_PROBES


def experiment(**network) -> Experiment:
    base = Experiment.from_dict({
        "data": {"dataset": "digits", "n_points": 1797, "train_ratio": 0.7},
        "training": {"optimizer": "adam", "learning_rate": 0.01}})
    return base.with_network(**(network or {"layers": CONVNET}))


@pytest.fixture(scope="module")
def trained_once():
    trainer = Trainer(experiment(), probes=set(PROBES))
    for _ in range(300):
        trainer.session.step()
    return trainer


@pytest.fixture
def trained(trained_once):
    """The trained run, with no probe options left over from another test."""
    trained_once.probe_options.clear()
    return trained_once


def make(qtbot, cls):
    view = cls()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    sent = []
    view.commandRequested.connect(sent.append)
    return view, sent


def feed(view, trainer, sent=()):
    """What the window does: the newest options reach the trainer, then a snapshot."""
    for command in sent:
        if isinstance(command, cmd.SetProbeOptions):
            trainer.probe_options[command.name] = command.options
    snap = trainer.snapshot(False, 0.0)
    view.show_snapshot(snap)
    return snap


def pad_point(pad, x: float, y: float) -> QPoint:
    """The widget position of image coordinates (x across, y down)."""
    rect = pad.canvas_rect()
    h, w = pad.image.shape
    return QPoint(int(rect.left() + x * rect.width() / w),
                  int(rect.top() + y * rect.height() / h))


def test_drawing_on_the_pad_changes_the_prediction(qtbot, trained):
    view, sent = make(qtbot, FeatureMapsView)
    assert view.title() == "Feature maps" and view.probe_names() == {"feature_maps"}
    snap = feed(view, trained)
    data = snap.live["feature_maps"]
    assert not view.showing_notice() and data.source == "test"
    before = view.prediction.text()
    assert before.startswith(f"Prediction: {data.predicted} (")
    assert f"true class: {data.true_class}" in before
    np.testing.assert_array_equal(view.pad.image, data.image[0])  # the pad mirrors it
    np.testing.assert_allclose(view.scores.values, data.probabilities)
    # Clear, then a vertical stroke down the middle: a "1".
    qtbot.mouseClick(view.clear, Qt.MouseButton.LeftButton)
    assert view.pad.image.sum() == 0
    pad = view.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=pad_point(pad, 4, 1))
    for y in np.linspace(1, 7, 13):
        qtbot.mouseMove(pad, pad_point(pad, 4, y))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=pad_point(pad, 4, 7))
    assert pad.image[1:7, 3:5].min() > 0.3 and pad.image[:, 0].max() < 0.05
    qtbot.waitUntil(lambda: any("image" in c.options for c in sent), timeout=2000)
    options = sent[-1].options
    np.testing.assert_allclose(np.reshape(options["image"], (8, 8)), pad.image)
    drawn = feed(view, trained, sent).live["feature_maps"]
    assert drawn.source == "drawn"
    np.testing.assert_allclose(drawn.image[0], pad.image)
    assert view.prediction.text() != before and "your drawing" in view.prediction.text()
    assert not np.allclose(drawn.probabilities, data.probabilities, atol=1e-3)
    np.testing.assert_allclose(view.scores.values, drawn.probabilities)
    # "Use a test image" goes back to the test set.
    sent.clear()
    qtbot.mouseClick(view.use_test, Qt.MouseButton.LeftButton)
    assert sent[-1].options == {"scaling": "layer", "index": 0}


def test_dragging_shifts_the_image(qtbot, trained):
    view, sent = make(qtbot, FeatureMapsView)
    feed(view, trained)
    pad, original = view.pad, view.pad.image.copy()
    qtbot.mousePress(pad, Qt.MouseButton.RightButton, pos=pad_point(pad, 3.5, 3.5))
    qtbot.mouseMove(pad, pad_point(pad, 5.5, 4.5))
    qtbot.mouseRelease(pad, Qt.MouseButton.RightButton, pos=pad_point(pad, 5.5, 4.5))
    assert original.sum() > 1
    np.testing.assert_array_equal(pad.image, shift_image(original, 2, 1))
    qtbot.waitUntil(lambda: any("image" in c.options for c in sent), timeout=2000)


def test_pick_another_layer_and_colour_scaling(qtbot, trained):
    view, sent = make(qtbot, FeatureMapsView)
    feed(view, trained)
    assert view.layer.count() == len(CONVNET) and view.chosen_layer == 0
    assert view.detail.caption.startswith("1 Conv2d 8×8×8")
    first = view.detail.image().copy()
    qtbot.mouseClick(view.strip_images[3], Qt.MouseButton.LeftButton)  # 3 MaxPool2d
    assert view.chosen_layer == 2 and view.layer.currentText() == "3 MaxPool2d 8×4×4"
    assert view.detail.caption.startswith("3 MaxPool2d 8×4×4")
    # 8 maps of 4×4 in a 3×3 grid with 1-pixel gaps.
    assert (view.detail.image().width(), view.detail.image().height()) == (14, 14)
    assert view.detail.image() != first
    view.scaling.setCurrentIndex(0)
    view.scaling.activated.emit(0)
    assert sent[-1].options["scaling"] == "map"
    data = feed(view, trained, sent).live["feature_maps"]
    assert data.scaling == "map" and "full colour" not in view.detail.caption
    assert len(set(np.round(data.layers[0].scale, 6))) > 1  # each map its own scale


def test_pooling_filters_and_confusion_views_fill(qtbot, trained):
    pooling, sent = make(qtbot, PoolingView)
    data = feed(pooling, trained).live["pooling"]
    np.testing.assert_allclose(pooling.bars.values, [data.input_change, *data.change])
    assert "MaxPool2d" in pooling.summary.text()
    pooling.dy.setValue(2)
    assert sent[-1].options == {"dx": 1, "dy": 2}
    data = feed(pooling, trained, sent).live["pooling"]
    assert (data.dx, data.dy) == (1, 2) and "(1, 2)" in pooling.after.caption

    filters, _ = make(qtbot, FiltersView)
    data = feed(filters, trained).live["filters"]
    assert len(filters.images) == 1 and filters.images[0].image().width() == 3 * 3 + 2
    assert filters.titles[0].text().startswith("1 Conv2d 1→8, 3×3")

    confusion, _ = make(qtbot, ConfusionView)
    data = feed(confusion, trained).live["confusion"]
    np.testing.assert_array_equal(confusion.matrix.matrix, data.matrix)
    shown = [t for t in confusion.tiles if t.isVisibleTo(confusion)]
    assert len(shown) == len(data.indices) > 0
    assert shown[0].caption == f"{data.true_classes[0]}→{data.top_classes[0][0]}"
    assert len(confusion.activations.curves) == len(CONVNET) + 1
    assert confusion.accuracy.text().startswith("Test accuracy")


@pytest.mark.parametrize("network, data", [
    ({"hidden": (16,), "activations": ("relu",), "layers": ()}, "digits"),
    (None, "circle")])
def test_a_net_that_is_not_a_convnet_gets_a_sentence(qtbot, network, data):
    if data == "circle":
        exp = Experiment.from_dict({"data": {"dataset": "circle"}})
    else:
        exp = experiment(**network)
    trainer = Trainer(exp, probes=set(PROBES))
    for cls in (FeatureMapsView, FiltersView, PoolingView, ConfusionView):
        view, _ = make(qtbot, cls)
        feed(view, trainer)
        assert view.showing_notice()
        assert ("Layers tab" in view.needs.text()) or ("2-D points" in view.needs.text())


def test_filters_view_says_when_there_is_no_convolution(qtbot):
    trainer = Trainer(experiment(layers=(Layer.make("flatten"),
                                         Layer.make("linear", out_features=8))),
                      probes={"filters", "feature_maps"})
    view, _ = make(qtbot, FiltersView)
    feed(view, trainer)
    assert view.showing_notice() and "no convolution" in view.needs.text()
    maps, _ = make(qtbot, FeatureMapsView)
    feed(maps, trainer)
    assert not maps.showing_notice() and maps.layer.count() == 2
