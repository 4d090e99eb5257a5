"""The network panel's links: pens by weight, grouped once per Snapshot, drawn in a few
calls per frame.

Blue links carry positive weights, orange negative ones, wider and stronger with the
weight's size. A layer with many links (64 x 64) would paint a solid block at those
widths, so there only the strongest links are drawn, one pixel wide; the rest stay
hoverable and editable, they are just not painted. Links to neurons too small for a
heatmap are one pixel wide as well.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from gui.colors import NEGATIVE, NEUTRAL, POSITIVE
from gui.panels.network_layout import NetworkLayout

HOVER = QColor(40, 40, 40)
GREY_LINK = QPen(QColor(200, 200, 200), 1.0)
#: Links of a dense layer before its weights are known: light, or they hide the rest.
FAINT_LINK = QPen(QColor(228, 228, 228), 1.0)
#: A Linear layer with more links than this draws only its strongest this many, 1 px wide.
DENSE_LINKS = 256


def fitting(arrays: tuple[np.ndarray, ...], k: int, shape: tuple[int, ...]
            ) -> np.ndarray | None:
    """``arrays[k]`` when it has the shape the drawn network needs, else None (a Snapshot
    of another shape keeps only what fits)."""
    if k < len(arrays) and tuple(arrays[k].shape) == shape:
        return arrays[k]
    return None


def weight_at(weights: tuple[np.ndarray, ...], rects, k: int, row: int, col: int
              ) -> float | None:
    """The weight of a drawn link (``rects``: the layout's neurons per layer), if known."""
    fitted = fitting(weights, k, (len(rects[k + 1]), len(rects[k])))
    return None if fitted is None else float(fitted[row, col])


def bias_at(biases: tuple[np.ndarray, ...], rects, layer: int, unit: int) -> float | None:
    """The bias of a drawn neuron, if known."""
    fitted = fitting(biases, layer - 1, (len(rects[layer]),))
    return None if fitted is None else float(fitted[unit])


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


def link_groups(lines: list[QLineF], weights: np.ndarray | None, max_width: float = 6.0
                ) -> list[tuple[QPen, list[QLineF]]]:
    """Links grouped by pen, thin groups first so strong weights stay on top.

    One ``drawLines`` per group instead of one ``setPen`` + ``drawLine`` per link: the
    pens come from a small quantised set, so a 6-layer net draws in a few dozen calls.
    ``weights`` (flat, one per line) or None for grey links."""
    if weights is None:
        return [(GREY_LINK, list(lines))]
    magnitude = np.minimum(np.abs(weights), 3.0)
    widths = np.round(np.clip(magnitude * 2.0, 1.0, max_width))
    strengths = np.round(np.minimum(0.35 + magnitude * 0.65, 1.0) * 8) / 8
    keys = list(zip((weights > 0).tolist(), widths.tolist(), strengths.tolist()))
    groups: dict[tuple, list[QLineF]] = {}
    for key, line in zip(keys, lines):
        groups.setdefault(key, []).append(line)
    ordered = sorted(groups.items(), key=lambda item: item[0][1])
    return [(_pen(*key), group) for key, group in ordered]


def layer_link_groups(lines: list[QLineF], weights: np.ndarray | None, tiny: bool = False
                      ) -> list[tuple[QPen, list[QLineF]]]:
    """``link_groups`` of one Linear layer; a dense one keeps its ``DENSE_LINKS``
    strongest links, 1 px wide, so the picture shows where the big weights are. Links
    that end at ``tiny`` neurons (3 to 7 px) are 1 px wide too: wider ones would bury
    them."""
    if len(lines) <= DENSE_LINKS:
        return link_groups(lines, weights, max_width=1.0 if tiny else 6.0)
    if weights is None:
        return [(FAINT_LINK, list(lines))]
    # weakest first: groups keep the order their pens first appear in, so strong on top
    strongest = np.argsort(np.abs(weights), kind="stable")[-DENSE_LINKS:]
    return link_groups([lines[i] for i in strongest], weights[strongest], max_width=1.0)


def build_link_groups(layout: NetworkLayout, weights: tuple[np.ndarray, ...]
                      ) -> list[tuple[QPen, list[QLineF]]]:
    """(pen, lines) for every drawn link, thin ones first so strong weights stay on top;
    grey for a layer whose weights do not fit the drawn shape."""
    groups, start = [], 0
    for k in range(len(layout.rects) - 1):
        shape = (len(layout.rects[k + 1]), len(layout.rects[k]))
        count = shape[0] * shape[1]
        lines = list(layout.lines[start:start + count])
        start += count
        matrix = fitting(weights, k, shape)
        # links run row-major over (out, in), like the matrix
        tiny = layout.is_tiny(k) or layout.is_tiny(k + 1)
        groups += layer_link_groups(lines, None if matrix is None else matrix.ravel(), tiny)
    return sorted(groups, key=lambda item: item[0].widthF())


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
