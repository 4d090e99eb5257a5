"""What the word models measure and their probes return, torch-free (the window reads
them without loading torch).

- Snapshot.words -> WordMetrics: held-out perplexity of the neural language model and
  of the Kneser-Ney trigram, the in-group nearest-neighbour share, over the snapshots.
- probe "word_vectors" -> WordVectors: the embedding matrix with each word and group
  (the projector draws it).
- probe "word_models" -> WordModelsData: held-out sentences with both models'
  log-probabilities, and both models' ten likeliest next words after a typed context.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class WordMetrics:
    #: Steps of the snapshots measured, and at each: the neural language model's
    #: held-out perplexity (NaN for skip-gram) and the neighbour share (NaN for a text
    #: without groups).
    steps: np.ndarray
    perplexity: np.ndarray
    neighbour_share: np.ndarray
    #: The trigram's held-out perplexity on the same predictions (counted once; NaN for
    #: skip-gram).
    kneser_ney: float
    #: Held-out predictions the perplexities read, and how many there are.
    measured: int
    held_out: int

    @property
    def last_perplexity(self) -> float:
        return float(self.perplexity[-1]) if len(self.perplexity) else float("nan")

    @property
    def last_share(self) -> float:
        return float(self.neighbour_share[-1]) if len(self.neighbour_share) else float("nan")


@dataclass(frozen=True)
class WordVectors:
    #: (n_words, dim) float32: the Embedding's row of each word (not <s>, </s>).
    vectors: np.ndarray
    words: list[str]
    #: The group of each word ("day", "capital", ... "function"; "word" in a text).
    groups: list[str]
    #: The groups in order.
    group_names: list[str]


@dataclass(frozen=True)
class NextWords:
    """A model's ten likeliest next words after the context, likeliest first."""
    words: list[str]
    probabilities: np.ndarray


@dataclass(frozen=True)
class WordModelsData:
    #: "lm": a language model beside the trigram; "neighbours": skip-gram, which
    #: predicts no next word: ``neural_next`` holds the ten words nearest (cosine) to
    #: the context's last word, and there are no sentences or trigram.
    mode: str
    #: Held-out sentences, and the natural log-probability each model gives each
    #: (every word and the sentence's end).
    sentences: list[str]
    neural: np.ndarray
    kneser_ney: np.ndarray
    #: The typed context as read (words the vocabulary lacks shown as <unk> or left
    #: out), its unknown words, and both models' next words; None without a context.
    context: str
    unknown: list[str]
    neural_next: NextWords | None
    kneser_ney_next: NextWords | None
