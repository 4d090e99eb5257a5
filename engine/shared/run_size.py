"""How much memory a run will take, estimated before its model and data are built.

Experiment.validate refuses a run whose estimate is over MAX_RUN_BYTES, so a settings
file asking for three hidden layers of 20,000 units says so in a sentence instead of
filling the machine's memory. The estimate counts what dominates (torch-free, from the
layer stack's shape inference):

- the weights: each parameter as float32, with its gradient, the last good copy the
  trainer keeps to recover from a diverged step, and the optimizer's state (Adam keeps
  two numbers per parameter, SGD with momentum, RMSprop and Adagrad one, plain SGD none);
- the data: every example's input numbers, twice (the dataset's arrays and the tensors
  the trainer reads);
- the activations: every layer's output for one training batch, with its gradient, and
  the widest layer's output over all the examples at once (the metrics read them so).

It leaves out what is small beside these (targets, the probes' grids, Python objects).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from engine.shared.layers.errors import SpecError
from engine.shared.layers.infer import MAX_PARAMETERS, infer
from engine.shared.messages import Message, message
from engine.shared.network_stack import input_shape, model_stack, n_outputs
from engine.shared.settings import DataSettings, ExperimentError, NetworkSettings, TrainSettings


class Experiment(Protocol):
    """What the estimate reads of an engine.shared.experiment.Experiment (which calls
    it from validate, so it is not imported here)."""

    @property
    def data(self) -> DataSettings: ...

    @property
    def network(self) -> NetworkSettings: ...

    @property
    def training(self) -> TrainSettings: ...

#: The most memory one run may be estimated to take. The shipped demos need at most
#: about 270 MB (char-rnn; the ConvNet demos about 175 MB, the rest under 25 MB), and
#: the 10,000 images the image panel first takes of a person's MNIST, under the
#: feature-maps ConvNet, about 570 MB: 2 GB leaves each of them a wide margin while
#: refusing, in a sentence, settings (or a file) that would fill a laptop's memory.
MAX_RUN_BYTES = 2_000_000_000
#: float32 throughout: weights, data and activations.
BYTES_PER_NUMBER = 4
#: Numbers each optimizer keeps per parameter beside it.
OPTIMIZER_COPIES = {"sgd": 0, "momentum": 1, "adam": 2, "rmsprop": 1, "adagrad": 1}
#: Weight, gradient and the last good copy (engine/trainer/good_state.py).
WEIGHT_COPIES = 3


@dataclass(frozen=True)
class RunSize:
    """The estimate, in bytes, of each part."""

    parameters: int
    weights: int
    data: int
    activations: int

    @property
    def total(self) -> int:
        return self.weights + self.data + self.activations


def _count(value: object) -> int:
    """A setting that should be a count (an odd value counts 0: validate refuses it)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def _stack_rows(experiment: Experiment) -> tuple[int, list[int], int] | None:
    """(parameters, each layer's output numbers, the numbers of one input example) of a
    builder's stack; None where it does not fit its data (its own check says why)."""
    network, data = experiment.network, experiment.data
    try:
        shape = input_shape(network, data)
        rows = infer(model_stack(network), shape, n_outputs(data))
    except (SpecError, TypeError, ValueError):
        return None
    if any(row.error is not None for row in rows):
        return None
    return (sum(row.params for row in rows if row.depth == 0),
            [row.output.numel for row in rows if row.output is not None], shape.numel)


def _perceptron_widths(experiment: Experiment) -> list[int] | None:
    """The perceptron's widths, input to output (engine/models/network.py builds it so);
    counted here rather than as a stack, since its widths are limited by its own
    ``max_units``, not by the Linear layer's schema. None for widths that are not counts
    (validate refuses them) or data it cannot read."""
    network, data = experiment.network, experiment.data
    try:
        shape = input_shape(network, data)
    except (SpecError, TypeError, ValueError):
        return None
    widths = [shape.numel if shape.layout == "features" else 0, *network.hidden,
              n_outputs(data)]
    return widths if all(_count(w) for w in widths) else None


def _perceptron_rows(experiment: Experiment) -> tuple[int, list[int], int] | None:
    widths = _perceptron_widths(experiment)
    if widths is None:
        return None
    parameters = sum((a + 1) * b for a, b in zip(widths, widths[1:]))
    # A hidden layer's output twice (before and after its activation), then the output.
    outputs = [w for w in widths[1:-1] for _ in range(2)] + [widths[-1]]
    return parameters, outputs, widths[0]


def estimate(experiment: Experiment) -> RunSize | None:
    """The run's estimated memory; None where its network does not fit its data."""
    found = (_stack_rows if experiment.network.layers else _perceptron_rows)(experiment)
    if found is None:
        return None
    parameters, outputs, per_example = found
    data, training = experiment.data, experiment.training
    copies = WEIGHT_COPIES + OPTIMIZER_COPIES.get(training.optimizer, 2)
    points = data.custom_points  # a demo's raw dict is not type-checked like a file's
    examples = _count(data.n_points) + (len(points) if isinstance(points, tuple) else 0)
    batch = min(_count(training.batch_size), examples)
    activations = 2 * batch * (per_example + sum(outputs)) + 2 * examples * max(outputs)
    return RunSize(parameters, parameters * copies * BYTES_PER_NUMBER,
                   2 * examples * per_example * BYTES_PER_NUMBER,
                   activations * BYTES_PER_NUMBER)


def size_message(n_bytes: int) -> Message:
    """"3.2 GB" or "41 MB", as a message parameter."""
    if n_bytes >= 100e6:
        return message("settings.gigabytes", gb=n_bytes / 1e9)
    return message("settings.megabytes", mb=math.ceil(n_bytes / 1e6))


def check_run_size(experiment: Experiment) -> None:
    """ExperimentError when the run would take more than MAX_RUN_BYTES, naming what
    takes it; and for a perceptron as for a builder's stack, more than MAX_PARAMETERS
    weights are refused (the stack's check refuses them; the perceptron's widths are
    checked only against its own limits, which a file may lift)."""
    size = estimate(experiment)
    if size is None:
        return
    if size.total > MAX_RUN_BYTES:
        raise ExperimentError.of(
            "settings.too_much_memory", total=size_message(size.total),
            weights=size_message(size.weights), parameters=size.parameters,
            data=size_message(size.data), activations=size_message(size.activations),
            limit=size_message(MAX_RUN_BYTES))
    if not experiment.network.layers and size.parameters > MAX_PARAMETERS:
        _too_many_parameters(experiment, size.parameters)


def _too_many_parameters(experiment: Experiment, total: int) -> None:
    """The stack's refusal of too many weights, for the perceptron: naming its largest
    layer (its hidden layers count from 1, as the network panel shows them)."""
    widths = _perceptron_widths(experiment)
    assert widths is not None  # estimate() counted them
    sizes = [(a + 1) * b for a, b in zip(widths, widths[1:])]
    biggest = max(range(len(sizes)), key=sizes.__getitem__)
    layer = message("layers.output_layer") if biggest == len(sizes) - 1 else message(
        "layers.named", where=message("layers.at", position=str(biggest + 1)),
        kind="Linear")
    raise ExperimentError.of("layers.too_many_parameters", total=total,
                             limit=MAX_PARAMETERS, layer=layer, params=sizes[biggest])
