"""The perceptron view's weight rows: for each input feature and the bias, a name, a spin
box and a slider that hold one weight. The view decides what a change means; the rows
only show values and report a person's edits."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QSlider, QWidget

from engine.shared.experiment import FEATURE_LABELS
from gui.views import perceptron_math as pm

#: A slider spans -WEIGHT_RANGE..WEIGHT_RANGE in steps of 1 / SLIDER_STEPS; the spin box
#: beside it shows (and takes) larger values that training may reach.
WEIGHT_RANGE = 5.0
SLIDER_STEPS = 100
BIAS = -1  # SetWeight's column of the bias


class WeightRows:
    """The rows in ``grid``; ``on_change(col, value)`` hears a person's edits (col BIAS
    for the bias)."""

    def __init__(self, grid: QGridLayout, on_change: Callable[[int, float], None]) -> None:
        self.grid = grid
        self.on_change = on_change
        self.sliders: dict[int, QSlider] = {}
        self.spins: dict[int, QDoubleSpinBox] = {}
        self._widgets: list[QWidget] = []

    def build(self, features: tuple[str, ...]) -> None:
        """One row per feature ("w₁ (X₁)") and one for the bias ("b")."""
        for widget in self._widgets:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._widgets, self.sliders, self.spins = [], {}, {}
        names = [(i, f"{pm.subscripted('w', i)}  ({FEATURE_LABELS[f]})")
                 for i, f in enumerate(features)]
        for row, (col, name) in enumerate([*names, (BIAS, "b")]):
            label = QLabel(name)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(int(-WEIGHT_RANGE * SLIDER_STEPS), int(WEIGHT_RANGE * SLIDER_STEPS))
            slider.setObjectName(f"weight-{col}")
            spin = QDoubleSpinBox()
            spin.setRange(-1000.0, 1000.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.1)
            spin.setKeyboardTracking(False)
            slider.valueChanged.connect(lambda v, c=col: self.on_change(c, v / SLIDER_STEPS))
            spin.valueChanged.connect(lambda v, c=col: self.on_change(c, v))
            self.grid.addWidget(label, 2 * row, 0)
            self.grid.addWidget(spin, 2 * row, 1)
            self.grid.addWidget(slider, 2 * row + 1, 0, 1, 2)
            self._widgets += [label, spin, slider]
            self.sliders[col], self.spins[col] = slider, spin

    def show_value(self, col: int, value: float) -> None:
        """Move a row's slider and spin box without reporting it."""
        slider, spin = self.sliders[col], self.spins[col]
        for widget in (slider, spin):
            widget.blockSignals(True)
        slider.setValue(int(round(np.clip(value, -WEIGHT_RANGE, WEIGHT_RANGE) * SLIDER_STEPS)))
        spin.setValue(float(value))
        for widget in (slider, spin):
            widget.blockSignals(False)

    def is_dragged(self, col: int) -> bool:
        return self.sliders[col].isSliderDown()
