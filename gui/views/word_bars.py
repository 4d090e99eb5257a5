"""Ten horizontal bars with a word beside each: one model's likeliest next words."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gui.views.plots import plain_plot

TOP = 10


class NextWordBars:
    """A plot of up to ten probabilities, the likeliest on top, labelled by word."""

    def __init__(self, title: str, colour: tuple[int, int, int]) -> None:
        self.plot = plain_plot(None, None)
        self.plot.setTitle(title, color="k")
        self.plot.setXRange(0.0, 1.0, padding=0.02)
        self.plot.setYRange(-0.6, TOP - 0.4, padding=0)
        self.plot.setMouseEnabled(False, False)
        self.bars = pg.BarGraphItem(x0=np.zeros(0), y=np.zeros(0), height=0.7,
                                    width=np.zeros(0), brush=pg.mkBrush(*colour))
        self.plot.addItem(self.bars)
        self.words: list[str] = []
        self.probabilities = np.zeros(0)

    def set_title(self, title: str) -> None:
        self.plot.setTitle(title, color="k")

    def show(self, words: list[str], probabilities: np.ndarray) -> None:
        self.words, self.probabilities = list(words), np.asarray(probabilities, float)
        rows = np.arange(len(words))[::-1].astype(float)
        self.bars.setOpts(x0=np.zeros(len(words)), y=rows, width=self.probabilities,
                          height=0.7)
        ticks = [(float(r), f"{w}  {p:.2f}") for r, w, p in zip(rows, words,
                                                                self.probabilities)]
        self.plot.getAxis("left").setTicks([ticks])

    def clear(self) -> None:
        self.show([], np.zeros(0))
