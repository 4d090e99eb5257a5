"""Every demo in the gallery opens, trains and draws: the tab it opens on changes its
pixels between two snapshots, and no demo leaves a banner of trouble behind."""

import pytest
from PySide6.QtCore import Qt

from engine.shared.demos import list_demos
from tests.gui.conftest import wait_for

DEMOS = [demo.id for demo in list_demos()]


def compared(snap) -> bool:
    """The comparison is in force: its runs are in the snapshot (the compare tab's), or
    the translators' or captioners' scores name both runs (those demos open on their own
    tab, where the compare probe does not run)."""
    return snap.compare is not None or (snap.translation is not None
                                        and len(snap.translation.runs) > 1) or (
        snap.captions is not None and len(snap.captions.runs) > 1)


@pytest.mark.parametrize("demo_id", DEMOS)
def test_the_demo_opens_trains_and_draws(qtbot, window, demo_id):
    window.open_demo(demo_id)
    demo = window.demo
    wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
             and compared(s) == (demo.compare is not None), timeout=30000)
    shown = window.tabs.currentWidget()
    first_views = [v for v in demo.views if v in window.demo_views]
    if first_views:
        assert shown is window.demo_views[first_views[0]]
    qtbot.wait(300)  # the first frame of the view is drawn
    before = shown.grab().toImage()
    start = window.snapshot.step
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.running and s.step >= start + 60, timeout=30000)
    # Some demos change slowly on purpose (the saddle's flat start): keep training until
    # the picture moves, for up to 20 s.
    qtbot.waitUntil(lambda: shown.grab().toImage() != before, timeout=20000)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)
    assert not window.banner.isVisible(), window.banner.text()
