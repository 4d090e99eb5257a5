"""Take a built layer stack out of Deepscope: PyTorch source + safetensors, TorchScript, ONNX.

Every exporter writes into a hidden folder beside the target and renames the finished
files over it, so a failure never leaves a half-written file; every failure is an
ExportError whose message says what to do. Pass a model no thread is training (a copy).
The menu's names, suffixes and "can this run here" live torch-free in export_options;
the PyTorch script's text is written by export_source.

A run's export is given its ExportIO (export_io): then every format reads a person's raw
input and gives what the app shows, the preprocessing inside it, and carries the sentences
that say so (the script's docstrings, TorchScript's extra file ``deepscope.txt``, ONNX's
doc_string and metadata). Without one it is a design's: the network's own input, raw scores.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import torch

from engine.models.export_io import ExportIO, description, design_io, network_output
from engine.models.export_source import python_source
from engine.models.export_wrap import wrap
from engine.models.safetensors_io import write_safetensors
from engine.models.stack import StackModel, example_input, require_stack_model
from engine.shared.layers.errors import ExportError
from engine.shared.layers.export_options import FORMAT_OPTIONS, installed, onnx_unavailable_reason
from engine.shared.messages import Message, error_message, message

#: ONNX opset: 18 is what both of torch's exporters write well and ONNX Runtime >= 1.14 runs.
ONNX_OPSET = 18


class ExportFormat(NamedTuple):
    function: Callable[[StackModel, Path, ExportIO | None], list[Path]]
    suffix: str
    label: str


# -- writing safely ---------------------------------------------------------------------
@contextmanager
def _staged(what: Message, *targets: Path) -> Iterator[list[Path]]:
    """Temp paths with the targets' names in a hidden folder beside them (same names, so
    files that name each other stay right); renamed over the targets only if the block
    succeeds. Any failure inside becomes an ExportError about ``what``."""
    folder = targets[0].parent
    if not folder.is_dir():
        raise ExportError.of("export.no_folder", what=what, folder=str(folder))
    try:
        staging = Path(tempfile.mkdtemp(prefix=".deepscope-export-", dir=folder))
    except OSError as exc:
        raise ExportError.of("export.folder_not_writable", folder=str(folder),
                             problem=exc.strerror or str(exc)) from exc
    try:
        temps = [staging / target.name for target in targets]
        try:
            yield temps
        except ExportError:
            raise
        except Exception as exc:
            raise ExportError.of("export.failed", what=what, problem=error_message(exc)) from exc
        try:
            for temp, target in zip(temps, targets, strict=True):
                os.replace(temp, target)
        except OSError as exc:
            raise ExportError.of("export.cannot_write", path=str(exc.filename or targets[0]),
                                 problem=exc.strerror or str(exc)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _frozen_copy(model: StackModel) -> StackModel:
    """An eval-mode copy on the CPU: exporting must not flip the live model's mode or
    touch it, and an export runs anywhere."""
    require_stack_model(model)
    return copy.deepcopy(model).eval().cpu()


def _program(model: StackModel, io: ExportIO | None) -> tuple[torch.nn.Module, ExportIO]:
    """What TorchScript and ONNX write: a frozen copy of ``model`` inside ``io``'s
    preprocessing and output function, and the io (a design's when None)."""
    frozen = _frozen_copy(model)
    io = io or design_io(frozen)
    return wrap(frozen, io).eval(), io


def _notes(model: StackModel, io: ExportIO) -> dict[str, str]:
    """The notes an export file carries beside its program: what goes in and out, and the
    vocabulary and class names where the data have them (JSON lists)."""
    notes = {"deepscope.txt": description(io, network_output(model).dims)}
    if io.vocabulary:
        notes["vocabulary.json"] = json.dumps(list(io.vocabulary), ensure_ascii=False)
    if io.classes:
        notes["classes.json"] = json.dumps(list(io.classes), ensure_ascii=False)
    return notes


@contextmanager
def _quiet_torchscript() -> Iterator[None]:
    # torch 2.13 deprecates torch.jit (and the ONNX exporter built on it) with a warning on
    # every call; they still work, and a person exporting cannot act on it. Others pass.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", r"`torch\.jit\.\w+` is deprecated", DeprecationWarning)
        warnings.filterwarnings("ignore", "You are using the legacy TorchScript-based ONNX",
                                DeprecationWarning)
        warnings.filterwarnings("ignore", "The feature will be removed", DeprecationWarning,
                                r"torch\.onnx\.")
        # Warns that a recurrent layer may not run at another batch size when exported
        # with initial states; ours pass none, and the tests run a different batch size.
        warnings.filterwarnings("ignore", "Exporting a model to ONNX with a batch_size other",
                                UserWarning)
        # nn.RNN's own input checks, seen by the tracer: they hold for any input that fits.
        warnings.filterwarnings("ignore", category=torch.jit.TracerWarning,
                                module=r"torch\.nn\.modules\.rnn")
        yield


# -- PyTorch source + safetensors -------------------------------------------------------
def export_python(model: StackModel, path: Path, io: ExportIO | None = None) -> list[Path]:
    """Write the standalone script ``path`` (.py) and its weights beside it (.safetensors)."""
    path = Path(path)
    if path.suffix != ".py":
        raise ExportError.of("export.script_suffix", name=path.name)
    weights = path.with_suffix(".safetensors")
    source = python_source(model, io)
    with _staged(message("export.what_python"), path, weights) as (source_temp, weights_temp):
        compile(source, str(path), "exec")  # a generator bug must not reach the disk
        source_temp.write_text(source, encoding="utf-8")
        write_safetensors(weights_temp, model.state_dict(),
                          metadata={"format": "pt", "exported_by": "Deepscope"})
    return [path, weights]


# -- TorchScript and ONNX ---------------------------------------------------------------
def _example(io: ExportIO) -> torch.Tensor:
    # Batch 2, not 1: exporters may treat a size of 1 as a constant to broadcast.
    return example_input(io.raw, 2, generator=torch.Generator().manual_seed(0))


def export_torchscript(model: StackModel, path: Path, io: ExportIO | None = None
                       ) -> list[Path]:
    """Write ``path`` (.pt): the eval-mode model as TorchScript, for torch.jit.load; its
    notes are extra files (torch.jit.load(path, _extra_files={"deepscope.txt": ""}))."""
    path, (frozen, io) = Path(path), _program(model, io)
    with _staged(message("export.what_torchscript"), path) as (temp,), _quiet_torchscript():
        try:
            program = torch.jit.script(frozen)
        except Exception:
            # Scripting compiles the Python source and refuses some of it; a trace records
            # the operations an example takes, the same program for these branch-free layers.
            program = torch.jit.trace(frozen, _example(io))
        torch.jit.save(program, str(temp), _extra_files=_notes(model, io))
    return [path]


def _annotate_onnx(path: Path, notes: dict[str, str]) -> None:
    """Write the notes into the ONNX file: the description as its doc_string, every note
    as metadata (what ONNX Runtime's session.get_modelmeta() shows)."""
    import onnx

    proto = onnx.load(str(path))
    proto.doc_string = notes["deepscope.txt"]
    names = {"deepscope.txt": "description", "vocabulary.json": "vocabulary",
             "classes.json": "classes"}
    onnx.helper.set_model_props(proto, {names[name]: text for name, text in notes.items()})
    onnx.save(proto, str(path))


def export_onnx(model: StackModel, path: Path, io: ExportIO | None = None) -> list[Path]:
    """Write ``path`` (.onnx): input "input", output "output", the batch axis free."""
    reason = onnx_unavailable_reason()
    if reason:
        raise ExportError(reason)
    path, (frozen, io) = Path(path), _program(model, io)
    example = _example(io)
    names = {"input_names": ["input"], "output_names": ["output"], "opset_version": ONNX_OPSET}
    with _staged(message("export.what_onnx"), path) as (temp,), _quiet_torchscript():
        try:
            # The TorchScript-based exporter: needs only `onnx`, and is quick.
            torch.onnx.export(frozen, (example,), str(temp), dynamo=False, **names,
                              dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}})
        except Exception:
            # A torch without it (it is deprecated) still has the torch.export-based one,
            # which needs `onnxscript` too.
            if not installed("onnxscript"):
                raise
            torch.onnx.export(frozen, (example,), str(temp), dynamo=True, **names,
                              dynamic_shapes=({0: torch.export.Dim("batch", min=1)},),
                              external_data=False, verbose=False)
        _annotate_onnx(temp, _notes(model, io))
    return [path]


FORMATS: dict[str, ExportFormat] = {
    name: ExportFormat(function, FORMAT_OPTIONS[name].suffix, FORMAT_OPTIONS[name].label)
    for name, function in (("python", export_python), ("torchscript", export_torchscript),
                           ("onnx", export_onnx))
}


def export(model: StackModel, path: Path, format: str, io: ExportIO | None = None
           ) -> list[Path]:
    """Export ``model`` to ``path`` in ``format`` (a key of FORMATS); the files written.
    ``io``: a run's input and output (export_io.run_io); None for a design."""
    if format not in FORMATS:
        raise ExportError.of("export.unknown_format", format=format, formats=", ".join(FORMATS))
    return FORMATS[format].function(model, Path(path), io)
