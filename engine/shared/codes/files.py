"""Message codes: saving, opening and exporting: experiment files, safetensors, exported
models.

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/files.toml.
"""

CODES: dict[str, str] = {
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
    # The random numbers of augmented batches (engine/trainer/augment.py).
    "files.augment_malformed": "{name}: its augmentation state is malformed",
    # An export format this machine cannot write (engine/shared/layers/export_options.py).
    "export.onnx_missing": (
        "ONNX export needs the optional {names} {n:p|package|packages}: "
        "pip install deepscope[onnx]"),
}
