"""A headless run for a span of training time (``main.py --seconds S``): steps until the
steps themselves have taken S seconds, then the final snapshot, measured on everything.
Snapshots in between are left out (a headless run has no one to show them to), so S is
training time, not measuring time."""

from __future__ import annotations

import time

from engine.shared import commands as cmd
from engine.shared.comparison import Comparison
from engine.shared.experiment import Experiment
from engine.shared.snapshot import Snapshot
from engine.trainer.run import Trainer

#: Steps between two looks at the clock.
CLOCK_EVERY = 16


def run_seconds(experiment: Experiment, seconds: float, probes=frozenset(),
                timing: dict[str, float] | None = None,
                comparison: Comparison | None = None) -> Snapshot:
    """Train ``seconds`` of training time and return the final Snapshot;
    ``timing["elapsed"]`` receives the seconds the steps took."""
    probes = frozenset(probes) | ({"compare"} if comparison is not None else set())
    trainer = Trainer(experiment, probes)
    if comparison is not None:
        trainer.apply(cmd.SetComparison(comparison.to_dict()))
    elapsed, steps = 0.0, 0
    started = time.perf_counter()
    while elapsed < seconds:
        if not trainer.step():
            break
        steps += 1
        if steps % CLOCK_EVERY == 0:
            elapsed = time.perf_counter() - started
    elapsed = time.perf_counter() - started
    if timing is not None:
        timing["elapsed"] = elapsed
    return trainer.snapshot(False, steps / elapsed if elapsed > 0 else 0.0, full=True)
