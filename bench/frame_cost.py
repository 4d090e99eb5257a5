"""What one snapshot costs the window's thread: train a few seconds in the real window,
then feed the last snapshots back through ``MainWindow.on_snapshot`` and let Qt paint,
with nothing else running. Lower is smoother (DESIGN.md: every millisecond counts)."""

import time

from bench.report import line

DEMOS = ("playground-circle", "playground-spiral")
REPLAYED = 60


def measure(app, demo_id: str) -> float:
    from bench.training_overhead import _spin_for, _spin_until
    from gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    window.open_demo(demo_id)
    _spin_until(app, lambda: window.host.is_ready and window.snapshot is not None, 30)
    received = []
    window.snapshotDrawn.connect(received.append)
    window.toggle_play()
    _spin_for(app, 3.0)
    window.toggle_play()
    _spin_until(app, lambda: not window.snapshot.running, 10)
    snapshots = [s for s in received if s.running][-REPLAYED:]
    app.processEvents()
    started = time.perf_counter()
    for snap in snapshots:
        window.on_snapshot(snap)
        app.processEvents()
    per_snapshot = (time.perf_counter() - started) / len(snapshots)
    window.close()
    return per_snapshot * 1e3


def main() -> None:
    from gui.app import make_app

    app = make_app()
    print(f"Window thread's cost per snapshot (draw + paint), {REPLAYED} replayed snapshots")
    for demo_id in DEMOS:
        ms = measure(app, demo_id)
        line(f"{demo_id}", ms, "ms", "", True)
