"""Scores of many weight points at once: the mean loss and the number correct of raw
outputs shaped (P, N, ...), one row of outputs per weight point.

``scorer`` returns the objective's own scoring under ``torch.vmap`` for any objective,
or, for cross-entropy on class labels, a faster hand-written one -- used only after it
has matched the objective (ties included) on planted outputs. The binary one costs about
a third of vmap's on a CPU: logarithms of products of sigmoids instead of a softplus per
sample, and the count as a matrix-vector product instead of a boolean reduction
(``_BinaryScores``)."""

from __future__ import annotations

from collections.abc import Callable

import torch
from torch import nn
from torch.func import vmap

from engine.probes.scratch import scratch

#: (raw outputs (P, N, ...)) -> (mean loss (P,), number correct (P,) or None).
Scorer = Callable[[torch.Tensor], tuple[torch.Tensor, torch.Tensor | None]]


def scorer(objective, y: torch.Tensor, n_outputs: int, dtype: torch.dtype,
           fast: bool = True) -> Scorer:
    """The objective's loss and number correct at P points; ``fast``: the hand-written
    cross-entropy when it agrees with the objective on this data."""
    classify = objective.problem == "classification"
    losses = vmap(objective.loss_of, in_dims=(0, None))
    correct = vmap(objective.correct, in_dims=(0, None)) if classify else None

    def general(raw: torch.Tensor):
        return losses(raw, y), None if correct is None else correct(raw, y)
    # Targets per time step (N, T) give outputs (P, N, T, K): the objective's own way.
    candidate = _cross_entropy(objective, y) if fast and y.ndim == 1 else None
    if candidate is None:
        return general
    # Planted outputs: large, small and exactly tied logits (ties count as the objective
    # counts them), checked against the objective one point at a time.
    raw = torch.randn(3, y.shape[0], n_outputs, generator=torch.Generator().manual_seed(0),
                      dtype=torch.float64).to(y.device, dtype) * 4
    raw[0, : y.shape[0] // 2] = 0
    want_loss = torch.stack([objective.loss_of(r, y) for r in raw])
    want_correct = torch.stack([objective.correct(r, y) for r in raw]).to(torch.int64)
    got_loss, got_correct = candidate(raw.clone())
    if torch.allclose(got_loss, want_loss, rtol=1e-5, atol=1e-6) and torch.equal(
            got_correct.to(torch.int64), want_correct):
        return candidate
    return general


def _cross_entropy(objective, y: torch.Tensor) -> Scorer | None:
    if not (objective.loss == "ce" and objective.problem == "classification"
            and bool((y == y.round()).all())):
        return None
    if objective.is_binary:
        return _BinaryScores(y) if bool(((y == 0) | (y == 1)).all()) else None
    labels = y.long()

    def scores(raw: torch.Tensor):
        flat = nn.functional.cross_entropy(
            raw.reshape(-1, raw.shape[-1]), labels.repeat(raw.shape[0]), reduction="none")
        return (flat.view(raw.shape[0], -1).mean(dim=1),
                torch.count_nonzero(raw.argmax(dim=-1) == labels, dim=1))
    return scores


class _BinaryScores:
    """Binary cross-entropy with logits, and the number of logits on the right side.

    With t the signed logit (-logit for class 1, +logit for class 0) a sample's loss is
    softplus(t) = relu(t) - log(sigmoid(|t|)). torch's softplus costs ~4x its sigmoid on
    a CPU, and a logarithm ~2x, so the logarithms are taken of products: sigmoid(|t|)
    lies in [1/2, 1), so a product of ``GROUP`` of them stays far above float32's
    smallest number, and log of the product is the sum of the logs to float32 rounding.
    A sample counts as correct when (logit > 0) == (class 1): with s = [logit > 0] (as
    floats) that is s for class 1 and 1 - s for class 0, so the count is
    n0 + s @ (2y - 1) -- exact in float32 below 2**24 samples, and ~5x faster than
    counting a boolean tensor.
    """

    GROUP = 64

    def __init__(self, y: torch.Tensor) -> None:
        self.flip = 1 - 2 * y          # logit -> the signed logit t
        self.label_sign = 2 * y - 1
        self.n, self.n0 = y.shape[0], float((y == 0).sum())
        self._views: dict[tuple, torch.Tensor] = {}

    def __call__(self, raw: torch.Tensor):
        logits = raw[..., 0]
        p, n = logits.shape
        flip, label_sign = (v.to(logits.dtype) for v in (self.flip, self.label_sign))
        work = scratch("scores", (p, n), logits, self._views)
        positive = torch.gt(logits, 0, out=work)  # 1.0 where the logit is positive
        correct = torch.mv(positive, label_sign).add_(self.n0)
        # |t| = |logit|, padded with ones (log 1 = 0) to whole groups.
        width = -(-n // self.GROUP) * self.GROUP
        padded = scratch("score groups", (p, width), logits, self._views)
        padded[:, n:].fill_(1.0)
        size = torch.abs(logits, out=padded[:, :n])
        # sum relu(t) = (sum t + sum |t|) / 2: two reductions, no pass that writes. (It
        # rounds to about 6e-8 of the mean |logit| in float32: 1e-6 at logits of 16.)
        relu_sum = torch.addmv(size.sum(dim=1), logits, flip).mul_(0.5)
        size.sigmoid_()
        log_sum = padded.view(p, -1, self.GROUP).prod(dim=2).log_().sum(dim=1)
        return relu_sum.sub_(log_sum).div_(n), correct
