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
    "training.unknown_command": "unknown command {command}",
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
    # The registry's option checks (engine/shared/probe_options.py).
    "probe.unknown_option": "The {probe} probe has no option '{option}'.",
    "probe.option_not_whole": "'{name}' must be a whole number, not {value}",
    "probe.not_a_number": "The {name} must be a number, not {value}.",
    "probe.not_whole_number": "The {name} must be a whole number, not {value}.",
    "probe.not_finite_number": "The {name} must be a finite number, not {value}.",
    # What the ConvNet and recurrent probes call their views in a refusal.
    "probe.feature_map_view": "feature-map",
    "probe.filters_view": "filters",
    "probe.pooling_view": "pooling",
    "probe.confusion_view": "confusion",
    "probe.hidden_state_trace": "hidden-state trace",
    "probe.gradient_time_view": "gradient-through-time view",
    "warp.not_points": (
        "The hidden-space view bends the plane of 2-D points; these data are images. Pick "
        "a dataset of points to see it."),
    "warp.not_a_perceptron": (
        "The hidden-space view draws the perceptron of the network panel; this network "
        "was assembled in the layer builder."),
    "warp.no_hidden_layer": (
        "The hidden-space view needs at least one hidden layer: add one in the network "
        "panel."),
    "warp.no_such_layer": "hidden layer {value} does not exist: layers count from 1",
    "warp.bad_units": "units must be two unit numbers or 'pca', not {value}",
    "warp.same_units": "Pick two different units for the two axes of the hidden space.",
    "backprop.not_a_perceptron": (
        "The backprop inspector works on the perceptron drawn in the Network tab; this "
        "network was assembled in the layer builder."),
    "backprop.leaky_relu_slope": "the backprop inspector knows leaky ReLU with slope 0.01 only",
    "backprop.approximate_gelu": "the backprop inspector knows the exact (erf) GELU only",
    "backprop.unknown_module": "the backprop inspector does not know the activation {module}",
    "backprop.unknown_activation": "unknown activation {name}",
    "backprop.no_points": (
        "There are no training points to inspect: pick a dataset or click on the plot to "
        "add points."),
    "backprop.point_not_a_number": "the training point must be a number, not {value}",
    "backprop.no_such_point": "there is no training point {index}: pick one of 0 to {last}",
    "conv.not_images": (
        "The {what} view follows images through a network; these data are 2-D points. "
        "Pick an image dataset (the digits)."),
    "conv.not_an_image_stack": (
        "The {what} view needs a network built in the layer builder that reads images (a "
        "ConvNet); this is the perceptron of the Network tab. Build a stack with a Conv2d "
        "layer in the Layers tab."),
    "conv.needs_classes": "The {what} view needs classes; this run is a regression.",
    "filters.no_convolutions": (
        "The filters view shows the kernels of convolution layers; this network has none. "
        "Add a Conv2d layer in the Layers tab."),
    "feature_maps.bad_scaling": "colour scaling must be one of {choices}, not {value}",
    "feature_maps.no_test_images": (
        "There are no test images to show: raise the test share of the data, or draw an "
        "image."),
    "feature_maps.index_not_whole": "the test image must be a whole number, not {value}",
    "pooling.no_test_images": (
        "There are no test images to shift: raise the test share of the data."),
    "pooling.not_whole_pixels": "'{name}' must be a whole number of pixels, not {value}",
    "recurrent.not_sequences": (
        "The {what} reads sequences; these data are not a sequence or text dataset. Pick "
        "one (counting brackets, delayed recall, a noisy sine, text)."),
    "recurrent.no_recurrent_layer": (
        "The {what} needs a recurrent layer (RNN, LSTM or GRU) in the network."),
    "recurrent.one_output_per_sequence": (
        "This task has a target at every step, but the network gives one output per "
        "sequence: remove the Last step layer."),
    "recurrent.lstm_projections": (
        "An LSTM with projections (proj_size) cannot be unrolled here."),
    "rnn_states.no_test_sequences": (
        "There are no test sequences to show: raise the test share of the data, or type "
        "some text."),
    "rnn_states.example_not_whole": "The test sequence must be a whole number, not {value}.",
    "rnn_states.text_needs_characters": (
        "Typed text needs a model that reads characters; this one reads series of numbers."),
    "rnn_states.text_not_a_string": "Typed text must be a string, not {value}.",
    "rnn_states.no_known_characters": (
        "None of the typed characters are in the model's vocabulary: type text like its "
        "training data."),
    "rnn_states.text_cut": "Only the first {limit} characters of the text are read.",
    "rnn_states.unknown_characters": "Left out characters the model has never seen: {shown}",
    "rnn_states.bidirectional": (
        "The {mode} in row {row} reads both ways; only its forward direction is shown."),
    "rnn_states.residual": "Recurrent layers inside a residual block are not traced.",
    "gradient_time.no_test_sequences": (
        "There are no test sequences to measure: raise the test share of the data."),
    "gradient_time.examples_not_whole": (
        "The number of sequences must be a whole number, not {value}."),
    "sample.not_a_character_model": (
        "Sampling needs a character model: text data with a next-character target."),
    "sample.needs_recurrent": (
        "Sampling needs a recurrent layer (RNN, LSTM or GRU) in the network."),
    "sample.bidirectional": (
        "Sampling writes left to right; a bidirectional recurrent layer reads the text "
        "from its end too."),
    "sample.residual_state": (
        "Sampling cannot carry the state of a recurrent layer inside a residual block."),
    "sample.whole_sequence_layer": (
        "Sampling writes one character at a time; the {layer} layer reads the whole "
        "sequence at once (remove it to sample)."),
    "sample.prompt_not_text": "The prompt must be text, not {value}.",
    "sample.temperature": "temperature",
    "sample.length": "length",
    "sample.seed": "seed",
    "landscape.unknown_method": "unknown method {method}: use one of {methods}",
    "landscape.not_shaped_like_parameters": "{name} is not shaped like the model's parameters",
    "landscape.not_a_chain": (
        "this model is not a chain of Linear/Conv2d layers and weightless modules; use "
        "method='vmap'"),
    "landscape.vmap_disagrees": "vmap does not reproduce this model's output",
    "landscape.vector_size": "vector has {values} values; the parameters have {parameters}",
    "landscape.unknown_norm": "unknown normalisation {norm}: use one of {norms}",
    "landscape.unknown_bias_mode": "unknown bias mode {bias}: use one of {modes}",
    "landscape.short_trajectory": (
        "a trajectory needs at least three recorded points, as (n, D)"),
    "landscape.flat_trajectory": "the trajectory does not span two directions (it is a line)",
    "curvature.no_data": "no data to measure the curvature on",
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
