"""Geometry of the network panel: where each neuron, feature and link lies.

The layout is a pure function of the widget's size and the network's shape, so the panel
computes it only on resize or on a change of structure, never per frame. Link hit-testing
is one vectorised numpy expression over every segment, cheap enough for each mouse move.

Every column fits the panel's height: the columns share one neuron size (at least
``DETAIL_SIDE``, big enough for a heatmap and a bias square), and a column too tall for
it (64 units) shrinks its own neurons, down to ``MIN_SIDE`` with narrower gaps. Such tiny
neurons are drawn as plain squares, without heatmap or bias square.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QLineF, QPointF, QRectF

from engine.shared.experiment import FEATURES

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
#: The smallest neurons that show a heatmap and a bias square; all columns share a side
#: at least this big unless one of them would run off the panel at that size.
DETAIL_SIDE = 8.0
#: The smallest neurons a too-tall column shrinks to before its gaps close.
MIN_SIDE = 3.0
#: Vertical gap between neurons, as a fraction of their side.
GAP = 0.3
#: Tiny neurons are hard to point at: their hit area reaches this far beside them.
TINY_HIT_MARGIN = 2.0


@dataclass(frozen=True)
class NetworkLayout:
    #: The side the columns share (a too-tall column draws smaller: see ``sides``).
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
    #: Neuron side of each column (``side`` unless the column had to shrink to fit).
    sides: tuple[float, ...] = ()

    def is_tiny(self, layer: int) -> bool:
        """Whether ``layer``'s neurons are too small for a heatmap and a bias square."""
        return layer < len(self.sides) and self.sides[layer] < DETAIL_SIDE

    def bias_rect(self, layer: int, unit: int) -> QRectF:
        """The small bias square at a hidden or output neuron's bottom-left corner (an
        empty rectangle for tiny neurons, which have none)."""
        rect = self.rects[layer][unit]
        if self.is_tiny(layer):
            return QRectF()
        m = max(6.0, self.side * 0.28)
        return QRectF(rect.left() - m / 2, rect.bottom() - m / 2, m, m)

    def neuron_at(self, point: QPointF) -> tuple[int, int] | None:
        for layer, rects in enumerate(self.rects):
            pad = TINY_HIT_MARGIN if self.is_tiny(layer) else 0.0
            for unit, rect in enumerate(rects):
                if rect.adjusted(-pad, -pad / 2, pad, pad / 2).contains(point):
                    return layer, unit
        return None

    def hit(self, point: QPointF) -> tuple | None:
        """What lies under ``point``: ("bias" | "neuron", layer, unit), ("feature", name)
        for a feature's square or name, ("link", k, row, col), or None. Bias squares
        overlap their neurons' corners, so they come first; a tiny neuron counts as its
        bias square."""
        for layer in range(1, len(self.rects)):
            for unit in range(len(self.rects[layer])):
                if self.bias_rect(layer, unit).contains(point):
                    return ("bias", layer, unit)
        neuron = self.neuron_at(point)
        if neuron is not None:
            # A tiny neuron is drawn in its bias colour: it is its own bias square.
            return ("bias" if neuron[0] > 0 and self.is_tiny(neuron[0]) else "neuron",
                    *neuron)
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

    def line_of(self, hit: tuple | None) -> QLineF | None:
        """The drawn line of a link ``hit`` ("link", k, row, col); None for other hits."""
        if not hit or hit[0] != "link":
            return None
        return self.lines[np.flatnonzero((self.links == hit[1:]).all(axis=1))[0]]


def neuron_of(hit: tuple | None) -> tuple[int, int] | None:
    """(layer, unit) of a ``NetworkLayout.hit`` on a neuron or its bias square, else None."""
    return hit[1:3] if hit and hit[0] in ("neuron", "bias") else None


def fit_column(count: int, room: float, common: float) -> tuple[float, float]:
    """(side, gap as a fraction of the side) of a column of ``count`` neurons in ``room``
    px of height: the ``common`` side and ``GAP`` where that fits; else smaller neurons,
    then (below ``MIN_SIDE``) narrower gaps, and as a last resort neurons that touch."""
    if count <= 1:
        return common, GAP
    side = min(common, room / (count + (count - 1) * GAP))
    if side >= MIN_SIDE:
        return side, GAP
    side = min(MIN_SIDE, room / count)
    return side, max((room - count * side) / ((count - 1) * side), 0.0)


def column_rects(x: float, count: int, top: float, room: float, side: float, gap: float
                 ) -> tuple[QRectF, ...]:
    """``count`` squares centred on ``x`` and vertically in [top, top + room], ``gap``
    sides apart. Tiny ones sit on whole pixels: a 4-px square smeared over 5 pixels by
    antialiasing is a blur."""
    total = count * side + (count - 1) * gap * side
    y0 = top + max(room - total, 0.0) / 2
    if side >= DETAIL_SIDE:
        return tuple(QRectF(x - side / 2, y0 + i * side * (1 + gap), side, side)
                     for i in range(count))
    whole = max(1.0, math.floor(side))
    left = round(x - whole / 2)
    return tuple(QRectF(left, round(y0 + i * side * (1 + gap)), whole, whole)
                 for i in range(count))


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

    top, bottom = NEURONS_TOP, max(height - MARGIN, NEURONS_TOP + DETAIL_SIDE)
    room = bottom - top
    tallest = max(counts)
    side = room / (tallest + (tallest - 1) * GAP)
    side = float(np.clip(min(side, spacing * 0.5), DETAIL_SIDE, MAX_SIDE))

    # Image data: one input block, drawn large enough to show an example image.
    fits = [fit_column(n, room, side) for n in counts]
    if feature_names is None:
        fits[0] = (MAX_SIDE, GAP)
    columns = [column_rects(x, n, top, room, *fit)
               for x, n, fit in zip(column_x, counts, fits, strict=True)]
    feature_rects = columns[0] if feature_names is not None else ()
    rects = (tuple(columns[0][i] for i in enabled), *columns[1:])
    sides = tuple(column[0].width() if column else side for column in columns)

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
                         feature_names if feature_names is not None else (), sides)


def layout_for(width: float, height: float, features: tuple[str, ...],
               hidden: tuple[int, ...], n_outputs: int, pixels: bool) -> NetworkLayout:
    """``compute_layout`` for the panel: every 2-D feature (``features`` switched on), or
    for image data (``pixels``) one input block standing for all the pixels."""
    if pixels:
        return compute_layout(width, height, 1, (0,), hidden, n_outputs, None)
    enabled = tuple(FEATURES.index(f) for f in features if f in FEATURES)
    return compute_layout(width, height, len(FEATURES), enabled, hidden, n_outputs)
