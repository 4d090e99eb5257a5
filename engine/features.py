"""Input features of the 2-D playground: x1, x2 and simple functions of them."""

from __future__ import annotations

import numpy as np
import torch

from engine.experiment import FEATURES
from engine.feature_values import FEATURE_SCALE, feature_values

__all__ = ["FEATURE_SCALE", "feature_array", "feature_tensor"]


def feature_tensor(points: torch.Tensor, features: tuple[str, ...]) -> torch.Tensor:
    """Map (N, 2) points to (N, len(features)) network inputs, in the order given,
    each divided by its ``FEATURE_SCALE``."""
    x1, x2 = points[:, 0], points[:, 1]
    columns = {
        "x1": lambda: x1, "x2": lambda: x2,
        "x1^2": lambda: x1 * x1, "x2^2": lambda: x2 * x2, "x1*x2": lambda: x1 * x2,
        "sin_x1": lambda: torch.sin(x1), "sin_x2": lambda: torch.sin(x2),
    }
    unknown = [f for f in features if f not in columns]
    if unknown:
        raise ValueError(f"unknown feature(s) {unknown}: use {FEATURES}")
    return torch.stack([columns[f]() / FEATURE_SCALE[f] for f in features], dim=1)


def feature_array(points: np.ndarray, features: tuple[str, ...]) -> np.ndarray:
    """Numpy twin of ``feature_tensor`` (float32), for tests and thumbnails."""
    return feature_values(points, features)
