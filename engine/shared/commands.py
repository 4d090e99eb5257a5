"""Commands a person's controls send to the training loop, and the queue they travel in.

Commands are small frozen dataclasses (picklable, so the same queue works when the loop
runs in a child process). The loop drains the queue between steps, so a control acts
within one frame even while training runs flat out.
"""

from __future__ import annotations

import queue
from dataclasses import dataclass, field
from typing import Any

from engine.shared.experiment import Experiment


@dataclass(frozen=True)
class Play:
    pass


@dataclass(frozen=True)
class Pause:
    pass


@dataclass(frozen=True)
class Step:
    """Run ``n`` steps, then pause."""
    n: int = 1


@dataclass(frozen=True)
class Reset:
    """New weights from the experiment's seed, step 0, history cleared; data kept."""


@dataclass(frozen=True)
class Stop:
    """End the loop: the generator returns."""


@dataclass(frozen=True)
class SetTraining:
    """Change training settings (learning rate, optimizer, ...) without a reset."""
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SetExperiment:
    """Replace the whole experiment. Weights are kept when the network's shape is the same
    and only activation/dropout changed; the data is regenerated when its settings changed;
    otherwise the model is rebuilt (a reset)."""
    experiment: Experiment


@dataclass(frozen=True)
class SetProbes:
    """Which probes the visible views need: subset of engine.probes.PROBES."""
    names: frozenset[str]


@dataclass(frozen=True)
class SetWeight:
    """Set one weight of layer ``layer`` (0 = first Linear) at (row=out, col=in);
    ``col = -1`` sets the bias of unit ``row``."""
    layer: int
    row: int
    col: int
    value: float


@dataclass(frozen=True)
class SetProbeOptions:
    """Settings of one probe (engine/shared/probe_registry.py), e.g. which hidden layer
    the hidden-space view plots: the probe receives the newest dict sent for its name."""
    name: str
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StepOnPoint:
    """One plain SGD step on training point ``index`` alone (the backprop inspector)."""
    index: int


@dataclass(frozen=True)
class SetComparison:
    """Train several runs together, one setting varied (engine.shared.comparison.Comparison as a
    dict, see ``Comparison.from_dict``); ``None`` goes back to a single run."""
    comparison: dict[str, Any] | None = None


@dataclass(frozen=True)
class SetLandscape:
    """Change loss-landscape settings (engine.probes.landscape_runner.LandscapeSettings fields);
    a new grid follows."""
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RecomputeLandscape:
    """Compute a new landscape grid centred on the weights now."""


@dataclass(frozen=True)
class SetGrid:
    """Resolution of the decision-boundary grid (points per axis)."""
    resolution: int


@dataclass(frozen=True)
class SaveExperiment:
    """Write the run to an experiment file: settings, weights, optimizer and random
    states, history. ``demo`` and ``view`` are the window's choices, stored as they are."""
    path: str
    demo: str | None = None
    view: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OpenExperiment:
    """Continue from an experiment file; the current run stays if the file is refused.
    ``restore``: the file is the window's restore point (KeepRestorePoint), opened by a
    trainer that replaces one that died; its Reply's action is "restore"."""
    path: str
    restore: bool = False


@dataclass(frozen=True)
class KeepRestorePoint:
    """Save the run to ``path`` every ``every`` seconds while it changes, so a trainer
    started after this one died can go on from there (gui/trainer_recovery.py)."""
    path: str
    every: float = 10.0


@dataclass(frozen=True)
class ExportModel:
    """Write the model out of Deepscope: ``format`` is a key of engine.models.export.FORMATS.

    ``design``: export a stack designed in the builder for other data instead of the
    trained model, freshly initialised: {"stack": [...], "input": {...}, "n_outputs": n}.
    """
    path: str
    format: str
    design: dict[str, Any] | None = None


class CommandQueue:
    """A thread-safe FIFO of commands; the loop drains it and may block on it when idle."""

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()

    def put(self, command: Any) -> None:
        self._queue.put(command)

    def pending(self) -> bool:
        return not self._queue.empty()

    def drain(self) -> list[Any]:
        items = []
        while True:
            try:
                items.append(self._queue.get_nowait())
            except queue.Empty:
                return items

    def wait(self, timeout: float) -> list[Any]:
        """Block up to ``timeout`` s for a command; return it and any that follow."""
        try:
            first = self._queue.get(timeout=timeout)
        except queue.Empty:
            return []
        return [first, *self.drain()]


@dataclass(frozen=True)
class Crash:
    """Raise inside the loop: a fault drill for tests (the window must survive it)."""
    message: str = "fault drill"
