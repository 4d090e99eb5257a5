"""The training loop as a generator of Snapshots (DESIGN.md, "The flow of one frame").

``train(experiment, commands)`` steps as fast as it can and yields a Snapshot at most
every ``interval`` seconds. Between steps it drains the command queue, so play, pause,
step, reset and hyperparameter changes act within a frame. It does not know whether a
thread or a process hosts it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator

from engine import commands as cmd
from engine import file_actions
from engine.compare import Comparison
from engine.experiment import Experiment
from engine.history import HistoryRecorder
from engine.landscape_runner import LandscapeRunner
from engine.probes import (
    DEFAULT_PROBES,
    PROBES,
    boundary_on_grid,
    grid_points,
    neuron_maps_on_grid,
    weights_and_biases,
)
from engine.probes.live import run_live_probes
from engine.session import MEASURE_VALUES, TrainingSession
from engine.snapshot import PointsView, Snapshot
from engine.spec import MLP

#: Seconds between snapshots: at most ~30 per second.
SNAPSHOT_INTERVAL = 1 / 30
#: Training time between snapshots is at least this many times a snapshot's own cost.
SNAPSHOT_COST_FACTOR = 3.0
#: Steps between two looks at the command queue while running.
COMMAND_CHECK_EVERY = 8
DEFAULT_GRID = 128
#: Images of each split a snapshot carries for the views (the output mosaic shows 36).
IMAGES_SENT = 64
NEURON_GRID = 32


class Trainer:
    """Holds a session plus what the loop needs between snapshots (probes, history)."""

    def __init__(self, experiment: Experiment, probes=DEFAULT_PROBES, grid: int = DEFAULT_GRID):
        self.session = TrainingSession(experiment)
        self.probes = frozenset(probes)
        self.grid = grid
        self.history = HistoryRecorder()
        self.landscape = LandscapeRunner()
        self.message: str | None = None
        #: The outcome of the last file command, for the next snapshot.
        self.reply = None
        #: The newest options each live probe was sent (SetProbeOptions).
        self.probe_options: dict[str, dict] = {}
        #: The other runs of a comparison (SetComparison); None for a single run.
        self.runs = None
        #: A command was refused since the last snapshot.
        self.refused = False
        self._points_cache: tuple[int, PointsView] | None = None
        self._grids: dict[int, object] = {}

    def grid_tensor(self, resolution: int):
        key = (resolution, str(self.session.device))
        if key not in self._grids:
            extent = self.session.dataset.extent
            self._grids[key] = grid_points(resolution, extent, self.session.device)
        return self._grids[key]

    def points_view(self) -> PointsView:
        s = self.session
        if self._points_cache is None or self._points_cache[0] != s.data_version:
            d = s.dataset
            # Images travel as a sample: thousands of them in every snapshot would be
            # megabytes through the pipe 30 times a second; views show at most a few dozen.
            n = None if s.points_2d else IMAGES_SENT
            view = PointsView(s.data_version, d.x_train[:n], d.y_train[:n],
                              d.x_test[:n], d.y_test[:n])
            self._points_cache = (s.data_version, view)
        return self._points_cache[1]

    def snapshot(self, running: bool, steps_per_second: float, full: bool = False
                 ) -> Snapshot:
        """``full``: measure on every example (the end of a headless run), not on the
        capped sample live snapshots read."""
        s = self.session
        values = None if full else MEASURE_VALUES
        train_loss, test_loss, train_acc, test_acc = s.measure(values)
        if not (math.isfinite(train_loss) or s.x_train.shape[0] == 0) or (
                not s.parameters_finite()):
            bad_step = s.step_count
            good_step = s.restore_good_state()
            lr = s.experiment.training.learning_rate
            self.message = (
                f"Training diverged at step {bad_step}: the loss became infinite or NaN "
                f"with learning rate {lr:g}. Restored the weights of step {good_step} and "
                "paused. Lower the learning rate, then press play.")
            running = False
            train_loss, test_loss, train_acc, test_acc = s.measure(values)
        else:
            s.remember_good_state()
        self.history.record(s.step_count, train_loss, test_loss, train_acc, test_acc)
        extras = {}
        if self.runs is not None:
            self.runs.measure(self.runs.comparison.label)
            if "compare" in self.probes:
                extras["compare"] = self.runs.data(self.history.view())
        extras["live"], extras["live_problems"] = run_live_probes(
            self.probes, s, self.probe_options)
        # The output map and neuron maps picture a plane of 2-D points.
        points_2d = getattr(s, "points_2d", True)
        if "boundary" in self.probes and points_2d:
            extras["boundary"] = boundary_on_grid(
                s.model, s.experiment.network.features, s.objective,
                self.grid_tensor(self.grid), self.grid)
        # The network panel draws neurons and links of the perceptron only.
        drawable = isinstance(s.model, MLP) and points_2d
        if "neurons" in self.probes and drawable:
            extras["neuron_maps"] = neuron_maps_on_grid(
                s.model, s.experiment.network.features, s.objective,
                self.grid_tensor(NEURON_GRID), NEURON_GRID)
        # Weights need no plane: the digits' first layer is drawn as 8×8 pictures.
        if "params" in self.probes and isinstance(s.model, MLP):
            extras["weights"], extras["biases"] = weights_and_biases(s.model)
        if "landscape" in self.probes:
            self.landscape.record(s.model)
            self.landscape.advance(s, s.step_count)
            extras["landscape"] = self.landscape.data(s.model)
            if self.landscape.message and not self.message:
                self.message, self.landscape.message = self.landscape.message, None
        message, self.message = self.message, None
        refused, self.refused = self.refused, False
        reply, self.reply = self.reply, None
        return Snapshot(
            step=s.step_count, epoch=s.epoch, running=running, device=s.device_name,
            problem=s.objective.problem, n_classes=s.objective.n_classes,
            train_loss=train_loss, test_loss=test_loss,
            train_accuracy=train_acc, test_accuracy=test_acc,
            steps_per_second=steps_per_second, history=self.history.view(),
            points=self.points_view(),
            experiment=s.experiment if self.runs is None else self.runs.base,
            extent=s.dataset.extent,
            message=message, reply=reply, refused=refused,
            measured_on=getattr(s, "measured_on", None), **extras)

    def step(self) -> bool:
        """One step of every run; False when there is nothing to train on."""
        if not self.session.step():
            return False
        if self.runs is not None:
            self.runs.step()
        return True

    def set_comparison(self, raw: dict | None) -> None:
        """Start (or end) training several runs together, all from step 0."""
        s = self.session
        base = self.runs.base if self.runs is not None else s.experiment
        if raw is None:
            if self.runs is None:
                return
            self.runs = None
            s.set_experiment(base, force_reset=True)
        else:
            from engine.compare_runs import CompareRuns
            comparison = Comparison.from_dict(raw).validated(base)
            # The edited experiment becomes run 1's, as the window shows it.
            self.runs = CompareRuns(comparison, comparison.variant(0, base), s)
        self._restart_history()

    def forget_caches(self) -> None:
        """After the session was replaced (a file opened): grids and points anew, a new
        landscape path, no comparison."""
        self.runs = None
        self._points_cache = None
        self._grids.clear()
        self.landscape.clear()

    def _restart_history(self) -> None:
        """A new run: curves start again from step 0's loss, the landscape's path too,
        even when steps are queued right behind the reset."""
        self.history.clear()
        self.landscape.clear()
        self.history.record(0, *self.session.measure())

    def _set_base(self, base: Experiment) -> None:
        """A change while comparing: every run takes it; a change that cannot apply to a
        run leaves all of them as they were."""
        self.runs.comparison.validated(base)
        self.runs.set_base(base)

    def apply(self, command) -> None:
        """Apply a command that changes the run (not play/pause/step/stop)."""
        s = self.session
        if isinstance(command, cmd.Reset):
            s.reset()
            if self.runs is not None:
                self.runs.reset()
            self._restart_history()
        elif isinstance(command, cmd.SetTraining):
            if self.runs is None:
                s.set_training(**command.changes)
            else:
                self._set_base(self.runs.base.with_training(**command.changes).validate())
        elif isinstance(command, cmd.SetExperiment):
            if self.runs is None:
                s.set_experiment(command.experiment)
            else:
                self._set_base(command.experiment)
            if s.step_count == 0:
                self._restart_history()
            self._grids.clear()
        elif isinstance(command, cmd.SetComparison):
            self.set_comparison(command.comparison)
        elif isinstance(command, cmd.SetProbeOptions):
            self.probe_options[command.name] = dict(command.options)
        elif isinstance(command, cmd.StepOnPoint):
            from engine.probes.backprop import step_on_point
            step_on_point(s, command.index)
        elif isinstance(command, cmd.SetProbes):
            self.probes = frozenset(command.names) & PROBES
        elif isinstance(command, cmd.SetWeight):
            s.set_weight(command.layer, command.row, command.col, command.value)
        elif isinstance(command, cmd.SetLandscape):
            self.landscape.configure(**command.changes)
        elif isinstance(command, cmd.RecomputeLandscape):
            self.landscape.request()
        elif isinstance(command, (cmd.SaveExperiment, cmd.OpenExperiment, cmd.ExportModel)):
            self.reply = file_actions.perform(self, command)
        elif isinstance(command, cmd.SetGrid):
            self.grid = max(8, min(int(command.resolution), 512))
        else:
            raise TypeError(f"unknown command {command!r}")


def train(experiment: Experiment, commands: cmd.CommandQueue, *, running: bool = False,
          interval: float = SNAPSHOT_INTERVAL, probes=DEFAULT_PROBES, grid: int = DEFAULT_GRID,
          stop_at: int | None = None, clock: Callable[[], float] = time.perf_counter,
          ) -> Iterator[Snapshot]:
    """Yield Snapshots of a run of ``experiment`` until a Stop command arrives.

    ``stop_at``: pause when the step count reaches it (headless runs, screenshots).
    Settings a person cannot use (a bad value in SetTraining) come back as the next
    snapshot's ``message``; the run goes on with the old value.
    """
    trainer = Trainer(experiment, probes, grid)
    session = trainer.session
    steps_to_go: int | None = None  # a Step command's remaining steps
    last_time, last_step, rate = clock(), 0, 0.0
    snapshot_cost = 0.0  # seconds the last snapshot took to measure
    yield trainer.snapshot(running, rate)
    while True:
        changed = False
        pending = commands.drain() if (running or steps_to_go) else commands.wait(0.25)
        for command in pending:
            if isinstance(command, cmd.Stop):
                return
            if isinstance(command, cmd.Crash):
                raise RuntimeError(command.message)
            if isinstance(command, cmd.Play):
                running, steps_to_go, changed = True, None, True
            elif isinstance(command, cmd.Pause):
                running, steps_to_go, changed = False, None, True
            elif isinstance(command, cmd.Step):
                running, steps_to_go = False, max(1, command.n)
            elif isinstance(command, cmd.OpenExperiment):
                # An opened run waits for play, like a demo that was just picked.
                running, steps_to_go, changed = False, None, True
                trainer.apply(command)
            else:
                changed = True
                try:
                    trainer.apply(command)
                except ValueError as exc:
                    trainer.message, trainer.refused = str(exc), True
        session = trainer.session  # an opened file brings a new session
        if running or steps_to_go:
            if last_step == 0 and session.step_count == 0:
                last_time = clock()
            # Measuring must leave training most of the time: many runs of a comparison
            # make a snapshot cost tens of milliseconds, so they come less often then.
            deadline = clock() + max(interval, SNAPSHOT_COST_FACTOR * snapshot_cost)
            while True:
                if stop_at is not None and session.step_count >= stop_at:
                    running, steps_to_go = False, None
                    break
                if not trainer.step():
                    trainer.message = ("There are no training points: pick a dataset or "
                                       "click on the plot to add points.")
                    running, steps_to_go = False, None
                    break
                if steps_to_go:
                    steps_to_go -= 1
                    if steps_to_go == 0:
                        steps_to_go = None
                        break
                if session.step_count % COMMAND_CHECK_EVERY == 0 and (
                        clock() >= deadline or commands.pending()):
                    break
            now = clock()
            steps = session.step_count - last_step
            if steps > 0 and now > last_time:
                rate = steps / (now - last_time)
            last_time, last_step = now, session.step_count
            final = stop_at is not None and session.step_count >= stop_at
            snap = trainer.snapshot(running or bool(steps_to_go), rate, full=final)
            snapshot_cost = clock() - now
            if snap.message and "diverged" in snap.message:
                running, steps_to_go = False, None
            yield snap
        elif changed:
            last_time, last_step = clock(), session.step_count
            yield trainer.snapshot(False, 0.0 if not running else rate)


def run_steps(experiment: Experiment, steps: int, probes=frozenset(),
              timing: dict[str, float] | None = None,
              comparison: Comparison | None = None) -> Snapshot:
    """Train ``steps`` steps headless and return the final Snapshot (with every run of
    ``comparison``, when given, in ``snapshot.compare``).

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
    for snap in train(experiment, queue, probes=probes, stop_at=steps):
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
