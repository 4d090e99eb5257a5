"""The runs of a comparison, trained together: the trainer's own session is run 1, the
others live here. Every step steps each run once, so their curves share one step axis.

A run that diverges is restored to its last finite weights and sits out (its message
says so) while the others go on: one bad learning rate must not end the race.
"""

from __future__ import annotations

import math

import numpy as np
import torch

from engine.shared.comparison import Comparison
from engine.shared.experiment import Experiment
from engine.shared.messages import Message, message
from engine.shared.snapshot import CompareData, RunData
from engine.trainer.history import HistoryRecorder
from engine.trainer.session import MEASURE_VALUES, TrainingSession

#: Points the gradient-norm probe reads: the whole training set of the toy data, a
#: fixed slice of a bigger one, so its cost does not grow with the data.
GRADIENT_POINTS = 512


class Run:
    """One run of a comparison: a session, its history, and whether it sits out."""

    def __init__(self, session: TrainingSession) -> None:
        self.session = session
        self.history = HistoryRecorder()
        self.stopped: Message | None = None  # why this run no longer steps

    def restart(self) -> None:
        self.stopped = None
        self.history.clear()
        self.history.record(0, *self.session.measure())


class CompareRuns:
    def __init__(self, comparison: Comparison, base: Experiment,
                 first: TrainingSession) -> None:
        """Run 1 is ``first`` (the trainer's session); the others are built here."""
        self.comparison = comparison
        self.base = base
        variants = comparison.variants(base)
        first.set_experiment(variants[0], force_reset=True)
        self.first = first
        self.others = [Run(TrainingSession(v, device=first.device)) for v in variants[1:]]
        for run in self.others:
            run.restart()

    # -- changes -----------------------------------------------------------------------
    def set_base(self, base: Experiment) -> None:
        """A control changed: every run takes the change, keeping its own value."""
        self.base = base
        variants = self.comparison.variants(base)
        self.first.set_experiment(variants[0])
        for run, variant in zip(self.others, variants[1:], strict=True):
            step = run.session.step_count
            run.session.set_experiment(variant)
            if run.session.step_count != step or step == 0:
                run.restart()

    def reset(self) -> None:
        for run in self.others:
            run.session.reset()
            run.restart()

    # -- training ------------------------------------------------------------------------
    def step(self) -> None:
        for run in self.others:
            if run.stopped is None:
                run.session.step()

    def measure(self, label_of) -> None:
        """Record every other run's losses; a run whose loss went non-finite is put back
        to its last good weights and sits out."""
        for index, run in enumerate(self.others, start=2):
            s = run.session
            metrics = s.measure(MEASURE_VALUES)
            if run.stopped is None and (not math.isfinite(metrics[0])
                                        or not s.parameters_finite()):
                bad = s.step_count
                good = s.restore_good_state()
                run.stopped = message("training.run_diverged", index=index,
                                      label=label_of(index - 1), bad_step=bad, good_step=good)
                metrics = s.measure(MEASURE_VALUES)
            elif run.stopped is None:
                s.remember_good_state()
            run.history.record(s.step_count, *metrics)

    def data(self, first_history) -> CompareData:
        """Every run's curves, current metrics and per-layer gradient norms; run 1's
        history is the trainer's (``first_history``, a History already)."""
        runs = []
        sessions = [(self.first, first_history, None)] + [
            (run.session, run.history, run.stopped) for run in self.others]
        for index, (session, history, stopped) in enumerate(sessions):
            view = history if index == 0 else history.view()
            last = lambda column: float(column[-1]) if column.size else math.nan  # noqa: E731
            status = stopped or session.phase_message()
            runs.append(RunData(
                label=self.comparison.label(index, "en"),
                label_ko=self.comparison.label(index, "ko"),
                value=self.comparison.values[index], step=session.step_count,
                history=view, train_loss=last(view.train_loss), test_loss=last(view.test_loss),
                train_accuracy=last(view.train_accuracy),
                test_accuracy=last(view.test_accuracy),
                grad_norms=gradient_norms(session), status=status))
        return CompareData(vary=self.comparison.vary, setting=self.comparison.setting_name,
                           runs=tuple(runs))


def gradient_norms(session: TrainingSession) -> np.ndarray:
    """‖∂E/∂W‖ of every weight matrix, input side first, on a fixed slice of the training
    data, without dropout and without touching the gradients the optimizer reads."""
    model = session.model
    weights = list(model.weight_matrices())
    x, y = session.x_train[:GRADIENT_POINTS], session.y_train[:GRADIENT_POINTS]
    if x.shape[0] == 0 or not weights:
        return np.zeros(len(weights), np.float32)
    model.eval()
    try:
        with torch.enable_grad():
            loss = session.objective.loss_of(model(x), y)
            grads = torch.autograd.grad(loss, weights, allow_unused=True)
    finally:
        model.train()
    norms = [torch.zeros((), device=x.device) if g is None else torch.linalg.vector_norm(g)
             for g in grads]
    return torch.stack(norms).detach().to("cpu", copy=True).numpy().astype(np.float32)
