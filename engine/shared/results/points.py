"""What the demo views' probes return (engine/shared/probe_registry.py), torch-free.

These values travel inside Snapshots to the window's process, where unpickling imports
the module that defines them: here, not next to the probes, so the window never loads
torch (a test unpickles a snapshot in a fresh process to keep it so).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class WarpData:
    #: The hidden layer shown (1-based) and the width of every hidden layer.
    layer: int
    layer_sizes: tuple[int, ...]
    #: The two units on the axes (0-based); None under PCA.
    units: tuple[int, int] | None
    #: Share of the variance along each plotted component (PCA only).
    explained: tuple[float, float] | None
    axis_labels: tuple[str, str]
    #: (lines, samples, 2): the input grid's polylines (x1 = const first, then x2 = const),
    #: in the input plane and mapped into the plotted plane of the hidden space.
    grid_input: np.ndarray
    grid_hidden: np.ndarray
    #: (N, 2) training points in the plotted plane, and their labels (class or value).
    points_hidden: np.ndarray
    labels: np.ndarray
    #: The plotted plane inside the layer's space: (units,) and (2, units).
    origin: np.ndarray
    basis: np.ndarray
    #: Coefficients (a, b, c) of the decision line a*u + b*v + c = 0 in plot coordinates,
    #: a segment of it (2, 2) long enough to cross the data, and a DECISION_NOTES key.
    decision: np.ndarray | None
    decision_segment: np.ndarray | None
    decision_status: str
    #: Network output over the input square, as the boundary probe has it (coarse).
    output: np.ndarray | None
    extent: float


@dataclass(frozen=True)
class BackpropData:
    """Every number of one point's forward and backward pass.

    Unit layers are numbered 0 (the inputs), 1..H (hidden), H+1 (the output). Per unit
    layer: ``z`` (total input; the inputs' own values for layer 0), ``y`` (output),
    ``f_prime`` (dy/dz; 1 for the inputs, the diagonal of the Jacobian for a softmax),
    ``dE_dy`` and ``dE_dz``. Per Linear layer l (from unit layer l to l+1): ``weights``
    (out, in), ``biases``, their gradients and the SGD change -lr * gradient.
    """
    index: int                       # training point, a row of the snapshot's x_train
    step: int                        # the session's step count when measured
    point: tuple[float, float]       # raw (x1, x2)
    features: tuple[str, ...]        # names of the input units
    target: float                    # class index, or regression value
    #: The output unit's f: "sigmoid" (two classes), "softmax" (more) or "linear".
    output_function: str
    #: E for this point: "bce", "ce", "mse" (on sigmoid/softmax outputs or on a value).
    loss: str
    activations: tuple[str, ...]     # f of each hidden layer
    output: np.ndarray               # y of the output layer: probabilities or the value
    error: float                     # E of this point alone (no batch mean, no penalty)
    learning_rate: float
    z: tuple[np.ndarray, ...]
    y: tuple[np.ndarray, ...]
    f_prime: tuple[np.ndarray, ...]
    dE_dy: tuple[np.ndarray, ...]
    dE_dz: tuple[np.ndarray, ...]
    weights: tuple[np.ndarray, ...]
    biases: tuple[np.ndarray, ...]
    dE_dw: tuple[np.ndarray, ...]
    dE_db: tuple[np.ndarray, ...]
    delta_w: tuple[np.ndarray, ...]
    delta_b: tuple[np.ndarray, ...]
