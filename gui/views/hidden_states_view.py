"""Hidden states: a recurrent layer reading one sequence. The input tokens (and the
targets, and the net's predictions, wrong ones red) in a row of cells; under them, every
unit's hidden state (or the LSTM's cell state, or a gate) at every step as a heatmap.
Clicking a unit's row plots that unit over time and colours the text by it, which is how
a character model's "quote" or "bracket depth" units show themselves.

The sequence is a test example, or text a person types (token data): both go to the
"rnn_states" probe as SetProbeOptions, {"example": i} or {"text": "..."}.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gui.colors import NEGATIVE, NEUTRAL, POSITIVE
from gui.messages import render_message
from gui.views.coloured_text import ColouredText
from gui.views.rnn_view_base import StatesViewBase, levels_of, quantity_rgba, sequence_layout
from gui.views.sequence_strip import (
    WRONG,
    StripRow,
    max_abs,
    value_colours,
)
from gui.views.state_heatmap import StateHeatmap, UnitTrace

#: Typed text reaches the engine this long after the last key (ms).
TYPE_DELAY_MS = 250
#: A choice the engine has not drawn yet is sent again after this many seconds.
RESEND_AFTER = 1.0


def _square(rgb) -> str:
    r, g, b = rgb
    return f'<span style="color: rgb({r},{g},{b});">■</span>'


class HiddenStatesView(StatesViewBase):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_choices()
        text_scroll = self._build_plots()
        self._lay_out(text_scroll)
        self.selected_unit = 0
        self.levels = (-1.0, 1.0)
        self._drawn_trace = None
        self._drawn: tuple = ()
        self._rows_of: tuple = ()
        self._sent: dict = {}
        self._sent_at = 0.0

    def _build_choices(self) -> None:
        """What is shown (which quantity) and of what (a text a person types)."""
        self.quantity = QComboBox()
        self.quantity.activated.connect(lambda _i: self._redraw())
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("…or type text for the net to read"))
        self.typed.setMaxLength(400)
        self.typed.textEdited.connect(lambda _t: self._type_timer.start(TYPE_DELAY_MS))
        self.typed.returnPressed.connect(self._send_text)
        self._type_timer = QTimer(self)
        self._type_timer.setSingleShot(True)
        self._type_timer.timeout.connect(self._send_text)
        self.legend = QLabel()

    def _build_plots(self) -> QScrollArea:
        """The heatmap of every unit, the selected unit's trace and the coloured text
        (returned in its scroll area)."""
        self.heatmap = StateHeatmap()
        self.heatmap.unitClicked.connect(self.select_unit)
        self.heatmap.hovered.connect(self._hovered)
        self.heatmap.setToolTip(self.tr("Click a row to follow that unit. Drag or use the "
                                        "wheel to move along the sequence."))
        self.hover_info = QLabel(" ")
        self.heatmap.view_box.sigXRangeChanged.connect(lambda *_a: self._hovered(-1, -1))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.unit_title = QLabel()
        self.unit_trace = UnitTrace(self.tr("step"), self.tr("value"))
        self.unit_trace.plot.setXLink(self.heatmap.plot)
        #: The selected unit's curve: x = step + 0.5, y = its value (for tests).
        self.unit_curve = self.unit_trace.curve
        self.text = ColouredText()
        self.text.setToolTip(self.tr("The sequence in the selected unit's colours"))
        text_scroll = QScrollArea()
        text_scroll.setWidgetResizable(True)
        text_scroll.setWidget(self.text)
        text_scroll.setFixedHeight(56)
        text_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return text_scroll

    def _lay_out(self, text_scroll: QScrollArea) -> None:
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Layer")))
        choices.addWidget(self.layer, 1)
        choices.addWidget(QLabel(self.tr("Show")))
        choices.addWidget(self.quantity, 1)
        choices.addWidget(self.legend)
        sequence = QHBoxLayout()
        sequence.addWidget(self.example)
        sequence.addWidget(self.typed, 1)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.setSpacing(3)
        page.addLayout(choices)
        page.addLayout(sequence)
        # The unit's title and the hover read-out share a line: the plots get the height.
        self.unit_title.setSizePolicy(QSizePolicy.Policy.Ignored,
                                      QSizePolicy.Policy.Preferred)
        self.hover_info.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.hover_info.setSizePolicy(QSizePolicy.Policy.Ignored,
                                      QSizePolicy.Policy.Preferred)
        below = QHBoxLayout()
        below.addWidget(self.unit_title, 3)
        below.addWidget(self.hover_info, 2)
        page.addWidget(self.heatmap, 5)
        page.addLayout(below)
        page.addWidget(self.unit_trace.plot, 3)
        page.addWidget(text_scroll)
        page.addWidget(self.notes)

    def title(self) -> str:
        return self.tr("Hidden states")

    # -- what is shown -----------------------------------------------------------------------
    def quantity_key(self) -> str:
        return self.quantity.currentData() or "hidden"

    def values(self) -> np.ndarray:
        """(T, H) values of the chosen quantity of the chosen layer."""
        layer, key = self.current_layer(), self.quantity_key()
        if key == "cell" and layer.cell is not None:
            return layer.cell
        if key.startswith("gate:"):
            gates = dict(layer.gates)
            if key[5:] in gates:
                return gates[key[5:]]
        return layer.hidden

    def _quantity_names(self, layer) -> list[tuple[str, str]]:
        gate_names = {"input": self.tr("input gate i"), "forget": self.tr("forget gate f"),
                      "candidate": self.tr("candidate g"), "output": self.tr("output gate o"),
                      "reset": self.tr("reset gate r"), "update": self.tr("update gate z"),
                      "new": self.tr("new state n")}
        names = [("hidden", self.tr("hidden state h"))]
        if layer.cell is not None:
            names.append(("cell", self.tr("cell state c")))
        names += [(f"gate:{g}", gate_names.get(g, g)) for g, _v in layer.gates]
        return names

    # -- drawing -----------------------------------------------------------------------------
    def show_snapshot(self, snap) -> None:
        # The engine keeps probe options across runs: typed text would be refused for
        # ever by a series, whose page has no text box to clear it.
        if "text" in self._sent and sequence_layout(snap) == "values":
            self.typed.clear()
            self._send({"example": self.example.value()})
        super().show_snapshot(snap)

    def draw(self, data, snap) -> None:
        self.take_trace(data)
        self.typed.setVisible(data.values is None)
        self._redraw()
        self._resend_if_forgotten(data)

    def _redraw(self) -> None:
        data = self.trace
        if data is None or not data.layers:
            return
        layer = self.current_layer()
        options = self._quantity_names(layer)
        if [key for key, _n in options] != [self.quantity.itemData(i)
                                            for i in range(self.quantity.count())]:
            key = self.quantity_key()
            self.quantity.clear()
            for k, name in options:
                self.quantity.addItem(name, k)
            self.quantity.setCurrentIndex(max(self.quantity.findData(key), 0))
        drawn = (self.layer.currentIndex(), self.quantity_key())
        if data is self._drawn_trace and drawn == self._drawn:
            return
        self._drawn_trace, self._drawn = data, drawn
        values = self.values()
        self.levels = levels_of(self.quantity_key(), values)
        self.heatmap.set_image(quantity_rgba(values.T, *self.levels))
        self._fill_strip(data)
        self.legend.setText(self._legend_text(*self.levels))
        self.notes.setText(" ".join(render_message(note) for note in data.notes))
        self.notes.setVisible(bool(data.notes))
        self.select_unit(self.selected_unit)

    def _fill_strip(self, data) -> None:
        rows_of = (data.tokens, data.targets, data.predictions)
        if rows_of == self._rows_of:
            return
        self._rows_of = rows_of
        # A series' numbers rarely fit a cell: their colours show the wave at any width.
        shade = data.values is not None
        scale = max_abs(data.tokens + data.targets + data.predictions) if shade else 1.0
        rows = [StripRow(self.tr("input"), data.tokens,
                         value_colours(data.tokens, scale) if shade else (), bold=True)]
        if any(data.targets):
            marks = value_colours(data.predictions, scale) if shade else \
                (None,) * len(data.predictions)
            if data.correct is not None:
                marks = tuple(WRONG if target and not right else None
                              for target, right in zip(data.targets, data.correct))
            rows.append(StripRow(self.tr("target"), data.targets,
                                 value_colours(data.targets, scale) if shade else ()))
            rows.append(StripRow(self.tr("predicted"), data.predictions, marks))
        self.heatmap.strip.set_rows(rows)
        self.unit_trace.show_input(data.values[:, 0] if shade else None)

    def _legend_text(self, low: float, high: float) -> str:
        if low >= 0:
            return self.tr("{0} {1:g} (closed) … {2} {3:g} (open)").format(
                _square(NEUTRAL), low, _square(POSITIVE), high)
        return self.tr("{0} {1:.2g}  {2} 0  {3} +{4:.2g}").format(
            _square(NEGATIVE), low, _square(NEUTRAL), _square(POSITIVE), high)

    def select_unit(self, unit: int) -> None:
        """Follow ``unit`` (a row of the heatmap): its curve below, the text in its colours."""
        if self.trace is None or not self.trace.layers:
            self.selected_unit = max(int(unit), 0)
            return
        values = self.values()
        unit = min(max(int(unit), 0), values.shape[1] - 1)
        self.selected_unit = unit
        self.heatmap.mark(unit)
        row = values[:, unit]
        self.unit_trace.show(row, *self.levels)
        self.unit_title.setText(self.tr("Unit {0} of {1}: {2}").format(
            unit, self.current_layer().name, self.quantity.currentText()))
        self.text.set_text(self.trace.tokens, row, *self.levels)

    def _hovered(self, step: int, unit: int) -> None:
        if self.trace is None or step < 0:
            self.hover_info.setText(self._window_hint())
            return
        value = float(self.values()[step, unit])
        text = self.tr("step {0} «{1}», unit {2}: {3:+.3f}").format(
            step, self.trace.tokens[step], unit, value)
        self.hover_info.setText(text)
        self.heatmap.plot.setToolTip(text)

    def _window_hint(self) -> str:
        steps = self.heatmap.shape[1]
        (x0, x1), _y = self.heatmap.view_box.viewRange()
        first, last = max(int(round(x0)), 0), min(int(round(x1)), steps)
        if steps and (first > 0 or last < steps):
            return self.tr("steps {0}–{1} of {2} (drag to move)").format(
                first, last - 1, steps)
        return " "

    # -- choosing the sequence ---------------------------------------------------------------
    def _send(self, options: dict) -> None:
        self._sent, self._sent_at = options, time.monotonic()
        self.send_options(options)

    def _example_chosen(self, index: int) -> None:
        self._type_timer.stop()
        self.typed.clear()
        self._send({"example": index})

    def _send_text(self) -> None:
        self._type_timer.stop()
        text = self.typed.text()
        self._send({"text": text} if text else {"example": self.example.value()})

    def _resend_if_forgotten(self, data) -> None:
        """The engine forgets probe options on a reset: ask again for what is wanted."""
        if not self._sent or self._type_timer.isActive():
            return
        wants_text = "text" in self._sent
        if (data.example < 0) != wants_text and time.monotonic() - self._sent_at > RESEND_AFTER:
            self._send(self._sent)
