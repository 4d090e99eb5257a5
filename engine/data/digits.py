"""The handwritten digits: 1,797 images of 8×8 pixels, bundled in resources/data/digits.npz
(UCI "Optical Recognition of Handwritten Digits", CC BY 4.0; see resources/data/README.md).

Each image reaches the network as 64 values in [0, 1] (the playground's features do not
apply). ``DataSettings.labels`` keeps the label of only that many training images, the
same number of each digit as far as possible; the others become ``x_unlabelled``, which
only unsupervised pre-training reads (engine/pretraining.py).
"""

from __future__ import annotations

import functools
import operator
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset2d import Dataset2D, _frozen, _int_setting, _n_train
from engine.data.errors import DataError
from engine.data.registry import DATASETS as DATASETS_BY_ID
from engine.data.registry import DIGITS

if TYPE_CHECKING:
    from engine.experiment import DataSettings

DIGITS_FILE = Path(__file__).resolve().parents[2] / "resources" / "data" / "digits.npz"
#: Pixel values in the file run from 0 to 16 (on-pixels of a 4×4 block of the scan).
PIXEL_MAX = 16.0


@functools.lru_cache(maxsize=1)
def load_digits() -> tuple[np.ndarray, np.ndarray]:
    """(images uint8 (1797, 8, 8), labels uint8 (1797,)), read-only, read once."""
    try:
        with np.load(DIGITS_FILE, allow_pickle=False) as archive:
            images, labels = archive["images"], archive["labels"]
    except (OSError, KeyError, ValueError) as exc:
        raise DataError(f"the bundled digits ({DIGITS_FILE.name}) cannot be read: {exc}; "
                        "reinstall Deepscope or run tools/make_digits.py") from None
    if images.shape[1:] != DIGITS.image_shape or labels.shape != images.shape[:1]:
        raise DataError(f"the bundled digits have an unexpected shape {images.shape}")
    images.setflags(write=False)
    labels.setflags(write=False)
    return images, labels


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


def check_labels(value: object, n_classes: int = DIGITS.max_classes) -> int:
    """``DataSettings.labels`` as a count, or a DataError a person can act on."""
    try:
        keep = operator.index(value)
    except TypeError:
        raise DataError(f"labelled examples must be a whole number, not {value!r}") from None
    if keep < 0:
        raise DataError(f"labelled examples {keep} must not be negative (0 keeps all)")
    if 0 < keep < n_classes:
        raise DataError(f"{keep} labelled examples cannot show all {n_classes} classes: "
                        f"keep at least {n_classes}, or 0 for all")
    return keep


def make_digits(settings: DataSettings) -> Dataset2D:
    """Shuffle with ``settings.seed``, keep ``n_points`` images, add pixel noise, split by
    ``train_ratio`` and withhold labels beyond ``settings.labels``. Deterministic."""
    images, labels = load_digits()
    n_points = min(_int_setting("number of images", settings.n_points, 0), len(images))
    seed = _int_setting("seed", settings.seed, 0)
    noise, ratio = float(settings.noise), float(settings.train_ratio)
    if not 0.0 <= noise <= 1.0:
        raise DataError(f"noise {settings.noise} must be between 0 and 1")
    if not 0.0 < ratio < 1.0:
        raise DataError(f"train ratio {settings.train_ratio} must be between 0 and 1")
    keep = check_labels(getattr(settings, "labels", 0))

    rng = np.random.default_rng(seed)
    order = rng.permutation(len(images))[:n_points]
    info = DATASETS_BY_ID.get(settings.dataset, DIGITS)
    chosen = images[order].astype(np.float32) / PIXEL_MAX
    if info.image_shape != DIGITS.image_shape:
        chosen = enlarge(chosen, info.image_shape[0])
    x = chosen.reshape(n_points, -1)
    if noise > 0:  # noise is a fraction of the pixel range, like the points' noise
        x = np.clip(x + rng.normal(0.0, noise, size=x.shape), 0.0, 1.0)
    y = labels[order].astype(np.float32)
    n_train = _n_train(n_points, ratio)
    labelled = labelled_mask(y[:n_train], keep)
    width = x.shape[1]
    return Dataset2D(
        x_train=_frozen(x[:n_train][labelled], (-1, width)),
        y_train=_frozen(y[:n_train][labelled], (-1,)),
        x_test=_frozen(x[n_train:], (-1, width)),
        y_test=_frozen(y[n_train:], (-1,)),
        problem=DIGITS.problem,
        n_classes=DIGITS.max_classes,
        extent=1.0,
        x_unlabelled=_frozen(x[:n_train][~labelled], (-1, width)),
        image_shape=info.image_shape,
    )


def enlarge(images: np.ndarray, side: int) -> np.ndarray:
    """(n, h, w) images resized to (n, side, side) by bilinear interpolation (pixel
    centres aligned, as torch's ``align_corners=False``): one matrix per axis."""
    rows = _interpolation(images.shape[1], side)
    cols = _interpolation(images.shape[2], side)
    return np.einsum("ih,nhw,jw->nij", rows, images, cols).astype(np.float32)


def _interpolation(n: int, side: int) -> np.ndarray:
    """(side, n): each output pixel's weights on the input pixels."""
    centres = (np.arange(side) + 0.5) * n / side - 0.5
    low = np.clip(np.floor(centres).astype(int), 0, n - 1)
    high = np.clip(low + 1, 0, n - 1)
    frac = np.clip(centres - np.floor(centres), 0.0, 1.0)
    frac = np.where(centres < 0, 0.0, np.where(centres > n - 1, 1.0, frac))
    matrix = np.zeros((side, n), np.float64)
    matrix[np.arange(side), low] += 1.0 - frac
    matrix[np.arange(side), high] += frac
    return matrix


def thumbnail_images(n: int = 4) -> np.ndarray:
    """The first ``n`` images of distinct digits (0, 1, 2, ...), uint8 values 0-16."""
    images, labels = load_digits()
    firsts = [int(np.flatnonzero(labels == d)[0]) for d in range(min(n, 10))]
    return images[firsts]
