"""Gradient through time: how much of the loss's gradient reaches each step of the
sequence, ‖∂loss/∂h_t‖ against t on a log axis, live. A plain tanh RNN's gradient fades
by a factor at every step back (vanishing); large recurrent weights make it grow
(exploding). Below, the whole gradient's norm over training, with the clipping threshold
when clipping is on; the view's own switch turns clipping on and off mid-run.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gui.colors import NEGATIVE, POSITIVE
from gui.views.rnn_view_base import RnnViewBase

#: Below this ratio (or above its inverse) the gradient vanishes (explodes).
FADED = 1e-2
#: A change a person made waits this long for a snapshot that carries it (s).
PENDING_FOR = 3.0

_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_of_ten(ratio: float) -> str:
    """10⁻⁶ for 1.3e-6; a plain number between 0.1 and 10."""
    if 0.1 <= ratio < 10:
        return f"{ratio:.2g}"
    return "10" + str(round(math.log10(ratio))).translate(_SUPERSCRIPT)


class DecadeAxis(pg.AxisItem):
    """A log axis labelled at whole powers of ten only (1, 10, 10², 10⁻³...): pyqtgraph's
    own mixes 0.001 with 10⁻⁵ and crowds the 2..9 labels of a short range together."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        labels = []
        for v in values:
            power = round(v)
            if abs(v - power) > 1e-6:
                labels.append("")
            elif power in (0, 1):
                labels.append(str(10 ** power))
            else:
                labels.append("10" + str(power).translate(_SUPERSCRIPT))
        return labels


def log_plot(bottom: str) -> pg.PlotWidget:
    """A plain plot (gui/views/plots.py) with a log y axis labelled in decades."""
    plot = pg.PlotWidget(background="w", axisItems={"left": DecadeAxis("left")})
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setLabel("bottom", bottom)
    plot.setLogMode(False, True)
    return plot


def decades(values: np.ndarray) -> tuple[float, float]:
    """The whole decades around positive ``values``, as log10 exponents (at least one)."""
    logs = np.log10(values)
    low, high = math.floor(float(logs.min())), math.ceil(float(logs.max()))
    return low, max(high, low + 1)


class GradientTimeView(RnnViewBase):
    PROBE = "gradient_time"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_plots()
        page = QVBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.addWidget(self.time_title)
        page.addWidget(self.time_plot, 3)
        page.addWidget(self.caption)
        page.addLayout(self._controls())
        page.addWidget(self.history_title)
        page.addWidget(self.history_plot, 2)
        #: What a person asked for and when, until a snapshot carries it.
        self._pending: tuple[bool, float] | None = None
        self._pending_at = 0.0

    def _build_plots(self) -> None:
        """The gradient at each step of the sequence, and over training."""
        self.time_title = QLabel(self.tr("How much of the loss's gradient reaches each step "
                                         "of the sequence: ‖∂loss/∂h_t‖ (log scale)"))
        self.time_plot = log_plot(self.tr("step t of the sequence"))
        self.time_plot.setMouseEnabled(False, False)
        self.time_curve = self.time_plot.plot(pen=pg.mkPen(*POSITIVE, width=2), symbol="o",
                                              symbolSize=5, symbolPen=None,
                                              symbolBrush=pg.mkBrush(*POSITIVE))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.history_plot = log_plot(self.tr("training step"))
        self.history_curve = self.history_plot.plot(pen=pg.mkPen((60, 60, 60), width=1.5))
        self.clip_line = pg.InfiniteLine(
            angle=0, pen=pg.mkPen(*NEGATIVE, width=2, style=Qt.PenStyle.DashLine),
            label=self.tr("clip threshold"),
            labelOpts={"position": 0.08, "color": NEGATIVE, "anchors": [(0, 1), (0, 1)]})
        self.history_plot.addItem(self.clip_line)
        self.history_title = QLabel(self.tr("The whole gradient over training, ‖∂loss/∂θ‖ "
                                            "before clipping (log scale)"))

    def _controls(self) -> QHBoxLayout:
        """Clipping, its threshold and the scale of the initial recurrent weights."""
        self.clip = QCheckBox(self.tr("Clip gradients"))
        self.clip.setToolTip(self.tr("Scale the whole gradient down to the threshold when "
                                     "its norm is larger: exploding gradients stop "
                                     "throwing the weights away."))
        self.clip.toggled.connect(lambda _on: self._changed())
        self.threshold = QDoubleSpinBox()
        self.threshold.setDecimals(2)
        self.threshold.setRange(0.01, 1000.0)
        self.threshold.setValue(1.0)
        self.threshold.setSingleStep(0.25)
        self.threshold.setKeyboardTracking(False)
        self.threshold.valueChanged.connect(lambda _v: self._changed())
        self.truncation = QLabel()
        # Scaling the recurrent weights turns vanishing into exploding (a restart: the
        # weights it scales are the initial ones).
        self.recurrent_scale = QDoubleSpinBox()
        self.recurrent_scale.setDecimals(1)
        self.recurrent_scale.setRange(0.1, 10.0)
        self.recurrent_scale.setSingleStep(0.5)
        self.recurrent_scale.setValue(1.0)
        self.recurrent_scale.setPrefix("× ")
        self.recurrent_scale.setKeyboardTracking(False)
        self.recurrent_scale.setToolTip(self.tr(
            "Multiply the initial recurrent weights (hidden to hidden) and start again: "
            "above about 2 the gradient grows at every step back instead of shrinking."))
        self.recurrent_scale.valueChanged.connect(self._scale_changed)
        controls = QHBoxLayout()
        controls.addWidget(self.clip)
        controls.addWidget(QLabel(self.tr("threshold")))
        controls.addWidget(self.threshold)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Recurrent weights at start")))
        controls.addWidget(self.recurrent_scale)
        controls.addSpacing(12)
        controls.addWidget(self.truncation, 1)
        return controls

    def title(self) -> str:
        return self.tr("Gradient through time")

    # -- clipping ----------------------------------------------------------------------------
    def _changed(self) -> None:
        wanted = (self.clip.isChecked(), float(self.threshold.value()))
        self._pending, self._pending_at = wanted, time.monotonic()
        self.changeRequested.emit({"training": {"clip_gradients": wanted[0],
                                                "clip_threshold": wanted[1]}})

    def _scale_changed(self, value: float) -> None:
        self.changeRequested.emit({"network": {"recurrent_scale": float(value)}})

    def _sync_scale(self, network) -> None:
        scale = float(network.recurrent_scale)
        if abs(scale - self.recurrent_scale.value()) > 1e-9:
            self.recurrent_scale.blockSignals(True)
            self.recurrent_scale.setValue(scale)
            self.recurrent_scale.blockSignals(False)

    def _sync_controls(self, training) -> None:
        """Show the settings in force, without sending them back (blockSignals); a change
        a person just made stays shown until a snapshot carries it."""
        in_force = (bool(training.clip_gradients), float(training.clip_threshold))
        if self._pending is not None:
            if in_force != self._pending and time.monotonic() - self._pending_at < PENDING_FOR:
                return
            self._pending = None
        for widget, value in ((self.clip, in_force[0]), (self.threshold, in_force[1])):
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(value)
            else:
                widget.setValue(value)
            widget.blockSignals(False)
        self.threshold.setEnabled(in_force[0])

    def show_snapshot(self, snap) -> None:
        self._sync_controls(snap.experiment.training)
        self._sync_scale(snap.experiment.network)
        super().show_snapshot(snap)

    # -- drawing -----------------------------------------------------------------------------
    def draw(self, data, snap) -> None:
        norms = np.asarray(data.norms, np.float64)
        steps = np.arange(len(norms))
        shown = np.isfinite(norms) & (norms > 0)  # a log axis has no place for 0
        self.time_curve.setData(steps[shown], norms[shown])
        self.time_plot.setXRange(-0.5, max(len(norms) - 0.5, 0.5), padding=0.02)
        if shown.any():
            self.time_plot.setYRange(*decades(norms[shown]), padding=0.02)
        self.caption.setText(self._caption(data, norms))
        history = np.asarray(data.history_norms, np.float64)
        kept = np.isfinite(history) & (history > 0)
        self.history_curve.setData(np.asarray(data.history_steps)[kept], history[kept])
        if kept.any():
            clip = [data.clip] if data.clip else []
            self.history_plot.setYRange(*decades(np.concatenate([history[kept], clip])),
                                        padding=0.02)
        self.clip_line.setVisible(data.clip is not None)
        if data.clip is not None and data.clip > 0:
            self.clip_line.setValue(math.log10(data.clip))  # the axis holds log10 values
        if data.bptt:
            self.truncation.setText(self.tr("Training back-propagates {0} steps at a time "
                                            "(truncated).").format(data.bptt))
        else:
            self.truncation.setText(self.tr("Training back-propagates through the whole "
                                            "sequence."))

    def _caption(self, data, norms: np.ndarray) -> str:
        where = self.tr("mean over {0} test sequences, layer {1}; ‖∂loss/∂θ‖ = {2:.3g}").format(
            data.examples, data.layer, data.parameter_norm)
        if len(norms) < 2 or not (norms[-1] > 0) or not np.isfinite(norms).all():
            return where
        ratio = float(norms[0] / norms[-1])
        if ratio <= 0:
            text = self.tr("No gradient reaches the first step: vanishing.")
        elif ratio < FADED:
            text = self.tr("The gradient at the first step is {0} of the last: "
                           "vanishing. The first inputs hardly teach the net.").format(
                power_of_ten(ratio))
        elif ratio > 1 / FADED:
            text = self.tr("The gradient at the first step is {0} times the last: "
                           "exploding.").format(power_of_ten(ratio))
        else:
            text = self.tr("The gradient at the first step is {0} times the last: it "
                           "reaches back through the whole sequence.").format(
                power_of_ten(ratio))
        return text + " (" + where + ")"
