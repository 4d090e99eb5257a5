"""The loss-landscape benchmark's second half (run by ``bench.landscape``): recurrent
models against the per-point loop, and the software 3-D surface's redraw."""

import time

import numpy as np

from bench.report import line

RNN_GRID = 21
SEQUENCES, STEPS, VOCAB = 256, 20, 30


def recurrent() -> None:
    """Embedding -> LSTM or GRU (32 units) -> last step -> 4 classes, on token ids: the
    grid as the landscape computes it (on a CPU: one point at a time through the fused
    kernel, the weights of all points from one product) and vmap over the unrolled
    steps, against the loop."""
    import torch

    from engine.models.objective import Objective
    from engine.models.stack import build
    from engine.probes.directions import random_direction
    from engine.probes.landscape import PlaneEvaluator, loss_grid, loss_grid_loop
    from engine.shared.layers.layer import Layer
    from engine.shared.layers.shape import Shape

    print(f"Loss landscape {RNN_GRID}x{RNN_GRID}, Embedding(16) + recurrent(32) + last step "
          f"on {SEQUENCES} sequences of {STEPS} tokens, one thread")
    g = torch.Generator().manual_seed(0)
    x = torch.randint(0, VOCAB, (SEQUENCES, STEPS), generator=g)
    y = torch.randint(0, 4, (SEQUENCES,), generator=g).float()
    objective = Objective("classification", 4, "ce")
    axis = np.linspace(-1, 1, RNN_GRID)
    for kind in ("lstm", "gru"):
        torch.manual_seed(0)
        stack = (Layer.make("embedding", embedding_dim=16), Layer.make(kind, hidden_size=32),
                 Layer.make("last_step"))
        model = build(stack, Shape.tokens(STEPS, VOCAB), 4)
        d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
        method = PlaneEvaluator(model, objective, x, y, None, d1, d2).method
        runs = {"loop": (loss_grid_loop, {}), "auto": (loss_grid, {}),
                "vmap": (loss_grid, {"method": "vmap"})}
        times = {}
        for name, (grid, options) in runs.items():
            start = time.perf_counter()
            losses = grid(model, objective, x, y, None, d1, d2, axis, axis, **options)[0]
            times[name] = (losses, time.perf_counter() - start)
        reference = times["loop"][0]
        line(f"{kind}: per-point loop", times["loop"][1], "s", "", True)
        for name in ("auto", "vmap"):
            label = f"batched ({method})" if name == "auto" else "vmap over unrolled steps"
            losses, seconds = times[name]
            difference = float(np.abs(losses - reference).max())
            line(f"{kind}: {label}", seconds, "s", "", True)
            line(f"  speed-up over the loop; max |diff| {difference:.1e}",
                 times["loop"][1] / seconds, "x", "<= 1e-5 diff", difference <= 1e-5)


def surface() -> None:
    """One redraw of a 51x51 surface (2,500 cells, turned between redraws), offscreen."""
    from PySide6.QtWidgets import QApplication

    from gui.views.surface3d import Surface3D

    app = QApplication.instance() or QApplication([])
    widget = Surface3D()
    widget.resize(640, 480)
    axis = np.linspace(-1, 1, 51)
    a, b = np.meshgrid(axis, axis)
    values = a ** 2 - 0.6 * b ** 2 + 0.3 * np.sin(3 * a) + 1.5
    widget.set_surface(values, axis, axis, (float(values.min()), float(values.max())), "loss")
    widget.set_path(np.stack([axis * 0.8, np.sin(3 * axis) * 0.5], axis=1), np.zeros(2))
    widget.show()
    app.processEvents()
    times = []
    for _ in range(30):
        widget.azimuth += 3.0
        widget.grab()
        times.append(widget.paint_seconds)
    print(f"3-D surface of the landscape, 51x51 grid, {widget.width()}x{widget.height()} "
          "offscreen, 30 redraws while turning")
    line("redraw, median", float(np.median(times)) * 1e3, "ms", "< 30 ms",
         np.median(times) < 0.03)
    line("redraw, best", min(times) * 1e3, "ms", "", True)
    widget.close()
