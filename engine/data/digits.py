"""The handwritten digits: 1,797 images of 8×8 pixels, bundled in resources/data/digits.npz
(UCI "Optical Recognition of Handwritten Digits", CC BY 4.0; see resources/data/README.md).

Each image reaches the network as 64 values in [0, 1] (the playground's features do not
apply). ``DataSettings.labels`` keeps the label of only that many training images, the
same number of each digit as far as possible; the others become ``x_unlabelled``, which
only unsupervised pre-training reads (engine/trainer/pretraining.py).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset import Dataset
from engine.data.errors import DataError
from engine.data.images import resample, shuffled_split
from engine.shared.catalogue import DATASETS as DATASETS_BY_ID
from engine.shared.catalogue import DIGITS

if TYPE_CHECKING:
    from engine.shared.experiment import DataSettings

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
        raise DataError.of("digits.unreadable", file=DIGITS_FILE.name,
                           problem=str(exc)) from None
    if images.shape[1:] != DIGITS.image_shape or labels.shape != images.shape[:1]:
        raise DataError.of("digits.bad_shape", shape=tuple(map(int, images.shape)))
    images.setflags(write=False)
    labels.setflags(write=False)
    return images, labels


def make_digits(settings: DataSettings) -> Dataset:
    """Shuffle with ``settings.seed``, keep ``n_points`` images, add pixel noise, split by
    ``train_ratio`` and withhold labels beyond ``settings.labels``. Deterministic. The
    "digits-28" set is the same images enlarged (bilinear) before all that."""
    images, labels = load_digits()
    info = DATASETS_BY_ID.get(settings.dataset, DIGITS)
    pixels = images.astype(np.float32) / PIXEL_MAX
    if info.image_shape != DIGITS.image_shape:
        pixels = resample(pixels, *info.image_shape)
    return shuffled_split(pixels, labels, DIGITS.max_classes, settings)


def thumbnail_images(n: int = 4) -> np.ndarray:
    """The first ``n`` images of distinct digits (0, 1, 2, ...), uint8 values 0-16."""
    images, labels = load_digits()
    firsts = [int(np.flatnonzero(labels == d)[0]) for d in range(min(n, 10))]
    return images[firsts]
