"""The projector in the window: the digits projector demo opens on it, play draws every
test image as a labelled point, a click lists a point's nearest neighbours, and t-SNE's
progress bar moves while the points move; standalone, the label search rings matches and
the analogy box is off for class activations (and says why)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.trainer.run import Trainer
from gui.views.projector_controls import PCA3, TSNE
from gui.views.projector_view import ProjectorView
from tests.gui.conftest import wait_for


def drawn_points(view) -> int:
    return view.canvas.points.count


def click_point(qtbot, view, index: int) -> None:
    x, y = view.canvas.xy[index]
    scene = view.canvas.box.mapViewToScene(QPointF(float(x), float(y)))
    at = view.canvas.plot.mapFromScene(scene)
    qtbot.mouseClick(view.canvas.plot.viewport(), Qt.MouseButton.LeftButton, pos=at)


def test_the_digits_projector_draws_labelled_points_neighbours_and_tsne(qtbot, window):
    window.open_demo("digit-projector")
    view = window.demo_views["projector"]
    wait_for(qtbot, window, lambda s: s.step == 0 and not s.running, timeout=30000)
    assert window.tabs.currentWidget() is view
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.step >= 100 and "projector" in s.live)
    qtbot.waitUntil(lambda: view.data is not None and view.data.points.step >= 100)
    points = view.data.points
    assert drawn_points(view) == len(points) > 500
    view.repaint()
    qtbot.waitUntil(lambda: len(view.canvas.labels.drawn) > 20)
    drawn = view.canvas.labels.drawn
    assert len(drawn) < len(points)  # thinned, not every label piled up
    assert {points.labels[i] for i in drawn} == set("0123456789")

    # A click on a point lists its nearest neighbours by cosine similarity.
    click_point(qtbot, view, 5)
    qtbot.waitUntil(lambda: len(view.side.bars.rows) == 10)
    assert view.side.index == 5
    similarities = [s for _, _, s in view.side.bars.rows]
    assert similarities == sorted(similarities, reverse=True) and similarities[0] > 0.5
    assert points.names[5] in view.side.title.text()

    # t-SNE: the progress bar moves and so do the points.
    view.controls.set_mode(TSNE)
    qtbot.waitUntil(lambda: view.data.tsne is not None and view.data.tsne.iteration > 0,
                    timeout=20000)
    first = view.canvas.xy.copy()
    progress = view.controls.progress.value()
    qtbot.waitUntil(lambda: view.controls.progress.value() > progress + 50, timeout=20000)
    assert np.abs(view.canvas.xy - first).max() > 0
    qtbot.waitUntil(lambda: view.data.tsne.done, timeout=30000)
    assert view.controls.progress.value() == 1000
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)
    assert not window.banner.isVisible(), window.banner.text()


@pytest.fixture(scope="module")
def snapshot():
    trainer = Trainer(load_demo("digit-projector").experiment, probes={"projector"})
    for _ in range(200):
        trainer.step()
    return trainer.snapshot(False, 0.0)


@pytest.fixture
def view(qtbot, snapshot):
    v = ProjectorView()
    qtbot.addWidget(v)
    v.resize(1280, 720)
    v.show()
    v.show_snapshot(snapshot)
    return v


def test_search_rings_the_matches_and_enter_selects_one(qtbot, view):
    view.side.search.setText("#12 ")
    assert view.side.found.text()  # "1 match" (only #12, not #120: the space)
    qtbot.keyClick(view.side.search, Qt.Key.Key_Return)
    assert view.side.index == 12
    assert len(view.canvas.rings.data) >= 10  # its neighbours are ringed
    assert view.canvas.labels.first[0] == 12  # and its label is drawn first


def test_the_analogy_box_is_off_for_test_examples_and_says_why(view):
    assert not view.side.analogy.isEnabled()
    assert "word vectors" in view.side.analogy.toolTip()


def test_3d_turns_the_cloud_when_dragged(qtbot, view):
    view.controls.set_mode(PCA3)
    before = view.canvas.xy.copy()
    view.canvas.box.turned.emit(40.0, 10.0)
    assert view.canvas.xy.shape == before.shape
    assert np.abs(view.canvas.xy - before).max() > 0.1
    assert len(view.canvas.triad.xData) == 9  # the three axes drawn


def test_options_reach_the_probe_and_a_changed_setting_is_sent(qtbot, view):
    sent = []
    view.commandRequested.connect(sent.append)
    view.controls.set_mode(TSNE)
    view.controls.perplexity.setValue(12)
    options = [c.options for c in sent if isinstance(c, cmd.SetProbeOptions)]
    assert options[0]["tsne"] == 1 and options[-1]["perplexity"] == 12
    assert options[-1]["layer"] == 2


def word_snapshot():
    """A snapshot as a word model's run sends it: only the "word_vectors" probe's matrix,
    words and groups (its fields as the word-model issue names them)."""
    from types import SimpleNamespace
    rng = np.random.default_rng(3)
    concept = {name: rng.normal(size=40) for name in
               ("capital", "country", "france", "italy", "spain", "day", "monday",
                "tuesday")}
    words = {"paris": ("capital", "france"), "rome": ("capital", "italy"),
             "madrid": ("capital", "spain"), "france": ("country", "france"),
             "italy": ("country", "italy"), "spain": ("country", "spain"),
             "monday": ("day", "monday"), "tuesday": ("day", "tuesday")}
    group = {"paris": "capitals", "rome": "capitals", "madrid": "capitals",
             "france": "countries", "italy": "countries", "spain": "countries",
             "monday": "days", "tuesday": "days"}
    vectors = np.array([concept[a] + concept[b] + 0.1 * rng.normal(size=40)
                        for a, b in words.values()], np.float32)
    result = SimpleNamespace(vectors=vectors, words=list(words),
                             groups=[group[w] for w in words],
                             group_names=["capitals", "countries", "days"])
    return SimpleNamespace(step=7, live={"word_vectors": result}, live_problems={})


def test_a_word_models_vectors_are_drawn_by_word_and_solve_analogies(qtbot):
    view = ProjectorView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.show_snapshot(word_snapshot())
    points = view.data.points
    assert points.labels[0] == "paris" and view.canvas.points.count == 8
    assert points.group_names == ("capitals", "countries", "days")
    assert view.controls.layer.currentText() == "Word vectors"
    view.repaint()
    qtbot.waitUntil(lambda: len(view.canvas.labels.drawn) > 0)
    assert view.side.analogy.isEnabled()
    for edit, word in zip(view.side.terms, ("paris", "France", "italy")):
        edit.setText(word)
    qtbot.keyClick(view.side.terms[2], Qt.Key.Key_Return)
    assert view.side.answers.rows[0][1] == "rome"
    view.side.search.setText("tuesday")
    qtbot.keyClick(view.side.search, Qt.Key.Key_Return)
    assert view.side.index == points.labels.index("tuesday")
    assert view.side.bars.rows[0][1] == "monday"  # its nearest word: the other day
