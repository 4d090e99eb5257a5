"""The host of the training loop, seen from the window: a child process and a pipe.

``TrainingHost`` spawns the trainer process once (engine.shared.protocol.start_trainer),
sends it commands, and turns what comes back into Qt signals on the GUI thread (a
QSocketNotifier on the pipe, so no thread of ours ever touches a widget). Only the
newest snapshot is asked for: after each one arrives, one credit is sent back, so frames
are dropped in the child, never queued.
"""

from __future__ import annotations

import multiprocessing
import time

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from engine.shared.commands import Stop
from engine.shared.protocol import WANT, configure_threads, start_trainer


class TrainingHost(QObject):
    #: The newest Snapshot (engine.shared.snapshot.Snapshot).
    snapshotReady = Signal(object)
    #: The child imported torch and can train; the argument names the auto device.
    ready = Signal(str)
    #: A fault in the training loop: (one-line message, full traceback).
    failed = Signal(str, str)
    #: The outcome of a save, open or export (engine.shared.snapshot.Reply).
    replied = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        configure_threads()
        context = multiprocessing.get_context("spawn")  # never fork a process running Qt
        self._conn, child_conn = context.Pipe(duplex=True)
        self._process = context.Process(target=start_trainer, args=(child_conn,), daemon=True,
                                        name="deepscope-trainer")
        self._process.start()
        child_conn.close()
        self._notifier = QSocketNotifier(self._conn.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        # A watchdog: a child that died without a word must still be reported.
        self._watchdog = QTimer(self, interval=1000)
        self._watchdog.timeout.connect(self._check_alive)
        self._watchdog.start()
        self._closed = False
        self.is_ready = False
        self.snapshots_received = 0

    def send(self, command) -> None:
        if self._closed:
            return
        try:
            self._conn.send(command)
        except (BrokenPipeError, OSError):
            self._report_death()

    def _on_readable(self) -> None:
        newest = None
        try:
            while not self._closed and self._conn.poll():
                message = self._conn.recv()
                kind = message[0]
                if kind == "snapshot":
                    newest = message[1]
                elif kind == "ready":
                    self.is_ready = True
                    self.ready.emit(message[1])
                elif kind == "error":
                    self.failed.emit(message[1], message[2])
                elif kind == "reply":
                    self.replied.emit(message[1])
        except (EOFError, OSError):
            self._report_death()
            return
        if newest is not None:
            self.snapshots_received += 1
            self.send(WANT)
            self.snapshotReady.emit(newest)

    def _check_alive(self) -> None:
        if not self._closed and not self._process.is_alive():
            self._report_death()

    def _report_death(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._notifier.setEnabled(False)
        self._watchdog.stop()
        code = self._process.exitcode
        self.failed.emit(self.tr("The training process stopped unexpectedly (exit code {0}).")
                         .format(code), "")

    def shutdown(self, timeout: float = 1.5) -> None:
        """Stop the child: ask politely, then insist. Safe to call twice."""
        if self._closed and not self._process.is_alive():
            return
        if not self._closed:
            try:
                self._conn.send(Stop())
            except (BrokenPipeError, OSError):
                pass
        self._closed = True
        self._notifier.setEnabled(False)
        self._watchdog.stop()
        deadline = time.monotonic() + timeout
        self._process.join(max(0.0, deadline - time.monotonic()))
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(0.5)
        self._conn.close()
