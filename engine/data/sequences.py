"""Algorithmic sequence tasks, generated: each has a length (or lag) knob that decides how
far back the net must remember.

- ``parens``: nested-parentheses depth. Read "(", ")" and filler letters; at every step
  say how deep the brackets are nested so far. A net must count: one unit becomes a
  depth counter.
- ``adding``: the adding problem (Hochreiter & Schmidhuber 1997). Each step carries a
  random value and a marker; two steps are marked, one in each half; after the last step
  say the sum of the two marked values.
- ``recall``: delayed recall. A symbol at the first step, then ``length - 2`` steps of
  blanks and distractors, then a cue: name the first symbol. Chance is one over the
  number of symbols; only a memory that holds for the whole lag does better.
- ``sines``: the next value of a noisy sum of two sines, at every step.

Pure numpy; each generator returns (x, y, SequenceInfo, class names). Token inputs are
int64 ids, values float32; targets float32 (class index or value).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from engine.shared.sequence_info import SequenceInfo

#: Deepest nesting the parentheses reach; depths 0..MAX_DEPTH are the classes.
MAX_DEPTH = 5
PARENS_VOCAB = ("(", ")", "a", "b")
#: Symbols to remember (upper case), distractors (lower case), blank and cue.
RECALL_SYMBOLS = "ABCDEFGH"
RECALL_DISTRACTORS = "abcd"
BLANK, CUE = ".", "?"
RECALL_VOCAB = (*RECALL_SYMBOLS, *RECALL_DISTRACTORS, BLANK, CUE)

Generator = Callable[[np.random.Generator, int, int, float, int],
                     tuple[np.ndarray, np.ndarray, SequenceInfo, tuple[str, ...]]]


def parens(rng: np.random.Generator, n: int, length: int, noise: float, _classes: int):
    """Random bracket walks within depth 0..MAX_DEPTH; ``noise`` is the share of filler
    letters, which leave the depth as it is."""
    x = np.empty((n, length), np.int64)
    y = np.empty((n, length), np.float32)
    depth = np.zeros(n, np.int64)
    filler_share = min(max(noise, 0.0), 0.9)
    for t in range(length):
        filler = rng.random(n) < filler_share
        # Open more often near the surface, close more often deep down, so every depth
        # is visited.
        p_open = 0.5 + 0.35 * (1 - 2 * depth / MAX_DEPTH)
        opens = rng.random(n) < p_open
        opens = np.where(depth == 0, True, np.where(depth == MAX_DEPTH, False, opens))
        token = np.where(opens, 0, 1)
        token = np.where(filler, 2 + rng.integers(0, 2, n), token)
        depth = depth + np.where(filler, 0, np.where(opens, 1, -1))
        x[:, t], y[:, t] = token, depth
    info = SequenceInfo("tokens", PARENS_VOCAB, per_step=True, length=length)
    return x, y, info, tuple(str(d) for d in range(MAX_DEPTH + 1))


def adding(rng: np.random.Generator, n: int, length: int, noise: float, _classes: int):
    """(value, marker) per step; the target is the sum of the two marked values, in
    [0, 2]. ``noise`` jitters the targets' inputs not at all: it adds small values to the
    unmarked steps' markers, so the net must read the marker, not its mere presence."""
    values = rng.random((n, length)).astype(np.float32)
    markers = np.zeros((n, length), np.float32)
    half = length // 2
    first = rng.integers(0, half, n)
    second = rng.integers(half, length, n)
    rows = np.arange(n)
    markers[rows, first] = 1.0
    markers[rows, second] = 1.0
    if noise > 0:
        markers += (markers == 0) * rng.uniform(0, noise * 0.5, markers.shape).astype(np.float32)
    x = np.stack([values, markers], axis=2)
    y = values[rows, first] + values[rows, second]
    info = SequenceInfo("values", (), per_step=False, length=length, features=2)
    return x, y.astype(np.float32), info, ()


def recall(rng: np.random.Generator, n: int, length: int, noise: float, n_classes: int):
    """Symbol, ``length - 2`` blanks (a ``noise`` share of them distractors), cue. The
    vocabulary is the same for any number of symbols (unused ones never appear), so a
    token's id does not depend on the setting."""
    symbols = RECALL_SYMBOLS[:n_classes]
    target = rng.integers(0, len(symbols), n)
    x = np.full((n, length), RECALL_VOCAB.index(BLANK), np.int64)
    x[:, 0] = target
    x[:, -1] = RECALL_VOCAB.index(CUE)
    middle = x[:, 1:-1]
    distract = rng.random(middle.shape) < min(max(noise, 0.0), 1.0)
    middle[distract] = len(RECALL_SYMBOLS) + rng.integers(0, len(RECALL_DISTRACTORS),
                                                          int(distract.sum()))
    info = SequenceInfo("tokens", RECALL_VOCAB, per_step=False, length=length)
    return x, target.astype(np.float32), info, tuple(symbols)


def sines(rng: np.random.Generator, n: int, length: int, noise: float, _classes: int):
    """Two sines of random frequency and phase; inputs carry ``noise`` (up to 0.5 of the
    amplitude), the target is the clean next value."""
    t = np.arange(length + 1, dtype=np.float64)
    freq = rng.uniform(0.05, 0.3, (n, 2, 1))
    phase = rng.uniform(0, 2 * np.pi, (n, 2, 1))
    clean = 0.5 * np.sin(freq * t + phase).sum(axis=1)  # (n, length + 1), in [-1, 1]
    inputs = clean[:, :-1] + rng.normal(0.0, noise * 0.5, (n, length))
    info = SequenceInfo("values", (), per_step=True, length=length, features=1)
    return (inputs[:, :, None].astype(np.float32), clean[:, 1:].astype(np.float32),
            info, ())


GENERATORS: dict[str, Generator] = {
    "parens": parens, "adding": adding, "recall": recall, "sines": sines,
}
