"""Reading an experiment file (``.deepscope``) without torch: the ZIP archive, its
members and their safetensors headers (the layout is engine.shared.file_format's; the
JSON inside, engine.shared.experiment_json's).

Nothing is ever unpickled: a shared file must not be able to run code. This module reads
only JSON and safetensors headers and imports no torch, so the window checks a file first.

A ``.json`` file opens as settings only (step 0, fresh weights from the seed): its top
level is an Experiment's dict, or an object with an ``"experiment"`` entry (a demo file).
"""

from __future__ import annotations

import math
import os
import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from engine.shared.bounded import FileRefused, open_regular, parse_json, read_at_most
from engine.shared.experiment_json import check_document, read_settings_only
from engine.shared.experiment_json import parse_json as parse_document
from engine.shared.file_format import (
    DTYPE_SIZES,
    EXPERIMENT_MEMBER,
    FORMAT,
    MAX_FILE_BYTES,
    MAX_HEADER_BYTES,
    MAX_JSON_BYTES,
    MAX_TENSOR_BYTES,
    MEMBERS,
    MODEL_MEMBER,
    STATE_MEMBER,
    SUFFIX,
    VERSION,
    ExperimentFileError,
    SavedArchive,
    SavedExperiment,
    TensorIndex,
    is_count,
    looks_like_pickle,
)
from engine.shared.messages import Message, message
from engine.shared.zip_limits import check_directory, check_sizes, read_member

# The layout's names are read from here by the window, the trainer and the tests.
__all__ = [
    "SUFFIX", "FORMAT", "VERSION", "EXPERIMENT_MEMBER", "MODEL_MEMBER", "STATE_MEMBER",
    "MEMBERS", "MAX_JSON_BYTES", "MAX_TENSOR_BYTES", "ExperimentFileError", "SavedExperiment",
    "SavedArchive", "TensorIndex", "looks_like_pickle", "read_saved", "read_archive",
    "safetensors_index",
]


def read_saved(path: str | Path) -> SavedExperiment:
    """Check the file at ``path`` completely (except building the model) and describe it.

    Raises ExperimentFileError for anything that is not a file this Deepscope can open.
    """
    return read_archive(path).saved


def read_archive(path: str | Path) -> SavedArchive:
    """Everything in the file at ``path``, checked; ExperimentFileError if refused. Its
    experiment's data path is the file's word only: engine.shared.experiment_json's
    check_data_path decides whether it may be read."""
    path = Path(path)
    name = path.name
    try:
        handle = open_regular(path)
    except FileRefused as exc:
        raise ExperimentFileError(exc.message) from None
    except OSError as exc:
        raise ExperimentFileError.of("files.unreadable", name=name,
                                     problem=exc.strerror or str(exc)) from None
    with handle:
        members = _read_file(handle, path)
    if isinstance(members, SavedArchive):
        return members
    return _check_archive(path, members)


def _read_file(handle: BinaryIO, path: Path) -> SavedArchive | dict[str, bytes]:
    """A settings-only file's archive, or the members of a zip."""
    name = path.name
    try:
        head = handle.read(8)
        is_zip = head.startswith((b"PK\x03\x04", b"PK\x05\x06"))
        if head and not looks_like_pickle(head) and not is_zip \
                and path.suffix.lower() == ".json":
            handle.seek(0)
            return read_settings_only(path, read_at_most(handle, MAX_JSON_BYTES, (
                lambda size: ExperimentFileError.of("files.settings_too_large", name=name,
                                                    size=size, limit=MAX_JSON_BYTES))))
        size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        raise ExperimentFileError.of("files.unreadable", name=name,
                                     problem=exc.strerror or str(exc)) from None
    if not head:
        raise ExperimentFileError.of("files.empty", name=name)
    if looks_like_pickle(head):
        raise ExperimentFileError.of("files.pickle", name=name)
    if not is_zip:
        raise ExperimentFileError.of("files.not_a_zip", name=name)
    if size > MAX_FILE_BYTES:
        raise ExperimentFileError.of("files.file_too_large", name=name, size=size,
                                     limit=MAX_FILE_BYTES)
    try:
        check_directory(handle, size, name)
        with zipfile.ZipFile(handle) as archive:
            return _read_members(archive, name)
    except ExperimentFileError:
        raise
    # zipfile reports damage with many types (bad offsets, CRC, cut-off data).
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, struct.error,
            NotImplementedError, RuntimeError, UnicodeDecodeError) as exc:
        raise ExperimentFileError.of("files.damaged", name=name, problem=str(exc)) from None


def _read_members(archive: zipfile.ZipFile, name: str) -> dict[str, bytes]:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    listed = ", ".join(MEMBERS)
    if any(n.endswith(".pkl") for n in names):
        raise ExperimentFileError.of("files.pickle", name=name)
    if not set(names) & set(MEMBERS):
        raise ExperimentFileError.of("files.zip_not_experiment", name=name, members=listed)
    for member in names:
        if member not in MEMBERS:
            raise ExperimentFileError.of("files.unexpected_entry", name=name,
                                         entry=repr(member), members=listed)
        if names.count(member) > 1:
            raise ExperimentFileError.of("files.member_twice", name=name, member=member)
    missing = [m for m in MEMBERS if m not in names]
    if missing:
        raise ExperimentFileError.of("files.incomplete", name=name, n=len(missing),
                                     missing=", ".join(missing))
    check_sizes(infos, name)
    return {info.filename: read_member(archive, info, name) for info in infos}


def _check_archive(path: Path, members: dict[str, bytes]) -> SavedArchive:
    name = path.name
    doc = parse_document(members[EXPERIMENT_MEMBER], _member_in(EXPERIMENT_MEMBER, name))
    saved, index = check_document(doc, path)
    for member, key in ((MODEL_MEMBER, "model"), (STATE_MEMBER, "state")):
        listed = safetensors_index(members[member], _member_in(member, name))
        if listed != index[key]:
            raise ExperimentFileError.of("files.tensors_mismatch", name=name, member=member,
                                         index=EXPERIMENT_MEMBER)
    return SavedArchive(saved, index, members[MODEL_MEMBER], members[STATE_MEMBER])


def _member_in(member: str, name: str) -> Message:
    return message("files.member_in", member=member, name=name)


def safetensors_index(data: bytes, where: str | Message) -> TensorIndex:
    """name -> {"dtype", "shape"} of a safetensors blob, checked the way the safetensors
    library checks it (so loading it later cannot fail on the layout)."""
    def fail(code: str, **params):
        outer = ("files.not_safetensors_pickle" if looks_like_pickle(data)
                 else "files.not_safetensors")
        raise ExperimentFileError.of(outer, where=where, problem=message(code, **params))

    if len(data) < 8:
        fail("files.safetensors_short")
    (length,) = struct.unpack("<Q", data[:8])
    if length > MAX_HEADER_BYTES:
        fail("files.safetensors_header_too_long", length=length, limit=MAX_HEADER_BYTES)
    if length > len(data) - 8:
        fail("files.safetensors_header_length", length=length, size=len(data) - 8)
    try:
        header = parse_json(data[8:8 + length])
    except FileRefused as exc:
        fail("files.safetensors_header_beyond", problem=exc.message)
    except (UnicodeDecodeError, ValueError):
        fail("files.safetensors_header_not_json")
    if not isinstance(header, dict):
        fail("files.safetensors_header_not_object")
    header.pop("__metadata__", None)
    body = len(data) - 8 - length
    index: TensorIndex = {}
    spans = []
    for tensor, entry in header.items():
        if not isinstance(entry, dict) or set(entry) != {"dtype", "shape", "data_offsets"}:
            fail("files.safetensors_entry", tensor=repr(tensor))
        dtype, shape, offsets = entry["dtype"], entry["shape"], entry["data_offsets"]
        if dtype not in DTYPE_SIZES:
            fail("files.safetensors_dtype", tensor=repr(tensor), dtype=repr(dtype))
        if not (isinstance(shape, list) and all(is_count(d) for d in shape)):
            fail("files.safetensors_shape", tensor=repr(tensor), shape=repr(shape))
        if not (isinstance(offsets, list) and len(offsets) == 2
                and all(is_count(o) for o in offsets) and offsets[0] <= offsets[1] <= body):
            fail("files.safetensors_outside", tensor=repr(tensor))
        if offsets[1] - offsets[0] != math.prod(shape) * DTYPE_SIZES[dtype]:
            fail("files.safetensors_size", tensor=repr(tensor), size=offsets[1] - offsets[0])
        index[tensor] = {"dtype": dtype, "shape": shape}
        spans.append(offsets)
    end = 0
    for begin, stop in sorted(spans):
        if begin != end:
            fail("files.safetensors_gaps")
        end = stop
    if end != body:
        fail("files.safetensors_cover", end=end, body=body)
    return index
