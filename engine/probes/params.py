"""Weights and biases of every Linear layer, copied out as numpy arrays."""

from __future__ import annotations

import numpy as np
import torch

from engine.models.network import MLP


@torch.no_grad()
def weights_and_biases(model: MLP) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...]]:
    weights = tuple(lin.weight.detach().to("cpu", copy=True).numpy() for lin in model.linears)
    biases = tuple(lin.bias.detach().to("cpu", copy=True).numpy() for lin in model.linears)
    return weights, biases
