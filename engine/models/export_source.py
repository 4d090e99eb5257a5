"""The PyTorch source that export_python writes: a standalone script needing only torch.

python_source turns a built layer stack into that script's text, each layer written as the
PyTorch call that rebuilds it. engine.models.export writes it, with the weights, to disk.
"""

from __future__ import annotations

import math
import textwrap
from typing import Any

from torch import nn

from engine.models.export_io import (
    ExportIO,
    describe_input,
    describe_output,
    design_io,
    network_output,
)
from engine.models.export_source_io import (
    constants_source,
    example_source,
    finish_source,
    forward_source,
    prepare_source,
)
from engine.models.safetensors_io import reader_source
from engine.models.stack import LastStep, Recurrent, Residual, StackModel, require_stack_model
from engine.shared.layers.errors import ExportError
from engine.shared.layers.infer import infer
from engine.shared.layers.shape import Shape


def _literal(value: Any) -> str:
    """Python source for a constructor argument: only plain values, never free text."""
    if value is None or isinstance(value, bool | int | str):
        return repr(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else f"float({str(value)!r})"
    if isinstance(value, tuple | list):
        items = [_literal(item) for item in value]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    raise ExportError.of("export.bad_value", value=repr(value))


def _square(value: Any) -> Any:
    """(5, 5) -> 5: PyTorch takes one number for a square kernel, and it reads better."""
    if isinstance(value, tuple) and value and all(v == value[0] for v in value):
        return value[0]
    return value


def _call(name: str, *args: Any, **kwargs: Any) -> str:
    parts = [_literal(a) for a in args] + [f"{k}={_literal(v)}" for k, v in kwargs.items()]
    return f"{name}({', '.join(parts)})"


def _changed(module: nn.Module, **defaults: Any) -> dict[str, Any]:
    """The module's attributes that differ from PyTorch's defaults, by name."""
    values = {name: _square(getattr(module, name)) for name in defaults}
    return {name: v for name, v in values.items() if v != defaults[name]}


def _constructor(m: nn.Module) -> str:
    """One module as the PyTorch call that rebuilds it (helpers are defined in the file)."""
    kind = type(m)
    if kind is nn.Linear:
        return _call("nn.Linear", m.in_features, m.out_features,
                     **({"bias": False} if m.bias is None else {}))
    if kind is nn.Conv2d:
        return _call("nn.Conv2d", m.in_channels, m.out_channels, kernel_size=_square(m.kernel_size),
                     **_changed(m, stride=1, padding=0, dilation=1, groups=1,
                                padding_mode="zeros"),
                     **({"bias": False} if m.bias is None else {}))
    if kind is nn.MaxPool2d:
        return _call("nn.MaxPool2d", kernel_size=_square(m.kernel_size), stride=_square(m.stride),
                     **_changed(m, padding=0, dilation=1, return_indices=False, ceil_mode=False))
    if kind is nn.AvgPool2d:
        return _call("nn.AvgPool2d", kernel_size=_square(m.kernel_size), stride=_square(m.stride),
                     **_changed(m, padding=0, ceil_mode=False, count_include_pad=True,
                                divisor_override=None))
    if kind is nn.Flatten:
        return _call("nn.Flatten", m.start_dim, **_changed(m, end_dim=-1))
    if kind is nn.Dropout:
        return _call("nn.Dropout", m.p, **_changed(m, inplace=False))
    if kind in (nn.BatchNorm1d, nn.BatchNorm2d):
        return _call(f"nn.{kind.__name__}", m.num_features, **_changed(
            m, eps=1e-5, momentum=0.1, affine=True, track_running_stats=True))
    if kind is nn.LayerNorm:
        shape = tuple(m.normalized_shape)
        no_bias = {"bias": False} if m.elementwise_affine and m.bias is None else {}
        return _call("nn.LayerNorm", shape[0] if len(shape) == 1 else shape,
                     **_changed(m, eps=1e-5, elementwise_affine=True), **no_bias)
    if kind in (nn.ReLU, nn.SiLU):
        return _call(f"nn.{kind.__name__}", **_changed(m, inplace=False))
    if kind in (nn.Tanh, nn.Sigmoid, nn.Identity):
        return _call(f"nn.{kind.__name__}")
    if kind is nn.LeakyReLU:
        return _call("nn.LeakyReLU", m.negative_slope, **_changed(m, inplace=False))
    if kind is nn.GELU:
        return _call("nn.GELU", **_changed(m, approximate="none"))
    if kind is nn.Embedding:
        return _call("nn.Embedding", m.num_embeddings, m.embedding_dim, **_changed(
            m, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
            sparse=False))
    if kind in (nn.RNN, nn.LSTM, nn.GRU):
        extra = {"RNN": {"nonlinearity": "tanh"}, "LSTM": {"proj_size": 0}}
        return _call(f"nn.{kind.__name__}", m.input_size, m.hidden_size, **_changed(
            m, num_layers=1, bias=True, dropout=0.0, **extra.get(kind.__name__, {})),
            batch_first=m.batch_first, **_changed(m, bidirectional=False))
    if isinstance(m, Recurrent):
        return f"Recurrent({_constructor(m.rnn)})"
    if isinstance(m, LastStep):
        return "LastStep()"
    raise ExportError.of("export.unsupported_layer", kind=kind.__name__)


_HELPERS = {
    Recurrent: '''class Recurrent(nn.Module):
    """Runs an RNN, LSTM or GRU over a batch-first sequence; keeps only its outputs."""

    def __init__(self, rnn: nn.Module) -> None:
        super().__init__()
        self.rnn = rnn

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.rnn(x)[0]''',
    LastStep: '''class LastStep(nn.Module):
    """The last step of a sequence: (batch, T, F) -> (batch, F)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x[:, -1]''',
    Residual: '''class Residual(nn.Module):
    """x + body(x): the block learns a correction to its input."""

    def __init__(self, *layers: nn.Module) -> None:
        super().__init__()
        self.body = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.body(x)''',
}


def _layer_lines(module: nn.Module, position: str, shapes: dict[str, Shape | None],
                 indent: str) -> list[str]:
    """``module``'s source lines, each layer commented with the shape it gives."""
    comment = f"  # -> {shapes.get(position)}"
    if not isinstance(module, Residual):
        return [f"{indent}{_constructor(module)},{comment}"]
    lines = [f"{indent}Residual({comment} (its input + its body's output)"]
    for i, inner in enumerate(module.body, start=1):
        lines += _layer_lines(inner, f"{position}.{i}", shapes, indent + "    ")
    return lines + [f"{indent}),"]


def _wrapped(text: str, indent: str) -> str:
    return textwrap.fill(text, 88, initial_indent=indent, subsequent_indent=indent).lstrip()


def python_source(model: StackModel, io: ExportIO | None = None) -> str:
    """The text of the standalone script export_python writes (needs only torch):
    ``model`` with ``io``'s preprocessing and output function (a design's when None)."""
    require_stack_model(model)
    io = io or design_io(model)
    rows = infer(model.stack, model.input_shape, model.n_outputs)
    shapes = {row.position: row.output for row in rows}
    has_head = model.head is not None
    final = network_output(model)
    labels = " → ".join([layer.label for layer in model.stack] + ["Linear"] * has_head)
    count = sum(p.numel() for p in model.parameters())
    methods = "".join("\n" + m for m in (prepare_source(io), finish_source(io)) if m)
    return _SCRIPT.format(
        title=_wrapped(f"A network exported from Deepscope: {labels} ({count:,} parameters).",
                       ""),
        input=_wrapped(f"Input: {describe_input(io)}.", ""),
        output=_wrapped(f"Output: {describe_output(io, final.dims)}.", ""),
        summary=_wrapped(labels + ".", "    "),
        doc_input=_wrapped(f"Input: {describe_input(io)}.", "    "),
        doc_output=_wrapped(f"Output: {describe_output(io, final.dims)}.", "    "),
        constants=constants_source(io), helpers=_helpers_used(model),
        layers=_layers_source(model, shapes),
        head=f"        self.head = {_constructor(model.head)}  # -> {final}\n" if has_head else "",
        forward=forward_source(io, has_head), methods=methods,
        reader=reader_source({t.dtype for t in model.state_dict().values()}),
        example=example_source(io))


def _layers_source(model: StackModel, shapes: dict[str, Shape | None]) -> str:
    """The lines of ``nn.ModuleList([...])``: each layer, commented with its shape."""
    lines: list[str] = []
    for i, module in enumerate(model.layers, start=1):
        lines += _layer_lines(module, str(i), shapes, " " * 12)
    return "\n".join(lines)


def _helpers_used(model: StackModel) -> str:
    """The source of the helper modules (Recurrent, LastStep, Residual) the model uses."""
    used = {helper for helper in _HELPERS for m in model.modules() if isinstance(m, helper)}
    return "".join(source + "\n\n\n" for kind, source in _HELPERS.items() if kind in used)


#: The script, filled in by python_source (str.format: doubled braces are the script's).
_SCRIPT = '''"""{title}

It needs only PyTorch. Its weights are in the .safetensors file with the same name
beside this file (a plain tensor format: no pickle, no code); load() reads them:

    model = load()      # in eval mode
    y = model(x)

{input}

{output}

Run this file to try the model on a random input.
"""

import json
import struct
from pathlib import Path

import torch
from torch import nn


{constants}{helpers}class Model(nn.Module):
    """{summary}

    {doc_input}

    {doc_output}
    """

    def __init__(self) -> None:
        super().__init__()
        self.layers = nn.ModuleList([
{layers}
        ])
{head}
    def forward(self, x: torch.Tensor) -> torch.Tensor:
{forward}
{methods}

{reader}

def load(weights_path: str | Path | None = None) -> Model:
    """The model with its trained weights, in eval mode (dropout off, batch-norm statistics
    fixed). ``weights_path`` defaults to this file's name with the suffix .safetensors."""
    if weights_path is None:
        weights_path = Path(__file__).with_suffix(".safetensors")
    model = Model()
    model.load_state_dict(read_safetensors(weights_path), strict=True)
    return model.eval()


if __name__ == "__main__":
    model = load()
    x = {example}
    with torch.no_grad():
        print(f"input {{tuple(x.shape)}} -> output {{tuple(model(x).shape)}}")
'''
