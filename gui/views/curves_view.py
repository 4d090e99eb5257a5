"""Loss (and accuracy) curves over training steps, from the Snapshot's history."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from gui.views.plots import plain_plot
from gui.views.word_curves import WordCurves


class CurvesView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = plain_plot(self.tr("step"), self.tr("loss"))
        legend = self.plot.addLegend(offset=(-10, 10))
        legend.setLabelTextColor("k")
        self.train_curve = self.plot.plot(name=self.tr("training loss"),
                                          pen=pg.mkPen((60, 60, 60), width=2))
        self.test_curve = self.plot.plot(name=self.tr("test loss"),
                                         pen=pg.mkPen((8, 119, 189), width=2))
        # Ranges only grow, in steps: the axes (costly to redraw) change a few times a
        # run instead of on every frame.
        self.plot.disableAutoRange()
        self._range = (0.0, 0.0, 0.0)
        self.log_scale = QCheckBox(self.tr("Log scale"))
        self.log_scale.toggled.connect(self._set_log)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.plot, 1)
        self.words = WordCurves()
        word_row = QHBoxLayout()
        for plot in self.words.widgets():
            word_row.addWidget(plot, 1)
        layout.addLayout(word_row, 1)
        layout.addWidget(self.log_scale)
        self.frames_drawn = 0

    def show_snapshot(self, snap) -> None:
        h = snap.history
        finite = np.isfinite(h.train_loss)
        self.train_curve.setData(h.steps[finite], h.train_loss[finite])
        finite_test = np.isfinite(h.test_loss)
        self.test_curve.setData(h.steps[finite_test], h.test_loss[finite_test])
        losses = np.concatenate([h.train_loss[finite], h.test_loss[finite_test]])
        self._fit_range(float(h.steps[-1]) if len(h.steps) else 0.0, losses)
        text = self.tr("Test loss {0}  Training loss {1}").format(
            _fmt(snap.test_loss), _fmt(snap.train_loss))
        if snap.test_accuracy is not None:
            text += self.tr("  Test accuracy {0:.1f} %").format(100 * snap.test_accuracy)
        if snap.words is not None:
            text += self.words.show(snap.words)
        else:
            self.words.hide()
        if snap.measured_on is not None:
            text += self.tr("  (on {0} of {1} training and {2} of {3} test examples)").format(
                snap.measured_on[0], snap.measured_on[2], snap.measured_on[1],
                snap.measured_on[3])
        self.summary.setText(text)
        self.frames_drawn += 1


    def _fit_range(self, last_step: float, losses: np.ndarray) -> None:
        x_max, y_low, y_high = self._range
        new_x = x_max if last_step <= x_max else max(100.0, last_step * 1.5)
        if self.log_scale.isChecked():
            positive = losses[losses > 0]
            if not len(positive):
                return
            low, high = np.log10(positive.min()), np.log10(positive.max())
            new_low = y_low if low >= y_low and y_low < y_high else np.floor(low)
            new_high = y_high if high <= y_high else np.ceil(high)
        else:
            high = float(losses.max()) if len(losses) else 1.0
            new_low = 0.0
            # Grow when the curve leaves the box; shrink when it falls well below it.
            new_high = y_high if (high <= y_high and high > 0.3 * y_high) else high * 1.2
        if (new_x, new_low, new_high) != self._range or last_step == 0:
            self._range = (new_x, new_low, new_high)
            self.plot.setRange(xRange=(0, new_x), yRange=(new_low, new_high or 1.0),
                               padding=0.02)

    def _set_log(self, on: bool) -> None:
        self.plot.setLogMode(False, on)
        self._range = (0.0, 0.0, 0.0)

    def reset_range(self) -> None:
        self._range = (0.0, 0.0, 0.0)


def _fmt(value: float) -> str:
    return "—" if not np.isfinite(value) else f"{value:.3f}"
