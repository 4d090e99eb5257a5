"""The data panel's part for word data: the generated corpus's language, what the
examples are (a language model's previous words -> next word, or skip-gram's centre word
-> nearby words), the context, and a person's own .txt read as words.

A text file is read here, in the window's process, before the trainer is asked to load
it: a bad file (empty, binary, not UTF-8, one word, too large) gets the engine's message
at once and the data that train now stay.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.data import DataFileError
from engine.data.word_text import read_word_text
from engine.shared.catalogue import MAX_CONTEXT, word_info
from engine.shared.experiment import DataSettings
from engine.shared.word_settings import MAX_NEGATIVES, MAX_VOCAB, MIN_VOCAB
from gui.messages import error_text

#: Sentences and training share when word data are picked.
WORD_SENTENCES = 20_000
WORD_TRAIN_RATIO = 0.9


def word_switch_changes(new_id: str, old_id: str) -> dict:
    """Settings that come with moving to word data from other data, and back."""
    if word_info(new_id) is not None and word_info(old_id) is None:
        return {"n_points": WORD_SENTENCES, "train_ratio": WORD_TRAIN_RATIO}
    if word_info(old_id) is not None and word_info(new_id) is None:
        return {"n_points": DataSettings.n_points, "train_ratio": DataSettings.train_ratio}
    return {}


class WordDataBox(QWidget):
    #: Changes to DataSettings fields.
    dataEdited = Signal(dict)
    #: A file that cannot be used: the message for the window's banner.
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = DataSettings()
        #: path -> (words kept, sentences) of the texts read here.
        self._texts: dict[str, tuple[int, int]] = {}
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Korean"), "ko")
        self.language.currentIndexChanged.connect(
            lambda _i: self._emit({"language": self.language.currentData()}))
        self.task = QComboBox()
        self.task.addItem(self.tr("Language model: previous words → next word"), "lm")
        self.task.addItem(self.tr("Skip-gram: word → nearby words"), "skipgram")
        self.task.currentIndexChanged.connect(
            lambda _i: self._emit({"word_task": self.task.currentData()}))
        self.context = self._spin(1, MAX_CONTEXT, "context")
        self.negatives = self._spin(1, MAX_NEGATIVES, "negatives")
        self.vocabulary = self._spin(MIN_VOCAB, MAX_VOCAB, "max_vocab")
        self.vocabulary.setSingleStep(500)
        self.text_button = QPushButton(self.tr("Open text file (words)…"))
        self.text_button.setToolTip(self.tr(
            "A plain UTF-8 text file in any language, up to 50 MB: its words by whitespace"))
        self.text_button.clicked.connect(self.ask_text)
        self.source = QLabel()
        self.source.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Examples"), self.task)
        form.addRow(self.tr("Words of context"), self.context)
        form.addRow(self.tr("Negative samples"), self.negatives)
        form.addRow(self.tr("Vocabulary (rest: <unk>)"), self.vocabulary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.text_button)
        layout.addWidget(self.source)

    def _spin(self, low: int, high: int, field: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)
        spin.valueChanged.connect(lambda value: self._emit({field: value}))
        return spin

    def _emit(self, changes: dict) -> None:
        if any(getattr(self._settings, k) != v for k, v in changes.items()):
            self.dataEdited.emit(changes)

    # -- a person's text ---------------------------------------------------------------
    def ask_text(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open text file"), str(Path.home()),
            self.tr("Text files (*.txt);;All files (*)"))
        return bool(path) and self.open_text(path)

    def open_text(self, path: str | Path) -> bool:
        """Read a text as words and switch to it; on a file that cannot be used, report
        why and keep the current data."""
        path = str(Path(path).resolve())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            corpus = read_word_text(path, self._settings.max_vocab)
        except DataFileError as exc:
            self.problem.emit(error_text(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._texts[path] = (len(corpus.vocabulary), len(corpus.train) + len(corpus.held_out))
        self.dataEdited.emit({"dataset": "word-text", "path": path,
                              **word_switch_changes("word-text", self._settings.dataset)})
        return True

    def source_text(self, settings: DataSettings) -> str:
        if not settings.path:
            return self.tr("No file chosen yet.")
        name = Path(settings.path).name
        if settings.path not in self._texts:
            return self.tr("Loaded: {0}").format(name)
        words, sentences = self._texts[settings.path]
        text = self.tr("Loaded: {0} — {1} sentences, a vocabulary of {2} words").format(
            name, f"{sentences:,}", f"{words:,}")
        if words >= settings.max_vocab:
            text += " " + self.tr("(capped: rarer words read as <unk>)")
        return text

    # -- state from the window ------------------------------------------------------------
    def set_settings(self, settings: DataSettings) -> None:
        """Show the settings in force (without emitting)."""
        self._settings = settings
        info = word_info(settings.dataset)
        if info is None:
            return
        widgets = (self.language, self.task, self.context, self.negatives, self.vocabulary)
        for widget in widgets:
            widget.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.task.setCurrentIndex(max(0, self.task.findData(settings.word_task)))
        self.context.setValue(settings.context)
        self.negatives.setValue(settings.negatives)
        self.vocabulary.setValue(settings.max_vocab)
        for widget in widgets:
            widget.blockSignals(False)
        skipgram = settings.word_task == "skipgram"
        self.note.setText(self.tr(
            "Each word is a vector the net learns. Skip-gram: from a word, tell the words "
            "near it apart from random ones.") if skipgram else self.tr(
            "Each word is a vector the net learns: from the previous words it predicts "
            "the next one (Bengio et al., 2003)."))
        self.negatives.setEnabled(skipgram)
        self.language.setEnabled(not info.from_path)
        self.vocabulary.setEnabled(info.from_path)
        self.source.setVisible(info.from_path)
        self.source.setText(self.source_text(settings) if info.from_path else "")
