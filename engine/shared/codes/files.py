"""Message codes: saving, opening and exporting: experiment files, safetensors, exported
models.

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/files.toml.
"""

CODES: dict[str, str] = {
    # Reading and checking an experiment file (engine/shared/experiment_file.py and
    # experiment_json.py): the archive and its members.
    "files.unreadable": "{name} cannot be read: {problem}",
    "files.empty": "{name} is empty: it holds no experiment",
    "files.pickle": (
        "{name} is a Python pickle (for example from torch.save); Deepscope never opens "
        "pickles, because they can run code"),
    "files.not_a_zip": "{name} is not a Deepscope experiment file (not a zip archive)",
    "files.damaged": (
        "{name} is damaged or incomplete ({problem}); was it cut short while copying?"),
    "files.zip_not_experiment": (
        "{name} is a zip archive but not a Deepscope experiment file: it holds none of "
        "{members}"),
    "files.unexpected_entry": (
        "{name} holds an unexpected entry {entry}: a Deepscope experiment file holds only "
        "{members}"),
    "files.member_twice": "{name} holds {member} twice",
    "files.incomplete": "{name} is incomplete: {missing} {n:p|is|are} missing",
    "files.member_too_large": (
        "{name}: {member} claims {size} bytes ({compressed} compressed), more than an "
        "experiment file may hold"),
    "files.member_bomb": (
        "{name}: {member} claims {size:,} bytes from {compressed:,} compressed, more than "
        "{limit} times smaller: a zip bomb, not an experiment file"),
    "files.archive_too_large": (
        "{name}: its members claim {size:,} bytes together, more than an experiment file "
        "may hold ({limit:,})"),
    "files.file_too_large": (
        "{name} is {size:,} bytes, larger than any experiment file ({limit:,} at most)"),
    "files.directory_too_large": (
        "{name}: its zip directory lists {entries} entries in {size:,} bytes; an "
        "experiment file lists three"),
    "files.member_size_lies": (
        "{name}: {member} is not the {size:,} bytes its zip directory declares (the file "
        "is damaged, or was made to mislead)"),
    "files.encrypted": "{name}: {member} is encrypted",
    "files.compression": "{name}: {member} uses a compression Deepscope does not read",
    "files.member_in": "{member} in {name}",
    "files.tensors_mismatch": (
        "{name}: {member} does not hold the tensors {index} lists (the file was damaged "
        "or edited by hand)"),
    # The JSON inside, or a settings-only .json file.
    "files.not_json": "{where} is not valid JSON text: {problem}",
    "files.not_json_object": "{where} must hold a JSON object at its top level",
    "files.not_an_experiment": (
        "{name}: {member} is not a Deepscope experiment (format tag {tag}, expected "
        "{expected})"),
    "files.unknown_version": "{name}: unknown format version {version}",
    "files.newer_version": (
        "{name} was saved by a newer Deepscope (format {version}); this one reads format "
        "{known}. Update Deepscope to open it."),
    "files.bad_step": "{name}: the step {step} is not a whole number ≥ 0",
    "files.bad_demo_or_view": "{name}: 'demo' must be text and 'view' an object",
    "files.experiment_unusable": "{name}: its experiment cannot be used: {problem}",
    "files.index_damaged": "{name}: {member} is damaged: 'tensors.{entry}' is missing or wrong",
    "files.settings_too_large": (
        "{name} is too large to be experiment settings ({size:,} bytes; at most {limit:,})"),
    "files.json_beyond_limits": "{where} cannot be read: {problem}",
    "files.json_number_too_long": (
        "it holds a number written with {length} characters (at most {limit} are read)"),
    "files.json_too_deep": "it nests deeper than {limit} levels",
    # A path that is no regular file (engine/shared/bounded.py), wherever one is read.
    "files.not_regular": (
        "{name} is not an ordinary file but {kind}: Deepscope reads only ordinary files"),
    "files.kind_device": "a device",
    "files.kind_fifo": "a pipe (FIFO)",
    "files.kind_socket": "a socket",
    "files.kind_other": "a special file",
    # A file naming a person's data (engine/shared/experiment_json.py, check_data_path).
    "files.names_data_path": (
        "{name} reads its data from {path}; a file cannot choose which of your files "
        "Deepscope reads. Choose that data in the data panel yourself, then open {name} "
        "again"),
    "files.not_settings": "{name} is not Deepscope settings (format tag {tag})",
    # A safetensors member's header, checked as the safetensors library checks it.
    "files.not_safetensors": "{where} is not a valid safetensors file: {problem}",
    "files.not_safetensors_pickle": (
        "{where} is not a valid safetensors file: {problem}; it is a Python pickle (for "
        "example from torch.save); Deepscope never opens pickles, because they can run "
        "code"),
    "files.safetensors_short": "it is shorter than its 8-byte header length (cut short?)",
    "files.safetensors_header_length": (
        "its header claims {length} bytes but the file has {size} (cut short?)"),
    "files.safetensors_header_too_long": (
        "its header claims {length:,} bytes, more than a header may have ({limit:,})"),
    "files.safetensors_header_beyond": "its header cannot be read: {problem}",
    "files.safetensors_header_not_json": "its header is not JSON",
    "files.safetensors_header_not_object": "its header is not a JSON object",
    "files.safetensors_entry": "the entry of {tensor} is malformed",
    "files.safetensors_dtype": "{tensor} has an unknown dtype {dtype}",
    "files.safetensors_shape": "{tensor} has a malformed shape {shape}",
    "files.safetensors_outside": "{tensor} lies outside the file (cut short?)",
    "files.safetensors_size": "{tensor} holds {size} bytes, not what its shape needs",
    "files.safetensors_gaps": "its tensors overlap or leave gaps",
    "files.safetensors_cover": "its tensors cover {end} of {body} data bytes",
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
    "safetensors.file_too_large": (
        "{file} is {size:,} bytes: more than Deepscope reads as weights ({limit:,})"),
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
    "files.word_curves_malformed": "{name}: its perplexity and word-group curves are malformed",
}
