"""The shape rule of each layer kind: what it gives for what it receives, what it costs,
and what it says when what arrives does not fit.

A rule takes the layer's values, the input shape and the layer's name for messages
("layer 4 Linear", a Message), and returns (output shape, trainable parameters), or
raises a Misfit whose Message names the layer, the shapes, and what to change. The walk
over the stack (engine/shared/layers/infer.py) turns a Misfit into a SpecError at the
layer's position.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.shared.layers.kinds import KINDS
from engine.shared.layers.shape import Shape
from engine.shared.messages import Message, MessageError, message

_GATES = {"rnn": 1, "gru": 3, "lstm": 4}
_LAYOUT_NAMES = {"features": "shape.layout_features", "image": "shape.layout_image",
                 "sequence": "shape.layout_sequence", "tokens": "shape.layout_tokens"}
#: Kinds whose misfit has its own hint: they read one layout only, and another kind would.
_KIND_HINTS = {"embedding": "layers.hint_embedding_first",
               "batchnorm1d": "layers.hint_batchnorm1d",
               "batchnorm2d": "layers.hint_batchnorm2d"}


class Misfit(MessageError):
    """A rule's complaint; the walker turns it into a SpecError with position and kind."""


# -- shapes in messages ------------------------------------------------------------------
def dims(shape: Shape) -> Message:
    """A shape as numbers: "16×5×5" ("8 tokens" for token ids)."""
    text = "×".join(str(d) for d in shape.dims)
    return message("shape.tokens" if shape.layout == "tokens" else "shape.dims", dims=text)


def describe(shape: Shape) -> Message:
    """How a shape reads after "got": "an image 16×5×5", "400 features"."""
    if shape.layout == "features":
        return message("shape.features", n=shape.dims[0])
    if shape.layout == "tokens":
        return message("shape.token_ids", n=shape.dims[0], vocab=shape.vocab)
    text = "×".join(str(d) for d in shape.dims)
    return message("shape.image" if shape.layout == "image" else "shape.sequence", dims=text)


def _takes(layouts: tuple[str, ...]) -> Message:
    """"features, an image or a sequence": the layouts a kind accepts, as one message."""
    names = [message(_LAYOUT_NAMES[layout]) for layout in layouts]
    if len(names) == 1:
        return names[0]
    listed = message("shape.either", first=names[-2], second=names[-1])
    for name in reversed(names[:-2]):
        listed = message("shape.list", first=name, rest=listed)
    return listed


def _layout_hint(kind: str, accepts: tuple[str, ...], got: str) -> Message:
    if got == "tokens":
        return message("layers.hint_add_embedding")
    if kind in _KIND_HINTS:
        return message(_KIND_HINTS[kind])
    if got == "image":
        return message("layers.hint_add_flatten")
    if "image" in accepts:
        return message("layers.hint_before_flatten")
    return message("layers.hint_sequence_first")


def layout_misfit(name: Message, kind: str, values: dict, shape: Shape) -> Misfit:
    """The complaint of a layer of ``kind`` on a layout it does not take."""
    accepts = KINDS[kind].accepts
    want = values.get("in_features")
    if kind == "linear" and shape.layout == "image" and want is not None \
            and want != shape.numel:
        return Misfit.of("layers.linear_on_image", layer=name, want=want, shape=dims(shape),
                         numel=shape.numel)
    return Misfit.of("layers.wrong_layout", layer=name, takes=_takes(accepts),
                     got=describe(shape), hint=_layout_hint(kind, accepts, shape.layout))


def head_misfit(shape: Shape) -> Message:
    """Why the output layer (a Linear) cannot read ``shape``: an image or token ids."""
    hint = "layers.hint_flatten_at_end" if shape.layout == "image" \
        else "layers.hint_embedding_and_recurrent"
    return message("layers.wrong_layout", layer=message("layers.output_layer"),
                   takes=_takes(("features", "sequence")), got=describe(shape),
                   hint=message(hint))


# -- one rule per kind: (values, input shape, name for messages) -> (output, parameters) --
Rule = Callable[[dict[str, Any], Shape, Message], tuple[Shape, int]]


def _linear(v: dict, shape: Shape, name: Message) -> tuple[Shape, int]:
    n_in, want, out = shape.dims[-1], v["in_features"], v["out_features"]
    if want is not None and want != n_in:
        if shape.layout == "sequence":
            raise Misfit.of("layers.linear_per_step", layer=name, want=want,
                            got=describe(shape), n=n_in)
        raise Misfit.of("layers.linear_features", layer=name, want=want, n=n_in)
    output = Shape.sequence(shape.dims[0], out) if shape.layout == "sequence" \
        else Shape.features(out)
    return output, n_in * out + (out if v["bias"] else 0)


def _conv2d(v: dict, shape: Shape, name: Message) -> tuple[Shape, int]:
    c, h, w = shape.dims
    k, s, p, out = v["kernel"], v["stride"], v["padding"], v["out_channels"]
    if v["in_channels"] is not None and v["in_channels"] != c:
        raise Misfit.of("layers.conv_channels", layer=name, want=v["in_channels"],
                        got=describe(shape), n=c)
    if h + 2 * p < k or w + 2 * p < k:
        raise Misfit.of("layers.kernel_too_big", layer=name, k=k, height=h, width=w,
                        padding=p)
    size = (h + 2 * p - k) // s + 1, (w + 2 * p - k) // s + 1
    return Shape.image(out, *size), out * c * k * k + out


def _pool(v: dict, shape: Shape, name: Message) -> tuple[Shape, int]:
    c, h, w = shape.dims
    k = v["kernel"]
    s = v["stride"] or k
    if h < k or w < k:
        raise Misfit.of("layers.window_too_big", layer=name, k=k, height=h, width=w)
    return Shape.image(c, (h - k) // s + 1, (w - k) // s + 1), 0


def _layernorm(v: dict, shape: Shape, name: Message) -> tuple[Shape, int]:
    normalised = shape.numel if shape.layout == "image" else shape.dims[-1]
    return shape, 2 * normalised


def _embedding(v: dict, shape: Shape, name: Message) -> tuple[Shape, int]:
    size = v["num_embeddings"]
    if size is not None and size < shape.vocab:
        raise Misfit.of("layers.vocabulary_too_small", layer=name, size=size,
                        got=describe(shape), vocab=shape.vocab)
    size = size or shape.vocab
    return Shape.sequence(shape.dims[0], v["embedding_dim"]), size * v["embedding_dim"]


def _recurrent(gates: int) -> Rule:
    def rule(v: dict, shape: Shape, name: Message) -> tuple[Shape, int]:
        hidden, directions = v["hidden_size"], 2 if v["bidirectional"] else 1
        params, n_in = 0, shape.dims[1]
        for _ in range(v["num_layers"]):
            # Per direction: input and hidden weights, and two bias vectors (as PyTorch).
            params += directions * (gates * hidden * (n_in + hidden) + 2 * gates * hidden)
            n_in = hidden * directions
        return Shape.sequence(shape.dims[0], n_in), params
    return rule


def _same(v: dict, shape: Shape, name: Message) -> tuple[Shape, int]:
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
