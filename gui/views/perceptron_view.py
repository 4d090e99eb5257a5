"""The perceptron: one unit, its weights on sliders, and what it does to the plane.

A person drags w1, w2, b; the heatmap of f(z), the decision line z = 0 and the weight
vector (the line's normal) follow at once, computed here in numpy from the slider values
(gui.views.perceptron_math); the new weights go to the trainer as throttled SetWeight
commands. While training runs, the sliders follow the engine's weights ("params" probe),
except the one a person is holding.
"""

from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import qthrottled

from engine.shared.commands import SetWeight
from gui.views import perceptron_math as pm
from gui.views.demo_view import DemoView, notice_page
from gui.views.perceptron_plot import UnitPlot
from gui.views.weight_rows import BIAS, WeightRows

#: After a person changes a weight, snapshots made before the trainer saw the change
#: would pull the slider back for a moment: ignore the engine's value this long.
HOLD_SECONDS = 0.5
#: Milliseconds between two SetWeight commands while a slider is dragged.
SEND_EVERY_MS = 50


class PerceptronView(DemoView):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_plot = UnitPlot()
        self.unit_plot.pointPicked.connect(self._pick_point)
        why_sigmoid = self._build_activation_choice()
        self.rows = QGridLayout()
        self.weight_rows = WeightRows(self.rows, self._changed_by_person)
        self._build_formula()
        self._build_xor_box()
        self.needs = QLabel()
        self.back = QPushButton(self.tr("Back to one unit"))
        self.back.clicked.connect(lambda: self.changeRequested.emit(
            {"network": {"hidden": [], "activations": [], "layers": []}}))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._unit_page(why_sigmoid))
        self.pages.addWidget(notice_page(self.needs, self.back))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._snapshot = None
        self._features: tuple[str, ...] = ()
        self._weights = np.zeros(0, np.float32)
        self._bias = 0.0
        self._pending: dict[int, float] = {}
        self._held_until: dict[int, float] = {}
        self._point: np.ndarray | None = None
        self._send = qthrottled(self._send_pending, timeout=SEND_EVERY_MS, parent=self)
        self.frames_drawn = 0

    # -- construction --------------------------------------------------------------------
    def _build_activation_choice(self) -> str:
        """The activation f(z) is drawn with; returns why training ignores it."""
        self.activation = QComboBox()
        for label, name in ((self.tr("step"), "step"), (self.tr("sigmoid"), "sigmoid"),
                            (self.tr("tanh"), "tanh"), (self.tr("relu"), "relu"),
                            (self.tr("linear"), "linear")):
            self.activation.addItem(label, name)
        self.activation.setCurrentIndex(1)
        why_sigmoid = self.tr(
            "This choice changes only the picture. Training always uses the sigmoid with "
            "cross-entropy: the sigmoid is the smooth version of the step, and the step "
            "has no gradient to learn from.")
        self.activation.setToolTip(why_sigmoid)
        self.activation.currentIndexChanged.connect(lambda _i: self._redraw())
        return why_sigmoid

    def _build_formula(self) -> None:
        """The weighted sum at the point under the mouse, and the line's accuracy."""
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setToolTip(self.tr(
            "The inputs x are the point's features divided by their typical size "
            "(x₁ = X₁/3, x₂ = X₂/3), the numbers the network gets."))
        bigger = self.formula.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.15)
        self.formula.setFont(bigger)
        self.accuracy = QLabel()
        self.accuracy.setWordWrap(True)

    def _build_xor_box(self) -> None:
        """Why one unit fails on XOR, and the way out: a hidden layer."""
        self.xor_note = QLabel(self.tr(
            "Why one unit stops near 75 % on XOR: it answers by the sign of z = w·x + b, "
            "so one straight line splits the plane into two half-planes. XOR needs the two "
            "diagonal corners (top right, bottom left) on the same side, which no line "
            "allows; the best a line can do is cut off one corner: 3 quadrants of 4."))
        self.xor_note.setWordWrap(True)
        self.add_hidden = QPushButton(self.tr("Add a hidden layer"))
        self.add_hidden.setToolTip(self.tr(
            "Four tanh units between the inputs and the output; then press play"))
        self.add_hidden.clicked.connect(self._add_hidden_layer)
        self.xor_box = QFrame()
        self.xor_box.setFrameShape(QFrame.Shape.StyledPanel)
        xor_layout = QVBoxLayout(self.xor_box)
        xor_layout.addWidget(self.xor_note)
        xor_layout.addWidget(self.add_hidden, 0, Qt.AlignmentFlag.AlignLeft)

    def _unit_page(self, why_sigmoid: str) -> QWidget:
        """The plot with its weights and choices beside it, the formula and the XOR box."""
        # A narrow column beside the plot: the tab shares the window with the panels, and
        # the plane is what a person watches.
        controls_box = QWidget()
        controls_box.setMaximumWidth(240)
        controls = QVBoxLayout(controls_box)
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addLayout(self.rows)
        controls.addWidget(QLabel(self.tr("Output f(z) drawn with:")))
        controls.addWidget(self.activation)
        training_note = QLabel(self.tr("Training always uses the sigmoid."))
        training_note.setToolTip(why_sigmoid)
        training_note.setWordWrap(True)
        controls.addWidget(training_note)
        controls.addWidget(self.accuracy)
        controls.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.unit_plot, 1)
        top.addWidget(controls_box)
        unit_page = QWidget()
        unit_layout = QVBoxLayout(unit_page)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_layout.addLayout(top, 1)
        unit_layout.addWidget(self.formula)
        unit_layout.addWidget(self.xor_box)
        return unit_page

    # -- the view's interface ------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Perceptron")

    def probe_names(self) -> set[str]:
        return {"params"}

    def show_snapshot(self, snap) -> None:
        self._snapshot = snap
        reasons = self._reasons_it_cannot_show(snap)
        if reasons:
            self.needs.setText(" ".join(reasons))
            net = snap.experiment.network
            self.back.setVisible(bool(net.hidden or net.layers))
            self.pages.setCurrentIndex(1)
            return
        self.pages.setCurrentIndex(0)
        features = tuple(snap.experiment.network.features)
        if features != self._features:
            self._build_rows(features)
        self._follow_engine(snap)
        self.unit_plot.set_points(snap)
        if self._point is None and len(snap.points.x_train):
            self._point = np.asarray(snap.points.x_train[0], np.float32)
        self.xor_box.setVisible(snap.experiment.data.dataset == "xor")
        self._redraw()
        self.frames_drawn += 1

    def weights(self) -> tuple[np.ndarray, float]:
        """The weights the view draws now (the sliders' values), for tests."""
        return self._weights.copy(), self._bias

    # -- what the view needs -------------------------------------------------------------
    def _reasons_it_cannot_show(self, snap) -> list[str]:
        reasons = []
        if snap.problem != "classification" or snap.n_classes != 2:
            reasons.append(self.tr(
                "This view shows one unit with a sigmoid, which draws one line between two "
                "classes; it needs a dataset with two classes (this one is {0}).").format(
                    self.tr("a regression") if snap.problem != "classification"
                    else self.tr("{0} classes").format(snap.n_classes)))
        net = snap.experiment.network
        if net.hidden or net.layers:
            reasons.append(self.tr(
                "This view shows a single unit: the inputs go straight to one output, with "
                "no hidden layer. The network now has hidden layers (or a stack from the layer "
                "builder); go back to one unit "
                "to see its weights, its weighted sum and its line."))
        return reasons

    @property
    def sliders(self) -> dict:
        """The weight rows' sliders by column (BIAS for the bias)."""
        return self.weight_rows.sliders

    @property
    def spins(self) -> dict:
        return self.weight_rows.spins

    def _build_rows(self, features: tuple[str, ...]) -> None:
        self.weight_rows.build(features)
        self._pending.clear()
        self._held_until.clear()
        self._features = features
        self._weights = np.zeros(len(features), np.float32)
        self._bias = 0.0

    # -- weights: person -> view -> engine ---------------------------------------------
    def _changed_by_person(self, col: int, value: float) -> None:
        self.weight_rows.show_value(col, value)
        self._set_local(col, value)
        self._pending[col] = value
        self._held_until[col] = time.monotonic() + HOLD_SECONDS
        self._send()
        self._redraw()

    def _send_pending(self) -> None:
        pending, self._pending = self._pending, {}
        for col, value in pending.items():
            self.commandRequested.emit(SetWeight(layer=0, row=0, col=col, value=float(value)))

    def _set_local(self, col: int, value: float) -> None:
        if col == BIAS:
            self._bias = float(value)
        else:
            self._weights[col] = value

    def _follow_engine(self, snap) -> None:
        if snap.weights is None or snap.biases is None:
            return
        weights, biases = snap.weights[0], snap.biases[0]
        if weights.shape != (1, len(self._features)):
            return
        now = time.monotonic()
        engine = {**{c: float(weights[0, c]) for c in range(weights.shape[1])},
                  BIAS: float(biases[0])}
        for col, value in engine.items():
            held = self.weight_rows.is_dragged(col) or self._held_until.get(col, 0.0) > now
            if held or col in self._pending:
                continue
            self._set_local(col, value)
            self.weight_rows.show_value(col, value)

    # -- drawing -------------------------------------------------------------------------
    def _pick_point(self, x1: float, x2: float) -> None:
        # Only the formula and its marker move with the mouse; the plane stays as it is.
        self._point = np.array([x1, x2], np.float32)
        if self._snapshot is not None and self.pages.currentIndex() == 0:
            self._write_formula(self.activation.currentData())

    def _redraw(self) -> None:
        snap = self._snapshot
        if snap is None or self.pages.currentIndex() != 0:
            return
        activation = self.activation.currentData()
        self.unit_plot.draw_unit(self._features, self._weights, self._bias, activation,
                                 snap.extent)
        self._write_formula(activation)
        self._write_accuracy()

    def _write_formula(self, activation: str) -> None:
        if self._point is None:
            self.formula.setText(self.tr("Move the mouse over the plane to see the weighted "
                                         "sum at a point."))
            return
        self.unit_plot.mark(self._point)
        inputs = pm.feature_inputs(self._point, self._features)
        self.formula.setText(self.tr("At ({0}, {1}): {2}").format(
            pm.number(float(self._point[0])), pm.number(float(self._point[1])),
            pm.formula(self._weights, self._bias, inputs, activation)))

    def _write_accuracy(self) -> None:
        train, test = self.unit_plot.accuracies(self._weights, self._bias)
        percent = lambda a: "–" if a is None else f"{100 * a:.0f} %"  # noqa: E731
        self.accuracy.setText(self.tr("Accuracy of this line:\ntrain {0}, test {1}").format(
            percent(train), percent(test)))

    def _add_hidden_layer(self) -> None:
        self.changeRequested.emit({"network": {"hidden": [4], "activations": ["tanh"]}})
        self.tabRequested.emit("output")
