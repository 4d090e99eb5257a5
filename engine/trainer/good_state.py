"""The last finite weights of a run, so a diverged run can go back to them."""

from __future__ import annotations

import torch


class GoodState:
    """The weights of step ``step``, kept at every snapshot: copied into buffers made
    once per model, not a fresh deep copy 30 times a second."""

    @torch.no_grad()
    def __init__(self, model: torch.nn.Module, step: int) -> None:
        self.step = step
        self.buffers = [p.detach().clone() for p in model.parameters()]

    @torch.no_grad()
    def remember(self, model: torch.nn.Module, step: int) -> None:
        for buffer, parameter in zip(self.buffers, model.parameters(), strict=True):
            buffer.copy_(parameter)
        self.step = step

    @torch.no_grad()
    def restore(self, model: torch.nn.Module) -> int:
        """Copy the kept weights back into ``model``; returns their step."""
        for buffer, parameter in zip(self.buffers, model.parameters(), strict=True):
            parameter.copy_(buffer)
        return self.step
