"""A strip of held-out pictures, each with the captions every captioner writes for it now:
green where a caption equals the reference, red where it does not. A click on a picture
emits ``chosen`` with its held-out index, to show it large."""

from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from gui.views.caption_words import RIGHT, WRONG
from gui.views.flow_layout import FlowWidget
from gui.views.map_tiles import PixelImage, to_qimage

#: Each picture's column, in pixels: eight side by side in a wide window, wrapping onto
#: a second row in a narrow one, never too narrow for a caption.
CELL_WIDTH = 94


def rgba_of(image: np.ndarray) -> np.ndarray:
    """(H, W, 3) or (H, W) uint8 as opaque (H, W, 4)."""
    image = np.asarray(image, np.uint8)
    if image.ndim == 2:
        image = np.repeat(image[:, :, None], 3, axis=2)
    rgba = np.empty(image.shape[:2] + (4,), np.uint8)
    rgba[..., :3] = image[..., :3]
    rgba[..., 3] = 255
    return rgba


def captions_html(written: list[str], correct: list[bool]) -> str:
    """One line per run, green when right and red when wrong."""
    lines = [f'<span style="color: {RIGHT if ok else WRONG}">{html.escape(text)}</span>'
             for text, ok in zip(written, correct)]
    return "<br>".join(lines)


class StripCell(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedWidth(CELL_WIDTH)
        self.picture = PixelImage(minimum=48)
        self.picture.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.picture.setFixedHeight(68)
        self.captions = QLabel()
        self.captions.setTextFormat(Qt.TextFormat.RichText)
        self.captions.setWordWrap(True)
        self.captions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        font = self.captions.font()
        font.setPointSizeF(max(font.pointSizeF() - 1.5, 7.0))
        self.captions.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        layout.addWidget(self.picture)
        layout.addWidget(self.captions, 1)


class CaptionStripView(FlowWidget):
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, spacing=4)
        self.cells: list[StripCell] = []
        #: The held-out index of each cell's picture.
        self.indices: tuple[int, ...] = ()

    def show_strip(self, strip, run_names: list[str], shown: int) -> None:
        """Draw ``strip`` (CaptionStrip); ``shown`` (a held-out index, or -1) is framed."""
        count = len(strip.indices)
        if count != len(self.cells):
            self._make_cells(count)
        self.indices = tuple(int(i) for i in strip.indices)
        for k, cell in enumerate(self.cells):
            written = [captions[k] for captions in strip.written]
            correct = [bool(ok) for ok in np.asarray(strip.correct)[:, k]]
            cell.picture.set_image(to_qimage(rgba_of(strip.images[k])))
            cell.picture.selected = self.indices[k] == shown
            cell.captions.setText(captions_html(written, correct))
            cell.setToolTip(self._tooltip(self.indices[k], strip.references[k], run_names,
                                          written))
        self.fit_height()

    def _make_cells(self, count: int) -> None:
        for cell in self.cells:
            cell.hide()
            cell.deleteLater()
        self.cells = []
        for k in range(count):
            cell = StripCell()
            cell.picture.clicked.connect(lambda k=k: self.chosen.emit(self.indices[k]))
            self.flow.addWidget(cell)
            self.cells.append(cell)

    def _tooltip(self, index: int, reference: str, names: list[str],
                 written: list[str]) -> str:
        lines = [self.tr("Held-out scene {0}").format(index),
                 self.tr("Reference: {0}").format(reference)]
        lines += [f"{name}: {text}" for name, text in zip(names, written)]
        lines.append(self.tr("Click to show it large."))
        return "\n".join(lines)
