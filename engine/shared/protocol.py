"""How the window and the trainer process talk: the protocol over a Pipe, and the
child's entry point named as data.

Why a process: in a thread, the window's Python and the trainer's Python take turns on
the GIL and training falls to ~50-60 % of its speed while views draw (DESIGN.md). A child
process keeps 85-100 %, and ``import torch`` (2-3 s) never stalls the window.

Protocol (parent -> child): engine.shared.commands objects, plus the string ``"want"``, a credit
for one snapshot. The child sends a snapshot only when it holds a credit; otherwise it
keeps just the newest, so a slow window drops frames instead of queueing them.
(child -> parent): ``("ready", device)``, ``("snapshot", Snapshot)``, ``("error", text)``,
``("reply", Reply)`` (the outcome of save/open/export, sent at once, never dropped).
The first command must be SetExperiment. The child exits on Stop or when the pipe closes
(the parent died).
"""

from __future__ import annotations

import importlib
import os

WANT = "want"
#: The child's entry point as "module:function". The window starts the trainer by this
#: name, so the window's process never imports the trainer (nor torch, which it loads).
TRAINER_ENTRY = "engine.trainer.host:serve"


def configure_threads() -> None:
    """One intra-op thread: tiny models train faster, and two pools never fight."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def start_trainer(conn, entry: str = TRAINER_ENTRY) -> None:
    """The spawned child's target: import the trainer there and hand it the pipe."""
    module, _, function = entry.partition(":")
    getattr(importlib.import_module(module), function)(conn)
