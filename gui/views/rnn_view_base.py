"""What the recurrent views share: what they need (sequence data and a recurrent layer,
said on gui/views/probe_view.py's notice page otherwise) and the colours of a recurrent
layer's quantities.

The base's sentences name their context ("RnnViewBase") in literal translate() calls:
self.tr here would look them up under the subclass's name, and a helper wrapping
translate() hides the literal from pyside6-lupdate."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from engine.shared.catalogue import sequence_info
from gui.colors import NEUTRAL, POSITIVE, diverging_rgba
from gui.views.probe_view import ProbeView

#: Layer kinds of the layer builder that carry a state through time.
RECURRENT_KINDS = frozenset({"rnn", "lstm", "gru"})
#: Gates squashed by tanh (values in -1..1); the others are sigmoids (0..1).
TANH_GATES = frozenset({"candidate", "new"})


def sequence_layout(snap) -> str | None:
    """"tokens" or "values" for sequence data, None for points and images."""
    info = sequence_info(snap.experiment.data.dataset)
    return None if info is None else info.sequence_layout


def has_recurrent(layers) -> bool:
    """True when the layer stack holds an RNN, LSTM or GRU, residual blocks included."""
    return any(layer.kind in RECURRENT_KINDS or has_recurrent(layer.body) for layer in layers)


class RnnViewBase(ProbeView):
    """A view of a recurrent net reading sequences (gui/views/probe_view.py does the rest)."""

    # -- what the view cannot show ----------------------------------------------------------
    def unsupported(self, snap) -> str | None:
        if sequence_layout(snap) is None:
            return QCoreApplication.translate(
                "RnnViewBase", "This view follows a recurrent network as it reads a "
                "sequence; these data are not sequences. Pick sequence data in the Data tab "
                "(brackets to count, a token to remember, a sine, text).")
        if not has_recurrent(snap.experiment.network.layers):
            return QCoreApplication.translate(
                "RnnViewBase", "This view needs a recurrent layer (RNN, LSTM or GRU) in the "
                "Layers tab: it is the layer that carries a state from one step to the next.")
        return None


class StatesViewBase(RnnViewBase):
    """A view of the "rnn_states" probe: which recurrent layer it shows and which test
    sequence the net reads. Subclasses lay the two out and redraw in ``_redraw``."""

    PROBE = "rnn_states"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer = QComboBox()
        self.layer.activated.connect(lambda _i: self._redraw())
        self.example = QSpinBox()
        self.example.setRange(0, 99999)
        self.example.setPrefix(QCoreApplication.translate("RnnViewBase", "test sequence "))
        self.example.valueChanged.connect(self._example_chosen)
        self.trace = None

    def _example_chosen(self, index: int) -> None:
        self.send_options({"example": index})

    def _redraw(self) -> None:
        raise NotImplementedError

    def take_trace(self, data) -> None:
        """Keep ``data`` and show its layers and its example in the choices, without
        sending anything back."""
        self.trace = data
        names = [layer.name for layer in data.layers]
        if names != [self.layer.itemText(i) for i in range(self.layer.count())]:
            index = self.layer.currentIndex()
            self.layer.clear()
            self.layer.addItems(names)
            self.layer.setCurrentIndex(min(max(index, 0), len(names) - 1))
        if data.example >= 0 and data.example != self.example.value():
            self.example.blockSignals(True)
            self.example.setValue(data.example)
            self.example.blockSignals(False)

    def current_layer(self):
        layers = self.trace.layers
        return layers[min(max(self.layer.currentIndex(), 0), len(layers) - 1)]


# -- colours ------------------------------------------------------------------------------
def _sequential_lut(size: int = 256) -> np.ndarray:
    """Grey (0: a closed gate) to blue (1: an open one)."""
    t = np.linspace(0.0, 1.0, size, dtype=np.float32)[:, None]
    low, high = np.array(NEUTRAL, np.float32), np.array(POSITIVE, np.float32)
    lut = np.empty((size, 4), np.uint8)
    lut[:, :3] = np.clip(low + (high - low) * t, 0, 255).astype(np.uint8)
    lut[:, 3] = 255
    return lut


SEQUENTIAL_LUT = _sequential_lut()


def levels_of(name: str, values: np.ndarray) -> tuple[float, float]:
    """The fixed colour range of a quantity: -1..1 for tanh things (h, candidates), 0..1
    for sigmoid gates, a symmetric ±max|c| for the LSTM's unbounded cell state (and for a
    hidden state that leaves -1..1, as a ReLU RNN's does)."""
    if name.startswith("gate:") and name[5:] not in TANH_GATES:
        return 0.0, 1.0
    if name == "cell" or (values.size and float(np.nanmax(np.abs(values))) > 1.0001):
        top = float(np.nanmax(np.abs(values))) if values.size else 1.0
        top = top if np.isfinite(top) and top > 0 else 1.0
        return -top, top
    return -1.0, 1.0


def quantity_rgba(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """RGBA uint8 (..., 4): the diverging palette for a signed range, grey-to-blue for
    0..1 (gates); NaN as white."""
    v = np.asarray(values, np.float32)
    if low >= 0.0:
        index = np.clip(np.nan_to_num((v - low) / max(high - low, 1e-12)) * 255, 0, 255)
        rgba = SEQUENTIAL_LUT[index.astype(np.uint8)]
    else:
        rgba = diverging_rgba(np.nan_to_num(v), low, high)
    if np.isnan(v).any():
        rgba[np.isnan(v)] = (255, 255, 255, 255)
    return rgba
