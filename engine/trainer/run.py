"""One run as the training loop holds it: the session plus what lives between snapshots
(the probes asked for, the history, the landscape, a comparison's other runs), the
commands that change it, and the snapshot it makes of itself."""

from __future__ import annotations

import math

from engine.models.network import MLP
from engine.probes import (
    DEFAULT_PROBES,
    PROBES,
    boundary_on_grid,
    grid_points,
    neuron_maps_on_grid,
    weights_and_biases,
)
from engine.probes.landscape_runner import LandscapeRunner
from engine.probes.live import run_live_probes
from engine.shared import commands as cmd
from engine.shared.comparison import Comparison
from engine.shared.experiment import Experiment
from engine.shared.messages import Message, message
from engine.shared.snapshot import PointsSample, Snapshot
from engine.trainer.history import HistoryRecorder
from engine.trainer.session import MEASURE_VALUES, TrainingSession

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
        self.message: Message | None = None
        #: The outcome of the last file command, for the next snapshot.
        self.reply = None
        #: The newest options each live probe was sent (SetProbeOptions).
        self.probe_options: dict[str, dict] = {}
        #: The other runs of a comparison (SetComparison); None for a single run.
        self.runs = None
        #: A command was refused since the last snapshot.
        self.refused = False
        self._points_cache: tuple[int, PointsSample] | None = None
        self._grids: dict[int, object] = {}

    def grid_tensor(self, resolution: int):
        key = (resolution, str(self.session.device))
        if key not in self._grids:
            extent = self.session.dataset.extent
            self._grids[key] = grid_points(resolution, extent, self.session.device)
        return self._grids[key]

    def points_sample(self) -> PointsSample:
        s = self.session
        if self._points_cache is None or self._points_cache[0] != s.data_version:
            d = s.dataset
            # Images travel as a sample: thousands of them in every snapshot would be
            # megabytes through the pipe 30 times a second; views show at most a few dozen.
            n = None if s.points_2d else IMAGES_SENT
            sample = PointsSample(s.data_version, d.x_train[:n], d.y_train[:n],
                              d.x_test[:n], d.y_test[:n])
            self._points_cache = (s.data_version, sample)
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
            self.message = message("training.diverged", bad_step=bad_step,
                                   learning_rate=lr, good_step=good_step)
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
        note, self.message = self.message, None
        refused, self.refused = self.refused, False
        reply, self.reply = self.reply, None
        return Snapshot(
            step=s.step_count, epoch=s.epoch, running=running, device=s.device_name,
            problem=s.objective.problem, n_classes=s.objective.n_classes,
            train_loss=train_loss, test_loss=test_loss,
            train_accuracy=train_acc, test_accuracy=test_acc,
            steps_per_second=steps_per_second, history=self.history.view(),
            points=self.points_sample(),
            experiment=s.experiment if self.runs is None else self.runs.base,
            extent=s.dataset.extent,
            message=note, reply=reply, refused=refused,
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
            from engine.trainer.compare_runs import CompareRuns
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
        elif isinstance(command, cmd.SetGrid):
            self.grid = max(8, min(int(command.resolution), 512))
        else:
            raise TypeError(f"unknown command {command!r}")


