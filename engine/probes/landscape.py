"""Loss landscapes: losses on a line or a plane through weight space, many points per call.

The plane is ``centre + alpha * d1 + beta * d2`` (points and directions are parameter
lists, see ``engine.probes.directions``). Grids are row-major like the other probes:
row i is ``betas[i]``, column j is ``alphas[j]``. Losses are the objective's data loss
(no regularisation penalty), with dropout off; the model itself is never changed.

Two batched ways to evaluate many weight points, picked by ``method``:

- "layers": a model that is a chain of modules (an ``nn.Sequential``, the playground
  MLP; found by ``torch.fx``) runs layer by layer with a leading axis of weight points
  (``LayerPlan``). The first layer is linear in its weights and sees fixed data, so its
  output anywhere on the plane is ``U0 + alpha * U1 + beta * U2``: it is never computed
  again after three passes. ReLU before a max-pool moves after it (exact), pools are
  maxima of strided views, images stay channels-last, intermediates go into reused
  buffers, and a ConvNet's data go through in cache-sized blocks, a few points at a time.
  A chain is used only after it has reproduced the model's own output.
- "vmap": any other module: ``torch.func.functional_call`` under ``torch.vmap`` over
  stacked parameter dicts, in chunks. On a CPU it is ~3x a per-point loop for the
  playground MLP and slower than the loop for a ConvNet (bench/landscape.py).

``loss_grid_loop`` is the plain per-point loop (load weights, evaluate, repeat), kept as
the reference for tests and benchmarks. ``LandscapeJob`` computes a grid in slices
between training steps, coarse lattices first.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence

import numpy as np
import torch
from torch import nn
from torch.func import functional_call, vmap

from engine.probes.directions import flatten, parameters_of, project_trajectory
from engine.probes.layer_plan import (
    BLOCK_VALUES,
    POINTS_PER_PASS,
    LayerPlan,
    frozen_copy,
    module_chain,
    widest_layer,
)

__all__ = ["METHODS", "LandscapeJob", "PlaneEvaluator", "coarse_to_fine_order", "loss_grid",
           "loss_grid_loop", "loss_line", "project_trajectory"]

Params = list[torch.Tensor]
METHODS = ("auto", "layers", "vmap")
#: Activations that commute exactly with max-pooling (monotone, computed exactly).


class PlaneEvaluator:
    """Loss (and number correct) of a model at points ``centre + a * d1 + b * d2``.

    Built once per plane; ``evaluate`` takes up to ``points_per_call`` points. The model
    is copied (eval mode), so training may go on changing the original in between.
    ``method``: "layers" (a chain of modules, see the module doc), "vmap", or "auto".
    ``block_values`` bounds the largest intermediate tensor of one call (in values).
    """

    def __init__(self, model: nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
                 center: Sequence[torch.Tensor] | None, d1: Sequence[torch.Tensor],
                 d2: Sequence[torch.Tensor] | None = None, *, method: str = "auto",
                 chunk: int = 256, block_values: int | None = None):
        if method not in METHODS:
            raise ValueError(f"unknown method {method!r}: use one of {METHODS}")
        self.model = frozen_copy(model)
        like = list(self.model.parameters())
        center = parameters_of(model) if center is None else list(center)
        d2 = [torch.zeros_like(t) for t in like] if d2 is None else list(d2)
        for name, vectors in (("centre", center), ("d1", d1), ("d2", d2)):
            if [tuple(t.shape) for t in vectors] != [tuple(t.shape) for t in like]:
                raise ValueError(f"{name} is not shaped like the model's parameters")
        put = lambda ts: [t.detach().to(p.device, p.dtype) for t, p in zip(ts, like)]  # noqa: E731
        self.center, self.d1, self.d2 = put(center), put(d1), put(d2)
        self._sizes = [t.numel() for t in self.center]
        self.objective, self.x, self.y = objective, x, y
        self.names = [n for n, _ in self.model.named_parameters()]
        self.classify = getattr(objective, "problem", None) == "classification"
        self.device, self.n = x.device, x.shape[0]
        cuda = x.device.type == "cuda"
        budget = block_values or (1 << 26 if cuda else BLOCK_VALUES)
        width = widest_layer(self.model, x[:1])
        self.plan = None
        if method in ("auto", "layers"):
            self.plan = self._make_plan()
            if self.plan is None and method == "layers":
                raise ValueError("this model is not a chain of Linear/Conv2d layers and "
                                 "weightless modules; use method='vmap'")
        self.method = "layers" if self.plan is not None else "vmap"
        fold = self.plan.fold if self.plan is not None else list
        self._vectors = torch.stack([flatten(fold(v)) for v in (self.center, self.d1, self.d2)])
        self._losses = vmap(objective.loss_of, in_dims=(0, None))
        self._correct = vmap(objective.correct, in_dims=(0, None)) if self.classify else None
        if self.plan is not None:
            self._losses, self._correct = self._fast_scores() or (self._losses,
                                                                  self._correct)
        if self.method == "vmap":
            budget = block_values or (1 << 26 if cuda else 1 << 22)
        points = budget // max(1, self.n * width)
        self.per_point = per_point = points < POINTS_PER_PASS and self.method == "layers"
        self.points_per_call = max(1, min(chunk, POINTS_PER_PASS if per_point else points))
        #: Data go through in blocks of this many samples, one point at a time, when a
        #: few points' intermediates fill a block (a ConvNet on a CPU).
        self.block = min(self.n, max(1, budget // width)) if per_point else self.n
        if self.method == "vmap":
            self.block = self.n
            self._vmapped = vmap(self._loss_at, in_dims=(0, None, None))

    def _make_plan(self) -> LayerPlan | None:
        chain = module_chain(self.model)
        if chain is None:
            return None
        slots = {name: i for i, name in enumerate(self.names)}
        try:
            plan = LayerPlan(chain, slots, self.center, self.d1, self.d2, self.x)
        except (NotImplementedError, KeyError):
            return None
        # Trusted only once it reproduces the model's own output at the centre.
        k = min(self.n, 16)
        zero = torch.zeros(1, dtype=torch.float64)
        with torch.no_grad():
            folded = plan.fold(self.center)
            got = plan.run(zero, zero, lambda i: folded[i][None], 0, k)[0]
            want = functional_call(self.model, dict(zip(self.names, self.center)), (self.x[:k],))
        if got.shape != want.shape or not torch.allclose(got, want, rtol=1e-4, atol=1e-5):
            return None
        return plan

    def _fast_scores(self) -> tuple[Callable, Callable] | None:
        """Per-point loss and number correct for cross-entropy on class labels, without
        vmap over the objective (~3x faster for the binary case, where each sample's loss
        is softplus(+-logit)). Used only once they match the objective on this data."""
        o, y = self.objective, self.y
        if not (getattr(o, "loss", None) == "ce" and getattr(o, "problem", None)
                == "classification" and bool((y == y.round()).all())):
            return None
        if getattr(o, "is_binary", False):
            if not bool(((y == 0) | (y == 1)).all()):
                return None
            sign, positive = 1 - 2 * y, y > 0.5

            def losses(raw: torch.Tensor, _y) -> torch.Tensor:
                return nn.functional.softplus(raw[..., 0] * sign).mean(dim=1)

            def correct(raw: torch.Tensor, _y) -> torch.Tensor:
                return torch.count_nonzero((raw[..., 0] > 0) == positive, dim=1)
        else:
            labels = y.long()

            def losses(raw: torch.Tensor, _y) -> torch.Tensor:
                flat = nn.functional.cross_entropy(
                    raw.reshape(-1, raw.shape[-1]), labels.repeat(raw.shape[0]),
                    reduction="none")
                return flat.view(raw.shape[0], -1).mean(dim=1)

            def correct(raw: torch.Tensor, _y) -> torch.Tensor:
                return torch.count_nonzero(raw.argmax(dim=-1) == labels, dim=1)
        outputs = getattr(o, "n_outputs", 1)
        raw = torch.randn(3, self.n, outputs, generator=torch.Generator().manual_seed(0),
                          dtype=torch.float64).to(y.device, self.center[0].dtype) * 4
        raw[0, : self.n // 2] = 0  # ties count as the objective counts them
        same = torch.allclose(losses(raw, y), self._losses(raw, y), rtol=1e-5, atol=1e-6)
        return (losses, correct) if same and torch.equal(
            correct(raw, y), self._correct(raw, y).to(torch.int64)) else None

    def _weights_at(self, a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
        """Every parameter at the P points, (P, *shape) each: [1, a, b] @ [c; d1; d2]."""
        coefficients = torch.stack([torch.ones_like(a), a, b], dim=1)
        flat = torch.mm(coefficients, self._vectors)
        return [part.view(-1, *c.shape)
                for part, c in zip(torch.split(flat, self._sizes, dim=1), self.center)]

    def _loss_at(self, params: dict, x: torch.Tensor, y: torch.Tensor):
        raw = functional_call(self.model, params, (x,))
        loss = self.objective.loss_of(raw, y)
        return (loss, self.objective.correct(raw, y)) if self.classify else (loss,)

    @torch.no_grad()
    def evaluate(self, a: torch.Tensor, b: torch.Tensor
                 ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Loss (P,) and number correct (P,) or None, on the data's device, at points
        (a[k], b[k]); ``a`` and ``b`` hold at most ``points_per_call`` values."""
        a = torch.as_tensor(a, dtype=torch.float64).reshape(-1)
        b = torch.as_tensor(b, dtype=torch.float64).reshape(-1)
        dtype = self.center[0].dtype
        a_dev, b_dev = (t.to(self.device, dtype) for t in (a, b))
        if self.method == "vmap":
            params = dict(zip(self.names, self._weights_at(a_dev, b_dev)))
            out = self._vmapped(params, self.x, self.y)
            return out[0], (out[1] if self.classify else None)
        weights_at = self._weights_at(a_dev, b_dev).__getitem__
        starts = range(0, self.n, self.block)
        one_row = a.numel() > 1 and not self.plan.line and bool((b == b[0]).all())
        if not self.per_point:
            a_plan, b_plan = (a, b) if a.numel() == 1 else (a_dev, b_dev)
            raw = self.plan.run(a_plan, b_plan, weights_at, 0, self.n)
        else:
            # One point at a time, data blocks outer: a block's first-layer outputs stay
            # in cache while every point of the call reuses them.
            parts: list[list[torch.Tensor]] = [[] for _ in range(a.numel())]
            for start in starts:
                stop = min(start + self.block, self.n)
                base = self.plan.base(float(b[0]), start, stop) if one_row else None
                firsts = self.plan.first_each(a, b, start, stop, base)
                for k, part in enumerate(parts):
                    part.append(self.plan.finish(
                        firsts[k], lambda slot, k=k: weights_at(slot)[k:k + 1]))
            raw = torch.cat([torch.cat(part, dim=1) for part in parts])
        loss = self._losses(raw, self.y)
        correct = self._correct(raw, self.y) if self.classify else None
        return loss, correct


def _to_numpy(t: torch.Tensor) -> np.ndarray:
    return t.detach().to("cpu", copy=True).numpy()


def _axis(values) -> torch.Tensor:
    return torch.as_tensor(np.asarray(values, dtype=np.float64)).reshape(-1)


def loss_grid(model: nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
              center: Sequence[torch.Tensor] | None, d1: Sequence[torch.Tensor],
              d2: Sequence[torch.Tensor], alphas, betas, chunk: int = 256,
              method: str = "auto") -> tuple[np.ndarray, np.ndarray | None]:
    """Losses on the plane ``centre + alpha * d1 + beta * d2`` (centre None: the model's
    current weights), shaped (len(betas), len(alphas)) in the parameters' dtype, and the
    accuracies (same shape) for classification, else None. Batched, ``chunk`` points per
    call at most; the grid stays on the data's device until the end."""
    job = LandscapeJob(model, objective, x, y, center, d1, d2, alphas, betas, chunk=chunk,
                       method=method, coarse_to_fine=False)
    return job.result()


def loss_line(model: nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
              center: Sequence[torch.Tensor] | None, d: Sequence[torch.Tensor], alphas,
              chunk: int = 256, method: str = "auto") -> tuple[np.ndarray, np.ndarray | None]:
    """Losses (and accuracies, or None) along ``centre + alpha * d``, shaped (len(alphas),)."""
    losses, accuracies = loss_grid(model, objective, x, y, center, d, None, alphas, [0.0],
                                   chunk, method)
    return losses[0], None if accuracies is None else accuracies[0]


@torch.no_grad()
def loss_grid_loop(model: nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
                   center: Sequence[torch.Tensor] | None, d1: Sequence[torch.Tensor],
                   d2: Sequence[torch.Tensor] | None, alphas, betas,
                   ) -> tuple[np.ndarray, np.ndarray | None]:
    """The same grid by a per-point loop: load the weights, evaluate, repeat.

    How existing tools compute a landscape; the reference for tests and benchmarks.
    """
    clone = frozen_copy(model)
    params = list(clone.parameters())
    center = [t.detach().clone() for t in (parameters_of(model) if center is None else center)]
    d2 = d2 if d2 is not None else [torch.zeros_like(t) for t in center]
    alphas, betas = _axis(alphas).tolist(), _axis(betas).tolist()
    classify = getattr(objective, "problem", None) == "classification"
    losses = torch.empty(len(betas), len(alphas), dtype=params[0].dtype)
    accuracies = torch.empty_like(losses)
    for i, b in enumerate(betas):
        for j, a in enumerate(alphas):
            for p, c, u, v in zip(params, center, d1, d2):
                p.copy_(c + a * u + b * v)
            raw = clone(x)
            losses[i, j] = objective.loss_of(raw, y)
            if classify:
                accuracies[i, j] = objective.correct(raw, y) / x.shape[0]
    return losses.numpy(), accuracies.numpy() if classify else None


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
        self.alphas, self.betas = _axis(alphas), _axis(betas)
        self.evaluator = PlaneEvaluator(model, objective, x, y, center, d1, d2,
                                        method=method, chunk=chunk)
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
                self._correct[where] = correct.to(self._correct.dtype) / self.evaluator.n
            self.done_points = hi
            last = self._clock() - begun
        return self.progress

    def partial(self) -> tuple[np.ndarray, np.ndarray | None]:
        """The grid so far: NaN where a point is not computed yet."""
        loss = _to_numpy(self._loss).reshape(self.shape)
        acc = None if self._correct is None else _to_numpy(self._correct).reshape(self.shape)
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
