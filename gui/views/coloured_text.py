"""A sequence's text coloured by one unit's activation, a background per character
(Karpathy's "quote unit" pictures), wrapped to the width like prose. Painted, not rich
text: a QTextEdit's setHtml of 400 coloured spans costs ~10 ms a frame. The letters are
drawn once per text into a transparent layer; a frame paints only the backgrounds under it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.views.rnn_view_base import quantity_rgba

MARGIN = 4.0
#: Backgrounds go this share of the way to white, so dark letters read on every colour.
PALE = 0.25
INK = QColor(25, 25, 25)


def shown_text(token: str) -> str:
    """What a token looks like in running text: "␣" is a space again."""
    return " " if token == "␣" else token


class ColouredText(QWidget):
    """Tokens side by side on their colours; a token longer than one character (a value,
    "0.43") gets a gap after it; "⏎" ends a line. The widget grows to its text's height
    (put it in a QScrollArea)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0))
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.tokens: tuple[str, ...] = ()
        self.rgba = np.zeros((0, 4), np.uint8)
        self._places: list[QRectF] = []
        self._letters: QPixmap | None = None
        self._laid_out_at = -1

    def set_text(self, tokens: tuple[str, ...], values: np.ndarray, low: float,
                 high: float) -> None:
        rgba = quantity_rgba(np.asarray(values, np.float32), low, high).astype(np.float32)
        self.rgba = (rgba + (255.0 - rgba) * PALE).astype(np.uint8)
        if tokens != self.tokens:
            self.tokens = tokens
            self._layout()
        self.update()

    def colours(self) -> list[tuple[str, tuple[int, int, int]]]:
        """(token, background rgb) in reading order."""
        return [(t, tuple(int(c) for c in rgba[:3])) for t, rgba in zip(self.tokens, self.rgba)]

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.width() != self._laid_out_at:
            self._layout()

    def _layout(self) -> None:
        self._laid_out_at = self.width()
        metrics = self.fontMetrics()
        line = metrics.height() + 2
        words = any(len(t) > 1 for t in self.tokens if t not in ("␣", "⏎"))
        gap = metrics.horizontalAdvance(" ") if words else 0
        right = max(self.width() - MARGIN, 40)
        x, y = MARGIN, MARGIN
        places = []
        for token in self.tokens:
            w = metrics.horizontalAdvance(shown_text(token))
            if x + w > right and x > MARGIN:
                x, y = MARGIN, y + line
            places.append(QRectF(x, y, w, line))
            x += w + gap
            if token == "⏎":
                x, y = MARGIN, y + line
        self._places = places
        height = int(y + line + MARGIN)
        self.setMinimumHeight(height)
        self._letters = self._draw_letters(max(self.width(), 1), height)

    def _draw_letters(self, width: int, height: int) -> QPixmap:
        ratio = self.devicePixelRatioF()
        letters = QPixmap(int(width * ratio), int(height * ratio))
        letters.setDevicePixelRatio(ratio)
        letters.fill(Qt.GlobalColor.transparent)
        painter = QPainter(letters)
        painter.setFont(self.font())
        painter.setPen(INK)
        for rect, token in zip(self._places, self.tokens):
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, shown_text(token))
        painter.end()
        return letters

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(255, 255, 255))
        for rect, (r, g, b, _a) in zip(self._places, self.rgba):
            painter.fillRect(rect, QColor(int(r), int(g), int(b)))
        if self._letters is not None:
            painter.drawPixmap(0, 0, self._letters)
