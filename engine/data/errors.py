"""Errors of the data layer: messages a person can act on, shown as they are in the window."""

from __future__ import annotations

from engine.shared.messages import MessageError


class DataError(MessageError):
    """Data settings or points that cannot be used (unknown dataset, bad class label...)."""


class DataFileError(DataError):
    """A points file that cannot be read, naming the line at fault when there is one.

    ``line`` is kept apart from the text so the window can jump to it or highlight it;
    the message starts with ``line N:`` so it is useful on its own in a log or a dialog.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        self.line = line
        self.reason = message
        super().__init__(f"line {line}: {message}" if line is not None else message)

    def __reduce__(self):
        # The default pickling replays ``args`` (the full text) as ``message`` and loses
        # ``line``; errors may cross a process boundary if training moves to a child.
        return (type(self), (self.reason, self.line))
