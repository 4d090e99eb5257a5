"""Geometry and drawing material of the network panel, kept apart from its state.

The layout is a pure function of the widget's size and the network's shape, so the panel
computes it only on resize or on a change of structure, never per frame. Link hit-testing
is one vectorised numpy expression over every segment, cheap enough for each mouse move.
Heatmap images and link pens are built once per Snapshot; the paint functions below only
issue drawing calls.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from engine.experiment import FEATURE_LABELS, FEATURES
from gui.colors import DIVERGING_LUT, NEGATIVE, NEUTRAL, POSITIVE, diverging_rgba

MARGIN = 8.0
#: Room left of the input column for the feature names.
LABEL_WIDTH = 58.0
#: Rows above the neurons: layer buttons, per-layer buttons, per-layer captions.
LAYER_ROW_Y = 6.0
UNIT_ROW_Y = 34.0
CAPTION_Y = 58.0
NEURONS_TOP = 82.0
BUTTON_SIDE = 22.0
MAX_SIDE = 40.0
MIN_SIDE = 8.0
#: Vertical gap between neurons, as a fraction of their side.
GAP = 0.3


@dataclass(frozen=True)
class NetworkLayout:
    side: float
    #: Side of each hidden layer's +/− buttons: smaller when the columns are close.
    button_side: float
    #: Centre x of each column: inputs, hidden layers..., output.
    column_x: tuple[float, ...]
    #: Every input feature, switched on or not, in ``feature_names`` order (none for
    #: data that are not 2-D points: their inputs are one block, not features).
    feature_rects: tuple[QRectF, ...]
    #: Drawn neurons per layer in ``Snapshot.neuron_maps`` order (inputs: enabled only).
    rects: tuple[tuple[QRectF, ...], ...]
    #: (n, 3) int: Linear layer index, out unit (row), in unit (column) of each link.
    links: np.ndarray
    #: (n, 4) float: x0, y0, x1, y1 of each link, and the same as lines to draw.
    segments: np.ndarray
    lines: tuple[QLineF, ...]
    #: The names of ``feature_rects``: FEATURES, or () for image data.
    feature_names: tuple[str, ...] = FEATURES

    def bias_rect(self, layer: int, unit: int) -> QRectF:
        """The small bias square at a hidden or output neuron's bottom-left corner."""
        rect = self.rects[layer][unit]
        m = max(6.0, self.side * 0.28)
        return QRectF(rect.left() - m / 2, rect.bottom() - m / 2, m, m)

    def neuron_at(self, point: QPointF) -> tuple[int, int] | None:
        for layer, rects in enumerate(self.rects):
            for unit, rect in enumerate(rects):
                if rect.contains(point):
                    return layer, unit
        return None

    def hit(self, point: QPointF) -> tuple | None:
        """What lies under ``point``: ("bias" | "neuron", layer, unit), ("feature", name)
        for a feature's square or name, ("link", k, row, col), or None. Bias squares
        overlap their neurons' corners, so they come first."""
        for layer in range(1, len(self.rects)):
            for unit in range(len(self.rects[layer])):
                if self.bias_rect(layer, unit).contains(point):
                    return ("bias", layer, unit)
        neuron = self.neuron_at(point)
        if neuron is not None:
            return ("neuron", *neuron)
        for name, rect in zip(self.feature_names, self.feature_rects, strict=True):
            if QRectF(MARGIN, rect.top(), rect.right() - MARGIN, rect.height()).contains(point):
                return ("feature", name)
        link = self.link_at(point)
        return None if link is None else ("link", *(int(v) for v in self.links[link]))

    def link_at(self, point: QPointF, tolerance: float = 4.0) -> int | None:
        """Index of the link nearest to ``point`` within ``tolerance`` px, or None."""
        if len(self.segments) == 0:
            return None
        p = np.array([point.x(), point.y()])
        start, delta = self.segments[:, :2], self.segments[:, 2:] - self.segments[:, :2]
        length2 = np.maximum((delta * delta).sum(axis=1), 1e-9)
        t = np.clip(((p - start) * delta).sum(axis=1) / length2, 0.0, 1.0)
        distance = np.hypot(*(start + t[:, None] * delta - p).T)
        best = int(np.argmin(distance))
        return best if distance[best] <= tolerance else None


def compute_layout(width: float, height: float, n_features: int, enabled: tuple[int, ...],
                   hidden: tuple[int, ...], n_outputs: int,
                   feature_names: tuple[str, ...] | None = FEATURES) -> NetworkLayout:
    """Lay out ``n_features`` inputs (``enabled`` indices are fed to the net), the hidden
    layers and the output layer in evenly spaced, vertically centred columns.
    ``feature_names`` None: the inputs are not clickable features (image data drawn as
    one input block)."""
    counts = (n_features, *hidden, n_outputs)
    left = MARGIN + LABEL_WIDTH + MAX_SIDE / 2
    right = max(width - MARGIN - MAX_SIDE / 2, left + 1.0)
    spacing = (right - left) / (len(counts) - 1)
    column_x = tuple(left + i * spacing for i in range(len(counts)))

    top, bottom = NEURONS_TOP, max(height - MARGIN, NEURONS_TOP + MIN_SIDE)
    tallest = max(counts)
    side = (bottom - top) / (tallest + (tallest - 1) * GAP)
    side = float(np.clip(min(side, spacing * 0.5), MIN_SIDE, MAX_SIDE))

    def column(x: float, count: int, side: float = side) -> tuple[QRectF, ...]:
        total = count * side + (count - 1) * GAP * side
        y0 = top + max(bottom - top - total, 0.0) / 2
        return tuple(QRectF(x - side / 2, y0 + i * side * (1 + GAP), side, side)
                     for i in range(count))

    # Image data: one input block, drawn large enough to show an example image.
    input_rects = column(column_x[0], n_features,
                         side if feature_names is not None else MAX_SIDE)
    feature_rects = input_rects if feature_names is not None else ()
    rects = (tuple(input_rects[i] for i in enabled),
             *(column(x, n) for x, n in zip(column_x[1:], counts[1:], strict=True)))

    links, segments = [], []  # Linear k joins column k's neurons to column k + 1's
    for k, (sources, targets) in enumerate(zip(rects, rects[1:], strict=False)):
        for row, target in enumerate(targets):
            for col, source in enumerate(sources):
                links.append((k, row, col))
                segments.append((source.right(), source.center().y(),
                                 target.left(), target.center().y()))
    button_side = float(np.clip((spacing - 4) / 2, 14.0, BUTTON_SIDE))
    return NetworkLayout(side, button_side, column_x, feature_rects, rects,
                         np.array(links, dtype=np.int64).reshape(-1, 3),
                         np.array(segments, dtype=np.float64).reshape(-1, 4),
                         tuple(QLineF(*segment) for segment in segments),
                         feature_names if feature_names is not None else ())


# -- drawing material ------------------------------------------------------------------------
BORDER = QColor(150, 150, 150)
HOVER = QColor(40, 40, 40)
GREY_LINK = QPen(QColor(200, 200, 200), 1.0)
UNKNOWN_BIAS = QColor(210, 210, 210)


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


def link_pen(weight: float) -> QPen:
    """Blue for positive, orange for negative, wider and stronger with ``|weight|``.

    Pens are opaque: translucent wide lines cost Qt's raster engine ~7x more to draw."""
    magnitude = min(abs(weight), 3.0)
    return _pen(weight > 0, round(float(np.clip(magnitude * 2.0, 0.5, 6.0)) * 4) / 4,
                round(min(0.35 + magnitude * 0.65, 1.0) * 16) / 16)


@lru_cache(maxsize=512)
def _pen(positive: bool, width: float, strength: float) -> QPen:
    colour = np.array(POSITIVE if positive else NEGATIVE, np.float32)
    neutral = np.array(NEUTRAL, np.float32)
    rgb = (neutral + (colour - neutral) * strength).astype(int)
    pen = QPen(QColor(*rgb.tolist()), width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    return pen


_LUT_COLOURS = [QColor(int(r), int(g), int(b)) for r, g, b, _a in DIVERGING_LUT]


def bias_colour(bias: float | None) -> QColor:
    """The diverging palette's colour for a bias in [-1, 1] (clipped), from a table: this
    runs for every neuron on every repaint."""
    if bias is None:
        return UNKNOWN_BIAS
    index = int((min(max(float(bias), -1.0), 1.0) + 1.0) * 127.5)
    return _LUT_COLOURS[index]


# -- painting --------------------------------------------------------------------------------
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


def link_groups(lines: list[QLineF], weights: np.ndarray | None
                ) -> list[tuple[QPen, list[QLineF]]]:
    """Links grouped by pen, thin groups first so strong weights stay on top.

    One ``drawLines`` per group instead of one ``setPen`` + ``drawLine`` per link: the
    pens come from a small quantised set, so a 6-layer net draws in a few dozen calls.
    ``weights`` (flat, one per line) or None for grey links."""
    if weights is None:
        return [(GREY_LINK, list(lines))]
    magnitude = np.minimum(np.abs(weights), 3.0)
    widths = np.round(np.clip(magnitude * 2.0, 1.0, 6.0))
    strengths = np.round(np.minimum(0.35 + magnitude * 0.65, 1.0) * 8) / 8
    keys = list(zip((weights > 0).tolist(), widths.tolist(), strengths.tolist()))
    groups: dict[tuple, list[QLineF]] = {}
    for key, line in zip(keys, lines):
        groups.setdefault(key, []).append(line)
    ordered = sorted(groups.items(), key=lambda item: item[0][1])
    return [(_pen(*key), group) for key, group in ordered]


def paint_links(painter: QPainter, groups: list[tuple[QPen, list[QLineF]]],
                highlight: QLineF | None) -> None:
    # Links without antialiasing: with it, Qt's raster engine spends ~3 ms a frame on a
    # 6-layer net's wide lines; without, well under 1 ms, and at these widths the
    # difference is hard to see.
    antialiased = painter.testRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    for pen, lines in groups:
        painter.setPen(pen)
        painter.drawLines(lines)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
    if highlight is not None:
        painter.setPen(QPen(HOVER, 2.5))
        painter.drawLine(highlight)


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
    """Every drawn neuron: its heatmap (or a blank square), border and bias square."""
    border, hover = QPen(BORDER, 1.0), QPen(HOVER, 2.0)
    for layer, rects in enumerate(layout.rects):
        for unit, rect in enumerate(rects):
            picture = image(layer, unit)
            if picture is None:
                painter.fillRect(rect, QColor(250, 250, 250))
            else:
                painter.drawImage(rect, picture)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(hover if hovered == (layer, unit) else border)
            painter.drawRect(rect)
            if layer > 0:
                painter.setPen(border)
                painter.setBrush(bias_colour(bias(layer, unit)))
                painter.drawRect(layout.bias_rect(layer, unit))


# -- image data --------------------------------------------------------------------------
def receptive_field_images(weights: np.ndarray, image_shape: tuple[int, int]
                           ) -> tuple[QImage, ...]:
    """A first hidden layer's incoming weights (units, pixels) as one picture per unit,
    each scaled by its own largest |weight|: blue pixels excite the unit, orange inhibit.
    Image row 0 is the top, so rows are pre-flipped for ``heatmap_images``."""
    fields = np.asarray(weights, np.float32).reshape(-1, *image_shape)
    scale = np.maximum(np.abs(fields).max(axis=(1, 2), keepdims=True), 1e-6)
    return heatmap_images(np.ascontiguousarray((fields / scale)[:, ::-1]), -1.0, 1.0)


def grey_image(pixels: np.ndarray) -> QImage:
    """A small grey-scale picture of ``pixels`` (values 0..1, row 0 at the top): dark ink
    on white."""
    grey = np.ascontiguousarray(255 - np.clip(pixels, 0.0, 1.0) * 255, dtype=np.uint8)
    h, w = grey.shape
    return QImage(grey.data, w, h, w, QImage.Format.Format_Grayscale8).copy()
