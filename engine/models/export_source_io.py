"""The script's side of export_io: a run's preprocessing and output function as source.

export_source writes the network; this module writes what surrounds it in the script's
Model: ``prepare`` (the features or the pixels' scale, in the same torch operations the
trainer does, so the script gives the app's numbers) and ``finish`` (sigmoid, softmax, or
the value), the VOCABULARY and CLASSES constants, and a random raw input to try it on.
"""

from __future__ import annotations

import pprint

from engine.models.export_io import ExportIO, feature_formula
from engine.shared.features import FEATURE_SCALE

#: Each feature from the columns x1, x2, as engine.shared.features.feature_columns
#: computes it before dividing by its scale.
FEATURE_SOURCE = {"x1": "x1", "x2": "x2", "x1^2": "x1 * x1", "x2^2": "x2 * x2",
                  "x1*x2": "x1 * x2", "sin_x1": "torch.sin(x1)", "sin_x2": "torch.sin(x2)"}

_FINISH = {
    "probability": ("The network's score -> the probability of class 1.",
                    "torch.sigmoid(y[..., 0])"),
    "probabilities": ("The network's scores -> the probability of each class (softmax).",
                      "torch.softmax(y, dim=-1)"),
    "value": ("The network's one output -> the predicted value.", "y[..., 0]"),
}


def _method(name: str, argument: str, doc: str, body: list[str]) -> str:
    lines = [f"    def {name}(self, {argument}: torch.Tensor) -> torch.Tensor:",
             f'        """{doc}"""', *(f"        {line}" for line in body)]
    return "\n".join(lines) + "\n"


def prepare_source(io: ExportIO) -> str:
    """The Model's ``prepare`` method, or "" where the input goes in as it is."""
    if io.kind == "points":
        columns = ", ".join(f"{FEATURE_SOURCE[f]} / {FEATURE_SCALE[f]!r}" for f in io.features)
        formulas = ", ".join(feature_formula(f) for f in io.features)
        return _method("prepare", "x", f"Points (x1, x2) -> the network's input columns: "
                       f"{formulas}.", ["x1, x2 = x[:, 0], x[:, 1]",
                                        f"return torch.stack([{columns}], dim=1)"])
    if io.kind == "image":
        scale = f"x / {float(io.pixel_max)!r}"
        if io.flatten:
            return _method("prepare", "x", f"Pixels from 0 to {io.pixel_max:g} -> 0 to 1, "
                           "each image flattened to one row.",
                           [f"return ({scale}).reshape(x.shape[0], -1)"])
        return _method("prepare", "x", f"Pixels from 0 to {io.pixel_max:g} -> 0 to 1.",
                       [f"return {scale}"])
    return ""


def finish_source(io: ExportIO) -> str:
    """The Model's ``finish`` method, or "" where the raw scores come out."""
    if io.output not in _FINISH:
        return ""
    doc, expression = _FINISH[io.output]
    return _method("finish", "y", doc, [f"return {expression}"])


def forward_source(io: ExportIO, has_head: bool) -> str:
    """The body of the Model's forward."""
    lines = []
    if prepare_source(io):
        lines.append("x = self.prepare(x)")
    lines += ["for layer in self.layers:", "    x = layer(x)"]
    result = "self.head(x)" if has_head else "x"
    if finish_source(io):
        result = f"self.finish({result})"
    lines.append(f"return {result}")
    return "\n".join(f"        {line}" for line in lines)


def constants_source(io: ExportIO) -> str:
    """VOCABULARY and CLASSES, where the data have them (plain Python literals)."""
    parts = []
    for name, values, what in (("VOCABULARY", io.vocabulary, "The text of each token id "
                                "(index = id)"),
                               ("CLASSES", io.classes, "The name of each class (index = "
                                "class)")):
        if values:
            literal = pprint.pformat(tuple(values), width=88 - len(name) - 3, compact=True)
            literal = literal.replace("\n", "\n" + " " * (len(name) + 3))
            parts.append(f"#: {what}.\n{name} = {literal}\n")
    return "\n".join(parts) + ("\n\n" if parts else "")


def example_source(io: ExportIO) -> str:
    """A random raw input of the export's shape, for the script's own try-out."""
    shape = io.raw
    dims = ", ".join(map(str, shape.dims))
    if io.kind == "points":
        return "torch.rand(2, 2) * 12 - 6  # points in the plane"
    if io.kind == "image":
        return f"torch.rand(2, {dims}) * {float(io.pixel_max)!r}"
    if shape.layout == "tokens":
        vocab = len(io.vocabulary) or shape.vocab
        return f"torch.randint(0, {vocab}, (2, {dims}))"
    return f"torch.randn(2, {dims})"
