"""The captioners' held-out scores over the run: exact match and BLEU-4 of the one with
attention against the one without, side by side, each a colour named in the legends;
below, a line per run with its scores now (exact match, BLEU-4, exact match on scenes of
three objects, and the share of attention that falls on the object a word names)."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from gui.colors import CLASS_COLORS
from gui.views.flow_layout import WrapLabel
from gui.views.plots import plain_plot

ATTENTION_COLOUR = (8, 119, 189)
PLAIN_COLOUR = (230, 120, 20)


def run_colour(attention: bool, k: int) -> tuple[int, ...]:
    """Blue with attention, orange without; a comparison's further runs other colours."""
    if k < 2:
        return ATTENTION_COLOUR if attention else PLAIN_COLOUR
    return tuple(int(c) for c in CLASS_COLORS[k % len(CLASS_COLORS)])


class CaptionCurves(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exact = plain_plot(self.tr("training step"), self.tr("exact match (held out)"))
        self.bleu = plain_plot(self.tr("training step"), self.tr("BLEU-4 (held out)"))
        for plot in (self.exact, self.bleu):
            plot.setYRange(0, 1.0, padding=0.02)
            plot.getViewBox().setLimits(yMin=-0.05, yMax=1.05)
            plot.getViewBox().setMouseEnabled(True, False)
            plot.enableAutoRange(axis="x")
            plot.addLegend(offset=(10, 10))
            plot.setMinimumHeight(160)
        #: Per run (in CaptionMetrics.runs' order): its exact-match and BLEU-4 curves.
        self.curves: list[tuple[pg.PlotDataItem, pg.PlotDataItem]] = []
        self.names: tuple[str, ...] = ()
        self.summary = WrapLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        plots = QHBoxLayout()
        plots.setContentsMargins(0, 0, 0, 0)
        plots.addWidget(self.exact, 1)
        plots.addWidget(self.bleu, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(plots, 1)
        layout.addWidget(self.summary)

    def show_metrics(self, metrics, names: tuple[str, ...]) -> None:
        """Draw CaptionMetrics; ``names`` are the runs' names in the window's language."""
        if names != self.names or len(self.curves) != len(metrics.runs):
            self._make_curves(metrics.runs, names)
        for (exact, bleu), run in zip(self.curves, metrics.runs):
            steps = np.asarray(run.steps, np.float64)
            exact.setData(steps, np.asarray(run.exact, np.float64))
            bleu.setData(steps, np.asarray(run.bleu, np.float64))
        lines = [self._summary_line(name, run) for name, run in zip(names, metrics.runs)]
        lines.append(self.tr("Measured on {0} of {1} held-out scenes.").format(
            metrics.measured, metrics.held_out))
        self.summary.setText("\n".join(lines))

    def _make_curves(self, runs, names: tuple[str, ...]) -> None:
        for plot in (self.exact, self.bleu):
            plot.clear()  # the curves and their legend entries
            plot.plotItem.legend.clear()
        self.curves = []
        for k, (run, name) in enumerate(zip(runs, names)):
            colour = run_colour(run.attention, k)
            pair = tuple(plot.plot(pen=pg.mkPen(colour, width=2), symbol="o", symbolSize=5,
                                   symbolBrush=colour, symbolPen=None, name=name)
                         for plot in (self.exact, self.bleu))
            self.curves.append(pair)
        self.names = names

    def _summary_line(self, name: str, run) -> str:
        return self.tr("{0}: exact match {1}, BLEU-4 {2}, three objects {3}, "
                       "attention on the object {4}").format(
            name, percent(run.last), fraction(run.last_bleu), percent(run.exact_three),
            percent(run.on_object))


def percent(value: float) -> str:
    return "—" if math.isnan(value) else f"{100 * value:.1f} %"


def fraction(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:.3f}"
