"""The projector's side panel: the selected point's nearest neighbours by cosine
similarity as bars, a search box, and the analogy box (a − b + c).

It reads the points of the frame on screen (``set_points``) and tells the view what to
select and ring (``selected``, ``marked``); the numbers are engine/shared/projection.py's.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.shared.projection import analogy, neighbours
from engine.shared.results.projection import ProjectorPoints
from gui.colors import NEGATIVE, POSITIVE

ROW = 18


class SimilarityBars(QWidget):
    """Rows of (name, cosine similarity) as bars; clicking a row picks its point."""

    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[int, str, float]] = []
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(180)
        self.setFixedHeight(ROW)

    def set_rows(self, rows: list[tuple[int, str, float]]) -> None:
        self.rows = rows
        self.setFixedHeight(max(1, len(rows)) * ROW)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        width = self.width()
        name_width, value_width = int(width * 0.42), 40
        bar_width = max(10, width - name_width - value_width - 8)
        for r, (_, name, similarity) in enumerate(self.rows):
            top = r * ROW
            painter.setPen(QColor(30, 30, 30))
            painter.drawText(QRectF(2, top, name_width - 4, ROW),
                             Qt.AlignmentFlag.AlignVCenter, name)
            colour = POSITIVE if similarity >= 0 else NEGATIVE
            length = bar_width * min(1.0, abs(similarity))
            painter.fillRect(QRectF(name_width, top + 4, length, ROW - 8), QColor(*colour))
            painter.drawText(QRectF(name_width + bar_width + 4, top, value_width, ROW),
                             Qt.AlignmentFlag.AlignVCenter, f"{similarity:.2f}")
        painter.end()

    def mousePressEvent(self, event) -> None:
        r = int(event.position().y() // ROW)
        if 0 <= r < len(self.rows):
            self.picked.emit(self.rows[r][0])


class ProjectorSide(QWidget):
    #: The point to select (a neighbour clicked, a search hit, an analogy's answer).
    selected = Signal(int)
    #: Points to ring beside the selected one (search matches).
    marked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: ProjectorPoints | None = None
        self.index = -1
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a label"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_entered)
        self.found = QLabel()
        self.k = QSpinBox()
        self.k.setRange(1, 50)
        self.k.setValue(10)
        self.k.setPrefix(self.tr("k = "))
        self.k.setToolTip(self.tr("How many nearest neighbours to list"))
        self.k.valueChanged.connect(lambda _v: self._show_neighbours())
        self.title = QLabel(self.tr("Click a point to see its nearest neighbours."))
        self.title.setWordWrap(True)
        self.bars = SimilarityBars()
        self.bars.picked.connect(self.selected.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.found)
        layout.addWidget(self.title)
        layout.addWidget(self.k)
        layout.addWidget(self.bars)
        layout.addWidget(self._analogy_box())
        layout.addStretch(1)

    def _analogy_box(self) -> QGroupBox:
        self.analogy = QGroupBox(self.tr("Analogy: a − b + c"))
        self.terms = [QLineEdit() for _ in range(3)]
        for edit, hint in zip(self.terms, (self.tr("paris"), self.tr("france"),
                                           self.tr("italy"))):
            edit.setPlaceholderText(hint)
            edit.returnPressed.connect(self._solve)
        solve = QPushButton(self.tr("Solve"))
        solve.clicked.connect(self._solve)
        self.answers = SimilarityBars()
        self.answers.picked.connect(self.selected.emit)
        self.analogy_note = QLabel()
        self.analogy_note.setWordWrap(True)
        grid = QGridLayout(self.analogy)
        for column, (edit, sign) in enumerate(zip(self.terms, ("", "−", "+"))):
            if sign:
                grid.addWidget(QLabel(sign), 0, 2 * column - 1)
            grid.addWidget(edit, 0, 2 * column)
        grid.addWidget(solve, 1, 0, 1, 5)
        grid.addWidget(self.analogy_note, 2, 0, 1, 5)
        grid.addWidget(self.answers, 3, 0, 1, 5)
        return self.analogy

    # -- the frame -------------------------------------------------------------------------
    def set_points(self, points: ProjectorPoints, same_points: bool) -> None:
        """A new frame's points; ``same_points``: the same examples or words as before (the
        selection and the search stay)."""
        self.points = points
        enabled = points.analogies
        self.analogy.setEnabled(enabled)
        self.analogy.setToolTip("" if enabled else self.tr(
            "Analogies are arithmetic on word vectors (Paris − France + Italy ≈ Rome). "
            "These points are test examples, not words: there is no 'a', 'b' or 'c' to "
            "name. Show a word model's vectors to use it."))
        if not same_points:
            self.index = -1
            self.bars.set_rows([])
            self.title.setText(self.tr("Click a point to see its nearest neighbours."))
            self._search_changed(self.search.text())
        elif self.index >= 0:
            self._show_neighbours()

    def select(self, index: int) -> None:
        self.index = index
        self._show_neighbours()

    def neighbour_indices(self) -> np.ndarray:
        return np.array([i for i, _, _ in self.bars.rows], np.int64)

    def _show_neighbours(self) -> None:
        points = self.points
        if points is None or not 0 <= self.index < len(points):
            return
        found, similarity = neighbours(points.vectors, self.index, self.k.value())
        self.title.setText(self.tr("Nearest to {0} (cosine similarity):").format(
            points.names[self.index]))
        self.bars.set_rows([(int(i), points.names[i], float(s))
                            for i, s in zip(found, similarity)])

    # -- search and analogy ----------------------------------------------------------------
    def matches(self, text: str) -> np.ndarray:
        if self.points is None or not text.strip():
            return np.zeros(0, np.int64)
        needle = text.strip().casefold()
        return np.array([i for i, name in enumerate(self.points.names)
                         if needle in name.casefold()
                         or needle == self.points.labels[i].casefold()], np.int64)

    def _search_changed(self, text: str) -> None:
        found = self.matches(text)
        self.found.setText(self.tr("%n match(es)", "", len(found)) if text.strip() else "")
        self.marked.emit(found)

    def _search_entered(self) -> None:
        found = self.matches(self.search.text())
        if len(found) and self.points is not None:
            needle = self.search.text().strip().casefold()
            exact = [i for i in found if self.points.names[i].casefold() == needle]
            self.selected.emit(int(exact[0] if exact else found[0]))

    def _solve(self) -> None:
        points = self.points
        if points is None or not points.analogies:
            return
        where = {name.casefold(): i for i, name in enumerate(points.names)}
        words = [edit.text().strip().casefold() for edit in self.terms]
        missing = [w for w in words if w not in where]
        if missing or len(points) < 4:
            self.analogy_note.setText(self.tr("Not in the vocabulary: {0}").format(
                ", ".join(w or "…" for w in missing)))
            self.answers.set_rows([])
            return
        found, similarity = analogy(points.vectors, *(where[w] for w in words), k=5)
        self.analogy_note.setText("")
        self.answers.set_rows([(int(i), points.names[i], float(s))
                               for i, s in zip(found, similarity)])
