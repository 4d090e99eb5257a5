"""Each captioner's caption as a row of word buttons: its name, right or wrong against the
reference, then the words it wrote and the end. A click on a word emits ``wordChosen``
(run, word); the chosen word stays pressed. The rows wrap at any width (FlowLayout)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from gui.views.flow_layout import FlowWidget

RIGHT = "rgb(30, 130, 50)"
WRONG = "rgb(190, 40, 40)"
BUTTON_STYLE = ("QPushButton { padding: 2px 6px; border: 1px solid rgb(190, 190, 190);"
                " border-radius: 3px; background: white; }"
                "QPushButton:checked { background: rgb(8, 119, 189); color: white;"
                " border-color: rgb(8, 119, 189); }")


@dataclass(frozen=True)
class RowText:
    """What one row says: the run's name, whether it attends, its words and verdict."""
    name: str
    attention: bool
    words: tuple[str, ...]
    correct: bool | None


class CaptionWords(QWidget):
    wordChosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(6)
        #: Per run: its name label and its word buttons (the end last).
        self.names: list[QLabel] = []
        self.lines: list[FlowWidget] = []
        self.buttons: list[list[QPushButton]] = []
        self.shown: tuple[RowText, ...] = ()
        self.end = "(end)"

    def set_rows(self, rows: tuple[RowText, ...], end: str) -> None:
        """Show ``rows``; buttons are made anew only when the words change."""
        structure = tuple((r.attention, r.words) for r in rows)
        if structure != tuple((r.attention, r.words) for r in self.shown) or end != self.end:
            self.end = end
            self._rebuild(rows)
        for label, row in zip(self.names, rows):
            label.setText(self._name_html(row))
        for line in self.lines:
            line.fit_height()
        self.shown = rows

    def _rebuild(self, rows: tuple[RowText, ...]) -> None:
        while self.layout_.count():  # each row and its buttons, deleted later: the
            line = self.layout_.takeAt(0).widget()  # click being handled may be on one
            line.hide()
            line.deleteLater()
        self.names, self.buttons, self.lines = [], [], []
        for r, row in enumerate(rows):
            line = FlowWidget()
            flow = line.flow
            name = QLabel()
            name.setTextFormat(Qt.TextFormat.RichText)
            flow.addWidget(name)
            buttons = []
            for w, word in enumerate((*row.words, self.end)):
                button = QPushButton(word)
                button.setCheckable(True)
                button.setAutoDefault(False)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setStyleSheet(BUTTON_STYLE)
                button.clicked.connect(lambda _=False, r=r, w=w: self.wordChosen.emit(r, w))
                flow.addWidget(button)
                buttons.append(button)
            self.layout_.addWidget(line)
            self.names.append(name)
            self.lines.append(line)
            self.buttons.append(buttons)

    def _name_html(self, row: RowText) -> str:
        name = f"<b>{html.escape(row.name)}</b>"
        if row.correct is None:
            return name + ":"
        mark, colour = ("✓", RIGHT) if row.correct else ("✗", WRONG)
        return f'{name} <span style="color: {colour}; font-weight: bold">{mark}</span>:'

    def mark(self, run: int, word: int) -> None:
        """Press the button of ``word`` of ``run`` and release every other."""
        for r, buttons in enumerate(self.buttons):
            for w, button in enumerate(buttons):
                button.setChecked(r == run and w == word)

    def words_of(self, run: int) -> int:
        """How many buttons ``run`` has (its words and the end)."""
        return len(self.buttons[run]) if 0 <= run < len(self.buttons) else 0
