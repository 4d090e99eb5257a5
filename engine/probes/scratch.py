"""Scratch memory for the landscape's batched evaluations: intermediates that live for
one call, kept per thread between calls and between grids."""

from __future__ import annotations

import math
import threading

import torch

_THREAD = threading.local()


def scratch_pool() -> dict:
    """This thread's buffers for intermediates that live for one call, shared by every
    plan and scorer: fresh multi-megabyte tensors cost page faults on every call
    (measured: a 2-4x slower MLP grid), and a new grid reusing the last one's memory
    saves ~1.5 ms of its ~20 on the playground MLP. Nothing may be kept in them between
    calls; per thread, so two threads never share one."""
    pool = getattr(_THREAD, "pool", None)
    if pool is None:
        pool = _THREAD.pool = {}
    return pool


def scratch(owner: str, shape: tuple[int, ...], like: torch.Tensor, views: dict
            ) -> torch.Tensor:
    """A tensor of ``shape`` (like ``like``'s dtype and device) for ``owner`` from the
    scratch pool; ``views`` caches the caller's views of it."""
    key = (owner, shape, like.dtype, like.device)
    view = views.get(key)
    if view is not None:
        return view  # (if the pool's tensor was replaced since, still a valid tensor)
    pool, where, size = scratch_pool(), (owner, like.dtype, like.device), math.prod(shape)
    if where not in pool or pool[where].numel() < size:
        pool[where] = torch.empty(size, dtype=like.dtype, device=like.device)
    view = views[key] = pool[where][:size].view(shape)
    return view
