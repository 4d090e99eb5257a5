"""Saving a run to an experiment file, to be continued from it bit-identically.

The file's layout and every check that needs no torch live in engine.shared.experiment_file;
continuing a run from a file is engine/trainer/restore.py (load_trainer and restore_into
are named here too: saving and opening are one subject to the callers), and the checks its
tensors pass are engine/trainer/saved_state.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
import zipfile
from importlib import metadata
from pathlib import Path

import torch
from safetensors.torch import save as save_tensors

from engine.shared.experiment_file import (
    EXPERIMENT_MEMBER,
    FORMAT,
    MODEL_MEMBER,
    STATE_MEMBER,
    SUFFIX,
    VERSION,
    ExperimentFileError,
    safetensors_index,
)
from engine.shared.messages import error_message
from engine.trainer.restore import load_trainer, restore_into
from engine.trainer.run import Trainer
from engine.trainer.saved_state import LAST_GOOD_PREFIX, OPTIMIZER_PREFIX

__all__ = ["load_trainer", "restore_into", "save_trainer"]


def save_trainer(trainer: Trainer, path: str | Path, demo: str | None = None,
                 view: dict | None = None) -> Path:
    """Write ``trainer``'s run to ``path`` (``.deepscope`` added to a name without a suffix).

    The file is written next to ``path`` under a temporary name and moved over it at the
    end, so a crash mid-save never destroys an existing file. Returns the path written.
    """
    path = Path(path)
    if not path.suffix:
        path = path.with_name(path.name + SUFFIX)
    model, state, index = _collect(trainer)
    document = {
        "format": FORMAT, "version": VERSION,
        "experiment": trainer.session.experiment.to_dict(),
        "step": trainer.session.step_count, "demo": demo, "view": dict(view or {}),
        "saved_with": f"deepscope {_version()}", "tensors": index,
    }
    try:  # allow_nan=False: the JSON stays standard, readable by any tool
        text = json.dumps(document, indent=1, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:  # a view value that JSON cannot hold
        raise ExperimentFileError.of("files.cannot_save", name=path.name,
                                     problem=error_message(exc)) from None
    members = ((EXPERIMENT_MEMBER, text, zipfile.ZIP_DEFLATED),
               # Float data barely compresses; stored members stay quick to read.
               (MODEL_MEMBER, model, zipfile.ZIP_STORED),
               (STATE_MEMBER, state, zipfile.ZIP_STORED))
    # Not tempfile.mkstemp: its files are private (0600); this one gets the umask's mode.
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    f = open(temporary, "xb")  # opened before the try: a failed open has nothing to remove
    try:
        with f:
            with zipfile.ZipFile(f, "w") as archive:
                for name, data, compression in members:
                    info = zipfile.ZipInfo(name, time.localtime()[:6])
                    info.compress_type = compression
                    archive.writestr(info, data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return path


def _collect(trainer: Trainer) -> tuple[bytes, bytes, dict]:
    """The two safetensors blobs and the JSON index describing them."""
    s = trainer.session
    model = {k: _cpu(v) for k, v in s.model.state_dict().items()}
    state: dict[str, torch.Tensor] = {}
    optimizer = s.optimizer.state_dict()
    scalars: dict[str, dict] = {}
    for i, entries in optimizer["state"].items():
        for key, value in entries.items():
            if isinstance(value, torch.Tensor):
                state[f"{OPTIMIZER_PREFIX}{i}.{key}"] = _cpu(value)
            else:  # numbers (or None) some optimizers keep per parameter
                scalars.setdefault(str(i), {})[key] = value
    state["rng.torch"] = torch.get_rng_state()
    if s.device.type == "cuda":  # dropout on a GPU draws from the device's generator
        state["rng.cuda"] = torch.cuda.get_rng_state(s.device)
    state["batch.generator"] = s.batches.generator.get_state()
    state["batch.order"] = _cpu(s.batches.order)
    for i, buffer in enumerate(s.last_good.buffers):
        state[f"{LAST_GOOD_PREFIX}{i}"] = _cpu(buffer)
    rows, stride, calls = trainer.history.state()
    state["history.rows"] = torch.tensor(rows, dtype=torch.float64).reshape(-1, 5)
    words = trainer.words.state()
    if len(words):  # a word run's perplexity and neighbour-share curves
        state["words.rows"] = torch.from_numpy(words)
    augment_tensors, augment = s.augmenter.state()
    state.update(augment_tensors)
    pretrain = None  # layer-wise pre-training's own progress, optimizer and decoders
    if s.pretrainer is not None:
        tensors, pretrain = s.pretrainer.state()
        state.update({key: _cpu(value) for key, value in tensors.items()})
    model_bytes, state_bytes = save_tensors(model), save_tensors(state)
    index = {
        "model": safetensors_index(model_bytes, MODEL_MEMBER),
        "state": safetensors_index(state_bytes, STATE_MEMBER),
        "optimizer": {"kind": type(s.optimizer).__name__,
                      "param_groups": optimizer["param_groups"], "scalars": scalars},
        "batch_cursor": s.batches.cursor,
        "last_good_step": s.last_good.step,
        "history": {"stride": stride, "calls": calls},
        "pretrain": pretrain,
        "augment": augment,
    }
    return model_bytes, state_bytes, index


def _cpu(tensor: torch.Tensor) -> torch.Tensor:
    # A copy, so safetensors never sees shared storage (tied or viewed tensors).
    return tensor.detach().to("cpu", copy=True).contiguous()


def _version() -> str:
    try:
        return metadata.version("deepscope")
    except metadata.PackageNotFoundError:
        return "0.1.0"
