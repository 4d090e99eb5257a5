"""The translation demo's figure in a headless report: held-out sentence accuracy of the
translator with attention and of the one without, overall, by English length, and on
the longest sentences (where a thought vector alone falls behind)."""

from __future__ import annotations

import math

import numpy as np

#: English words from which a sentence counts as one of the longest.
LONG_FROM = 12


def _number(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def _share(run, low: int) -> float:
    keep = run.lengths >= low
    counts = run.counts[keep]
    if counts.sum() == 0:
        return math.nan
    return float(np.nansum(run.by_length[keep] * counts) / counts.sum())


def translation_figure(snap) -> dict:
    metrics = snap.translation if snap is not None else None
    if metrics is None:
        return {"values": None, "problem": "not translation data"}
    values, by_length, longest = {}, {}, {}
    for run in metrics.runs:
        key = ("sentence_accuracy" if run.attention
               else "sentence_accuracy_without_attention")
        values.setdefault(key, _number(run.last))
        by_length.setdefault(key, {
            str(int(n)): _number(a) for n, a, c in zip(run.lengths, run.by_length,
                                                        run.counts, strict=True) if c})
        longest.setdefault(key, _number(_share(run, LONG_FROM)))
    return {"values": values, "by_length": by_length,
            f"longest_{LONG_FROM}_words_or_more": longest,
            "held_out_sentences": metrics.measured}
