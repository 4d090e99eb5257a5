"""A design: a stack for data this window does not train on yet (images, sequences),
with its input shape and outputs, as the plain dict a file keeps and export reads.
Torch-free: the window writes and reads it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.shared.layers.errors import SpecError
from engine.shared.layers.layer import Layer, stack_from_list, stack_to_list
from engine.shared.layers.shape import Shape
from engine.shared.messages import error_message


@dataclass(frozen=True)
class Design:
    stack: tuple[Layer, ...]
    input: Shape
    n_outputs: int

    def to_dict(self) -> dict[str, Any]:
        return {"stack": stack_to_list(self.stack), "input": self.input.to_dict(),
                "n_outputs": self.n_outputs}

    @classmethod
    def from_dict(cls, raw: Any) -> Design:
        """SpecError naming what is wrong with a design read from a file or a command."""
        if not isinstance(raw, dict):
            raise SpecError.of("layers.design_not_an_object")
        try:
            shape = Shape.from_dict(raw["input"])
            outputs = int(raw["n_outputs"])
        except (KeyError, TypeError, ValueError) as exc:
            raise SpecError.of("layers.design_unusable", problem=error_message(exc)) from None
        return cls(stack_from_list(raw.get("stack")), shape, outputs)
