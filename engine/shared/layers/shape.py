"""The shape of what flows between layers, without the batch axis, and what it means.

A layout says how to read the dimensions, so a layer can refuse input it cannot mean to
take (a Linear on an image is almost surely a missing Flatten, even though PyTorch would
apply it to the last axis):

- ``features``: (F,): a vector per example (2-D points after their features, a
  flattened image, the last step of a sequence).
- ``image``: (C, H, W): channels first, as PyTorch's Conv2d takes it.
- ``sequence``: (T, F): a vector per time step, batch first, as nn.LSTM(batch_first=True).
- ``tokens``: (T,): integer ids below ``vocab``, what an Embedding reads.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from engine.shared.layers.errors import SpecError
from engine.shared.messages import error_message

LAYOUTS = ("features", "image", "sequence", "tokens")


@dataclass(frozen=True)
class Shape:
    layout: str
    dims: tuple[int, ...]
    #: Number of distinct token ids (tokens layout only).
    vocab: int = 0

    def __post_init__(self) -> None:
        expected = {"features": 1, "image": 3, "sequence": 2, "tokens": 1}
        if self.layout not in expected:
            raise SpecError.of("shape.unknown_layout", layout=repr(self.layout),
                               layouts=str(LAYOUTS))
        if len(self.dims) != expected[self.layout]:
            raise SpecError.of("shape.wrong_dims", layout=self.layout,
                               n=expected[self.layout], dims=str(self.dims))

    @classmethod
    def features(cls, n: int) -> Shape:
        return cls("features", (n,))

    @classmethod
    def image(cls, channels: int, height: int, width: int) -> Shape:
        return cls("image", (channels, height, width))

    @classmethod
    def sequence(cls, steps: int, features: int) -> Shape:
        return cls("sequence", (steps, features))

    @classmethod
    def tokens(cls, steps: int, vocab: int) -> Shape:
        return cls("tokens", (steps,), vocab)

    @property
    def numel(self) -> int:
        return math.prod(self.dims)

    def __str__(self) -> str:
        text = "×".join(str(d) for d in self.dims)
        if self.layout == "tokens":
            return f"{text} tokens"
        return text

    def to_dict(self) -> dict:
        raw = {"layout": self.layout, "dims": list(self.dims)}
        if self.layout == "tokens":
            raw["vocab"] = self.vocab
        return raw

    @classmethod
    def from_dict(cls, raw: dict) -> Shape:
        try:
            return cls(str(raw["layout"]), tuple(int(d) for d in raw["dims"]),
                       int(raw.get("vocab", 0)))
        except (KeyError, TypeError, ValueError) as exc:
            raise SpecError.of("shape.not_an_input", raw=repr(raw),
                               problem=error_message(exc)) from None
