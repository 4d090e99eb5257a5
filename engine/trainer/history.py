"""Loss/accuracy history recorded at snapshots, kept short by halving when it grows."""

from __future__ import annotations

import numpy as np

from engine.shared.snapshot import History

MAX_POINTS = 2000


class HistoryRecorder:
    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self._rows: list[tuple[float, float, float, float, float]] = []
        self._stride = 1  # record every n-th call once long
        self._calls = 0

    def record(self, step: int, train_loss: float, test_loss: float,
               train_acc: float | None, test_acc: float | None) -> None:
        self._calls += 1
        if self._rows and self._rows[-1][0] == step:
            self._rows[-1] = self._row(step, train_loss, test_loss, train_acc, test_acc)
            return
        if self._calls % self._stride:
            return
        self._rows.append(self._row(step, train_loss, test_loss, train_acc, test_acc))
        if len(self._rows) > MAX_POINTS:
            # Keep every second point: the curve keeps its shape, memory stays bounded.
            self._rows = self._rows[::2]
            self._stride *= 2

    @staticmethod
    def _row(step, train_loss, test_loss, train_acc, test_acc):
        nan = float("nan")
        return (float(step), train_loss, test_loss,
                nan if train_acc is None else train_acc, nan if test_acc is None else test_acc)

    # -- an experiment file holds the recorder whole (engine/trainer/checkpoint.py) ------
    def state(self) -> tuple[list[tuple[float, ...]], int, int]:
        """(rows, stride, calls): what continues this recorder exactly."""
        return self._rows, self._stride, self._calls

    def load_state(self, rows: list[tuple[float, ...]], stride: int, calls: int) -> None:
        self._rows, self._stride, self._calls = rows, stride, calls

    def view(self) -> History:
        table = np.array(self._rows, dtype=np.float64).reshape(-1, 5)
        cols = [np.ascontiguousarray(table[:, i]) for i in range(5)]
        return History(*cols)
