"""Shape inference for a layer stack: what each layer receives, gives and costs.

It imports no torch, so the window can show shapes and parameter counts while a person
edits a stack. A stack that does not fit gets a SpecError on its first misfit, naming the
layer, the shape that arrived, what the layer needed and what to change. ``build`` runs
``check`` first, so PyTorch never sees a stack that would fail inside a forward pass.

Here is the walk over the stack (residual blocks inside it, the output head after it);
each kind's own rule is in engine/shared/layers/rules.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from engine.shared.layers.errors import SpecError
from engine.shared.layers.kinds import KINDS, Kind
from engine.shared.layers.layer import Layer, known_names
from engine.shared.layers.rules import RULES, Misfit, dims, head_misfit, layout_misfit
from engine.shared.layers.shape import Shape
from engine.shared.messages import Message, message

#: The most trainable parameters a stack may have: beyond this, training on a laptop CPU
#: is too slow to watch, and one wrong Linear after a Flatten easily asks for gigabytes.
MAX_PARAMETERS = 20_000_000
#: Residual blocks nest at most this deep (guards the recursion, not a design limit).
MAX_NESTING = 16
HEAD_LABEL = "Output (Linear)"


@dataclass(frozen=True)
class Row:
    """One line of the stack's table: a layer, its input and output shapes, its cost."""

    #: "1".."n" as a person counts; "3.2" inside the residual block at 3; "out" for the head.
    position: str
    #: 0 at the top level, 1 inside a residual block, ...
    depth: int
    #: None for the output head's row.
    layer: Layer | None
    label: str
    #: None when an earlier row did not fit.
    input: Shape | None
    #: None when this row or an earlier one does not fit.
    output: Shape | None
    #: Trainable parameters (a residual row: its whole body); 0 when unknown.
    params: int
    #: Only on the first row that does not fit.
    error: SpecError | None = None


# -- re-checking values (a Layer built with the raw constructor skipped Layer.make) ------
#: What a stack holds as the walk sees it: a Layer, or whatever a caller put in its place
#: (a tuple from a test or a script may hold anything); the walk names it, never fails on it.
Item = object


def _kind(layer: Layer) -> Kind | None:
    """The kind's schema, None for an unknown kind (or one that is not even a string)."""
    return KINDS.get(layer.kind) if isinstance(layer.kind, str) else None


def _label(layer: Item) -> str:
    if not isinstance(layer, Layer):
        return f"{layer!r:.30}"
    info = _kind(layer)
    return info.label if info else f"{layer.kind!r:.30}"


def _where(position: str) -> Message:
    return message("layers.at", position=position) if position else message("layers.a_layer")


def layer_name(position: str, label: str) -> Message:
    """"layer 3.2 Conv2d", as messages name a layer."""
    return message("layers.named", where=_where(position), kind=label)


def layer_values(layer: Item, position: str = "") -> dict[str, Any]:
    """The layer's parameter values by name, re-checked against the schema and coerced
    (an int parameter given as 8.0 reads 8); defaults fill missing ones, as Layer.make.

    Raises SpecError naming the position for anything Layer.make would have refused.
    """
    if not isinstance(layer, Layer):
        raise SpecError(message("layers.not_a_layer", where=_where(position),
                                value=f"{layer!r:.40}"), position)
    info = _kind(layer)
    if info is None:
        raise SpecError(message("layers.unknown_kind_at", where=_where(position),
                                kind=f"{layer.kind!r:.30}", kinds=", ".join(KINDS)), position)
    name = layer_name(position, info.label)

    def fail(problem: Message) -> SpecError:
        return SpecError(message("layers.in_layer", layer=name, problem=problem), position,
                         info.label)

    try:
        given = dict(layer.params)
    except (TypeError, ValueError):
        raise fail(message("layers.params_not_pairs")) from None
    known = {p.name for p in info.params}
    unknown = sorted(str(key) for key in given if key not in known)
    if unknown:
        raise fail(message("layers.it_has_no_parameter", unknown=", ".join(unknown),
                           known=known_names(known)))
    values = {}
    for param in info.params:
        value = given.get(param.name, param.default)
        if isinstance(value, float) and not math.isfinite(value):
            raise fail(message("layers.not_finite", label=param.label, value=value))
        problem = param.check(value)
        if problem:
            raise fail(problem)
        values[param.name] = param.coerce(value)
    if not isinstance(layer.body, tuple | list):
        raise fail(message("layers.body_not_a_tuple"))
    if layer.body and layer.kind != "residual":
        raise fail(message("layers.it_cannot_hold_layers"))
    return values


# -- walking the stack ---------------------------------------------------------------------
def _block_body(layer: Item) -> tuple | list:
    """The layers inside a residual block (empty for anything else)."""
    if isinstance(layer, Layer) and layer.kind == "residual" \
            and isinstance(layer.body, tuple | list):
        return layer.body
    return ()


def _walk(stack: tuple | list, shape: Shape | None, prefix: str, depth: int,
          rows: list[Row]) -> tuple[Shape | None, int]:
    """Append the rows of ``stack``; return its output shape (None on a misfit) and the
    parameters of its layers. ``shape`` None means an earlier row did not fit."""
    total = 0
    for index, layer in enumerate(stack, start=1):
        position, label = f"{prefix}{index}", _label(layer)
        row_index = len(rows)
        rows.append(Row(position, depth, layer if isinstance(layer, Layer) else None,
                        label, shape, None, 0))
        output, params, error = None, 0, None
        if shape is not None:
            try:
                output, params = _apply(layer, shape, position, depth, rows)
            except SpecError as exc:
                error = exc
            except Misfit as misfit:
                error = SpecError(misfit.message, position, label)
        if len(rows) == row_index + 1 and depth + 1 <= MAX_NESTING:
            # A block whose body was not walked still lists its layers, without shapes.
            _walk(_block_body(layer), None, f"{position}.", depth + 1, rows)
        rows[row_index] = Row(position, depth, rows[row_index].layer, label, shape, output,
                              params, error)
        shape, total = output, total + params
    return shape, total


def _apply(layer: Item, shape: Shape, position: str, depth: int,
           rows: list[Row]) -> tuple[Shape | None, int]:
    """The output and parameters of one layer on ``shape`` (body rows go to ``rows``)."""
    values = layer_values(layer, position)
    assert isinstance(layer, Layer)  # layer_values refused anything else
    name = layer_name(position, layer.label)
    if shape.layout not in layer.info.accepts:
        raise layout_misfit(name, layer.kind, values, shape)
    if layer.kind != "residual":
        return RULES[layer.kind](values, shape, name)
    if not layer.body:
        raise Misfit.of("layers.block_empty", layer=name)
    if depth + 1 > MAX_NESTING:
        raise Misfit.of("layers.nested_too_deep", layer=name, limit=MAX_NESTING)
    output, params = _walk(layer.body, shape, f"{position}.", depth + 1, rows)
    if output is None:
        return None, 0
    if output != shape:
        raise Misfit.of("layers.skip_misfit", layer=name, shape=dims(shape),
                        output=dims(output))
    return output, params


def _head_row(shape: Shape | None, n_outputs: object) -> Row:
    """The output layer's row: a Linear on features, or on every step of a sequence."""
    def row(output: Shape | None = None, params: int = 0, error: Message | None = None) -> Row:
        return Row("out", 0, None, HEAD_LABEL, shape, output, params,
                   SpecError(error, "out", HEAD_LABEL) if error is not None else None)

    if shape is None:
        return row()
    if isinstance(n_outputs, bool) or not isinstance(n_outputs, int) or n_outputs < 1:
        return row(error=message("layers.head_needs_outputs", value=f"{n_outputs!r:.20}"))
    if shape.layout not in ("features", "sequence"):
        return row(error=head_misfit(shape))
    output = Shape.sequence(shape.dims[0], n_outputs) if shape.layout == "sequence" \
        else Shape.features(n_outputs)
    return row(output, (shape.dims[-1] + 1) * n_outputs)


def _check_input(stack: object, input_shape: object) -> None:
    if not isinstance(stack, tuple | list):
        raise SpecError.of("layers.stack_not_a_tuple", value=f"{stack!r:.40}")
    sizes = (0,) if not isinstance(input_shape, Shape) else (
        *input_shape.dims, input_shape.vocab if input_shape.layout == "tokens" else 1)
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in sizes):
        shown = dims(input_shape) if isinstance(input_shape, Shape) else f"{input_shape!s:.40}"
        raise SpecError.of("layers.bad_input_shape", shape=shown)


def _infer(stack: tuple | list, input_shape: Shape,
           n_outputs: int | None) -> tuple[list[Row], Shape | None]:
    _check_input(stack, input_shape)
    rows: list[Row] = []
    shape, _ = _walk(stack, input_shape, "", 0, rows)
    if n_outputs is not None:
        rows.append(_head_row(shape, n_outputs))
        shape = rows[-1].output
    return rows, shape


def infer(stack: tuple[Layer, ...], input_shape: Shape,
          n_outputs: int | None = None) -> list[Row]:
    """One Row per layer in order (a residual block's row, then its body's), then the
    head's row "out" when ``n_outputs`` is given. Only the first misfit has an error.

    Raises SpecError only for a stack that is not a sequence or an impossible input shape.
    """
    return _infer(stack, input_shape, n_outputs)[0]


def _fitting_total(rows: list[Row]) -> int:
    for row in rows:
        if row.error is not None:
            raise row.error
    return sum(row.params for row in rows if row.depth == 0)


def parameter_count(stack: tuple[Layer, ...], input_shape: Shape,
                    n_outputs: int | None = None) -> int:
    """Trainable parameters of the built model; SpecError for a stack that does not fit."""
    return _fitting_total(infer(stack, input_shape, n_outputs))


def check(stack: tuple[Layer, ...], input_shape: Shape, n_outputs: int | None = None) -> Shape:
    """The final output shape (the head's when ``n_outputs`` is given), or the first
    SpecError; also a SpecError for more than MAX_PARAMETERS parameters."""
    rows, output = _infer(stack, input_shape, n_outputs)
    total = _fitting_total(rows)
    if total > MAX_PARAMETERS:
        biggest = max((row for row in rows if row.depth == 0), key=lambda row: row.params)
        who = message("layers.output_layer") if biggest.position == "out" \
            else layer_name(biggest.position, biggest.label)
        raise SpecError(message("layers.too_many_parameters", total=total,
                                limit=MAX_PARAMETERS, layer=who, params=biggest.params),
                        biggest.position, biggest.label)
    assert output is not None  # every row fitted
    return output
