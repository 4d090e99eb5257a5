"""Held-out sentence accuracy of every translator of a run (engine/probes/
translation_scores.py), kept as curves: run 1 and a comparison's other runs, so the
translator with attention and the one without are measured on the same sentences.

Greedy decoding of a few hundred sentences costs tens of milliseconds per model, so a
live run measures again at most every ``REFRESH_SECONDS`` (the curves need no more); a
headless run's end measures every held-out sentence."""

from __future__ import annotations

import time

import numpy as np

from engine.probes.translation_scores import by_length, runs_of, sentence_correct
from engine.shared.results.translation import RunAccuracy, TranslationMetrics

#: Held-out sentences a live snapshot translates per model.
LIVE_HELD_OUT = 200
REFRESH_SECONDS = 1.0
MAX_ROWS = 2000


class TranslationWatch:
    def __init__(self, clock=time.perf_counter) -> None:
        self._clock = clock
        self.clear()

    def clear(self) -> None:
        self._rows: dict[int, list[tuple[float, float]]] = {}
        self._last: TranslationMetrics | None = None
        self._measured_at = -1e9
        self._key = None

    def measure(self, trainer, full: bool = False) -> TranslationMetrics | None:
        """This snapshot's accuracies with the curves so far; None for other data."""
        session = trainer.session
        data = session.dataset.translations
        if data is None:
            return None
        sessions = runs_of(trainer)
        key = tuple((id(s.model), s.step_count) for s, _, _ in sessions)
        now = self._clock()
        if not full and self._last is not None and (
                key == self._key or now - self._measured_at < REFRESH_SECONDS):
            return self._last
        total = int(session.x_test.shape[0])
        n = total if full else min(total, LIVE_HELD_OUT)
        lengths = data.held_out_lengths()[:n]
        runs = []
        for index, (s, label, label_ko) in enumerate(sessions):
            correct = sentence_correct(s.model, s.x_test[:n], s.y_test[:n])
            rows = self._rows.setdefault(index, [])
            row = (float(s.step_count), float(correct.mean()) if n else float("nan"))
            if rows and rows[-1][0] == row[0]:
                rows[-1] = row
            else:
                rows.append(row)
                if len(rows) > MAX_ROWS:
                    rows[:] = rows[::2]
            table = np.array(rows, np.float64).reshape(-1, 2)
            sizes, accuracy, counts = by_length(correct, lengths)
            runs.append(RunAccuracy(label, label_ko, bool(s.experiment.network.attention),
                                    table[:, 0].copy(), table[:, 1].copy(),
                                    sizes, accuracy, counts))
        self._last = TranslationMetrics(tuple(runs), n, total)
        self._key, self._measured_at = key, now
        return self._last
