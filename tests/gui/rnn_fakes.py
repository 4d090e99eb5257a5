"""Hand-built recurrent probe results and Snapshots carrying them for the recurrent views'
tests (tests/gui/test_rnn_views.py): the views draw them without a trainer."""

from __future__ import annotations

import numpy as np

from engine.shared.experiment import DataSettings, Experiment, NetworkSettings, TrainSettings
from engine.shared.layers.layer import Layer
from engine.shared.messages import message
from engine.shared.results.recurrent import (
    GATES,
    GradientTimeData,
    RecurrentLayerTrace,
    SampleData,
    SequenceTrace,
)
from engine.shared.snapshot import History, PointsSample, Snapshot

TEXT = 'she said "go (now)" and left; "why?" he asked.'


def layer_trace(mode: str, steps: int, units: int, seed: int = 0, position: str = "2",
                sublayer: int = 0) -> RecurrentLayerTrace:
    rng = np.random.default_rng(seed)
    t = np.arange(steps)[:, None]
    hidden = np.tanh(rng.normal(0, 1, (steps, units)) * 0.6
                     + np.sin(t / 3.0 + np.arange(units)[None, :])).astype(np.float32)
    gates = tuple((name, (1 / (1 + np.exp(-rng.normal(0, 2, (steps, units))))).astype(np.float32)
                   if name not in ("candidate", "new") else
                   np.tanh(rng.normal(0, 1, (steps, units))).astype(np.float32))
                  for name in GATES[mode])
    cell = (np.cumsum(rng.normal(0, 0.5, (steps, units)), axis=0).astype(np.float32)
            if mode == "lstm" else None)
    name = f"{mode.upper()} (row {position})" if sublayer == 0 else \
        f"{mode.upper()} (row {position}, {sublayer + 1}/2)"
    return RecurrentLayerTrace(position, sublayer, name, mode, hidden, cell, gates)


def quote_unit(text: str) -> np.ndarray:
    """+0.9 inside double quotes, -0.9 outside: a hand-made "quote unit"."""
    inside, out = False, []
    for ch in text:
        if ch == '"':
            inside = not inside
        out.append(0.9 if inside else -0.9)
    return np.array(out, np.float32)


def char_trace(text: str = TEXT, units: int = 24, step: int = 100,
               example: int = 0) -> SequenceTrace:
    steps = len(text)
    first = layer_trace("lstm", steps, units, seed=1)
    hidden = first.hidden.copy()
    hidden[:, 3] = quote_unit(text)
    first = RecurrentLayerTrace(first.position, 0, first.name, "lstm", hidden, first.cell,
                                first.gates)
    second = layer_trace("lstm", steps, 16, seed=2, sublayer=1)
    tokens = tuple("␣" if c == " " else c for c in text)
    targets = tokens[1:] + ("",)
    rng = np.random.default_rng(3)
    correct = rng.random(steps) < 0.6
    correct[-1] = False
    predictions = tuple(t if ok else "e" for t, ok in zip(targets, correct))
    predictions = predictions[:-1] + ("",)
    confidence = rng.random(steps).astype(np.float32)
    confidence[-1] = np.nan
    return SequenceTrace(step, example, tokens, None, (first, second), "every", targets,
                         predictions, correct, confidence,
                         (message("rnn_states.unknown_characters", shown="é"),))


def sine_trace(steps: int = 40, mode: str = "gru") -> SequenceTrace:
    x = np.sin(np.arange(steps) / 4.0).astype(np.float32)[:, None]
    tokens = tuple(f"{v:.2f}" for v in x[:, 0])
    targets = tuple(f"{v:.2f}" for v in np.roll(x[:, 0], -1))
    predictions = tuple(f"{v + 0.05:.2f}" for v in np.roll(x[:, 0], -1))
    return SequenceTrace(50, 2, tokens, x, (layer_trace(mode, steps, 12),), "every", targets,
                         predictions, None, np.roll(x[:, 0], -1), ())


def recall_trace(steps: int = 12) -> SequenceTrace:
    """A last-step task: remember the first symbol; the answer is read at the end."""
    tokens = ("B",) + ("·",) * (steps - 1)
    targets = ("",) * (steps - 1) + ("B",)
    predictions = ("",) * (steps - 1) + ("C",)
    correct = np.zeros(steps, bool)
    confidence = np.full(steps, np.nan, np.float32)
    confidence[-1] = 0.3
    return SequenceTrace(7, 0, tokens, None, (layer_trace("rnn", steps, 8),), "last", targets,
                         predictions, correct, confidence)


def gradient_data(vanishing: bool = True, clip: float | None = None,
                  steps: int = 30) -> GradientTimeData:
    t = np.arange(steps)
    norms = (0.7 ** (steps - 1 - t) if vanishing else 1.3 ** (steps - 1 - t)) * 0.1
    history_steps = np.arange(0, 2000, 10, dtype=np.int64)
    history_norms = 0.5 + np.abs(np.sin(history_steps / 200.0)) * 3
    return GradientTimeData(2000, "RNN (row 2)", norms.astype(np.float64), "last", 32, 1.7,
                            history_steps, history_norms, clip, 0)


def sample_data(prompt: str = "she said ", text: str = "the cat and the hat.") -> SampleData:
    return SampleData(300, prompt, 0.8, text, ("é",))


def snapshot(live: dict, problems: dict | None = None, dataset: str = "text",
             layers=None, clip: bool = False, threshold: float = 1.0,
             step: int = 100) -> Snapshot:
    """A running Snapshot carrying ``live`` probe results: "text" reads tokens, "sines"
    values, a point set no sequences."""
    if layers is None:
        layers = (Layer.make("embedding"), Layer.make("lstm", hidden_size=24))
    experiment = Experiment(DataSettings(dataset=dataset), NetworkSettings(layers=tuple(layers)),
                            TrainSettings(clip_gradients=clip, clip_threshold=threshold))
    # A probe's refusal travels as a Message; the fakes say it in English.
    refusals = {name: message("error.foreign", text=text)
                for name, text in (problems or {}).items()}
    none, no_points = np.zeros(0, np.float32), np.zeros((0, 2), np.float32)
    return Snapshot(
        step=step, epoch=0.0, running=True, device="cpu", problem="classification",
        n_classes=2, train_loss=0.5, test_loss=0.5, train_accuracy=None, test_accuracy=None,
        steps_per_second=0.0, history=History(none, none, none, none, none),
        points=PointsSample(0, no_points, none, no_points, none), experiment=experiment,
        extent=6.0, live=live, live_problems=refusals)
