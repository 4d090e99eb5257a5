"""One run as the training loop holds it: the session plus what lives between snapshots
(the probes asked for, the history, the landscape, a comparison's other runs), the
commands that change it, and the snapshot it makes of itself."""

from __future__ import annotations

import math

from engine.probes.grid import grid_points
from engine.shared import commands as cmd
from engine.shared.comparison import Comparison
from engine.shared.experiment import Experiment
from engine.shared.messages import Message, MessageError, message
from engine.shared.probe_registry import DEFAULT_PROBES, PROBES
from engine.shared.snapshot import PointsSample, Snapshot
from engine.trainer.caption_watch import CaptionWatch
from engine.trainer.history import HistoryRecorder
from engine.trainer.probe_runs import run_probes
from engine.trainer.session import MEASURE_VALUES, TrainingSession
from engine.trainer.translation_watch import TranslationWatch
from engine.trainer.word_watch import WordWatch

DEFAULT_GRID = 128
#: Images of each split a snapshot carries for the views (the output mosaic shows 36).
IMAGES_SENT = 64


class UnknownCommandError(MessageError, TypeError):
    """A command the trainer does not know (a bug of the sender, not of the run)."""


class Trainer:
    """Holds a session plus what the loop needs between snapshots (probes, history)."""

    def __init__(self, experiment: Experiment, probes=DEFAULT_PROBES, grid: int = DEFAULT_GRID):
        self.session = TrainingSession(experiment)
        self.probes = frozenset(probes)
        self.grid = grid
        self.history = HistoryRecorder()
        #: Word runs' perplexities and neighbour share over the snapshots.
        self.words = WordWatch()
        #: Translation runs' held-out sentence accuracy, every translator of the run.
        self.translation = TranslationWatch()
        #: Captioning runs' held-out exact match and BLEU, every captioner of the run.
        self.captions = CaptionWatch()
        #: The landscape's path and grid under way, made when first needed (its module
        #: loads only for a run that shows the landscape).
        self._landscape = None
        self.message: Message | None = None
        #: The outcome of the last file command, for the next snapshot.
        self.reply = None
        #: The newest options each probe was sent (SetProbeOptions).
        self.probe_options: dict[str, dict] = {}
        #: The other runs of a comparison (SetComparison); None for a single run.
        self.runs = None
        #: A command was refused since the last snapshot.
        self.refused = False
        #: What a sliced probe keeps between snapshots (the projector's t-SNE), by name.
        self.probe_state: dict[str, object] = {}
        self.running = False
        #: The last measurement and what it measured (session, step, data, full or not).
        self._measured: tuple | None = None
        self._points_cache: tuple[int, PointsSample] | None = None
        self._grids: dict[int, object] = {}

    def sliced_work_left(self) -> bool:
        """A sliced job a view waits for has work left (the landscape's grid, the
        projector's t-SNE): while paused the loop goes on taking snapshots until it is
        done, or a grid or layout asked for while paused would never finish."""
        grid = (self._landscape is not None and self._landscape.job is not None
                and "landscape" in self.probes)
        layout = "projector" in self.probes and any(
            state.busy for state in self.probe_state.values())
        return grid or layout

    @property
    def landscape(self):
        """The LandscapeRunner: the landscape's path, settings and grid under way."""
        if self._landscape is None:
            from engine.probes.landscape_runner import LandscapeRunner
            self._landscape = LandscapeRunner()
        return self._landscape

    def note(self, msg: Message) -> bool:
        """Keep ``msg`` for the next snapshot unless one is already waiting (a divergence
        says more); True when kept."""
        if self.message is not None:
            return False
        self.message = msg
        return True

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
            if d.scenes is not None:  # 12 KB a row; the captioning probe sends pictures
                n = 0
            sample = PointsSample(s.data_version, d.x_train[:n], d.y_train[:n],
                              d.x_test[:n], d.y_test[:n])
            self._points_cache = (s.data_version, sample)
        return self._points_cache[1]

    def snapshot(self, running: bool, steps_per_second: float, full: bool = False
                 ) -> Snapshot:
        """``full``: measure on every example (the end of a headless run), not on the
        capped sample live snapshots read."""
        s = self.session
        #: Whether training waits on this snapshot's probes (sliced jobs take more while
        #: paused: PAUSED_SLICE_SECONDS).
        self.running = running
        (train_loss, test_loss, train_acc, test_acc), running = self._measure(full, running)
        self.history.record(s.step_count, train_loss, test_loss, train_acc, test_acc)
        if self.runs is not None:
            self.runs.measure(self.runs.comparison.label)
        words = self.words.measure(s, full)
        translation = self.translation.measure(self, full)
        captions = self.captions.measure(self, full)
        probed = run_probes(self, self.probes, self.probe_options)
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
            measured_on=s.measured_on, words=words, translation=translation,
            captions=captions,
            tokens_per_second=(steps_per_second * s.experiment.training.batch_size
                               * s.dataset.tokens_per_example if words is not None
                               else None), **probed)

    def _measure(self, full: bool, running: bool) -> tuple[tuple[float, ...], bool]:
        """(losses and accuracies, still running). A run that diverged (an infinite loss,
        weights gone NaN) goes back to its last good weights, is measured again there and
        pauses, saying so."""
        s = self.session
        values = None if full else MEASURE_VALUES
        # Paused snapshots follow each other while a grid or layout finishes: the same
        # weights need measuring once (a ConvNet's cost ~0.2 s of every such snapshot).
        # The session itself in the key, not its id: a new one may reuse a freed address.
        key = (s.step_count, s.data_version, full)
        if self._measured is not None and self._measured[0] is s and (
                self._measured[1] == key):
            return self._measured[2], running
        measured = s.measure(values)
        self._measured = (s, key, measured)
        train_loss = measured[0]
        if not (math.isfinite(train_loss) or s.x_train.shape[0] == 0) or (
                not s.parameters_finite()):
            bad_step = s.step_count
            good_step = s.restore_good_state()
            lr = s.experiment.training.learning_rate
            self.message = message("training.diverged", bad_step=bad_step,
                                   learning_rate=lr, good_step=good_step)
            self._measured = None
            return s.measure(values), False
        s.remember_good_state()
        return measured, running

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
        self.probe_state.clear()
        self._clear_landscape()

    def _clear_landscape(self) -> None:
        if self._landscape is not None:
            self._landscape.clear()

    def _restart_history(self) -> None:
        """A new run: curves start again from step 0's loss, the landscape's path too,
        even when steps are queued right behind the reset."""
        self.history.clear()
        self.words.clear()
        self.translation.clear()
        self.captions.clear()
        self._clear_landscape()
        self.history.record(0, *self.session.measure())

    def _set_base(self, base: Experiment) -> None:
        """A change while comparing: every run takes it; a change that cannot apply to a
        run leaves all of them as they were."""
        self.runs.comparison.validated(base)
        self.runs.set_base(base)

    def apply(self, command) -> None:
        """Apply a command that changes the run (not play/pause/step/stop)."""
        s = self.session
        self._measured = None  # a weight set by hand or a reset keeps the step count
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
            raise UnknownCommandError.of("training.unknown_command", command=repr(command))


