"""Rows of labelled cells over a sequence (the input tokens, the targets, the net's
predictions), one column per step, lined up with a plot's x axis.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.colors import diverging_rgba

#: Background of a wrong prediction.
WRONG = QColor(246, 190, 190)
GRID = QColor(215, 215, 215)
#: Narrower cells than this get no separating lines.
MIN_LINED = 5.0


@dataclass
class StripRow:
    label: str
    cells: tuple[str, ...]
    #: Background per cell (None: white).
    backgrounds: tuple[QColor | None, ...] = ()
    bold: bool = False


class SequenceStrip(QWidget):
    """Cells in rows, step t spanning ``left + (t - first) * width`` pixels: the view that
    owns the plot sets that geometry (``set_columns``) whenever the plot's range moves.
    Row labels go in the margin left of ``left``."""

    ROW = 20

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StripRow] = []
        self.left, self.width_per_step, self.first = 0.0, 10.0, 0.0
        self.right = 0.0
        #: Pixel width of each text drawn so far (a step's text is checked every frame).
        self._advance: dict[str, int] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.ROW)

    def set_rows(self, rows: list[StripRow]) -> None:
        self.rows = rows
        self.setFixedHeight(self.ROW * max(1, len(rows)) + 2)
        self.update()

    def set_columns(self, left: float, right: float, first: float, width: float) -> None:
        """Step ``first`` starts at pixel ``left``; the plot's data area ends at ``right``."""
        geometry = (left, right, first, width)
        if geometry != (self.left, self.right, self.first, self.width_per_step):
            self.left, self.right, self.first, self.width_per_step = geometry
            self.update()

    def step_at(self, x: float) -> int:
        return int(np.floor(self.first + (x - self.left) / max(self.width_per_step, 1e-9)))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.rows:
            return
        painter = QPainter(self)
        metrics = self.fontMetrics()
        w = self.width_per_step
        for r, row in enumerate(self.rows):
            top = r * self.ROW + 1
            painter.setPen(QColor(90, 90, 90))
            painter.drawText(QRectF(0, top, max(self.left - 6, 0), self.ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(row.label, Qt.TextElideMode.ElideRight,
                                                int(max(self.left - 6, 0))))
            painter.save()
            painter.setClipRect(QRectF(self.left, 0, max(self.right - self.left, 0),
                                       self.height()))
            font = painter.font()
            font.setBold(row.bold)
            painter.setFont(font)
            first = max(int(np.floor(self.first)), 0)
            last = min(len(row.cells), self.step_at(self.right) + 1)
            for t in range(first, last):
                x = self.left + (t - self.first) * w
                cell = QRectF(x, top, w, self.ROW - 2)
                background = row.backgrounds[t] if t < len(row.backgrounds) else None
                if background is not None:
                    painter.fillRect(cell, background)
                if w >= MIN_LINED:
                    painter.setPen(GRID)
                    painter.drawRect(cell)
                text = row.cells[t]
                width = self._advance.get(text)
                if width is None:
                    width = self._advance[text] = metrics.horizontalAdvance(text)
                if text and width <= w + 1:
                    painter.setPen(QColor(30, 30, 30))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
            painter.restore()


def numbers(texts: tuple[str, ...]) -> np.ndarray:
    """The number each text holds, NaN where it holds none ("", a character)."""
    out = np.full(len(texts), np.nan, np.float32)
    for k, text in enumerate(texts):
        try:
            out[k] = float(text)
        except ValueError:
            pass
    return out


def max_abs(texts: tuple[str, ...]) -> float:
    values = np.abs(numbers(texts))
    top = float(np.nanmax(values)) if np.isfinite(values).any() else 1.0
    return top if top > 0 else 1.0


def value_colours(texts: tuple[str, ...], scale: float) -> tuple[QColor | None, ...]:
    """A pale diverging colour per number in ``texts`` (None where a cell holds none)."""
    values = numbers(texts)
    rgba = diverging_rgba(np.nan_to_num(values), -scale, scale)
    # Halfway to white: the text on top stays readable.
    pale = (rgba[:, :3].astype(np.int32) + 255) // 2
    return tuple(QColor(*map(int, rgb)) if np.isfinite(v) else None
                 for v, rgb in zip(values, pale))
