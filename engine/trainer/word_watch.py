"""The word scores at every snapshot of a word run (engine/probes/word_scores.py), kept
as curves: the neural language model's held-out perplexity beside the Kneser-Ney
trigram's, and the in-group nearest-neighbour share of the word vectors."""

from __future__ import annotations

import math

import numpy as np

from engine.probes.word_scores import (
    embedding_matrix,
    held_out_count,
    kneser_ney,
    neighbour_share,
    neural_logprobs,
    perplexity,
)
from engine.shared.results.words import WordMetrics

#: Held-out predictions a live snapshot scores (whole sentences): a few milliseconds.
LIVE_HELD_OUT = 6000
MAX_ROWS = 2000


class WordWatch:
    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._rows: list[tuple[float, float, float]] = []

    def state(self) -> np.ndarray:
        """The curves so far as (n, 3) float64 rows (step, perplexity, share): a saved run
        keeps them, so an opened one draws them from its start, as the loss curves."""
        return np.array(self._rows, np.float64).reshape(-1, 3)

    def load_state(self, rows: np.ndarray) -> bool:
        """Take curves saved by ``state``; False (and nothing changes) when they are not
        such rows: steps increasing, at most MAX_ROWS of them."""
        rows = np.asarray(rows)
        if (rows.dtype != np.float64 or rows.ndim != 2 or rows.shape[1] != 3
                or len(rows) > MAX_ROWS or not np.isfinite(rows[:, 0]).all()
                or (np.diff(rows[:, 0]) <= 0).any()):
            return False
        self._rows = [tuple(float(v) for v in row) for row in rows]
        return True

    def measure(self, session, full: bool = False) -> WordMetrics | None:
        """This snapshot's scores with the curves so far; None for data without words.
        ``full``: on every held-out prediction (a headless run's end)."""
        data = session.dataset
        if data.corpus is None:
            return None
        n = held_out_count(data, None if full else LIVE_HELD_OUT)
        nan = math.nan
        neural = trigram = nan
        if session.experiment.data.word_task == "lm":
            _, logprobs = kneser_ney(data.corpus)
            trigram = perplexity(logprobs[:n])
            neural = perplexity(neural_logprobs(session.model, session.x_test[:n],
                                                session.y_test[:n]))
        vectors = embedding_matrix(session.model)
        share = nan if vectors is None else neighbour_share(vectors, data.corpus.word_groups)
        row = (float(session.step_count), neural, share)
        if self._rows and self._rows[-1][0] == row[0]:
            self._rows[-1] = row
        else:
            self._rows.append(row)
            if len(self._rows) > MAX_ROWS:
                self._rows = self._rows[::2]
        table = np.array(self._rows, np.float64).reshape(-1, 3)
        return WordMetrics(table[:, 0].copy(), table[:, 1].copy(), table[:, 2].copy(),
                           trigram, n, int(data.y_test.shape[0]))
