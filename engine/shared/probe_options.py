"""What a probe's options may be: the checks the probe registry runs on what a view sent
(SetProbeOptions) before the probe reads it. Torch-free, so the window and the trainer
share them.

A check is ``check(name, value) -> value``: the value as the probe reads it (a whole
number clamped to its range, a choice), or ``ProbeError`` with the code that says what is
wrong. Checks know nothing of the run: an option that depends on it (a layer the network
no longer has, an image past the test split) is the probe's to settle.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import numpy as np

from engine.shared.messages import Message, MessageError

#: ``check(option name, value) -> the value as the probe reads it``.
Check = Callable[[str, Any], Any]


class ProbeError(MessageError):
    """A probe that cannot apply to the run, or an option it cannot read: the view shows
    the message in place of its picture."""


def _refuse(code: str, name: str, value: Any, label: Message | None = None):
    raise ProbeError.of(code, name=label or name, value=repr(value))


def anything(name: str, value: Any) -> Any:
    """An option the probe reads as it comes (a drawn image: the probe checks its size)."""
    return value


def whole(code: str, *, low: int | None = None, high: int | None = None,
          least: int | None = None, floats: bool = False, optional: bool = False) -> Check:
    """A whole number (True is not one), clamped to [low, high]; below ``least`` it is
    refused. ``floats``: 2.0 counts as 2. ``optional``: None means "the probe decides"."""
    def check(name: str, value: Any) -> int | None:
        if value is None and optional:
            return None
        if floats and isinstance(value, float) and value.is_integer():
            value = int(value)
        if (isinstance(value, bool) or not isinstance(value, int | np.integer)
                or (least is not None and value < least)):
            _refuse(code, name, value)
        value = int(value)
        value = value if low is None else max(low, value)
        return value if high is None else min(value, high)
    return check


def integer(code: str) -> Check:
    """Anything ``int()`` reads (3, 3.7, "3"), as the backprop inspector's point index."""
    def check(name: str, value: Any) -> int:
        try:
            return int(value)
        except (TypeError, ValueError):
            _refuse(code, name, value)
    return check


def number(low: float, high: float, *, whole_only: bool = False,
           label: Message | None = None) -> Check:
    """A finite number clamped to [low, high] (a whole one with ``whole_only``); ``label``
    names the option in the message."""
    def check(name: str, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float | np.integer
                                                     | np.floating):
            _refuse("probe.not_a_number", name, value, label)
        value = float(value)
        if not math.isfinite(value) or (whole_only and not value.is_integer()):
            code = "probe.not_whole_number" if whole_only else "probe.not_finite_number"
            _refuse(code, name, value, label)
        return min(max(value, low), high)
    return check


def one_of(choices: tuple[str, ...], code: str) -> Check:
    def check(name: str, value: Any) -> str:
        if value not in choices:
            raise ProbeError.of(code, name=name, value=repr(value), choices=", ".join(choices))
        return value
    return check


def text(code: str) -> Check:
    def check(name: str, value: Any) -> str:
        if not isinstance(value, str):
            _refuse(code, name, value)
        return value
    return check


def unit_pair(code: str) -> Check:
    """Two unit numbers, or "pca"; None: the probe picks what reads best."""
    def check(name: str, value: Any) -> tuple[int, int] | str | None:
        if value is None or value == "pca":
            return value
        try:
            i, j = (int(u) for u in value)
        except (TypeError, ValueError):
            _refuse(code, name, value)
        return (i, j)
    return check


#: Sides a person's picture may have before the probe resizes it (the window reads files
#: of at most 1024 px a side; a bigger array is a sender's bug, not a picture).
MAX_PICTURE_SIDE = 4096


def picture(code: str) -> Check:
    """None, or an image array a person drew or opened: (H, W) grey or (H, W, 1, 3 or 4)
    channels, uint8, each side 1 .. MAX_PICTURE_SIDE. The probe fits it to its encoder."""
    def check(name: str, value: Any) -> np.ndarray | None:
        if value is None:
            return None
        ok = (isinstance(value, np.ndarray) and value.dtype == np.uint8
              and value.ndim in (2, 3) and (value.ndim == 2 or value.shape[2] in (1, 3, 4))
              and all(1 <= side <= MAX_PICTURE_SIDE for side in value.shape[:2]))
        if not ok:
            raise ProbeError.of(code, name=name, value=_describe(value),
                                most=MAX_PICTURE_SIDE)
        return value
    return check


def _describe(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return f"{value.dtype} array {'x'.join(str(n) for n in value.shape)}"
    return type(value).__name__
