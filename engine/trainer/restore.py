"""Continuing a run from an experiment file, bit-identically (engine/trainer/checkpoint.py
writes it).

Loading builds a complete new Trainer from the file and only then hands it out, so a file
that is refused half-way leaves the caller's run (and torch's global RNG) as it was.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import torch
from safetensors.torch import load as load_tensors

from engine.probes import DEFAULT_PROBES
from engine.shared.experiment_file import ExperimentFileError, SavedExperiment, read_archive
from engine.shared.experiment_json import check_data_path
from engine.shared.messages import error_message, message
from engine.trainer.device import DeviceError
from engine.trainer.pretraining import PREFIX as PRETRAIN_PREFIX
from engine.trainer.run import DEFAULT_GRID, Trainer
from engine.trainer.saved_state import (
    LAST_GOOD_PREFIX,
    check_like,
    required,
    restore_optimizer,
)
from engine.trainer.session import TrainingSession


def load_trainer(path: str | Path, probes=DEFAULT_PROBES, grid: int = DEFAULT_GRID,
                 data_path: str = "") -> Trainer:
    """A new Trainer continuing the run saved in ``path``; ExperimentFileError if refused.

    ``data_path``: the data the person chose, which the file may name (a file naming any
    other path is refused: engine.shared.experiment_json.check_data_path)."""
    return _load(path, probes, grid, data_path)[0]


def restore_into(trainer: Trainer, path: str | Path) -> SavedExperiment:
    """Continue the run in ``path`` inside ``trainer`` (its probes and grid stay).

    The file is loaded completely into a new Trainer first; ``trainer`` changes only after
    that succeeded. Its caches (grids, points, landscape path) are forgotten too.
    """
    # The data in force were chosen by the person (a file's were checked the same way).
    fresh, saved = _load(path, trainer.probes, trainer.grid,
                         trainer.session.experiment.data.path)
    # A new data_version, so views that skip unchanged points redraw the file's points.
    fresh.session.data_version = trainer.session.data_version + 1
    trainer.session = fresh.session
    trainer.history = fresh.history
    trainer.words = fresh.words
    trainer.message = fresh.message or trainer.message
    trainer.forget_caches()
    return saved


def _load(path: str | Path, probes, grid: int,
          data_path: str) -> tuple[Trainer, SavedExperiment]:
    archive = read_archive(path)
    saved = check_data_path(archive.saved, data_path)
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
            raise ExperimentFileError.of("files.could_not_load", name=name,
                                         problem=error_message(exc)) from exc
    return trainer, saved


def _new_trainer(saved: SavedExperiment, probes, grid: int) -> Trainer:
    try:
        return Trainer(saved.experiment, probes, grid)
    except DeviceError as exc:
        # A file from a GPU machine still opens on a laptop: train where we can.
        experiment = saved.experiment.with_training(device="auto")
        trainer = Trainer(experiment, probes, grid)
        trainer.message = message("files.device_fallback", problem=exc.message,
                                  device=trainer.session.device_name)
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
    check_like(weights, s.model.state_dict(), message("files.weights_misfit", name=name))
    s.model.load_state_dict(weights, strict=True)
    parameters = list(s.model.parameters())
    restore_optimizer(s.optimizer, state, index["optimizer"], parameters, name)
    _restore_last_good(s, state, index["last_good_step"], parameters, name)
    _restore_batches(s, state, index["batch_cursor"], name)
    s.step_count = step

    _restore_pretraining(s, state, index.get("pretrain"), name)
    _restore_augmenter(s, state, index.get("augment"), name)

    rows = required(state, "history.rows", name)
    if rows.dtype != torch.float64 or rows.dim() != 2 or rows.shape[1] != 5:
        raise ExperimentFileError.of("files.history_malformed", name=name)
    trainer.history.load_state([tuple(row) for row in rows.tolist()],
                               index["history"]["stride"], index["history"]["calls"])
    # Optional: files saved before word curves were kept, and runs without words, lack it.
    if "words.rows" in state and not trainer.words.load_state(state["words.rows"].numpy()):
        raise ExperimentFileError.of("files.word_curves_malformed", name=name)

    # Last: the random generators, so nothing above draws from them after they are set.
    torch.set_rng_state(required(state, "rng.torch", name))
    if "rng.cuda" in state and s.device.type == "cuda":
        torch.cuda.set_rng_state(state["rng.cuda"], s.device)


def _restore_last_good(session: TrainingSession, state: dict, step: int, parameters: list,
                       name: str) -> None:
    """The weights a diverged run would go back to, with their step."""
    last_good = {k[len(LAST_GOOD_PREFIX):]: v for k, v in state.items()
                 if k.startswith(LAST_GOOD_PREFIX)}
    expected = {str(i): p for i, p in enumerate(parameters)}
    check_like(last_good, expected, message("files.last_good_misfit", name=name))
    good = session.last_good
    with torch.no_grad():
        for i, buffer in enumerate(good.buffers):
            buffer.copy_(last_good[str(i)])
    good.step = step


def _restore_batches(session: TrainingSession, state: dict, cursor: int, name: str) -> None:
    """The batch order and its place in it, and the generator of the orders to come."""
    order = required(state, "batch.order", name)
    n = session.x_train.shape[0]
    if (order.dtype != torch.int64 or order.dim() != 1 or cursor > order.numel()
            or (order.numel() and not (0 <= int(order.min()) and int(order.max()) < n))):
        raise ExperimentFileError.of("files.batch_order_misfit", name=name, n=n)
    batches = session.batches
    batches.order, batches.cursor = order.to(session.device), cursor
    batches.generator.set_state(required(state, "batch.generator", name))


def _restore_augmenter(session: TrainingSession, state: dict, saved, name: str) -> None:
    """The random numbers of augmented batches, where the file left them. A file saved
    before they were kept has none: its augmentation starts again from the seed."""
    if saved is None:
        return
    tensors = {k: v for k, v in state.items() if k.startswith("augment.")}
    if not (isinstance(saved, dict) and session.augmenter.load_state(tensors, saved)):
        raise ExperimentFileError.of("files.augment_malformed", name=name)


def _restore_pretraining(session: TrainingSession, state: dict, saved, name: str) -> None:
    """Continue layer-wise pre-training where the file left it (after the weights)."""
    if session.pretrainer is None:
        return
    if not isinstance(saved, dict):
        raise ExperimentFileError.of("files.pretraining_missing", name=name)
    tensors = {k: v for k, v in state.items() if k.startswith(PRETRAIN_PREFIX)}
    try:
        session.pretrainer.load_state(tensors, saved)
    except (ValueError, RuntimeError, KeyError) as exc:
        raise ExperimentFileError.of("files.in_file", name=name,
                                     problem=error_message(exc)) from None
