"""A drawing pad for the captioner: a black 64×64 canvas, shown enlarged with sharp
pixels, where a person paints objects by hand in the scenes' colours with a round brush.
OK hands the picture ((64, 64, 3) uint8 RGB) to whoever opened the dialog."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.data.scenes import RGB
from gui.views.picture_file import image_to_array

#: The canvas in pixels: the size of the pictures the captioner reads.
SIDE = 64
#: The colours the scenes' objects come in (and black, which paints the background back).
#: The same values the scenes are rendered with, so a drawn red reads as the scenes' red.
SCENE_COLOURS: tuple[tuple[int, int, int], ...] = (*RGB.values(), (0, 0, 0))


class PaintCanvas(QWidget):
    """The canvas: the left button paints with the brush; ``changed`` after each stroke."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage(SIDE, SIDE, QImage.Format.Format_RGB888)
        self.image.fill(Qt.GlobalColor.black)
        self.colour = QColor(*SCENE_COLOURS[0])
        #: Brush diameter in canvas pixels.
        self.brush = 6
        self._last: QPointF | None = None
        self.setMinimumSize(256, 256)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def picture(self) -> np.ndarray:
        """The drawing, (64, 64, 3) uint8 RGB."""
        return image_to_array(self.image)

    def clear(self) -> None:
        self.image.fill(Qt.GlobalColor.black)
        self.update()
        self.changed.emit()

    def canvas_rect(self) -> QRectF:
        side = min(self.width(), self.height())
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_canvas(self, pos: QPointF) -> QPointF:
        rect = self.canvas_rect()
        scale = SIDE / max(rect.width(), 1.0)
        return QPointF((pos.x() - rect.left()) * scale, (pos.y() - rect.top()) * scale)

    def paint_line(self, a: QPointF, b: QPointF) -> None:
        """A stroke of the brush from ``a`` to ``b`` (canvas pixels)."""
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(self.colour, self.brush, Qt.PenStyle.SolidLine,
                            Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.drawLine(a, b)
        painter.end()
        self.update()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._last = self.to_canvas(event.position())
            self.paint_line(self._last, self._last)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._last is not None:
            here = self.to_canvas(event.position())
            self.paint_line(self._last, here)
            self._last = here

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._last is not None:
            self._last = None
            self.changed.emit()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(60, 60, 60))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(self.canvas_rect(), self.image)


class DrawPictureDialog(QDialog):
    """The canvas, a colour for each of the scenes' colours, the brush size, Clear."""

    pictureDrawn = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Draw a picture to caption"))
        self.canvas = PaintCanvas()
        self.colours = QButtonGroup(self)
        palette = QHBoxLayout()
        palette.addWidget(QLabel(self.tr("Colour")))
        for k, rgb in enumerate(SCENE_COLOURS):
            swatch = QPushButton()
            swatch.setCheckable(True)
            swatch.setFixedSize(26, 26)
            swatch.setStyleSheet(f"QPushButton {{ background: rgb{rgb}; border: 2px solid "
                                 "rgb(160, 160, 160); } QPushButton:checked { border: 3px "
                                 "solid rgb(255, 200, 0); }")
            swatch.setToolTip(self.tr("Black paints the background back")
                              if rgb == (0, 0, 0) else "")
            self.colours.addButton(swatch, k)
            palette.addWidget(swatch)
        self.colours.button(0).setChecked(True)
        self.colours.idClicked.connect(self.choose_colour)
        self.brush = QSpinBox()
        self.brush.setRange(1, 24)
        self.brush.setValue(self.canvas.brush)
        self.brush.setSuffix(self.tr(" px"))
        self.brush.valueChanged.connect(self.choose_brush)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.canvas.clear)
        palette.addSpacing(12)
        palette.addWidget(QLabel(self.tr("Brush")))
        palette.addWidget(self.brush)
        palette.addStretch(1)
        palette.addWidget(clear)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Caption it"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Paint one to three objects on the black background, as the "
                              "scenes show them; the captioner describes what it sees."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(palette)
        layout.addWidget(buttons)
        self.resize(460, 560)

    def choose_colour(self, k: int) -> None:
        self.canvas.colour = QColor(*SCENE_COLOURS[k])

    def choose_brush(self, width: int) -> None:
        self.canvas.brush = width

    def accept(self) -> None:
        super().accept()
        self.pictureDrawn.emit(self.canvas.picture())
