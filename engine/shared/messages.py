"""Messages as codes: what the engine tells a person, as a code plus parameters.

The engine never speaks prose to the window. A problem (a setting out of range, a file
that cannot be read, a run that diverged) is a ``Message``: a code listed in ``CODES``
with the English template it renders to, and the values to fill in. The window renders
it through Qt's translation (gui/messages.py, Korean included); the command line and the
JSON report render the English here. Control flow compares codes, never text.

Templates use ``str.format`` fields by name, with two additions of ``render``:
``{n:p|layer|layers}`` picks the singular when ``n`` is 1 (a plural word), and a
parameter that is itself a Message renders in place (a run's name before its problem).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

#: Every code the engine may report, with its English template. Grouped by the floor
#: that reports it; a code is a stable name (files, tests and translations use it).
CODES: dict[str, str] = {
    # -- training --------------------------------------------------------------------
    "training.diverged": (
        "Training diverged at step {bad_step}: the loss became infinite or NaN with "
        "learning rate {learning_rate:g}. Restored the weights of step {good_step} and "
        "paused. Lower the learning rate, then press play."),
    "training.no_points": (
        "There are no training points: pick a dataset or click on the plot to add points."),
    # The device a run trains on (engine/trainer/device.py).
    "training.unknown_device": "unknown device {name!r}: use one of {choices}",
    "training.no_cuda": "CUDA was asked for but no CUDA GPU is available here",
    "training.no_mps": "MPS was asked for but Apple's Metal backend is not available here",
    # Names the experiment's checks let through only when valid: the model builders' own.
    "training.unknown_optimizer": "unknown optimizer {name!r}",
    "training.unknown_activation": "unknown activation {name!r}",
    # A weight typed into the perceptron view (TrainingSession.set_weight).
    "training.weights_perceptron_only": (
        "Weights can be typed in only for a perceptron the network panel draws; this "
        "network was assembled in the layer builder."),
    "training.no_layer_to_edit": "there is no layer {layer} to edit",
    "training.no_weight_at": "layer {layer} has no weight at ({row}, {col})",
    "training.weight_not_finite": "a weight must be a finite number, not {value}",
    # Layer-wise pre-training's phase, shown beside a run (a comparison's run status).
    "training.pretraining_layer": "pre-training layer {layer} of {layers}",
    "training.pretraining_layer_error": (
        "pre-training layer {layer} of {layers}: reconstruction error {error:.3f}"),
    # A comparison's run that diverged sits out (engine/trainer/compare_runs.py).
    "training.run_diverged": (
        "run {index} ({label}) diverged at step {bad_step}; its weights of step "
        "{good_step} are kept and it sits out"),
    # An error raised by a library, not by the engine (torch, numpy, the system): all
    # there is to show is its own text.
    "error.foreign": "{text}",
    # -- settings ----------------------------------------------------------------------
    # -- data ----------------------------------------------------------------------------
    # -- layer stacks --------------------------------------------------------------------
    # -- files -----------------------------------------------------------------------------
    # Save, open and export as the window hears of them (engine/trainer/file_actions.py).
    "files.saved": "Saved {name} at step {step}.",
    "files.could_not_save": "Could not save {path}: {problem}",
    "files.opened": "Opened {name} at step {step}.",
    "files.could_not_read": "Could not read {path}: {problem}",
    "files.exported": "Exported {what}: {names}.",
    "files.could_not_export": "Could not export the model: {problem}",
    "files.untrained_design": "the untrained design",
    "files.model_at_step": "the model at step {step}",
    # Saving and continuing a run (engine/trainer/checkpoint.py).
    "files.cannot_save": "cannot save {name}: {problem}",
    "files.could_not_load": "{name} could not be loaded: {problem}",
    "files.device_fallback": (
        "{problem}; this run continues on {device} instead, so it may not repeat the "
        "saved run exactly."),
    "files.in_file": "{name}: {problem}",
    "files.batch_order_misfit": (
        "{name}: its batch order does not fit the data ({n} training points)"),
    "files.history_malformed": "{name}: its loss history is malformed",
    "files.pretraining_missing": "{name}: its pre-training state is missing",
    "files.pretraining_malformed": "its pre-training state is malformed",
    "files.pretraining_misfit": "its pre-training state does not fit its settings",
    "files.pretraining_order_misfit": "its pre-training batch order does not fit the data",
    "files.pretraining_unexpected_tensor": "unexpected pre-training tensor {key!r}",
    "files.optimizer_unexpected_tensor": "{name}: unexpected optimizer tensor {key!r}",
    "files.optimizer_tensor_shape": (
        "{name}: optimizer tensor {key} is {shape}, expected {expected}"),
    "files.optimizer_unexpected_entry": "{name}: unexpected optimizer entry {number!r}",
    "files.optimizer_kind": (
        "{name}: its optimizer state is {saved}'s, but its experiment asks for {kind}"),
    "files.optimizer_misfit": "{name}: its optimizer state does not fit the model",
    "files.state_missing": "{name}: {key} is missing from {member}",
    "files.weights_misfit": "the weights in {name} do not match its layer stack",
    "files.last_good_misfit": "the last good weights in {name} do not match",
    "files.tensor_missing": "{problem}: {key} is missing",
    "files.tensor_extra": "{problem}: {key} is not part of it",
    "files.tensor_shape": "{problem}: {key} is {shape}, expected {expected}",
    "files.tensor_dtype": "{problem}: {key} holds {dtype}, expected {expected}",
    # A tensor's shape as a parameter: "3×4", or a scalar's words.
    "files.shape": "{dims}",
    "files.shape_scalar": "a single number",
    "files.shape_missing": "missing",
    # The weights of a file read for the loss landscape (engine/models/saved_weights.py).
    "files.settings_only": "{name} holds settings only, no weights",
    "files.weights_unreadable": "the weights in {name} cannot be read: {problem}",
    "files.other_network": (
        "{name} holds another network than the one training: {key} is {shape}, expected "
        "{expected}"),
    # Exporting a layer stack (engine/models/export.py, export_source.py, stack.py).
    "export.what_python": "the PyTorch script",
    "export.what_torchscript": "TorchScript",
    "export.what_onnx": "ONNX",
    "export.no_folder": "Cannot export {what}: the folder {folder} does not exist.",
    "export.folder_not_writable": "Cannot write in {folder} ({problem}): choose another folder.",
    "export.failed": "Could not export {what}: {problem}",
    "export.cannot_write": (
        "Could not write {path} ({problem}): choose another name or folder."),
    "export.script_suffix": "A PyTorch script's name must end in .py, not {name!r}.",
    "export.unknown_format": "Unknown export format {format!r}: use one of {formats}.",
    "export.bad_value": "Cannot write the value {value} into PyTorch source.",
    "export.unsupported_layer": "Cannot write a {kind} layer as PyTorch source yet.",
    "export.not_a_stack": "Only a layer-stack model can be exported, not {kind}.",
    # safetensors files read and written by hand (engine/models/safetensors_io.py).
    "safetensors.big_endian": (
        "safetensors files can only be read and written on a little-endian machine here"),
    "safetensors.metadata_not_strings": "safetensors metadata must map strings to strings",
    "safetensors.bad_name": "cannot store a tensor named {name} in safetensors",
    "safetensors.bad_dtype": "{name}: safetensors here cannot hold dtype {dtype}",
    "safetensors.too_short": "{file} is not a safetensors file: it is only {size} bytes",
    "safetensors.header_too_long": (
        "{file} is not a safetensors file: its header length {header} does not fit in "
        "its {size} bytes"),
    "safetensors.header_not_json": (
        "{file} is not a safetensors file: its header is not JSON ({problem})"),
    "safetensors.header_not_object": (
        "{file} is not a safetensors file: its header is not an object"),
    "safetensors.entry_not_object": "{file}: tensor {name!r} is not described by an object",
    "safetensors.unknown_dtype": (
        "{file}: tensor {name!r} has an unknown dtype {dtype} (known: {known})"),
    "safetensors.bad_shape": "{file}: tensor {name!r} has a malformed shape {shape}",
    "safetensors.bad_offsets": "{file}: tensor {name!r} has malformed data_offsets {offsets}",
    "safetensors.outside_data": (
        "{file}: tensor {name!r} lies outside the file's {size} data bytes "
        "({begin}..{end})"),
    "safetensors.wrong_size": (
        "{file}: tensor {name!r} of shape {shape} needs {expected} bytes but has {size}"),
    # -- probes ----------------------------------------------------------------------------
    "landscape.path_too_short": (
        "Not enough of the path recorded yet for {directions} directions: using random "
        "ones until then."),
    "landscape.no_line_between_files": (
        "No line between the two files: {problem}. Showing random directions."),
    # -- comparisons ---------------------------------------------------------------------
}

@dataclass(frozen=True)
class Message:
    """A code from ``CODES`` and its parameters, frozen and hashable (a Snapshot holds it).
    Parameter values are plain data (str, int, float, bool, None, tuples of them) or
    Messages: they pickle without code and render in any language."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise KeyError(f"unknown message code {self.code!r}")

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.params)

    def english(self) -> str:
        return render(CODES[self.code], self.values, Message.english)

    def __str__(self) -> str:
        return self.english()


def message(code: str, **params: Any) -> Message:
    """``message("training.diverged", bad_step=120, ...)``: the usual way to make one."""
    return Message(code, tuple(sorted(params.items())))


class MessageError(ValueError):
    """An error the engine raises for bad input, carrying its Message. ``str()`` is the
    English text, so logs and the command line read as before."""

    def __init__(self, msg: Message | str) -> None:
        if isinstance(msg, str):  # TRANSITIONAL (issue 14): goes when every raise has a code
            msg = message("error.foreign", text=msg)
        super().__init__(msg.english())
        self.message = msg

    @classmethod
    def of(cls, code: str, **params: Any):
        return cls(message(code, **params))


def message_of(exc: BaseException) -> Message | None:
    """The Message an engine error carries, or None for a foreign exception."""
    return exc.message if isinstance(exc, MessageError) else None


def error_message(exc: BaseException) -> Message:
    """The Message of an engine error; a foreign one's own text as "error.foreign"."""
    return message_of(exc) or message("error.foreign", text=str(exc))


class _Formatter(string.Formatter):
    def __init__(self, nested) -> None:
        super().__init__()
        self.nested = nested

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("p|"):
            one, _, other = format_spec[2:].partition("|")
            return one if value == 1 else other
        if isinstance(value, Message):
            return self.nested(value)
        return super().format_field(value, format_spec)


def render(template: str, values: dict[str, Any], nested=None) -> str:
    """``template`` (English, or its translation) filled with ``values``; a Message among
    them is rendered by ``nested`` (the window passes its own translating renderer)."""
    return _Formatter(nested or Message.english).format(template, **values)


def fields(template: str) -> set[str]:
    """The parameter names a template uses (a test checks that a translation keeps them)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
