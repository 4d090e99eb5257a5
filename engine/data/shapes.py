"""Generated shapes: 28×28 grey images of bars at four orientations, circles, squares,
triangles and crosses, each at a random position, size, thickness and slight tilt.

Made for the ConvNet demo: the classes differ by their edges (a bar "/" has edges at
45°, a square has horizontal and vertical ones), so edge detectors emerge in the first
convolution. ``DataSettings.n_classes`` keeps the first k classes of ``CLASS_NAMES``;
``noise`` is the difficulty: it widens the ranges of size, thickness, tilt and position
and adds pixel noise.

Drawing is anti-aliased: every stroke is a distance to line segments (or to a circle),
evaluated on a grid twice as fine as the image with a one-fine-pixel soft edge, then
averaged down 2×2, all vectorised over the images: 5,000 images in about half a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset import Dataset, int_setting
from engine.data.errors import DataError
from engine.data.images import split_images
from engine.shared.catalogue import IMAGE_SIDE
from engine.shared.messages import message

if TYPE_CHECKING:
    from engine.shared.experiment import DataSettings

#: The classes, in the order ``n_classes`` takes them.
CLASS_NAMES = ("bar —", "bar /", "bar |", "bar \\", "circle", "square", "triangle", "cross")
#: Angle of each bar class in degrees, counter-clockwise from horizontal.
BAR_ANGLES = {0: 0.0, 1: 45.0, 2: 90.0, 3: 135.0}
#: Fine grid: each image pixel is SUPER×SUPER samples.
SUPER = 2
#: Images drawn at once: bounds the temporary arrays to a few megabytes.
CHUNK = 512


def _fine_grid() -> tuple[np.ndarray, np.ndarray]:
    """Column and row coordinates (in image pixels) of the fine samples' centres."""
    n = IMAGE_SIDE * SUPER
    c = (np.arange(n, dtype=np.float32) + 0.5) / SUPER
    cols, rows = np.meshgrid(c, c)
    return cols.reshape(-1), rows.reshape(-1)


_COLS, _ROWS = _fine_grid()


def _segment_distance2(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Squared distance of every fine sample to the segments a→b: a, b (n, 2) ->
    (n, samples). Squared: the root is taken once, after the nearest segment is known."""
    ax, ay = a[:, :1], a[:, 1:]
    dx, dy = b[:, :1] - ax, b[:, 1:] - ay
    px, py = _COLS[None] - ax, _ROWS[None] - ay
    t = px * dx
    t += py * dy
    t *= 1.0 / np.maximum(dx * dx + dy * dy, 1e-6)
    np.clip(t, 0.0, 1.0, out=t)
    px -= t * dx
    py -= t * dy
    px *= px
    py *= py
    px += py
    return px


def _polyline_distance(centre, radius, angle, corners, closed=True) -> np.ndarray:
    """Squared distance to the outline through ``corners`` (unit coordinates (k, 2), scaled by
    ``radius`` and turned by ``angle``) around each image's ``centre``."""
    cos, sin = np.cos(angle)[:, None], np.sin(angle)[:, None]
    points = []
    for u, v in corners:
        # Image rows grow downwards: a counter-clockwise angle subtracts from the row.
        points.append(np.stack([centre[:, 0] + radius * (u * cos[:, 0] - v * sin[:, 0]),
                                centre[:, 1] - radius * (u * sin[:, 0] + v * cos[:, 0])],
                               axis=1))
    pairs = list(zip(points, points[1:] + points[:1])) if closed else [tuple(points)]
    return np.minimum.reduce([_segment_distance2(p, q) for p, q in pairs])


_SQUARE = ((-1, -1), (1, -1), (1, 1), (-1, 1))
_TRIANGLE = tuple((np.cos(a), np.sin(a)) for a in np.radians([90, 210, 330]))


def _distance(label: int, centre, radius, angle) -> np.ndarray:
    """Distance from every fine sample to the stroke of class ``label``."""
    if label in BAR_ANGLES:
        tilt = angle + np.radians(BAR_ANGLES[label])
        d2 = _polyline_distance(centre, radius, tilt, ((-1, 0), (1, 0)), closed=False)
    elif label == 4:  # circle
        r = np.hypot(_COLS[None] - centre[:, :1], _ROWS[None] - centre[:, 1:])
        return np.abs(r - radius[:, None])
    elif label == 5:
        d2 = _polyline_distance(centre, radius * 0.8, angle, _SQUARE)
    elif label == 6:
        d2 = _polyline_distance(centre, radius, angle, _TRIANGLE)
    else:
        d2 = np.minimum(*(_polyline_distance(centre, radius, angle + turn, ((-1, 0), (1, 0)),
                                             closed=False) for turn in (0.0, np.pi / 2)))
    return np.sqrt(d2, out=d2)


def draw_shapes(labels: np.ndarray, rng: np.random.Generator, noise: float = 0.0
                ) -> np.ndarray:
    """One image per label: float32 (n, 28, 28) in [0, 1], white strokes on black."""
    labels = np.asarray(labels, dtype=np.int64)
    n = len(labels)
    # Difficulty grows with noise: wider ranges of size, thickness, tilt and position.
    radius = rng.uniform(6.0 - 2.0 * noise, 10.0 + 1.0 * noise, n).astype(np.float32)
    half_width = rng.uniform(0.7, 1.2 + 0.8 * noise, n).astype(np.float32)
    max_tilt = np.radians(8.0 + 25.0 * noise)
    angle = rng.uniform(-max_tilt, max_tilt, n).astype(np.float32)
    margin = radius + half_width + 0.5
    shift = rng.uniform(-1.0, 1.0, (n, 2)) * (2.0 + 6.0 * noise)
    centre = np.clip(IMAGE_SIDE / 2 + shift, margin[:, None],
                     IMAGE_SIDE - margin[:, None]).astype(np.float32)
    fine = np.zeros((n, _COLS.size), np.float32)
    for label in np.unique(labels):
        for start in range(0, n, CHUNK):
            idx = np.flatnonzero(labels[start:start + CHUNK] == label) + start
            if idx.size:
                d = _distance(int(label), centre[idx], radius[idx], angle[idx])
                # Soft edge one fine sample wide: coverage 1 inside, 0 outside.
                fine[idx] = np.clip((half_width[idx, None] - d) * SUPER + 0.5, 0.0, 1.0)
    side = IMAGE_SIDE
    images = fine.reshape(n, side, SUPER, side, SUPER).mean(axis=(2, 4))
    if noise > 0:
        images = np.clip(images + rng.normal(0.0, noise, images.shape).astype(np.float32),
                         0.0, 1.0)
    return images.astype(np.float32)


def shape_classes(requested: object) -> int:
    try:
        k = int(requested)
    except (TypeError, ValueError):
        raise DataError.of("data.not_whole", name=message("data.name_classes"),
                           value=repr(requested)) from None
    if not 2 <= k <= len(CLASS_NAMES):
        raise DataError.of("shapes.classes_range", classes=k, most=len(CLASS_NAMES))
    return k


def make_shapes(settings: DataSettings) -> Dataset:
    """``n_points`` shapes of the first ``n_classes`` classes, equally many of each, in
    an order and with looks that only ``seed`` decides."""
    n_points = int_setting("data.name_images", settings.n_points, 0, 100_000)
    seed = int_setting("data.name_seed", settings.seed, 0)
    noise = float(settings.noise)
    if not 0.0 <= noise <= 1.0:
        raise DataError.of("data.noise_range", noise=settings.noise)
    k = shape_classes(settings.n_classes)
    rng = np.random.default_rng(seed)
    labels = rng.permutation(np.arange(n_points) % k)
    images = draw_shapes(labels, rng, noise)
    return split_images(images, labels, settings, k, CLASS_NAMES[:k])


def thumbnail_shapes() -> np.ndarray:
    """Four clean shapes (bar /, circle, square, triangle), float32 (4, 28, 28)."""
    labels = np.array([1, 4, 5, 6])
    return draw_shapes(labels, np.random.default_rng(1), 0.0)

