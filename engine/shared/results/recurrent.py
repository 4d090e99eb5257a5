"""What the recurrent views' probes return, torch-free (see engine/shared/results/points.py for why
these live apart from the probes: the window unpickles them without loading torch).

Probes (engine/shared/probe_registry.py names):
- "rnn_states"    -> SequenceTrace: one sequence read by the net, step by step.
- "gradient_time" -> GradientTimeData: ‖∂loss/∂h_t‖ for every step t.
- "sample"        -> SampleData: text a character model writes after a prompt.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.shared.messages import Message

#: Gate names per recurrent cell, in the order PyTorch stacks their weights.
GATES: dict[str, tuple[str, ...]] = {
    "rnn": (),
    "lstm": ("input", "forget", "candidate", "output"),
    "gru": ("reset", "update", "new"),
}


@dataclass(frozen=True)
class RecurrentLayerTrace:
    """The states of one recurrent layer (one of an nn.LSTM's ``num_layers``)."""
    #: The stack row of the RNN/LSTM/GRU layer ("2") and, for num_layers > 1, which of
    #: its layers (0-based); a readable name for menus: "LSTM (row 2)", "LSTM (row 2, 2/2)".
    position: str
    sublayer: int
    name: str
    #: "rnn", "lstm" or "gru".
    mode: str
    #: (T, H) float32: h_t after reading step t (forward direction).
    hidden: np.ndarray
    #: (T, H) float32: the LSTM's cell state c_t; None for RNN and GRU.
    cell: np.ndarray | None
    #: Gate activations, (T, H) float32 each, names from ``GATES[mode]``.
    gates: tuple[tuple[str, np.ndarray], ...]


@dataclass(frozen=True)
class SequenceTrace:
    """One sequence read by the net: inputs, every recurrent layer's states, outputs."""
    step: int
    #: Which sequence: a test example's index, or -1 for text a person typed.
    example: int
    #: Label of each input step: the character ("(", "a", " "), or a value ("0.43").
    tokens: tuple[str, ...]
    #: (T, F) float32 inputs of a series; None for token inputs.
    values: np.ndarray | None
    layers: tuple[RecurrentLayerTrace, ...]
    #: "every" when the task has a target at every step, "last" when at the end only.
    targets_at: str
    #: Per step (length T; "" where the step has no target): the target and the net's
    #: prediction as text (class name, character or value).
    targets: tuple[str, ...]
    predictions: tuple[str, ...]
    #: (T,) bool where a target exists and the prediction is right (classification);
    #: None for regression.
    correct: np.ndarray | None
    #: (T,) float32 predicted values (regression) or the probability the net gives the
    #: target (classification); NaN where the step has no target.
    confidence: np.ndarray
    #: Anything the probe had to leave out or change (unknown characters dropped, only the
    #: forward direction of a bidirectional layer shown...), as Messages; () when none.
    notes: tuple[Message, ...] = ()


@dataclass(frozen=True)
class GradientTimeData:
    """How the loss's gradient reaches back through time, on a batch of test sequences."""
    step: int
    #: The recurrent layer measured (its name, as in RecurrentLayerTrace.name).
    layer: str
    #: (T,) float64: the mean over the batch of ‖∂loss/∂h_t‖ (the total derivative, through
    #: every later step), t = 0 .. T-1.
    norms: np.ndarray
    #: "every" or "last" (where the loss is read, as in SequenceTrace.targets_at).
    targets_at: str
    #: Sequences averaged over.
    examples: int
    #: ‖∂loss/∂θ‖ of all parameters on that batch, before any clipping.
    parameter_norm: float
    #: Recent training steps' whole-gradient norms before clipping: (n,) steps and norms.
    history_steps: np.ndarray
    history_norms: np.ndarray
    #: The clipping threshold in force, None when clipping is off.
    clip: float | None
    #: Truncated back-propagation length in force (0: through the whole sequence).
    bptt: int


@dataclass(frozen=True)
class SampleData:
    """Text a character model writes after ``prompt`` at ``temperature``."""
    step: int
    prompt: str
    temperature: float
    #: The generated continuation (without the prompt).
    text: str
    #: Characters of the prompt the model has never seen, left out.
    unknown: tuple[str, ...] = ()
