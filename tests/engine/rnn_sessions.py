"""A TrainingSession's sequence surface built by hand, for the recurrent probes' tests
(test_rnn_states.py, test_rnn_gradient_sampling.py)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import torch

from engine.models.objective import Objective
from engine.models.stack import build
from engine.shared.experiment import Experiment, TrainSettings
from engine.shared.layers.layer import Layer
from engine.shared.layers.shape import Shape
from engine.shared.sequence_info import SequenceInfo

L = Layer.make
VOCAB = tuple("ab c\n().")


def make_session(stack, *, layout="tokens", per_step=True, problem="classification",
                 classes=VOCAB, steps=9, features=1, n=6, seed=0, double=False,
                 history=(np.arange(3), np.array([0.5, 2.0, 1.0]))):
    """A TrainingSession's sequence surface (engine/trainer/session.py's contract) by hand."""
    torch.manual_seed(seed)
    if layout == "tokens":
        shape = Shape.tokens(steps, len(VOCAB))
        x = torch.randint(0, len(VOCAB), (n, steps))
    else:
        shape = Shape.sequence(steps, features)
        x = torch.randn(n, steps, features)
    n_classes = len(classes) if problem == "classification" else 0
    objective = Objective.resolve(problem, n_classes, "ce")
    model = build(stack, shape, objective.n_outputs)
    if double:
        model = model.double()
    y_shape = (n, steps) if per_step else (n,)
    y = torch.randint(0, max(n_classes, 1), y_shape).float() if problem == "classification" \
        else torch.randn(y_shape)
    info = SequenceInfo(layout, VOCAB if layout == "tokens" else (), per_step, steps, features)
    training = TrainSettings(clip_gradients=True, clip_threshold=2.5, bptt=0)
    dataset = SimpleNamespace(sequence=info, class_names=tuple(classes), image_shape=None,
                              points_2d=False)
    return SimpleNamespace(
        dataset=dataset, model=model, x_test=x, y_test=y, objective=objective, step_count=11,
        data_version=0, experiment=Experiment(training=training), device=torch.device("cpu"),
        gradient_history=lambda: history)


def char_model(mode: str, **changes):
    """A small character model (two recurrent layers, a Linear and a tanh before the head)."""
    stack = (L("embedding", embedding_dim=4), L(mode, hidden_size=12, num_layers=2),
             L("linear", out_features=10), L("tanh"))
    return make_session(stack, steps=30, **changes)
