"""Loss landscapes: losses on a line or a plane through weight space, many points per call.

The plane is ``centre + alpha * d1 + beta * d2`` (points and directions are parameter
lists, see ``engine.probes.directions``). Grids are row-major like the other probes:
row i is ``betas[i]``, column j is ``alphas[j]``. Losses are the objective's data loss
(no regularisation penalty), with dropout off; the model itself is never changed.

Three ways to evaluate many weight points, picked by ``method`` ("auto": the first that
fits the model and reproduces its own output; ``engine.probes.landscape_plane``):

- "layers": a model that is a chain of modules (an ``nn.Sequential``, the playground
  MLP; found by ``torch.fx``) runs layer by layer with a leading axis of weight points
  (``LayerPlan``). The first layer is linear in its weights and sees fixed data, so its
  output anywhere on the plane is ``U0 + alpha * U1 + beta * U2``: it is never computed
  again after three passes. An MLP's later layers are one batched matrix product each
  (bias included) on features-first activations, tanh is a sigmoid with its affine parts
  folded into the weights, and binary cross-entropy is scored without boolean tensors
  (``engine.probes.landscape_scores``). ReLU before a max-pool moves after it (exact),
  pools are maxima of strided views, images stay channels-last, intermediates go into
  reused buffers, and a ConvNet's data go through in cache-sized blocks, a few points
  at a time.
- "vmap": any other module: ``torch.func.functional_call`` under ``torch.vmap`` over
  stacked parameter dicts, in chunks. Recurrent layers are unrolled first
  (``engine.probes.landscape_recurrent``): vmap cannot batch the fused RNN kernels.
- "loop": what vmap cannot batch: ``functional_call`` one point at a time, chunk by chunk.

``loss_grid_loop`` is the plain per-point loop (load weights, evaluate, repeat), kept as
the reference for tests and benchmarks. ``LandscapeJob`` computes a grid in slices
between training steps, coarse lattices first.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
from torch import nn

from engine.probes.directions import parameters_of, project_trajectory
from engine.probes.landscape_job import LandscapeJob, coarse_to_fine_order
from engine.probes.landscape_plane import METHODS, PlaneEvaluator, axis_values
from engine.probes.model_chain import frozen_copy

__all__ = ["METHODS", "LandscapeJob", "PlaneEvaluator", "coarse_to_fine_order", "loss_grid",
           "loss_grid_loop", "loss_line", "project_trajectory"]


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
    alphas, betas = axis_values(alphas).tolist(), axis_values(betas).tolist()
    classify = objective.problem == "classification"
    losses = torch.empty(len(betas), len(alphas), dtype=params[0].dtype)
    accuracies = torch.empty_like(losses)
    for i, b in enumerate(betas):
        for j, a in enumerate(alphas):
            for p, c, u, v in zip(params, center, d1, d2):
                p.copy_(c + a * u + b * v)
            raw = clone(x)
            losses[i, j] = objective.loss_of(raw, y)
            if classify:
                accuracies[i, j] = objective.correct(raw, y) / max(1, y.numel())
    return losses.numpy(), accuracies.numpy() if classify else None
