"""What the loss landscape can afford: the examples a grid point reads and the curvature
at the centre, cut to time budgets measured on a few examples (training waits for them).
"""

from __future__ import annotations

import time

import torch

from engine.probes.curvature import (
    DEFAULT_STEPS,
    EXACT_LIMIT,
    hessian_extremes,
    hessian_vector_product,
)

#: Input numbers the landscape's losses read per grid point, and the curvature's: every
#: 2-D point of the playground, a few hundred 28×28 images.
EVALUATION_VALUES = 200_000
CURVATURE_VALUES = 50_000
#: Parameters above which the curvature uses fewer, float32 Lanczos steps.
BIG_MODEL = 20_000
#: Seconds one grid point's forward pass may take, and the whole curvature: training
#: waits for them. Recurrent models cost far more per input number than the rest (a
#: character LSTM: 0.45 s a point on 3,125 sequences, 34 s for the curvature), so their
#: subsets are cut to what fits, timed on a few examples.
POINT_SECONDS = 0.02
CURVATURE_SECONDS = 0.4
TIMED_EXAMPLES = 16


def evaluation_subset(x: torch.Tensor, y: torch.Tensor, values: int):
    """The first examples of (x, y) holding at most ``values`` input numbers: all of the
    playground's points, a few hundred 28×28 images (the losses are then those of the
    subset, and the view says on how many)."""
    per_example = max(1, x[0].numel()) if x.shape[0] else 1
    n = max(1, min(x.shape[0], values // per_example))
    return x[:n], y[:n]


def affordable(x: torch.Tensor, y: torch.Tensor, seconds_for, budget: float,
               least: int = TIMED_EXAMPLES):
    """The first examples of (x, y) that fit the time budget, at least ``least``:
    ``seconds_for(k)`` is what the first k examples cost, timed on a few; the cost is
    taken to grow with k (a fixed overhead makes the estimate err on the small side)."""
    k = min(x.shape[0], TIMED_EXAMPLES)
    if k == 0:
        return x, y
    n = max(min(least, k), int(k * budget / max(seconds_for(k), 1e-9)))
    return x[:n], y[:n]


def seconds_of(run, device: torch.device) -> float:
    """Seconds of ``run()`` on ``device``, after one call to warm it up."""
    run()  # the first call may allocate or choose kernels
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    start = time.perf_counter()
    run()
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    return time.perf_counter() - start


def forward_seconds(model: torch.nn.Module, x: torch.Tensor) -> float:
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            return seconds_of(lambda: model(x), x.device)
    finally:
        model.train(was_training)


def curvature_at(session):
    """((largest, smallest) Hessian eigenvalue, "minimum" / "saddle (k negative
    directions)") of the training loss at the current weights; None without data.

    A Hessian-vector product costs a double backward pass: on a ConvNet over the whole
    training set 48 of them took 100 s. Big inputs use a subset, big models 24 Lanczos
    steps in float32 (about 0.25 s for the 28×28 shapes' ConvNet), and the subset is cut
    further to what fits ``CURVATURE_SECONDS`` (timed on a few examples)."""
    if session.x_train.shape[0] == 0:
        return None
    x, y = evaluation_subset(session.x_train, session.y_train, CURVATURE_VALUES)
    n = sum(p.numel() for p in session.model.parameters())
    big = n > BIG_MODEL
    dtype = torch.float32 if big else torch.float64
    steps = n if n <= EXACT_LIMIT else 24 if big else DEFAULT_STEPS

    def seconds_for(k: int) -> float:
        hvp, size = hessian_vector_product(session.model, session.objective, x[:k], y[:k],
                                           dtype=dtype)
        v = torch.ones(size, dtype=dtype, device=x.device)
        return steps * seconds_of(lambda: hvp(v), x.device)
    x, y = affordable(x, y, seconds_for, CURVATURE_SECONDS, least=1)
    curvature = hessian_extremes(session.model, session.objective, x, y, steps=steps,
                                 dtype=dtype)
    return (curvature.max_eig, curvature.min_eig), curvature.label
