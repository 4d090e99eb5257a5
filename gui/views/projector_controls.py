"""The projector's controls: which vectors (a layer, or a word model's vectors), which
projection (PCA in 2-D or 3-D, or t-SNE), and t-SNE's perplexity, exaggeration and
learning rate, with its progress. They hold the probe's options; the view sends them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.shared.results.projection import LAYER, WORDS, TsneLayout

PCA2, PCA3, TSNE = "pca2", "pca3", "tsne"
#: The layer combo's data for "the word model's vectors".
WORD_CHOICE = -1


def _spin(low: float, high: float, value: float, decimals: int, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    spin.setValue(value)
    spin.setKeyboardTracking(False)  # a value reaches the engine when typed in full
    return spin


class ProjectorControls(QWidget):
    #: The probe's options changed (a person's choice): the view sends them.
    changed = Signal()
    #: The projection changed (PCA 2-D, 3-D, t-SNE).
    projectionChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layer = QComboBox()
        self.layer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.layer.setToolTip(self.tr("Whose vectors: a layer's activations on the test "
                                      "examples, or a word model's word vectors"))
        self.layer.activated.connect(lambda _i: self.changed.emit())
        self.projection = QComboBox()
        for text, key in ((self.tr("PCA 2-D"), PCA2), (self.tr("PCA 3-D"), PCA3),
                          (self.tr("t-SNE"), TSNE)):
            self.projection.addItem(text, key)
        self.projection.setToolTip(self.tr(
            "PCA is recomputed at every frame; in 3-D, drag to turn the cloud. t-SNE lays "
            "the points out by their neighbourhoods and runs in the trainer while the "
            "model keeps learning."))
        self.projection.activated.connect(self._projection_chosen)
        self.perplexity = _spin(2, 100, 30, 0, 5)
        self.perplexity.setToolTip(self.tr(
            "Roughly how many neighbours each point keeps close (at most a third of the "
            "points)"))
        self.exaggeration = _spin(1, 50, 1, 1, 0.5)
        self.exaggeration.setToolTip(self.tr(
            "Pulls clusters tighter after the first 250 iterations (1: plain t-SNE)"))
        self.learning_rate = _spin(0, 100000, 0, 0, 50)
        self.learning_rate.setSpecialValueText(self.tr("auto"))
        self.learning_rate.setToolTip(self.tr(
            "Step size of t-SNE's gradient descent; auto: the number of points over the "
            "exaggeration, at least 200"))
        for spin in (self.perplexity, self.exaggeration, self.learning_rate):
            spin.valueChanged.connect(lambda _v: self._tsne_changed())
        self.restart = QPushButton(self.tr("Run t-SNE again"))
        self.restart.setToolTip(self.tr("Start again from the current layout, on the "
                                        "vectors of the current step"))
        self.restart.clicked.connect(self._again)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        #: t-SNE's run number (0: off); a new number asks the engine for a new run.
        self.run = 0

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Vectors")))
        row.addWidget(self.layer)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Projection")))
        row.addWidget(self.projection)
        row.addStretch(1)
        self.tsne_row = QWidget()
        tsne = QHBoxLayout(self.tsne_row)
        tsne.setContentsMargins(0, 0, 0, 0)
        for text, spin in ((self.tr("Perplexity"), self.perplexity),
                           (self.tr("Exaggeration"), self.exaggeration),
                           (self.tr("Learning rate"), self.learning_rate)):
            tsne.addWidget(QLabel(text))
            tsne.addWidget(spin)
        tsne.addWidget(self.restart)
        tsne.addWidget(self.progress, 1)
        self.tsne_row.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addLayout(row)
        layout.addWidget(self.tsne_row)
        layout.addWidget(self.status)

    # -- what the controls say ---------------------------------------------------------------
    def mode(self) -> str:
        return self.projection.currentData()

    def options(self) -> dict:
        choice = self.layer.currentData()
        words = choice == WORD_CHOICE
        options = {"source": WORDS if words else LAYER,
                   "tsne": self.run if self.mode() == TSNE else 0,
                   "perplexity": self.perplexity.value(),
                   "exaggeration": self.exaggeration.value(),
                   "learning_rate": self.learning_rate.value()}
        if not words and choice is not None:
            options["layer"] = int(choice)
        return options

    def set_mode(self, mode: str) -> None:
        self.projection.setCurrentIndex(self.projection.findData(mode))
        self._projection_chosen()

    def _projection_chosen(self, _index: int = 0) -> None:
        mode = self.mode()
        self.tsne_row.setVisible(mode == TSNE)
        if mode == TSNE and self.run == 0:
            self.run = 1
        self.projectionChanged.emit(mode)
        self.changed.emit()

    def _tsne_changed(self) -> None:
        if self.mode() == TSNE:
            self.changed.emit()

    def _again(self) -> None:
        self.run += 1
        self.changed.emit()

    # -- what the engine says ----------------------------------------------------------------
    def set_layers(self, layers: tuple[str, ...], shown: int, words: bool,
                   word_source: bool, thoughts: bool = False) -> None:
        """The choices (the model's layers, and the word vectors when there are some;
        a translator's runs, whose thought vectors are shown), showing ``shown`` (or the
        word vectors), without sending anything."""
        text = self._thought_text if thoughts else self._layer_text
        items = [(text(name), i) for i, name in enumerate(layers)]
        if words:
            items.append((self.tr("Word vectors"), WORD_CHOICE))
        current = [(self.layer.itemText(i), self.layer.itemData(i))
                   for i in range(self.layer.count())]
        self.layer.blockSignals(True)
        if items != current:
            self.layer.clear()
            for text, data in items:
                self.layer.addItem(text, data)
        index = self.layer.findData(WORD_CHOICE if word_source else shown)
        self.layer.setCurrentIndex(max(index, 0))
        self.layer.blockSignals(False)

    def _thought_text(self, run: str) -> str:
        return self.tr("Thought vectors: {0}").format(run)

    def _layer_text(self, name: str) -> str:
        position, _, rest = name.partition(" ")
        kind, _, width = rest.rpartition(" ")
        if kind == "input":
            return self.tr("Input ({0} values)").format(width)
        if position == "out":
            return self.tr("Output {0} ({1} values)").format(kind, width)
        return self.tr("Layer {0}: {1} ({2} values)").format(position, kind, width)

    def show_tsne(self, tsne: TsneLayout | None) -> None:
        if tsne is None:
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("waiting for the first iterations…"))
            return
        self.progress.setValue(int(round(tsne.progress * 1000)))
        if tsne.done:
            self.progress.setFormat(self.tr("settled: {0} iterations, on step {1}").format(
                tsne.iterations, tsne.step))
        else:
            self.progress.setFormat(self.tr("iteration {0} of {1} (vectors of step {2})")
                                    .format(tsne.iteration, tsne.iterations, tsne.step))
