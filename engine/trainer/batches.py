"""The order in which a run reads its training examples: a fresh permutation per epoch."""

from __future__ import annotations

import torch


class BatchOrder:
    """Minibatches of example indices, drawn from a generator seeded with the run's seed.

    ``generator``, ``order`` and ``cursor`` are the whole state: an experiment file
    saves and restores them (engine/trainer/checkpoint.py), so a reopened run reads the
    same batches it would have read."""

    def __init__(self, seed: int) -> None:
        self.generator = torch.Generator(device="cpu").manual_seed(seed)
        self.order = torch.empty(0, dtype=torch.long)
        self.cursor = 0

    def next(self, n: int, size: int, device: torch.device) -> torch.Tensor:
        """The indices of the next ``size`` of ``n`` examples, on ``device``."""
        if self.cursor + size > self.order.numel():
            self.order = torch.randperm(n, generator=self.generator).to(device)
            self.cursor = 0
        batch = self.order[self.cursor:self.cursor + size]
        self.cursor += size
        return batch
