"""The captioning view's controls, made in one place: which held-out scene (back, its
number, forward), the beam width, a person's own picture (open a file, draw one, back to
the held-out scenes), and stepping through the caption's words (back, play, forward).
The view (gui/views/caption_view.py) connects them, and lays its two columns out with
``side_by_side``."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

#: The widest beam a person may ask for.
MAX_BEAM = 10


def _button(text: str, tip: str = "", width: int | None = None) -> QPushButton:
    button = QPushButton(text)
    if width is not None:
        button.setFixedWidth(width)
    button.setAutoDefault(False)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # ←/→ stay with the words
    button.setToolTip(tip)
    return button


def side_by_side(page: QWidget, left: QWidget, right: QWidget, left_width: int) -> QSplitter:
    """``left`` and ``right`` on ``page``, split where a person drags (``left_width`` at
    first); in a small tab the page scrolls instead of squeezing the picture, the words
    and the curves into each other."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([left_width, 2 * left_width])
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(splitter)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.addWidget(scroll)
    return splitter


class CaptionControls(QObject):
    """The controls and the rows that lay them out (the rows' widgets hold them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.previous_scene = _button("◀", self.tr("The previous held-out scene"), 36)
        self.next_scene = _button("▶", self.tr("The next held-out scene"), 36)
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
        self.previous_word = _button("←", self.tr("The previous word (← key)"), 36)
        self.play = _button(self.tr("Play"), self.tr("Show where each word looked, one "
                                                    "word after another"))
        self.play.setCheckable(True)
        self.next_word = _button("→", self.tr("The next word (→ key)"), 36)

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

    def word_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Words")))
        row.addWidget(self.previous_word)
        row.addWidget(self.play)
        row.addWidget(self.next_word)
        row.addStretch(1)
        return row

    def set_playing(self, playing: bool) -> None:
        self.play.setChecked(playing)
        self.play.setText(self.tr("Stop") if playing else self.tr("Play"))

    def set_held_out(self, count: int) -> None:
        """The scene numbers 0 .. count - 1, without sending anything."""
        self.index.blockSignals(True)
        self.index.setRange(0, max(count - 1, 0))
        self.index.blockSignals(False)

    def show_index(self, index: int) -> None:
        """Show scene ``index`` in the spin box without sending anything."""
        self.index.blockSignals(True)
        self.index.setValue(index)
        self.index.blockSignals(False)
