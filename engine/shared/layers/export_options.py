"""The export formats a person can pick, and whether each can run here (torch-free).

The window builds its Export menu from this module without loading torch (or onnx): it
only asks importlib whether the optional packages are installed. The exporters themselves
live in engine.models.export.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

from engine.shared.messages import Message, message


@dataclass(frozen=True)
class FormatOption:
    #: What the file dialog proposes, with its dot: ".py".
    suffix: str
    #: How the menu names it (English; the window translates it).
    label: str
    #: One sentence on what a person gets.
    description: str


FORMAT_OPTIONS: dict[str, FormatOption] = {
    "python": FormatOption(
        ".py", "PyTorch script (.py + .safetensors)",
        "A standalone PyTorch file that rebuilds the network, with its weights beside it."),
    "torchscript": FormatOption(
        ".pt", "TorchScript (.pt)",
        "One file that torch.jit.load runs without any Python source."),
    "onnx": FormatOption(
        ".onnx", "ONNX (.onnx)",
        "For ONNX Runtime and other frameworks; the batch size is left free."),
}

#: What torch.onnx.export needs in torch 2.13: its TorchScript-based exporter
#: (dynamo=False), which export_onnx uses, needs only `onnx`. Its newer exporter
#: (dynamo=True) also needs `onnxscript`; export_onnx falls back to it when installed.
ONNX_PACKAGES = ("onnx",)


def installed(package: str) -> bool:
    """Whether ``package`` can be imported here (without importing it)."""
    # Looked up through the module each call, so that tests can patch find_spec.
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):  # a broken install, or a stub in sys.modules
        return False


def onnx_unavailable_reason() -> Message | None:
    """None when ONNX export can run here, else a sentence saying what to install."""
    missing = [name for name in ONNX_PACKAGES if not installed(name)]
    if not missing:
        return None
    return message("export.onnx_missing", names=", ".join(f"'{name}'" for name in missing),
                   n=len(missing))


def unavailable_reason(format_name: str) -> Message | None:
    """None when ``format_name`` can be exported here, else why not (for a greyed item)."""
    if format_name == "onnx":
        return onnx_unavailable_reason()
    if format_name in FORMAT_OPTIONS:
        return None
    return message("export.unknown_format", format=format_name,
                   formats=", ".join(FORMAT_OPTIONS))
