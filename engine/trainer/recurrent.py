"""What training on sequences adds to a session: truncated back-propagation through time,
the whole gradient's norm remembered step by step (and clipped), and how many sequences a
live snapshot can afford to measure."""

from __future__ import annotations

from collections import deque

import numpy as np
import torch

from engine.models.stack import carried_state
from engine.shared.sequence_info import SequenceInfo

#: Training steps whose whole-gradient norm is remembered.
GRADIENT_HISTORY = 1000
#: Multiply-adds a live snapshot's metrics may spend per split on sequence data, and the
#: fewest sequences they read however big the net.
MEASURE_SEQUENCE_MACS = 200_000_000
MIN_SEQUENCES_MEASURED = 64


def truncated_loss(model: torch.nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
                   chunk: int, per_step: bool) -> torch.Tensor:
    """The loss of a batch of sequences read in chunks of ``chunk`` steps (0 or at least
    the length: in one go). The state goes on from chunk to chunk, the gradient stops at
    each chunk's start. Targets at every step: the mean over all steps, as without
    chunks; one target after the last step: the last chunk's loss, the others read
    without a graph (only their state reaches the loss)."""
    steps = x.shape[1]
    if not 0 < chunk < steps:
        return objective.loss_of(model(x), y)
    total = 0.0
    with carried_state(model):
        for start in range(0, steps, chunk):
            part = x[:, start:start + chunk]
            if per_step:
                share = part.shape[1] / steps
                total = total + share * objective.loss_of(model(part),
                                                          y[:, start:start + chunk])
            elif start + chunk >= steps:
                total = objective.loss_of(model(part), y)
            else:
                with torch.no_grad():
                    model(part)
    return total


class GradientWatch:
    """The whole gradient's norm at recent steps, kept as tensors (reading one would
    synchronise a GPU at every step) and turned into numbers only when asked."""

    def __init__(self) -> None:
        self._norms: deque[tuple[int, torch.Tensor]] = deque(maxlen=GRADIENT_HISTORY)

    def watch(self, model: torch.nn.Module, step: int, clip: float | None) -> None:
        """Remember the norm of the gradient now in ``model``; scale it down to ``clip``
        when it is larger (and clip is not None)."""
        params = [p for p in model.parameters() if p.grad is not None]
        if not params:
            return
        norm = torch.nn.utils.get_total_norm([p.grad for p in params])
        self._norms.append((step, norm.detach()))
        if clip is not None:
            torch.nn.utils.clip_grads_with_norm_(params, clip, norm)

    def history(self) -> tuple[np.ndarray, np.ndarray]:
        """(steps, norms before clipping), oldest first."""
        if not self._norms:
            return np.zeros(0, np.int64), np.zeros(0, np.float64)
        steps, norms = zip(*self._norms)
        return np.array(steps, np.int64), torch.stack(norms).double().cpu().numpy()


def sequences_measured(model: torch.nn.Module, sequence: SequenceInfo | None) -> int:
    """Sequences a live snapshot's metrics read per split: a recurrent net uses every
    weight at every step, so reading 3,000 texts of 64 characters through an LSTM of 128
    units took 0.8 s per snapshot; MEASURE_SEQUENCE_MACS keeps it near 0.03 s."""
    if sequence is None:
        return 1 << 62
    weights = sum(p.numel() for p in model.parameters())
    per_sequence = weights * sequence.length
    return max(MIN_SEQUENCES_MEASURED, MEASURE_SEQUENCE_MACS // max(1, per_sequence))
