"""Saving a run to an experiment file and continuing it from one, bit-identically.

The file's layout and every check that needs no torch live in engine.shared.experiment_file.
Loading builds a complete new Trainer from the file and only then hands it out, so a file
that is refused half-way leaves the caller's run (and torch's global RNG) as it was.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import secrets
import time
import zipfile
from importlib import metadata
from pathlib import Path

import torch
from safetensors.torch import load as load_tensors
from safetensors.torch import save as save_tensors

from engine.models.saved_weights import shape_text
from engine.probes import DEFAULT_PROBES
from engine.shared.experiment_file import (
    EXPERIMENT_MEMBER,
    FORMAT,
    MODEL_MEMBER,
    STATE_MEMBER,
    SUFFIX,
    VERSION,
    ExperimentFileError,
    SavedExperiment,
    read_archive,
    safetensors_index,
)
from engine.trainer.device import DeviceError
from engine.trainer.pretraining import PREFIX as PRETRAIN_PREFIX
from engine.trainer.run import DEFAULT_GRID, Trainer

OPTIMIZER_PREFIX = "optimizer."
LAST_GOOD_PREFIX = "last_good."


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
        raise ExperimentFileError(f"cannot save {path.name}: {exc}") from None
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
    state["batch.generator"] = s.batch_generator.get_state()
    state["batch.order"] = _cpu(s._order)
    last_good_step, buffers = s.last_good
    for i, buffer in enumerate(buffers):
        state[f"{LAST_GOOD_PREFIX}{i}"] = _cpu(buffer)
    rows = trainer.history._rows
    state["history.rows"] = torch.tensor(rows, dtype=torch.float64).reshape(-1, 5)
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
        "batch_cursor": s._cursor,
        "last_good_step": last_good_step,
        "history": {"stride": trainer.history._stride, "calls": trainer.history._calls},
        "pretrain": pretrain,
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


def load_trainer(path: str | Path, probes=DEFAULT_PROBES, grid: int = DEFAULT_GRID) -> Trainer:
    """A new Trainer continuing the run saved in ``path``; ExperimentFileError if refused."""
    return _load(path, probes, grid)[0]


def restore_into(trainer: Trainer, path: str | Path) -> SavedExperiment:
    """Continue the run in ``path`` inside ``trainer`` (its probes and grid stay).

    The file is loaded completely into a new Trainer first; ``trainer`` changes only after
    that succeeded. Its caches (grids, points, landscape path) are forgotten too.
    """
    fresh, saved = _load(path, trainer.probes, trainer.grid)
    # A new data_version, so views that skip unchanged points redraw the file's points.
    fresh.session.data_version = trainer.session.data_version + 1
    trainer.session = fresh.session
    trainer.history = fresh.history
    trainer.message = fresh.message or trainer.message
    trainer.forget_caches()
    return saved


def _load(path: str | Path, probes, grid: int) -> tuple[Trainer, SavedExperiment]:
    archive = read_archive(path)
    saved = archive.saved
    name = Path(path).name
    with _rng_kept_on_failure():
        try:
            trainer = _new_trainer(saved, probes, grid)
            if saved.has_weights:
                _restore(trainer, archive.model, archive.state, archive.index, saved.step,
                         name)
        except ExperimentFileError:
            raise
        # A file is untrusted input: whatever building or loading it raises, the person
        # gets one kind of error that names the file, and the current run stays.
        except Exception as exc:
            raise ExperimentFileError(f"{name} could not be loaded: {exc}") from exc
    return trainer, saved


def _new_trainer(saved: SavedExperiment, probes, grid: int) -> Trainer:
    try:
        return Trainer(saved.experiment, probes, grid)
    except DeviceError as exc:
        # A file from a GPU machine still opens on a laptop: train where we can.
        experiment = saved.experiment.with_training(device="auto")
        trainer = Trainer(experiment, probes, grid)
        trainer.message = (f"{exc}; this run continues on {trainer.session.device_name} "
                           "instead, so it may not repeat the saved run exactly.")
        return trainer


@contextlib.contextmanager
def _rng_kept_on_failure():
    """Building a Trainer reseeds torch's global RNG; a refused file must not do that."""
    cpu = torch.get_rng_state()
    cuda = torch.cuda.get_rng_state_all() if torch.cuda.is_initialized() else None
    try:
        yield
    except BaseException:
        torch.set_rng_state(cpu)
        if cuda is not None:
            torch.cuda.set_rng_state_all(cuda)
        raise


def _restore(trainer: Trainer, model_bytes: bytes, state_bytes: bytes, index: dict,
             step: int, name: str) -> None:
    s = trainer.session
    weights, state = load_tensors(model_bytes), load_tensors(state_bytes)
    _check_like(weights, s.model.state_dict(), f"the weights in {name} do not match its "
                "layer stack")
    s.model.load_state_dict(weights, strict=True)
    parameters = list(s.model.parameters())
    _restore_optimizer(s.optimizer, state, index["optimizer"], parameters, name)

    last_good = {k[len(LAST_GOOD_PREFIX):]: v for k, v in state.items()
                 if k.startswith(LAST_GOOD_PREFIX)}
    expected = {str(i): p for i, p in enumerate(parameters)}
    _check_like(last_good, expected, f"the last good weights in {name} do not match")
    _, buffers = s.last_good
    with torch.no_grad():
        for i, buffer in enumerate(buffers):
            buffer.copy_(last_good[str(i)])
    s.last_good = (index["last_good_step"], buffers)

    order, cursor = _required(state, "batch.order", name), index["batch_cursor"]
    n = s.x_train.shape[0]
    if (order.dtype != torch.int64 or order.dim() != 1 or cursor > order.numel()
            or (order.numel() and not (0 <= int(order.min()) and int(order.max()) < n))):
        raise ExperimentFileError(f"{name}: its batch order does not fit the data "
                                  f"({n} training points)")
    s._order, s._cursor = order.to(s.device), cursor
    s.batch_generator.set_state(_required(state, "batch.generator", name))
    s.step_count = step

    _restore_pretraining(s, state, index.get("pretrain"), name)

    rows = _required(state, "history.rows", name)
    if rows.dtype != torch.float64 or rows.dim() != 2 or rows.shape[1] != 5:
        raise ExperimentFileError(f"{name}: its loss history is malformed")
    history = trainer.history
    history._rows = [tuple(row) for row in rows.tolist()]
    history._stride = index["history"]["stride"]
    history._calls = index["history"]["calls"]

    # Last: the random generators, so nothing above draws from them after they are set.
    torch.set_rng_state(_required(state, "rng.torch", name))
    if "rng.cuda" in state and s.device.type == "cuda":
        torch.cuda.set_rng_state(state["rng.cuda"], s.device)


def _restore_pretraining(session, state: dict, saved, name: str) -> None:
    """Continue layer-wise pre-training where the file left it (after the weights)."""
    if session.pretrainer is None:
        return
    if not isinstance(saved, dict):
        raise ExperimentFileError(f"{name}: its pre-training state is missing")
    tensors = {k: v for k, v in state.items() if k.startswith(PRETRAIN_PREFIX)}
    try:
        session.pretrainer.load_state(tensors, saved)
    except (ValueError, RuntimeError, KeyError) as exc:
        raise ExperimentFileError(f"{name}: {exc}") from None


def _restore_optimizer(optimizer: torch.optim.Optimizer, state: dict, saved: dict,
                       parameters: list, name: str) -> None:
    per_parameter: dict[int, dict] = {}
    for key, tensor in state.items():
        if not key.startswith(OPTIMIZER_PREFIX):
            continue
        number, _, entry = key[len(OPTIMIZER_PREFIX):].partition(".")
        if not (number.isdigit() and int(number) < len(parameters) and entry):
            raise ExperimentFileError(f"{name}: unexpected optimizer tensor {key!r}")
        parameter = parameters[int(number)]
        # Moment estimates have the parameter's shape; counters such as "step" are scalars.
        if tensor.dim() and tensor.shape != parameter.shape:
            raise ExperimentFileError(
                f"{name}: optimizer tensor {key} is {shape_text(tensor.shape)}, expected "
                f"{shape_text(parameter.shape)}")
        per_parameter.setdefault(int(number), {})[entry] = tensor
    for number, values in saved["scalars"].items():
        if not (number.isdigit() and int(number) < len(parameters)):
            raise ExperimentFileError(f"{name}: unexpected optimizer entry {number!r}")
        per_parameter.setdefault(int(number), {}).update(values)
    kind = type(optimizer).__name__
    if saved["kind"] != kind:
        raise ExperimentFileError(f"{name}: its optimizer state is {saved['kind']}'s, but "
                                  f"its experiment asks for {kind}")
    fresh = optimizer.state_dict()["param_groups"]
    groups = saved["param_groups"]
    if len(groups) != len(fresh) or any(g.get("params") != f["params"]
                                        for g, f in zip(groups, fresh)):
        raise ExperimentFileError(f"{name}: its optimizer state does not fit the model")
    # Settings another torch version added or dropped keep their defaults here, so a file
    # opens across versions; JSON's lists become tuples again (Adam's betas).
    merged = [dict(defaults) for defaults in fresh]
    for group, target in zip(groups, merged):
        for key, like in list(target.items()):
            if key != "params" and key in group and _fits(group[key], like):
                target[key] = tuple(group[key]) if isinstance(like, tuple) else group[key]
    optimizer.load_state_dict({"state": per_parameter, "param_groups": merged})


def _fits(value, like) -> bool:
    """``value`` from a file can stand in for the optimizer setting ``like``."""
    if like is None or isinstance(like, bool | str):
        return type(value) is type(like)
    if isinstance(like, int | float):
        return isinstance(value, int | float) and not isinstance(value, bool) and (
            math.isfinite(value))
    if isinstance(like, tuple):
        return (isinstance(value, list) and len(value) == len(like)
                and all(_fits(v, w) for v, w in zip(value, like)))
    return False


def _check_like(loaded: dict, expected: dict, problem: str) -> None:
    """Same names, shapes and dtypes, or ExperimentFileError naming the first misfit."""
    missing = [k for k in expected if k not in loaded]
    extra = [k for k in loaded if k not in expected]
    if missing or extra:
        what = f"{missing[0]} is missing" if missing else f"{extra[0]} is not part of it"
        raise ExperimentFileError(f"{problem}: {what}")
    for key, want in expected.items():
        got = loaded[key]
        if got.shape != want.shape:
            raise ExperimentFileError(
                f"{problem}: {key} is {shape_text(got.shape)}, expected {shape_text(want.shape)}")
        if got.dtype != want.dtype:
            raise ExperimentFileError(f"{problem}: {key} holds {got.dtype}, expected "
                                      f"{want.dtype}")


def _required(state: dict, key: str, name: str) -> torch.Tensor:
    if key not in state:
        raise ExperimentFileError(f"{name}: {key} is missing from {STATE_MEMBER}")
    return state[key]
