"""Play, pause, one step and reset: the training bar's buttons (and the window's keys
for them) turned into commands, and whether the run is playing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from engine.shared import commands as cmd
from gui.panels.training_bar import TrainingBar


class PlayControl(QObject):
    """Sends through ``send``; ``clear_message`` takes the banner away when play starts
    (whatever it said no longer holds once a person trains on)."""

    def __init__(self, bar: TrainingBar, send: Callable[[object], None],
                 clear_message: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.send = send
        self.clear_message = clear_message
        #: Whether the trainer was asked to play (a snapshot may say it stopped).
        self.running = False
        bar.playToggled.connect(self.toggle_play)
        bar.stepRequested.connect(self.step_once)
        bar.resetRequested.connect(self.reset)

    def toggle_play(self) -> None:
        if not self.running and not self.bar.play_button.isEnabled():
            return  # the Space key must not start a network that cannot train
        self.running = not self.running
        self.bar.set_running(self.running)
        self.send(cmd.Play() if self.running else cmd.Pause())
        if self.running:
            self.clear_message()

    def step_once(self) -> None:
        if not self.bar.step_button.isEnabled():
            return
        self.stop()
        self.send(cmd.Step(1))

    def reset(self) -> None:
        self.send(cmd.Reset())

    def stop(self) -> None:
        """The run no longer plays (a step, a file opened, a fault in the trainer)."""
        self.running = False
        self.bar.set_running(False)

    def set_trainable(self, trainable: bool, reason: str) -> None:
        """Play waits for a network that can train; a run in progress pauses."""
        if not trainable and self.running:
            self.toggle_play()
        self.bar.set_trainable(trainable, reason)

    def show_snapshot(self, snap) -> None:
        """A run that stopped with a message (it diverged) no longer plays."""
        if not snap.running and self.running and snap.message:
            self.running = False
        self.bar.set_running(self.running)
        self.bar.set_step(snap.step, snap.epoch)
