"""The checks an experiment file's tensors pass before a run takes them: the optimizer's
state, and names, shapes and dtypes against what the run expects.

A file is untrusted input: each check names the file and the first thing that does not
fit, as an ExperimentFileError (engine/trainer/restore.py reads the file).
"""

from __future__ import annotations

import math

import torch

from engine.models.saved_weights import shape_message
from engine.shared.experiment_file import STATE_MEMBER, ExperimentFileError
from engine.shared.messages import Message

#: Tensor names of the optimizer's state and of the last good weights in the state member.
OPTIMIZER_PREFIX = "optimizer."
LAST_GOOD_PREFIX = "last_good."


def restore_optimizer(optimizer: torch.optim.Optimizer, state: dict, saved: dict,
                      parameters: list, name: str) -> None:
    """Load the optimizer's saved state (``state``'s tensors, ``saved``'s JSON part) into
    ``optimizer``, after checking it belongs to this optimizer and these parameters."""
    per_parameter = _per_parameter_state(state, saved, parameters, name)
    kind = type(optimizer).__name__
    if saved["kind"] != kind:
        raise ExperimentFileError.of("files.optimizer_kind", name=name, saved=saved["kind"],
                                     kind=kind)
    fresh = optimizer.state_dict()["param_groups"]
    groups = saved["param_groups"]
    if len(groups) != len(fresh) or any(g.get("params") != f["params"]
                                        for g, f in zip(groups, fresh)):
        raise ExperimentFileError.of("files.optimizer_misfit", name=name)
    # Settings another torch version added or dropped keep their defaults here, so a file
    # opens across versions; JSON's lists become tuples again (Adam's betas).
    merged = [dict(defaults) for defaults in fresh]
    for group, target in zip(groups, merged):
        for key, like in list(target.items()):
            if key != "params" and key in group and _fits(group[key], like):
                target[key] = tuple(group[key]) if isinstance(like, tuple) else group[key]
    optimizer.load_state_dict({"state": per_parameter, "param_groups": merged})


def _per_parameter_state(state: dict, saved: dict, parameters: list,
                         name: str) -> dict[int, dict]:
    """The optimizer's entries by parameter number: tensors and saved scalars."""
    per_parameter: dict[int, dict] = {}
    for key, tensor in state.items():
        if not key.startswith(OPTIMIZER_PREFIX):
            continue
        number, _, entry = key[len(OPTIMIZER_PREFIX):].partition(".")
        if not (number.isdigit() and int(number) < len(parameters) and entry):
            raise ExperimentFileError.of("files.optimizer_unexpected_tensor", name=name,
                                         key=key)
        parameter = parameters[int(number)]
        # Moment estimates have the parameter's shape; counters such as "step" are scalars.
        if tensor.dim() and tensor.shape != parameter.shape:
            raise ExperimentFileError.of(
                "files.optimizer_tensor_shape", name=name, key=key,
                shape=shape_message(tensor.shape), expected=shape_message(parameter.shape))
        per_parameter.setdefault(int(number), {})[entry] = tensor
    for number, values in saved["scalars"].items():
        if not (number.isdigit() and int(number) < len(parameters)):
            raise ExperimentFileError.of("files.optimizer_unexpected_entry", name=name,
                                         number=number)
        per_parameter.setdefault(int(number), {}).update(values)
    return per_parameter


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


def check_like(loaded: dict, expected: dict, problem: Message) -> None:
    """Same names, shapes and dtypes, or ExperimentFileError naming the first misfit."""
    missing = [k for k in expected if k not in loaded]
    extra = [k for k in loaded if k not in expected]
    if missing:
        raise ExperimentFileError.of("files.tensor_missing", problem=problem, key=missing[0])
    if extra:
        raise ExperimentFileError.of("files.tensor_extra", problem=problem, key=extra[0])
    for key, want in expected.items():
        got = loaded[key]
        if got.shape != want.shape:
            raise ExperimentFileError.of("files.tensor_shape", problem=problem, key=key,
                                         shape=shape_message(got.shape),
                                         expected=shape_message(want.shape))
        if got.dtype != want.dtype:
            raise ExperimentFileError.of("files.tensor_dtype", problem=problem, key=key,
                                         dtype=str(got.dtype), expected=str(want.dtype))


def required(state: dict, key: str, name: str) -> torch.Tensor:
    """``state[key]``, or ExperimentFileError saying the file lacks it."""
    if key not in state:
        raise ExperimentFileError.of("files.state_missing", name=name, key=key,
                                     member=STATE_MEMBER)
    return state[key]
