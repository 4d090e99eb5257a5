"""The playground's input features in numpy, with no torch: the window computes a
perceptron's output while a person drags a slider, without a round trip to the trainer.

``engine.models.features`` is the torch twin the trainer uses; both read ``FEATURE_SCALE``.
"""

from __future__ import annotations

import numpy as np

from engine.shared.experiment import FEATURES, ExperimentError

#: Points span [-6, 6]; each feature is divided by about its typical size so that every
#: input reaches the net on a scale of a few units. Unscaled, x1*x2 reaches 36 and tanh
#: units start saturated: XOR with 4 tanh units then finds exact solutions far less often.
FEATURE_SCALE = {"x1": 3.0, "x2": 3.0, "x1^2": 9.0, "x2^2": 9.0, "x1*x2": 9.0,
                 "sin_x1": 1.0, "sin_x2": 1.0}


def feature_columns(x1, x2, features: tuple[str, ...], sin) -> list:
    """The scaled columns of ``features`` from the coordinates ``x1``, ``x2`` (numpy
    arrays or torch tensors alike; ``sin`` is that library's sine): the one table both
    the window and the trainer compute from."""
    columns = {
        "x1": lambda: x1, "x2": lambda: x2,
        "x1^2": lambda: x1 * x1, "x2^2": lambda: x2 * x2, "x1*x2": lambda: x1 * x2,
        "sin_x1": lambda: sin(x1), "sin_x2": lambda: sin(x2),
    }
    unknown = [f for f in features if f not in columns]
    if unknown:
        raise ExperimentError.of("features.unknown", n=len(unknown),
                                 names=", ".join(map(str, unknown)), choices=", ".join(FEATURES))
    return [columns[f]() / FEATURE_SCALE[f] for f in features]


def feature_values(points: np.ndarray, features: tuple[str, ...]) -> np.ndarray:
    """Map (N, 2) points to (N, len(features)) float32 network inputs, in the order
    given, each divided by its ``FEATURE_SCALE`` (the same numbers the trainer feeds)."""
    points = np.asarray(points, dtype=np.float32).reshape(-1, 2)
    columns = feature_columns(points[:, 0], points[:, 1], features, np.sin)
    if not columns:
        return np.zeros((points.shape[0], 0), np.float32)
    return np.stack(columns, axis=1).astype(np.float32)
