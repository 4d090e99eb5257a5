"""The arithmetic of one unit, in numpy, for the perceptron view.

The view redraws from a slider's value at once, without a round trip to the trainer, so
it needs its own copy of what the engine computes: the inputs (``feature_values``, the
same scaled features the trainer feeds), the weighted sum z = w·x + b and an activation
f(z). Nothing here imports Qt or torch, so it is tested like any numeric code.
"""

from __future__ import annotations

import numpy as np

from engine.shared.features import FEATURE_SCALE, feature_values

#: The activations the view can draw the unit's output with. Training always uses the
#: sigmoid (with cross-entropy): the step has no gradient to learn from.
ACTIVATIONS = ("step", "sigmoid", "tanh", "relu", "linear")

#: Features that are a multiple of a coordinate: with only these, z = 0 is a straight
#: line in the plane of points and the weight vector is its normal.
LINEAR_FEATURES = {"x1": 0, "x2": 1}

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def subscripted(letter: str, index: int) -> str:
    """'w', 0 -> 'w₁': weights and inputs are numbered from 1, as in the review."""
    return f"{letter}{index + 1}".translate(_SUBSCRIPTS)


def activate(name: str, z: np.ndarray) -> np.ndarray:
    """f(z) for one of ``ACTIVATIONS`` (float32)."""
    z = np.asarray(z, np.float32)
    if name == "step":
        return (z > 0).astype(np.float32)
    if name == "sigmoid":
        # exp of a large negative z overflows to inf harmlessly; silence the warning.
        with np.errstate(over="ignore"):
            return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, 0.0)
    if name == "linear":
        return z
    raise ValueError(f"unknown activation {name!r}: use one of {ACTIVATIONS}")


def colour_range(name: str, output: np.ndarray) -> tuple[float, float]:
    """Values mapped to the palette's two ends, so that f's threshold (z = 0) always sits
    on the neutral middle colour: the decision line runs along the colour change."""
    if name in ("step", "sigmoid"):
        return 0.0, 1.0
    if name == "tanh":
        return -1.0, 1.0
    # relu and linear are unbounded: scale to what the plane shows.
    top = float(np.abs(output).max()) if output.size else 1.0
    top = top if np.isfinite(top) and top > 0 else 1.0
    return -top, top


def grid_inputs(resolution: int, extent: float, features: tuple[str, ...]) -> np.ndarray:
    """(G*G, n) inputs on the engine's grid: row-major by x2, rising from -extent."""
    axis = np.linspace(-extent, extent, resolution, dtype=np.float32)
    x2, x1 = np.meshgrid(axis, axis, indexing="ij")
    points = np.stack([x1.reshape(-1), x2.reshape(-1)], axis=1)
    return feature_values(points, features)


def feature_inputs(point: np.ndarray, features: tuple[str, ...]) -> np.ndarray:
    """The unit's inputs (n,) at one point (X1, X2) of the plane."""
    return feature_values(np.asarray(point, np.float32)[None, :], features)[0]


def weighted_sum(inputs: np.ndarray, weights: np.ndarray, bias: float) -> np.ndarray:
    """z = w·x + b for every row of ``inputs`` (float32)."""
    return (inputs @ np.asarray(weights, np.float32) + np.float32(bias)).astype(np.float32)


def accuracy(inputs: np.ndarray, labels: np.ndarray, weights: np.ndarray,
             bias: float) -> float | None:
    """Share of points on their class's side of z = 0 (class 1 where z > 0), the rule
    the engine counts with; None when there are no points."""
    if len(labels) == 0:
        return None
    predicted = weighted_sum(inputs, weights, bias) > 0
    return float(np.mean(predicted == (np.asarray(labels) > 0.5)))


def plane_normal(weights: np.ndarray, features: tuple[str, ...]) -> np.ndarray | None:
    """The weight vector in the plane of points, (a1, a2) with z = a·p + b; None when a
    feature is not linear in the point (then z = 0 is a curve, not a line)."""
    normal = np.zeros(2, np.float64)
    for name, w in zip(features, np.asarray(weights, np.float64), strict=True):
        if name not in LINEAR_FEATURES:
            return None
        normal[LINEAR_FEATURES[name]] += w / FEATURE_SCALE[name]
    return normal


def decision_line(normal: np.ndarray, bias: float, extent: float
                  ) -> tuple[np.ndarray, np.ndarray] | None:
    """x and y of the segment of a·p + b = 0 inside [-extent, extent]^2, or None when the
    line misses the square (or the weights are all zero: no line at all)."""
    a1, a2 = float(normal[0]), float(normal[1])
    if max(abs(a1), abs(a2)) < 1e-12:
        return None
    # Solve for the coordinate whose coefficient is larger: no division by a tiny number.
    if abs(a2) >= abs(a1):
        xs = np.array([-extent, extent])
        ys = -(a1 * xs + bias) / a2
    else:
        ys = np.array([-extent, extent])
        xs = -(a2 * ys + bias) / a1
    return _clip_segment(xs, ys, extent)


def _clip_segment(xs: np.ndarray, ys: np.ndarray, extent: float
                  ) -> tuple[np.ndarray, np.ndarray] | None:
    """The part of the segment (xs[0], ys[0])-(xs[1], ys[1]) inside the square."""
    t0, t1 = 0.0, 1.0
    dx, dy = xs[1] - xs[0], ys[1] - ys[0]
    for p, q in ((-dx, xs[0] + extent), (dx, extent - xs[0]),
                 (-dy, ys[0] + extent), (dy, extent - ys[0])):
        if abs(p) < 1e-15:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
    if t0 > t1:
        return None
    ts = np.array([t0, t1])
    return xs[0] + ts * dx, ys[0] + ts * dy


def foot_of_normal(normal: np.ndarray, bias: float) -> np.ndarray:
    """The point of the line a·p + b = 0 nearest the origin."""
    return -bias * normal / float(normal @ normal)


def number(value: float, digits: int = 2) -> str:
    """A number as the formula writes it: a true minus sign, negatives in brackets."""
    text = f"{abs(value):.{digits}f}"
    return f"(−{text})" if value < 0 and float(text) != 0 else text


def formula(weights: np.ndarray, bias: float, inputs: np.ndarray, activation: str) -> str:
    """'z = w₁·x₁ + w₂·x₂ + b = 0.80×0.33 + (−1.20)×(−0.50) + 0.10 = 0.96;  y = f(z) = 0.72'
    for one point's inputs."""
    w = np.asarray(weights, np.float64)
    x = np.asarray(inputs, np.float64)
    names = [f"{subscripted('w', i)}·{subscripted('x', i)}" for i in range(len(w))]
    products = [f"{number(wi)}×{number(xi)}" for wi, xi in zip(w, x, strict=True)]
    z = float(weighted_sum(x[None, :].astype(np.float32), w, bias)[0])
    y = float(activate(activation, np.array([z]))[0])
    symbolic = " + ".join([*names, "b"])
    numeric = " + ".join([*products, number(bias)])
    return f"z = {symbolic} = {numeric} = {_signed(z)};   y = f(z) = {_signed(y)}"


def _signed(value: float) -> str:
    text = f"{abs(value):.2f}"
    return f"−{text}" if value < 0 and float(text) != 0 else text
