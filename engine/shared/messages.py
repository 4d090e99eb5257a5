"""Messages as codes: what the engine tells a person, as a code plus parameters.

The engine never speaks prose to the window. A problem (a setting out of range, a file
that cannot be read, a run that diverged) is a ``Message``: a code listed in ``CODES``
with the English template it renders to, and the values to fill in. The window renders
it through Qt's translation (gui/messages.py, Korean included); the command line and the
JSON report render the English here. Control flow compares codes, never text.

Templates use ``str.format`` fields by name, with two additions of ``render``:
``{n:p|layer|layers}`` picks the singular when ``n`` is 1 (a plural word), and a
parameter that is itself a Message renders in place (a run's name before its problem).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

from engine.shared.codes import comparisons, data, files, layers, probes, settings, training

#: Every code the engine may report, with its English template, gathered from the
#: sections of engine/shared/codes/ (one module per floor that reports them). A code is a
#: stable name: files, tests and translations use it.
SECTIONS: dict[str, dict[str, str]] = {
    "training": training.CODES, "settings": settings.CODES, "data": data.CODES,
    "layers": layers.CODES, "files": files.CODES, "probes": probes.CODES,
    "comparisons": comparisons.CODES,
}
CODES: dict[str, str] = {code: text for codes in SECTIONS.values()
                         for code, text in codes.items()}
assert len(CODES) == sum(map(len, SECTIONS.values())), "a code is listed in two sections"

@dataclass(frozen=True)
class Message:
    """A code from ``CODES`` and its parameters, frozen and hashable (a Snapshot holds it).
    Parameter values are plain data (str, int, float, bool, None, tuples of them) or
    Messages: they pickle without code and render in any language."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise KeyError(f"unknown message code {self.code!r}")

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.params)

    def english(self) -> str:
        return render(CODES[self.code], self.values, Message.english)

    def __str__(self) -> str:
        return self.english()


def message(code: str, **params: Any) -> Message:
    """``message("training.diverged", bad_step=120, ...)``: the usual way to make one."""
    return Message(code, tuple(sorted(params.items())))


class MessageError(ValueError):
    """An error the engine raises for bad input, carrying its Message. ``str()`` is the
    English text, so logs and the command line read as before."""

    def __init__(self, msg: Message) -> None:
        if not isinstance(msg, Message):  # a programming error: prose has no code
            raise TypeError(f"{type(self).__name__} takes a Message, not {msg!r}")
        super().__init__(msg.english())
        self.message = msg

    @classmethod
    def of(cls, code: str, **params: Any):
        return cls(message(code, **params))

    def __reduce__(self):
        # Pickled with its Message and attributes (a subclass's line or layer too), not
        # rebuilt from its English text as an exception's default would be.
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[MessageError], args: tuple, state: dict) -> MessageError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


def message_of(exc: BaseException) -> Message | None:
    """The Message an engine error carries, or None for a foreign exception."""
    return exc.message if isinstance(exc, MessageError) else None


def error_message(exc: BaseException) -> Message:
    """The Message of an engine error; a foreign one's own text as "error.foreign"."""
    return message_of(exc) or message("error.foreign", text=str(exc))


class _Formatter(string.Formatter):
    def __init__(self, nested) -> None:
        super().__init__()
        self.nested = nested

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("p|"):
            one, _, other = format_spec[2:].partition("|")
            return one if value == 1 else other
        if isinstance(value, Message):
            return self.nested(value)
        return super().format_field(value, format_spec)


def render(template: str, values: dict[str, Any], nested=None) -> str:
    """``template`` (English, or its translation) filled with ``values``; a Message among
    them is rendered by ``nested`` (the window passes its own translating renderer)."""
    return _Formatter(nested or Message.english).format(template, **values)


def fields(template: str) -> set[str]:
    """The parameter names a template uses (a test checks that a translation keeps them)."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
