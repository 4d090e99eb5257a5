"""Weights and biases of every Linear layer, copied out as numpy arrays."""

from __future__ import annotations

import numpy as np
import torch

from engine.models.network import MLP
from engine.shared.probe_registry import implements


@torch.no_grad()
def weights_and_biases(model: MLP) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...]]:
    weights = tuple(lin.weight.detach().to("cpu", copy=True).numpy() for lin in model.linears)
    biases = tuple(lin.bias.detach().to("cpu", copy=True).numpy() for lin in model.linears)
    return weights, biases


@implements("params")
def params_probe(session, options: dict
                 ) -> tuple[tuple[np.ndarray, ...], tuple[np.ndarray, ...]] | None:
    """(weights, biases) of the perceptron; None for a stack of the layer builder. Needs
    no plane: the digits' first layer is drawn as 8×8 pictures."""
    if not isinstance(session.model, MLP):
        return None
    return weights_and_biases(session.model)
