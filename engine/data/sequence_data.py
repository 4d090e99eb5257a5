"""Sequence datasets as a Dataset: the algorithmic tasks of ``sequences`` and the text of
``text``, generated from the settings' seed and split into training and test sequences."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset import Dataset, int_setting, train_count
from engine.data.errors import DataError
from engine.data.sequences import GENERATORS
from engine.data.text import CORPUS_CHARS, grammar_corpus, read_text_file, text_sequences
from engine.shared.catalogue import SequenceDatasetInfo
from engine.shared.sequence_info import MAX_LENGTH, MIN_LENGTH

if TYPE_CHECKING:
    from engine.shared.experiment import DataSettings

#: Most sequences; and most numbers all of them may hold (a slip, not an experiment).
MAX_SEQUENCES = 200_000
MAX_VALUES = 20_000_000


def sequence_length(info: SequenceDatasetInfo, settings: DataSettings) -> int:
    """``DataSettings.seq_length``, or the data's own default when it is 0."""
    length = settings.seq_length or info.default_length
    return int_setting("data.name_seq_length", length, MIN_LENGTH, MAX_LENGTH)


def make_sequences(info: SequenceDatasetInfo, settings: DataSettings) -> Dataset:
    n = int_setting("data.name_sequences", settings.n_points, 0, MAX_SEQUENCES)
    seed = int_setting("data.name_seed", settings.seed, 0)
    length = sequence_length(info, settings)
    noise, ratio = float(settings.noise), float(settings.train_ratio)
    if not 0.0 <= noise <= 1.0:
        raise DataError.of("data.noise_range", noise=settings.noise)
    if not 0.0 < ratio < 1.0:
        raise DataError.of("data.train_ratio_range", ratio=settings.train_ratio)
    if n * length * info.n_inputs > MAX_VALUES:
        raise DataError.of("sequences.too_many_values", count=n, length=length,
                           limit=MAX_VALUES)
    rng = np.random.default_rng(seed)
    if info.id in ("grammar", "text"):
        text = (read_text_file(settings.path) if info.from_path
                else grammar_corpus(rng, max(CORPUS_CHARS, 2 * n * length // 8)))
        x_train, y_train, x_test, y_test, seq = text_sequences(text, n, length, ratio, rng)
        return _dataset(x_train, y_train, x_test, y_test, seq, info, seq.vocab)
    k = min(max(int(settings.n_classes), 2), info.max_classes) \
        if info.adjustable_classes else info.max_classes
    x, y, seq, names = GENERATORS[info.id](rng, n, length, noise, k)
    cut = train_count(n, ratio)
    return _dataset(x[:cut], y[:cut], x[cut:], y[cut:], seq, info, names)


def _dataset(x_train, y_train, x_test, y_test, seq, info, names) -> Dataset:
    n_classes = len(names) if info.problem == "classification" else 1
    return Dataset(
        x_train=_frozen(x_train), y_train=_frozen(y_train, np.float32),
        x_test=_frozen(x_test), y_test=_frozen(y_test, np.float32),
        problem=info.problem, n_classes=n_classes,
        x_unlabelled=_frozen(x_train[:0]), class_names=tuple(names), sequence=seq)


def _frozen(a: np.ndarray, dtype=None) -> np.ndarray:
    """Token ids stay int64 (an Embedding reads them), values float32; read-only."""
    dtype = dtype or (np.int64 if a.dtype.kind in "iu" else np.float32)
    out = np.array(a, dtype=dtype, order="C")
    out.setflags(write=False)
    return out
