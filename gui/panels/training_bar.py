"""The training bar: play/pause, step, reset, the step counter and the training settings.

Every combo box maps to one field of the experiment. The bar emits what a person asked
for; the main window turns it into engine commands.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from engine.data import DATASETS
from engine.shared.experiment import Experiment
from engine.shared.layers.kinds import ACTIVATION_KINDS

LEARNING_RATES = (0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
REG_RATES = (0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
DROPOUTS = (0.0, 0.1, 0.2, 0.3, 0.5)


class TrainingBar(QWidget):
    playToggled = Signal()
    stepRequested = Signal()
    resetRequested = Signal()
    #: One training setting changed: (field of TrainSettings, value).
    trainingChanged = Signal(str, object)
    #: The activation of every hidden layer changed.
    activationChanged = Signal(str)
    #: Classification or regression picked.
    problemChanged = Signal(str)
    #: Dropout probability of the hidden layers.
    dropoutChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reset_button = self._button("⟲", self.tr("Reset the network (R)"))
        self.play_button = self._button("▶", self.tr("Play / pause (Space)"))
        self.play_button.setObjectName("playButton")
        self.step_button = self._button("▶|", self.tr("One step (Right arrow)"))
        self.reset_button.clicked.connect(self.resetRequested)
        self.play_button.clicked.connect(self.playToggled)
        self.step_button.clicked.connect(self.stepRequested)
        self.counter = QLabel("0")
        self.counter.setObjectName("stepCounter")
        self.epoch_label = QLabel(self.tr("Step"))
        self.epoch_value = QLabel()
        self.epoch_value.setObjectName("fieldLabel")
        self._build_settings()
        self._lay_out()

    def _build_settings(self) -> None:
        """A combo box per setting, each emitting what a person picked."""
        self.learning_rate = self._combo([f"{v:g}" for v in LEARNING_RATES], LEARNING_RATES)
        self.activation = self._combo(
            [self.tr("ReLU"), self.tr("Tanh"), self.tr("Sigmoid"), self.tr("Linear"),
             self.tr("Leaky ReLU"), self.tr("GELU"), self.tr("SiLU")],
            ("relu", "tanh", "sigmoid", "linear", "leaky_relu", "gelu", "silu"))
        self.optimizer = self._combo(
            [self.tr("SGD"), self.tr("SGD + momentum"), self.tr("Adam"), self.tr("RMSprop"),
             self.tr("Adagrad")], ("sgd", "momentum", "adam", "rmsprop", "adagrad"))
        self.regularization = self._combo([self.tr("None"), self.tr("L1"), self.tr("L2")],
                                          ("none", "l1", "l2"))
        self.reg_rate = self._combo([f"{v:g}" for v in REG_RATES], REG_RATES)
        self.problem = self._combo([self.tr("Classification"), self.tr("Regression")],
                                   ("classification", "regression"))
        self.loss = self._combo([self.tr("Cross-entropy"), self.tr("Mean squared error")],
                                ("auto", "mse"))
        self.loss.setToolTip(self.tr("Regression always uses mean squared error"))
        self.dropout = self._combo([f"{v:g}" for v in DROPOUTS], DROPOUTS)
        self.dropout.setToolTip(self.tr("Probability of dropping each hidden unit while "
                                        "training"))
        for combo, field in ((self.learning_rate, "learning_rate"),
                             (self.optimizer, "optimizer"),
                             (self.regularization, "regularization"),
                             (self.reg_rate, "reg_rate"),
                             (self.loss, "loss")):
            combo.activated.connect(self._emit_training(combo, field))
        self.dropout.activated.connect(
            lambda _i: self.dropoutChanged.emit(self.dropout.currentData()))
        self.activation.activated.connect(
            lambda _i: self.activationChanged.emit(self.activation.currentData()))
        self.problem.activated.connect(
            lambda _i: self.problemChanged.emit(self.problem.currentData()))

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.addWidget(self.reset_button)
        row.addWidget(self.play_button)
        row.addWidget(self.step_button)
        counter = self._labelled(self.epoch_label, self.counter)
        counter.addWidget(self.epoch_value)
        row.addLayout(counter)
        for title, combo in ((self.tr("Learning rate"), self.learning_rate),
                             (self.tr("Activation"), self.activation),
                             (self.tr("Optimizer"), self.optimizer),
                             (self.tr("Regularization"), self.regularization),
                             (self.tr("Regularization rate"), self.reg_rate),
                             (self.tr("Dropout"), self.dropout),
                             (self.tr("Loss"), self.loss),
                             (self.tr("Problem type"), self.problem)):
            row.addLayout(self._labelled(QLabel(title), combo))
        row.addStretch(1)

    # -- construction helpers -------------------------------------------------------
    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setMinimumSize(40, 40)
        return button

    @staticmethod
    def _combo(labels, values) -> QComboBox:
        combo = QComboBox()
        for label, value in zip(labels, values):
            combo.addItem(label, value)
        return combo

    @staticmethod
    def _labelled(label: QLabel, widget: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        label.setObjectName("fieldLabel")
        column.addWidget(label)
        column.addWidget(widget)
        return column

    def _emit_training(self, combo: QComboBox, field: str):
        def emit(_index: int) -> None:
            self.trainingChanged.emit(field, combo.currentData())
        return emit

    # -- state from the engine ------------------------------------------------------
    def show_experiment(self, experiment: Experiment, _sections=frozenset()) -> None:
        """The experiment in force (the window's ExperimentState emits it)."""
        self.set_experiment(experiment, DATASETS[experiment.data.dataset].problem)

    def set_experiment(self, experiment: Experiment, problem: str) -> None:
        """Show the settings in force (without emitting)."""
        tr, net = experiment.training, experiment.network
        _select(self.learning_rate, tr.learning_rate)
        _select(self.optimizer, tr.optimizer)
        _select(self.regularization, tr.regularization)
        _select(self.reg_rate, tr.reg_rate)
        _select(self.loss, "mse" if tr.loss == "mse" else "auto")
        _select(self.dropout, net.dropout)
        self.loss.setEnabled(problem != "regression")
        if net.activations:
            _select(self.activation, net.activations[0])
        # One unit with no hidden layer has no hidden activation to choose, and a stack
        # without activation layers (Embedding → LSTM) none the choice would replace.
        has_hidden = bool(net.activations) if not net.layers else _has_activation(net.layers)
        self.activation.setEnabled(has_hidden)
        self.activation.setToolTip(
            "" if has_hidden else self.tr("No hidden layer: there is no activation to choose")
            if not net.layers else self.tr(
                "This network has no activation layer to change (a recurrent layer's tanh "
                "and sigmoids belong to the layer itself)"))
        _select(self.problem, problem)

    def set_running(self, running: bool) -> None:
        self.play_button.setText("⏸" if running else "▶")

    def set_trainable(self, trainable: bool, reason: str = "") -> None:
        """Play and step only for a network that can train; the tooltip says why not."""
        for button in (self.play_button, self.step_button):
            button.setEnabled(trainable)
        self.play_button.setToolTip(self.tr("Play / pause (Space)") if trainable else reason)
        self.step_button.setToolTip(self.tr("One step (Right arrow)") if trainable else reason)

    def set_step(self, step: int, epoch: float) -> None:
        self.counter.setText(f"{step:,}")
        self.epoch_value.setText(self.tr("epoch {0:.1f}").format(epoch))


def _select(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index < 0 and isinstance(value, float):
        # A value from a file that is not in the list: add it rather than lie.
        combo.addItem(f"{value:g}", value)
        index = combo.count() - 1
    if index >= 0:
        combo.setCurrentIndex(index)


def _has_activation(layers) -> bool:
    return any(layer.kind in ACTIVATION_KINDS or _has_activation(layer.body)
               for layer in layers)
