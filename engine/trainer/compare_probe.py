"""The comparison as a probe: every run of a comparison, registered from the trainer's
floor because only the trainer holds the other runs (engine/shared/probe_registry.py
names this module; nothing below imports it)."""

from __future__ import annotations

from engine.shared.probe_registry import implements
from engine.shared.snapshot import CompareData


@implements("compare")
def compare_probe(trainer, options: dict) -> CompareData | None:
    """Every run's curves and numbers; None while nothing is compared."""
    if trainer.runs is None:
        return None
    return trainer.runs.data(trainer.history.view())
