"""Curvature of the loss at one point: the extreme Hessian eigenvalues, by Lanczos.

The Hessian is never formed: Lanczos needs only Hessian-vector products, each one
double backward pass through a copy of the model (dropout off). With full
reorthogonalisation, Lanczos run for as many steps as there are parameters gives the
whole spectrum exactly (a playground MLP has tens of parameters); for larger models a few
dozen steps give the extremes, and the count of negative directions is an estimate
(those of the Ritz values, a lower bound in practice).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
from torch import nn

from engine.probes.landscape_recurrent import has_recurrent, unrolled_copy
from engine.shared.probe_options import ProbeError

#: Models with at most this many parameters get their whole spectrum.
EXACT_LIMIT = 400
DEFAULT_STEPS = 48


@dataclass(frozen=True)
class Curvature:
    """The Hessian's extremes at one point of weight space."""
    #: Largest and smallest eigenvalue.
    max_eig: float
    min_eig: float
    #: Eigenvalues below ``-tolerance``: exact when ``exact``, else counted among the
    #: Ritz values (an estimate, usually low).
    n_negative: int
    n_params: int
    #: True when the whole spectrum was computed.
    exact: bool
    #: Eigenvalues closer to zero than this count as zero (flat directions).
    tolerance: float

    @property
    def kind(self) -> str:
        """"minimum" (no direction curves down), "saddle", or "maximum" (all do)."""
        if self.n_negative == 0:
            return "minimum"
        return "maximum" if self.exact and self.n_negative == self.n_params else "saddle"

    @property
    def label(self) -> str:
        if self.kind != "saddle":
            return self.kind
        k = self.n_negative if self.exact else f"at least {self.n_negative}"
        return f"saddle ({k} negative direction{'s' if self.n_negative != 1 else ''})"


def hessian_vector_product(model: nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
                           center: Sequence[torch.Tensor] | None = None,
                           dtype: torch.dtype | None = torch.float64,
                           unroll: bool | None = None,
                           ) -> tuple[Callable[[torch.Tensor], torch.Tensor], int]:
    """(hvp, n): ``hvp(v)`` is H v for a flat vector v, the Hessian of the objective's
    loss on (x, y) at ``center`` (default: the model's weights), in ``dtype`` (None: the
    model's own). The model is copied; the gradient graph is built once and reused.

    ``unroll``: recurrent layers written out step by step (``unrolled_copy``); None:
    off the CPU, where cuDNN's fused RNN kernels have no double backward. On a CPU the
    fused kernels' double backward works (and is faster)."""
    if x.shape[0] == 0:
        raise ProbeError.of("curvature.no_data")
    if unroll is None:
        unroll = x.device.type != "cpu" and has_recurrent(model)
    clone = (unrolled_copy(model) if unroll else copy.deepcopy(model)).eval()
    if dtype is not None:
        clone = clone.to(dtype)
        x = x.to(dtype) if x.is_floating_point() else x
        y = y.to(dtype) if y.is_floating_point() else y
    params = list(clone.parameters())
    if center is not None:
        with torch.no_grad():
            for p, c in zip(params, center, strict=True):
                p.copy_(c)
    for p in params:
        p.requires_grad_(True)
    with torch.enable_grad():  # callers may run under no_grad (the training loop does)
        loss = objective.loss_of(clone(x), y)
        grads = torch.autograd.grad(loss, params, create_graph=True)
        flat_grad = torch.cat([g.reshape(-1) for g in grads])
    n = flat_grad.numel()

    def hvp(v: torch.Tensor) -> torch.Tensor:
        v = v.to(flat_grad.dtype)
        with torch.enable_grad():
            products = torch.autograd.grad(flat_grad, params, grad_outputs=v,
                                           retain_graph=True, allow_unused=True)
        return torch.cat([(torch.zeros_like(p) if h is None else h).reshape(-1)
                          for h, p in zip(products, params)]).detach()
    return hvp, n


def lanczos(matvec: Callable[[torch.Tensor], torch.Tensor], n: int, steps: int,
            like: torch.Tensor, seed: int = 0) -> torch.Tensor:
    """Ritz values (ascending) of a symmetric operator after ``steps`` Lanczos steps with
    full reorthogonalisation. When the Krylov space closes (an invariant subspace, e.g.
    repeated eigenvalues) it restarts from a fresh vector orthogonal to all before, so
    ``steps == n`` gives the whole spectrum."""
    generator = torch.Generator(device="cpu").manual_seed(seed)
    fresh = lambda: torch.randn(n, generator=generator, dtype=torch.float64).to(like)  # noqa: E731
    basis = torch.zeros(min(steps, n), n, dtype=like.dtype, device=like.device)
    alphas, betas = [], []
    v = fresh()
    v /= v.norm()
    # The operator's size so far (the largest |A v| seen): a step whose new direction is
    # tiny against it has closed the Krylov space. Measured against the step's own
    # numbers instead, a null space (an embedding's unused rows) passes rounding noise
    # off as a direction and the basis loses its orthogonality.
    size = 1e-30
    for j in range(basis.shape[0]):
        basis[j] = v
        w = matvec(v)
        size = max(size, float(w.norm()))
        alphas.append(torch.dot(w, v))
        for _ in range(2):  # twice is enough (Kahan)
            w = w - basis[:j + 1].T @ (basis[:j + 1] @ w)
        beta = w.norm()
        if j + 1 == basis.shape[0]:
            break
        if float(beta) <= 1e-10 * size:
            w = fresh()
            for _ in range(2):
                w = w - basis[:j + 1].T @ (basis[:j + 1] @ w)
            beta = torch.zeros((), dtype=like.dtype, device=like.device)
            v = w / w.norm()
        else:
            v = w / beta
        betas.append(beta)
    k = len(alphas)
    tridiagonal = torch.diag(torch.stack(alphas))
    if k > 1:
        off = torch.stack(betas[:k - 1])
        tridiagonal += torch.diag(off, 1) + torch.diag(off, -1)
    return torch.linalg.eigvalsh(tridiagonal.double().cpu())


def hessian_extremes(model: nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
                     center: Sequence[torch.Tensor] | None = None, steps: int | None = None,
                     tolerance: float | None = None, dtype: torch.dtype | None = torch.float64,
                     seed: int = 0, unroll: bool | None = None) -> Curvature:
    """The largest and smallest Hessian eigenvalue of the loss at ``center`` (default: the
    model's weights) and the number of negative ones: all of them exactly for models up to
    ``EXACT_LIMIT`` parameters, else from ``steps`` Lanczos steps (default 48).

    ``tolerance``: eigenvalues within it of zero count as flat (default: 1e-6 of the
    largest magnitude in float64, 1e-3 in float32). ``unroll``: as for
    ``hessian_vector_product``.
    """
    hvp, n = hessian_vector_product(model, objective, x, y, center, dtype, unroll)
    like = torch.zeros((), dtype=dtype or next(model.parameters()).dtype,
                       device=x.device)
    steps = n if steps is None and n <= EXACT_LIMIT else min(n, steps or DEFAULT_STEPS)
    ritz = lanczos(hvp, n, steps, like, seed)
    scale = float(ritz.abs().max())
    if tolerance is None:
        tolerance = scale * (1e-6 if like.dtype == torch.float64 else 1e-3)
    return Curvature(max_eig=float(ritz[-1]), min_eig=float(ritz[0]),
                     n_negative=int((ritz < -tolerance).sum()), n_params=n,
                     exact=steps >= n, tolerance=tolerance)
