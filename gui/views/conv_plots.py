"""Bar plots of the ConvNet views: class probabilities (the end of Fig. 2), a number per
layer (pooling), and histograms (activations and gradients per layer)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gui.colors import CLASS_COLORS, NEGATIVE, POSITIVE
from gui.views.plots import plain_plot


class ScoreBars:
    """One horizontal bar per class, its probability; the predicted class in blue."""

    def __init__(self, bottom: str) -> None:
        self.plot = plain_plot(bottom, None)
        self.plot.setMouseEnabled(False, False)
        self.plot.invertY(True)  # class 0 on top, as a list reads
        self.bars = pg.BarGraphItem(x0=0, y=[], height=0.7, width=[])
        self.plot.addItem(self.bars)
        self.values = np.zeros(0)

    def show(self, probabilities: np.ndarray, predicted: int) -> None:
        p = np.asarray(probabilities, np.float64)
        k = len(p)
        brushes = [pg.mkBrush(*POSITIVE) if c == predicted else pg.mkBrush(170, 170, 170)
                   for c in range(k)]
        self.bars.setOpts(x0=np.zeros(k), y=np.arange(k), width=p, height=0.7,
                          brushes=brushes, pen=None)
        self.values = p
        self.plot.getAxis("left").setTicks([[(c, str(c)) for c in range(k)]])
        self.plot.setRange(xRange=(0, 1), yRange=(-0.6, k - 0.4), padding=0.02)


class LayerBars:
    """A number per layer as vertical bars; marked layers (pooled) in blue, others orange."""

    def __init__(self, bottom: str, left: str) -> None:
        self.plot = plain_plot(bottom, left)
        self.plot.setMouseEnabled(False, False)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7)
        self.plot.addItem(self.bars)
        self.values = np.zeros(0)

    def show(self, values: np.ndarray, marked: np.ndarray, ticks: list[str]) -> None:
        v = np.asarray(values, np.float64)
        brushes = [pg.mkBrush(*POSITIVE) if m else pg.mkBrush(*NEGATIVE) for m in marked]
        self.bars.setOpts(x=np.arange(len(v)), height=v, width=0.7, brushes=brushes, pen=None)
        self.values = v
        self.plot.getAxis("bottom").setTicks([list(enumerate(ticks))])
        top = max(1.0, float(v.max()) * 1.1) if v.size else 1.0
        self.plot.setRange(xRange=(-0.6, len(v) - 0.4), yRange=(0, top), padding=0.02)


class HistogramPlot:
    """Histograms of several layers, each a step outline over its own bins, overlaid."""

    def __init__(self, bottom: str, left: str) -> None:
        self.plot = plain_plot(bottom, left)
        self.legend = self.plot.addLegend(offset=(-5, 5), labelTextSize="8pt")
        self.curves: list[pg.PlotDataItem] = []

    def show(self, histograms, log_x: bool = False) -> None:
        while len(self.curves) > len(histograms):
            curve = self.curves.pop()
            self.plot.removeItem(curve)
            self.legend.removeItem(curve)
        for k, h in enumerate(histograms):
            color = CLASS_COLORS[k % len(CLASS_COLORS)].astype(int)
            total = max(int(h.counts.sum()), 1)
            share = h.counts / total  # layers differ in size: compare shapes, not counts
            if k == len(self.curves):
                curve = pg.PlotDataItem(stepMode="center", pen=pg.mkPen(*color, width=1.5),
                                        name=h.label)
                self.plot.addItem(curve)
                self.curves.append(curve)
            elif self.curves[k].name() != h.label:
                self.legend.removeItem(self.curves[k])
                self.curves[k].opts["name"] = h.label
                self.legend.addItem(self.curves[k], h.label)
            self.curves[k].setData(h.edges, share)
