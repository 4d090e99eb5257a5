"""A design: a stack for data this window does not train on yet (images, sequences),
with its input shape and outputs, as the plain dict a file keeps and export reads.
Torch-free: the window writes and reads it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.shared.layers.errors import SpecError
from engine.shared.layers.layer import Layer, stack_from_list, stack_to_list
from engine.shared.layers.shape import Shape


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
            raise SpecError("a layer design must be an object")
        try:
            shape = Shape.from_dict(raw["input"])
            outputs = int(raw["n_outputs"])
        except (KeyError, TypeError, ValueError) as exc:
            raise SpecError(f"the design has no usable input shape or outputs ({exc})") from None
        return cls(stack_from_list(raw.get("stack")), shape, outputs)
