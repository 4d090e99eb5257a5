"""The weights an experiment file holds, read into the shapes of a model that trains.

The loss landscape's line between two files reads them (engine.probes.landscape_runner);
no training loop is needed for that, so this lives below the trainer.
"""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors.torch import load as load_tensors

from engine.shared.experiment_file import ExperimentFileError, read_archive


def shape_text(shape) -> str:
    return "×".join(str(d) for d in shape) if len(shape) else "a single number"


def saved_parameters(path: str | Path, model: torch.nn.Module) -> list[torch.Tensor]:
    """The weights a file holds, in the order of ``model.parameters()``, on its device.

    For the loss landscape's line between two files: the file must hold the same network
    (names and shapes), else ExperimentFileError says which weight differs.
    """
    archive = read_archive(path)
    name = Path(path).name
    if not archive.model:
        raise ExperimentFileError(f"{name} holds settings only, no weights")
    try:
        tensors = load_tensors(archive.model)
    except Exception as exc:  # noqa: BLE001 - the library's own errors vary by version
        raise ExperimentFileError(f"the weights in {name} cannot be read: {exc}") from None
    result = []
    for key, parameter in model.named_parameters():
        saved = tensors.get(key)
        if saved is None or tuple(saved.shape) != tuple(parameter.shape):
            got = "missing" if saved is None else shape_text(saved.shape)
            raise ExperimentFileError(
                f"{name} holds another network than the one training: {key} is {got}, "
                f"expected {shape_text(parameter.shape)}")
        result.append(saved.to(parameter.device, parameter.dtype))
    return result
