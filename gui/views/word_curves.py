"""The curves view's word plots: the neural language model's held-out perplexity beside
the Kneser-Ney trigram's (a flat line: it is counted once), and the share of words whose
nearest neighbour is in their own group."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt

from gui.views.plots import plain_plot


class WordCurves(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.perplexity_plot = plain_plot(self.tr("step"), self.tr("held-out perplexity"))
        legend = self.perplexity_plot.addLegend(offset=(-10, 10))
        legend.setLabelTextColor("k")
        self.neural = self.perplexity_plot.plot(
            name=self.tr("neural language model"), pen=pg.mkPen((8, 119, 189), width=2))
        self.trigram = self.perplexity_plot.plot(
            name=self.tr("Kneser-Ney trigram"),
            pen=pg.mkPen((120, 120, 120), width=2, style=Qt.PenStyle.DashLine))
        self.share_plot = plain_plot(self.tr("step"), self.tr("nearest neighbour in group"))
        self.share_plot.setYRange(0.0, 1.0, padding=0.02)
        self.share = self.share_plot.plot(pen=pg.mkPen((200, 80, 20), width=2))
        self.hide()

    def widgets(self) -> tuple:
        return self.perplexity_plot, self.share_plot

    def hide(self) -> None:
        for widget in self.widgets():
            widget.setVisible(False)

    def show(self, words) -> str:
        """Draw ``Snapshot.words``; returns the summary's words part."""
        steps = words.steps
        lm = bool(np.isfinite(words.perplexity).any())
        self.perplexity_plot.setVisible(lm)
        text = ""
        if lm:
            finite = np.isfinite(words.perplexity)
            self.neural.setData(steps[finite], words.perplexity[finite])
            if len(steps):
                self.trigram.setData([0.0, float(steps[-1])], [words.kneser_ney] * 2)
            text += self.tr("  Held-out perplexity: neural {0:.2f}, trigram {1:.2f}").format(
                words.last_perplexity, words.kneser_ney)
        shares = np.isfinite(words.neighbour_share)
        self.share_plot.setVisible(bool(shares.any()))
        if shares.any():
            self.share.setData(steps[shares], words.neighbour_share[shares])
            text += self.tr("  Nearest neighbour in its group: {0:.0f} %").format(
                100 * words.last_share)
        return text
