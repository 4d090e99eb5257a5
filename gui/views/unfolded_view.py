"""Unfolded in time (the review's Fig. 5, right side) for the sequence the hidden-states
view reads (the same "rnn_states" probe): a window of consecutive steps, each an unrolled
copy of the net with its input token, its hidden vector as a small heatmap and its output;
a slider moves the window along the sequence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from gui.views.rnn_view_base import StatesViewBase, levels_of
from gui.views.unfolded_diagram import UnfoldedDiagram

#: Unrolled copies shown at once.
WINDOW = 8


class UnfoldedView(StatesViewBase):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(lambda _v: self._redraw())
        self.where = QLabel()
        self.diagram = UnfoldedDiagram()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Layer")))
        controls.addWidget(self.layer, 1)
        controls.addWidget(self.example)
        moving = QHBoxLayout()
        moving.addWidget(self.slider, 1)
        moving.addWidget(self.where)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.addLayout(controls)
        page.addWidget(self.diagram, 1)
        page.addLayout(moving)
        page.addWidget(self.caption)

    def title(self) -> str:
        return self.tr("Unfolded in time")

    def draw(self, data, snap) -> None:
        self.take_trace(data)
        last_start = max(len(data.tokens) - WINDOW, 0)
        if self.slider.maximum() != last_start:
            self.slider.blockSignals(True)
            self.slider.setRange(0, last_start)
            self.slider.blockSignals(False)
        self._redraw()

    def _redraw(self) -> None:
        data = self.trace
        if data is None or not data.layers:
            return
        layer = self.current_layer()
        start = self.slider.value()
        self.diagram.set_window(data, layer, start, WINDOW, levels_of("hidden", layer.hidden))
        end = min(start + WINDOW, len(data.tokens))
        self.caption.setText(self._caption(data.targets_at))
        self.where.setText(self.tr("steps {0}–{1} of {2}").format(start, end - 1,
                                                                  len(data.tokens)))

    def _caption(self, targets_at: str) -> str:
        text = self.tr("The same weights at every step: U reads the input x_t into the state "
                       "s_t, W carries the state from one step to the next, V reads the "
                       "output o_t from it. Each small grid is s_t, one cell per unit "
                       "(orange −, grey 0, blue +); above each output, its target.")
        if targets_at == "last":
            text += " " + self.tr("This task reads the output at the last step only.")
        return text
