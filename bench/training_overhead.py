"""Training speed with the window open against headless, and the window's smoothness.

For each demo, three phases of ``SECONDS`` each:
  A. headless: the training generator, same probes, consumed by a plain loop (no Qt);
  B. window: the real MainWindow (offscreen), training flat out, every view drawing each
     snapshot; a 16 ms QTimer records its intervals;
  C. replay: training paused, the snapshots received in B fed to the same window at B's
     rate; the same timer records its intervals.
Targets: B/A steps per second >= 0.85 with views at >= 20 fps; timer p99 B/C <= 1.15 and
B's p99 <= 35 ms.
"""

import time

import numpy as np

from bench.report import line, p99

SECONDS = 6.0
DEMOS = ("playground-circle", "playground-spiral")


def headless_rate(experiment) -> float:
    import torch

    from engine.shared import commands as cmd
    from engine.trainer.loop import train
    torch.set_num_threads(1)
    queue = cmd.CommandQueue()
    queue.put(cmd.Play())
    first = None
    for snap in train(experiment, queue):
        now = time.perf_counter()
        if snap.step == 0:
            continue
        if first is None:
            first = (now, snap.step)
        elif now - first[0] >= SECONDS:
            queue.put(cmd.Stop())
            return (snap.step - first[1]) / (now - first[0])
    raise RuntimeError("training ended early")


class TimerProbe:
    """A 16 ms QTimer that records how late each tick comes."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer
        self.intervals: list[float] = []
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(16)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.intervals.append((now - self._last) * 1e3)
        self._last = now

    def start(self) -> None:
        self.intervals.clear()
        self._last = time.perf_counter()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.intervals[1:]


def window_phases(app, demo_id: str, experiment=None):
    """``experiment``: train this instead of the demo's, with the demo's views."""
    from PySide6.QtCore import QEventLoop, QTimer

    from engine.shared import commands as cmd
    from gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.open_demo(demo_id)
    if experiment is not None:
        window.apply_experiment(experiment)
        window.host.send(cmd.Reset())
    _spin_until(app, lambda: window.host.is_ready and window.snapshot is not None, 30)
    received: list = []
    window.snapshotDrawn.connect(lambda snap: received.append((time.perf_counter(), snap)))
    probe = TimerProbe()
    window.toggle_play()
    _spin_until(app, lambda: window.snapshot is not None and window.snapshot.step > 100, 30)
    received.clear()
    probe.start()
    _spin_for(app, SECONDS)
    training_intervals = probe.stop()
    window.toggle_play()
    (t0, s0), (t1, s1) = received[0], received[-1]
    window_rate = (s1.step - s0.step) / (t1 - t0)
    fps = (len(received) - 1) / (t1 - t0)
    _spin_until(app, lambda: not window.snapshot.running, 10)

    # Replay B's snapshots at B's rate, no training.
    snapshots = [snap for _, snap in received]
    index = [0]

    def feed() -> None:
        if index[0] < len(snapshots):
            window.on_snapshot(snapshots[index[0]])
            index[0] += 1

    feeder = QTimer()
    feeder.setInterval(max(1, round(1000 / fps)))
    feeder.timeout.connect(feed)
    probe.start()
    feeder.start()
    loop = QEventLoop()
    QTimer.singleShot(int(len(snapshots) * 1000 / fps), loop.quit)
    loop.exec()
    feeder.stop()
    replay_intervals = probe.stop()
    window.close()
    return window_rate, fps, training_intervals, replay_intervals


def _spin_for(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def _spin_until(app, condition, timeout: float) -> None:
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("condition not met")
        app.processEvents()
        time.sleep(0.002)


def main() -> None:
    from engine.shared.demos import load_demo
    from gui.app import make_app

    app = make_app()
    for demo_id in DEMOS:
        print(f"Training with the window open vs headless: {demo_id}, {SECONDS:g} s each")
        headless = headless_rate(load_demo(demo_id).experiment)
        rate, fps, training, replay = window_phases(app, demo_id)
        line("headless steps/s (same generator and probes)", headless, "1/s", "", True)
        line("window steps/s", rate, "1/s", "", True)
        line("views redraw rate while training", fps, "fps", ">= 20", fps >= 20)
        line("window / headless", rate / headless, "x", ">= 0.85", rate / headless >= 0.85)
        pt, pr = p99(training), p99(replay)
        line("16 ms timer p99, training + drawing", pt, "ms", "<= 35 ms", pt <= 35)
        line("16 ms timer p99, drawing the same snapshots, no training", pr, "ms", "", True)
        line("p99 ratio training / replay", pt / pr, "x", "<= 1.15", pt / pr <= 1.15)
        line("16 ms timer median, training + drawing", float(np.median(training)), "ms",
             "", True)
