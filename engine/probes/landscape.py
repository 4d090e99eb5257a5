"""Loss landscapes: losses on a line or a plane through weight space, many points per call.

The plane is ``centre + alpha * d1 + beta * d2`` (points and directions are parameter
lists, see ``engine.probes.directions``). Grids are row-major like the other probes:
row i is ``betas[i]``, column j is ``alphas[j]``. Losses are the objective's data loss
(no regularisation penalty), with dropout off; the model itself is never changed.

Two batched ways to evaluate many weight points, picked by ``method``:

- "layers": a model that is a chain of modules (an ``nn.Sequential``, the playground
  MLP; found by ``torch.fx``) runs layer by layer with a leading axis of weight points.
  The first layer is linear in its weights and sees fixed data, so its output at every
  point of the plane is ``U0 + alpha * U1 + beta * U2``: three passes for the whole grid.
  ReLU before a max-pool is moved after it (exact), and kernel == stride max-pools use
  strided maxima: on a CPU, torch's NCHW max_pool2d costs more than the convolution.
  Data go through in blocks that stay in cache. A chain is used only after it has
  reproduced the model's own output.
- "vmap": any other module: ``torch.func.functional_call`` under ``torch.vmap`` over
  stacked parameter dicts, in chunks.

``loss_grid_loop`` is the plain per-point loop (load weights, evaluate, repeat), kept as
the reference for tests and benchmarks.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable, Sequence

import numpy as np
import torch
from torch import nn
from torch.func import functional_call, vmap

from engine.probes.directions import flatten, parameters_of

Params = list[torch.Tensor]
METHODS = ("auto", "layers", "vmap")
#: Activations that commute exactly with max-pooling (monotone, computed exactly).
_POOL_COMMUTING = (nn.ReLU, nn.Identity)
#: Modules that act on each value alone: any layout will do.
_ELEMENTWISE = (nn.ReLU, nn.Tanh, nn.Sigmoid, nn.LeakyReLU, nn.GELU, nn.SiLU, nn.ELU,
                nn.Softplus, nn.Identity, nn.Dropout, nn.Hardtanh, nn.ReLU6, nn.Mish)
#: Largest intermediate tensor (in values) of one block: ~4 MB of float32 stays in cache.
BLOCK_VALUES = 1 << 20
#: Points per call when one point's intermediates fill a block (a ConvNet on a CPU).
POINTS_PER_PASS = 4


def _frozen_copy(model: nn.Module) -> nn.Module:
    clone = copy.deepcopy(model).eval()
    return clone.requires_grad_(False)


def _module_chain(model: nn.Module) -> list[tuple[str, nn.Module]] | None:
    """The model as a chain of submodules, each feeding the next, or None."""
    try:
        graph = torch.fx.Tracer().trace(model)
    except Exception:  # noqa: BLE001 - any model fx cannot trace takes the vmap path
        return None
    chain, previous = [], None
    for node in graph.nodes:
        if node.op == "placeholder" and previous is None:
            previous = node
        elif node.op == "call_module" and node.args == (previous,) and not node.kwargs:
            chain.append((node.target, model.get_submodule(node.target)))
            previous = node
        elif node.op == "output" and node.args[0] is previous and chain:
            return chain
        else:
            return None
    return None


def _max_pool_strided(pool: nn.MaxPool2d, buffer: Callable) -> Callable | None:
    """Max-pooling with kernel == stride as elementwise maxima of strided views, into a
    reused buffer: on a CPU, ~8x faster than torch's NCHW max_pool2d (one thread)."""
    k, s = nn.modules.utils._pair(pool.kernel_size), nn.modules.utils._pair(pool.stride)
    if (k != s or nn.modules.utils._pair(pool.padding) != (0, 0) or pool.ceil_mode
            or nn.modules.utils._pair(pool.dilation) != (1, 1) or pool.return_indices):
        return None

    def run(h: torch.Tensor) -> torch.Tensor:
        rows, cols = h.shape[-2] // k[0], h.shape[-1] // k[1]
        h = h[..., :rows * k[0], :cols * k[1]]
        views = [h[..., i::k[0], j::k[1]] for i in range(k[0]) for j in range(k[1])]
        out = buffer(run, views[0].shape, h)
        if len(views) == 1:
            return out.copy_(views[0])
        torch.maximum(views[0], views[1], out=out)
        for view in views[2:]:
            torch.maximum(out, view, out=out)
        return out
    run.kernel = k
    return run


def _in_place(module: nn.Module) -> Callable:
    """An activation applied in place: the plan owns every intermediate tensor."""
    kind = type(module)
    return {nn.ReLU: torch.relu_, nn.Sigmoid: torch.sigmoid_, nn.Tanh: torch.tanh_}.get(
        kind, lambda h: _per_sample(module, h))


def _per_sample(module: nn.Module, h: torch.Tensor) -> torch.Tensor:
    """A module without weights on (P, B, ...): points and samples as one batch."""
    out = module(h.reshape(-1, *h.shape[2:]))
    return out.reshape(*h.shape[:2], *out.shape[1:])


def _apply(layer: nn.Module, h: torch.Tensor, weight, bias) -> torch.Tensor:
    if isinstance(layer, nn.Linear):
        return nn.functional.linear(h, weight, bias)
    return layer._conv_forward(h, weight, bias)


def _apply_at_points(layer: nn.Module, h: torch.Tensor, weight, bias) -> torch.Tensor:
    """A Linear or Conv2d on (P, B, ...) with weights (P, ...) and biases (P, out)."""
    n = h.shape[0]
    if n == 1:
        return _apply(layer, h[0], weight[0], None if bias is None else bias[0])[None]
    if isinstance(layer, nn.Linear):
        flat = h.reshape(n, -1, h.shape[-1])
        out = torch.bmm(flat, weight.transpose(1, 2))
        if bias is not None:
            out.add_(bias[:, None, :])
        return out.reshape(*h.shape[:-1], out.shape[-1])
    # P convolutions as one grouped convolution: the points' channels side by side.
    batch = h.shape[1]
    stacked = h.transpose(0, 1).reshape(batch, -1, *h.shape[-2:])
    grouped = copy.copy(layer)
    grouped.groups = layer.groups * n
    out = grouped._conv_forward(stacked, weight.reshape(-1, *weight.shape[2:]),
                                None if bias is None else bias.reshape(-1))
    return out.reshape(batch, n, -1, *out.shape[-2:]).transpose(0, 1)


def _tanh_via_sigmoid(h: torch.Tensor) -> torch.Tensor:
    """tanh(x) = 2 sigmoid(2x) - 1, in place: torch's CPU tanh costs ~6x its sigmoid
    (measured, one thread); the two differ by < 2e-7."""
    return h.mul_(2).sigmoid_().mul_(2).sub_(1)


class _LayerPlan:
    """A chain of modules run at P weight points at once.

    Vector features travel features-first, (P, F, B): a layer is then a batched matmul
    (P, K, F) @ (P, F, B) whose long rows vectorise, where (P, B, F) @ (P, F, K) with a
    handful of units runs ~10x slower. Images travel as (P, B, C, H, W).
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
        self.features_first = isinstance(layer, nn.Linear) and x.ndim == 2
        # Linear in its weights on fixed data: three passes for the whole plane.
        first = [_apply(layer, x, p[weight], None if bias is None else p[bias])
                 for p in (center, d1, d2)]
        #: U0, U1, U2 stacked: (3, F, N) features-first, else (3, N, ...).
        self.first = torch.stack([u.T for u in first] if self.features_first else first)
        self.line = all(not d2[i].any() for i in (weight, bias) if i is not None)
        cpu = x.device.type == "cpu"
        self.steps: list[Callable] = []
        self._buffers: dict[tuple, torch.Tensor] = {}
        self._absorb_next = False
        features_first, previous = self.features_first, None
        rest = chain[weighted[0] + 1:]
        for k, (name, module) in enumerate(rest):
            following = rest[k + 1][1] if k + 1 < len(rest) else None
            if any(True for _ in module.parameters()):
                self.steps.append(self._weighted(module, *self._own(name, module, slots),
                                                 features_first))
            elif features_first and isinstance(module, _ELEMENTWISE):
                if cpu and type(module) is nn.Tanh:
                    self.steps.append(self._tanh(following))
                else:
                    self.steps.append(_in_place(module))
            elif (not features_first and isinstance(module, nn.MaxPool2d)
                  and isinstance(previous, _POOL_COMMUTING)):
                # max(relu(a), relu(b)) == relu(max(a, b)), on a quarter of the values.
                self.steps.insert(len(self.steps) - 1, _max_pool_strided(
                    module, self._buffer) or (lambda h, m=module: _per_sample(m, h)))
            else:
                if features_first:
                    self.steps.append(lambda h: h.transpose(1, 2))
                    features_first = False
                pool = isinstance(module, nn.MaxPool2d) and _max_pool_strided(
                    module, self._buffer)
                self.steps.append(pool or _in_place(module))
            previous = module
        self.ends_features_first = features_first
        self.pool_major = bool(self.steps) and hasattr(self.steps[0], "kernel")
        if self.pool_major:
            # The first layer's output is stored window-major, (3, kr, kc, N, C, rows,
            # cols): the max-pool right after it becomes maxima of contiguous planes.
            (kr, kc), u = self.steps[0].kernel, self.first
            rows, cols = u.shape[-2] // kr, u.shape[-1] // kc
            u = u[..., :rows * kr, :cols * kc].reshape(*u.shape[:3], rows, kr, cols, kc)
            self.first = u.permute(0, 4, 6, 1, 2, 3, 5).contiguous()
            self.steps[0] = self._plane_max
        #: True when the chain's output may be a reused buffer (copied before keeping).
        self.ends_in_buffer = not (self.steps and hasattr(self.steps[-1], "needs_weights"))

    def _plane_max(self, h: torch.Tensor) -> torch.Tensor:
        planes = [h[:, i, j] for i in range(h.shape[1]) for j in range(h.shape[2])]
        out = self._buffer(self._plane_max, planes[0].shape, h)
        torch.maximum(planes[0], planes[1] if len(planes) > 1 else planes[0], out=out)
        for plane in planes[2:]:
            torch.maximum(out, plane, out=out)
        return out

    def _tanh(self, following: nn.Module | None) -> Callable:
        """tanh(x) = 2 sigmoid(2x) - 1, computed as a sigmoid: torch's CPU tanh costs ~6x
        its sigmoid (one thread, measured). Between two linear layers the affine parts
        fold into their weights, which are small: the layer before doubles its output,
        the layer after takes 2 sigmoid - 1 (w -> 2w, b -> b - sum(w))."""
        producer = self.steps[-1] if self.steps else None
        if type(following) is not nn.Linear or not (
                producer is None or getattr(producer, "features_first", False)):
            return _tanh_via_sigmoid
        if producer is None:
            self.first.mul_(2)
        else:
            producer.scale_out = 2.0
        self._absorb_next = True
        return torch.Tensor.sigmoid_

    @staticmethod
    def _own(name: str, layer: nn.Module, slots: dict[str, int]) -> tuple[int, int | None]:
        if not (type(layer) is nn.Linear
                or type(layer) is nn.Conv2d and layer.padding_mode == "zeros"):
            raise NotImplementedError(f"layer {name} ({type(layer).__name__})")
        prefix = f"{name}." if name else ""
        bias = slots[prefix + "bias"] if layer.bias is not None else None
        return slots[prefix + "weight"], bias

    def _weighted(self, layer, weight: int, bias: int | None, features_first: bool
                  ) -> Callable:
        def run(h, weights_at):
            w, b = weights_at(weight), None if bias is None else weights_at(bias)
            if not features_first:
                return _apply_at_points(layer, h, w, b)
            if run.takes_sigmoid:  # the input is s = (tanh + 1) / 2
                b = -w.sum(dim=2) if b is None else b - w.sum(dim=2)
                w = w * 2
            if run.scale_out != 1:
                w, b = w * run.scale_out, None if b is None else b * run.scale_out
            out = torch.bmm(w, h, out=self._buffer(run, (h.shape[0], w.shape[1], h.shape[2]),
                                                   h))
            return out if b is None else out.add_(b[:, :, None])
        run.needs_weights, run.features_first, run.scale_out = True, features_first, 1.0
        run.takes_sigmoid, self._absorb_next = self._absorb_next, False
        return run

    def _buffer(self, owner, shape: tuple[int, ...], like: torch.Tensor) -> torch.Tensor:
        """A reused output tensor: fresh multi-megabyte tensors cost page faults on every
        call (measured: a 2-4x slower grid on the playground MLP)."""
        key = (id(owner), shape)
        if key not in self._buffers:
            self._buffers[key] = torch.empty(shape, dtype=like.dtype, device=like.device)
        return self._buffers[key]

    def run(self, a: torch.Tensor, b: torch.Tensor, weights_at: Callable[[int], torch.Tensor],
            start: int, stop: int) -> torch.Tensor:
        """Raw outputs (P, stop - start, ...) at plane points (a, b) for data[start:stop].

        ``weights_at(slot)`` gives that parameter at the P points, (P, *shape).
        """
        if self.features_first:
            first = self.first[..., start:stop]
        else:
            first = self.first[:, :, :, start:stop] if self.pool_major else self.first[
                :, start:stop]
        u0, u1, u2 = first
        if a.numel() == 1:
            h = torch.add(u0, u1, alpha=float(a[0]), out=self._buffer(self, u0.shape, u0))
            if not self.line:
                h.add_(u2, alpha=float(b[0]))
            h = h[None]
        else:  # [1, a, b] @ [U0; U1; U2]: one pass, half the time of two addcmul
            coefficients = torch.stack([torch.ones_like(a), a, b], dim=1)
            out = self._buffer(self, (a.numel(), u0.numel()), u0)
            h = torch.mm(coefficients, first.reshape(3, -1), out=out).view(-1, *u0.shape)
        for step in self.steps:
            h = step(h, weights_at) if hasattr(step, "needs_weights") else step(h)
        if self.ends_in_buffer:
            h = h.clone()
        return h.transpose(1, 2) if self.ends_features_first else h


def _widest(model: nn.Module, sample: torch.Tensor) -> int:
    """Values per sample of the model's widest intermediate output (at least the input)."""
    widths = [sample[0].numel()]
    hooks = [m.register_forward_hook(
        lambda _m, _i, out: widths.append(out[0].numel()) if torch.is_tensor(out) else None)
        for m in model.modules()]
    try:
        with torch.no_grad():
            model(sample)
    finally:
        for hook in hooks:
            hook.remove()
    return max(widths)


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
        self.model = _frozen_copy(model)
        like = list(self.model.parameters())
        center = parameters_of(model) if center is None else list(center)
        d2 = [torch.zeros_like(t) for t in like] if d2 is None else list(d2)
        for name, vectors in (("centre", center), ("d1", d1), ("d2", d2)):
            if [tuple(t.shape) for t in vectors] != [tuple(t.shape) for t in like]:
                raise ValueError(f"{name} is not shaped like the model's parameters")
        put = lambda ts: [t.detach().to(p.device, p.dtype) for t, p in zip(ts, like)]  # noqa: E731
        self.center, self.d1, self.d2 = put(center), put(d1), put(d2)
        self.objective, self.x, self.y = objective, x, y
        self.names = [n for n, _ in self.model.named_parameters()]
        self.classify = getattr(objective, "problem", None) == "classification"
        self.device, self.n = x.device, x.shape[0]
        cuda = x.device.type == "cuda"
        budget = block_values or (1 << 26 if cuda else BLOCK_VALUES)
        width = _widest(self.model, x[:1])
        self.plan = None
        if method in ("auto", "layers"):
            self.plan = self._make_plan()
            if self.plan is None and method == "layers":
                raise ValueError("this model is not a chain of Linear/Conv2d layers and "
                                 "weightless modules; use method='vmap'")
        self.method = "layers" if self.plan is not None else "vmap"
        self._losses = vmap(objective.loss_of, in_dims=(0, None))
        self._correct = vmap(objective.correct, in_dims=(0, None)) if self.classify else None
        if self.plan is not None:
            self._losses, self._correct = self._binary_scores() or (self._losses,
                                                                    self._correct)
        if self.method == "vmap":
            budget = block_values or (1 << 26 if cuda else 1 << 22)
        points = budget // max(1, self.n * width)
        self.points_per_call = max(1, min(chunk, points if points >= 1 else POINTS_PER_PASS))
        #: Data go through in blocks of this many samples (one point per call then).
        self.block = self.n if points >= 1 else max(1, budget // width)
        if self.method == "vmap":
            self.block = self.n
            self._vmapped = vmap(self._loss_at, in_dims=(0, None, None))

    def _make_plan(self) -> _LayerPlan | None:
        chain = _module_chain(self.model)
        if chain is None:
            return None
        slots = {name: i for i, name in enumerate(self.names)}
        try:
            plan = _LayerPlan(chain, slots, self.center, self.d1, self.d2, self.x)
        except (NotImplementedError, KeyError):
            return None
        # Trusted only once it reproduces the model's own output at the centre.
        k = min(self.n, 16)
        zero = torch.zeros(1, dtype=torch.float64)
        with torch.no_grad():
            got = plan.run(zero, zero, lambda i: self.center[i][None], 0, k)[0]
            want = functional_call(self.model, dict(zip(self.names, self.center)), (self.x[:k],))
        if got.shape != want.shape or not torch.allclose(got, want, rtol=1e-4, atol=1e-5):
            return None
        return plan

    def _binary_scores(self) -> tuple[Callable, Callable] | None:
        """Per-point loss and number correct for binary cross-entropy on 0/1 labels, ~3x
        faster than vmap over the objective: each sample's loss is softplus(+-logit), and
        counting avoids a bool -> int64 copy. Used only once they match the objective."""
        o, y = self.objective, self.y
        if not (getattr(o, "is_binary", False) and getattr(o, "loss", None) == "ce"
                and bool(((y == 0) | (y == 1)).all())):
            return None
        sign, positive = 1 - 2 * y, y > 0.5

        def losses(raw: torch.Tensor, _y: torch.Tensor) -> torch.Tensor:
            return nn.functional.softplus(raw[..., 0] * sign).mean(dim=1)

        def correct(raw: torch.Tensor, _y: torch.Tensor) -> torch.Tensor:
            return torch.count_nonzero((raw[..., 0] > 0) == positive, dim=1)
        raw = torch.randn(3, self.n, 1, generator=torch.Generator().manual_seed(0),
                          dtype=torch.float64).to(y.device, self.center[0].dtype) * 4
        raw[0, : self.n // 2] = 0  # ties at zero count as the objective counts them
        same = torch.allclose(losses(raw, y), self._losses(raw, y), rtol=1e-5, atol=1e-6)
        return (losses, correct) if same and torch.equal(
            correct(raw, y), self._correct(raw, y).to(torch.int64)) else None

    def _weights_at(self, slot: int, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
        c = self.center[slot]
        shape = (a.numel(),) + (1,) * c.ndim
        w = torch.addcmul(c, a.view(shape), self.d1[slot])
        return w.addcmul_(b.view(shape), self.d2[slot])

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
            params = {n: self._weights_at(i, a_dev, b_dev) for i, n in enumerate(self.names)}
            out = self._vmapped(params, self.x, self.y)
            return out[0], (out[1] if self.classify else None)
        cache: dict[int, torch.Tensor] = {}

        def weights_at(slot: int) -> torch.Tensor:
            if slot not in cache:
                cache[slot] = self._weights_at(slot, a_dev, b_dev)
            return cache[slot]
        starts = range(0, self.n, self.block)
        if self.block >= self.n:
            a_plan, b_plan = (a, b) if a.numel() == 1 else (a_dev, b_dev)
            raw = self.plan.run(a_plan, b_plan, weights_at, 0, self.n)
        else:
            # One point at a time, data blocks outer: a block's first-layer outputs stay
            # in cache while every point of the call reuses them.
            parts: list[list[torch.Tensor]] = [[] for _ in range(a.numel())]
            for start in starts:
                for k, part in enumerate(parts):
                    part.append(self.plan.run(a[k:k + 1], b[k:k + 1],
                                              lambda slot, k=k: weights_at(slot)[k:k + 1],
                                              start, start + self.block))
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
    clone = _frozen_copy(model)
    params = list(clone.parameters())
    center = [t.detach().clone() for t in (center or parameters_of(model))]
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


def project_trajectory(trajectory, center: Sequence[torch.Tensor] | torch.Tensor,
                       d1: Sequence[torch.Tensor] | torch.Tensor,
                       d2: Sequence[torch.Tensor] | torch.Tensor) -> np.ndarray:
    """Plane coordinates (n, 2) of recorded weights: the least-squares (alpha, beta) of each
    flat vector of ``trajectory`` ((n, D), or a sequence of (D,) vectors or parameter
    lists) relative to the plane through ``centre`` spanned by d1, d2 (float64)."""
    flat = lambda v: (v if torch.is_tensor(v) else flatten(v)).detach().cpu().double()  # noqa: E731
    if torch.is_tensor(trajectory) or isinstance(trajectory, np.ndarray):
        rows = torch.as_tensor(trajectory).cpu().double()
    else:
        rows = torch.stack([flat(t if torch.is_tensor(t) else list(t)) for t in trajectory])
    basis = torch.stack([flat(d1).reshape(-1), flat(d2).reshape(-1)], dim=1)
    offsets = rows.reshape(rows.shape[0], -1) - flat(center).reshape(-1)
    q, r = torch.linalg.qr(basis)
    coords = torch.linalg.solve_triangular(r, q.T @ offsets.T, upper=True)
    return coords.T.contiguous().numpy()


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
        start, last = self._clock(), 0.0
        while not self.done:
            begun = self._clock()
            if begun > start and (begun - start) + last > budget_seconds:
                break
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
