"""The status bar's permanent part: the device that trains (and a choice of it), the
training speed and how many snapshots a second the window draws."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QStatusBar

from engine.shared.experiment import Experiment


class TrainingStatus(QObject):
    #: A person picked the device to train on ("auto", "cpu", "cuda" or "mps").
    deviceChosen = Signal(str)

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self._snapshot_times: list[float] = []
        self.device_label = QLabel(self.tr("Device: starting…"))
        self.device_choice = QComboBox()
        for label, value in ((self.tr("auto"), "auto"), ("CPU", "cpu"), ("CUDA", "cuda"),
                             ("MPS", "mps")):
            self.device_choice.addItem(label, value)
        self.device_choice.setToolTip(self.tr("Which device trains"))
        self.device_choice.activated.connect(
            lambda _i: self.deviceChosen.emit(self.device_choice.currentData()))
        self.speed_label = QLabel()
        self.rate_label = QLabel()
        for widget in (self.device_label, self.device_choice, self.speed_label,
                       self.rate_label):
            bar.addPermanentWidget(widget)

    def show_loading(self) -> None:
        self.bar.showMessage(self.tr("Loading PyTorch…"))

    def show_ready(self, _device: str = "") -> None:
        self.bar.showMessage(self.tr("PyTorch ready"), 2000)

    def show_experiment(self, experiment: Experiment, _sections=frozenset()) -> None:
        index = self.device_choice.findData(experiment.training.device)
        self.device_choice.setCurrentIndex(max(index, 0))

    def show_snapshot(self, snap) -> None:
        now = time.perf_counter()
        self._snapshot_times = [t for t in self._snapshot_times if now - t < 1.0] + [now]
        self.device_label.setText(self.tr("Device: {0}").format(snap.device))
        speed = self.tr("{0:,.0f} steps/s").format(snap.steps_per_second)
        if snap.tokens_per_second is not None:
            speed += self.tr(" · {0:,.0f} tokens/s").format(snap.tokens_per_second)
        self.speed_label.setText(speed)
        self.rate_label.setText(self.tr("{0} snapshots/s").format(len(self._snapshot_times)))
