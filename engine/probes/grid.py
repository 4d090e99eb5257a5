"""Probes on a regular grid over the input plane: decision boundary and neuron heatmaps.

Grids are row-major: row i is x2 = y_i (ascending from -extent), column j is x1 = x_j.
The probes read the trainer (``reads="trainer"`` in the registry): its grid resolution
(SetGrid) and its grids of points, kept between snapshots.
"""

from __future__ import annotations

import numpy as np
import torch

from engine.models.features import feature_tensor
from engine.models.network import MLP
from engine.models.objective import Objective
from engine.shared.probe_registry import implements

#: Points per axis of the network panel's neuron maps (small pictures).
NEURON_GRID = 32


def grid_points(resolution: int, extent: float, device: torch.device | str = "cpu"
                ) -> torch.Tensor:
    """(G*G, 2) points of a G x G grid covering [-extent, extent]^2, row-major by x2."""
    axis = torch.linspace(-extent, extent, resolution, device=device)
    x2, x1 = torch.meshgrid(axis, axis, indexing="ij")
    return torch.stack([x1.reshape(-1), x2.reshape(-1)], dim=1)


def _to_numpy(tensor: torch.Tensor) -> np.ndarray:
    return tensor.detach().to("cpu", torch.float32, copy=True).numpy()


@torch.no_grad()
def boundary_on_grid(model: MLP, features: tuple[str, ...], objective: Objective,
                     points: torch.Tensor, resolution: int) -> np.ndarray:
    """Network output on the grid ``points``: (G, G) or (G, G, K) float32."""
    out = objective.outputs(model(feature_tensor(points, features)))
    shape = (resolution, resolution) + tuple(out.shape[1:])
    return np.ascontiguousarray(_to_numpy(out).reshape(shape))


@torch.no_grad()
def neuron_maps_on_grid(model: MLP, features: tuple[str, ...], objective: Objective,
                        points: torch.Tensor, resolution: int) -> tuple[np.ndarray, ...]:
    """Every neuron's output on the grid, per layer: inputs, hidden layers, output.

    Each entry is (units, G, G) float32. The output layer is shown through the objective
    (probability or value), so its map matches the decision boundary.
    """
    inputs = feature_tensor(points, features)
    layers = model.layer_outputs(inputs)
    raw_out = layers.pop()
    out = objective.outputs(raw_out)
    out = out[:, None] if out.ndim == 1 else out
    maps = []
    for tensor in (inputs, *layers, out):
        maps.append(np.ascontiguousarray(
            _to_numpy(tensor).T.reshape(-1, resolution, resolution)))
    return tuple(maps)


@implements("boundary")
def boundary_probe(trainer, options: dict) -> np.ndarray | None:
    """The output map at the trainer's resolution; None unless the data are 2-D points
    (the output map pictures their plane)."""
    s = trainer.session
    if not s.points_2d:
        return None
    return boundary_on_grid(s.model, s.experiment.network.features, s.objective,
                            trainer.grid_tensor(trainer.grid), trainer.grid)


@implements("neurons")
def neuron_maps_probe(trainer, options: dict) -> tuple[np.ndarray, ...] | None:
    """Every neuron's map; None unless the network panel can draw the net: the
    perceptron, on 2-D points."""
    s = trainer.session
    if not (isinstance(s.model, MLP) and s.points_2d):
        return None
    return neuron_maps_on_grid(s.model, s.experiment.network.features, s.objective,
                               trainer.grid_tensor(NEURON_GRID), NEURON_GRID)
