"""Input features of the 2-D playground: x1, x2 and simple functions of them."""

from __future__ import annotations

import numpy as np
import torch

from engine.experiment import FEATURES

#: Labels shown in the window for each feature id.
FEATURE_LABELS = {
    "x1": "X₁", "x2": "X₂", "x1^2": "X₁²", "x2^2": "X₂²", "x1*x2": "X₁X₂",
    "sin_x1": "sin(X₁)", "sin_x2": "sin(X₂)",
}


def feature_tensor(points: torch.Tensor, features: tuple[str, ...]) -> torch.Tensor:
    """Map (N, 2) points to (N, len(features)) network inputs, in the order given."""
    x1, x2 = points[:, 0], points[:, 1]
    columns = {
        "x1": lambda: x1, "x2": lambda: x2,
        "x1^2": lambda: x1 * x1, "x2^2": lambda: x2 * x2, "x1*x2": lambda: x1 * x2,
        "sin_x1": lambda: torch.sin(x1), "sin_x2": lambda: torch.sin(x2),
    }
    unknown = [f for f in features if f not in columns]
    if unknown:
        raise ValueError(f"unknown feature(s) {unknown}: use {FEATURES}")
    return torch.stack([columns[f]() for f in features], dim=1)


def feature_array(points: np.ndarray, features: tuple[str, ...]) -> np.ndarray:
    """Numpy twin of ``feature_tensor`` (float32), for tests and thumbnails."""
    return feature_tensor(torch.from_numpy(np.asarray(points, np.float32)), features).numpy()
