"""Held-out sentence accuracy of a translator: greedy translations compared with the
reference, whole sentences, overall and by English length."""

from __future__ import annotations

import numpy as np
import torch

from engine.data.translation_data import DECODE_STEPS, MAX_WORDS, MIN_WORDS, SOURCE_LENGTH

#: Sentences translated per batch.
CHUNK = 512


@torch.no_grad()
def greedy_ids(model, sources: torch.Tensor) -> np.ndarray:
    """(N, DECODE_STEPS) word ids of the greedy translations, without dropout."""
    was_training = model.training
    model.eval()
    out = [model.greedy(sources[i:i + CHUNK], DECODE_STEPS)[0].cpu()
           for i in range(0, sources.shape[0], CHUNK)]
    model.train(was_training)
    return torch.cat(out).numpy() if out else np.zeros((0, DECODE_STEPS), np.int64)


def sentence_correct(model, x: torch.Tensor, y: torch.Tensor) -> np.ndarray:
    """(N,) bool: the greedy translation equals the reference, <eos> and padding too."""
    said = greedy_ids(model, x[:, :SOURCE_LENGTH])
    return (said == y.cpu().numpy()).all(axis=1)


def by_length(correct: np.ndarray, lengths: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(lengths MIN_WORDS..MAX_WORDS, accuracy at each (NaN: none), counts)."""
    sizes = np.arange(MIN_WORDS, MAX_WORDS + 1)
    counts = np.array([(lengths == n).sum() for n in sizes], np.int64)
    hits = np.array([correct[lengths == n].sum() for n in sizes], np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        accuracy = np.where(counts > 0, hits / np.maximum(counts, 1), np.nan)
    return sizes, accuracy, counts


def runs_of(trainer) -> list[tuple[object, str, str]]:
    """(session, English label, Korean label) of every run of ``trainer``, run 1 first
    (a single run has empty labels)."""
    runs = trainer.runs
    if runs is None:
        return [(trainer.session, "", "")]
    sessions = [runs.first] + [run.session for run in runs.others]
    return [(s, runs.comparison.label(i, "en"), runs.comparison.label(i, "ko"))
            for i, s in enumerate(sessions)]
