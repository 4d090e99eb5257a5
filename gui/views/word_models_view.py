"""The neural language model beside the Kneser-Ney trigram (probe "word_models"):
held-out sentences, each combining words in a way training never did, with the
log-probability each model gives it; and for a context a person types, the ten words
each model expects next. The trigram can only count what it saw; the neural model
carries what it learnt about a word to the words used like it (the review's point).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.views.probe_view import ProbeView
from gui.views.word_bars import NextWordBars

NEURAL_COLOUR = (8, 119, 189)
TRIGRAM_COLOUR = (150, 150, 150)


class WordModelsView(ProbeView):
    PROBE = "word_models"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([
            self.tr("Held-out sentence"), self.tr("neural ln p"), self.tr("trigram ln p")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.context = QLineEdit()
        self.context.setPlaceholderText(self.tr("Type the start of a sentence, e.g. the mayor of"))
        self.context.setMaxLength(300)
        self.context.returnPressed.connect(self.predict)
        self.predict_button = QPushButton(self.tr("Next word"))
        self.predict_button.clicked.connect(self.predict)
        self.neural_bars = NextWordBars(self.tr("Neural language model"), NEURAL_COLOUR)
        self.trigram_bars = NextWordBars(self.tr("Kneser-Ney trigram"), TRIGRAM_COLOUR)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Context")))
        row.addWidget(self.context, 1)
        row.addWidget(self.predict_button)
        bars = QHBoxLayout()
        bars.addWidget(self.neural_bars.plot)
        bars.addWidget(self.trigram_bars.plot)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.addWidget(self.table, 2)
        page.addLayout(row)
        page.addLayout(bars, 3)
        page.addWidget(self.status)
        self._shown_sentences: list[str] = []

    def title(self) -> str:
        return self.tr("Neural vs n-gram")

    def predict(self) -> None:
        self.send_options({"context": self.context.text()})

    def draw(self, data, snap) -> None:
        lm = data.mode == "lm"
        for widget in (self.table, self.trigram_bars.plot):
            widget.setVisible(lm)
        if not lm:
            self._draw_neighbours(data, snap)
            return
        self.neural_bars.set_title(self.tr("Neural language model"))
        self._fill_table(data)
        if data.neural_next is None:
            self.neural_bars.clear()
            self.trigram_bars.clear()
            self.status.setText(self.tr("Type a context and press Enter to see the words "
                                        "both models expect next."))
            return
        self.neural_bars.show(data.neural_next.words, data.neural_next.probabilities)
        self.trigram_bars.show(data.kneser_ney_next.words, data.kneser_ney_next.probabilities)
        text = self.tr("After “{0}”, at step {1}.").format(data.context, snap.step)
        if data.unknown:
            text += " " + self.tr("Not in the vocabulary: {0}").format(" ".join(data.unknown))
        self.status.setText(text)

    def _draw_neighbours(self, data, snap) -> None:
        """Skip-gram predicts no next word: the words nearest to the last one typed."""
        self.neural_bars.set_title(self.tr("Nearest words to “{0}” (cosine)").format(
            data.context))
        self.neural_bars.show(data.neural_next.words,
                              data.neural_next.probabilities.clip(0.0, 1.0))
        text = self.tr("Skip-gram predicts no next word: type a word to see its nearest "
                       "neighbours, at step {0}.").format(snap.step)
        if data.unknown:
            text += " " + self.tr("Not in the vocabulary: {0}").format(" ".join(data.unknown))
        self.status.setText(text)

    def _fill_table(self, data) -> None:
        if data.sentences != self._shown_sentences:
            self._shown_sentences = list(data.sentences)
            self.table.setRowCount(len(data.sentences))
            for i, sentence in enumerate(data.sentences):
                self.table.setItem(i, 0, QTableWidgetItem(sentence))
        for i in range(len(data.sentences)):
            for column, values in ((1, data.neural), (2, data.kneser_ney)):
                self.table.setItem(i, column, QTableWidgetItem(f"{values[i]:.1f}"))
