"""Every kind of layer the builder offers, and the parameters a person can set on it.

This table is the schema: the builder draws its palette and its inline editors from it,
``Layer.make`` validates against it, and files name kinds and parameters by these keys.
It imports nothing heavy, so the window can read it without loading torch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from engine.shared.messages import Message, message

#: The playground's activation names (the experiment's ``activations`` field uses them).
ACTIVATIONS = ("relu", "tanh", "sigmoid", "linear", "leaky_relu", "gelu", "silu")


@dataclass(frozen=True)
class Param:
    name: str
    #: How the parameter reads on screen (English; the window translates it).
    label: str
    #: "int", "float" or "bool".
    type: str
    default: Any
    low: float | None = None
    high: float | None = None
    #: None is allowed and means "inferred from the input" (in_features, in_channels...).
    auto: bool = False

    def check(self, value: Any) -> Message | None:
        """None when ``value`` is acceptable, else why not (for a SpecError)."""
        label = self.label
        if value is None:
            return None if self.auto else message("layers.needs_value", label=label)
        if self.type == "bool":
            return None if isinstance(value, bool) else message("layers.on_or_off", label=label)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return message("layers.not_a_number", label=label, value=repr(value))
        if not math.isfinite(value):
            return message("layers.not_finite", label=label, value=value)
        if self.type == "int" and value != int(value):
            return message("layers.not_whole", label=label, value=value)
        if (self.low is not None and value < self.low) or (
                self.high is not None and value > self.high):
            return message("layers.out_of_range", label=label, value=value, low=self.low,
                           high=self.high)
        return None

    def coerce(self, value: Any) -> Any:
        if value is None or self.type == "bool":
            return value
        return int(value) if self.type == "int" else float(value)


@dataclass(frozen=True)
class Kind:
    name: str
    #: The PyTorch-like name shown in rows and messages ("Conv2d").
    label: str
    #: Palette section: "core", "conv", "norm", "activation", "recurrent", "structure".
    group: str
    params: tuple[Param, ...] = ()
    #: Layouts of input this kind accepts (see engine.shared.layers.shape).
    accepts: tuple[str, ...] = ("features", "image", "sequence")

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)


def _int(name, label, default, low, high, auto=False) -> Param:
    return Param(name, label, "int", default, low, high, auto)


_RECURRENT = (
    _int("hidden_size", "hidden size", 32, 1, 1024),
    _int("num_layers", "layers", 1, 1, 4),
    Param("bidirectional", "bidirectional", "bool", False),
)
_POOL = (_int("kernel", "kernel", 2, 1, 16), _int("stride", "stride", None, 1, 16, auto=True))

#: The playground's activation names (engine.shared.experiment.ACTIVATIONS) -> layer kinds.
#: "linear" is the playground's name for no activation; as a layer it is Identity, so the
#: kind "linear" stays the Linear layer.
ACTIVATION_KIND = {name: ("identity" if name == "linear" else name) for name in ACTIVATIONS}
KIND_ACTIVATION = {kind: name for name, kind in ACTIVATION_KIND.items()}
_ACTIVATION_LABELS = {
    "relu": "ReLU", "tanh": "Tanh", "sigmoid": "Sigmoid", "identity": "Identity",
    "leaky_relu": "LeakyReLU", "gelu": "GELU", "silu": "SiLU",
}

KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("linear", "Linear", "core", (
        _int("out_features", "out features", 16, 1, 4096),
        _int("in_features", "in features", None, 1, 1 << 20, auto=True),
        Param("bias", "bias", "bool", True),
    ), accepts=("features", "sequence")),
    Kind("conv2d", "Conv2d", "conv", (
        _int("out_channels", "out channels", 8, 1, 512),
        _int("kernel", "kernel", 3, 1, 15),
        _int("stride", "stride", 1, 1, 8),
        _int("padding", "padding", 0, 0, 8),
        _int("in_channels", "in channels", None, 1, 4096, auto=True),
    ), accepts=("image",)),
    Kind("maxpool2d", "MaxPool2d", "conv", _POOL, accepts=("image",)),
    Kind("avgpool2d", "AvgPool2d", "conv", _POOL, accepts=("image",)),
    Kind("flatten", "Flatten", "structure", accepts=("features", "image", "sequence")),
    Kind("dropout", "Dropout", "core", (
        Param("p", "probability", "float", 0.5, 0.0, 0.95),
    ), accepts=("features", "image", "sequence")),
    Kind("batchnorm1d", "BatchNorm1d", "norm", accepts=("features",)),
    Kind("batchnorm2d", "BatchNorm2d", "norm", accepts=("image",)),
    Kind("layernorm", "LayerNorm", "norm"),
    *(Kind(kind, _ACTIVATION_LABELS[kind], "activation") for kind in KIND_ACTIVATION),
    Kind("embedding", "Embedding", "recurrent", (
        _int("embedding_dim", "dimensions", 16, 1, 1024),
        _int("num_embeddings", "vocabulary", None, 1, 1 << 20, auto=True),
    ), accepts=("tokens",)),
    Kind("rnn", "RNN", "recurrent", _RECURRENT, accepts=("sequence",)),
    Kind("lstm", "LSTM", "recurrent", _RECURRENT, accepts=("sequence",)),
    Kind("gru", "GRU", "recurrent", _RECURRENT, accepts=("sequence",)),
    # A sequence model that classifies the whole sequence reads its last step.
    Kind("last_step", "Last step", "recurrent", accepts=("sequence",)),
    # Its layers live in Layer.body; the block adds its input to their output.
    Kind("residual", "Residual block", "structure"),
)}

ACTIVATION_KINDS = frozenset(KIND_ACTIVATION)
GROUPS = ("core", "activation", "conv", "norm", "recurrent", "structure")
