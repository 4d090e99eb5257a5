"""How well a captioner writes: greedy captions of held-out scenes against their
references (exact match, corpus BLEU-4), and where its attention sits when a word names
an object (the scenes' masks make it measurable)."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import torch

from engine.data.scenes import CELLS, CaptionScenes, SceneSet, cell_cover
from engine.data.translation_vocab import EOS_ID, PAD_ID

#: Pictures captioned per batch.
CHUNK = 256


@torch.no_grad()
def write_captions(model, pictures: np.ndarray, steps: int, device, batch: int = CHUNK
                   ) -> tuple[np.ndarray, np.ndarray | None]:
    """(ids (N, steps), attention (N, steps, cells) float32 or None) of greedy captions,
    without dropout (the model's mode is restored)."""
    was_training = model.training
    model.eval()
    ids, maps = [], []
    for i in range(0, len(pictures), batch):
        chunk = torch.as_tensor(pictures[i:i + batch], device=device)
        said, attention = model.greedy(chunk, steps)
        ids.append(said.cpu().numpy())
        if attention is not None:
            padded = torch.zeros(said.shape[0], steps, attention.shape[2])
            padded[:, :attention.shape[1]] = attention.float().cpu()
            maps.append(padded.numpy())
    model.train(was_training)
    if not ids:
        return np.zeros((0, steps), np.int64), None
    return np.concatenate(ids), np.concatenate(maps) if maps else None


def exact_match(ids: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """(N,) bool: the caption equals the reference up to and including <eos>."""
    out = np.zeros(len(ids), bool)
    for i, (said, want) in enumerate(zip(ids, targets, strict=True)):
        end = int(np.argmax(want == EOS_ID)) + 1
        out[i] = bool(np.array_equal(said[:end], want[:end]))
    return out


def _ngrams(words, n: int) -> Counter:
    return Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))


def bleu4(hypotheses, references) -> float:
    """Corpus BLEU-4 (Papineni et al. 2002), one reference each, with add-one smoothing
    of the 2- to 4-gram precisions (Lin & Och 2004) so that short corpora score."""
    matched, counted = [0] * 4, [0] * 4
    length, reference_length = 0, 0
    for said, want in zip(hypotheses, references, strict=True):
        length += len(said)
        reference_length += len(want)
        for n in range(1, 5):
            mine, theirs = _ngrams(said, n), _ngrams(want, n)
            matched[n - 1] += sum(min(c, theirs[g]) for g, c in mine.items())
            counted[n - 1] += max(len(said) - n + 1, 0)
    if length == 0 or matched[0] == 0:
        return 0.0
    smooth = [matched[0] / counted[0]] + [(m + 1) / (c + 1) for m, c in
                                          zip(matched[1:], counted[1:], strict=True)]
    brevity = 1.0 if length > reference_length else math.exp(1 - reference_length / length)
    return brevity * math.exp(sum(math.log(p) for p in smooth) / 4)


@torch.no_grad()
def attention_on_object(model, scenes: CaptionScenes, which: SceneSet, device,
                        n: int | None = None) -> float:
    """Mean, over the caption words that name an object, of the attention mass on the
    cells that object covers, weighted by how much of each cell it covers (a cell half
    inside the object counts half), teacher-forced on the reference caption; NaN
    without attention. 1 is attention wholly inside the object's outline."""
    if not model.shape.attention:
        return math.nan
    n = len(which) if n is None else min(n, len(which))
    if n == 0:
        return math.nan
    inputs, _ = scenes.tokens(which)
    was_training = model.training
    model.eval()
    totals, words = 0.0, 0
    for i in range(0, n, CHUNK):
        end = min(i + CHUNK, n)
        pictures = torch.as_tensor(which.images[i:end], device=device)
        _, attention = model.decode(pictures, torch.as_tensor(inputs[i:end], device=device))
        weights = attention.float().cpu().numpy().reshape(end - i, -1, CELLS, CELLS)
        cover = cell_cover(which.masks[i:end])  # (n, objects, CELLS, CELLS)
        named = which.naming[i:end].astype(np.int64)  # (n, steps)
        rows, steps = np.nonzero(named >= 0)
        inside = cover[rows, named[rows, steps]] * weights[rows, steps]
        totals += float(inside.sum())
        words += len(rows)
    model.train(was_training)
    return totals / words if words else math.nan


def caption_words(vocab, ids: np.ndarray) -> list[tuple[str, ...]]:
    return [tuple(vocab.tokens(row)) for row in ids]


__all__ = ["PAD_ID", "attention_on_object", "bleu4", "caption_words", "exact_match",
           "write_captions"]
