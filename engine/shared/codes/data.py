"""Message codes: data that cannot be made or read: generated sets, CSV, IDX, image
folders, text (engine/data).

Each code maps to its English template (see engine/shared/messages.py for the
template syntax); its Korean lives in resources/i18n/messages_ko/data.toml.
"""

CODES: dict[str, str] = {
    # Settings every dataset reads (engine/data/dataset.py, points.py, images.py...).
    "data.unknown_dataset": "unknown dataset {dataset}: choose one of {choices}",
    "data.not_whole": "{name} must be a whole number, not {value}",
    "data.out_of_range": "{name} {number} is out of range: allowed {limit}",
    "data.range_between": "from {low} to {high:,}",
    "data.range_at_least": "at least {low}",
    "data.name_points": "number of points",
    "data.name_images": "number of images",
    "data.name_sequences": "number of sequences",
    "data.name_seed": "seed",
    "data.name_seq_length": "sequence length",
    "data.name_classes": "number of classes",
    "data.noise_range": "noise {noise} must be between 0 and 1",
    "data.train_ratio_range": "train ratio {ratio} must be between 0 and 1",
    # A refusal of a file at one of its lines (DataFileError.line), and a list of pieces.
    "data.at_line": "line {line}: {problem}",
    "data.list": "{first}; {rest}",
    # Generated 2-D points and a person's own (engine/data/points.py).
    "points.too_few_classes": "{classes} classes requested: classification needs at least 2",
    "points.not_three_numbers": (
        "custom point {number} {point}: expected three numbers (x1, x2, label)"),
    "points.not_finite": "custom point {number} {point}: not a finite number",
    "points.bad_label": (
        "custom point {number} has label {label:g}: use a class number from 0 to {last}"),
    # Labels withheld from image data (engine/data/images.py).
    "images.labels_not_whole": "labelled examples must be a whole number, not {value}",
    "images.labels_negative": "labelled examples {keep} must not be negative (0 keeps all)",
    "images.labels_too_few": (
        "{keep} labelled examples cannot show all {classes} classes: keep at least "
        "{classes}, or 0 for all"),
    # The bundled digits and the generated shapes (engine/data/digits.py, shapes.py).
    "digits.unreadable": (
        "the bundled digits ({file}) cannot be read: {problem}; reinstall Deepscope or run "
        "tools/make_digits.py"),
    "digits.bad_shape": "the bundled digits have an unexpected shape {shape}",
    "shapes.classes_range": "{classes} shape classes requested: choose 2 to {most}",
    # Augmentation of image batches (engine/data/augment.py).
    "augment.not_a_list": "augmentation must be a list of names, not {value}",
    "augment.unknown": "unknown augmentation {name}: use any of {choices}",
    "augment.strength_not_number": "augmentation strength must be a number, not {value}",
    "augment.strength_range": "augmentation strength {strength:g} must be between 0 and 1",
    # Sequence data (engine/data/sequence_data.py).
    "sequences.too_many_values": (
        "{count:,} sequences of {length} steps are too many numbers: at most {limit:,} in "
        "all; choose fewer or shorter sequences"),
    # A person's CSV of points (engine/data/csv_points.py); most come at a line.
    "csv.unknown_problem": "unknown problem {problem}: use 'classification' or 'regression'",
    "csv.column_count": "expected 3 columns ({columns}) separated by {separator}, got {count}",
    "csv.by_spaces": "spaces",
    "csv.by_tabs": "tabs",
    "csv.by_char": "'{char}'",
    "csv.too_many_rows": "more than {limit:,} data rows: Deepscope reads at most {limit:,} points",
    "csv.no_rows": (
        "no data rows: the file holds no points (x1, x2, {column}) after its header and "
        "comments"),
    "csv.empty_field": "column {column} is empty",
    "csv.not_finite": "'{field}' in column {column} is not a finite number",
    "csv.not_a_number": "'{field}' in column {column} is not a number",
    "csv.too_large": "'{field}' in column {column} is too large",
    "csv.label_not_class": (
        "label '{field}' is not a class number: use 0, 1, 2, ... (at most {classes} classes)"),
    "csv.label_too_large": (
        "label {label} is too large: at most {classes} classes, numbered 0 to {last}"),
    "csv.is_folder": "{path} is a folder, not a CSV file",
    "csv.file_too_large": "{name} is too large for a points file (more than {mib} MiB)",
    "csv.not_found": "file not found: {path}",
    "csv.permission_denied": "cannot read {path}: permission denied",
    "csv.cannot_read": "cannot read {path}: {problem}",
    "csv.bad_utf16": "{name} is not readable UTF-16 text",
    "csv.spreadsheet": (
        "{name} looks like a spreadsheet or zip archive, not CSV text: export it as CSV first"),
    "csv.binary": "{name} looks like a binary file, not CSV text",
    "csv.not_utf8": "{name} is not UTF-8 text (byte 0x{byte:02x}): save it as UTF-8 CSV",
    # A person's MNIST-format files (engine/data/idx.py).
    "idx.too_short": "{name} is not an IDX file: it is only {size} bytes long",
    "idx.bad_start": (
        "{name} is not an IDX {kind} file: it starts with bytes {start} instead of "
        "00 00 08 0{dims}"),
    "idx.kind_images": "images",
    "idx.kind_labels": "labels",
    "idx.wrong_type": (
        "{name} stores {type}: only IDX files of unsigned bytes (type 0x08, as MNIST) can "
        "be read"),
    "idx.type_unsigned_bytes": "unsigned bytes",
    "idx.type_signed_bytes": "signed bytes",
    "idx.type_int16": "16-bit integers",
    "idx.type_int32": "32-bit integers",
    "idx.type_float32": "32-bit floats",
    "idx.type_float64": "64-bit floats",
    "idx.wrong_dims": (
        "{name} is {other} (magic 0x{magic:08X}), expected IDX {kind} (magic "
        "0x{expected:08X})"),
    "idx.other_labels": "a labels file",
    "idx.other_images": "an images file",
    "idx.other_dims": "{dims}-dimensional",
    "idx.truncated_header": "{name} is truncated: it ends inside its header",
    "idx.truncated": (
        "{name} is truncated: its header promises {shape} values ({expected:,} bytes) but "
        "the file holds {size:,} bytes"),
    "idx.extra_bytes": "{name} has {extra:,} bytes after the {shape} values its header announces",
    "idx.not_found": "{name} was not found in {folder}",
    "idx.is_folder": "{path} is a folder, not an IDX file",
    "idx.cannot_read": "{name} cannot be read: {problem}",
    "idx.too_big": "{name} holds more than {mb} MB: too much for the playground",
    "idx.is_labels_file": (
        "{name} is a labels file: open the images file beside it (the same name with "
        "\"images\")"),
    "idx.name_without_images": (
        "{name}: the images file's name must contain \"images\" so its labels file (same "
        "name with \"labels\") can be found"),
    "idx.no_labels_file": "no labels file for {name}: expected {expected} in the same folder",
    "idx.no_examples": "{name} holds no examples",
    "idx.too_many_classes": (
        "{name} has labels up to {top}: at most {classes} classes (0 to {last}) fit"),
    "idx.one_class": "{name} has only class {label}: a classifier needs at least two classes",
    "idx.count_mismatch": (
        "{labels_name} has {labels:,} labels but {name} has {images:,} images: they must "
        "be of the same set"),
    "idx.too_many_images": "{name} holds {count:,} images: at most {limit:,} fit",
    "idx.images_too_large": (
        "{name} has images of {height}×{width} pixels: at most {side}×{side} (they are "
        "resampled to 28×28)"),
    "idx.no_file": "no IDX file chosen: open an images file (…-images-idx3-ubyte)",
    # A person's folder of class sub-folders (engine/data/image_folder.py).
    "image_folder.not_a_folder": (
        "{folder} is not a folder: choose a folder with one sub-folder of images per class"),
    "image_folder.cannot_read": "{name} cannot be read: {problem}",
    "image_folder.no_subfolders": (
        "{name} has no sub-folders: put the images of each class in a sub-folder named "
        "after the class"),
    "image_folder.too_many_classes": (
        "{name} has {count} sub-folders: at most {limit} classes fit"),
    "image_folder.empty_class": (
        "{name}: the class folder {folder!r} holds no images ({suffixes}): add some or "
        "remove it"),
    "image_folder.one_class": (
        "{name} has only the class {label!r}: a classifier needs at least two sub-folders "
        "of images"),
    "image_folder.too_many_files": "{name} holds {count:,} images: at most {limit:,} fit",
    "image_folder.file_too_large": "larger than {mb} MB",
    "image_folder.broken_file": "{file} ({problem})",
    "image_folder.broken": (
        "{name}: {count} file(s) cannot be read as images: {files}. Delete or replace them "
        "and open the folder again"),
    "image_folder.broken_more": (
        "{name}: {count} file(s) cannot be read as images: {files} and {more} more. Delete "
        "or replace them and open the folder again"),
    "image_folder.no_folder": (
        "no image folder chosen: open a folder with one sub-folder per class"),
    # A person's text for a character model (engine/data/text.py).
    "text.no_file": "Choose a text file (.txt) to train on.",
    "text.too_large": (
        "{name} is {mb:.1f} MB: text files up to {limit} MB can be read. Use a part of it."),
    "text.is_folder": "{name} is a folder, not a text file.",
    "text.cannot_read": "{name} cannot be read: {problem}.",
    "text.binary": (
        "{name} is a binary file (it contains zero bytes), not text. Choose a plain .txt "
        "file."),
    "text.too_short": (
        "{name} holds {count} characters: a character model needs at least {least} to "
        "learn from."),
    "text.bad_utf16": "{name} starts like UTF-16 text but byte {position} does not decode.",
    "text.not_utf8": (
        "{name} is not UTF-8 text: byte 0x{byte:02x} at position {position} (line {line}) "
        "does not decode. Save the file as UTF-8 (most editors offer it under 'Save as' or "
        "'Encoding')."),
    "text.shorter_than_window": (
        "the text is shorter than one sequence of {length} characters plus one: choose "
        "shorter sequences"),
    "text.too_short_to_split": (
        "the text ({count:,} characters) is too short to split into training and test "
        "sequences of {length} characters: choose shorter sequences"),
    # Words for a word model (engine/data/word_corpus.py, engine/data/word_text.py).
    "words.unknown_language": (
        "no generated word corpus in the language '{language}': choose one of {known}"),
    "words.empty": "{name} holds no words: choose a text file with sentences in it",
    "words.one_word": (
        "{name} holds only the word '{word}': a word model needs different words to tell "
        "apart"),
    "words.too_few": (
        "{name} holds {count} words: a word model needs at least {least} to learn from"),
    "words.one_sentence": (
        "{name} is one sentence: end sentences with a full stop or put them on lines of "
        "their own, so some can be held out to test on"),
    "words.bad_split": (
        "the training share of the sentences is {ratio}: choose a share between 0 and 1"),
    "data.name_sentences": "number of sentences",
    "data.name_scenes": "number of scenes",
    # Translation (engine/data/translation_data.py).
    "translation.empty_sentence": "type an English sentence to translate",
    "translation.too_long": (
        "the sentence has {n} words: the encoder reads at most {most}"),
    "translation.unknown_words": (
        "{n} word(s) the translator never saw, read as <unk>: {words}"),
}
