"""The training loop as a generator of Snapshots (DESIGN.md, "The flow of one frame").

``train(experiment, commands)`` steps as fast as it can and yields a Snapshot at most
every ``interval`` seconds. Between steps it drains the command queue, so play, pause,
step, reset and hyperparameter changes act within a frame. It does not know whether a
thread or a process hosts it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from engine.probes import DEFAULT_PROBES
from engine.shared import commands as cmd
from engine.shared.comparison import Comparison
from engine.shared.experiment import Experiment
from engine.shared.messages import error_message, message
from engine.shared.snapshot import Snapshot
from engine.trainer import file_actions
from engine.trainer.restore_point import RestorePoint
from engine.trainer.run import DEFAULT_GRID, Trainer

#: Seconds between snapshots: at most ~30 per second.
SNAPSHOT_INTERVAL = 1 / 30
#: Training time between snapshots is at least this many times a snapshot's own cost.
SNAPSHOT_COST_FACTOR = 3.0
#: Steps between two looks at the command queue while running.
COMMAND_CHECK_EVERY = 8
#: Save, open and export: done by engine.trainer.file_actions, answered with a Reply.
FILE_COMMANDS = (cmd.SaveExperiment, cmd.OpenExperiment, cmd.ExportModel)


@dataclass
class _Control:
    """What the person asked the loop to do: run, pause, or a Step command's steps."""
    running: bool
    steps_to_go: int | None = None  # a Step command's remaining steps
    changed: bool = False           # a command since the last look: a snapshot is due
    restore_point: RestorePoint | None = None  # where the window keeps the run, if asked

    @property
    def active(self) -> bool:
        return self.running or bool(self.steps_to_go)

    def halt(self) -> None:
        self.running, self.steps_to_go = False, None


def train(experiment: Experiment, commands: cmd.CommandQueue, *, running: bool = False,
          interval: float = SNAPSHOT_INTERVAL, probes=DEFAULT_PROBES, grid: int = DEFAULT_GRID,
          stop_at: int | None = None, clock: Callable[[], float] = time.perf_counter,
          trainer: Trainer | None = None) -> Iterator[Snapshot]:
    """Yield Snapshots of a run of ``experiment`` until a Stop command arrives.

    ``trainer``: go on with this run instead (a file opened from the command line).
    ``stop_at``: pause when the step count reaches it (headless runs, screenshots).
    Settings a person cannot use (a bad value in SetTraining) come back as the next
    snapshot's ``message``; the run goes on with the old value.
    """
    trainer = trainer or Trainer(experiment, probes, grid)
    control = _Control(running)
    last_time, last_step, rate = clock(), trainer.session.step_count, 0.0
    snapshot_cost = 0.0  # seconds the last snapshot took to measure
    yield trainer.snapshot(running, rate)
    while True:
        control.changed = False
        busy = control.active or trainer.sliced_work_left()
        pending = commands.drain() if busy else commands.wait(0.25)
        if not _obey(trainer, pending, control):
            return
        session = trainer.session  # an opened file brings a new session
        if control.active:
            if last_step == 0 and session.step_count == 0:
                last_time = clock()
            # Measuring must leave training most of the time: many runs of a comparison
            # make a snapshot cost tens of milliseconds, so they come less often then.
            deadline = clock() + max(interval, SNAPSHOT_COST_FACTOR * snapshot_cost)
            _step_until_due(trainer, commands, control, stop_at, deadline, clock)
            now = clock()
            steps = session.step_count - last_step
            if steps > 0 and now > last_time:
                rate = steps / (now - last_time)
            last_time, last_step = now, session.step_count
            final = stop_at is not None and session.step_count >= stop_at
            snap = trainer.snapshot(control.active, rate, full=final)
            snapshot_cost = clock() - now
            if snap.message is not None and snap.message.code == "training.diverged":
                control.halt()
            yield snap
        elif control.changed or trainer.sliced_work_left():
            last_time, last_step = clock(), session.step_count
            yield trainer.snapshot(False, 0.0 if not control.running else rate)
        if control.restore_point is not None:
            control.restore_point.maybe_save(trainer, clock())


def _obey(trainer: Trainer, pending, control: _Control) -> bool:
    """Carry out the commands that arrived, in order; False when one says Stop."""
    for command in pending:
        if isinstance(command, cmd.Stop):
            return False
        if isinstance(command, cmd.Crash):
            raise RuntimeError(command.message)
        if isinstance(command, cmd.Play):
            control.running, control.steps_to_go, control.changed = True, None, True
        elif isinstance(command, cmd.Pause):
            control.running, control.steps_to_go, control.changed = False, None, True
        elif isinstance(command, cmd.Step):
            control.running, control.steps_to_go = False, max(1, command.n)
        elif isinstance(command, cmd.KeepRestorePoint):
            control.restore_point = RestorePoint(command.path, command.every)
        elif isinstance(command, cmd.OpenExperiment):
            # An opened run waits for play, like a demo that was just picked.
            control.running, control.steps_to_go, control.changed = False, None, True
            trainer.reply = file_actions.perform(trainer, command)
        elif isinstance(command, FILE_COMMANDS):
            control.changed = True
            trainer.reply = file_actions.perform(trainer, command)
        else:
            control.changed = True
            try:
                trainer.apply(command)
            except ValueError as exc:
                trainer.message, trainer.refused = error_message(exc), True
    return True


def _step_until_due(trainer: Trainer, commands: cmd.CommandQueue, control: _Control,
                    stop_at: int | None, deadline: float, clock: Callable[[], float]) -> None:
    """Train until a snapshot is due: the deadline passed or a command waits (looked at
    every few steps), a Step command's steps are done, or the run must pause."""
    session = trainer.session
    while True:
        if stop_at is not None and session.step_count >= stop_at:
            control.halt()
            return
        if not trainer.step():
            trainer.message = message("training.no_points")
            control.halt()
            return
        if control.steps_to_go:
            control.steps_to_go -= 1
            if control.steps_to_go == 0:
                control.steps_to_go = None
                return
        if session.step_count % COMMAND_CHECK_EVERY == 0 and (
                clock() >= deadline or commands.pending()):
            return


def run_steps(experiment: Experiment, steps: int, probes=frozenset(),
              timing: dict[str, float] | None = None,
              comparison: Comparison | None = None, trainer: Trainer | None = None
              ) -> Snapshot:
    """Train ``steps`` steps headless and return the final Snapshot (with every run of
    ``comparison``, when given, in ``snapshot.compare``). With ``trainer`` (a run opened
    from a file) ``steps`` more steps of that run.

    ``timing["elapsed"]`` receives the seconds from the first snapshot (model built) to
    the last, so start-up is not counted as training time.
    """
    queue = cmd.CommandQueue()
    if comparison is not None:
        queue.put(cmd.SetComparison(comparison.to_dict()))
        probes = frozenset(probes) | {"compare"}
    queue.put(cmd.Play())
    last = None
    started = None
    steps += trainer.session.step_count if trainer is not None else 0
    for snap in train(experiment, queue, probes=probes, stop_at=steps, trainer=trainer):
        started = started if started is not None else time.perf_counter()
        last = snap
        if snap.step >= steps and not snap.running:
            break
        if snap.message and not snap.running and snap.step < steps:
            break
    assert last is not None
    if timing is not None:
        timing["elapsed"] = time.perf_counter() - started
    return last
