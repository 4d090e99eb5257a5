"""The limits an experiment file's zip archive is read within (engine.shared.file_format
names them): its directory's size, each member's and all members' declared sizes and
compression, checked before anything is inflated; then each member read to at most its
declared size, so a directory that lies cannot make a read larger than it said.
"""

from __future__ import annotations

import struct
import zipfile
from typing import BinaryIO

from engine.shared.file_format import (
    COMPRESSION_CHECKED_FROM,
    EXPERIMENT_MEMBER,
    MAX_ARCHIVE_BYTES,
    MAX_COMPRESSION_RATIO,
    MAX_DIRECTORY_BYTES,
    MAX_ENTRIES,
    MAX_JSON_BYTES,
    MAX_TENSOR_BYTES,
    ExperimentFileError,
)

#: The end-of-central-directory record: its signature, then (after the disk numbers) the
#: entries in all, the directory's size and offset, and the comment's length.
_END_SIGNATURE = b"PK\x05\x06"
_END = struct.Struct("<4s4H2LH")
#: A record is at the very end, after a comment of at most 65,535 bytes.
_END_SEARCH = _END.size + 0xFFFF


def check_directory(handle: BinaryIO, size: int, name: str) -> None:
    """Refuse a zip whose directory lists more entries or bytes than an experiment file
    has, before zipfile reads it (it reads the whole directory, and an object per entry,
    into memory). Zip64 (for more than 65,535 entries or 4 GB) is refused the same way:
    no experiment file needs it. A zip without the record is left to zipfile to refuse."""
    start = max(0, size - _END_SEARCH)
    handle.seek(start)
    tail = handle.read(size - start)
    at = tail.rfind(_END_SIGNATURE)
    if at < 0 or len(tail) - at < _END.size:
        return
    _, _, _, _, entries, directory, _, _ = _END.unpack_from(tail, at)
    if entries > MAX_ENTRIES or directory > MAX_DIRECTORY_BYTES:
        raise ExperimentFileError.of("files.directory_too_large", name=name,
                                     entries=entries, size=directory, limit=MAX_ENTRIES)


def check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Each member's declared size, their total and their compression, from the
    directory alone: nothing has been read yet."""
    for info in infos:
        limit = MAX_JSON_BYTES if info.filename == EXPERIMENT_MEMBER else MAX_TENSOR_BYTES
        if info.file_size > limit:
            raise ExperimentFileError.of("files.member_too_large", name=name,
                                         member=info.filename, size=info.file_size,
                                         compressed=info.compress_size)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > COMPRESSION_CHECKED_FROM and ratio > MAX_COMPRESSION_RATIO:
            raise ExperimentFileError.of("files.member_bomb", name=name,
                                         member=info.filename, size=info.file_size,
                                         compressed=info.compress_size,
                                         limit=MAX_COMPRESSION_RATIO)
        if info.flag_bits & 0x1:
            raise ExperimentFileError.of("files.encrypted", name=name, member=info.filename)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ExperimentFileError.of("files.compression", name=name,
                                         member=info.filename)
    total = sum(info.file_size for info in infos)
    if total > MAX_ARCHIVE_BYTES:
        raise ExperimentFileError.of("files.archive_too_large", name=name, size=total,
                                     limit=MAX_ARCHIVE_BYTES)


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """The member's bytes: at most one byte more than its declared size is ever read,
    and that byte arriving refuses it (zipfile stops at the declared size and checks the
    CRC there; this holds even if it did not)."""
    with archive.open(info) as member:
        data = member.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise ExperimentFileError.of("files.member_size_lies", name=name,
                                     member=info.filename, size=info.file_size)
    return data
