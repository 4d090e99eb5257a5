"""The captioning demo's figure in a headless report: held-out exact match and BLEU-4
of the captioner with attention and of the one without, their exact match on scenes of
three objects, and how much of the attention of a word that names an object falls on
that object (the masks make it measurable)."""

from __future__ import annotations

import math


def _number(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def caption_figure(snap) -> dict:
    metrics = snap.captions if snap is not None else None
    if metrics is None:
        return {"values": None, "problem": "not captioned scenes"}
    values = {}
    for run in metrics.runs:
        suffix = "" if run.attention else "_without_attention"
        values.setdefault(f"exact_match{suffix}", _number(run.last))
        values.setdefault(f"bleu4{suffix}", _number(run.last_bleu))
        values.setdefault(f"exact_match_three_objects{suffix}", _number(run.exact_three))
        if run.attention:
            values.setdefault("attention_on_object", _number(run.on_object))
    return {"values": values, "held_out_scenes": metrics.measured}
