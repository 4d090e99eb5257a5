"""The recurrent nets' training settings in the sequence box: truncated
back-propagation through time and gradient clipping."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QWidget,
)

from engine.shared.experiment import TrainSettings
from engine.shared.sequence_info import MAX_LENGTH


class RecurrentTrainingBox(QGroupBox):
    #: One training setting: (field of TrainSettings, value).
    trainingChanged = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Training through time"), parent)
        #: The training settings shown; an edit is remembered at once.
        self.training = TrainSettings()
        grid = QGridLayout(self)
        self.bptt = QSpinBox()
        self.bptt.setRange(0, MAX_LENGTH)
        self.bptt.setSpecialValueText(self.tr("whole sequence"))
        self.bptt.setSuffix(self.tr(" steps"))
        self.bptt.setKeyboardTracking(False)
        self.bptt.setToolTip(self.tr(
            "Back-propagate through at most this many steps: the hidden state is carried "
            "on, but the gradient stops at each chunk's start. Faster, and blind to "
            "longer dependencies."))
        self.bptt.valueChanged.connect(lambda n: self._emit_training("bptt", n))
        bptt_label = QLabel(self.tr("Truncate back-propagation to"))
        bptt_label.setWordWrap(True)
        bptt_label.setBuddy(self.bptt)
        self.clip = QCheckBox(self.tr("Clip gradients at norm"))
        self.clip.setToolTip(self.tr(
            "Scale the whole gradient down to this norm when it is larger: a recurrent "
            "net's exploding gradients then take bounded steps"))
        self.clip.toggled.connect(self._clip_toggled)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.01, 1000.0)
        self.threshold.setDecimals(2)
        # Steps of a tenth of the value's decade: 0.01 near 0.1, 1 near 10, 10 near 100.
        self.threshold.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.threshold.setKeyboardTracking(False)
        self.threshold.valueChanged.connect(
            lambda v: self._emit_training("clip_threshold", v))
        grid.addWidget(bptt_label, 0, 0, 1, 2)
        grid.addWidget(self.bptt, 1, 0, 1, 2)
        grid.addWidget(self.clip, 2, 0)
        grid.addWidget(self.threshold, 2, 1)
        grid.setColumnStretch(0, 1)

    def set_training(self, training: TrainSettings | None) -> None:
        """Show the settings in force (without emitting); None keeps those shown."""
        if training is not None:
            self.training = training
        widgets = (self.bptt, self.clip, self.threshold)
        for widget in widgets:
            widget.blockSignals(True)
        self.bptt.setValue(self.training.bptt)
        self.clip.setChecked(self.training.clip_gradients)
        self.threshold.setValue(self.training.clip_threshold)
        self.threshold.setEnabled(self.training.clip_gradients)
        for widget in widgets:
            widget.blockSignals(False)

    def _clip_toggled(self, on: bool) -> None:
        self.threshold.setEnabled(on)
        self._emit_training("clip_gradients", on)

    def _emit_training(self, field: str, value) -> None:
        if getattr(self.training, field) != value:
            # Remembered before the window shows the settings in force again.
            self.training = dataclasses.replace(self.training, **{field: value})
            self.trainingChanged.emit(field, value)
