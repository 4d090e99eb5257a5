"""A dataset ready for training: generated points plus a person's own, split once (or,
for image data such as the digits, ``engine.data.digits``'s images, flattened).

The arrays are float32, C-contiguous and read-only: the trainer hands them to torch and
the views to pyqtgraph without a copy, and nobody can change them under the other's feet.
"""

from __future__ import annotations

import functools
import math
import operator
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from engine.data.errors import DataError
from engine.data.registry import DATASETS, SequenceDatasetInfo
from engine.data.sequence_info import SequenceInfo
from engine.data.toy2d import GENERATORS, DatasetInfo

if TYPE_CHECKING:  # at run time any object with DataSettings' fields will do
    from engine.experiment import DataSettings

#: Points live in [-EXTENT, EXTENT]^2, TF Playground's domain.
EXTENT = 6.0
#: Generating more than this is a slip of the keyboard, not an experiment.
MAX_POINTS = 1_000_000


def _no_rows() -> np.ndarray:
    return _frozen(np.zeros((0, 2)), (0, 2))


@dataclass(frozen=True)
class Dataset2D:
    #: (N, 2) float32 points, or (N, n_inputs) flattened images in [0, 1]: the labelled
    #: training examples, which supervised training and the train metrics use.
    x_train: np.ndarray
    #: Class index 0..K-1 stored as float, or the regression value in [-1, 1].
    y_train: np.ndarray  # (N,) float32
    x_test: np.ndarray
    y_test: np.ndarray
    #: "classification" or "regression".
    problem: str
    #: Number of classes (1 for regression); labels may not use every class.
    n_classes: int
    #: Points lie in [-extent, extent]^2.
    extent: float = EXTENT
    #: Training examples whose label was withheld (``DataSettings.labels``): only
    #: unsupervised pre-training reads them. (M, like x_train); empty for points.
    x_unlabelled: np.ndarray = field(default_factory=_no_rows)
    #: (height, width) of each example for image data; None for 2-D points.
    image_shape: tuple[int, int] | None = None
    #: Name of each class where the data have them (shapes, a person's image folder):
    #: index = label. Empty where classes are numbers (points, digits).
    class_names: tuple[str, ...] = ()
    #: Sequence data: token ids (N, T) int64 or values (N, T, F), targets (N, T) at
    #: every step or (N,) after the last; what each step means. None for points, images.
    sequence: SequenceInfo | None = None

    @property
    def points_2d(self) -> bool:
        return self.image_shape is None and self.sequence is None


def dataset_info(dataset_id: str) -> DatasetInfo:
    """The entry of ``DATASETS``, or a DataError that lists the ids there are."""
    try:
        return DATASETS[dataset_id]
    except (KeyError, TypeError):
        choices = ", ".join(DATASETS)
        raise DataError(f"unknown dataset {dataset_id!r}: choose one of {choices}") from None


def make_dataset(settings: DataSettings) -> Dataset2D:
    """Generate, shuffle and split the points that ``settings`` describe.

    The same settings give the same arrays. The generated points come from
    ``numpy.random.default_rng(settings.seed)``; custom points are added after them and
    split without randomness (see ``_split_custom``), so adding a point never changes
    the generated data or where earlier custom points went.
    """
    info = dataset_info(settings.dataset)
    if isinstance(info, SequenceDatasetInfo):
        from engine.data.sequence_data import make_sequences

        return make_sequences(info, settings)
    if not info.points_2d:
        return _make_images(info.id, settings)
    n_points = _int_setting("number of points", settings.n_points, 0, MAX_POINTS)
    seed = _int_setting("seed", settings.seed, 0)
    noise, ratio = float(settings.noise), float(settings.train_ratio)
    if not 0.0 <= noise <= 1.0:
        raise DataError(f"noise {settings.noise} must be between 0 and 1")
    if not 0.0 < ratio < 1.0:
        raise DataError(f"train ratio {settings.train_ratio} must be between 0 and 1")
    n_classes = _n_classes(info, settings.n_classes)

    rng = np.random.default_rng(seed)
    if info.id == "custom":
        n_points = 0
    x, y = GENERATORS[info.id](rng, n_points, noise, n_classes)
    order = rng.permutation(len(x))
    x, y = np.clip(x[order], -EXTENT, EXTENT), y[order]
    n_train = _n_train(len(x), ratio)

    cx, cy = _custom_arrays(settings.custom_points, info.problem, n_classes)
    train = _split_custom(len(cx), ratio)
    return Dataset2D(
        x_train=_frozen(np.concatenate([x[:n_train], cx[train]]), (-1, 2)),
        y_train=_frozen(np.concatenate([y[:n_train], cy[train]]), (-1,)),
        x_test=_frozen(np.concatenate([x[n_train:], cx[~train]]), (-1, 2)),
        y_test=_frozen(np.concatenate([y[n_train:], cy[~train]]), (-1,)),
        problem=info.problem,
        n_classes=n_classes,
    )


def _make_images(dataset_id: str, settings: DataSettings) -> Dataset2D:
    """Image data, loaded only when asked for; augmentation names are checked here, as
    the trainer applies them to every batch."""
    from engine.data.augment import check_augment

    check_augment(getattr(settings, "augment", ()), getattr(settings, "augment_strength", 0.5))
    if dataset_id == "shapes":
        from engine.data.shapes import make_shapes

        return make_shapes(settings)
    if dataset_id == "idx":
        from engine.data.idx import make_idx_dataset

        return make_idx_dataset(settings)
    if dataset_id == "folder":
        from engine.data.image_folder import make_folder_dataset

        return make_folder_dataset(settings)
    from engine.data.digits import make_digits

    return make_digits(settings)


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
        return _frozen(np.zeros((0, 2)), (0, 2)), _frozen(np.zeros(0), (0,))
    n = _int_setting("number of points", n, 0, MAX_POINTS)
    k = 1 if info.problem == "regression" else _n_classes(info, n_classes)
    x, y = GENERATORS[info.id](np.random.default_rng(0), n, 0.0, k)
    return _frozen(np.clip(x, -EXTENT, EXTENT), (-1, 2)), _frozen(y, (-1,))


def _int_setting(name: str, value: object, low: int, high: int | None = None) -> int:
    try:
        number = operator.index(value)  # ints and numpy ints; 2.5 and "3" are refused
    except TypeError:
        raise DataError(f"{name} must be a whole number, not {value!r}") from None
    if number < low or (high is not None and number > high):
        limit = f"from {low} to {high:,}" if high is not None else f"at least {low}"
        raise DataError(f"{name} {number} is out of range: allowed {limit}")
    return number


def _n_classes(info: DatasetInfo, requested: object) -> int:
    """Classes the set will have: 1 for regression, else clamped to what the set supports."""
    if info.problem == "regression":
        return 1
    try:
        k = operator.index(requested)
    except TypeError:
        raise DataError(f"number of classes must be a whole number, not {requested!r}") from None
    if k < 2:
        raise DataError(f"{k} classes requested: classification needs at least 2")
    return min(k, info.max_classes)


def _n_train(n: int, ratio: float) -> int:
    """Training share of ``n`` points; both sides get at least one point once n >= 2."""
    if n < 2:
        return n
    return min(max(round(n * ratio), 1), n - 1)


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
            raise DataError(
                f"custom point {number} {point!r}: expected three numbers (x1, x2, label)"
            ) from None
        if not all(math.isfinite(v) for v in (x1, x2, label)):
            raise DataError(f"custom point {number} {point!r}: not a finite number")
        if problem == "regression":
            label = min(max(label, -1.0), 1.0)
        elif label != int(label) or not 0 <= label < n_classes:
            raise DataError(
                f"custom point {number} has label {label:g}: "
                f"use a class number from 0 to {n_classes - 1}"
            )
        rows.append((x1, x2, label))
    data = np.array(rows, dtype=np.float64).reshape(-1, 3)
    return np.clip(data[:, :2], -EXTENT, EXTENT), data[:, 2]


def _frozen(a: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    # A copy, always: freezing must never lock an array someone else still writes to.
    out = np.array(a, dtype=np.float32, order="C").reshape(shape)
    out.setflags(write=False)
    return out
