"""The "layers" path of the loss landscape: a chain of modules run layer by layer with a
leading axis of weight points (see ``engine.probes.landscape``'s docstring for why each
trick is exact and what it buys)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import torch
from torch import nn

from engine.probes.grid_rows import GridRows
from engine.probes.layer_ops import (
    ELEMENTWISE,
    Fold,
    Step,
    WeightedStep,
    apply_at_points,
    apply_weighted,
    empty_like_layout,
    in_place,
    pool_kernel,
    pools_first,
    tanh_via_sigmoid,
)
from engine.probes.scratch import scratch, scratch_pool

Params = list[torch.Tensor]

#: Largest intermediate tensor (in values) of one block: ~4 MB of float32 stays in cache.
BLOCK_VALUES = 1 << 20
#: Points per call when one point's intermediates fill a block (a ConvNet on a CPU).
POINTS_PER_PASS = 4


class LayerPlan:
    """A chain of modules run at P weight points at once.

    The first layer with weights sees fixed data and is linear in its weights, so its
    output anywhere on the plane is ``U0 + a U1 + b U2``, kept in a layout chosen for
    what follows:

    - "features" (a Linear on vectors): (3, F, N). Vectors then travel features-first,
      (P, F, B), and a layer is a batched matmul (P, K, F) @ (P, F, B) whose long rows
      vectorise: (P, B, F) @ (P, F, K) with a handful of units runs ~10x slower.
    - "image" (a Conv2d): (3, N, H, W, C), channels last: oneDNN's fastest layout here,
      and the one in which pooling reads whole channel vectors.
    - "windows" (a Conv2d, then a max-pool with kernel == stride): (3, kr, kc, N, rows,
      cols, C), so the pool is the maximum of kr * kc contiguous planes.

    Images travel as (P, B, C, H, W) views (channels-last strides). ReLU before a
    max-pool moves after it (max(relu(a), relu(b)) == relu(max(a, b)), exactly), and
    every large intermediate goes into a reused buffer.
    ``slots`` maps a parameter's name to its position in ``model.parameters()``.
    Raises NotImplementedError for a chain it cannot run (the caller falls back to vmap).
    """

    def __init__(self, chain, slots: dict[str, int], center: Params, d1: Params, d2: Params,
                 x: torch.Tensor):
        weighted = [i for i, (_, m) in enumerate(chain) if any(True for _ in m.parameters())]
        if not weighted:
            raise NotImplementedError("a model without weights")
        for _, module in chain[:weighted[0]]:
            x = module(x)
        name, layer = chain[weighted[0]]
        weight, bias = self._own(name, layer, slots)
        self.line = all(not d2[i].any() for i in (weight, bias) if i is not None)
        self._views: dict[tuple, torch.Tensor] = {}  # views into the scratch pool
        self._bases: dict[int, tuple[float, torch.Tensor]] = {}
        self.rows: GridRows | None = None  # the first layer a grid row at a time (CPU)
        self._absorb_next = False
        self.steps: list[Step] = []
        rest = pools_first(chain[weighted[0] + 1:])
        conv = isinstance(layer, nn.Conv2d)
        self.kind = "windows" if conv and rest and pool_kernel(rest[0][1]) else (
            "image" if conv else "features" if x.ndim == 2 else "samples")
        if self.kind == "windows":
            self.kernel = pool_kernel(rest.pop(0)[1])
        self.n = x.shape[0]
        first = [apply_weighted(layer, x, p[weight], None if bias is None else p[bias])
                 for p in (center, d1, d2)]
        self.first = self._store(torch.stack(first))
        self._build_steps(rest, slots, x.device.type == "cpu")
        #: The chain's output may be a reused buffer: copy it before keeping it.
        self.ends_in_buffer = not (self.steps and isinstance(self.steps[-1], WeightedStep))

    def _store(self, u: torch.Tensor) -> torch.Tensor:
        """U0, U1, U2 (stacked, as the layer computed them) in the plan's layout."""
        if self.kind == "features":
            return u.transpose(1, 2).contiguous()
        if self.kind == "image":
            return u.permute(0, 1, 3, 4, 2).contiguous()
        if self.kind == "windows":
            (kr, kc), (rows, cols) = self.kernel, (u.shape[-2] // self.kernel[0],
                                                    u.shape[-1] // self.kernel[1])
            u = u[..., :rows * kr, :cols * kc].reshape(*u.shape[:3], rows, kr, cols, kc)
            return u.permute(0, 4, 6, 1, 3, 5, 2).contiguous()
        return u

    def _build_steps(self, rest, slots: dict[str, int], cpu: bool) -> None:
        features_first = self.kind == "features"
        for k, (name, module) in enumerate(rest):
            following = rest[k + 1][1] if k + 1 < len(rest) else None
            if any(True for _ in module.parameters()):
                self.steps.append(self._weighted(module, *self._own(name, module, slots),
                                                 features_first))
            elif features_first and isinstance(module, ELEMENTWISE):
                fast = cpu and type(module) is nn.Tanh
                self.steps.append(self._tanh(following) if fast else in_place(module, cpu))
            else:
                if features_first:
                    self.steps.append(lambda h: h.transpose(1, 2))
                    features_first = False
                kernel = pool_kernel(module)
                self.steps.append(self._pool(kernel) if kernel else in_place(module, cpu))
        self.ends_features_first = features_first

    def _pool(self, kernel: tuple[int, int]) -> Callable:
        """Max-pooling as maxima of strided views into a buffer of the input's layout: on
        a CPU, several times faster than torch's NCHW max_pool2d (one thread)."""
        kr, kc = kernel

        def run(h: torch.Tensor) -> torch.Tensor:
            rows, cols = h.shape[-2] // kr, h.shape[-1] // kc
            h = h[..., :rows * kr, :cols * kc]
            views = [h[..., i::kr, j::kc] for i in range(kr) for j in range(kc)]
            return self._maximum(name, views)
        name = f"pool {len(self.steps)}"
        return run

    def _maximum(self, owner: str, views: list[torch.Tensor]) -> torch.Tensor:
        """The elementwise maximum of ``views``, into a scratch tensor of their layout."""
        first = views[0]
        order = tuple(sorted(range(first.ndim), key=lambda d: -first.stride(d)))
        key = (owner, tuple(first.shape), order, first.dtype, first.device)
        pool = scratch_pool()
        if key not in pool:
            pool[key] = empty_like_layout(first)
        out = pool[key]
        torch.maximum(views[0], views[-1], out=out)
        for view in views[1:-1]:
            torch.maximum(out, view, out=out)
        return out

    def _tanh(self, following: nn.Module | None) -> Callable:
        """tanh(x) = 2 sigmoid(2x) - 1, computed as a sigmoid: torch's CPU tanh costs ~6x
        its sigmoid (one thread, measured). Between two linear layers the affine parts
        fold into the weights (see ``fold``): the layer before doubles its output, the
        layer after takes 2 sigmoid - 1 (w -> 2w, b -> b - sum(w))."""
        producer = self.steps[-1] if self.steps else None
        fold = producer.fold if isinstance(producer, WeightedStep) else None
        if not (type(following) is nn.Linear and following.bias is not None and (
                producer is None or fold is not None)):
            return tanh_via_sigmoid
        if fold is None:  # the first layer doubles its output
            self.first.mul_(2)
        else:
            fold.scale = 2.0
        self._absorb_next = True
        return torch.Tensor.sigmoid_

    def fold(self, params: Sequence[torch.Tensor]) -> Params:
        """The parameters as the plan's layers use them: with the tanh folds applied.
        Linear in the parameters, so it applies to the centre and directions alike."""
        params = list(params)
        for step in self.steps:
            fold = step.fold if isinstance(step, WeightedStep) else None
            if fold is None or not fold.changes():
                continue
            w, b = params[fold.weight], params[fold.bias]
            if fold.takes_sigmoid:  # the input is s = (tanh + 1) / 2
                w, b = w * 2, b - w.sum(dim=1)
            params[fold.weight], params[fold.bias] = w * fold.scale, b * fold.scale
        return params

    @staticmethod
    def _own(name: str, layer: nn.Module, slots: dict[str, int]) -> tuple[int, int | None]:
        if not (type(layer) is nn.Linear
                or type(layer) is nn.Conv2d and layer.padding_mode == "zeros"):
            raise NotImplementedError(f"layer {name} ({type(layer).__name__})")
        prefix = f"{name}." if name else ""
        bias = slots[prefix + "bias"] if layer.bias is not None else None
        return slots[prefix + "weight"], bias

    def _weighted(self, layer, weight: int, bias: int | None, features_first: bool
                  ) -> WeightedStep:
        def run(h, weights_at):
            w, b = weights_at(weight), None if bias is None else weights_at(bias)
            if not features_first:
                return apply_at_points(layer, h, w, b)
            out = self._buffer(name, (h.shape[0], w.shape[1], h.shape[2]), h)
            if b is None:
                return torch.bmm(w, h, out=out)
            # The bias rides in the product (a broadcast view, no pass of its own).
            return torch.baddbmm(b[:, :, None].expand(out.shape), w, h, out=out)
        name = f"layer {len(self.steps)}"
        fold = Fold(weight, bias, takes_sigmoid=self._absorb_next) \
            if features_first and bias is not None else None
        self._absorb_next = False
        return WeightedStep(run, fold)

    def _buffer(self, owner, shape: tuple[int, ...], like: torch.Tensor) -> torch.Tensor:
        """A reused output tensor for ``owner`` (a name) that lives for one call, from
        the thread's scratch pool (``scratch``)."""
        return scratch(owner, shape, like, self._views)

    def _first_block(self, start: int, stop: int) -> torch.Tensor:
        if self.kind == "features":
            return self.first[..., start:stop]
        if self.kind == "windows":
            return self.first[:, :, :, start:stop]
        return self.first[:, start:stop]

    def base(self, b: float, start: int, stop: int) -> torch.Tensor:
        """U0 + b U2 for data[start:stop]: shared by the points of one grid row, and kept
        for the row's next call."""
        if self._bases.get(start, (None,))[0] != b:
            u0, _, u2 = self._first_block(start, stop)
            # Kept between calls: the plan's own memory, not the shared scratch.
            kept = self._bases[start][1] if start in self._bases else torch.empty_like(u0)
            self._bases[start] = b, torch.add(u0, u2, alpha=b, out=kept)
        return self._bases[start][1]

    def first_each(self, a: torch.Tensor, b: torch.Tensor, start: int, stop: int,
                   base: torch.Tensor | None) -> list[torch.Tensor]:
        """The first layer at each point (a[k], b[k]) for data[start:stop], one (1, B, ...)
        tensor per point, max-pooled for "windows". Window planes go outer and points
        inner, so a plane of U1 (and of ``base``, U0 + b U2 for a row) stays in cache
        for every point. ``a`` and ``b`` are on the CPU."""
        u0, u1, u2 = self._first_block(start, stop)
        planes = list(np.ndindex(*self.kernel)) if self.kind == "windows" else [()]
        shape = u0[planes[0]].shape
        outs = [self._buffer(("first", k), shape, u0) for k in range(a.numel())]
        scratch = self._buffer("plane", shape, u0)
        for q, plane in enumerate(planes):
            for k, out in enumerate(outs):
                target = scratch if q else out
                if base is not None:
                    torch.add(base[plane], u1[plane], alpha=float(a[k]), out=target)
                else:
                    torch.add(u0[plane], u1[plane], alpha=float(a[k]), out=target)
                    if not self.line:
                        target.add_(u2[plane], alpha=float(b[k]))
                if q:
                    torch.maximum(out, scratch, out=out)
        return [out[None] for out in outs]

    def run(self, a: torch.Tensor, b: torch.Tensor, weights_at: Callable[[int], torch.Tensor],
            start: int, stop: int) -> torch.Tensor:
        """Raw outputs (P, stop - start, ...) at plane points (a, b) for data[start:stop].

        ``weights_at(slot)`` gives that parameter at the P points, (P, *shape).
        """
        if a.numel() == 1:
            return self.finish(self.first_each(a.cpu(), b.cpu(), start, stop, None)[0],
                               weights_at)
        first = self._first_block(start, stop)
        out = self._buffer("first", (a.numel(), first[0].numel()), first)
        activated = False
        if a.device.type == "cpu" and not self.line and (start, stop) == (0, self.n):
            activated = self.grid_rows().fill(out, a, b)
        else:
            coefficients = torch.stack([torch.ones_like(a), a, b], dim=1)
            torch.mm(coefficients, first.reshape(3, -1), out=out)
        h = out.view(-1, *first.shape[1:])
        if self.kind == "windows":
            h = self._maximum("pooled", [h[:, i, j] for i, j in np.ndindex(*self.kernel)])
        return self.finish(h, weights_at, skip=1 if activated else 0)

    def grid_rows(self) -> GridRows:
        """The first layer a grid row at a time (``engine.probes.grid_rows``); it may
        apply the sigmoid that follows an MLP's first layer itself."""
        if self.rows is None:
            sigmoid_next = self.kind == "features" and bool(self.steps) and self.steps[0] in (
                torch.sigmoid_, torch.Tensor.sigmoid_)
            self.rows = GridRows(self.first, sigmoid_next)
        return self.rows

    def finish(self, h: torch.Tensor, weights_at: Callable[[int], torch.Tensor],
               skip: int = 0) -> torch.Tensor:
        """The layers after the first, from its output ``h`` (the plan's layout), but
        the first ``skip`` steps (already applied)."""
        if self.kind in ("image", "windows"):
            h = h.permute(0, 1, 4, 2, 3)
        for step in self.steps[skip:]:
            h = step(h, weights_at) if isinstance(step, WeightedStep) else step(h)
        if self.ends_in_buffer:
            h = h.clone()
        return h.transpose(1, 2) if self.ends_features_first else h
