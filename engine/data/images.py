"""What every image dataset shares: resampling to another size, and turning shuffled
images with labels into a Dataset (train/test split, labels withheld beyond
``DataSettings.labels``). Used by the digits, the shapes and a person's files.
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset import Dataset, frozen, int_setting, train_count
from engine.data.errors import DataError

if TYPE_CHECKING:
    from engine.shared.experiment import DataSettings


def resample(images: np.ndarray, height: int, width: int) -> np.ndarray:
    """(n, h, w) float images to (n, height, width): bilinear, widened to an area filter
    when shrinking (no aliasing), as two small matrix products."""
    rows, cols = _resample_matrix(images.shape[1], height), _resample_matrix(
        images.shape[2], width)
    return np.einsum("ih,nhw,jw->nij", rows, images, cols, optimize=True).astype(np.float32)


def _resample_matrix(n_in: int, n_out: int) -> np.ndarray:
    scale = max(n_in / n_out, 1.0)
    centres = (np.arange(n_out) + 0.5) * n_in / n_out - 0.5
    weights = np.clip(1.0 - np.abs(np.arange(n_in)[None] - centres[:, None]) / scale, 0, None)
    return weights / weights.sum(axis=1, keepdims=True)


def shuffled_split(images: np.ndarray, labels: np.ndarray, k: int, settings: DataSettings,
                   class_names: tuple[str, ...] = ()) -> Dataset:
    """Shuffle with ``seed``, keep ``n_points``, add pixel noise, split: the digits and a
    person's files."""
    n = min(int_setting("data.name_images", settings.n_points, 0), len(images))
    noise = float(settings.noise)
    if not 0.0 <= noise <= 1.0:
        raise DataError.of("data.noise_range", noise=settings.noise)
    rng = np.random.default_rng(int_setting("data.name_seed", settings.seed, 0))
    order = rng.permutation(len(images))[:n]
    x = images[order]
    if noise > 0:
        x = np.clip(x + rng.normal(0.0, noise, x.shape).astype(np.float32), 0.0, 1.0)
    return split_images(x, labels[order], settings, k, class_names)


def split_images(x: np.ndarray, y: np.ndarray, settings: DataSettings, n_classes: int,
                 class_names: tuple[str, ...] = ()) -> Dataset:
    """Already shuffled images (n, h, w) in [0, 1] and labels (n,) as a Dataset: split
    by ``train_ratio``, labels withheld beyond ``settings.labels``. Shared by every image
    dataset."""
    ratio = float(settings.train_ratio)
    if not 0.0 < ratio < 1.0:
        raise DataError.of("data.train_ratio_range", ratio=settings.train_ratio)
    keep = check_labels(settings.labels, n_classes)
    shape = tuple(int(s) for s in x.shape[1:])
    x = x.reshape(len(x), -1)
    y = np.asarray(y, dtype=np.float32)
    n_train = train_count(len(x), ratio)
    labelled = labelled_mask(y[:n_train], keep)
    width = x.shape[1]
    return Dataset(
        x_train=frozen(x[:n_train][labelled], (-1, width)),
        y_train=frozen(y[:n_train][labelled], (-1,)),
        x_test=frozen(x[n_train:], (-1, width)),
        y_test=frozen(y[n_train:], (-1,)),
        problem="classification",
        n_classes=n_classes,
        extent=1.0,
        x_unlabelled=frozen(x[:n_train][~labelled], (-1, width)),
        image_shape=shape,
        class_names=tuple(class_names),
    )


def labelled_mask(labels: np.ndarray, keep: int) -> np.ndarray:
    """Which of ``labels`` (in their shuffled order) keep their label: the first of each
    class in turn, so 50 labels of 10 digits are 5 of each. ``keep`` 0 keeps all."""
    n = len(labels)
    if keep == 0 or keep >= n:
        return np.ones(n, dtype=bool)
    rank = np.zeros(n, dtype=np.int64)  # how many of the same class came before
    for value in np.unique(labels):
        where = np.flatnonzero(labels == value)
        rank[where] = np.arange(len(where))
    chosen = np.lexsort((np.arange(n), rank))[:keep]  # rank first, then position
    mask = np.zeros(n, dtype=bool)
    mask[chosen] = True
    return mask


def check_labels(value: object, n_classes: int = 10) -> int:
    """``DataSettings.labels`` as a count, or a DataError a person can act on."""
    try:
        keep = operator.index(value)
    except TypeError:
        raise DataError.of("images.labels_not_whole", value=repr(value)) from None
    if keep < 0:
        raise DataError.of("images.labels_negative", keep=keep)
    if 0 < keep < n_classes:
        raise DataError.of("images.labels_too_few", keep=keep, classes=n_classes)
    return keep
