"""The optimizer a run's settings name, and the weight penalty added to its loss."""

from __future__ import annotations

import torch

from engine.shared.experiment import ExperimentError, TrainSettings


def make_optimizer(name: str, params, lr: float) -> torch.optim.Optimizer:
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if name == "momentum":
        return torch.optim.SGD(params, lr=lr, momentum=0.9)
    if name == "adam":
        return torch.optim.Adam(params, lr=lr)
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr)
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=lr)
    raise ExperimentError.of("training.unknown_optimizer", name=name)


def weight_penalty(model: torch.nn.Module, training: TrainSettings) -> torch.Tensor | float:
    """L1 or L2 regularisation of the model's weight matrices (0.0 when off)."""
    if training.regularization == "none" or training.reg_rate == 0:
        return 0.0
    weights = model.weight_matrices()
    if training.regularization == "l1":
        return training.reg_rate * sum(w.abs().sum() for w in weights)
    return training.reg_rate * 0.5 * sum((w * w).sum() for w in weights)
