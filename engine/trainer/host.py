"""The trainer process: the child side of engine.shared.protocol, hosting the training
generator and talking over a Pipe."""

from __future__ import annotations

import threading
import traceback

from engine.shared import commands as cmd
from engine.shared.protocol import WANT, configure_threads


class _Outbox:
    """Newest-wins sending with credits; shared by the loop and the reader thread."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.lock = threading.Lock()
        self.credit = 1
        self.pending = None

    def offer(self, snapshot) -> None:
        with self.lock:
            if self.credit > 0:
                self.credit -= 1
                self._send(("snapshot", snapshot))
            else:
                self.pending = snapshot

    def grant(self) -> None:
        with self.lock:
            if self.pending is not None:
                pending, self.pending = self.pending, None
                self._send(("snapshot", pending))
            else:
                self.credit = 1

    def send_now(self, message) -> None:
        with self.lock:
            self._send(message)

    def _send(self, message) -> None:
        try:
            self.conn.send(message)
        except (BrokenPipeError, EOFError, OSError):
            pass  # the parent is gone; the reader thread ends the loop


def serve(conn) -> None:
    """Child process entry point."""
    configure_threads()  # before torch is imported: it reads the thread settings once
    import torch

    from engine.trainer.device import describe_device, resolve_device
    from engine.trainer.heap import HeapTrimmer
    from engine.trainer.loop import train
    torch.set_num_threads(1)
    queue = cmd.CommandQueue()
    outbox = _Outbox(conn)
    #: The newest settings that outlive a run: replayed when a run starts over.
    sticky: dict[object, object] = {}
    threading.Thread(target=_read_commands, args=(conn, queue, outbox, sticky),
                     name="deepscope-commands", daemon=True).start()
    outbox.send_now(("ready", describe_device(resolve_device("auto"))))

    trimmer = HeapTrimmer()
    experiment = None
    while True:
        # Wait for the experiment to run (first start); a restart after an error goes on
        # from the last experiment that ran.
        held: list = []  # commands sent before the experiment (probes, settings), in order
        if experiment is None:
            experiment = _wait_for_experiment(queue, held)
            if experiment is None:
                return  # Stop received before any run
        # Replay what a fresh run must know first (probes, landscape settings), then the
        # held commands, then whatever arrived meanwhile: the order the window sent them.
        for message in [*sticky.values(), *held, *queue.drain()]:
            queue.put(message)
        try:
            for snapshot in train(experiment, queue):
                experiment = snapshot.experiment
                if snapshot.reply is not None:
                    # A file command's outcome must arrive even if this frame is dropped.
                    outbox.send_now(("reply", snapshot.reply))
                outbox.offer(snapshot)
                trimmer.maybe_trim()
            return  # Stop received
        except Exception as exc:  # noqa: BLE001 - every fault goes back to the window
            # An unexpected crash, not one of the engine's Messages: the window shows the
            # exception's own line and its traceback as they are (for a bug report), so
            # these stay plain strings.
            text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
            outbox.send_now(("error", text, traceback.format_exc()))
            # Start over, paused, from the last experiment that ran: the loop above
            # builds a fresh run from ``experiment``.


def _read_commands(conn, queue: cmd.CommandQueue, outbox: _Outbox, sticky: dict) -> None:
    """The reader thread: the window's commands into ``queue``, its credits to ``outbox``;
    settings that outlive a run are kept in ``sticky``. A closed pipe means Stop."""
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            queue.put(cmd.Stop())
            return
        if message == WANT:
            outbox.grant()
            continue
        if isinstance(message, (cmd.SetProbes, cmd.SetLandscape, cmd.SetComparison)):
            sticky[type(message)] = message
        elif isinstance(message, cmd.SetProbeOptions):
            sticky[(cmd.SetProbeOptions, message.name)] = message
        queue.put(message)
        if isinstance(message, cmd.Stop):
            return


def _wait_for_experiment(queue: cmd.CommandQueue, held: list):
    """The first SetExperiment's experiment, keeping the commands before it in ``held``;
    None when a Stop comes first. The rest of the batch the experiment came in (a second
    SetExperiment too) is held as well: it was sent after it."""
    experiment = None
    while experiment is None:
        for message in queue.wait(1.0):
            if isinstance(message, cmd.Stop):
                return None
            if isinstance(message, cmd.SetExperiment) and experiment is None:
                experiment = message.experiment
            else:
                held.append(message)
    return experiment
