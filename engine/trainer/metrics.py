"""A run's losses and accuracies on its training and test examples, without dropout."""

from __future__ import annotations

import math

import torch

from engine.models.objective import Objective
from engine.shared.sequence_info import SequenceInfo
from engine.trainer.recurrent import sequences_measured

#: (loss, accuracy or None) of one split; the loss is NaN for a split with no examples.
SplitMetrics = tuple[float, float | None]


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
        raw = model(x)
        loss = float(objective.loss_of(raw, y))
        acc = None
        if objective.problem == "classification":
            # Per example, or per step of sequences with a target at every step.
            acc = float(objective.correct(raw, y)) / y.numel()
        results.append((loss, acc))
    model.train()
    return results, counts
