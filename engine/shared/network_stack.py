"""The playground's network settings and the layer builder's stack are one network.

The network panel edits ``hidden``/``activations``/``dropout`` (a perceptron it can draw);
the layer builder edits a stack of layers. A stack that *is* such a perceptron is stored
as the perceptron, so both panels show and edit it; any other stack is kept as layers in
``NetworkSettings.layers`` and the panel says it cannot draw it. Torch-free: the window
uses it.
"""

from __future__ import annotations

import dataclasses

from engine.shared.catalogue import (
    DATASETS,
    ImageDatasetInfo,
    SequenceDatasetInfo,
    WordDatasetInfo,
    sequence_info,
    word_info,
)
from engine.shared.layers.errors import SpecError
from engine.shared.layers.infer import check
from engine.shared.layers.kinds import ACTIVATION_KIND, KIND_ACTIVATION
from engine.shared.layers.layer import Layer
from engine.shared.layers.shape import Shape
from engine.shared.settings import DataSettings, NetworkSettings


def input_shape(network: NetworkSettings, data: DataSettings | None = None) -> Shape:
    """What the stack reads: one value per switched-on feature on the 2-D playground, or
    the data's own values when ``data`` names other data (64 pixels of a digit; the
    features are ignored there). Without ``data``: the playground's points."""
    info = DATASETS.get(data.dataset) if data is not None else None
    sequence = sequence_info(data.dataset) if data is not None else None
    if isinstance(info, WordDatasetInfo):
        # A language model reads the previous words, skip-gram the one centre word.
        steps = data.context if data.word_task == "lm" else 1
        return Shape.tokens(max(1, steps), info.embedding_rows(data.max_vocab))
    if sequence is not None:
        length = data.seq_length or sequence.default_length
        if sequence.sequence_layout == "tokens":
            return Shape.tokens(length, sequence.vocab_size)
        return Shape.sequence(length, sequence.n_inputs)
    if info is not None and not info.points_2d:
        # A builder stack reads images as images (channels, height, width), so a Conv2d
        # fits and a Linear asks for a Flatten; the perceptron reads the flat pixels.
        if info.image_shape is not None and network.layers:
            return Shape.image(1, *info.image_shape)
        return Shape.features(info.n_inputs)
    return Shape.features(len(network.features))


def mlp_stack(network: NetworkSettings) -> tuple[Layer, ...]:
    """The perceptron of ``hidden``/``activations``/``dropout`` as layers (no head)."""
    layers: list[Layer] = []
    for width, activation in zip(network.hidden, network.activations):
        layers.append(Layer.make("linear", out_features=width))
        layers.append(Layer.make(ACTIVATION_KIND[activation]))
        if network.dropout > 0:
            layers.append(Layer.make("dropout", p=network.dropout))
    return tuple(layers)


def model_stack(network: NetworkSettings) -> tuple[Layer, ...]:
    """The stack that is trained: the builder's layers, else the perceptron's."""
    return tuple(network.layers) or mlp_stack(network)


def as_perceptron(stack: tuple[Layer, ...], network: NetworkSettings
                  ) -> tuple[tuple[int, ...], tuple[str, ...], float] | None:
    """(hidden, activations, dropout) when ``stack`` is a perceptron the panel can draw.

    That is: repeats of Linear (automatic in_features, with bias), one activation, and
    optionally Dropout with the same probability after every layer; within the panel's
    limits of layers and units. None for anything else.
    """
    hidden, activations, dropouts = [], [], []
    i = 0
    while i < len(stack):
        linear = stack[i]
        if (linear.kind != "linear" or linear.value("in_features") is not None
                or not linear.value("bias")):
            return None
        if i + 1 >= len(stack) or stack[i + 1].kind not in KIND_ACTIVATION:
            return None
        hidden.append(linear.value("out_features"))
        activations.append(KIND_ACTIVATION[stack[i + 1].kind])
        i += 2
        if i < len(stack) and stack[i].kind == "dropout":
            dropouts.append(stack[i].value("p"))
            i += 1
        else:
            dropouts.append(None)
    # One dropout rate after every layer (the panel's single setting), or none at all;
    # a Dropout(p=0) layer someone placed on purpose stays a layer.
    if len(set(dropouts)) > 1 or 0.0 in dropouts or len(hidden) > network.max_layers:
        return None
    if any(not 1 <= width <= network.max_units for width in hidden):
        return None
    dropout = dropouts[0] if dropouts and dropouts[0] is not None else 0.0
    if not dropouts:
        dropout = network.dropout
    return tuple(hidden), tuple(activations), dropout


def with_stack(network: NetworkSettings, stack: tuple[Layer, ...]) -> NetworkSettings:
    """The network settings after the builder set ``stack``."""
    perceptron = as_perceptron(stack, network)
    if perceptron is None:
        return dataclasses.replace(network, layers=tuple(stack))
    hidden, activations, dropout = perceptron
    return dataclasses.replace(network, hidden=hidden, activations=activations,
                               dropout=dropout, layers=())


def sequence_stack(info: SequenceDatasetInfo) -> tuple[Layer, ...]:
    """The network a person starts from on sequence data: an Embedding for token ids,
    the data's recurrent cell, and the last step's read-out for one target per sequence."""
    layers = []
    if info.sequence_layout == "tokens":
        layers.append(Layer.make("embedding", embedding_dim=16))
    layers.append(Layer.make(info.default_cell, hidden_size=info.default_hidden))
    if not info.per_step:
        layers.append(Layer.make("last_step"))
    return tuple(layers)


def word_stack(task: str) -> tuple[Layer, ...]:
    """The network a person starts from on words: Bengio et al.'s language model (the
    context's words through one shared Embedding, concatenated, a tanh hidden layer; the
    output layer is the softmax over the vocabulary), or skip-gram's word vectors (the
    output layer's rows are the context vectors negative sampling scores against)."""
    if task == "skipgram":
        return (Layer.make("embedding", embedding_dim=32), Layer.make("flatten"))
    return (Layer.make("embedding", embedding_dim=32), Layer.make("flatten"),
            Layer.make("linear", out_features=128), Layer.make("tanh"))


def _fits(network: NetworkSettings, data: DataSettings) -> bool:
    try:
        check(tuple(network.layers), input_shape(network, data), 1)
    except SpecError:
        return False
    return True


def fit_network_to_data(old: DataSettings, new: DataSettings,
                        network: NetworkSettings) -> NetworkSettings:
    """``network``, or one that reads ``new``'s data when the data changed kind: moving to
    sequences brings the data's recurrent stack (the perceptron cannot read a sequence),
    moving away from them brings the perceptron back. A network that already fits stays."""
    old_seq, new_seq = sequence_info(old.dataset), sequence_info(new.dataset)
    if word_info(new.dataset) is not None:
        if network.layers and _fits(network, new):
            return network
        return dataclasses.replace(network, layers=word_stack(new.word_task))
    if word_info(old.dataset) is not None and network.layers and not _fits(network, new):
        layers = sequence_stack(new_seq) if new_seq is not None else ()
        return dataclasses.replace(network, layers=layers)
    if new_seq is not None:
        if network.layers:
            try:
                check(tuple(network.layers), input_shape(network, new), 1)
                if _per_step_fits(network.layers, new_seq):
                    return network
            except SpecError:
                pass
        return dataclasses.replace(network, layers=sequence_stack(new_seq))
    if old_seq is not None and network.layers:
        try:
            check(tuple(network.layers), input_shape(network, new), 1)
            return network
        except SpecError:
            return dataclasses.replace(network, layers=())
    return network


def _per_step_fits(layers: tuple[Layer, ...], info: SequenceDatasetInfo) -> bool:
    """A stack ending in "Last step" gives one output per sequence; a task with a target
    at every step needs one per step, and the other way round."""
    reads_last = any(layer.kind == "last_step" for layer in layers)
    return reads_last != info.per_step


def is_perceptron(network: NetworkSettings) -> bool:
    return not network.layers


def n_outputs(data: DataSettings) -> int:
    """Outputs the data need: one (binary, regression) or one per class (3+ classes)."""
    info = DATASETS.get(data.dataset)
    if isinstance(info, WordDatasetInfo):  # a softmax over the vocabulary and the marks
        return info.embedding_rows(data.max_vocab)
    if info is None or info.problem != "classification" or info.max_classes <= 2:
        return 1
    if not info.points_2d:  # the digits' ten; the shapes' chosen number of classes
        # Only image and sequence data may let n_classes pick how many classes there are.
        if isinstance(info, ImageDatasetInfo | SequenceDatasetInfo) and info.adjustable_classes:
            return data.n_classes
        return info.max_classes  # a person's files: at most this many (the trainer knows)
    return data.n_classes if data.n_classes > 2 else 1


def with_activation(network: NetworkSettings, activation: str) -> NetworkSettings:
    """Every activation set to ``activation`` (the training bar's one choice): the
    perceptron's list, and each activation layer of a builder's stack."""
    kind = ACTIVATION_KIND[activation]

    def swap(layers: tuple[Layer, ...]) -> tuple[Layer, ...]:
        return tuple(Layer.make(kind) if layer.kind in KIND_ACTIVATION
                     else layer.with_body(swap(layer.body)) if layer.body else layer
                     for layer in layers)

    return dataclasses.replace(network, activations=(activation,) * len(network.hidden),
                               layers=swap(tuple(network.layers)))
