"""Held-out exact match and BLEU-4 of every captioner of a run (engine/probes/
caption_scores.py), kept as curves: run 1 and a comparison's other runs, so the
captioner with attention and the one without are measured on the same scenes.

Greedy captions of a hundred scenes cost a tenth of a second per model on this CPU, so
a live run measures again at most every ``REFRESH_SECONDS`` (the curves need no more); a
headless run's end measures every held-out scene."""

from __future__ import annotations

import math
import time

import numpy as np

from engine.data.scenes import CAPTION_STEPS
from engine.probes.caption_scores import attention_on_object, bleu4, exact_match, write_captions
from engine.probes.translation_scores import runs_of
from engine.shared.results.caption import CaptionMetrics, RunCaptionScores

#: Held-out scenes a live snapshot captions per model.
LIVE_SCENES = 100
REFRESH_SECONDS = 3.0
MAX_ROWS = 2000


def score_run(session, n: int) -> tuple[float, float, float, float]:
    """(exact match, BLEU-4, three-object exact match, attention on objects) of one
    captioner on the first ``n`` held-out scenes."""
    scenes = session.dataset.scenes
    held = scenes.held_out
    ids, _ = write_captions(session.model, held.images[:n], CAPTION_STEPS, session.device)
    hits = exact_match(ids, session.dataset.y_test[:n])
    written = [tuple(scenes.vocab.tokens(row)) for row in ids]
    bleu = bleu4(written, list(held.captions[:n]))
    three = held.object_counts()[:n] == 3
    exact_three = float(hits[three].mean()) if three.any() else math.nan
    on_object = attention_on_object(session.model, scenes, held, session.device, n)
    exact = float(hits.mean()) if n else math.nan
    return exact, float(bleu), exact_three, float(on_object)


class CaptionWatch:
    def __init__(self, clock=time.perf_counter) -> None:
        self._clock = clock
        self.clear()

    def clear(self) -> None:
        self._rows: dict[int, list[tuple[float, float, float]]] = {}
        self._last: CaptionMetrics | None = None
        self._measured_at = -1e9
        self._key = None

    def measure(self, trainer, full: bool = False) -> CaptionMetrics | None:
        """This snapshot's scores with the curves so far; None for other data."""
        session = trainer.session
        if session.dataset.scenes is None:
            return None
        sessions = runs_of(trainer)
        key = tuple((id(s.model), s.step_count) for s, _, _ in sessions)
        now = self._clock()
        if not full and self._last is not None and (
                key == self._key or now - self._measured_at < REFRESH_SECONDS):
            return self._last
        total = len(session.dataset.scenes.held_out.images)
        n = total if full else min(total, LIVE_SCENES)
        runs = [self._run(index, s, label, label_ko, n)
                for index, (s, label, label_ko) in enumerate(sessions)]
        self._last = CaptionMetrics(tuple(runs), n, total)
        self._key, self._measured_at = key, now
        return self._last

    def _run(self, index: int, session, label: str, label_ko: str, n: int
             ) -> RunCaptionScores:
        exact, bleu, exact_three, on_object = score_run(session, n)
        rows = self._rows.setdefault(index, [])
        row = (float(session.step_count), exact, bleu)
        if rows and rows[-1][0] == row[0]:
            rows[-1] = row
        else:
            rows.append(row)
            if len(rows) > MAX_ROWS:
                rows[:] = rows[::2]
        table = np.array(rows, np.float64).reshape(-1, 3)
        return RunCaptionScores(label, label_ko, bool(session.experiment.network.attention),
                                table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy(),
                                exact_three, on_object)
