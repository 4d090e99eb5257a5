"""A trainer process that dies comes back by itself.

When the child is killed, runs out of memory or crashes in a native library, the window
starts another one, tells it the experiment in force (the ExperimentState's) and the
views' standing orders (the host's), and, when the restore point the old child kept
(commands.KeepRestorePoint) holds that same experiment, the new child goes on from there;
otherwise the experiment starts again from step 0. Either way training is paused and the
banner says what happened. Three deaths within a minute are a crash loop: no more
restarts, and the banner says why.
"""

from __future__ import annotations

import tempfile
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from engine.shared import commands as cmd
from engine.shared.experiment_file import ExperimentFileError, read_saved
from gui.experiment_state import ExperimentState
from gui.training_host import TrainingHost

# A crash loop: this many deaths within WINDOW_S seconds.
MAX_DEATHS, WINDOW_S = 3, 60.0
# Seconds between two restore points while the run changes.
RESTORE_EVERY_S = 10.0


class TrainerRecovery(QObject):
    #: What the banner says (translated text).
    problem = Signal(str)
    #: A new trainer took over: the step it goes on from (0: started again).
    recovered = Signal(int)

    def __init__(self, host: TrainingHost, state: ExperimentState,
                 comparing: Callable[[], bool], parent: QObject | None = None,
                 every: float = RESTORE_EVERY_S, clock: Callable[[], float] = time.monotonic,
                 ) -> None:
        super().__init__(parent)
        self.host, self.state, self.comparing = host, state, comparing
        self.clock = clock
        self.every = every
        self._folder = tempfile.TemporaryDirectory(prefix="deepscope-restore-")
        self.path = Path(self._folder.name) / "restore-point.deepscope"
        self.deaths: deque[float] = deque()
        self.gave_up = False
        self._code: int | None = None
        host.died.connect(self.on_died)
        host.replied.connect(self.on_reply)
        host.send(cmd.KeepRestorePoint(str(self.path), every))

    def on_died(self, code) -> None:
        now = self.clock()
        self.deaths.append(now)
        while self.deaths and now - self.deaths[0] > WINDOW_S:
            self.deaths.popleft()
        if len(self.deaths) >= MAX_DEATHS:
            self.gave_up = True
            self.problem.emit(self.tr(
                "The training process stopped unexpectedly {0} times within a minute (last "
                "exit code {1}), so Deepscope no longer restarts it. Your settings are still "
                "here: restart Deepscope to train again.").format(len(self.deaths), code))
            return
        self._code = code
        self.host.restart()
        self.host.send(cmd.KeepRestorePoint(str(self.path), self.every))
        self.host.send(cmd.SetExperiment(self.state.experiment))
        self.host.replay_orders()
        if self._restorable():
            self.host.send(cmd.OpenExperiment(str(self.path), restore=True))
        else:
            self._started_again()

    def _restorable(self) -> bool:
        """The restore point holds the experiment in force (not one edited since) and
        the run is a single one (a comparison's runs start again together)."""
        if self.comparing() or not self.path.is_file():
            return False
        try:
            saved = read_saved(self.path)
        except (ExperimentFileError, OSError):
            return False
        return saved.has_weights and saved.experiment == self.state.experiment

    def on_reply(self, reply) -> None:
        if reply.action != "restore":
            return
        if reply.ok:
            self.problem.emit(self.tr(
                "The training process stopped unexpectedly (exit code {0}). A new one took "
                "over at step {1}, where the run was last kept; press play to go on.")
                .format(self._code, reply.step))
            self.recovered.emit(reply.step)
        else:
            self._started_again()

    def _started_again(self) -> None:
        self.host.send(cmd.Reset())
        self.problem.emit(self.tr(
            "The training process stopped unexpectedly (exit code {0}). A new one started "
            "this experiment again from step 0; press play to train.").format(self._code))
        self.recovered.emit(0)

    def close(self) -> None:
        self._folder.cleanup()
