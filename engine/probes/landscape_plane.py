"""Losses at many points of a plane through weight space per call (see
``engine.probes.landscape`` for the methods and why each exists)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import torch
from torch import nn
from torch.func import functional_call, vmap

from engine.probes.directions import flatten, parameters_of
from engine.probes.landscape_recurrent import has_recurrent, unrolled_copy
from engine.probes.landscape_scores import scorer
from engine.probes.layer_plan import BLOCK_VALUES, POINTS_PER_PASS, LayerPlan
from engine.probes.model_chain import frozen_copy, module_chain, widest_layer
from engine.shared.probe_options import ProbeError

METHODS = ("auto", "layers", "vmap", "loop")
#: Samples the batched methods are checked on against the model's own forward pass.
CHECKED = 16


def to_numpy(t: torch.Tensor) -> np.ndarray:
    return t.detach().to("cpu", copy=True).numpy()


def axis_values(values) -> torch.Tensor:
    return torch.as_tensor(np.asarray(values, dtype=np.float64)).reshape(-1)


class PlaneEvaluator:
    """Loss (and number correct) of a model at points ``centre + a * d1 + b * d2``.

    Built once per plane; ``evaluate`` takes up to ``points_per_call`` points. The model
    is copied (eval mode), so training may go on changing the original in between.
    ``method``: "layers", "vmap", "loop" or "auto" (the first of them that this model
    can take and that reproduces its own output). ``block_values`` bounds the largest
    intermediate tensor of one call (in values). ``count``: the predictions scored per
    point (samples, or samples x steps for per-step targets), what accuracies divide by.
    """

    def __init__(self, model: nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
                 center: Sequence[torch.Tensor] | None, d1: Sequence[torch.Tensor],
                 d2: Sequence[torch.Tensor] | None = None, *, method: str = "auto",
                 chunk: int = 256, block_values: int | None = None):
        if method not in METHODS:
            raise ProbeError.of("landscape.unknown_method", method=repr(method),
                                methods=str(METHODS))
        self.model = frozen_copy(model)
        like = list(self.model.parameters())
        center = parameters_of(model) if center is None else list(center)
        d2 = [torch.zeros_like(t) for t in like] if d2 is None else list(d2)
        for name, vectors in (("centre", center), ("d1", d1), ("d2", d2)):
            if [tuple(t.shape) for t in vectors] != [tuple(t.shape) for t in like]:
                raise ProbeError.of("landscape.not_shaped_like_parameters", name=name)
        put = lambda ts: [t.detach().to(p.device, p.dtype) for t, p in zip(ts, like)]  # noqa: E731
        self.center, self.d1, self.d2 = put(center), put(d1), put(d2)
        self._starts = np.cumsum([0] + [t.numel() for t in self.center]).tolist()
        self.objective, self.x, self.y = objective, x, y
        self.names = [n for n, _ in self.model.named_parameters()]
        self.classify = objective.problem == "classification"
        self.device, self.n, self.count = x.device, x.shape[0], max(1, y.numel())
        self._reference = None
        self.plan = self._make_plan() if method in ("auto", "layers") else None
        if self.plan is None and method == "layers":
            raise ProbeError.of("landscape.not_a_chain")
        self.method = "layers" if self.plan is not None else method
        if self.method in ("auto", "vmap"):
            self.method = self._choose_vmap(method == "vmap")
        fold = self.plan.fold if self.plan is not None else list
        self._vectors = torch.stack([flatten(fold(v)) for v in (self.center, self.d1, self.d2)])
        self._score = scorer(objective, y, self._outputs(), self.center[0].dtype,
                             fast=self.plan is not None)
        self._size_calls(chunk, block_values)

    # -- choosing the method --------------------------------------------------------------
    def _outputs(self) -> int:
        return int(self._own_output().shape[-1])

    def _own_output(self) -> torch.Tensor:
        """The model's own output at the centre for the first samples (the oracle every
        batched method must reproduce before it is used)."""
        if self._reference is None:
            k = min(self.n, CHECKED)
            with torch.no_grad():
                self._reference = functional_call(
                    self.model, dict(zip(self.names, self.center)), (self.x[:k],))
        return self._reference

    def _agrees(self, got: torch.Tensor) -> bool:
        want = self._own_output()
        return got.shape == want.shape and torch.allclose(got, want, rtol=1e-4, atol=1e-5)

    def _make_plan(self) -> LayerPlan | None:
        chain = module_chain(self.model)
        if chain is None:
            return None
        slots = {name: i for i, name in enumerate(self.names)}
        try:
            plan = LayerPlan(chain, slots, self.center, self.d1, self.d2, self.x)
        except (NotImplementedError, KeyError):
            return None
        zero = torch.zeros(1, dtype=torch.float64)
        with torch.no_grad():
            folded = plan.fold(self.center)
            got = plan.run(zero, zero, lambda i: folded[i][None], 0, min(self.n, CHECKED))
        return plan if self._agrees(got[0]) else None

    def _choose_vmap(self, asked: bool) -> str:
        """"vmap" when vmap reproduces the model's output (recurrent layers unrolled,
        since vmap cannot batch the fused recurrent kernels), else "loop". A recurrent
        model on a CPU takes the loop unless vmap is asked for: there the fused kernels
        one point at a time beat vmap over the unrolled steps (bench/landscape.py: 256
        sequences of 20 tokens, 32 units: LSTM 3x, GRU 2x; only toy sizes gain from
        vmap). On a GPU, vmap batches the points into few large kernels."""
        vmapped = self.model
        if has_recurrent(self.model):
            if self.device.type == "cpu" and not asked:
                return "loop"
            try:
                vmapped = unrolled_copy(self.model)
            except NotImplementedError:
                if asked:
                    raise
                return "loop"
        forward = vmap(lambda params, x: functional_call(vmapped, params, (x,)),
                       in_dims=(0, None))
        try:
            with torch.no_grad():
                params = {n: t[None] for n, t in zip(self.names, self.center)}
                got = forward(params, self.x[:CHECKED])[0]
        except (RuntimeError, NotImplementedError, ValueError, TypeError):
            if asked:
                raise
            return "loop"  # no batching rule for some operation: points one at a time
        if not self._agrees(got):
            if asked:
                raise ProbeError.of("landscape.vmap_disagrees")
            return "loop"
        self._forward = forward
        return "vmap"

    def _size_calls(self, chunk: int, block_values: int | None) -> None:
        """Points per call and samples per block, so that one call's largest intermediate
        tensor stays within ``block_values`` (cache-sized on a CPU)."""
        cuda = self.device.type == "cuda"
        width = widest_layer(self.model, self.x[:1])
        budget = block_values or (1 << 26 if cuda else BLOCK_VALUES)
        if self.method == "vmap":
            budget = block_values or (1 << 26 if cuda else 1 << 22)
        points = budget // max(1, self.n * width)
        self.per_point = points < POINTS_PER_PASS and self.method == "layers"
        self.points_per_call = max(1, min(chunk, POINTS_PER_PASS if self.per_point else points))
        if self.method == "loop":
            self.points_per_call = 1  # each call as short as it gets: training waits
        #: Data go through in blocks of this many samples, one point at a time, when a
        #: few points' intermediates fill a block (a ConvNet on a CPU).
        self.block = min(self.n, max(1, budget // width)) if self.per_point else self.n

    def expect_grid(self, alphas, betas) -> None:
        """The grid's axes, told ahead: a plan on a CPU then prepares its rows (and an
        MLP's exponentials, ``engine.probes.grid_rows``)."""
        if self.plan is not None and self.device.type == "cpu" and not self.per_point:
            self.plan.grid_rows().grid(alphas, betas)

    # -- evaluating -----------------------------------------------------------------------
    def _weights_at(self, a: torch.Tensor, b: torch.Tensor) -> list[torch.Tensor]:
        """Every parameter at the P points, (P, *shape) each: [1, a, b] @ [c; d1; d2]."""
        take = self._weights_taker(a, b)
        return [take(slot) for slot in range(len(self.center))]

    def _weights_taker(self, a: torch.Tensor, b: torch.Tensor) -> Callable:
        """``take(slot)``: that parameter at the P points; all of them come from one
        product, sliced only when asked for (a plan reads few of them)."""
        coefficients = torch.stack([torch.ones_like(a), a, b], dim=1)
        flat = torch.mm(coefficients, self._vectors)
        starts, center = self._starts, self.center

        def take(slot: int) -> torch.Tensor:
            return flat[:, starts[slot]:starts[slot + 1]].view(-1, *center[slot].shape)
        return take

    def _one_at_a_time(self, weights: list[torch.Tensor]):
        """The "loop" method: each point's weights (from one product for all of them)
        copied into the private copy of the model, then its forward pass."""
        own = list(self.model.parameters())
        losses, correct = [], []
        for k in range(weights[0].shape[0]):
            for p, w in zip(own, weights):
                p.copy_(w[k])
            raw = self.model(self.x)
            losses.append(self.objective.loss_of(raw, self.y))
            if self.classify:
                correct.append(self.objective.correct(raw, self.y))
        return torch.stack(losses), torch.stack(correct) if self.classify else None

    @torch.no_grad()
    def evaluate(self, a: torch.Tensor, b: torch.Tensor
                 ) -> tuple[torch.Tensor, torch.Tensor | None]:
        """Loss (P,) and number correct (P,) or None, on the data's device, at points
        (a[k], b[k]); ``a`` and ``b`` hold at most ``points_per_call`` values."""
        a = torch.as_tensor(a, dtype=torch.float64).reshape(-1)
        b = torch.as_tensor(b, dtype=torch.float64).reshape(-1)
        dtype = self.center[0].dtype
        a_dev, b_dev = (t.to(self.device, dtype) for t in (a, b))
        if self.method != "layers":
            weights = self._weights_at(a_dev, b_dev)
            if self.method == "vmap":
                return self._score(self._forward(dict(zip(self.names, weights)), self.x))
            return self._one_at_a_time(weights)
        weights_at = self._weights_taker(a_dev, b_dev)
        if not self.per_point:
            a_plan, b_plan = (a, b) if a.numel() == 1 else (a_dev, b_dev)
            raw = self.plan.run(a_plan, b_plan, weights_at, 0, self.n)
        else:
            one_row = a.numel() > 1 and not self.plan.line and bool((b == b[0]).all())
            # One point at a time, data blocks outer: a block's first-layer outputs stay
            # in cache while every point of the call reuses them.
            parts: list[list[torch.Tensor]] = [[] for _ in range(a.numel())]
            for start in range(0, self.n, self.block):
                stop = min(start + self.block, self.n)
                base = self.plan.base(float(b[0]), start, stop) if one_row else None
                firsts = self.plan.first_each(a, b, start, stop, base)
                for k, part in enumerate(parts):
                    part.append(self.plan.finish(
                        firsts[k], lambda slot, k=k: weights_at(slot)[k:k + 1]))
            raw = torch.cat([torch.cat(part, dim=1) for part in parts])
        return self._score(raw)
