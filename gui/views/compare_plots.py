"""The compare view's two small plots: gradient norms per layer as grouped bars on a log
axis, and every run's loss now as a strip plot."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

from gui.views.plots import plain_plot

#: Norms below this are drawn as this (log10 of zero is minus infinity).
SMALLEST_NORM = 1e-12


def _superscript(exponent: int) -> str:
    return str(exponent).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))


class GradientBars:
    """Bars of log10 ‖∂E/∂W‖ per layer, one colour per run, grouped by layer."""

    def __init__(self, bottom: str, left: str) -> None:
        self.plot = plain_plot(bottom, left)
        self.plot.setMouseEnabled(False, False)
        self._bars: list[pg.BarGraphItem] = []
        self._shape: tuple[int, ...] = ()
        self._floor = 0.0
        self.heights: list[np.ndarray] = []  # the drawn log10 norms, for tests

    def show(self, norms: list[np.ndarray], colors: list[tuple[int, int, int]]) -> None:
        n_runs = len(norms)
        # Runs may have different layers (a translator with attention has more than one
        # without): each run's bars are its own layers, 1 to its count.
        lengths = tuple(len(n) for n in norms)
        n_layers = max(lengths, default=0)
        if lengths != self._shape:
            for bar in self._bars:
                self.plot.removeItem(bar)
            self._bars = []
            width = 0.8 / max(n_runs, 1)
            for run, length in enumerate(lengths):
                x = np.arange(length) + 1 - 0.4 + width * (run + 0.5)
                bar = pg.BarGraphItem(x=x, height=np.zeros(length), width=width,
                                      brush=pg.mkBrush(*colors[run]), pen=None)
                self.plot.addItem(bar)
                self._bars.append(bar)
            self._shape = lengths
            self.plot.getAxis("bottom").setTicks(
                [[(i + 1, str(i + 1)) for i in range(n_layers)]])
        logs = [np.log10(np.maximum(np.asarray(n, np.float64), SMALLEST_NORM)) for n in norms]
        finite = np.concatenate(logs) if logs else np.zeros(0)
        if not finite.size:
            self.heights = []
            return
        low, high = math.floor(finite.min()), math.ceil(finite.max())
        high = max(high, low + 1)
        self._floor = low
        for bar, values in zip(self._bars, logs, strict=True):
            bar.setOpts(y0=np.full(len(values), low), height=values - low)
        self.heights = logs
        self.plot.setRange(xRange=(0.4, n_layers + 0.6), yRange=(low, high), padding=0.02)
        step = max(1, (high - low) // 6)
        self.plot.getAxis("left").setTicks(
            [[(e, f"10{_superscript(e)}") for e in range(low, high + 1, step)]])


class LossStrip:
    """Each run's training and test loss now: two rows of dots, one per run."""

    def __init__(self, bottom: str, rows: tuple[str, str]) -> None:
        self.plot = plain_plot(bottom, None)
        self.plot.setMouseEnabled(False, False)
        self.plot.getAxis("left").setTicks([[(0, rows[0]), (1, rows[1])]])
        self.dots = pg.ScatterPlotItem(size=11, pen=pg.mkPen("k", width=0.5))
        self.plot.addItem(self.dots)
        self.losses: list[tuple[float, float]] = []

    def show(self, losses: list[tuple[float, float]], colors, labels) -> None:
        self.losses = list(losses)
        spots = []
        # A small fixed vertical offset per run keeps equal losses from hiding each other.
        offsets = np.linspace(-0.15, 0.15, len(losses)) if len(losses) > 1 else [0.0]
        for index, ((train, test), color) in enumerate(zip(losses, colors, strict=True)):
            for row, value in ((0, train), (1, test)):
                if np.isfinite(value):
                    spots.append({"pos": (value, row + offsets[index]),
                                  "brush": pg.mkBrush(*color),
                                  "data": labels[index] if labels else ""})
        self.dots.setData(spots)
        values = [v for pair in losses for v in pair if np.isfinite(v)]
        if values:
            low, high = min(values), max(values)
            pad = max((high - low) * 0.1, 1e-3)
            self.plot.setRange(xRange=(max(0.0, low - pad), high + pad), yRange=(-0.5, 1.5),
                               padding=0)
