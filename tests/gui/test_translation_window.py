"""The translation demo in the window: both translators train side by side, the attention
matrix of a held-out sentence fills in live, accuracy by length shows both, a typed
sentence is translated (its unknown word named), and the projector shows thought vectors
coloured by meaning."""

import numpy as np
from PySide6.QtCore import Qt

from tests.gui.conftest import wait_for


def test_translation_trains_shows_attention_and_translates_a_typed_sentence(qtbot, window):
    window.open_demo("translation")
    wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
             and s.experiment.data.dataset == "translation", timeout=60000)
    view = window.demo_views["translation"]
    assert window.tabs.currentWidget() is view
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.running and s.step >= 150
             and "translation" in s.live, timeout=120000)
    qtbot.waitUntil(lambda: view.matrix.matrix is not None and view.frames_drawn > 0)
    matrix = view.matrix.matrix
    np.testing.assert_allclose(matrix.sum(axis=1), 1.0, atol=1e-4)
    text = view.text.text()
    assert "English: " in text and "Korean (reference): " in text
    assert "with attention: " in text and "without attention: " in text
    qtbot.waitUntil(lambda: all(c.xData is not None and len(c.xData) > 5
                                for c in view.curves.values())
                    and len(view.curves) == 2, timeout=20000)

    view.sentence.setText("yesterday the big dog saw a zebra in the park")
    qtbot.keyClick(view.sentence, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "zebra" in view.text.text(), timeout=20000)
    assert "<unk>" in view.text.text() and "Korean (reference)" not in view.text.text()
    assert view.matrix.matrix.shape[1] == 10

    window.view_tabs.show("projector")
    projector = window.demo_views["projector"]
    qtbot.waitUntil(lambda: projector.data is not None
                    and projector.data.points.source == "thoughts", timeout=30000)
    assert len(projector.data.points.group_names) == 12
    assert projector.controls.layer.currentText() == "Thought vectors: without attention"
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)
    assert not window.banner.isVisible(), window.banner.text()


def test_the_network_panel_describes_the_translators_not_a_perceptron(qtbot, window):
    window.open_demo("translation")
    wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "translation",
             timeout=30000)
    panel = window.network_panel
    note = panel.sequence_note()
    assert note.startswith("An encoder-decoder translator") and "state of 128" in note
    panel.grab()  # paints the note, not features and neurons
