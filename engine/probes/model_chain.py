"""What the landscape's evaluators need to know of a model: a private copy to evaluate,
whether it is a plain chain of modules, and how wide its widest layer is."""

from __future__ import annotations

import copy

import torch
from torch import nn


def frozen_copy(model: nn.Module) -> nn.Module:
    clone = copy.deepcopy(model).eval()
    return clone.requires_grad_(False)


_CHAINS: dict[tuple, tuple[str, ...] | None] = {}


def module_chain(model: nn.Module) -> list[tuple[str, nn.Module]] | None:
    """The model as a chain of submodules, each feeding the next, or None. Traced once
    per architecture (class and repr), as tracing costs more than a small grid."""
    key = (type(model), repr(model))
    if key not in _CHAINS:
        _CHAINS[key] = _trace_chain(model)
    names = _CHAINS[key]
    return None if names is None else [(n, model.get_submodule(n)) for n in names]


def _trace_chain(model: nn.Module) -> tuple[str, ...] | None:
    try:
        graph = torch.fx.Tracer().trace(model)
    except Exception:  # noqa: BLE001 - any model fx cannot trace takes the vmap path
        return None
    names, previous = [], None
    for node in graph.nodes:
        if node.op == "placeholder" and previous is None:
            previous = node
        elif node.op == "call_module" and node.args == (previous,) and not node.kwargs:
            names.append(node.target)
            previous = node
        elif node.op == "output" and node.args[0] is previous and names:
            return tuple(names)
        else:
            return None
    return None


def widest_layer(model: nn.Module, sample: torch.Tensor) -> int:
    """Values per sample of the model's widest intermediate output (at least the input)."""
    widths = [sample[0].numel()]
    hooks = [m.register_forward_hook(
        lambda _m, _i, out: widths.append(out[0].numel()) if torch.is_tensor(out) else None)
        for m in model.modules()]
    try:
        with torch.no_grad():
            model(sample)
    finally:
        for hook in hooks:
            hook.remove()
    return max(widths)
