"""Word data as a Dataset: the generated corpus or a person's text, made into examples
for a language model (the previous ``context`` words -> the next word) or for skip-gram
(a centre word -> each word within ``context`` of it).

Token ids: the corpus's words ``0 .. V-1``, then ``<s>`` (V) and ``</s>`` (V + 1), as
the Kneser-Ney baseline (engine/models/ngram.py) numbers them. A language model predicts
every word of a sentence and one ``</s>``, each from the ``context`` before it with
``<s>`` padding: exactly the tokens the trigram's perplexity counts, so both models'
held-out perplexities are over the same predictions.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset import Dataset, int_setting
from engine.data.word_corpus import WordCorpus, word_corpus
from engine.shared.catalogue import WordDatasetInfo
from engine.shared.sequence_info import SequenceInfo

if TYPE_CHECKING:
    from engine.shared.experiment import DataSettings

START, END = "<s>", "</s>"
#: Fewest held-out sentences of the generated corpus.
MIN_HELD_OUT = 50


def _flat(sentences: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """(tokens, lengths) of all sentences end to end."""
    lengths = np.fromiter(map(len, sentences), np.int64, len(sentences))
    words = np.fromiter(chain.from_iterable(sentences), np.int64, int(lengths.sum()))
    return words, lengths


def lm_examples(sentences: Sequence[Sequence[int]], n: int, start: int, end: int
                ) -> tuple[np.ndarray, np.ndarray]:
    """(contexts (N, n), targets (N,)): every word and one ``end`` per sentence, each
    after the ``n`` ids before it in ``start`` * n + sentence."""
    words, lengths = _flat(sentences)
    padded_lengths = lengths + n + 1
    offsets = np.concatenate(([0], np.cumsum(padded_lengths)[:-1]))
    padded = np.full(int(padded_lengths.sum()), start, np.int64)
    local = np.arange(len(words)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    padded[np.repeat(offsets + n, lengths) + local] = words
    padded[offsets + padded_lengths - 1] = end
    targets_per = lengths + 1
    first = np.repeat(offsets + n, targets_per)
    at = first + np.arange(int(targets_per.sum())) - np.repeat(
        np.cumsum(targets_per) - targets_per, targets_per)
    contexts = padded[at[:, None] - n + np.arange(n)]
    return contexts, padded[at]


def skipgram_pairs(sentences: Sequence[Sequence[int]], window: int
                   ) -> tuple[np.ndarray, np.ndarray]:
    """(centres (N, 1), contexts (N,)): every pair of words of a sentence at most
    ``window`` apart, both ways."""
    words, lengths = _flat(sentences)
    sentence = np.repeat(np.arange(len(lengths)), lengths)
    centres, contexts = [], []
    for shift in range(1, window + 1):
        same = sentence[:-shift] == sentence[shift:]
        left, right = words[:-shift][same], words[shift:][same]
        centres += [left, right]
        contexts += [right, left]
    centre = np.concatenate(centres) if centres else np.zeros(0, np.int64)
    return centre[:, None], np.concatenate(contexts) if contexts else centre


def _frozen(a: np.ndarray, dtype) -> np.ndarray:
    out = np.array(a, dtype=dtype, order="C")
    out.setflags(write=False)
    return out


def corpus_of(info: WordDatasetInfo, settings: DataSettings) -> WordCorpus:
    """The corpus the settings name: generated (language, sentences, seed) or read from
    the person's text (vocabulary cap, training share)."""
    if info.from_path:
        from engine.data.word_text import read_word_text
        return read_word_text(settings.path, settings.max_vocab, settings.train_ratio)
    n = int_setting("data.name_sentences", settings.n_points, 2)
    seed = int_setting("data.name_seed", settings.seed, 0)
    held = max(MIN_HELD_OUT, round(n * (1.0 - settings.train_ratio)))
    return word_corpus(settings.language, max(1, n - held), held, seed)


def make_words(info: WordDatasetInfo, settings: DataSettings) -> Dataset:
    corpus = corpus_of(info, settings)
    size = len(corpus.vocabulary)
    start, end = size, size + 1
    if settings.word_task == "skipgram":
        x_train, y_train = skipgram_pairs(corpus.train, settings.context)
        x_test, y_test = skipgram_pairs(corpus.held_out, settings.context)
        tokens = sum(map(len, corpus.train))
        per_example = tokens / max(1, len(y_train))
    else:
        x_train, y_train = lm_examples(corpus.train, settings.context, start, end)
        x_test, y_test = lm_examples(corpus.held_out, settings.context, start, end)
        per_example = 1.0
    names = (*corpus.vocabulary, START, END)
    sequence = SequenceInfo("tokens", names, per_step=False, length=x_train.shape[1])
    return Dataset(
        x_train=_frozen(x_train, np.int64), y_train=_frozen(y_train, np.float32),
        x_test=_frozen(x_test, np.int64), y_test=_frozen(y_test, np.float32),
        problem="classification", n_classes=len(names),
        x_unlabelled=_frozen(x_train[:0], np.int64), class_names=names, sequence=sequence,
        corpus=corpus, tokens_per_example=per_example)
