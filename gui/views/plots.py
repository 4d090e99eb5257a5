"""The one way the views make a pyqtgraph plot: white, no context menu, no auto-range
button, and plain numbers on the axes (pyqtgraph would write "loss (x0.001)")."""

from __future__ import annotations

import pyqtgraph as pg


def plain_plot(bottom: str | None = None, left: str | None = None) -> pg.PlotWidget:
    plot = pg.PlotWidget(background="w")
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for side, label in (("bottom", bottom), ("left", left)):
        plot.getAxis(side).enableAutoSIPrefix(False)
        if label:
            plot.setLabel(side, label)
    return plot
