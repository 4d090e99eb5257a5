"""What the recurrent probes share: which runs they apply to, where the recurrent layers
sit in the stack, their names, and how a sequence's steps and classes read as text."""

from __future__ import annotations

import torch

from engine.models.stack import Recurrent, StackModel
from engine.probes.conv_stack import probabilities
from engine.shared.messages import Message
from engine.shared.probe_options import ProbeError

#: Shown for characters that would be invisible in a row of tokens.
_VISIBLE = {" ": "␣", "\n": "⏎", "\t": "⇥", "\r": "↵"}
#: What a person calls each mode.
LABELS = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU"}


def require_sequences(session, what: Message):
    """The run's SequenceInfo, or ProbeError saying that ``what`` (the view's name, as a
    Message) reads sequences."""
    info = session.dataset.sequence
    if info is None:
        raise ProbeError.of("recurrent.not_sequences", what=what)
    return info


def recurrent_rows(model) -> list[tuple[int, Recurrent]]:
    """(stack row, 1-based, and module) of every top-level recurrent layer."""
    if not isinstance(model, StackModel):
        return []
    return [(row, layer) for row, layer in enumerate(model.layers, start=1)
            if isinstance(layer, Recurrent)]


def require_recurrent(session, what: Message
                      ) -> tuple[StackModel, list[tuple[int, Recurrent]]]:
    rows = recurrent_rows(session.model)
    if not rows:
        raise ProbeError.of("recurrent.no_recurrent_layer", what=what)
    return session.model, rows


def apply_layer(layer, x: torch.Tensor) -> torch.Tensor:
    """One stack layer's output; a recurrent layer reads from the zero state, whatever
    state truncated back-propagation may have left on it."""
    if isinstance(layer, Recurrent):
        return layer.rnn(x)[0]
    return layer(x)


def hidden_in_residual(model: StackModel) -> bool:
    """Whether a residual block holds a recurrent layer (the probes trace only top-level
    ones)."""
    return any(isinstance(module, Recurrent) for layer in model.layers
               if not isinstance(layer, Recurrent) for module in layer.modules())


def layer_name(layer: Recurrent, row: int, sublayer: int) -> str:
    """ "LSTM (row 2)", or "LSTM (row 2, 2/2)" for one of several stacked layers."""
    label = LABELS[layer.mode]
    if layer.rnn.num_layers == 1:
        return f"{label} (row {row})"
    return f"{label} (row {row}, {sublayer + 1}/{layer.rnn.num_layers})"


def visible(text: str) -> str:
    """A token or class name as it can be seen: a space shows as "␣", a newline as "⏎"."""
    return _VISIBLE.get(text, text)


def class_text(names, index: int) -> str:
    return visible(names[index]) if 0 <= index < len(names) else str(index)


def float_dtype(model: torch.nn.Module) -> torch.dtype:
    """The dtype the model computes in (float32, or float64 for a .double() copy)."""
    for p in model.parameters():
        if p.is_floating_point():
            return p.dtype
    return torch.get_default_dtype()


def as_input(session, x: torch.Tensor) -> torch.Tensor:
    """Inputs as the model reads them: token ids as they are, values in its dtype."""
    if x.is_floating_point():
        return x.to(float_dtype(session.model))
    return x


def step_outputs(raw: torch.Tensor, per_step: bool) -> torch.Tensor:
    """The raw outputs where targets are read, one row per (example, step): (N*T, C) for
    a per-step task, (N, C) for a task read at the last step."""
    if raw.dim() == 3:
        if per_step:
            return raw.reshape(-1, raw.shape[-1])
        return raw[:, -1]  # a stack without LastStep on a last-step task: read the end
    if per_step:
        raise ProbeError.of("recurrent.one_output_per_sequence")
    return raw


def step_targets(y: torch.Tensor, per_step: bool) -> torch.Tensor:
    return y.reshape(-1) if per_step else y


def class_probabilities(objective, rows: torch.Tensor) -> torch.Tensor:
    """(M, K) probabilities of rows of raw outputs (two classes: [1 - p, p])."""
    return probabilities(objective, rows)
