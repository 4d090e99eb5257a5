"""What the captioner measures and its probe returns, torch-free (the window reads them
without loading torch).

- Snapshot.captions -> CaptionMetrics: each captioner's held-out exact match and BLEU-4
  over the snapshots (the one with attention and the one without, trained side by side),
  and its exact match on scenes of three objects now.
- probe "captioning" -> CaptionData: one picture (held out, or a person's own) as every
  captioner of the run describes it, the attention of each word over the picture's
  cells, and a strip of held-out pictures with the captions written for them now.
- probe "projector", source "pictures" -> the encoder's vector of many pictures
  (engine/probes/picture_vectors.py), coloured by what they show.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.shared.messages import Message


@dataclass(frozen=True)
class RunCaptionScores:
    """One captioner's held-out scores (greedy decoding; a caption counts as an exact
    match when every word and the end come out right)."""
    label: str
    label_ko: str
    attention: bool
    #: Steps of the snapshots measured, and at each the exact match and corpus BLEU-4.
    steps: np.ndarray
    exact: np.ndarray
    bleu: np.ndarray
    #: Exact match now on the held-out scenes of three objects (NaN when none was read).
    exact_three: float
    #: Attention mass inside the object a word names, averaged over such words (NaN
    #: without attention).
    on_object: float

    @property
    def last(self) -> float:
        return float(self.exact[-1]) if len(self.exact) else float("nan")

    @property
    def last_bleu(self) -> float:
        return float(self.bleu[-1]) if len(self.bleu) else float("nan")


@dataclass(frozen=True)
class CaptionMetrics:
    #: Run 1 (the one the other views show) first, then a comparison's other runs.
    runs: tuple[RunCaptionScores, ...]
    #: Held-out scenes read, and how many there are.
    measured: int
    held_out: int


@dataclass(frozen=True)
class RunCaption:
    """One captioner's caption of the picture shown."""
    label: str
    label_ko: str
    attention: bool
    #: The words written (beam search) and the caption as a sentence.
    words: tuple[str, ...]
    text: str
    #: Against the reference caption; None for a person's own picture.
    correct: bool | None
    #: Where each word (and the end) looked: (words + 1, cells_y, cells_x) float32, each
    #: map summing to 1; None without attention.
    weights: np.ndarray | None


@dataclass(frozen=True)
class CaptionStrip:
    """Held-out pictures with the captions each run writes for them now."""
    indices: np.ndarray
    #: (K, 64, 64, 3) uint8, as the encoder sees them.
    images: np.ndarray
    references: tuple[str, ...]
    #: Per run (the order of CaptionData.runs), the caption of each picture.
    written: tuple[tuple[str, ...], ...]
    #: (runs, K) bool: the caption equals the reference.
    correct: np.ndarray


@dataclass(frozen=True)
class CaptionData:
    #: The picture as the encoder sees it, (64, 64, 3) uint8.
    image: np.ndarray
    #: The reference caption of a held-out scene; "" for a person's own picture.
    reference: str
    #: Index of the held-out scene shown; -1 for a person's picture.
    index: int
    held_out: int
    runs: tuple[RunCaption, ...]
    strip: CaptionStrip
    beam_width: int
    #: What was done to a person's picture to fit the encoder (resized, made RGB).
    notes: tuple[Message, ...]
