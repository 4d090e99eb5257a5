"""Directions through weight space for loss landscapes.

A point or direction in weight space is a list of tensors shaped like
``model.parameters()`` (same order, device and dtype); ``flatten`` and ``unflatten`` map
it to and from one flat vector. Directions never change the model.

Random directions follow Li et al., "Visualizing the Loss Landscape of Neural Nets"
(2018): a Gaussian direction is rescaled so that each filter (each slice along the first
dimension: a conv filter, a row of a linear weight) has the norm of the same filter of
the weights. Without it, layers of different scale make plots of different nets (or of
one net at two times) impossible to compare.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
from torch import nn

from engine.shared.probe_options import ProbeError

Params = list[torch.Tensor]

#: How a random direction is scaled: per filter (Li et al.), per parameter tensor, over
#: the whole model, or not at all.
NORMS = ("filter", "layer", "model", "none")
#: What happens to 1-D parameters (biases, normalisation scales): zeroed, or kept.
BIAS_MODES = ("ignore", "keep")


def parameters_of(model: nn.Module) -> Params:
    """A detached copy of the model's parameters: the current point in weight space."""
    return [p.detach().clone() for p in model.parameters()]


def flatten(tensors: Sequence[torch.Tensor]) -> torch.Tensor:
    """One flat vector from a list of tensors (a copy)."""
    return torch.cat([t.reshape(-1) for t in tensors])


def unflatten(vector: torch.Tensor, like: Sequence[torch.Tensor]) -> Params:
    """Split a flat vector into tensors shaped (and typed, and placed) like ``like``."""
    sizes = [t.numel() for t in like]
    if vector.numel() != sum(sizes):
        raise ProbeError.of("landscape.vector_size", values=vector.numel(),
                            parameters=sum(sizes))
    parts = torch.split(vector.reshape(-1), sizes)
    return [part.reshape(t.shape).to(device=t.device, dtype=t.dtype)
            for part, t in zip(parts, like)]


def _as_params(model_or_params: nn.Module | Sequence[torch.Tensor]) -> Params:
    if isinstance(model_or_params, nn.Module):
        return parameters_of(model_or_params)
    return [t.detach() for t in model_or_params]


def random_direction(model_or_params: nn.Module | Sequence[torch.Tensor], seed: int = 0,
                     norm: str = "filter", bias: str = "ignore", eps: float = 1e-10,
                     ) -> Params:
    """A seeded Gaussian direction, normalised to the weights.

    ``norm``: "filter" scales each filter (slice along dim 0) of every weight with two or
    more dimensions to that filter's norm in the weights; "layer" scales each tensor to
    the tensor's norm; "model" scales the whole direction to the whole model's norm;
    "none" leaves the Gaussian as drawn. ``bias``: "ignore" zeroes 1-D parameters (biases,
    normalisation scales), so the plane moves only the weights; "keep" keeps them, scaled
    as a whole to the vector's norm (a 1-D tensor has no filters).
    The same seed gives the same direction on any device.
    """
    if norm not in NORMS:
        raise ProbeError.of("landscape.unknown_norm", norm=repr(norm), norms=str(NORMS))
    if bias not in BIAS_MODES:
        raise ProbeError.of("landscape.unknown_bias_mode", bias=repr(bias),
                            modes=str(BIAS_MODES))
    weights = _as_params(model_or_params)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    # Drawn on the CPU in float64, so a seed means the same direction everywhere.
    raw = [torch.randn(w.shape, generator=generator, dtype=torch.float64) for w in weights]
    direction = []
    for w, d in zip(weights, raw):
        w64 = w.detach().to("cpu", torch.float64)
        if w.ndim <= 1 and bias == "ignore":
            d = torch.zeros_like(d)
        elif norm == "filter" and w.ndim >= 2:
            d_rows, w_rows = d.reshape(d.shape[0], -1), w64.reshape(w.shape[0], -1)
            scale = w_rows.norm(dim=1) / (d_rows.norm(dim=1) + eps)
            d = (d_rows * scale[:, None]).reshape(d.shape)
        elif norm in ("filter", "layer"):
            d = d * (w64.norm() / (d.norm() + eps))
        direction.append(d)
    if norm == "model":
        kept = [(w, d) for w, d in zip(weights, direction) if d.abs().sum() > 0]
        w_norm = torch.sqrt(sum((w.detach().double() ** 2).sum().cpu() for w, _ in kept))
        d_norm = torch.sqrt(sum((d ** 2).sum() for _, d in kept))
        direction = [d * (w_norm / (d_norm + eps)) for d in direction]
    return [d.to(device=w.device, dtype=w.dtype) for d, w in zip(direction, weights)]


def pca_directions(trajectory: Sequence[torch.Tensor] | torch.Tensor,
                   like: Sequence[torch.Tensor] | None = None,
                   ) -> tuple[torch.Tensor | Params, torch.Tensor | Params, tuple[float, float]]:
    """The top two principal directions of an optimisation path, and their share.

    ``trajectory``: recorded flat parameter vectors, oldest first, (n, D) or a sequence of
    (D,) vectors. The path is taken relative to its final point (the plane's centre), so
    the directions span the plane through the final point that stays closest to the
    path. Returns unit vectors d1, d2 (orthonormal, as flat vectors, or as parameter lists
    shaped like ``like``) and each one's explained variance ratio: its share of the path's
    squared distance from the final point.
    """
    path = torch.stack(list(trajectory)) if not torch.is_tensor(trajectory) else trajectory
    if path.ndim != 2 or path.shape[0] < 3:
        raise ProbeError.of("landscape.short_trajectory")
    offsets = (path[:-1] - path[-1]).double()
    _, s, vh = torch.linalg.svd(offsets, full_matrices=False)
    if vh.shape[0] < 2 or s[1] <= s[0] * 1e-12:
        raise ProbeError.of("landscape.flat_trajectory")
    total = float((s ** 2).sum())
    ratios = (float(s[0] ** 2) / total, float(s[1] ** 2) / total)
    d1, d2 = (vh[k].to(device=path.device, dtype=path.dtype) for k in (0, 1))
    # A sign convention, so the same path gives the same picture: the path starts at
    # positive coordinates.
    d1 = d1 if float(offsets[0] @ vh[0]) >= 0 else -d1
    d2 = d2 if float(offsets[0] @ vh[1]) >= 0 else -d2
    if like is not None:
        return unflatten(d1, like), unflatten(d2, like), ratios
    return d1, d2, ratios


def line_between(start: Sequence[torch.Tensor], end: Sequence[torch.Tensor]
                 ) -> tuple[Params, Params]:
    """(centre, direction) of the straight line start -> end: alpha 0 is start, 1 is end."""
    start = [t.detach() for t in start]
    return [t.clone() for t in start], [e.detach() - s for s, e in zip(start, end)]


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
