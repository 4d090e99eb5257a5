"""Word models in the window: the n-gram against neural demo trains, its curves and its
table show numbers, a typed context brings both models' next-word bars; a text file that
cannot be used is refused with its message and the run stays."""

import re

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_for


def test_ngram_vs_neural_trains_and_answers_a_typed_context(qtbot, window):
    window.open_demo("ngram-vs-neural")
    wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
             and s.experiment.data.dataset == "words", timeout=30000)
    view = window.demo_views["word_models"]
    assert window.tabs.currentWidget() is view
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.running and s.step >= 300, timeout=60000)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: not s.running)
    summary = window.curves_view.summary.text()
    neural, trigram = map(float, re.search(
        r"neural ([\d.]+), trigram ([\d.]+)", summary).groups())
    assert neural < trigram == round(snap.words.kneser_ney, 2)
    assert "tokens/s" in window.status.speed_label.text()
    qtbot.waitUntil(lambda: view.table.rowCount() == 12 and view.table.item(0, 1)
                    is not None, timeout=10000)
    assert float(view.table.item(0, 1).text()) < 0 and float(view.table.item(0, 2).text()) < 0

    # Before anything is typed the bars answer the first held-out sentence's start.
    assert len(view.neural_bars.words) == 10 and len(view.trigram_bars.words) == 10
    view.context.setText("the mayor of")
    qtbot.keyClick(view.context, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "the mayor of" in view.status.text(), timeout=10000)
    assert len(view.neural_bars.words) == 10 and len(view.trigram_bars.words) == 10
    assert view.neural_bars.probabilities[0] >= view.neural_bars.probabilities[-1] > 0
    # The neural model has learnt that capitals follow "the mayor of".
    assert "paris" in view.neural_bars.words or "rome" in view.neural_bars.words
    assert not window.banner.isVisible(), window.banner.text()


def test_a_binary_text_is_refused_and_the_words_stay(qtbot, window, tmp_path):
    window.open_demo("word-vectors")
    wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "words", timeout=30000)
    before = window.experiment
    box = window.data_panel.word_data
    assert box.isVisibleTo(window.data_panel)
    binary = tmp_path / "notes.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert not box.open_text(binary)
    assert "notes.txt is a binary file" in window.banner.text()
    assert window.experiment == before
    good = tmp_path / "story.txt"
    good.write_text("The cat sat on the mat. The dog sat on the log. " * 30, encoding="utf-8")
    assert box.open_text(good)
    wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "word-text")
    assert box.source.text().startswith("Loaded: story.txt — ")


def test_word_vectors_open_on_the_projector_of_the_words_by_group(qtbot, window):
    """Fig. 4 left in the window: every word a labelled point coloured by its group, the
    legend names the groups (a click rings one), analogies and t-SNE work on the words."""
    from gui.views.projector_controls import TSNE

    window.open_demo("word-vectors")
    wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
             and s.experiment.data.dataset == "words", timeout=30000)
    view = window.demo_views["projector"]
    assert window.tabs.currentWidget() is view
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.running and s.step >= 1500, timeout=60000)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)
    qtbot.waitUntil(lambda: view.data is not None and view.data.points.step >= 1500)
    points = view.data.points
    assert points.source == "words" and "monday" in points.names
    assert view.controls.layer.currentText() == "Word vectors"
    assert f"{len(points)} words" in view.controls.status.text()
    titles = view.legend.titles()
    assert "days (7)" in titles and "capitals (12)" in titles

    days = view.legend.groups.index(points.group_names.index("day"))
    qtbot.mouseClick(view.legend.buttons[days], Qt.MouseButton.LeftButton)
    ringed = {points.names[i] for i in view.canvas.marked_points()}
    assert ringed == {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"}

    for edit, word in zip(view.side.terms, ("paris", "france", "italy")):
        edit.setText(word)
    qtbot.keyClick(view.side.terms[2], Qt.Key.Key_Return)
    assert len(view.side.answers.rows) == 5 and not view.side.analogy_note.text()

    view.controls.set_mode(TSNE)
    qtbot.waitUntil(lambda: view.data.tsne is not None and view.data.tsne.done,
                    timeout=30000)
    assert len(view.data.tsne.layout) == len(points)
    assert not window.banner.isVisible(), window.banner.text()


def test_a_200_mb_text_is_refused_by_its_size_and_a_big_vocabulary_capped(qtbot, window,
                                                                          tmp_path):
    window.open_demo("word-vectors")
    wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "words", timeout=30000)
    before = window.experiment
    box = window.data_panel.word_data
    huge = tmp_path / "archive.txt"
    with huge.open("wb") as f:  # sparse: 200 MB on paper, nothing on the disk
        f.truncate(200 * 1000 * 1000)
    assert not box.open_text(huge)
    assert "archive.txt is 200.0 MB: text files up to 50 MB can be read" in (
        window.banner.text())
    assert window.experiment == before

    # More distinct words than the vocabulary holds: the rarest read as <unk>, and the
    # panel says so.
    box.vocabulary.setValue(10)
    many = tmp_path / "many.txt"
    many.write_text(" ".join(f"word{i % 40} w{i % 7}." for i in range(600)),
                    encoding="utf-8")
    assert box.open_text(many)
    wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "word-text")
    assert "capped: rarer words read as <unk>" in box.source.text()


def test_words_picked_after_the_playground_train_with_adam_and_learn(qtbot, window):
    """The playground trains with SGD 0.03 in batches of 10; skip-gram under it reached a
    neighbour share of 0.13 in 20 s. Turning to words switches to the word demos' Adam."""
    window.open_demo("playground-circle")
    wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "circle", timeout=30000)
    assert window.experiment.training.optimizer == "sgd"
    qtbot.mouseClick(window.data_panel.datasets_box.buttons["words"],
                     Qt.MouseButton.LeftButton)
    snap = wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "words",
                    timeout=30000)
    training = snap.experiment.training
    assert (training.optimizer, training.learning_rate, training.batch_size) == (
        "adam", 0.01, 64)
    assert window.training_bar.optimizer.currentData() == "adam"
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.running and s.words is not None
             and s.words.neighbour_share[-1] >= 0.8, timeout=60000)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)
    assert not window.banner.isVisible(), window.banner.text()
