"""The activations of any layer of any model on test examples, one vector per example,
for the projector: the perceptron's hidden layers and output, or every top-level layer
of a builder stack (and its head), on points, images or sequences.

A layer's output becomes one row per example: images' maps are flattened (C·H·W), a
recurrent layer's states are read at the last step (what a sequence classifier reads),
and the input itself is layer 0 where it is made of numbers (token ids are not).
"""

from __future__ import annotations

import numpy as np
import torch

from engine.models.network import MLP
from engine.models.stack import StackModel
from engine.probes.conv_stack import measuring, to_numpy
from engine.probes.recurrent_stack import apply_layer

#: Numbers of one layer's activations a snapshot carries at most (about 2 MB): a wide
#: layer is shown on fewer examples, so the pipe never chokes on a ConvNet's maps.
MAX_VALUES = 500_000
#: Input numbers one probe pass reads at most: 1,000 digits, 250 28×28 images.
MAX_INPUT_VALUES = 200_000
#: Sequence steps one pass reads at most: a recurrent layer costs far more per input
#: number than the rest (250 of the grammar's 64-character lines, 400 of 20 steps).
MAX_SEQUENCE_STEPS = 16_000


def layer_names(session) -> list[str]:
    """The layers a person can pick, "0 input 64" first where the input is numbers."""
    model = session.model
    shapes = _output_widths(session)
    names = [] if _token_input(session) else [f"0 input {_width(session.x_test[:1])}"]
    if isinstance(model, MLP):
        acts = [type(a).__name__ for a in model.activations]
        for i, (act, width) in enumerate(zip(acts, shapes), start=1):
            names.append(f"{i} Linear·{act} {width}")
        names.append(f"out Linear {shapes[-1]}")
    elif isinstance(model, StackModel):
        for i, (layer, width) in enumerate(zip(model.stack, shapes), start=1):
            names.append(f"{i} {layer.label} {width}")
        if model.head is not None:
            names.append(f"out Linear {shapes[-1]}")
    return names


def default_layer(session) -> int:
    """The last hidden layer (the one before the output): where classes part most."""
    names = layer_names(session)
    has_head = names and names[-1].startswith("out ")
    return max(0, len(names) - (2 if has_head and len(names) > 1 else 1))


def activations(session, layer: int, limit: int) -> tuple[np.ndarray, np.ndarray, int]:
    """(vectors (n, dim) float32, the examples' targets (n,), n test examples there are)
    of layer ``layer`` (an index into ``layer_names``) on the first test examples: at
    most ``limit``, fewer for a wide layer or big inputs."""
    x, y = session.x_test, session.y_test
    total = int(x.shape[0])
    per_input = max(1, int(x[0].numel())) if total else 1
    n = min(total, limit, max(16, MAX_INPUT_VALUES // per_input))
    if x.dim() >= 2 and session.dataset.sequence is not None:
        n = min(n, max(16, MAX_SEQUENCE_STEPS // max(1, int(x.shape[1]))))
    rows = _rows(_outputs(session, x[:n])[layer])
    n = min(n, max(16, MAX_VALUES // max(1, rows.shape[1])))
    vectors = to_numpy(rows[:n])
    targets = y[:n]
    if targets.ndim > 1:  # a target per step: the last step's, as the states are read
        targets = targets[:, -1]
    return np.ascontiguousarray(vectors), to_numpy(targets), total


def _outputs(session, x: torch.Tensor) -> list[torch.Tensor]:
    """The input (unless token ids) and every layer's output on ``x``, in eval mode."""
    model = session.model
    with measuring(model), torch.no_grad():
        outputs = [] if _token_input(session) else [x]
        if isinstance(model, MLP):
            outputs.extend(model.layer_outputs(x))
        else:
            h = x
            for layer in model.layers:
                h = apply_layer(layer, h)
                outputs.append(h)
            if model.head is not None:
                outputs.append(model.head(h))
    return outputs


def _rows(output: torch.Tensor) -> torch.Tensor:
    """One row per example: a sequence's last step, an image's maps flattened."""
    if output.dim() == 3 and output.dtype.is_floating_point:
        output = output[:, -1]
    return output.reshape(output.shape[0], -1).to(torch.float32)


def _width(output: torch.Tensor) -> int:
    return int(_rows(output).shape[1])


def _output_widths(session) -> list[int]:
    outputs = _outputs(session, session.x_test[:1]) if session.x_test.shape[0] else []
    skip = 0 if _token_input(session) else 1
    return [_width(o) for o in outputs[skip:]]


def _token_input(session) -> bool:
    return not session.x_test.dtype.is_floating_point
