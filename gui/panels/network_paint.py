"""Drawing material of the network panel: neuron heatmaps, bias colours, captions.

Heatmap images are built once per Snapshot; the paint functions below only issue drawing
calls, so a repaint (each mouse move over the panel) stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen

from engine.shared.experiment import FEATURE_LABELS
from gui.colors import DIVERGING_LUT, diverging_rgba
from gui.panels.network_layout import BUTTON_SIDE, CAPTION_Y, MARGIN, NetworkLayout
from gui.panels.network_links import HOVER

BORDER = QColor(150, 150, 150)
UNKNOWN_BIAS = QColor(210, 210, 210)
BLANK = QColor(250, 250, 250)


def heatmap_images(maps: np.ndarray, low: float, high: float) -> tuple[QImage, ...]:
    """(units, g, g) values to one QImage per unit. Grid row 0 is the plane's bottom, so
    rows are flipped to put it at the image's bottom."""
    rgba = np.ascontiguousarray(diverging_rgba(maps, low, high)[:, ::-1])
    images = []
    for unit in rgba:
        h, w = unit.shape[:2]
        image = QImage(unit.data, w, h, 4 * w, QImage.Format.Format_RGBA8888)
        # A copy in the painter's native format: drawing needs no conversion each frame.
        images.append(image.convertToFormat(QImage.Format.Format_RGB32))
    return tuple(images)


def neuron_images(maps: tuple[np.ndarray, ...], problem: str
                  ) -> tuple[tuple[QImage, ...], ...]:
    """Images of ``Snapshot.neuron_maps``: each input scaled by its own largest |value|,
    hidden units over [-1, 1], the output as a value in [-1, 1] (regression) or as
    probabilities in [0, 1]."""
    images = []
    for layer, values in enumerate(maps):
        if layer == 0:
            scale = np.maximum(np.abs(values).max(axis=(1, 2), keepdims=True), 1e-6)
            images.append(heatmap_images(values / scale, -1.0, 1.0))
        elif layer < len(maps) - 1 or problem == "regression":
            images.append(heatmap_images(values, -1.0, 1.0))
        else:
            images.append(heatmap_images(values, 0.0, 1.0))
    return tuple(images)


_LUT_COLOURS = [QColor(int(r), int(g), int(b)) for r, g, b, _a in DIVERGING_LUT]


def bias_colour(bias: float | None) -> QColor:
    """The diverging palette's colour for a bias in [-1, 1] (clipped), from a table: this
    runs for every neuron on every repaint."""
    if bias is None:
        return UNKNOWN_BIAS
    index = int((min(max(float(bias), -1.0), 1.0) + 1.0) * 127.5)
    return _LUT_COLOURS[index]


def paint_captions(painter: QPainter, layout: NetworkLayout, title: QPointF,
                   title_text: str, captions: list[tuple[str, str]], text: QColor) -> None:
    """The bold layer count at ``title`` and a caption over each column: its long form
    where it fits, else its short form."""
    font = painter.font()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(text)
    painter.drawText(QRectF(title.x(), title.y(), 240, BUTTON_SIDE),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title_text)
    font.setBold(False)
    # A style sheet may size fonts in pixels, and then pointSizeF() is -1.
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.85)
    else:
        font.setPixelSize(max(8, round(font.pixelSize() * 0.85)))
    painter.setFont(font)
    spacing = layout.column_x[1] - layout.column_x[0]
    metrics = painter.fontMetrics()
    for x, (long, short) in zip(layout.column_x, captions, strict=True):
        caption = long if metrics.horizontalAdvance(long) < spacing - 4 else short
        painter.drawText(QRectF(x - spacing / 2, CAPTION_Y, spacing, 18),
                         Qt.AlignmentFlag.AlignCenter, caption)


def paint_inputs(painter: QPainter, layout: NetworkLayout, features: tuple[str, ...],
                 text: QColor) -> None:
    """Feature names, and the switched-off features as dashed empty squares."""
    dim = QColor(text)
    dim.setAlpha(90)
    for name, rect in zip(layout.feature_names, layout.feature_rects, strict=True):
        on = name in features
        label = QRectF(MARGIN, rect.top(), rect.left() - MARGIN - 6, rect.height())
        painter.setPen(text if on else dim)
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         FEATURE_LABELS.get(name, name))
        if not on:
            painter.setPen(QPen(dim, 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(QColor(246, 246, 246))
            painter.drawRect(rect)


def paint_neurons(painter: QPainter, layout: NetworkLayout,
                  image: Callable[[int, int], QImage | None],
                  bias: Callable[[int, int], float | None],
                  hovered: tuple[int, int] | None) -> None:
    """Every drawn neuron: its heatmap (or a blank square), border and bias square; a
    tiny one as a plain square in its bias colour inside a one-pixel frame."""
    border, hover = QPen(BORDER, 1.0), QPen(HOVER, 2.0)
    for layer, rects in enumerate(layout.rects):
        tiny = layout.is_tiny(layer)
        for unit, rect in enumerate(rects):
            if tiny:
                painter.fillRect(rect, BORDER)
                inner = rect.adjusted(1, 1, -1, -1)
                if inner.isValid():
                    painter.fillRect(inner, bias_colour(bias(layer, unit)) if layer > 0
                                     else BLANK)
                if hovered == (layer, unit):
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(hover)
                    painter.drawRect(rect.adjusted(-1, -1, 1, 1))
                continue
            picture = image(layer, unit)
            if picture is None:
                painter.fillRect(rect, BLANK)
            else:
                painter.drawImage(rect, picture)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(hover if hovered == (layer, unit) else border)
            painter.drawRect(rect)
            if layer > 0:
                painter.setPen(border)
                painter.setBrush(bias_colour(bias(layer, unit)))
                painter.drawRect(layout.bias_rect(layer, unit))


def paint_note(painter: QPainter, layout: NetworkLayout, height: float, text: str,
               palette: QPalette) -> None:
    """``text`` wrapped in a rounded frame between the first and last columns: what the
    panel says in place of a diagram it cannot draw."""
    xs = layout.column_x
    box = QRectF(xs[0] + 40, height * 0.3, max(60.0, xs[-1] - xs[0] - 80), height * 0.4)
    _framed_text(painter, box, text, palette)


def paint_centred_note(painter: QPainter, rect, text: str, palette: QPalette) -> None:
    """``text`` in a rounded frame in the middle of ``rect``: the whole panel's message
    when the network is not one the diagram pictures (a recurrent net)."""
    box = QRectF(rect).adjusted(rect.width() * 0.12, rect.height() * 0.3,
                                -rect.width() * 0.12, -rect.height() * 0.3)
    _framed_text(painter, box, text, palette)


def _framed_text(painter: QPainter, box: QRectF, text: str, palette: QPalette) -> None:
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawRoundedRect(box, 8, 8)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    painter.drawText(box.adjusted(10, 8, -10, -8), Qt.TextFlag.TextWordWrap
                     | Qt.AlignmentFlag.AlignCenter, text)


def image_at(images: tuple[tuple[QImage, ...], ...], rects, layer: int, unit: int
             ) -> QImage | None:
    """A drawn neuron's picture, when the snapshot's images fit the drawn layer."""
    if layer < len(images) and len(images[layer]) == len(rects[layer]):
        return images[layer][unit]
    return None
