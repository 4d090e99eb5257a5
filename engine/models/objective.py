"""Losses, output transforms and accuracy for the three kinds of 2-D problem."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F


@dataclass(frozen=True)
class Objective:
    """What the network's raw outputs mean and how they are scored.

    problem "classification" with ``n_classes == 2`` uses one logit; more classes use one
    logit per class; "regression" uses one value.
    """
    problem: str
    n_classes: int
    #: "ce" (binary or multiclass cross-entropy) or "mse".
    loss: str

    @classmethod
    def resolve(cls, problem: str, n_classes: int, loss: str) -> Objective:
        if problem == "regression":
            return cls(problem, 1, "mse")
        return cls(problem, n_classes, "mse" if loss == "mse" else "ce")

    @property
    def n_outputs(self) -> int:
        return self.n_classes if self.problem == "classification" and self.n_classes > 2 else 1

    @property
    def is_binary(self) -> bool:
        return self.problem == "classification" and self.n_classes == 2

    def outputs(self, raw: torch.Tensor) -> torch.Tensor:
        """Probabilities of class 1 (binary, (N,)), class probabilities ((N, K)), or values.
        Outputs at every step of a sequence, (N, T, K), give (N, T) or (N, T, K)."""
        if self.is_binary:
            return torch.sigmoid(raw[..., 0])
        if self.problem == "classification":
            return torch.softmax(raw, dim=-1)
        return raw[..., 0]

    def loss_of(self, raw: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """Mean loss; ``target`` holds class indices (as float) or regression values. A
        sequence's outputs at every step, (N, T, K) against (N, T), count every step."""
        raw, target = _flat(raw, target)
        if self.problem == "regression":
            return F.mse_loss(raw[:, 0], target)
        if self.is_binary:
            if self.loss == "mse":
                return F.mse_loss(torch.sigmoid(raw[:, 0]), target)
            return F.binary_cross_entropy_with_logits(raw[:, 0], target)
        classes = target.long()
        if self.loss == "mse":
            onehot = F.one_hot(classes, self.n_classes).to(raw.dtype)
            return F.mse_loss(torch.softmax(raw, dim=1), onehot)
        return F.cross_entropy(raw, classes)

    def correct(self, raw: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """Number of correctly classified points (a 0-d tensor; every step of a sequence
        counts); only for classification."""
        raw, target = _flat(raw, target)
        if self.is_binary:
            return ((raw[:, 0] > 0) == (target > 0.5)).sum()
        return (raw.argmax(dim=1) == target.long()).sum()


def _flat(raw: torch.Tensor, target: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """(N, T, K) outputs and (N, T) targets as N*T rows; anything else as it is."""
    if raw.dim() == 3:
        return raw.reshape(-1, raw.shape[-1]), target.reshape(-1)
    return raw, target
