"""The network panel: structure edits, hover, weight edits and what it paints."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QPalette  # noqa: E402
from PySide6.QtWidgets import QToolButton  # noqa: E402

from engine.shared.experiment import FEATURES, Experiment, NetworkSettings  # noqa: E402
from engine.shared.snapshot import History, PointsSample, Snapshot  # noqa: E402
from gui.panels.network_layout import NEURONS_TOP  # noqa: E402
from gui.panels.network_panel import NetworkPanel  # noqa: E402
from tests.gui.conftest import tooltip_at  # noqa: E402

G = 16
#: The network the ``panel`` fixture draws.
NETWORK = NetworkSettings(features=("x1", "x2"), hidden=(4, 2), activations=("tanh", "tanh"))


def fake_snapshot(network: NetworkSettings, link_weight: float = 1.5, n_classes: int = 2,
                  problem: str = "classification") -> Snapshot:
    """A Snapshot shaped like ``network``: each neuron's map a tilted ramp, random weights
    of both signs except link (1, 0, 0), which has ``link_weight``."""
    n_out = n_classes if problem == "classification" and n_classes > 2 else 1
    widths = (len(network.features), *network.hidden, n_out)
    rng = np.random.default_rng(0)
    x1, x2 = np.meshgrid(*(np.linspace(-1, 1, G, dtype=np.float32),) * 2)
    maps = []
    for width in widths:
        angle = rng.uniform(0, 2 * np.pi, (width, 1, 1))
        maps.append(np.tanh(2 * (np.cos(angle) * x1 + np.sin(angle) * x2)).astype(np.float32))
    maps[-1] = (maps[-1] + 1) / 2  # the output as probabilities
    weights = [rng.normal(0, 1, (b, a)).astype(np.float32)
               for a, b in zip(widths, widths[1:], strict=False)]
    weights[1][0, 0] = link_weight
    biases = tuple(rng.normal(0, 0.5, b).astype(np.float32) for b in widths[1:])
    empty = np.zeros(1, np.float32)
    return Snapshot(
        step=10, epoch=0.1, running=False, device="cpu", problem=problem,
        n_classes=n_classes, train_loss=0.5, test_loss=0.5, train_accuracy=0.5,
        test_accuracy=0.5, steps_per_second=100.0,
        history=History(empty, empty, empty, empty, empty),
        points=PointsSample(0, np.zeros((1, 2), np.float32), empty,
                          np.zeros((1, 2), np.float32), empty),
        experiment=Experiment().with_network(**dataclasses.asdict(network)), extent=6.0,
        neuron_maps=tuple(maps), weights=tuple(weights), biases=biases)


@pytest.fixture
def panel(qtbot):
    widget = NetworkPanel()
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.set_network(NETWORK)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def point(rect) -> QPoint:
    return rect.center().toPoint()


def link_midpoint(panel: NetworkPanel, k: int, row: int, col: int) -> QPoint:
    """A point on link (k, row, col) that no other link crosses (its first quarter)."""
    a, b = panel.neuron_rect(k, col), panel.neuron_rect(k + 1, row)
    start = QPointF(a.right(), a.center().y())
    end = QPointF(b.left(), b.center().y())
    return (start + (end - start) * 0.25).toPoint()


def test_draws_one_rect_per_neuron(panel):
    network = NetworkSettings(features=("x1", "x2", "sin_x1"), hidden=(3, 5, 1),
                              activations=("relu",) * 3)
    panel.set_network(network)
    for layer, count in enumerate((3, 3, 5, 1, 1)):
        rects = [panel.neuron_rect(layer, unit) for unit in range(count)]
        assert all(r.isValid() and panel.rect().toRectF().contains(r) for r in rects)
        assert [panel.neuron_at(r.center()) for r in rects] == [(layer, u) for u in range(count)]
    with pytest.raises(IndexError):
        panel.neuron_rect(2, 5)
    assert len(panel.findChildren(QToolButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
               ) == 2 + 2 * 3


def test_set_network_does_not_emit(panel, qtbot):
    with qtbot.assertNotEmitted(panel.networkEdited):
        panel.set_network(NetworkSettings(hidden=(3,), activations=("relu",)))


def test_plus_on_first_layer_adds_a_neuron(panel, qtbot):
    with qtbot.waitSignal(panel.networkEdited) as blocker:
        qtbot.mouseClick(panel.findChild(QToolButton, "addUnit_0"), Qt.MouseButton.LeftButton)
    assert blocker.args[0].hidden == (5, 2)
    with qtbot.waitSignal(panel.networkEdited) as blocker:
        qtbot.mouseClick(panel.findChild(QToolButton, "removeUnit_1"), Qt.MouseButton.LeftButton)
    assert blocker.args[0].hidden == (5, 1)
    assert not panel.findChild(QToolButton, "removeUnit_1").isEnabled()  # 1 is the least


def test_add_and_remove_hidden_layers(panel, qtbot):
    with qtbot.waitSignal(panel.networkEdited) as blocker:
        qtbot.mouseClick(panel.findChild(QToolButton, "addLayer"), Qt.MouseButton.LeftButton)
    net = blocker.args[0]
    assert net.hidden == (4, 2, 2) and net.activations == ("tanh",) * 3
    assert panel.neuron_rect(3, 1).isValid()
    for expected in ((4, 2), (4,), ()):
        with qtbot.waitSignal(panel.networkEdited) as blocker:
            qtbot.mouseClick(panel.findChild(QToolButton, "removeLayer"),
                             Qt.MouseButton.LeftButton)
        assert blocker.args[0].hidden == expected
        assert len(blocker.args[0].activations) == len(expected)
    assert not panel.findChild(QToolButton, "removeLayer").isEnabled()
    with qtbot.waitSignal(panel.networkEdited) as blocker:
        qtbot.mouseClick(panel.findChild(QToolButton, "addLayer"), Qt.MouseButton.LeftButton)
    assert blocker.args[0].hidden == (4,) and blocker.args[0].activations == ("tanh",)


def test_layer_limit(panel, qtbot):
    panel.set_network(NetworkSettings(hidden=(2, 2), activations=("relu", "relu"),
                                      max_layers=2))
    assert not panel.findChild(QToolButton, "addLayer").isEnabled()


def test_clicking_features_toggles_them_in_features_order(panel, qtbot):
    with qtbot.waitSignal(panel.networkEdited) as blocker:
        qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=point(panel.feature_rect("x1*x2")))
    assert blocker.args[0].features == ("x1", "x2", "x1*x2")
    with qtbot.waitSignal(panel.networkEdited) as blocker:
        qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=point(panel.feature_rect("x1")))
    assert blocker.args[0].features == ("x2", "x1*x2")


def test_refuses_to_switch_off_the_last_feature(panel, qtbot):
    panel.set_network(NetworkSettings(features=("x2",), hidden=(3,), activations=("tanh",)))
    with qtbot.assertNotEmitted(panel.networkEdited):
        qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=point(panel.feature_rect("x2")))


def test_hover_reports_the_neuron_and_leaving_it(panel, qtbot):
    with qtbot.waitSignal(panel.neuronHovered) as blocker:
        qtbot.mouseMove(panel, point(panel.neuron_rect(1, 3)))
    assert blocker.args == [1, 3]
    with qtbot.waitSignal(panel.neuronHovered) as blocker:
        qtbot.mouseMove(panel, point(panel.neuron_rect(0, 1)))
    assert blocker.args == [0, 1]
    with qtbot.waitSignal(panel.neuronHovered) as blocker:
        qtbot.mouseMove(panel, QPoint(panel.width() - 2, panel.height() - 2))
    assert blocker.args == [-1, -1]


def test_link_hit_testing(panel):
    assert panel.link_at(QPointF(link_midpoint(panel, 1, 1, 3))) == (1, 1, 3)
    assert panel.link_at(QPointF(link_midpoint(panel, 0, 2, 0))) == (0, 2, 0)
    assert panel.link_at(QPointF(2, 2)) is None


def test_clicking_a_link_edits_its_weight(panel, qtbot, monkeypatch):
    panel.show_snapshot(fake_snapshot(NETWORK))
    asked = []
    monkeypatch.setattr(panel, "_ask_value",
                        lambda title, current: asked.append((title, current)) or 0.75)
    with qtbot.waitSignal(panel.weightEdited) as blocker:
        qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=link_midpoint(panel, 1, 0, 2))
    assert blocker.args == [1, 0, 2, 0.75]
    weights = fake_snapshot(NETWORK).weights
    assert asked[0][1] == pytest.approx(weights[1][0, 2])


def test_bias_edit_and_cancel(panel, qtbot, monkeypatch):
    monkeypatch.setattr(panel, "_ask_value", lambda title, current: -0.5)
    with qtbot.waitSignal(panel.weightEdited) as blocker:
        qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                         point(panel.neuron_rect(2, 1)))
    assert blocker.args == [1, 1, -1, -0.5]
    monkeypatch.setattr(panel, "_ask_value", lambda title, current: None)
    with qtbot.assertNotEmitted(panel.weightEdited):
        qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=link_midpoint(panel, 0, 0, 0))


def test_snapshot_paints_heatmaps_and_coloured_links(panel):
    before = panel.grab().toImage()
    panel.show_snapshot(fake_snapshot(NETWORK, link_weight=1.5))
    image = panel.grab().toImage()
    image.save("/tmp/network_panel.png")
    rect = panel.neuron_rect(1, 2).adjusted(3, 3, -3, -3).toRect()
    colours = {image.pixelColor(x, y).rgb() for x in range(rect.left(), rect.right(), 2)
               for y in range(rect.top(), rect.bottom(), 2)}
    assert len(colours) > 5  # a heatmap, not a flat fill
    assert before.pixelColor(rect.center()) != image.pixelColor(rect.center())
    link = panel.link_at(QPointF(link_midpoint(panel, 1, 0, 0)))
    assert link == (1, 0, 0)
    colour = image.pixelColor(link_midpoint(panel, 1, 0, 0))
    assert colour.blue() > colour.red() + 60  # positive weights are blue

    panel.show_snapshot(fake_snapshot(NETWORK, link_weight=-1.5))
    colour = panel.grab().toImage().pixelColor(link_midpoint(panel, 1, 0, 0))
    assert colour.red() > colour.blue() + 60  # negative weights are orange


def test_multiclass_output_and_stale_snapshot(panel):
    panel.show_snapshot(fake_snapshot(NETWORK, n_classes=3))
    assert [panel.neuron_rect(3, u).isValid() for u in range(3)] == [True] * 3
    # A snapshot of another shape must not break drawing or hit-testing.
    panel.set_network(NetworkSettings(features=FEATURES, hidden=(8,) * 6,
                                      activations=("relu",) * 6))
    panel.grab()
    assert panel.neuron_at(panel.neuron_rect(6, 7).center()) == (6, 7)
    panel.show_snapshot(None)
    assert len([panel.neuron_rect(7, u) for u in range(1)]) == 1


def test_tooltips_show_weights_and_biases(panel):
    snap = fake_snapshot(NETWORK, link_weight=0.123)
    panel.show_snapshot(snap)
    text = tooltip_at(panel, link_midpoint(panel, 1, 0, 0))
    assert text.startswith("Weight 0.123") and "neuron 1 of layer 1" in text
    bias = snap.biases[0][2]
    assert tooltip_at(panel, point(panel.neuron_rect(1, 2))).startswith(f"Bias {bias:.3f}")


def test_heatmap_row_zero_is_drawn_at_the_bottom(panel):
    snap = fake_snapshot(NETWORK)
    lower_half_positive = np.where(np.arange(G)[:, None] < G // 2, 1.0, -1.0)
    maps = list(snap.neuron_maps)
    maps[1] = np.broadcast_to(lower_half_positive, maps[1].shape).astype(np.float32)
    panel.show_snapshot(dataclasses.replace(snap, neuron_maps=tuple(maps)))
    image = panel.grab().toImage()
    rect = panel.neuron_rect(1, 0)
    x = int(rect.center().x())
    top = image.pixelColor(x, int(rect.top() + rect.height() * 0.15))
    bottom = image.pixelColor(x, int(rect.top() + rect.height() * 0.85))
    assert top.red() > top.blue() + 60  # negative: orange
    assert bottom.blue() > bottom.red() + 60  # positive: blue


# -- a 64-unit layer fits the panel -----------------------------------------------------
def digits_snapshot(hidden: tuple[int, ...]) -> Snapshot:
    """A Snapshot of ``hidden`` on the 8x8 digits (64 pixels in, 10 classes out), shaped
    like the pre-training demo's, with random weights and no neuron maps."""
    widths = (64, *hidden, 10)
    rng = np.random.default_rng(1)
    weights = tuple(rng.normal(0, 1, (b, a)).astype(np.float32)
                    for a, b in zip(widths, widths[1:], strict=False))
    biases = tuple(rng.normal(0, 0.5, b).astype(np.float32) for b in widths[1:])
    pixels = rng.uniform(0, 1, (3, 64)).astype(np.float32)
    labels = np.zeros(3, np.float32)
    empty = np.zeros(1, np.float32)
    experiment = Experiment().with_data(dataset="digits").with_network(
        hidden=hidden, activations=("sigmoid",) * len(hidden))
    return Snapshot(
        step=10, epoch=0.1, running=False, device="cpu", problem="classification",
        n_classes=10, train_loss=2.0, test_loss=2.0, train_accuracy=0.1, test_accuracy=0.1,
        steps_per_second=100.0, history=History(empty, empty, empty, empty, empty),
        points=PointsSample(0, pixels, labels, pixels, labels), experiment=experiment,
        extent=1.0, neuron_maps=None, weights=weights, biases=biases)


def assert_columns_fit(panel: NetworkPanel, counts: tuple[int, ...]) -> None:
    """Every neuron inside the panel, below the column captions, one above the other
    without overlapping, and found again by pointing at its centre."""
    visible = panel.rect().toRectF()
    for layer, count in enumerate(counts):
        rects = [panel.neuron_rect(layer, unit) for unit in range(count)]
        outside = [u for u, r in enumerate(rects)
                   if not (visible.contains(r) and r.top() >= NEURONS_TOP)]
        assert not outside, f"layer {layer}: units {outside} outside {visible}"
        assert all(a.bottom() <= b.top() for a, b in zip(rects, rects[1:], strict=False))
        assert [panel.neuron_at(r.center()) for r in rects] == [
            (layer, unit) for unit in range(count)]


@pytest.mark.parametrize("size", [(520, 460), (420, 300)])
def test_a_64_unit_layer_fits_the_panel(qtbot, size):
    panel = NetworkPanel()
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    assert (panel.width(), panel.height()) == size  # 420 x 300 is its minimum
    network = NetworkSettings(features=("x1", "x2"), hidden=(64, 8),
                              activations=("tanh", "tanh"))
    panel.set_network(network)
    panel.show_snapshot(fake_snapshot(network))
    assert_columns_fit(panel, (2, 64, 8, 1))
    # The 8-unit column keeps its heatmaps; the 64 are too small for one.
    assert panel.neuron_rect(2, 0).width() >= 8 > panel.neuron_rect(1, 0).width() >= 3
    panel.grab().save(f"/tmp/network_panel_64_{size[0]}x{size[1]}.png")


def test_pretraining_shape_fits_and_its_links_stay_legible(qtbot, monkeypatch):
    panel = NetworkPanel()
    qtbot.addWidget(panel)
    panel.resize(520, 460)
    panel.show()
    qtbot.waitExposed(panel)
    snap = digits_snapshot((64, 32))
    panel.set_data(snap.experiment.data)
    panel.set_network(snap.experiment.network)
    panel.show_snapshot(snap)
    assert panel.input_note() == "64 inputs (8×8 pixels)"
    assert_columns_fit(panel, (1, 64, 32, 10))
    image = panel.grab().toImage()
    image.save("/tmp/network_panel_pretraining.png")
    # Between the 64 and the 32 (2,048 links) the background still shows: not one block.
    a, b = panel.neuron_rect(1, 0), panel.neuron_rect(2, 0)
    base = panel.palette().color(QPalette.ColorRole.Base).rgb()  # the panel's fill
    xs = range(int(a.right()) + 6, int(b.left()) - 6)
    ys = range(int(panel.neuron_rect(2, 0).top()), int(panel.neuron_rect(2, 31).bottom()))
    background = [image.pixelColor(x, y).rgb() == base for x in xs for y in ys]
    assert sum(background) > len(background) / 3
    # A tiny neuron is its own bias square: a click edits its bias, the tooltip says it.
    monkeypatch.setattr(panel, "_ask_value", lambda title, current: 0.25)
    centre = point(panel.neuron_rect(1, 10))
    with qtbot.waitSignal(panel.weightEdited) as blocker:
        qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [0, 10, -1, 0.25]
    assert tooltip_at(panel, centre).startswith(f"Bias {snap.biases[0][10]:.3f}")


def test_on_sequences_the_panel_says_what_reads_them_and_clicks_change_nothing(qtbot):
    panel = NetworkPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 420)
    experiment = Experiment().with_data(dataset="parens")
    panel.set_network(experiment.network)
    panel.set_data(experiment.data)
    assert "Embedding → RNN" in panel.sequence_note()
    edits = []
    panel.networkEdited.connect(edits.append)
    for y in range(60, 400, 40):  # where features and neurons would be
        qtbot.mouseClick(panel, Qt.MouseButton.LeftButton, pos=QPoint(30, y))
    assert edits == []
    assert not panel.findChild(QToolButton, "addLayer").isVisibleTo(panel)
    panel.set_data(Experiment().data)  # back to points: the diagram returns
    assert panel.findChild(QToolButton, "addLayer").isVisibleTo(panel)
