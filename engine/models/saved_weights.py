"""The weights an experiment file holds, read into the shapes of a model that trains.

The loss landscape's line between two files reads them (engine.probes.landscape_runner);
no training loop is needed for that, so this lives below the trainer.
"""

from __future__ import annotations

from pathlib import Path

import torch
from safetensors.torch import load as load_tensors

from engine.shared.experiment_file import ExperimentFileError, read_archive
from engine.shared.messages import Message, error_message, message


def shape_message(shape) -> Message:
    """A tensor's shape as a message parameter: "3×4", or "a single number"."""
    if not len(shape):
        return message("files.shape_scalar")
    return message("files.shape", dims="×".join(str(d) for d in shape))


def saved_parameters(path: str | Path, model: torch.nn.Module) -> list[torch.Tensor]:
    """The weights a file holds, in the order of ``model.parameters()``, on its device.

    For the loss landscape's line between two files: the file must hold the same network
    (names and shapes), else ExperimentFileError says which weight differs.
    """
    archive = read_archive(path)
    name = Path(path).name
    if not archive.model:
        raise ExperimentFileError.of("files.settings_only", name=name)
    try:
        tensors = load_tensors(archive.model)
    except Exception as exc:  # noqa: BLE001 - the library's own errors vary by version
        raise ExperimentFileError.of("files.weights_unreadable", name=name,
                                     problem=error_message(exc)) from None
    result = []
    for key, parameter in model.named_parameters():
        saved = tensors.get(key)
        if saved is None or tuple(saved.shape) != tuple(parameter.shape):
            got = message("files.shape_missing") if saved is None else shape_message(saved.shape)
            raise ExperimentFileError.of("files.other_network", name=name, key=key, shape=got,
                                         expected=shape_message(parameter.shape))
        result.append(saved.to(parameter.device, parameter.dtype))
    return result
