"""A Layer: a kind from the schema plus the values of its parameters (frozen, hashable).

Layers are plain values: a stack is a tuple of them, an undo step is an old tuple, a file
holds their dicts. Nothing here imports torch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from engine.shared.layers.errors import SpecError
from engine.shared.layers.kinds import KINDS, Kind
from engine.shared.messages import Message, message


@dataclass(frozen=True)
class Layer:
    kind: str
    #: (name, value) for every parameter of the kind, in the schema's order.
    params: tuple[tuple[str, Any], ...] = ()
    #: The layers inside a residual block (empty for every other kind).
    body: tuple[Layer, ...] = ()

    @classmethod
    def make(cls, kind: str, body: tuple[Layer, ...] | list[Layer] = (), **values: Any) -> Layer:
        """A layer of ``kind`` with the schema's defaults overridden by ``values``.

        Raises SpecError for an unknown kind or parameter, or a value out of range.
        """
        info = kind_of(kind)
        names = {p.name for p in info.params}
        unknown = sorted(set(values) - names)
        if unknown:
            raise SpecError(message("layers.no_such_parameter", kind=info.label,
                                    unknown=", ".join(unknown), known=known_names(names)),
                            kind=info.label)
        params = []
        for p in info.params:
            value = values.get(p.name, p.default)
            problem = p.check(value)
            if problem:
                raise SpecError(message("layers.in_layer", layer=info.label, problem=problem),
                                kind=info.label)
            params.append((p.name, p.coerce(value)))
        if body and kind != "residual":
            raise SpecError(message("layers.cannot_hold_layers", kind=info.label),
                            kind=info.label)
        return cls(kind, tuple(params), tuple(body))

    @property
    def info(self) -> Kind:
        return kind_of(self.kind)

    @property
    def label(self) -> str:
        return self.info.label

    def value(self, name: str) -> Any:
        for key, value in self.params:
            if key == name:
                return value
        raise KeyError(f"{self.label} has no parameter {name!r}")

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.params)

    def with_values(self, **changes: Any) -> Layer:
        """A copy with some parameters changed (validated like ``make``)."""
        return Layer.make(self.kind, self.body, **{**self.values, **changes})

    def with_body(self, body: tuple[Layer, ...]) -> Layer:
        return Layer.make(self.kind, tuple(body), **self.values)

    # -- text form -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        raw: dict[str, Any] = {"kind": self.kind, **self.values}
        if self.kind == "residual":
            raw["layers"] = [layer.to_dict() for layer in self.body]
        return raw

    @classmethod
    def from_dict(cls, raw: Any) -> Layer:
        if not isinstance(raw, dict) or not isinstance(raw.get("kind"), str):
            raise SpecError.of("layers.not_an_object", raw=f"{raw!r:.60}")
        values = {k: v for k, v in raw.items() if k not in ("kind", "layers")}
        body = raw.get("layers", [])
        if not isinstance(body, list):
            raise SpecError.of("layers.body_not_a_list")
        return cls.make(raw["kind"], tuple(cls.from_dict(b) for b in body), **values)


def kind_of(kind: str) -> Kind:
    try:
        return KINDS[kind]
    except (KeyError, TypeError):
        raise SpecError.of("layers.unknown_kind", kind=repr(kind),
                           kinds=", ".join(KINDS)) from None


def known_names(names: Iterable[str]) -> str | Message:
    """The parameters a kind has, for "(it has: ...)": their names, or "none"."""
    return ", ".join(sorted(names)) or message("layers.none")


def stack_to_list(stack: tuple[Layer, ...]) -> list[dict[str, Any]]:
    return [layer.to_dict() for layer in stack]


def stack_from_list(raw: Any) -> tuple[Layer, ...]:
    """Layers from their dicts; a SpecError names the position of a bad one."""
    if not isinstance(raw, list):
        raise SpecError.of("layers.stack_not_a_list")
    layers = []
    for i, item in enumerate(raw, start=1):
        try:
            layers.append(Layer.from_dict(item))
        except SpecError as exc:
            where = message("layers.at", position=str(i))
            raise SpecError(message("layers.in_layer", layer=where, problem=exc.message),
                            position=str(i), kind=exc.kind) from None
    return tuple(layers)
