"""The data panel's part for sequence data: what the task asks and what its knobs mean,
the sequence length, the number of symbols to remember, a person's text file, and the
two training settings that only recurrent nets need (truncated back-propagation through
time and gradient clipping).

A text file is read here, in the window's process, before the trainer is asked to load
it: a bad file gets the engine's message at once and the data that train now stay.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.data import DataFileError
from engine.data.text import read_text_file
from engine.shared.catalogue import sequence_info
from engine.shared.experiment import DataSettings, TrainSettings
from engine.shared.sequence_info import MAX_LENGTH, MIN_LENGTH
from gui.messages import error_text
from gui.panels.recurrent_training import RecurrentTrainingBox

#: Sequences generated when a task is picked; the grammar's sentences want more.
SEQUENCE_POINTS = 2000
GRAMMAR_POINTS = 4000
SEQUENCE_TRAIN_RATIO = 0.8
#: Text for a character model: noise does not apply, and a person's file may replace it.
CHARACTER_DATA = ("grammar", "text")


def switch_changes(new_id: str, old_id: str) -> dict:
    """Settings that come with moving to ``new_id`` from ``old_id``: sequences want
    thousands of examples and most of them for training, at the task's own length;
    points come back to the playground's 500 split in halves."""
    if sequence_info(new_id) is not None:
        if new_id == old_id:
            return {}
        return {"n_points": GRAMMAR_POINTS if new_id == "grammar" else SEQUENCE_POINTS,
                "train_ratio": SEQUENCE_TRAIN_RATIO, "seq_length": 0}
    if sequence_info(old_id) is not None:
        return {"n_points": DataSettings.n_points, "train_ratio": DataSettings.train_ratio}
    return {}


def effective_length(settings: DataSettings) -> int:
    info = sequence_info(settings.dataset)
    return settings.seq_length or (info.default_length if info else MIN_LENGTH)


class SequenceDataBox(QWidget):
    """Length, symbols, text file and the recurrent training settings."""

    #: Changes to DataSettings fields.
    dataEdited = Signal(dict)
    #: One training setting: (field of TrainSettings, value).
    trainingChanged = Signal(str, object)
    #: A file that cannot be used: the message for the window's banner.
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = DataSettings()
        #: path -> (characters, distinct characters) of text files checked here.
        self._texts: dict[str, tuple[int, int]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.note = self._wrapped_label("sequence-note")
        layout.addWidget(self.note)

        self.text_button = QPushButton(self.tr("Open text file…"))
        self.text_button.setToolTip(self.tr(
            "A plain text file (UTF-8, up to 8 MB): the net learns to predict its next "
            "character"))
        self.text_button.clicked.connect(self.ask_text)
        self.source = self._wrapped_label("text-source")
        layout.addWidget(self.text_button)
        layout.addWidget(self.source)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.length = QSpinBox()
        self.length.setRange(MIN_LENGTH, MAX_LENGTH)
        self.length.setKeyboardTracking(False)  # one edit when typing is done
        self.length.valueChanged.connect(self._emit_length)
        self.length_label = QLabel(self.tr("Sequence length"))
        self.length_label.setBuddy(self.length)
        self.length_note = self._wrapped_label("length-note")
        self.symbols = QSpinBox()
        self.symbols.setRange(2, 8)
        self.symbols.valueChanged.connect(
            lambda k: self._emit_data({"n_classes": k}))
        self.symbols_label = QLabel(self.tr("Symbols to remember"))
        self.symbols_label.setBuddy(self.symbols)
        self.symbols.setToolTip(self.tr(
            "How many different symbols the first step may hold: guessing is right once "
            "in that many times"))
        grid.addWidget(self.length_label, 0, 0)
        grid.addWidget(self.length, 0, 1)
        grid.addWidget(self.length_note, 1, 0, 1, 2)
        grid.addWidget(self.symbols_label, 2, 0)
        grid.addWidget(self.symbols, 2, 1)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.training_box = RecurrentTrainingBox()
        self.training_box.trainingChanged.connect(self.trainingChanged)
        self.bptt, self.clip, self.threshold = (self.training_box.bptt, self.training_box.clip,
                                                self.training_box.threshold)
        layout.addWidget(self.training_box)

    def _wrapped_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setObjectName(name)
        return label

    # -- what the task and its knobs mean -------------------------------------------------
    def task_text(self, dataset_id: str) -> str:
        """What the net must do, and what the noise slider does to these data."""
        texts = {
            "parens": self.tr(
                "Brackets and filler letters, one character at a time: at every step the "
                "net says how deep the brackets are nested so far (0–5), so it must count. "
                "Noise: the share of filler letters."),
            "recall": self.tr(
                "A symbol to remember, blanks, then a cue “?”: name the first symbol. Only "
                "a memory that lasts the whole gap beats guessing. Noise: the share of "
                "blanks replaced by distracting letters."),
            "adding": self.tr(
                "Every step holds a value and a marker; after the last step the net says "
                "the sum of the two marked values. Noise: jitter on the markers of the "
                "unmarked steps."),
            "sines": self.tr(
                "A sum of two sines: at every step the net predicts the next clean value. "
                "Noise: noise added to the inputs."),
            "grammar": self.tr(
                "Generated sentences with quotes and brackets: at every step the net "
                "predicts the next character. Noise does not change a text."),
            "text": self.tr(
                "Your own text: at every step the net predicts the next character. Noise "
                "does not change a text."),
        }
        return texts.get(dataset_id, "")

    def length_text(self, dataset_id: str, length: int) -> str:
        if dataset_id == "recall":
            return self.tr("Delayed recall: the symbol must be kept for {0} steps.").format(
                length - 2)
        if dataset_id == "parens":
            return self.tr("Characters per string.")
        if dataset_id == "adding":
            return self.tr("Values per sequence: the first marked value must be kept for "
                           "up to {0} steps.").format(length - 1)
        if dataset_id == "sines":
            return self.tr("Values per sequence, a prediction after each.")
        return self.tr("Characters per training window.")

    # -- a person's text --------------------------------------------------------------------
    def ask_text(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open text file"), str(Path.home()),
            self.tr("Text files (*.txt);;All files (*)"))
        return bool(path) and self.open_text(path)

    def pick_text(self) -> bool:
        """The text thumbnail: the last file checked here again, else ask for one."""
        if self._texts:
            path = next(reversed(self._texts))
            self._emit_data({"dataset": "text", "path": path,
                             **switch_changes("text", self._settings.dataset)})
            return True
        return self.ask_text()

    def open_text(self, path: str | Path) -> bool:
        """Read a text file and switch to it; on a file that cannot be read, or is too
        short for the sequences, report why and keep the current data."""
        path = str(Path(path).resolve())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            text = read_text_file(path)
        except DataFileError as exc:
            self.problem.emit(error_text(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        changes = {"dataset": "text", "path": path,
                   **switch_changes("text", self._settings.dataset)}
        after = dataclasses.replace(self._settings, **changes)
        length, ratio = effective_length(after), after.train_ratio
        cut = int(len(text) * ratio)
        if min(cut, len(text) - cut) < length + 2:
            self.problem.emit(self.tr(
                "{0} holds {1} characters: too few for training and test windows of {2} "
                "characters. Choose shorter sequences or a longer text.").format(
                    Path(path).name, f"{len(text):,}", length))
            return False
        self._texts.pop(path, None)
        self._texts[path] = (len(text), len(set(text)))  # the newest comes last
        self.dataEdited.emit(changes)
        return True

    def source_text(self, settings: DataSettings) -> str:
        if not settings.path:
            return self.tr("No file chosen yet.")
        name = Path(settings.path).name
        if settings.path not in self._texts:
            return self.tr("Loaded: {0}").format(name)
        chars, distinct = self._texts[settings.path]
        return self.tr("Loaded: {0} — {1} characters, {2} different").format(
            name, f"{chars:,}", distinct)

    # -- edits ------------------------------------------------------------------------------
    def _emit_data(self, changes: dict) -> None:
        if any(getattr(self._settings, k) != v for k, v in changes.items()):
            self.dataEdited.emit(changes)

    def _emit_length(self, length: int) -> None:
        self.length_note.setText(self.length_text(self._settings.dataset, length))
        if length != effective_length(self._settings):
            self.dataEdited.emit({"seq_length": length})

    # -- state from the window --------------------------------------------------------------
    def set_settings(self, settings: DataSettings, training: TrainSettings | None = None
                     ) -> None:
        """Show the settings in force (without emitting)."""
        self._settings = settings
        info = sequence_info(settings.dataset)
        if info is None:
            return
        dataset_id = settings.dataset
        widgets = (self.length, self.symbols)
        for widget in widgets:
            widget.blockSignals(True)
        length = effective_length(settings)
        self.length.setValue(length)
        self.symbols.setValue(min(max(settings.n_classes, 2), info.max_classes))
        for widget in widgets:
            widget.blockSignals(False)
        self.training_box.set_training(training)
        self.note.setText(self.task_text(dataset_id))
        self.length_note.setText(self.length_text(dataset_id, length))
        for widget in (self.symbols, self.symbols_label):
            widget.setVisible(info.adjustable_classes)
        self.text_button.setVisible(dataset_id in CHARACTER_DATA)
        self.source.setVisible(info.from_path)
        self.source.setText(self.source_text(settings) if info.from_path else "")
