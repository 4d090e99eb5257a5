"""Loss (and accuracy) curves over training steps, from the Snapshot's history."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget


class CurvesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setLabel("bottom", self.tr("step"))
        self.plot.setLabel("left", self.tr("loss"))
        legend = self.plot.addLegend(offset=(-10, 10))
        legend.setLabelTextColor("k")
        self.train_curve = self.plot.plot(name=self.tr("training loss"),
                                          pen=pg.mkPen((60, 60, 60), width=2))
        self.test_curve = self.plot.plot(name=self.tr("test loss"),
                                         pen=pg.mkPen((8, 119, 189), width=2))
        self.log_scale = QCheckBox(self.tr("Log scale"))
        self.log_scale.toggled.connect(lambda on: self.plot.setLogMode(False, on))
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.log_scale)
        self.frames_drawn = 0

    def show_snapshot(self, snap) -> None:
        h = snap.history
        finite = np.isfinite(h.train_loss)
        self.train_curve.setData(h.steps[finite], h.train_loss[finite])
        finite = np.isfinite(h.test_loss)
        self.test_curve.setData(h.steps[finite], h.test_loss[finite])
        text = self.tr("Test loss {0}  Training loss {1}").format(
            _fmt(snap.test_loss), _fmt(snap.train_loss))
        if snap.test_accuracy is not None:
            text += self.tr("  Test accuracy {0:.1f} %").format(100 * snap.test_accuracy)
        self.summary.setText(text)
        self.frames_drawn += 1


def _fmt(value: float) -> str:
    return "—" if not np.isfinite(value) else f"{value:.3f}"
