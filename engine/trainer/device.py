"""Choosing the torch device: auto picks CUDA, then Apple's MPS, then the CPU."""

from __future__ import annotations

import torch

from engine.shared.messages import MessageError

DEVICE_CHOICES = ("auto", "cpu", "cuda", "mps")


class DeviceError(MessageError):
    """A device was asked for that this machine does not have."""


def resolve_device(name: str = "auto") -> torch.device:
    if name not in DEVICE_CHOICES:
        raise DeviceError.of("training.unknown_device", name=name, choices=DEVICE_CHOICES)
    cuda = torch.cuda.is_available()
    mps = getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available()
    if name == "auto":
        return torch.device("cuda" if cuda else "mps" if mps else "cpu")
    if name == "cuda" and not cuda:
        raise DeviceError.of("training.no_cuda")
    if name == "mps" and not mps:
        raise DeviceError.of("training.no_mps")
    return torch.device(name)


def describe_device(device: torch.device) -> str:
    """A short human name: 'cpu', 'cuda (NVIDIA H100)', 'mps'."""
    if device.type == "cuda":
        return f"cuda ({torch.cuda.get_device_name(device)})"
    return device.type
