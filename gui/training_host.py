"""The host of the training loop, seen from the window: a child process and a pipe.

``TrainingHost`` spawns the trainer process (engine.shared.protocol.start_trainer),
sends it commands, and turns what comes back into Qt signals on the GUI thread (a
QSocketNotifier on the pipe, so no thread of ours ever touches a widget). Only the
newest snapshot is asked for: after each one arrives, one credit is sent back, so frames
are dropped in the child, never queued.

A child that dies is reported by ``died``; ``restart`` starts another
(gui/trainer_recovery.py decides when). The views' standing orders (which probes, their
options, the landscape's settings, the grid, a comparison) are kept here as they are sent,
newest wins, so a new child can be told them again (``replay_orders``); the experiment
itself is the ExperimentState's to send.
"""

from __future__ import annotations

import multiprocessing
import time

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from engine.shared import commands as cmd
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
    #: The child process died without being asked to: its exit code (None if unknown).
    died = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        configure_threads()
        # A watchdog: a child that died without a word must still be reported.
        self._watchdog = QTimer(self, interval=1000)
        self._watchdog.timeout.connect(self._check_alive)
        self._orders: dict[tuple, object] = {}
        self._notifier: QSocketNotifier | None = None
        self.snapshots_received = 0
        self._start()

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a process running Qt
        self._conn, child_conn = context.Pipe(duplex=True)
        self._process = context.Process(target=start_trainer, args=(child_conn,), daemon=True,
                                        name="deepscope-trainer")
        self._process.start()
        child_conn.close()
        self._notifier = QSocketNotifier(self._conn.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)
        self._watchdog.start()
        self._closed = False
        self.is_ready = False

    @property
    def pid(self) -> int | None:
        return self._process.pid

    @property
    def listening(self) -> bool:
        """A child is running and heard from (False once it died or was shut down)."""
        return not self._closed

    def restart(self) -> None:
        """A new child in place of one that died (its pipe closed, its process reaped)."""
        self._stop_listening()
        self._conn.close()
        self._process.join(0.1)
        self._start()

    def replay_orders(self) -> None:
        """Tell a new child the views' standing orders, in the order they were first given."""
        for command in list(self._orders.values()):
            self.send(command)

    def _remember(self, command) -> None:
        """Newest wins per kind (per probe for options); the landscape's partial changes
        are laid over each other, and a comparison ended forgets the one before."""
        if isinstance(command, cmd.SetProbeOptions):
            self._orders[("options", command.name)] = command
        elif isinstance(command, cmd.SetLandscape):
            old = self._orders.get(("landscape",))
            changes = {**(old.changes if old is not None else {}), **command.changes}
            self._orders[("landscape",)] = cmd.SetLandscape(changes)
        elif isinstance(command, cmd.SetProbes | cmd.SetGrid | cmd.SetComparison):
            self._orders.pop((type(command).__name__,), None)
            self._orders[(type(command).__name__,)] = command

    def send(self, command) -> None:
        self._remember(command)
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
        self._stop_listening()
        self._process.join(0.5)  # the exit code is known once the process is reaped
        self.died.emit(self._process.exitcode)

    def _stop_listening(self) -> None:
        self._closed = True
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._watchdog.stop()

    def shutdown(self, timeout: float = 1.5) -> None:
        """Stop the child: ask politely, then insist. Safe to call twice."""
        if self._closed and not self._process.is_alive():
            return
        if not self._closed:
            try:
                self._conn.send(Stop())
            except (BrokenPipeError, OSError):
                pass
        self._stop_listening()
        deadline = time.monotonic() + timeout
        self._process.join(max(0.0, deadline - time.monotonic()))
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(0.5)
        self._conn.close()
