"""Space warping (Fig. 1a of the review): the input plane's grid lines and the training
points mapped through the network up to one hidden layer, seen in two of its directions.

The plotted plane is always ``h = origin + a * basis[0] + b * basis[1]``: for two chosen
units the basis is those units' axes (the other units held at their mean), for PCA the
two leading components through the mean. One description serves both, so the output's
decision line is computed the same way in either: the set ``w . h + c = 0`` in that plane.
"""

from __future__ import annotations

import numpy as np
import torch

from engine.models.features import feature_tensor
from engine.models.network import MLP
from engine.probes.grid import boundary_on_grid, grid_points
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.points import WarpData

#: Points per axis of the coarse output image drawn under the input-space grid.
OUTPUT_GRID = 64
#: Below this slope (per unit of the plane) the output is taken as flat: no line.
FLAT = 1e-9

#: Why there is or is not a decision line, as codes the view turns into sentences.
DECISION_NOTES = {
    "exact": "the data lie in the plotted plane: the line separates them exactly",
    "slice": "the line is where the output is zero in the plotted plane; points off the "
             "plane may fall on either side",
    "not-last-layer": "the output reads the last hidden layer: pick it to see the line",
    "not-binary": "more than two classes: the output has no single decision line",
    "regression": "a regression has no decision line",
    "flat": "the output does not change across the plotted plane",
}


@implements("warp")
def warp_probe(session, options: dict) -> WarpData:
    model = session.model
    if not session.dataset.points_2d:
        raise ProbeError.of("warp.not_points")
    if not isinstance(model, MLP):
        raise ProbeError.of("warp.not_a_perceptron")
    sizes = tuple(linear.out_features for linear in model.linears[:-1])
    if not sizes:
        raise ProbeError.of("warp.no_hidden_layer")
    layer = _layer_option(options.get("layer"), len(sizes))
    width = sizes[layer - 1]
    units = _units_option(options.get("units"), width)
    lines, samples = options["lines"], options["samples"]

    extent = float(session.dataset.extent)
    grid_input = _grid_lines(extent, lines, samples)
    was_training = model.training
    model.eval()  # no dropout in a measurement
    try:
        with torch.no_grad():
            flat_grid = torch.as_tensor(grid_input.reshape(-1, 2), device=session.device)
            features = session.experiment.network.features
            inputs = torch.cat([feature_tensor(flat_grid, features), session.x_train])
            hidden = _to_numpy64(_forward_to(model, inputs, layer))
            output = boundary_on_grid(model, features, session.objective,
                                      grid_points(OUTPUT_GRID, extent, session.device),
                                      OUTPUT_GRID)
            head = model.linears[-1]
            head_w, head_b = _to_numpy64(head.weight), _to_numpy64(head.bias)
    finally:
        model.train(was_training)

    raw_inputs = np.concatenate([grid_input.reshape(-1, 2),
                                 session.points_train.detach().cpu().numpy()])
    origin, basis, explained = _plane(hidden, units, raw_inputs)
    coords = (hidden - origin) @ basis.T
    n_grid = lines * 2 * samples
    grid_hidden = coords[:n_grid].reshape(2 * lines, samples, 2)
    points_hidden = coords[n_grid:]

    decision, segment, status = _decision(session.objective, layer == len(sizes), width,
                                          head_w, head_b, origin, basis, coords)
    return WarpData(
        layer=layer, layer_sizes=sizes,
        units=None if units == "pca" else units, explained=explained,
        axis_labels=_axis_labels(layer, width, units, explained),
        grid_input=grid_input.astype(np.float32), grid_hidden=grid_hidden.astype(np.float32),
        points_hidden=points_hidden.astype(np.float32),
        labels=session.y_train.detach().to("cpu", torch.float32, copy=True).numpy(),
        origin=origin.astype(np.float32), basis=basis.astype(np.float32),
        decision=decision, decision_segment=segment, decision_status=status,
        output=output, extent=extent)


# -- options ---------------------------------------------------------------------------
# (The registry checked their types: a whole layer number from 1, two unit numbers.)
def _layer_option(value: int | None, n_hidden: int) -> int:
    if value is None:
        return n_hidden
    # A layer beyond the net is a stale choice from before the net shrank: show the last.
    return min(int(value), n_hidden)


def _units_option(value, width: int):
    """Two distinct unit indices, or "pca"; the default is what reads best."""
    default = (0, 1) if width == 2 else (0, 0) if width == 1 else "pca"
    if width == 1:
        return (0, 0)  # one unit: the plane is crushed onto a line, nothing to choose
    if value is None:
        return default
    if value == "pca":
        return "pca"
    i, j = value
    if i == j:
        raise ProbeError.of("warp.same_units")
    if not (0 <= i < width and 0 <= j < width):
        return default  # stale: the layer became narrower
    return (i, j)


# -- geometry ----------------------------------------------------------------------------
def _grid_lines(extent: float, lines: int, samples: int) -> np.ndarray:
    """(2 * lines, samples, 2): lines x1 = const (x2 running), then x2 = const."""
    ticks = np.linspace(-extent, extent, lines, dtype=np.float32)
    run = np.linspace(-extent, extent, samples, dtype=np.float32)
    verticals = np.stack(np.broadcast_arrays(ticks[:, None], run[None, :]), axis=-1)
    horizontals = verticals[..., ::-1]
    return np.ascontiguousarray(np.concatenate([verticals, horizontals]))


def _forward_to(model: MLP, x: torch.Tensor, layer: int) -> torch.Tensor:
    """The output of hidden layer ``layer`` (1-based), after its activation."""
    for linear, activation in zip(model.linears[:layer], model.activations[:layer]):
        x = activation(linear(x))
    return x


def _to_numpy64(tensor: torch.Tensor) -> np.ndarray:
    return tensor.detach().to("cpu", torch.float64, copy=True).numpy()


def _plane(hidden: np.ndarray, units, raw_inputs: np.ndarray):
    """(origin, basis, explained) of the plotted plane in the layer's space."""
    width = hidden.shape[1]
    mean = hidden.mean(axis=0)
    if units != "pca":
        i, j = units
        basis = np.zeros((2, width))
        basis[0, i] = 1.0
        if j != i:
            basis[1, j] = 1.0
        origin = mean.copy()
        origin[[i, j]] = 0.0  # the plotted units read as themselves
        return origin, basis, None
    centred = hidden - mean
    _, singular, components = np.linalg.svd(centred, full_matrices=False)
    variance = singular ** 2
    total = float(variance.sum()) or 1.0
    basis = components[:2].copy()
    # A component's sign is arbitrary; flip each to agree with the input coordinate it
    # follows most, so the picture does not mirror itself from one frame to the next.
    scores = centred @ basis.T
    inputs = raw_inputs - raw_inputs.mean(axis=0)
    for k in range(2):
        agreement = inputs.T @ scores[:, k]
        strongest = np.argmax(np.abs(agreement) / (np.linalg.norm(inputs, axis=0) + 1e-12))
        if agreement[strongest] < 0:
            basis[k] = -basis[k]
    explained = (float(variance[0] / total), float(variance[1] / total))
    return mean, basis, explained


def _decision(objective, is_last: bool, width: int, head_w: np.ndarray, head_b: np.ndarray,
              origin: np.ndarray, basis: np.ndarray, coords: np.ndarray):
    """(coefficients, segment, status) of the output's decision line in the plane."""
    if objective.problem == "regression":
        return None, None, "regression"
    if not objective.is_binary:
        return None, None, "not-binary"
    if not is_last:
        return None, None, "not-last-layer"
    w, c = head_w[0], float(head_b[0])
    a, b = float(w @ basis[0]), float(w @ basis[1])
    offset = float(w @ origin) + c
    if np.hypot(a, b) < FLAT:
        return None, None, "flat"
    normal = np.array([a, b]) / np.hypot(a, b)
    low, high = coords.min(axis=0), coords.max(axis=0)
    centre = (low + high) / 2
    # The foot of the perpendicular from the data's centre, then far along the line both
    # ways: the view's axes clip it, so it always crosses the whole picture.
    foot = centre - (normal @ centre + offset / np.hypot(a, b)) * normal
    reach = 2.0 * max(float(np.linalg.norm(high - low)), 1.0)
    along = np.array([-normal[1], normal[0]])
    segment = np.stack([foot - reach * along, foot + reach * along])
    status = "exact" if width <= 2 else "slice"
    return (np.array([a, b, offset], np.float32), segment.astype(np.float32), status)


def _axis_labels(layer: int, width: int, units, explained) -> tuple[str, str]:
    if units == "pca":
        return (f"PC 1 ({explained[0]:.0%})".replace("%", " %"),
                f"PC 2 ({explained[1]:.0%})".replace("%", " %"))
    i, j = units
    if width == 1:
        return (f"h{layer} unit {i + 1}", "")
    return (f"h{layer} unit {i + 1}", f"h{layer} unit {j + 1}")
