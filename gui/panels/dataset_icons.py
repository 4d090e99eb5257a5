"""The data panel's thumbnails: a few of a dataset's points, a mosaic of its images, a
generated example of a sequence task drawn as its characters, or one generated series as a
tiny line plot, each drawn once when the panel is built; and the grid of them."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGridLayout, QGroupBox, QToolButton, QWidget

from engine.data import DATASETS, sample_thumbnail_points
from engine.data.digits import PIXEL_MAX, thumbnail_images
from engine.data.shapes import thumbnail_shapes
from engine.shared.catalogue import sequence_info, translation_info, word_info
from gui.colors import NEGATIVE, POSITIVE, point_colors
from gui.panels.image_data import mosaic_of

#: Side of a thumbnail, in pixels.
THUMB = 52
INK = QColor(40, 40, 40)
FAINT = QColor(160, 160, 160)
BACKGROUND = QColor(250, 250, 250)


def digits_thumbnail(dataset_id: str = "digits") -> QImage:
    """Four digits (0-3) or shapes in a 2×2 mosaic, dark ink on white, scaled up."""
    if dataset_id == "shapes":
        images = thumbnail_shapes()
    else:
        images = thumbnail_images(4).astype(np.float32) / PIXEL_MAX
    ink = mosaic_of(images, 2, fill=0.0)
    mosaic = np.ascontiguousarray((255 - ink * 255).astype(np.uint8))
    small = QImage(mosaic.data, mosaic.shape[1], mosaic.shape[0], mosaic.shape[1],
                   QImage.Format.Format_Grayscale8)
    return small.scaled(THUMB, THUMB, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)


def dataset_icon(dataset_id: str) -> QIcon:
    """A small picture of a dataset, like the playground's thumbnails."""
    info = DATASETS[dataset_id]
    if word_info(dataset_id) is not None or translation_info(dataset_id) is not None:
        return QIcon(QPixmap.fromImage(words_thumbnail()))
    if sequence_info(dataset_id) is not None:
        return QIcon(QPixmap.fromImage(sequence_thumbnail(dataset_id)))
    if not info.points_2d:
        return QIcon(QPixmap.fromImage(digits_thumbnail(dataset_id)))
    image, painter = _canvas()
    if dataset_id != "custom":
        xy, labels = sample_thumbnail_points(dataset_id, 160)
        colors = point_colors(labels, info.problem, info.max_classes)
        painter.setPen(Qt.PenStyle.NoPen)
        scale = (THUMB - 6) / 12.0
        for (x, y), c in zip(np.asarray(xy), colors):
            painter.setBrush(QColor(int(c[0]), int(c[1]), int(c[2])))
            painter.drawEllipse(int(3 + (x + 6) * scale) - 2, int(3 + (6 - y) * scale) - 2, 4, 4)
    painter.end()
    return QIcon(QPixmap.fromImage(image))


def _canvas() -> tuple[QImage, QPainter]:
    image = QImage(THUMB, THUMB, QImage.Format.Format_RGB32)
    image.fill(BACKGROUND)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return image, painter


# -- sequences ---------------------------------------------------------------------------
def sequence_example(dataset_id: str) -> str | tuple[np.ndarray, ...]:
    """The characters of one generated example of a token task (two lines of five), or
    the series a values task's thumbnail plots. Seeds are picked for a telling example."""
    from engine.data import sequences
    if dataset_id == "parens":
        x, *_ = sequences.parens(np.random.default_rng(7), 1, 10, 0.15, 0)
        return "".join(sequences.PARENS_VOCAB[i] for i in x[0])
    if dataset_id == "recall":
        x, *_ = sequences.recall(np.random.default_rng(3), 1, 10, 0.2, 4)
        return "".join(sequences.RECALL_VOCAB[i] for i in x[0])
    if dataset_id == "grammar":
        from engine.data.text import grammar_corpus
        return grammar_corpus(np.random.default_rng(0), 12)[:10]
    if dataset_id == "sines":
        x, y, *_ = sequences.sines(np.random.default_rng(2), 1, 40, 0.3, 0)
        return x[0, :, 0], y[0]
    if dataset_id == "adding":
        x, *_ = sequences.adding(np.random.default_rng(0), 1, 16, 0.0, 0)
        return x[0, :, 0], x[0, :, 1]
    return ""  # a person's text: no example until a file is chosen


def sequence_thumbnail(dataset_id: str) -> QImage:
    image, painter = _canvas()
    example = sequence_example(dataset_id)
    if dataset_id == "text":
        _draw_page(painter)
    elif isinstance(example, str):
        _draw_characters(painter, example, dataset_id)
    elif dataset_id == "sines":
        _draw_sines(painter, *example)
    else:
        _draw_adding(painter, *example)
    painter.end()
    return image


def _draw_characters(painter: QPainter, text: str, dataset_id: str) -> None:
    """Two lines of five characters in a fixed-width font; in delayed recall the symbol
    to remember and the cue stand out, in orange and blue."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPixelSize(15)
    font.setBold(True)
    painter.setFont(font)
    advance = painter.fontMetrics().horizontalAdvance("M")
    left = (THUMB - 5 * advance) / 2
    for i, char in enumerate(text[:10]):
        row, col = divmod(i, 5)
        color = INK
        if dataset_id == "recall" and (i == 0 or char == "?"):
            color = QColor(*NEGATIVE) if i == 0 else QColor(*POSITIVE)
        elif dataset_id == "recall" and char == ".":
            color = FAINT
        elif dataset_id == "parens" and char not in "()":
            color = FAINT  # filler letters leave the depth as it is
        painter.setPen(color)
        rect = QRectF(left + col * advance, 6 + row * 21, advance, 20)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, char)


def words_thumbnail() -> QImage:
    """Words of two groups, each group in its colour: days and capitals."""
    image, painter = _canvas()
    font = QFont()
    font.setPixelSize(11)
    font.setBold(True)
    painter.setFont(font)
    for row, (word, colour) in enumerate((("tuesday", NEGATIVE), ("paris", POSITIVE),
                                          ("friday", NEGATIVE), ("rome", POSITIVE))):
        painter.setPen(QColor(*colour))
        painter.drawText(QRectF(4 + (row % 2) * 6, 3 + row * 12, THUMB - 8, 12),
                         Qt.AlignmentFlag.AlignLeft, word)
    painter.end()
    return image


def _draw_page(painter: QPainter) -> None:
    """A sheet with a folded corner and lines of text: a person's own text file."""
    page = QPolygonF([QPointF(12, 6), QPointF(33, 6), QPointF(41, 14), QPointF(41, 46),
                      QPointF(12, 46)])
    painter.setPen(QPen(INK, 1.5))
    painter.setBrush(QColor(255, 255, 255))
    painter.drawPolygon(page)
    painter.drawPolyline(QPolygonF([QPointF(33, 6), QPointF(33, 14), QPointF(41, 14)]))
    painter.setPen(QPen(FAINT, 2))
    for i, width in enumerate((14, 20, 17, 22, 11)):
        y = 20 + i * 5
        painter.drawLine(QPointF(16, y), QPointF(16 + width, y))


def _points(values: np.ndarray, low: float, high: float) -> list[QPointF]:
    xs = np.linspace(4, THUMB - 4, len(values))
    ys = (THUMB - 6) - (np.asarray(values) - low) / (high - low) * (THUMB - 12)
    return [QPointF(float(x), float(y)) for x, y in zip(xs, ys)]


def _draw_sines(painter: QPainter, noisy: np.ndarray, clean: np.ndarray) -> None:
    """The noisy input as grey dots, the clean next values the net predicts as a line."""
    low, high = float(min(noisy.min(), clean.min())), float(max(noisy.max(), clean.max()))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(FAINT)
    for point in _points(noisy, low, high):
        painter.drawEllipse(point, 1.3, 1.3)
    painter.setPen(QPen(QColor(*POSITIVE), 2))
    painter.drawPolyline(QPolygonF(_points(clean, low, high)))


def _draw_adding(painter: QPainter, values: np.ndarray, markers: np.ndarray) -> None:
    """Each step's value as a bar; the two marked steps, whose sum is the answer, orange."""
    step = (THUMB - 8) / len(values)
    for i, (value, marked) in enumerate(zip(values, markers)):
        height = 4 + float(value) * (THUMB - 14)
        color = QColor(*NEGATIVE) if marked > 0.5 else QColor(200, 200, 200)
        painter.fillRect(QRectF(4 + i * step + 0.5, THUMB - 5 - height, step - 1, height),
                         color)


class DatasetThumbnails(QGroupBox):
    """One checkable thumbnail per dataset, those of the current problem type four to a
    row. A person's images are opened with buttons instead; a person's text has a
    thumbnail, since the sequence tasks sit beside it."""

    #: The id of the dataset whose thumbnail was clicked.
    picked = Signal(str)

    def __init__(self, title: str, tooltip_of: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.grid = QGridLayout(self)
        self.buttons: dict[str, QToolButton] = {}
        for dataset_id, info in DATASETS.items():
            if info.from_path and sequence_info(dataset_id) is None:
                continue
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(dataset_icon(dataset_id))
            button.setIconSize(QSize(THUMB, THUMB))
            button.setToolTip(tooltip_of(dataset_id))
            button.setObjectName(f"dataset-{dataset_id}")
            button.clicked.connect(lambda _c=False, d=dataset_id: self.picked.emit(d))
            self.buttons[dataset_id] = button

    def arrange(self, problem: str) -> None:
        for button in self.buttons.values():
            self.grid.removeWidget(button)
            button.hide()
        shown = [d for d in self.buttons if DATASETS[d].problem == problem or d == "custom"]
        for i, dataset_id in enumerate(shown):
            button = self.buttons[dataset_id]
            self.grid.addWidget(button, i // 4, i % 4)
            button.show()

    def select(self, dataset_id: str) -> None:
        """Check the thumbnail of the data in force (a click toggles its own button)."""
        for other, button in self.buttons.items():
            button.setChecked(other == dataset_id)
