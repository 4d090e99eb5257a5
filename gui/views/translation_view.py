"""The translator at work (probe "translation", Snapshot.translation): a held-out
sentence (or one a person types) as the translator with attention and the one without
say it, the attention matrix of the first, live while it trains, and both translators'
held-out sentence accuracy by English length: without attention everything must pass
through one thought vector, and the longest sentences suffer first."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.messages import render_message
from gui.views.attention_matrix import AttentionMatrix
from gui.views.plots import plain_plot
from gui.views.probe_view import ProbeView

ATTENTION_COLOUR = (8, 119, 189)
PLAIN_COLOUR = (230, 120, 20)


class TranslationView(ProbeView):
    PROBE = "translation"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The window's language (gui/view_tabs.py sets it): which run labels to show.
        self.language = "en"
        self.index = QSpinBox()
        self.index.setRange(0, 99_999)
        self.index.setWrapping(True)
        self.index.valueChanged.connect(self.choose_held_out)
        self.sentence = QLineEdit()
        self.sentence.setPlaceholderText(self.tr("Type an English sentence, e.g. "
                                                 "the small cat sees a dog in the park"))
        self.sentence.setMaxLength(300)
        self.sentence.returnPressed.connect(self.translate)
        self.translate_button = QPushButton(self.tr("Translate"))
        self.translate_button.clicked.connect(self.translate)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(pg.QtCore.Qt.TextFormat.PlainText)
        self.accuracy = QLabel()
        self.matrix = AttentionMatrix()
        self.lengths = plain_plot(self.tr("English words in the sentence"),
                                  self.tr("held-out sentences right"))
        self.lengths.setYRange(0, 1.02)
        self.lengths.addLegend(offset=(10, -10))  # bottom left: short sentences are right
        self.curves: dict[bool, pg.PlotDataItem] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Held-out sentence")))
        row.addWidget(self.index)
        row.addWidget(self.sentence, 1)
        row.addWidget(self.translate_button)
        plots = QHBoxLayout()
        plots.addWidget(self.matrix.plot, 3)
        plots.addWidget(self.lengths, 2)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.addLayout(row)
        page.addWidget(self.text)
        page.addWidget(self.accuracy)
        page.addLayout(plots, 1)

    def title(self) -> str:
        return self.tr("Translation")

    def unsupported(self, snap) -> str | None:
        if snap.translation is None:
            return self.tr("This view shows a translator: choose the translation data "
                           "(or the translation demo).")
        return None

    # -- a person's choices ---------------------------------------------------------------
    def choose_held_out(self, _value: int = 0) -> None:
        self.sentence.clear()
        self.send_options({"index": self.index.value()})

    def translate(self) -> None:
        text = self.sentence.text().strip()
        options = {"index": self.index.value()}
        if text:
            options["text"] = text
        self.send_options(options)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, data, snap) -> None:
        lines = [self.tr("English: {0}").format(" ".join(data.source))]
        if data.reference:
            lines.append(self.tr("Korean (reference): {0}").format(data.reference))
        for run in data.runs:
            name = self._run_name(run)
            mark = "" if run.correct is None else ("  ✓" if run.correct else "  ✗")
            lines.append(f"{name}: {run.text}{mark}")
        if data.note is not None:
            lines.append(render_message(data.note))
        self.text.setText("\n".join(lines))
        attending = next((r for r in data.runs if r.attention_matrix is not None), None)
        if attending is None:
            self.matrix.clear()
        else:
            self.matrix.show(attending.attention_matrix, data.source, attending.words,
                             self.tr("(end)"))
        self._draw_lengths(snap.translation)

    def _run_name(self, run) -> str:
        if run.label:
            return run.label_ko if self.language == "ko" and run.label_ko else run.label
        return self.tr("with attention") if run.attention else self.tr("without attention")

    def _draw_lengths(self, metrics) -> None:
        for run in metrics.runs:
            curve = self.curves.get(run.attention)
            if curve is None:
                colour = ATTENTION_COLOUR if run.attention else PLAIN_COLOUR
                name = (self.tr("with attention") if run.attention
                        else self.tr("without attention"))
                curve = self.lengths.plot(pen=pg.mkPen(colour, width=2), symbol="o",
                                          symbolSize=6, symbolBrush=colour, name=name)
                self.curves[run.attention] = curve
            keep = run.counts > 0
            curve.setData(run.lengths[keep].astype(np.float64), run.by_length[keep])
        self.accuracy.setText(self.tr("Held-out sentences translated right: {0}").format(
            ", ".join(f"{self._run_name(r)} {100 * r.last:.1f} %" for r in metrics.runs)))
