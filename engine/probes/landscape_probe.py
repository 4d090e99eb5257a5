"""The loss landscape as a probe: a sliced job. The trainer keeps the LandscapeRunner (the
path, the grid under way) between snapshots; each snapshot records the weights, spends
the runner's budget on the grid and sends what is computed so far."""

from __future__ import annotations

from engine.shared.probe_registry import PAUSED_SLICE_SECONDS, implements
from engine.shared.snapshot import LandscapeData


@implements("landscape")
def landscape_probe(trainer, options: dict) -> LandscapeData | None:
    """The landscape so far (None before the first slice of a grid); a fallback the
    runner had to take (random directions for now) goes to the snapshot's message."""
    s, runner = trainer.session, trainer.landscape
    runner.record(s.model)
    runner.advance(s, s.step_count,
                   budget=None if trainer.running else PAUSED_SLICE_SECONDS)
    data = runner.data(s.model)
    if runner.message is not None and trainer.note(runner.message):
        runner.message = None
    return data
