"""The hidden-state trace (issue 7): one sequence read by the net, with every recurrent
layer's h_t, the LSTM's c_t and the gates at every step, and what the net predicts.

Options: ``{"example": i}`` reads test sequence i (default 0; past the end reads the
last); ``{"text": "..."}`` reads text a person typed (character data only; characters
the model has never seen are left out, and at most MAX_TEXT characters are read).

The layers run in order in eval mode (no dropout). At each top-level recurrent layer the
states come from engine.probes.recurrent_cells' step-by-step loop over the module's own
weights, one trace per sub-layer (forward direction); what flows on to the next layer is
the module's own output, so the predictions are exactly the network's.
"""

from __future__ import annotations

import math

import numpy as np
import torch

from engine.models.stack import Recurrent
from engine.probes.conv_stack import measuring, to_numpy
from engine.probes.recurrent_cells import unroll_layers
from engine.probes.recurrent_stack import (
    LABELS,
    apply_layer,
    as_input,
    class_probabilities,
    class_text,
    hidden_in_residual,
    layer_name,
    require_recurrent,
    require_sequences,
    step_outputs,
    visible,
)
from engine.shared.messages import Message, message
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.recurrent import GATES, RecurrentLayerTrace, SequenceTrace

#: Characters of typed text read at most.
MAX_TEXT = 400
WHAT = message("probe.hidden_state_trace")


@implements("rnn_states")
def rnn_states_probe(session, options: dict) -> SequenceTrace:
    info = require_sequences(session, WHAT)
    model, _ = require_recurrent(session, WHAT)
    notes: list[Message] = []
    if "text" in options:
        x, target, example = _typed(session, info, options["text"], notes), None, -1
    else:
        example = _example(options.get("example", 0), int(session.x_test.shape[0]))
        x, target = session.x_test[example:example + 1], session.y_test[example]
    with measuring(model), torch.no_grad():
        layers, raw = _read(model, as_input(session, x), notes)
    if hidden_in_residual(model):
        notes.append(message("rnn_states.residual"))
    steps = int(x.shape[1])
    if example < 0:
        target = _typed_targets(session, info, x[0])
    return SequenceTrace(
        step=int(session.step_count), example=example,
        tokens=_labels(info, x[0]), values=None if info.layout == "tokens" else to_numpy(x[0]),
        layers=tuple(layers), targets_at="every" if info.per_step else "last",
        **_outcomes(session, info.per_step, raw, target, steps), notes=tuple(notes))


def _example(value: int, n: int) -> int:
    if n == 0:
        raise ProbeError.of("rnn_states.no_test_sequences")
    return min(max(value, 0), n - 1)


def _typed(session, info, text: str, notes: list[Message]) -> torch.Tensor:
    """Token ids (1, L) of typed text; unknown characters dropped (and said so)."""
    if info.layout != "tokens":
        raise ProbeError.of("rnn_states.text_needs_characters")
    if len(text) > MAX_TEXT:
        notes.append(message("rnn_states.text_cut", limit=MAX_TEXT))
        text = text[:MAX_TEXT]
    ids = {token: i for i, token in enumerate(info.vocab)}
    unknown = sorted({ch for ch in text if ch not in ids})
    if unknown:
        shown = " ".join(visible(ch) for ch in unknown)
        notes.append(message("rnn_states.unknown_characters", shown=shown))
    known = [ids[ch] for ch in text if ch in ids]
    if not known:
        raise ProbeError.of("rnn_states.no_known_characters")
    return torch.tensor([known], dtype=torch.long, device=session.device)


def _typed_targets(session, info, ids: torch.Tensor) -> torch.Tensor | None:
    """A character model's target at step t is the next typed character (the last step
    has none: NaN); any other task has no targets for typed text."""
    names = tuple(session.dataset.class_names)
    if not (info.per_step and names == tuple(info.vocab)
            and session.objective.problem == "classification"):
        return None
    target = torch.full((ids.shape[0],), math.nan, dtype=torch.float32)
    target[:-1] = ids[1:].to("cpu", torch.float32)
    return target


def _read(model, x: torch.Tensor, notes: list[Message]
          ) -> tuple[list[RecurrentLayerTrace], torch.Tensor]:
    traces = []
    for row, layer in enumerate(model.layers, start=1):
        if isinstance(layer, Recurrent):
            traces.extend(_trace(layer, row, x))
            if layer.rnn.bidirectional:
                notes.append(message("rnn_states.bidirectional", mode=LABELS[layer.mode],
                                     row=row))
        x = apply_layer(layer, x)
    raw = model.head(x) if model.head is not None else x
    return traces, raw


def _trace(layer, row: int, x: torch.Tensor) -> list[RecurrentLayerTrace]:
    runs, _ = unroll_layers(layer.rnn, x, keep_gates=True)
    traces = []
    for index, run in enumerate(runs):
        def first(values):  # (T, H) of the one sequence
            return to_numpy(torch.stack(values, dim=1)[0])
        traces.append(RecurrentLayerTrace(
            position=str(row), sublayer=index, name=layer_name(layer, row, index),
            mode=layer.mode, hidden=first(run.hidden),
            cell=first(run.cell) if run.cell is not None else None,
            gates=tuple((name, first(run.gates[name])) for name in GATES[layer.mode])))
    return traces


def _labels(info, x: torch.Tensor) -> tuple[str, ...]:
    if info.layout == "tokens":
        vocab = info.vocab
        return tuple(visible(vocab[i]) if i < len(vocab) else str(i) for i in x.tolist())
    return tuple(f"{float(v):.2f}" for v in x[:, 0].tolist())


def _outcomes(session, per_step: bool, raw: torch.Tensor, target, steps: int) -> dict:
    """targets, predictions, correct and confidence over all ``steps``."""
    rows = step_outputs(raw, per_step)  # (T, C), or (1, C) read at the last step
    at = list(range(steps)) if per_step else [steps - 1]
    wanted = [math.nan] * len(at) if target is None \
        else [float(v) for v in torch.as_tensor(target).reshape(-1).tolist()]
    has_target = [not math.isnan(v) for v in wanted]
    targets, predictions = [""] * steps, [""] * steps
    confidence = np.full(steps, np.nan, np.float32)
    objective = session.objective
    if objective.problem == "regression":
        values = rows[:, 0].tolist()
        for t, value, want, known in zip(at, values, wanted, has_target):
            predictions[t] = f"{value:.2f}"
            targets[t] = f"{want:.2f}" if known else ""
            confidence[t] = value
        return dict(targets=tuple(targets), predictions=tuple(predictions), correct=None,
                    confidence=confidence)
    names = tuple(session.dataset.class_names)
    probs = class_probabilities(objective, rows).to("cpu", torch.float64)
    chosen = probs.argmax(dim=1).tolist()
    correct = np.zeros(steps, bool)
    for t, row, guess, want, known in zip(at, probs, chosen, wanted, has_target):
        predictions[t] = class_text(names, guess)
        if known:
            k = int(want)
            targets[t] = class_text(names, k)
            correct[t] = guess == k
            confidence[t] = float(row[k]) if 0 <= k < row.shape[0] else math.nan
    return dict(targets=tuple(targets), predictions=tuple(predictions), correct=correct,
                confidence=confidence)
