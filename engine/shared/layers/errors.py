"""The one error a layer stack can raise: it names the layer and what it needed."""

from __future__ import annotations

from engine.shared.messages import Message, MessageError


class SpecError(MessageError):
    """A layer stack that cannot be built, with a message a person can act on.

    ``position`` is the layer's place in the stack as a person counts it ("4", or "3.2"
    for the second layer inside the residual block at position 3); empty for a problem
    of the stack as a whole. ``kind`` is the layer's label ("Conv2d"), empty when unknown.
    """

    def __init__(self, msg: Message, position: str = "", kind: str = "") -> None:
        super().__init__(msg)
        self.position = position
        self.kind = kind


class ExportError(MessageError):
    """An export that did not happen, with a message a person can act on."""
