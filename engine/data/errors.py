"""Errors of the data layer: Messages a person can act on, which the window translates."""

from __future__ import annotations

from typing import Any

from engine.shared.messages import Message, MessageError, message


class DataError(MessageError):
    """Data settings or points that cannot be used (unknown dataset, bad class label...)."""


class DataFileError(DataError):
    """A points file that cannot be read, naming the line at fault when there is one.

    ``line`` is kept apart from the problem (``reason``) so the window can jump to it or
    highlight it; the message reads ``line N: ...`` so it is useful on its own in a log
    or a dialog.
    """

    def __init__(self, reason: Message, line: int | None = None) -> None:
        self.line = line
        self.reason = reason
        super().__init__(reason if line is None
                         else message("data.at_line", line=line, problem=reason))

    @classmethod
    def at(cls, line: int | None, code: str, **params: Any) -> DataFileError:
        """``DataFileError.at(3, "csv.empty_field", column="x2")``: a problem at a line."""
        return cls(message(code, **params), line)


def listing(items: list[Message]) -> Message:
    """``items`` as one Message, "a; b; c": each item renders in the reader's language."""
    if len(items) == 1:
        return items[0]
    return message("data.list", first=items[0], rest=listing(items[1:]))
