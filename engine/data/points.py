"""The 2-D point sets: generated points plus a person's own, shuffled and split once."""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset import (
    EXTENT,
    MAX_POINTS,
    Dataset,
    dataset_info,
    frozen,
    int_setting,
    train_count,
)
from engine.data.errors import DataError
from engine.data.toy2d import GENERATORS
from engine.shared.catalogue import DatasetInfo
from engine.shared.messages import message

if TYPE_CHECKING:  # at run time any object with DataSettings' fields will do
    from engine.shared.experiment import DataSettings


def make_points(info: DatasetInfo, settings: DataSettings) -> Dataset:
    """Generate, shuffle and split the points that ``settings`` describe.

    The same settings give the same arrays. The generated points come from
    ``numpy.random.default_rng(settings.seed)``; custom points are added after them and
    split without randomness (see ``_split_custom``), so adding a point never changes
    the generated data or where earlier custom points went.
    """
    n_points = int_setting("data.name_points", settings.n_points, 0, MAX_POINTS)
    seed = int_setting("data.name_seed", settings.seed, 0)
    noise, ratio = float(settings.noise), float(settings.train_ratio)
    if not 0.0 <= noise <= 1.0:
        raise DataError.of("data.noise_range", noise=settings.noise)
    if not 0.0 < ratio < 1.0:
        raise DataError.of("data.train_ratio_range", ratio=settings.train_ratio)
    n_classes = _n_classes(info, settings.n_classes)

    rng = np.random.default_rng(seed)
    if info.id == "custom":
        n_points = 0
    x, y = GENERATORS[info.id](rng, n_points, noise, n_classes)
    order = rng.permutation(len(x))
    x, y = np.clip(x[order], -EXTENT, EXTENT), y[order]
    n_train = train_count(len(x), ratio)

    cx, cy = _custom_arrays(settings.custom_points, info.problem, n_classes)
    train = _split_custom(len(cx), ratio)
    return Dataset(
        x_train=frozen(np.concatenate([x[:n_train], cx[train]]), (-1, 2)),
        y_train=frozen(np.concatenate([y[:n_train], cy[train]]), (-1,)),
        x_test=frozen(np.concatenate([x[n_train:], cx[~train]]), (-1, 2)),
        y_test=frozen(np.concatenate([y[n_train:], cy[~train]]), (-1,)),
        problem=info.problem,
        n_classes=n_classes,
    )


@functools.lru_cache(maxsize=64)
def sample_thumbnail_points(
    dataset_id: str, n: int = 200, n_classes: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """``n`` clean points (noise 0, seed 0) for a gallery thumbnail: x (n, 2), y (n,).

    Cached: the gallery redraws thumbnails often and the arrays are read-only anyway.
    "custom" has no points of its own and gives empty arrays, and so do image data
    (their thumbnail is an image: ``engine.data.digits.thumbnail_images``).
    """
    info = dataset_info(dataset_id)
    if not info.points_2d:
        return frozen(np.zeros((0, 2)), (0, 2)), frozen(np.zeros(0), (0,))
    n = int_setting("data.name_points", n, 0, MAX_POINTS)
    k = 1 if info.problem == "regression" else _n_classes(info, n_classes)
    x, y = GENERATORS[info.id](np.random.default_rng(0), n, 0.0, k)
    return frozen(np.clip(x, -EXTENT, EXTENT), (-1, 2)), frozen(y, (-1,))


def _n_classes(info: DatasetInfo, requested: object) -> int:
    """Classes the set will have: 1 for regression, else clamped to what the set supports."""
    if info.problem == "regression":
        return 1
    try:
        k = operator.index(requested)
    except TypeError:
        raise DataError.of("data.not_whole", name=message("data.name_classes"),
                           value=repr(requested)) from None
    if k < 2:
        raise DataError.of("points.too_few_classes", classes=k)
    return min(k, info.max_classes)


def _split_custom(n: int, ratio: float) -> np.ndarray:
    """Mask of custom points that go to training: point i trains iff ceil grows at i.

    A Bresenham-like rule instead of a shuffle: the first point always trains (so a lone
    point shows its effect), the counts follow the ratio at every length, adding a point
    never moves earlier ones between train and test (no jumping while a person clicks),
    and points entered class by class are split evenly within each class.
    """
    i = np.arange(n)
    return np.ceil((i + 1) * ratio - 1e-9) > np.ceil(i * ratio - 1e-9)


def _custom_arrays(
    points: Sequence[Sequence[float]], problem: str, n_classes: int
) -> tuple[np.ndarray, np.ndarray]:
    """Check a person's points and bring them into the plane; labels as float64."""
    rows = []
    for number, point in enumerate(points, start=1):
        try:
            x1, x2, label = (float(v) for v in point)
        except (TypeError, ValueError):
            raise DataError.of("points.not_three_numbers", number=number,
                               point=repr(point)) from None
        if not all(math.isfinite(v) for v in (x1, x2, label)):
            raise DataError.of("points.not_finite", number=number, point=repr(point))
        if problem == "regression":
            label = min(max(label, -1.0), 1.0)
        elif label != int(label) or not 0 <= label < n_classes:
            raise DataError.of("points.bad_label", number=number, label=label,
                               last=n_classes - 1)
        rows.append((x1, x2, label))
    data = np.array(rows, dtype=np.float64).reshape(-1, 3)
    return np.clip(data[:, :2], -EXTENT, EXTENT), data[:, 2]


