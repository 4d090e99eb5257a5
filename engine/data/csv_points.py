"""A person's own 2-D points from a CSV file: x1, x2 and a class label or a value.

The files come from spreadsheets, numpy's ``savetxt`` and hand editing, so the reader is
forgiving about form (comma, semicolon, tab or space separated; a header row; comments;
a decimal comma when the separator is not a comma; a UTF-8 or UTF-16 byte-order mark)
and strict about content: every refusal names the line and the column, so a person can
fix the file instead of guessing. Nothing here evaluates or unpickles anything.
"""

from __future__ import annotations

import csv
import math
import os
import re
from pathlib import Path

from engine.data.errors import DataError, DataFileError
from engine.shared.bounded import FileRefused, read_bounded
from engine.shared.catalogue import MAX_CLASSES
from engine.shared.messages import Message, message

#: More rows than this would make a playground crawl; it is a file meant for something else.
MAX_ROWS = 100_000
#: Far more than MAX_ROWS rows of numbers can take; checked before reading it all.
MAX_FILE_BYTES = 32 * 1024 * 1024
#: Coordinates beyond this are scaled down so the points fill the [-6, 6] plane.
EXTENT = 6.0

Point = tuple[float, float, float]

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_NON_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def load_points_csv(path_or_text: str | os.PathLike[str], problem: str) -> tuple[Point, ...]:
    """Read points from a CSV file (a ``Path`` or a path string).

    A ``str`` that contains a line break is taken as the CSV text itself: no file name
    has one, and it lets a pasted table go through the same checks.
    """
    if isinstance(path_or_text, str) and _LINE_BREAK.search(path_or_text):
        return parse_points_csv(path_or_text, problem)
    return parse_points_csv(_read_text(Path(path_or_text)), problem)


def parse_points_csv(text: str, problem: str) -> tuple[Point, ...]:
    """Parse CSV text into ``(x1, x2, label)`` points; see the module doc for the format.

    Classification labels must be class numbers 0..8. If any coordinate lies outside
    [-6, 6] all points are scaled by the same factor so they fill the plane (the shape
    is kept); likewise regression values beyond [-1, 1] are scaled into it.
    """
    if problem not in ("classification", "regression"):
        raise DataError.of("csv.unknown_problem", problem=repr(problem))
    columns = ("x1", "x2", "label" if problem == "classification" else "value")
    separator: str | None = ""  # "" = not yet seen; None = runs of white space
    points: list[Point] = []
    first = True
    for number, raw in enumerate(_LINE_BREAK.split(text), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if separator == "":
            separator = _detect_separator(line)
        fields = _split(line, separator)
        if len(fields) != 3:
            raise DataFileError.at(number, "csv.column_count", columns=", ".join(columns),
                                   separator=_separator_name(separator), count=len(fields))
        if first and not any(_NUMBER.fullmatch(f) for f in fields):
            first = False  # a header row: names, not numbers
            continue
        first = False
        if len(points) == MAX_ROWS:
            raise DataFileError.at(number, "csv.too_many_rows", limit=MAX_ROWS)
        values = [_number(f, name, separator, number)
                  for f, name in zip(fields, columns, strict=True)]
        if problem == "classification":
            _check_label(fields[2], values[2], number)
        points.append((values[0], values[1], values[2]))
    if not points:
        raise DataFileError.of("csv.no_rows", column=columns[2])
    return _fill_plane(points, problem)


def _detect_separator(line: str) -> str | None:
    # Semicolon first: with it a comma is a decimal comma (spreadsheets in many locales).
    for candidate in (";", "\t", ","):
        if candidate in line:
            return candidate
    return None


def _separator_name(separator: str | None) -> Message:
    if separator is None:
        return message("csv.by_spaces")
    if separator == "\t":
        return message("csv.by_tabs")
    return message("csv.by_char", char=separator)


def _split(line: str, separator: str | None) -> list[str]:
    if separator is None:
        return line.split()
    if '"' in line or "'" in line:
        fields = next(csv.reader([line], delimiter=separator))
    else:
        fields = line.split(separator)
    fields = [f.strip() for f in fields]
    while len(fields) > 3 and fields[-1] == "":  # trailing separators some exports write
        fields.pop()
    return fields


def _number(field: str, column: str, separator: str | None, line: int) -> float:
    if field == "":
        raise DataFileError.at(line, "csv.empty_field", column=column)
    if separator in (";", "\t") and "," in field and "." not in field:
        field = field.replace(",", ".", 1)
    if _NON_FINITE.fullmatch(field):
        raise DataFileError.at(line, "csv.not_finite", field=field, column=column)
    if not _NUMBER.fullmatch(field):
        raise DataFileError.at(line, "csv.not_a_number", field=_short(field), column=column)
    value = float(field)
    if not math.isfinite(value):
        raise DataFileError.at(line, "csv.too_large", field=_short(field), column=column)
    return value


def _check_label(field: str, value: float, line: int) -> None:
    if value < 0 or value != int(value):
        raise DataFileError.at(line, "csv.label_not_class", field=field, classes=MAX_CLASSES)
    if value >= MAX_CLASSES:
        raise DataFileError.at(line, "csv.label_too_large", label=int(value),
                               classes=MAX_CLASSES, last=MAX_CLASSES - 1)


def _fill_plane(points: list[Point], problem: str) -> tuple[Point, ...]:
    """Scale coordinates (and regression values) that overflow the plane, keeping shape."""
    reach = max(max(abs(x1), abs(x2)) for x1, x2, _ in points)
    scale = EXTENT / reach if reach > EXTENT else 1.0
    value_scale = 1.0
    if problem == "regression":
        top = max(abs(v) for _, _, v in points)
        value_scale = 1.0 / top if top > 1.0 else 1.0
    return tuple((x1 * scale, x2 * scale, v * value_scale) for x1, x2, v in points)


def _short(field: str, limit: int = 20) -> str:
    return field if len(field) <= limit else field[: limit - 1] + "…"


def _read_text(path: Path) -> str:
    """The file's text, or a DataFileError saying in plain words why there is none."""
    try:  # a regular file only (never /dev/zero or a FIFO), and read to the limit only
        data = read_bounded(path, MAX_FILE_BYTES, lambda _size: DataFileError.of(
            "csv.file_too_large", name=path.name, mib=MAX_FILE_BYTES // 2**20))
    except FileRefused as exc:
        raise DataFileError(exc.message) from None
    except IsADirectoryError:
        raise DataFileError.of("csv.is_folder", path=str(path)) from None
    except FileNotFoundError:
        raise DataFileError.of("csv.not_found", path=str(path)) from None
    except PermissionError:
        raise DataFileError.of("csv.permission_denied", path=str(path)) from None
    except OSError as error:
        raise DataFileError.of("csv.cannot_read", path=str(path),
                               problem=error.strerror or str(error)) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # "Unicode text" from spreadsheets
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DataFileError.of("csv.bad_utf16", name=path.name) from None
    if data.startswith(b"PK\x03\x04"):
        raise DataFileError.of("csv.spreadsheet", name=path.name)
    if b"\x00" in data:
        raise DataFileError.of("csv.binary", name=path.name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DataFileError.at(line, "csv.not_utf8", name=path.name,
                               byte=data[error.start]) from None
