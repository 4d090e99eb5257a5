"""The captioning demo in the window: both captioners train side by side, the Captioning
tab shows a held-out picture with its words and attention, the strip and the curves."""

from PySide6.QtCore import Qt

from tests.gui.conftest import wait_for


def test_captioning_trains_and_the_tab_shows_the_picture_and_its_words(qtbot, window):
    window.open_demo("captioning")
    wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
             and s.experiment.data.dataset == "scenes", timeout=60000)
    view = window.demo_views["captioning"]
    assert window.tabs.currentWidget() is view
    assert not window.tabs.isTabVisible(window.tabs.indexOf(window.view_tabs.output))
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.running and s.step >= 5 and "captioning" in s.live
             and s.captions is not None, timeout=120000)
    data = window.snapshot.live["captioning"]
    assert data.image.shape == (64, 64, 3) and len(data.runs) == 2
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)
    assert not window.banner.isVisible(), window.banner.text()
