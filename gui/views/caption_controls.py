"""The captioning view's controls, made in one place: which held-out scene (back, its
number, forward), the beam width, a person's own picture (open a file, draw one, back to
the held-out scenes), and stepping through the caption's words (back, play, forward).
The view (gui/views/caption_view.py) connects them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox

#: The widest beam a person may ask for.
MAX_BEAM = 10


def _button(text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # ←/→ stay with the words
    button.setToolTip(tip)
    return button


class CaptionControls(QObject):
    """The controls and the rows that lay them out (the rows' widgets hold them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.previous_scene = _button("◀", self.tr("The previous held-out scene"))
        self.next_scene = _button("▶", self.tr("The next held-out scene"))
        self.index = QSpinBox()
        self.index.setRange(0, 0)
        self.index.setWrapping(True)
        self.index.setToolTip(self.tr("Which held-out scene to caption"))
        self.beam = QSpinBox()
        self.beam.setRange(1, MAX_BEAM)
        self.beam.setValue(3)
        self.beam.setToolTip(self.tr("How many partial captions beam search keeps at "
                                     "each word (1: greedy, the likeliest word each time)"))
        self.open_button = _button(self.tr("Open picture…"),
                                   self.tr("Caption a picture of your own from a file"))
        self.draw_button = _button(self.tr("Draw…"), self.tr("Draw a picture to caption"))
        self.back_button = _button(self.tr("Back to held-out scenes"))
        self.back_button.setEnabled(False)
        self.previous_word = _button("←", self.tr("The previous word (← key)"))
        self.play = _button(self.tr("Play"), self.tr("Show where each word looked, one "
                                                    "word after another"))
        self.play.setCheckable(True)
        self.next_word = _button("→", self.tr("The next word (→ key)"))

    def scene_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Held-out scene")))
        row.addWidget(self.previous_scene)
        row.addWidget(self.index)
        row.addWidget(self.next_scene)
        row.addSpacing(12)
        row.addWidget(QLabel(self.tr("Beam width")))
        row.addWidget(self.beam)
        row.addStretch(1)
        return row

    def picture_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.draw_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        return row

    def word_row(self, word: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.previous_word)
        row.addWidget(self.play)
        row.addWidget(self.next_word)
        row.addWidget(word, 1)
        return row

    def set_playing(self, playing: bool) -> None:
        self.play.setChecked(playing)
        self.play.setText(self.tr("Stop") if playing else self.tr("Play"))

    def set_held_out(self, count: int) -> None:
        """The scene numbers 0 .. count - 1, without sending anything."""
        self.index.blockSignals(True)
        self.index.setRange(0, max(count - 1, 0))
        self.index.blockSignals(False)
