"""A dataset ready for training: generated points plus a person's own, split once (or,
for image data such as the digits, ``engine.data.digits``'s images, flattened).

The arrays are float32, C-contiguous and read-only: the trainer hands them to torch and
the views to pyqtgraph without a copy, and nobody can change them under the other's feet.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from engine.data.errors import DataError
from engine.data.word_corpus import WordCorpus
from engine.shared.catalogue import DATASETS, DatasetInfo
from engine.shared.messages import message
from engine.shared.sequence_info import SequenceInfo

if TYPE_CHECKING:
    from engine.data.scenes import CaptionScenes
    from engine.data.translation_vocab import Translations

#: Points live in [-EXTENT, EXTENT]^2, TF Playground's domain.
EXTENT = 6.0
#: Generating more than this is a slip of the keyboard, not an experiment.
MAX_POINTS = 1_000_000


def _no_rows() -> np.ndarray:
    return frozen(np.zeros((0, 2)), (0, 2))


@dataclass(frozen=True)
class Dataset:
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
    #: Word data: the corpus the examples were made from (its words, groups, held-out
    #: sentences); None for every other kind of data.
    corpus: WordCorpus | None = None
    #: Corpus tokens one training example stands for (tokens per second = examples per
    #: second times this): 1 for a language model, less for skip-gram's pairs.
    tokens_per_example: float = 1.0
    #: Translation data: the English -> Korean sentence pairs and both vocabularies;
    #: None for every other kind of data.
    translations: Translations | None = None
    #: Captioned scenes: the pictures, their objects, masks and captions, and the
    #: caption vocabulary; None for every other kind of data.
    scenes: CaptionScenes | None = None

    @property
    def points_2d(self) -> bool:
        return self.image_shape is None and self.sequence is None and self.scenes is None


def dataset_info(dataset_id: str) -> DatasetInfo:
    """The entry of ``DATASETS``, or a DataError that lists the ids there are."""
    try:
        return DATASETS[dataset_id]
    except (KeyError, TypeError):
        raise DataError.of("data.unknown_dataset", dataset=repr(dataset_id),
                           choices=", ".join(DATASETS)) from None


def int_setting(name: str, value: object, low: int, high: int | None = None) -> int:
    """``value`` as a whole number from ``low`` to ``high``, or a DataError; ``name`` is
    the code that names the setting ("data.name_points")."""
    try:
        number = operator.index(value)  # ints and numpy ints; 2.5 and "3" are refused
    except TypeError:
        raise DataError.of("data.not_whole", name=message(name), value=repr(value)) from None
    if number < low or (high is not None and number > high):
        limit = (message("data.range_between", low=low, high=high) if high is not None
                 else message("data.range_at_least", low=low))
        raise DataError.of("data.out_of_range", name=message(name), number=number,
                           limit=limit)
    return number


def train_count(n: int, ratio: float) -> int:
    """Training share of ``n`` points; both sides get at least one point once n >= 2."""
    if n < 2:
        return n
    return min(max(round(n * ratio), 1), n - 1)


def frozen(a: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    # A copy, always: freezing must never lock an array someone else still writes to.
    out = np.array(a, dtype=np.float32, order="C").reshape(shape)
    out.setflags(write=False)
    return out
