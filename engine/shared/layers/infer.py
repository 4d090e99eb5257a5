"""Shape inference for a layer stack: what each layer receives, gives and costs.

It imports no torch, so the window can show shapes and parameter counts while a person
edits a stack. A stack that does not fit gets a SpecError on its first misfit, naming the
layer, the shape that arrived, what the layer needed and what to change. ``build`` runs
``check`` first, so PyTorch never sees a stack that would fail inside a forward pass.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from engine.shared.layers.errors import SpecError
from engine.shared.layers.kinds import KINDS, Kind
from engine.shared.layers.layer import Layer
from engine.shared.layers.shape import Shape

#: The most trainable parameters a stack may have: beyond this, training on a laptop CPU
#: is too slow to watch, and one wrong Linear after a Flatten easily asks for gigabytes.
MAX_PARAMETERS = 20_000_000
#: Residual blocks nest at most this deep (guards the recursion, not a design limit).
MAX_NESTING = 16
HEAD_LABEL = "Output (Linear)"
_GATES = {"rnn": 1, "gru": 3, "lstm": 4}


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


class _Misfit(Exception):
    """A rule's complaint; the walker turns it into a SpecError with position and kind."""


# -- describing shapes in messages ------------------------------------------------------
_LAYOUT_NAMES = {"features": "features", "image": "an image", "sequence": "a sequence",
                 "tokens": "token ids"}


def describe(shape: Shape) -> str:
    """How a shape reads after "got": "an image 16×5×5", "400 features"."""
    if shape.layout == "features":
        return f"{shape.dims[0]} features"
    if shape.layout == "tokens":
        return f"{shape.dims[0]} token ids (vocabulary {shape.vocab})"
    return f"{_LAYOUT_NAMES[shape.layout]} {shape}"


def _takes(layouts: tuple[str, ...]) -> str:
    names = [_LAYOUT_NAMES[layout] for layout in layouts]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _layout_hint(kind: str, accepts: tuple[str, ...], got: str) -> str:
    if got == "tokens":
        return "add an Embedding before it"
    if kind == "embedding":
        return "an Embedding reads token ids: put it first, on text data"
    if kind == "batchnorm1d":
        return "use BatchNorm2d for an image, LayerNorm for a sequence"
    if kind == "batchnorm2d":
        return "use BatchNorm1d for features, LayerNorm for a sequence"
    if got == "image":
        return "add Flatten before it"
    if "image" in accepts:
        return "move it before Flatten, or use image data"
    return "put an Embedding or a recurrent layer before it, or use sequence data"


def _layout_misfit(name: str, kind: str, values: dict, shape: Shape) -> _Misfit:
    accepts = KINDS[kind].accepts
    want = values.get("in_features")
    if kind == "linear" and shape.layout == "image" and want is not None \
            and want != shape.numel:
        return _Misfit(f"{name} expects {want} features, got {shape} = {shape.numel}: add "
                       f"Flatten before it and set in_features to {shape.numel} "
                       "(or leave it automatic)")
    return _Misfit(f"{name} takes {_takes(accepts)}, got {describe(shape)}: "
                   f"{_layout_hint(kind, accepts, shape.layout)}")


# -- one rule per kind: (values, input shape, name for messages) -> (output, parameters) --
Rule = Callable[[dict, Shape, str], tuple[Shape, int]]


def _linear(v: dict, shape: Shape, name: str) -> tuple[Shape, int]:
    n_in, want, out = shape.dims[-1], v["in_features"], v["out_features"]
    if want is not None and want != n_in:
        if shape.layout == "sequence":
            raise _Misfit(f"{name} expects {want} features per step, got {describe(shape)}: "
                          f"set in_features to {n_in} (or leave it automatic)")
        raise _Misfit(f"{name} expects {want} features, got {n_in}: "
                      f"set in_features to {n_in} (or leave it automatic)")
    output = Shape.sequence(shape.dims[0], out) if shape.layout == "sequence" \
        else Shape.features(out)
    return output, n_in * out + (out if v["bias"] else 0)


def _conv2d(v: dict, shape: Shape, name: str) -> tuple[Shape, int]:
    c, h, w = shape.dims
    k, s, p, out = v["kernel"], v["stride"], v["padding"], v["out_channels"]
    if v["in_channels"] is not None and v["in_channels"] != c:
        raise _Misfit(f"{name} expects {v['in_channels']} channels, got {describe(shape)}: "
                      f"set in_channels to {c} (or leave it automatic)")
    if h + 2 * p < k or w + 2 * p < k:
        raise _Misfit(f"{name}: a {k}×{k} kernel does not fit a {h}×{w} input "
                      f"(padding {p}): use a smaller kernel or add padding")
    size = (h + 2 * p - k) // s + 1, (w + 2 * p - k) // s + 1
    return Shape.image(out, *size), out * c * k * k + out


def _pool(v: dict, shape: Shape, name: str) -> tuple[Shape, int]:
    c, h, w = shape.dims
    k = v["kernel"]
    s = v["stride"] or k
    if h < k or w < k:
        raise _Misfit(f"{name}: a {k}×{k} window does not fit a {h}×{w} input: "
                      "use a smaller kernel or remove it")
    return Shape.image(c, (h - k) // s + 1, (w - k) // s + 1), 0


def _layernorm(v: dict, shape: Shape, name: str) -> tuple[Shape, int]:
    normalised = shape.numel if shape.layout == "image" else shape.dims[-1]
    return shape, 2 * normalised


def _embedding(v: dict, shape: Shape, name: str) -> tuple[Shape, int]:
    size = v["num_embeddings"]
    if size is not None and size < shape.vocab:
        raise _Misfit(f"{name} has a vocabulary of {size}, got {describe(shape)}: "
                      f"set num_embeddings to {shape.vocab} or more (or leave it automatic)")
    size = size or shape.vocab
    return Shape.sequence(shape.dims[0], v["embedding_dim"]), size * v["embedding_dim"]


def _recurrent(gates: int) -> Rule:
    def rule(v: dict, shape: Shape, name: str) -> tuple[Shape, int]:
        hidden, directions = v["hidden_size"], 2 if v["bidirectional"] else 1
        params, n_in = 0, shape.dims[1]
        for _ in range(v["num_layers"]):
            # Per direction: input and hidden weights, and two bias vectors (as PyTorch).
            params += directions * (gates * hidden * (n_in + hidden) + 2 * gates * hidden)
            n_in = hidden * directions
        return Shape.sequence(shape.dims[0], n_in), params
    return rule


def _same(v: dict, shape: Shape, name: str) -> tuple[Shape, int]:
    return shape, 0


RULES: dict[str, Rule] = {
    "linear": _linear,
    "conv2d": _conv2d,
    "maxpool2d": _pool,
    "avgpool2d": _pool,
    "flatten": lambda v, shape, name: (Shape.features(shape.numel), 0),
    "dropout": _same,
    "batchnorm1d": lambda v, shape, name: (shape, 2 * shape.dims[0]),
    "batchnorm2d": lambda v, shape, name: (shape, 2 * shape.dims[0]),
    "layernorm": _layernorm,
    "embedding": _embedding,
    **{kind: _recurrent(gates) for kind, gates in _GATES.items()},
    "last_step": lambda v, shape, name: (Shape.features(shape.dims[1]), 0),
    **{kind: _same for kind in ("relu", "tanh", "sigmoid", "identity", "leaky_relu",
                                "gelu", "silu")},
}


# -- re-checking values (a Layer built with the raw constructor skipped Layer.make) ------
def _kind(layer: Any) -> Kind | None:
    kind = getattr(layer, "kind", None)
    return KINDS.get(kind) if isinstance(kind, str) else None


def _label(layer: Any) -> str:
    info = _kind(layer)
    return info.label if info else f"{getattr(layer, 'kind', layer)!r:.30}"


def layer_values(layer: Any, position: str = "") -> dict[str, Any]:
    """The layer's parameter values by name, re-checked against the schema and coerced
    (an int parameter given as 8.0 reads 8); defaults fill missing ones, as Layer.make.

    Raises SpecError naming the position for anything Layer.make would have refused.
    """
    where = f"layer {position}" if position else "a layer"
    if not isinstance(layer, Layer):
        raise SpecError(f"{where} is not a Layer but {layer!r:.40}: remove it", position)
    info = _kind(layer)
    if info is None:
        raise SpecError(f"{where} has unknown kind {layer.kind!r:.30}: use one of "
                        f"{', '.join(KINDS)}", position)
    name = f"{where} {info.label}"

    def fail(problem: str) -> SpecError:
        return SpecError(f"{name}: {problem}", position, info.label)

    try:
        given = dict(layer.params)
    except (TypeError, ValueError):
        raise fail("its parameters must be (name, value) pairs") from None
    known = {p.name for p in info.params}
    unknown = sorted(str(key) for key in given if key not in known)
    if unknown:
        raise fail(f"it has no parameter {', '.join(unknown)} "
                   f"(it has: {', '.join(sorted(known)) or 'none'})")
    values = {}
    for param in info.params:
        value = given.get(param.name, param.default)
        if isinstance(value, float) and not math.isfinite(value):
            raise fail(f"{param.label} must be a finite number, not {value}")
        problem = param.check(value)
        if problem:
            raise fail(problem)
        values[param.name] = param.coerce(value)
    if not isinstance(layer.body, tuple | list):
        raise fail("its layers must be a tuple of layers")
    if layer.body and layer.kind != "residual":
        raise fail("it cannot hold layers: only a residual block can")
    return values


# -- walking the stack ---------------------------------------------------------------------
def _block_body(layer: Any) -> tuple | list:
    """The layers inside a residual block (empty for anything else)."""
    body = getattr(layer, "body", ())
    fits = isinstance(layer, Layer) and layer.kind == "residual" and isinstance(body, tuple | list)
    return body if fits else ()


def _walk(stack: Any, shape: Shape | None, prefix: str, depth: int,
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
            except _Misfit as misfit:
                error = SpecError(str(misfit), position, label)
        if len(rows) == row_index + 1 and depth + 1 <= MAX_NESTING:
            # A block whose body was not walked still lists its layers, without shapes.
            _walk(_block_body(layer), None, f"{position}.", depth + 1, rows)
        rows[row_index] = Row(position, depth, rows[row_index].layer, label, shape, output,
                              params, error)
        shape, total = output, total + params
    return shape, total


def _apply(layer: Any, shape: Shape, position: str, depth: int,
           rows: list[Row]) -> tuple[Shape | None, int]:
    """The output and parameters of one layer on ``shape`` (body rows go to ``rows``)."""
    values = layer_values(layer, position)
    name = f"layer {position} {layer.label}"
    if shape.layout not in layer.info.accepts:
        raise _layout_misfit(name, layer.kind, values, shape)
    if layer.kind != "residual":
        return RULES[layer.kind](values, shape, name)
    if not layer.body:
        raise _Misfit(f"{name} is empty: add layers inside it, or remove it")
    if depth + 1 > MAX_NESTING:
        raise _Misfit(f"{name} nests blocks more than {MAX_NESTING} deep: nest fewer")
    output, params = _walk(layer.body, shape, f"{position}.", depth + 1, rows)
    if output is None:
        return None, 0
    if output != shape:
        raise _Misfit(f"{name} turns {shape} into {output}: a skip connection adds its input "
                      f"to its output, so both need the same shape (make it end with {shape})")
    return output, params


def _head_row(shape: Shape | None, n_outputs: Any) -> Row:
    """The output layer's row: a Linear on features, or on every step of a sequence."""
    def row(output: Shape | None = None, params: int = 0, error: str = "") -> Row:
        return Row("out", 0, None, HEAD_LABEL, shape, output, params,
                   SpecError(error, "out", HEAD_LABEL) if error else None)

    if shape is None:
        return row()
    if isinstance(n_outputs, bool) or not isinstance(n_outputs, int) or n_outputs < 1:
        return row(error=f"the output layer needs at least 1 output, not {n_outputs!r:.20}")
    if shape.layout not in ("features", "sequence"):
        hint = "add Flatten at the end" if shape.layout == "image" \
            else "add an Embedding (and a recurrent layer) first"
        return row(error=f"the output layer takes features or a sequence, got "
                         f"{describe(shape)}: {hint}")
    output = Shape.sequence(shape.dims[0], n_outputs) if shape.layout == "sequence" \
        else Shape.features(n_outputs)
    return row(output, (shape.dims[-1] + 1) * n_outputs)


def _check_input(stack: Any, input_shape: Any) -> None:
    if not isinstance(stack, tuple | list):
        raise SpecError(f"a layer stack must be a tuple of layers, not {stack!r:.40}")
    sizes = (0,) if not isinstance(input_shape, Shape) else (
        *input_shape.dims, input_shape.vocab if input_shape.layout == "tokens" else 1)
    if not all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in sizes):
        raise SpecError(f"the input shape {input_shape!s:.40} needs whole sizes of at least 1")


def _infer(stack: Any, input_shape: Any, n_outputs: Any) -> tuple[list[Row], Shape | None]:
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
        who = "the output layer" if biggest.position == "out" \
            else f"layer {biggest.position} {biggest.label}"
        raise SpecError(f"the network has {total:,} parameters: Deepscope trains up to "
                        f"{MAX_PARAMETERS:,}; use fewer units/channels or pool before Flatten "
                        f"({who} alone has {biggest.params:,})", biggest.position, biggest.label)
    return output  # not None: every row fitted
