"""What an exported model takes and what it gives, as plain values and as sentences.

A run's export is faithful to the app: it reads what a person has (the playground's
points (x1, x2) in the plane's own coordinates, images in their files' pixel units,
sequences of token ids or of values) and gives what the app shows (the probability of
class 1, the classes' probabilities, or the value). The preprocessing that the run does
between its data and its network (the features with their scales, the division of the
pixels, the flattening of an image for the perceptron) goes into the export, written as
torch operations by export_wrap (TorchScript, ONNX) and export_source_io (the script).

A design for other data has neither data nor an objective: its export reads exactly what
its network reads and gives the network's raw scores.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.data import Dataset
from engine.models.objective import Objective
from engine.models.stack import StackModel
from engine.shared.catalogue import DATASETS, ImageDatasetInfo
from engine.shared.features import FEATURE_SCALE
from engine.shared.layers.infer import infer
from engine.shared.layers.shape import Shape

#: How an export's input is read: a run's "points", "image", "tokens" or "values"; a
#: design's "network" (what its first layer reads, nothing done to it first).
INPUT_KINDS = ("points", "image", "tokens", "values", "network")
#: What it gives: "probability" of class 1 (the sigmoid of the one score),
#: "probabilities" of the classes (softmax), a regression's "value", or raw "scores".
OUTPUT_KINDS = ("probability", "probabilities", "value", "scores")


@dataclass(frozen=True)
class ExportIO:
    #: What the export reads, without the batch axis: the raw input.
    raw: Shape
    kind: str = "network"
    #: Points: the network's features, in the order of its input columns.
    features: tuple[str, ...] = ()
    #: Images: pixels run from 0 to this; the export divides by it.
    pixel_max: float = 1.0
    #: Images the perceptron reads: flattened to one row of pixels each.
    flatten: bool = False
    output: str = "scores"
    #: Token sequences: the text of each id (index = id); () elsewhere.
    vocabulary: tuple[str, ...] = ()
    #: The classes' names where the data have them (index = class).
    classes: tuple[str, ...] = ()

    @property
    def per_example(self) -> bool:
        """True where the output drops the network's last axis (one number each)."""
        return self.output in ("probability", "value")


def design_io(model: StackModel) -> ExportIO:
    """A design's export: the network's own input, its raw scores."""
    return ExportIO(model.input_shape)


def run_io(model: StackModel, dataset: Dataset, dataset_id: str,
           features: tuple[str, ...], objective: Objective) -> ExportIO:
    """A run's export: the raw input of ``dataset``, the output the app shows."""
    output = ("probability" if objective.is_binary else
              "probabilities" if objective.problem == "classification" else "value")
    classes = tuple(dataset.class_names)
    if dataset.sequence is not None:
        sequence = dataset.sequence
        return ExportIO(model.input_shape, "tokens" if sequence.tokens else "values",
                        output=output, vocabulary=tuple(sequence.vocab), classes=classes)
    if dataset.image_shape is not None:
        info = DATASETS.get(dataset_id)
        pixel_max = info.pixel_max if isinstance(info, ImageDatasetInfo) else 1.0
        return ExportIO(Shape.image(1, *dataset.image_shape), "image", pixel_max=pixel_max,
                        flatten=model.input_shape.layout != "image", output=output,
                        classes=classes)
    return ExportIO(Shape.features(2), "points", features=tuple(features), output=output,
                    classes=classes)


# -- the sentences every export carries --------------------------------------------------
def _many(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _dims(dims: tuple[int, ...]) -> str:
    """"batch, 2" or "batch," (a tuple's notation for one axis)."""
    return ", ".join(["batch", *map(str, dims)]) if dims else "batch,"


def _number(value: float) -> str:
    return f"{value:g}"


def feature_formula(name: str) -> str:
    """"x1·x2 / 9": one input column as the export computes it from (x1, x2)."""
    text = {"x1^2": "x1²", "x2^2": "x2²", "x1*x2": "x1·x2", "sin_x1": "sin x1",
            "sin_x2": "sin x2"}.get(name, name)
    scale = FEATURE_SCALE[name]
    return text if scale == 1.0 else f"{text} / {_number(scale)}"


def describe_input(io: ExportIO) -> str:
    """The input an export expects: shape, dtype, columns, units."""
    shape = io.raw
    if io.kind == "points":
        formulas = ", ".join(feature_formula(f) for f in io.features)
        return ("a float32 tensor (batch, 2): points (x1, x2), one per row, in the "
                "playground's own coordinates (the plane runs from -6 to 6), as the data "
                f"panel shows them; the model computes its input columns from them itself: "
                f"{formulas}")
    if io.kind == "image":
        channels, height, width = shape.dims
        flat = " and flattens each image to one row" if io.flatten else ""
        return (f"a float32 tensor ({_dims(shape.dims)}): grey images of {height}×{width} "
                f"pixels, channels first ({_many(channels, 'channel')}), pixel values from 0 "
                f"to {_number(io.pixel_max)} as the data's files hold them; the model "
                f"divides them by {_number(io.pixel_max)} itself{flat}")
    if io.kind == "tokens":
        return (f"an int64 tensor ({_dims(shape.dims)}): sequences of "
                f"{_many(shape.dims[0], 'step')}, one token id per step, from 0 to "
                f"{max(len(io.vocabulary), 1) - 1} (the vocabulary gives each id's text)")
    if io.kind == "values":
        steps, values = shape.dims
        return (f"a float32 tensor ({_dims(shape.dims)}): sequences of "
                f"{_many(steps, 'step')}, {_many(values, 'value')} per step, as the data "
                "hold them (nothing is scaled)")
    return _network_input(shape)


def _network_input(shape: Shape) -> str:
    dims = _dims(shape.dims)
    if shape.layout == "tokens":
        what = f"an int64 tensor ({dims}) of token ids from 0 to {shape.vocab - 1}"
    else:
        what = f"a float32 tensor ({dims}): " + {
            "features": f"{_many(shape.dims[0], 'feature')} each",
            "image": f"{shape} images, channels first",
            "sequence": f"sequences of {_many(shape.dims[0], 'step')} of "
                        f"{_many(shape.dims[-1], 'feature')}"}[shape.layout]
    return (what + ", exactly what the network's first layer reads: an untrained design "
            "knows no data, so nothing is scaled or computed first")


def describe_output(io: ExportIO, network_dims: tuple[int, ...]) -> str:
    """What an export gives, for a network whose output is ``network_dims`` per example."""
    dims = network_dims[:-1] if io.per_example else network_dims
    tensor = f"a float32 tensor ({_dims(dims)})"
    steps = " at every step" if len(network_dims) > 1 else ""
    if io.output == "probability":
        return (f"{tensor}: the probability of class 1{steps} (the sigmoid of the "
                "network's score), the number the app shows")
    if io.output == "probabilities":
        return (f"{tensor}: the probability of each of the {network_dims[-1]} classes{steps} "
                "(a softmax of the network's scores: they sum to 1), as the app shows them")
    if io.output == "value":
        return f"{tensor}: the predicted value{steps}, as the app shows it"
    return f"{tensor} of raw scores (no softmax or sigmoid)"


def description(io: ExportIO, network_dims: tuple[int, ...]) -> str:
    """The two sentences an export file carries (TorchScript's extra file, ONNX's
    doc_string): what goes in, what comes out."""
    return (f"Input: {describe_input(io)}.\n"
            f"Output: {describe_output(io, network_dims)}.\n")


def network_output(model: StackModel) -> Shape:
    """The shape the network gives per example (its head's, else its last layer's)."""
    rows = infer(model.stack, model.input_shape, model.n_outputs)
    shapes = {row.position: row.output for row in rows}
    last = "out" if model.head is not None else str(len(model.layers))
    return shapes.get(last) or model.input_shape
