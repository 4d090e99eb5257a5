"""Reading what a person (or a stranger's file) hands over, within limits: only regular
files, never more bytes than the caller allows, and JSON whose numbers and nesting stay
in proportion.

A path may name a device (``/dev/zero`` never ends), a FIFO (opening one waits for a
writer that may never come) or a socket; a file's size may change between looking and
reading. So a file is opened without blocking, checked to be a regular file *after* it
is open (the open file is what is read, whatever the path names by then), and read at
most one byte past the limit: more than the limit arriving is refused however the file
came by it. Torch-free and numpy-free: the window, engine.data and the trainer use it.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from engine.shared.messages import Message, MessageError, message

#: Characters of one JSON number: a 64-bit integer has 20, a float Python writes at most
#: 24. A longer one is no setting (and Python refuses to convert an integer of more than
#: 4,300 digits, with an error of its own).
MAX_NUMBER_CHARS = 100
#: Levels of JSON nesting: an experiment file reaches about 10, and a layer stack two
#: more per residual block (they nest at most 16 deep, engine.shared.layers.infer).
MAX_JSON_DEPTH = 100


class FileRefused(MessageError):
    """A path that is not a regular file, or JSON beyond the limits; callers re-raise its
    message as their own kind of error."""


def _kind(mode: int) -> Message:
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return message("files.kind_device")
    if stat.S_ISFIFO(mode):
        return message("files.kind_fifo")
    if stat.S_ISSOCK(mode):
        return message("files.kind_socket")
    return message("files.kind_other")


def open_regular(path: str | Path) -> BinaryIO:
    """``path`` opened for reading in binary; FileRefused when it is not a regular file,
    IsADirectoryError for a folder, OSError when it cannot be opened."""
    path = Path(path)
    # O_NONBLOCK: a FIFO opens at once instead of waiting for a writer (it is refused
    # below); on a regular file it changes nothing.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise FileRefused.of("files.not_regular", name=path.name or str(path),
                                 kind=_kind(mode))
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def read_at_most(handle: BinaryIO, limit: int, too_large: Callable[[int], MessageError]
                 ) -> bytes:
    """The rest of ``handle``, refused with ``too_large(size)`` when it holds more than
    ``limit`` bytes: told by its size before reading, or by more arriving than that."""
    size = os.fstat(handle.fileno()).st_size - handle.tell()
    if size > limit:
        raise too_large(size)
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise too_large(len(data))
    return data


def read_bounded(path: str | Path, limit: int,
                 too_large: Callable[[int], MessageError]) -> bytes:
    """The bytes of the regular file at ``path``; ``too_large(size)`` is raised for one
    of more than ``limit`` bytes, FileRefused for a path that is no regular file."""
    with open_regular(path) as handle:
        return read_at_most(handle, limit, too_large)


# -- JSON ----------------------------------------------------------------------------------
def _number(kind: Callable[[str], Any]) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        if len(text) > MAX_NUMBER_CHARS:
            raise FileRefused.of("files.json_number_too_long", length=len(text),
                                 limit=MAX_NUMBER_CHARS)
        return kind(text)
    return parse


def _too_deep(doc: Any) -> bool:
    """Whether ``doc`` nests deeper than MAX_JSON_DEPTH (walked without recursion)."""
    stack = [(doc, 1)] if isinstance(doc, dict | list) else []
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return True
        children = value.values() if isinstance(value, dict) else value
        stack.extend((child, depth + 1) for child in children
                     if isinstance(child, dict | list))
    return False


def parse_json(text: str | bytes) -> Any:
    """JSON text as Python values, with numbers of at most MAX_NUMBER_CHARS characters
    and at most MAX_JSON_DEPTH levels; FileRefused beyond them. Malformed text raises
    json.JSONDecodeError (a ValueError), bytes that are not UTF-8 UnicodeDecodeError."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    try:
        doc = json.loads(text, parse_int=_number(int), parse_float=_number(float))
    except RecursionError:  # deeper than the parser goes: far beyond the limit
        raise FileRefused.of("files.json_too_deep", limit=MAX_JSON_DEPTH) from None
    if _too_deep(doc):
        raise FileRefused.of("files.json_too_deep", limit=MAX_JSON_DEPTH)
    return doc
