"""A trainer process that dies comes back by itself: killed mid-run, the window starts a
new one that goes on from the newest restore point; a crash loop stops the retries."""

import os
import signal

from PySide6.QtCore import Qt

from engine.shared import commands as cmd
from engine.shared.experiment_file import read_saved
from tests.gui.conftest import wait_for


def kill_trainer(qtbot, window) -> int:
    pid, count = window.host.pid, len(window.recovery.deaths)
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(lambda: len(window.recovery.deaths) > count, timeout=5000)
    return pid


def keep_restore_points_often(window) -> None:
    window.recovery.every = 0.3
    window.host.send(cmd.KeepRestorePoint(str(window.recovery.path), 0.3))


def test_a_killed_trainer_comes_back_at_the_newest_restore_point(qtbot, window):
    window.open_demo("playground-xor")
    keep_restore_points_often(window)
    wait_for(qtbot, window, lambda s: s.step == 0 and not s.running)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.step >= 300, timeout=30000)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    paused = wait_for(qtbot, window, lambda s: not s.running)
    path = window.recovery.path
    qtbot.waitUntil(lambda: path.is_file() and read_saved(path).step == paused.step,
                    timeout=10000)
    experiment = window.experiment

    received = window.host.snapshots_received
    old_pid = kill_trainer(qtbot, window)
    qtbot.waitUntil(lambda: window.host.snapshots_received > received
                    and "took over" in window.banner.text(), timeout=60000)
    snap = window.snapshot
    assert snap.step == paused.step
    assert window.host.pid != old_pid and window.host.is_ready
    assert window.experiment == experiment and snap.experiment == experiment
    assert window.banner.isVisible()
    assert f"step {paused.step}" in window.banner.text(), window.banner.text()
    assert not window.running and snap.boundary is not None  # its probes were told again
    # Training goes on from there.
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: s.running and s.step >= paused.step + 50,
             timeout=30000)
    qtbot.mouseClick(window.training_bar.play_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, window, lambda s: not s.running)


def test_another_demo_opens_after_a_death(qtbot, window):
    """Picking a demo works with the new trainer (it did nothing before this existed)."""
    received = window.host.snapshots_received
    kill_trainer(qtbot, window)
    qtbot.waitUntil(lambda: window.host.snapshots_received > received, timeout=60000)
    window.open_demo("playground-circle")
    wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "circle"
             and s.step == 0, timeout=30000)


def test_three_deaths_within_a_minute_stop_the_retries(qtbot, window):
    window.recovery.deaths.clear()
    pids = set()
    for _ in range(3):
        qtbot.waitUntil(lambda: window.host.pid not in pids and window.host.listening,
                        timeout=30000)
        pids.add(window.host.pid)
        count = len(window.recovery.deaths)
        os.kill(window.host.pid, signal.SIGKILL)
        qtbot.waitUntil(lambda count=count: len(window.recovery.deaths) > count,
                        timeout=5000)
    assert window.recovery.gave_up
    assert "no longer restarts" in window.banner.text()
    qtbot.wait(1500)
    assert window.host.pid in pids  # no fourth process was started
