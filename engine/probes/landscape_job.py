"""A loss grid computed a slice at a time between training steps, coarse lattices first,
so a partial grid already shows the whole range (see ``engine.probes.landscape``)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

import numpy as np
import torch
from torch import nn

from engine.probes.landscape_plane import PlaneEvaluator, axis_values, to_numpy


def coarse_to_fine_order(rows: int, cols: int) -> torch.Tensor:
    """Row-major flat indices of a grid, coarse lattices first: every 8th row and column,
    then every 4th, 2nd, and the rest; a partial grid shows the whole range early."""
    def level(i: torch.Tensor) -> torch.Tensor:
        return torch.where(i == 0, 64, (i & -i))  # the largest power of two dividing i
    i, j = torch.meshgrid(torch.arange(rows), torch.arange(cols), indexing="ij")
    coarse = torch.minimum(level(i), level(j)).clamp(max=8).reshape(-1)
    return torch.sort(-coarse, stable=True).indices


class LandscapeJob:
    """A loss grid computed a slice at a time, so training can go on in between.

    The weights and the plane are fixed when the job is made (the model is copied).
    ``step(budget_seconds)`` evaluates points, at least one call's worth, until the budget
    is about spent, and returns the progress in [0, 1]. With ``coarse_to_fine`` the
    points come coarse lattices first, so ``preview()`` covers the whole range early.
    ``result()`` finishes the grid and returns it like ``loss_grid``.
    """

    def __init__(self, model: nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
                 center: Sequence[torch.Tensor] | None, d1: Sequence[torch.Tensor],
                 d2: Sequence[torch.Tensor] | None, alphas, betas, *, chunk: int = 256,
                 method: str = "auto", coarse_to_fine: bool = True,
                 clock: Callable[[], float] = time.perf_counter):
        self.alphas, self.betas = axis_values(alphas), axis_values(betas)
        self.evaluator = PlaneEvaluator(model, objective, x, y, center, d1, d2,
                                        method=method, chunk=chunk)
        self.evaluator.expect_grid(self.alphas, self.betas)
        self.shape = rows, cols = len(self.betas), len(self.alphas)
        order = coarse_to_fine_order(rows, cols) if coarse_to_fine else torch.arange(
            rows * cols)
        self._order = order.to(x.device)
        self._a, self._b = self.alphas[order % cols], self.betas[order // cols]
        self._coarse = [(s, int(self._lattice_size(rows, s) * self._lattice_size(cols, s)))
                        for s in (8, 4, 2, 1)] if coarse_to_fine else [(1, rows * cols)]
        self._clock = clock
        self.done_points = 0
        ev = self.evaluator
        self._loss = torch.full((rows * cols,), math.nan, dtype=ev.center[0].dtype,
                                device=x.device)
        self._correct = torch.full_like(self._loss, math.nan) if ev.classify else None

    @staticmethod
    def _lattice_size(n: int, stride: int) -> int:
        return len(range(0, n, stride))

    @property
    def total_points(self) -> int:
        return self.shape[0] * self.shape[1]

    @property
    def progress(self) -> float:
        return self.done_points / self.total_points

    @property
    def done(self) -> bool:
        return self.done_points >= self.total_points

    def step(self, budget_seconds: float) -> float:
        """Compute for about ``budget_seconds`` (at least one call); the progress after."""
        start, last, calls = self._clock(), 0.0, 0
        while not self.done:
            begun = self._clock()
            if calls and (begun - start) + last > budget_seconds:
                break  # the next call would overrun the budget
            calls += 1
            lo = self.done_points
            hi = min(lo + self.evaluator.points_per_call, self.total_points)
            loss, correct = self.evaluator.evaluate(self._a[lo:hi], self._b[lo:hi])
            where = self._order[lo:hi]
            self._loss[where] = loss
            if self._correct is not None:
                self._correct[where] = correct.to(self._correct.dtype) / self.evaluator.count
            self.done_points = hi
            last = self._clock() - begun
        return self.progress

    def partial(self) -> tuple[np.ndarray, np.ndarray | None]:
        """The grid so far: NaN where a point is not computed yet."""
        loss = to_numpy(self._loss).reshape(self.shape)
        acc = None if self._correct is None else to_numpy(self._correct).reshape(self.shape)
        return loss, acc

    def preview(self) -> np.ndarray:
        """The losses so far, gaps filled from the finest complete coarse lattice."""
        loss, _ = self.partial()
        complete = [s for s, count in self._coarse if self.done_points >= count]
        if not complete:
            return loss
        s = complete[-1]
        rows, cols = (np.arange(n) // s * s for n in self.shape)
        filled = loss[rows][:, cols]
        return np.where(np.isnan(loss), filled, loss)

    def result(self) -> tuple[np.ndarray, np.ndarray | None]:
        """The finished grid (losses, accuracies or None), computing what is left."""
        while not self.done:
            self.step(math.inf)
        return self.partial()
