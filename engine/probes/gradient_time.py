"""Gradient through time (issue 7): how strongly the loss reaches back to each step's
hidden state, on a batch of test sequences. A plain tanh RNN shows the norms fading
toward t = 0 (vanishing); large recurrent weights make them grow (exploding).

Options: ``{"examples": n}``: the first n test sequences (default 32, at most 256).

What is reported, exactly. The measured layer is the top recurrent layer of the stack,
its last sub-layer (num_layers > 1), forward direction. Its h_0 .. h_{T-1} are the nodes
of engine.probes.recurrent_cells' loop; the layers above it and the head read them
stacked, and the loss is ``objective.loss_of`` as in training (mean over examples, and
over steps for a per-step task). For each example j, L_j is the loss of that example
alone (what loss_of gives on a batch of one); since examples do not mix in eval mode,
∂(Σ_i L_i)/∂h_t[j] = ∂L_j/∂h_t[j], so one backward pass of N × loss (= Σ_i L_i) gives
every example its own gradient. ``norms[t]`` is the mean over j of the Euclidean norm
‖∂L_j/∂h_t[j]‖: the total derivative, through every later step and every layer above.
(The batch-mean loss's gradient is 1/N of each example's; the per-example scale does not
shrink as the batch grows.) ``parameter_norm`` is ‖∂loss/∂θ‖ of the batch-mean loss over
all parameters, as training measures it before clipping. The probe runs in eval mode,
through the whole sequence whatever the training's truncation (reported in ``bptt``), and
never touches the live model's ``.grad`` or the optimiser.
"""

from __future__ import annotations

import math

import numpy as np
import torch

from engine.probes.conv_stack import StepCache, measuring
from engine.probes.recurrent_cells import unroll, unroll_layers
from engine.probes.recurrent_stack import (
    apply_layer,
    as_input,
    layer_name,
    require_recurrent,
    require_sequences,
    step_outputs,
    step_targets,
)
from engine.shared.messages import message
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.recurrent import GradientTimeData

DEFAULT_EXAMPLES = 32
MAX_EXAMPLES = 256
WHAT = message("probe.gradient_time_view")

_cache = StepCache()


@implements("gradient_time")
def gradient_time_probe(session, options: dict) -> GradientTimeData:
    info = require_sequences(session, WHAT)
    model, rows = require_recurrent(session, WHAT)
    n = _examples(options.get("examples", DEFAULT_EXAMPLES), int(session.x_test.shape[0]))
    key = _cache.key(session, options)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    row, top = rows[-1]
    x = as_input(session, session.x_test[:n])
    with measuring(model), torch.enable_grad():
        hidden, raw = _forward(model, top, x)
        outputs = step_outputs(raw, info.per_step)
        targets = step_targets(session.y_test[:n], info.per_step)
        if targets.is_floating_point():
            targets = targets.to(outputs.dtype)
        loss = session.objective.loss_of(outputs, targets)
        params = [p for p in model.parameters() if p.requires_grad]
        # N × the mean loss is the sum of the examples' own losses (see the docstring).
        grads = torch.autograd.grad(loss * n, hidden + params, allow_unused=True)
    norms = torch.stack([_example_norms(g, h) for g, h in zip(grads, hidden)])
    squares = sum(float(g.detach().double().pow(2).sum()) for g in grads[len(hidden):]
                  if g is not None)
    steps, history = _history(session)
    clip, bptt = _training_settings(session)
    data = GradientTimeData(
        step=int(session.step_count), layer=layer_name(top, row, top.rnn.num_layers - 1),
        norms=norms.detach().to("cpu", torch.float64).numpy().copy(),
        targets_at="every" if info.per_step else "last", examples=n,
        parameter_norm=math.sqrt(squares) / n, history_steps=steps, history_norms=history,
        clip=clip, bptt=bptt)
    _cache.put(key, data)
    return data


def _examples(value: int, available: int) -> int:
    if available == 0:
        raise ProbeError.of("gradient_time.no_test_sequences")
    return min(max(value, 1), MAX_EXAMPLES, available)


def _forward(model, top, x: torch.Tensor) -> tuple[list[torch.Tensor], torch.Tensor]:
    """The measured h_t (a list of graph nodes, (N, H) each) and the raw outputs."""
    hidden: list[torch.Tensor] = []
    for layer in model.layers:
        if layer is not top:
            x = apply_layer(layer, x)
            continue
        rnn = layer.rnn
        last = rnn.num_layers - 1
        _, below = unroll_layers(rnn, x, upto=last)  # what the last sub-layer reads
        run = unroll(rnn, below, last)
        hidden = run.hidden
        x = run.stacked_hidden()
        if rnn.bidirectional:
            x = torch.cat([x, unroll(rnn, below, last, reverse=True).stacked_hidden()], dim=2)
    raw = model.head(x) if model.head is not None else x
    return hidden, raw


def _example_norms(grad: torch.Tensor | None, h: torch.Tensor) -> torch.Tensor:
    """Mean over the batch of each example's gradient norm (0 where h_t does not reach
    the loss)."""
    if grad is None:
        return h.new_zeros((), dtype=torch.float64)
    return grad.detach().double().norm(dim=1).mean()


def _history(session) -> tuple[np.ndarray, np.ndarray]:
    steps, norms = session.gradient_history()
    return (np.array(steps, dtype=np.int64, copy=True),
            np.array(norms, dtype=np.float64, copy=True))


def _training_settings(session) -> tuple[float | None, int]:
    training = session.experiment.training
    clip = float(training.clip_threshold) if training.clip_gradients else None
    return clip, int(training.bptt)
