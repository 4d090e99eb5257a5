"""Decision boundary on a 256x256 grid: evaluate (engine) + draw (view). Target <= 10 ms."""

import time

import numpy as np

from bench.report import line

GRID = 256
REPEATS = 30


def main() -> None:
    for demo_id in ("playground-circle", "playground-spiral"):
        measure(demo_id)


def measure(demo_id: str) -> None:
    import torch
    from PySide6.QtWidgets import QApplication

    from engine.probes import boundary_on_grid, grid_points
    from engine.shared.demos import load_demo
    from engine.trainer.run import Trainer
    from gui.app import make_app
    from gui.views.boundary_view import BoundaryView

    torch.set_num_threads(1)
    experiment = load_demo(demo_id).experiment
    print(f"Decision boundary, {GRID}x{GRID}, {demo_id}: hidden layers "
          f"{experiment.network.hidden}, features {len(experiment.network.features)}")
    trainer = Trainer(experiment, grid=GRID)
    for _ in range(200):
        trainer.session.step()
    snap = trainer.snapshot(False, 0.0)
    s = trainer.session
    points = grid_points(GRID, s.dataset.extent)
    evaluate = []
    for _ in range(REPEATS):
        t = time.perf_counter()
        values = boundary_on_grid(s.model, s.experiment.network.features, s.objective,
                                  points, GRID)
        evaluate.append(time.perf_counter() - t)
    assert values.shape == (GRID, GRID)

    app = make_app()
    view = BoundaryView()
    view.resize(520, 520)
    view.show()
    view.show_snapshot(snap)
    app.processEvents()
    draw = []
    for i in range(REPEATS):
        # A new image each time, like a new snapshot.
        flipped = snap.boundary if i % 2 else 1.0 - snap.boundary
        t = time.perf_counter()
        # Same extent and points: show_snapshot only recolours and sets the image.
        view.show_snapshot(_with_boundary(snap, flipped))
        view.plot.viewport().repaint()
        draw.append(time.perf_counter() - t)
    QApplication.processEvents()
    e, d = np.median(evaluate) * 1e3, np.median(draw) * 1e3
    line("evaluate (torch, one thread), median", e, "ms", "", True)
    line("colour + setImage + repaint, median", d, "ms", "", True)
    line("evaluate + draw", e + d, "ms", "<= 10 ms", e + d <= 10.0)


def _with_boundary(snap, boundary):
    import dataclasses
    return dataclasses.replace(snap, boundary=np.ascontiguousarray(boundary, np.float32))
