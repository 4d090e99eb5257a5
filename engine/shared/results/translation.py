"""What the translator measures and its probes return, torch-free (the window reads them
without loading torch).

- Snapshot.translation -> TranslationMetrics: each run's held-out sentence accuracy
  over the snapshots, and by English sentence length now.
- probe "translation" -> TranslationData: one sentence (held out, or typed) as each run
  translates it, with the attention matrix of the run that attends.
- probe "projector", source "thoughts" -> the thought vectors of many sentences
  (engine/probes/thought_vectors.py), coloured by what they mean.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.shared.messages import Message


@dataclass(frozen=True)
class RunAccuracy:
    """One translator's held-out sentence accuracy (a sentence counts when every word
    and the end come out right, greedy decoding)."""
    label: str
    label_ko: str
    attention: bool
    #: Steps of the snapshots measured, and the accuracy at each.
    steps: np.ndarray
    accuracy: np.ndarray
    #: English words per sentence (3 .. 15), and at each: the accuracy now (NaN where no
    #: sentence has that length) and how many sentences were read.
    lengths: np.ndarray
    by_length: np.ndarray
    counts: np.ndarray

    @property
    def last(self) -> float:
        return float(self.accuracy[-1]) if len(self.accuracy) else float("nan")


@dataclass(frozen=True)
class TranslationMetrics:
    #: Run 1 (the one the other views show) first, then a comparison's other runs.
    runs: tuple[RunAccuracy, ...]
    #: Held-out sentences read, and how many there are.
    measured: int
    held_out: int


@dataclass(frozen=True)
class RunTranslation:
    label: str
    label_ko: str
    attention: bool
    #: The Korean as morphemes and as written (particles joined to their nouns).
    words: tuple[str, ...]
    text: str
    correct: bool | None
    #: (target words + <eos>, source words) float32, rows summing to 1; None without
    #: attention.
    attention_matrix: np.ndarray | None


@dataclass(frozen=True)
class TranslationData:
    #: The English as the encoder reads it (unknown words as <unk>).
    source: tuple[str, ...]
    #: The reference Korean for a held-out sentence, as written; "" for a typed one.
    reference: str
    #: Index of the held-out sentence shown; -1 for a typed sentence.
    index: int
    runs: tuple[RunTranslation, ...]
    #: Says which words were read as <unk>; None when all were known.
    note: Message | None
