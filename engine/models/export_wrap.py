"""A run's network with its preprocessing and output function, as one torch module.

TorchScript and ONNX take this module (export_io says why): the preprocessing of the
data, then the network, then what the app shows. Every piece is written so that
torch.jit.script compiles it and a trace records it; the constants are plain numbers
in the module, so the export needs nothing beside it.
"""

from __future__ import annotations

import torch
from torch import nn

from engine.models.export_io import ExportIO
from engine.shared.features import FEATURE_SCALE


def _column(name: str, x1: torch.Tensor, x2: torch.Tensor) -> torch.Tensor:
    # The columns of engine.shared.features.feature_columns, in the same operations.
    if name == "x1":
        return x1
    if name == "x2":
        return x2
    if name == "x1^2":
        return x1 * x1
    if name == "x2^2":
        return x2 * x2
    if name == "x1*x2":
        return x1 * x2
    if name == "sin_x1":
        return torch.sin(x1)
    return torch.sin(x2)  # "sin_x2": PointFeatures takes only FEATURE_SCALE's names


class PointFeatures(nn.Module):
    """(batch, 2) points (x1, x2) -> (batch, F) input columns, each feature divided by its
    typical size, as the trainer feeds them (engine.shared.features)."""

    def __init__(self, features: tuple[str, ...]) -> None:
        super().__init__()
        self.scales = [float(FEATURE_SCALE[f]) for f in features]  # KeyError: no feature
        self.features = list(features)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x1, x2 = x[:, 0], x[:, 1]
        columns: list[torch.Tensor] = []
        for i in range(len(self.features)):
            columns.append(_column(self.features[i], x1, x2) / self.scales[i])
        return torch.stack(columns, dim=1)


class PixelScale(nn.Module):
    """Pixels in their files' units -> 0 to 1, flattened for the perceptron."""

    def __init__(self, pixel_max: float, flatten: bool) -> None:
        super().__init__()
        self.pixel_max = float(pixel_max)
        self.flatten = flatten

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x / self.pixel_max
        if self.flatten:
            x = x.reshape(x.shape[0], -1)
        return x


class Probability(nn.Module):
    """The one score -> the probability of class 1 (the network's last axis goes)."""

    def forward(self, y: torch.Tensor) -> torch.Tensor:
        return torch.sigmoid(y[..., 0])


class Probabilities(nn.Module):
    """The classes' scores -> their probabilities (softmax over the last axis)."""

    def forward(self, y: torch.Tensor) -> torch.Tensor:
        return torch.softmax(y, dim=-1)


class Value(nn.Module):
    """A regression's one output -> the value (the network's last axis goes)."""

    def forward(self, y: torch.Tensor) -> torch.Tensor:
        return y[..., 0]


class Exported(nn.Module):
    """prepare -> network -> finish: a person's raw input in, what the app shows out."""

    def __init__(self, network: nn.Module, prepare: nn.Module, finish: nn.Module) -> None:
        super().__init__()
        self.prepare = prepare
        self.network = network
        self.finish = finish

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.finish(self.network(self.prepare(x)))


def prepare_module(io: ExportIO) -> nn.Module:
    if io.kind == "points":
        return PointFeatures(io.features)
    if io.kind == "image":
        return PixelScale(io.pixel_max, io.flatten)
    return nn.Identity()


def finish_module(io: ExportIO) -> nn.Module:
    return {"probability": Probability, "probabilities": Probabilities,
            "value": Value}.get(io.output, nn.Identity)()


def wrap(network: nn.Module, io: ExportIO) -> nn.Module:
    """``network`` as its export runs it: the bare network for a design's plain input and
    raw scores, else wrapped in its preprocessing and output function."""
    if io.kind == "network" and io.output == "scores":
        return network
    return Exported(network, prepare_module(io), finish_module(io))
