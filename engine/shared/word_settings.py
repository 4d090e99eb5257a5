"""The word data's settings (``DataSettings.language`` .. ``max_vocab``): checked by
Experiment.validate for word datasets only, so the other demos' files never meet them."""

from __future__ import annotations

import dataclasses

from engine.shared.catalogue import MAX_CONTEXT, WORD_TASKS, word_info
from engine.shared.settings import DataSettings, ExperimentError, TrainSettings

#: Languages of the generated corpus (engine/data/word_tables.py has their columns).
WORD_LANGUAGES = ("en", "ko")
#: Most sentences of the generated corpus: 200,000 are about two million tokens.
MAX_SENTENCES = 200_000
#: Fewest and most words a person's text may keep (the rest are <unk>).
MIN_VOCAB, MAX_VOCAB = 10, 10_000
MAX_NEGATIVES = 50


#: How a word model trains when a person turns to words from other data with plain SGD:
#: the word demos' Adam. Skip-gram under the playground's SGD (0.03, batches of 10)
#: reached a neighbour share of 0.13 in 20 s where Adam reached 1.0.
WORD_OPTIMIZER, WORD_LEARNING_RATE, WORD_BATCH = "adam", 0.01, 64


def fit_training_to_words(old: DataSettings, new: DataSettings,
                          training: TrainSettings) -> TrainSettings:
    """The training settings for ``new`` data after ``old``: moving to words from other
    data with plain SGD switches to WORD_OPTIMIZER (a person's own choice of another
    optimizer stays); anything else is kept."""
    if (word_info(new.dataset) is None or word_info(old.dataset) is not None
            or training.optimizer != "sgd"):
        return training
    return dataclasses.replace(training, optimizer=WORD_OPTIMIZER,
                               learning_rate=WORD_LEARNING_RATE, batch_size=WORD_BATCH)


def _count(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def check_words(data: DataSettings) -> None:
    """ExperimentError naming the first word setting that cannot be used."""
    info = word_info(data.dataset)
    if info is None:
        return
    if data.word_task not in WORD_TASKS:
        raise ExperimentError.of("settings.word_task", name=repr(data.word_task),
                                 choices=", ".join(WORD_TASKS))
    if not _count(data.context, 1, MAX_CONTEXT):
        raise ExperimentError.of("settings.word_context", value=repr(data.context),
                                 high=MAX_CONTEXT)
    if not _count(data.negatives, 1, MAX_NEGATIVES):
        raise ExperimentError.of("settings.word_negatives", value=repr(data.negatives),
                                 high=MAX_NEGATIVES)
    if info.from_path:
        if not _count(data.max_vocab, MIN_VOCAB, MAX_VOCAB):
            raise ExperimentError.of("settings.word_vocabulary", value=repr(data.max_vocab),
                                     low=MIN_VOCAB, high=MAX_VOCAB)
        return
    if data.language not in WORD_LANGUAGES:
        raise ExperimentError.of("settings.word_language", name=repr(data.language),
                                 choices=", ".join(WORD_LANGUAGES))
    if not _count(data.n_points, 1, MAX_SENTENCES):
        raise ExperimentError.of("settings.word_sentences", value=repr(data.n_points),
                                 high=MAX_SENTENCES)
