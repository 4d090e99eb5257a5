"""A run's losses and accuracies on its training and test examples, without dropout."""

from __future__ import annotations

import math

import torch

from engine.models.objective import Objective
from engine.shared.sequence_info import SequenceInfo
from engine.trainer.recurrent import sequences_measured

#: (loss, accuracy or None) of one split; the loss is NaN for a split with no examples.
SplitMetrics = tuple[float, float | None]
#: Examples a forward pass reads at most when measuring. A whole split at once kept every
#: step's activations of 16,000 sequences alive (rnn-vs-lstm's trainer grew by ~80 MB a
#: run); in chunks the peak is a chunk's, and the losses are the same means.
MEASURE_CHUNK = 1024


@torch.no_grad()
def measure_splits(model: torch.nn.Module, objective: Objective,
                   splits: list[tuple[torch.Tensor, torch.Tensor]],
                   sequence: SequenceInfo | None, values: int | None
                   ) -> tuple[list[SplitMetrics], list[int]]:
    """Each split's metrics, and how many of its examples were read.

    ``values``: read the first examples of each split holding at most this many input
    numbers (a snapshot of a ConvNet on thousands of images would otherwise spend most
    of its time here)."""
    model.eval()
    results, counts = [], []
    for x, y in splits:
        if values is not None and x.shape[0]:
            n = max(1, min(x.shape[0], values // max(1, x[0].numel()),
                           sequences_measured(model, sequence)))
            x, y = x[:n], y[:n]
        counts.append(int(x.shape[0]))
        if x.shape[0] == 0:
            results.append((math.nan, None))
            continue
        results.append(_split_metrics(model, objective, x, y))
    model.train()
    return results, counts


def _split_metrics(model: torch.nn.Module, objective: Objective, x: torch.Tensor,
                   y: torch.Tensor) -> SplitMetrics:
    """The mean loss and the accuracy over ``x``, read MEASURE_CHUNK examples at a time:
    each chunk's mean weighted by its targets (every loss here is a mean over them)."""
    classify = objective.problem == "classification"
    total, correct = 0.0, 0
    for start in range(0, x.shape[0], MEASURE_CHUNK):
        xs, ys = x[start:start + MEASURE_CHUNK], y[start:start + MEASURE_CHUNK]
        raw = model(xs)
        # Per example, or per step of sequences with a target at every step.
        total += float(objective.loss_of(raw, ys)) * ys.numel()
        if classify:
            correct += int(objective.correct(raw, ys))
    loss = total / y.numel()
    return loss, (correct / y.numel() if classify else None)
