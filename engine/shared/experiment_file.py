"""Experiment files (``.deepscope``): their layout, and checking one without torch.

A file is a ZIP archive of exactly three members: ``experiment.json`` (format tag and
version, the Experiment, step, demo, the window's view choices, and an index of the tensor
files: names, dtypes, shapes, the optimizer's numbers and param_groups, batch cursor,
history counters); ``model.safetensors`` (the model's state_dict, buffers included); and
``state.safetensors`` (optimizer tensors, random states, batch order, last good weights,
history): what continuing bit-identically needs. engine.trainer.checkpoint writes and loads them.

Nothing is ever unpickled: a shared file must not be able to run code. This module reads
only JSON and safetensors headers and imports no torch, so the window checks a file first.

A ``.json`` file opens as settings only (step 0, fresh weights from the seed): its top
level is an Experiment's dict, or an object with an ``"experiment"`` entry (a demo file).
"""

from __future__ import annotations

import dataclasses
import json
import math
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.messages import MessageError

SUFFIX = ".deepscope"
FORMAT = "deepscope-experiment"
VERSION = 1
EXPERIMENT_MEMBER, MODEL_MEMBER, STATE_MEMBER = (
    "experiment.json", "model.safetensors", "state.safetensors")
MEMBERS = (EXPERIMENT_MEMBER, MODEL_MEMBER, STATE_MEMBER)
#: Limits that keep a hostile archive from filling memory (a "zip bomb"): no playground
#: model comes near them.
MAX_JSON_BYTES = 16 << 20
MAX_TENSOR_BYTES = 1 << 30
#: Deflate cannot compress better than about 1032:1; a member claiming more is lying.
MAX_COMPRESSION_RATIO = 1100
#: safetensors' own limit on the size of a header.
MAX_HEADER_BYTES = 100_000_000
#: Bytes per element of each safetensors dtype.
DTYPE_SIZES = {"BOOL": 1, "U8": 1, "I8": 1, "F8_E4M3": 1, "F8_E5M2": 1, "I16": 2, "U16": 2,
               "F16": 2, "BF16": 2, "I32": 4, "U32": 4, "F32": 4, "I64": 8, "U64": 8, "F64": 8}
PICKLE_MESSAGE = ("{0} is a Python pickle (for example from torch.save); Deepscope never "
                  "opens pickles, because they can run code")

#: A tensor as a header lists it: name -> {"dtype": "F32", "shape": [4, 2]}.
TensorIndex = dict[str, dict[str, Any]]


class ExperimentFileError(MessageError):
    """A file that cannot be opened, with a message naming the file and the problem."""


@dataclass(frozen=True)
class SavedExperiment:
    path: Path
    experiment: Experiment
    step: int
    demo: str | None
    view: dict
    version: int
    #: False for a settings-only ``.json`` file: the run starts from the seed.
    has_weights: bool = True


@dataclass(frozen=True)
class SavedArchive:
    """Everything read from a file: what engine.trainer.checkpoint turns into a run."""
    saved: SavedExperiment
    #: experiment.json's "tensors" entry (empty for a settings-only file).
    index: dict
    model: bytes = b""
    state: bytes = b""


def read_saved(path: str | Path) -> SavedExperiment:
    """Check the file at ``path`` completely (except building the model) and describe it.

    Raises ExperimentFileError for anything that is not a file this Deepscope can open.
    """
    return read_archive(path).saved


def read_archive(path: str | Path) -> SavedArchive:
    path = Path(path)
    name = path.name
    try:
        with open(path, "rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise ExperimentFileError(f"{name} cannot be read: {exc.strerror or exc}") from None
    if not head:
        raise ExperimentFileError(f"{name} is empty: it holds no experiment")
    if looks_like_pickle(head):
        raise ExperimentFileError(PICKLE_MESSAGE.format(name))
    is_zip = head.startswith((b"PK\x03\x04", b"PK\x05\x06"))
    if path.suffix.lower() == ".json" and not is_zip:
        return _read_settings_only(path)
    if not is_zip:
        raise ExperimentFileError(
            f"{name} is not a Deepscope experiment file (not a zip archive)")
    try:
        with zipfile.ZipFile(path) as archive:
            members = _read_members(archive, name)
    except ExperimentFileError:
        raise
    # zipfile reports damage with many types (bad offsets, CRC, cut-off data).
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error,
            NotImplementedError, RuntimeError, UnicodeDecodeError) as exc:
        raise ExperimentFileError(
            f"{name} is damaged or incomplete ({exc}); was it cut short while copying?"
        ) from None
    return _check_archive(path, members)


def looks_like_pickle(data: bytes) -> bool:
    """A pickle of protocol 2 or later (what torch.save and pickle.dumps write)."""
    return len(data) >= 2 and data[0] == 0x80 and 2 <= data[1] <= 5


def _read_members(archive: zipfile.ZipFile, name: str) -> dict[str, bytes]:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if any(n.endswith(".pkl") for n in names):
        raise ExperimentFileError(PICKLE_MESSAGE.format(name))
    if not set(names) & set(MEMBERS):
        raise ExperimentFileError(f"{name} is a zip archive but not a Deepscope experiment "
                                  f"file: it holds none of {', '.join(MEMBERS)}")
    for member in names:
        if member not in MEMBERS:
            raise ExperimentFileError(
                f"{name} holds an unexpected entry {member!r}: a Deepscope experiment file "
                f"holds only {', '.join(MEMBERS)}")
        if names.count(member) > 1:
            raise ExperimentFileError(f"{name} holds {member} twice")
    missing = [m for m in MEMBERS if m not in names]
    if missing:
        verb = "is" if len(missing) == 1 else "are"
        raise ExperimentFileError(f"{name} is incomplete: {', '.join(missing)} {verb} missing")
    members = {}
    for info in infos:
        limit = MAX_JSON_BYTES if info.filename == EXPERIMENT_MEMBER else MAX_TENSOR_BYTES
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limit or ratio > MAX_COMPRESSION_RATIO:
            raise ExperimentFileError(
                f"{name}: {info.filename} claims {info.file_size} bytes "
                f"({info.compress_size} compressed), more than an experiment file may hold")
        if info.flag_bits & 0x1:
            raise ExperimentFileError(f"{name}: {info.filename} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ExperimentFileError(
                f"{name}: {info.filename} uses a compression Deepscope does not read")
        # zipfile stops at file_size and checks the CRC: a lying size cannot blow up.
        members[info.filename] = archive.read(info)
    return members


def _check_archive(path: Path, members: dict[str, bytes]) -> SavedArchive:
    name = path.name
    doc = _parse_json(members[EXPERIMENT_MEMBER], f"{EXPERIMENT_MEMBER} in {name}")
    if doc.get("format") != FORMAT:
        raise ExperimentFileError(
            f"{name}: {EXPERIMENT_MEMBER} is not a Deepscope experiment (format tag "
            f"{doc.get('format')!r}, expected {FORMAT!r})")
    version = doc.get("version")
    if not _is_count(version) or version < 1:
        raise ExperimentFileError(f"{name}: unknown format version {version!r}")
    if version > VERSION:
        raise ExperimentFileError(
            f"{name} was saved by a newer Deepscope (format {version}); this one reads "
            f"format {VERSION}. Update Deepscope to open it.")
    experiment = _experiment(doc.get("experiment"), name)
    step, demo, view = doc.get("step"), doc.get("demo"), doc.get("view", {})
    if not _is_count(step):
        raise ExperimentFileError(f"{name}: the step {step!r} is not a whole number ≥ 0")
    if not (demo is None or isinstance(demo, str)) or not isinstance(view, dict):
        raise ExperimentFileError(f"{name}: 'demo' must be text and 'view' an object")
    index = doc.get("tensors")
    _check_index(index, name)
    for member, key in ((MODEL_MEMBER, "model"), (STATE_MEMBER, "state")):
        listed = safetensors_index(members[member], f"{member} in {name}")
        if listed != index[key]:
            raise ExperimentFileError(
                f"{name}: {member} does not hold the tensors {EXPERIMENT_MEMBER} lists "
                "(the file was damaged or edited by hand)")
    saved = SavedExperiment(path, experiment, step, demo, view, version)
    return SavedArchive(saved, index, members[MODEL_MEMBER], members[STATE_MEMBER])


def _read_settings_only(path: Path) -> SavedArchive:
    name = path.name
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise ExperimentFileError(f"{name} is too large to be experiment settings")
        raw = path.read_bytes()
    except OSError as exc:
        raise ExperimentFileError(f"{name} cannot be read: {exc.strerror or exc}") from None
    doc = _parse_json(raw, name)
    if "format" in doc and doc["format"] != FORMAT:
        raise ExperimentFileError(
            f"{name} is not Deepscope settings (format tag {doc['format']!r})")
    settings = doc["experiment"] if "experiment" in doc else doc
    experiment = _experiment(settings, name)
    demo = doc.get("id") if "experiment" in doc and isinstance(doc.get("id"), str) else None
    view = doc.get("view") if isinstance(doc.get("view"), dict) else {}
    if isinstance(doc.get("landscape"), dict):  # a demo file's landscape settings
        view = {**view, "landscape": doc["landscape"]}
    saved = SavedExperiment(path, experiment, 0, demo, view, VERSION, has_weights=False)
    return SavedArchive(saved, {})


def _parse_json(raw: bytes, where: str) -> dict:
    if looks_like_pickle(raw):
        raise ExperimentFileError(PICKLE_MESSAGE.format(where))
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ExperimentFileError(f"{where} is not valid JSON text: {exc}") from None
    if not isinstance(doc, dict):
        raise ExperimentFileError(f"{where} must hold a JSON object at its top level")
    return doc


def _experiment(raw: Any, name: str) -> Experiment:
    try:
        experiment = Experiment.from_dict(raw)
        _check_types(experiment)
        return experiment.validate()
    except (ExperimentError, TypeError, ValueError) as exc:
        raise ExperimentFileError(f"{name}: its experiment cannot be used: {exc}") from None


def _check_types(experiment: Experiment) -> None:
    """Each setting has its default's type (from_dict takes JSON values as they come)."""
    for section in ("data", "network", "training"):
        values = getattr(experiment, section)
        defaults = type(values)()
        for f in dataclasses.fields(values):
            value, default = getattr(values, f.name), getattr(defaults, f.name)
            if f.name == "layers":  # checked by stack_from_list
                continue
            if f.name == "custom_points":
                ok = isinstance(value, tuple) and all(
                    isinstance(p, tuple) and len(p) == 3 and all(map(_is_number, p))
                    for p in value)
            elif isinstance(default, tuple):
                ok = isinstance(value, tuple) and all(_same_type(v, default[0])
                                                      for v in value if default)
            else:
                ok = _same_type(value, default)
            if not ok:
                raise ExperimentError(f"setting '{section}.{f.name}' has the wrong type: "
                                      f"{value!r} (like {default!r} expected)")


def _same_type(value: Any, default: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, float):
        return _is_number(value)
    return isinstance(value, type(default))


def _is_number(value: Any) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value))


def _is_count(value: Any) -> bool:
    """A whole number ≥ 0 (JSON true/false are not numbers here)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _check_index(index: Any, name: str) -> None:
    """The "tensors" entry has the shape engine.trainer.checkpoint relies on."""
    def fail(what: str):
        raise ExperimentFileError(
            f"{name}: {EXPERIMENT_MEMBER} is damaged: 'tensors.{what}' is missing or wrong")

    if not isinstance(index, dict):
        fail("")
    for key in ("model", "state"):
        if not isinstance(index.get(key), dict):
            fail(key)
    optimizer = index.get("optimizer")
    if not isinstance(optimizer, dict):
        fail("optimizer")
    groups, scalars = optimizer.get("param_groups"), optimizer.get("scalars")
    if not (isinstance(groups, list) and all(isinstance(g, dict) for g in groups)):
        fail("optimizer.param_groups")
    if not (isinstance(scalars, dict) and all(
            isinstance(values, dict) and all(v is None or isinstance(v, int | float)
                                             for v in values.values())
            for values in scalars.values())):
        fail("optimizer.scalars")
    if not isinstance(optimizer.get("kind"), str):
        fail("optimizer.kind")
    for key in ("batch_cursor", "last_good_step"):
        if not _is_count(index.get(key)):
            fail(key)
    history = index.get("history")
    if not (isinstance(history, dict) and _is_count(history.get("calls"))
            and _is_count(history.get("stride")) and history["stride"] >= 1):
        fail("history")


def safetensors_index(data: bytes, where: str) -> TensorIndex:
    """name -> {"dtype", "shape"} of a safetensors blob, checked the way the safetensors
    library checks it (so loading it later cannot fail on the layout)."""
    def fail(problem: str):
        hint = ("; " + PICKLE_MESSAGE.format("it")) if looks_like_pickle(data) else ""
        raise ExperimentFileError(f"{where} is not a valid safetensors file: {problem}{hint}")

    if len(data) < 8:
        fail("it is shorter than its 8-byte header length (cut short?)")
    (length,) = struct.unpack("<Q", data[:8])
    if length > min(len(data) - 8, MAX_HEADER_BYTES):
        fail(f"its header claims {length} bytes but the file has {len(data) - 8} (cut short?)")
    try:
        header = json.loads(data[8:8 + length].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        fail("its header is not JSON")
    if not isinstance(header, dict):
        fail("its header is not a JSON object")
    header.pop("__metadata__", None)
    body = len(data) - 8 - length
    index: TensorIndex = {}
    spans = []
    for tensor, entry in header.items():
        if not isinstance(entry, dict) or set(entry) != {"dtype", "shape", "data_offsets"}:
            fail(f"the entry of {tensor!r} is malformed")
        dtype, shape, offsets = entry["dtype"], entry["shape"], entry["data_offsets"]
        if dtype not in DTYPE_SIZES:
            fail(f"{tensor!r} has an unknown dtype {dtype!r}")
        if not (isinstance(shape, list) and all(_is_count(d) for d in shape)):
            fail(f"{tensor!r} has a malformed shape {shape!r}")
        if not (isinstance(offsets, list) and len(offsets) == 2
                and all(_is_count(o) for o in offsets) and offsets[0] <= offsets[1] <= body):
            fail(f"{tensor!r} lies outside the file (cut short?)")
        if offsets[1] - offsets[0] != math.prod(shape) * DTYPE_SIZES[dtype]:
            fail(f"{tensor!r} holds {offsets[1] - offsets[0]} bytes, not what its shape needs")
        index[tensor] = {"dtype": dtype, "shape": shape}
        spans.append(offsets)
    end = 0
    for begin, stop in sorted(spans):
        if begin != end:
            fail("its tensors overlap or leave gaps")
        end = stop
    if end != body:
        fail(f"its tensors cover {end} of {body} data bytes")
    return index
