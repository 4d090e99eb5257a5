"""Input features of the 2-D playground: x1, x2 and simple functions of them."""

from __future__ import annotations

import numpy as np
import torch

from engine.shared.features import FEATURE_SCALE, feature_columns, feature_values

__all__ = ["FEATURE_SCALE", "feature_array", "feature_tensor"]


def feature_tensor(points: torch.Tensor, features: tuple[str, ...]) -> torch.Tensor:
    """Map (N, 2) points to (N, len(features)) network inputs, in the order given,
    each divided by its ``FEATURE_SCALE``."""
    return torch.stack(feature_columns(points[:, 0], points[:, 1], features, torch.sin),
                       dim=1)


def feature_array(points: np.ndarray, features: tuple[str, ...]) -> np.ndarray:
    """Numpy twin of ``feature_tensor`` (float32), for tests and thumbnails."""
    return feature_values(points, features)
