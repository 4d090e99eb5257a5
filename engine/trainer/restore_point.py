"""The run saved now and then where the window asked (commands.KeepRestorePoint): if
this process dies (killed, out of memory, a crash in a native library), the window starts
another and that one opens the file and goes on from there.

Saving is the experiment file's own atomic write (a temporary name moved over the old
file), so a death mid-save leaves the previous restore point whole. Only a run that
changed since the last save is written again: a paused run costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from engine.trainer.run import Trainer


class RestorePoint:
    def __init__(self, path: str, every: float) -> None:
        self.path = Path(path)
        self.every = max(0.5, float(every))
        self.last_time: float | None = None
        self.last_key: tuple | None = None
        self.failed = False  # a folder gone or full: stop trying rather than slow training

    def maybe_save(self, trainer: Trainer, now: float) -> bool:
        """Save if the run changed and ``every`` seconds passed since the last save, or at
        once when it is another run (a demo picked, a file opened, settings changed: a
        restore point of the run before would be useless to the window). A comparison's
        several runs are not kept (the window starts those again)."""
        if self.failed or trainer.runs is not None:
            return False
        session = trainer.session
        key = (id(session), session.step_count, session.data_version, session.experiment)
        if key == self.last_key:
            return False
        another_run = self.last_key is None or key[3] != self.last_key[3] or (
            key[0] != self.last_key[0])
        if not another_run and now - self.last_time < self.every:
            return False
        from engine.trainer.checkpoint import save_trainer
        try:
            save_trainer(trainer, self.path)
        except (OSError, ValueError):
            self.failed = True
            return False
        self.last_time, self.last_key = now, key
        return True
