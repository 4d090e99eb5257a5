"""An Experiment: data + network + training settings, as plain typed values.

Every control of the window maps to exactly one field here (the TF-Playground
``state.ts`` habit), so an experiment round-trips through JSON without loss and a
demo file is just a partial experiment. The sections are in engine.shared.settings.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from engine.shared.caption_settings import check_captioning
from engine.shared.catalogue import DATASETS, sequence_info
from engine.shared.layers.errors import SpecError
from engine.shared.layers.infer import check
from engine.shared.layers.kinds import ACTIVATIONS
from engine.shared.layers.layer import stack_from_list, stack_to_list
from engine.shared.network_stack import fit_network_to_data, input_shape
from engine.shared.run_size import check_run_size
from engine.shared.sequence_info import MAX_LENGTH, MIN_LENGTH
from engine.shared.settings import (
    FEATURE_LABELS,
    FEATURES,
    LOSSES,
    MAX_HIDDEN_LAYERS,
    MAX_UNITS,
    OPTIMIZERS,
    REGULARIZATIONS,
    DataSettings,
    ExperimentError,
    NetworkSettings,
    TrainSettings,
)
from engine.shared.translation_settings import check_translation
from engine.shared.word_settings import check_words, fit_training_to_words

__all__ = [
    "Experiment", "OPTIMIZERS", "REGULARIZATIONS", "LOSSES", "FEATURES", "FEATURE_LABELS",
    "MAX_HIDDEN_LAYERS", "MAX_UNITS", "ExperimentError", "DataSettings", "NetworkSettings",
    "TrainSettings",
]


@dataclass(frozen=True)
class Experiment:
    data: DataSettings = field(default_factory=DataSettings)
    network: NetworkSettings = field(default_factory=NetworkSettings)
    training: TrainSettings = field(default_factory=TrainSettings)

    def replace(self, **sections: Any) -> Experiment:
        """A copy with whole sections replaced, e.g. ``replace(data=...)``."""
        return dataclasses.replace(self, **sections)

    def with_data(self, **changes: Any) -> Experiment:
        """New data settings; a network that cannot read the new kind of data (a
        perceptron on sequences, an LSTM on points) gives way to one that can."""
        new = dataclasses.replace(self, data=dataclasses.replace(self.data, **changes))
        if "dataset" not in changes:
            return new
        return new.replace(network=fit_network_to_data(self.data, new.data, new.network),
                           training=fit_training_to_words(self.data, new.data, new.training))

    def with_network(self, **changes: Any) -> Experiment:
        return dataclasses.replace(self, network=dataclasses.replace(self.network, **changes))

    def with_training(self, **changes: Any) -> Experiment:
        return dataclasses.replace(self, training=dataclasses.replace(self.training, **changes))

    def validate(self) -> Experiment:
        """Raise ExperimentError naming the first setting that cannot be used."""
        net = self.network
        _check_network(net)
        if net.layers:
            _check_stack(self)
        if not 0.0 < net.init_scale <= 10.0:
            raise ExperimentError.of("settings.init_scale", value=net.init_scale)
        if not 0.0 < net.recurrent_scale <= 10.0:
            raise ExperimentError.of("settings.recurrent_scale", value=net.recurrent_scale)
        if not 0.0 <= net.dropout < 1.0:
            raise ExperimentError.of("settings.dropout", value=net.dropout)
        _check_training(self.training)
        data = self.data
        if not 0.0 < data.train_ratio < 1.0:
            raise ExperimentError.of("settings.train_ratio", value=data.train_ratio)
        if not 0.0 <= data.noise <= 1.0:
            raise ExperimentError.of("settings.noise", value=data.noise)
        _check_pretraining(self)
        _check_sequences(self)
        check_words(data)
        check_translation(data, net)
        check_captioning(data, net)
        check_run_size(self)  # last: it needs the rest to hold together
        return self

    @property
    def n_inputs(self) -> int:
        """Width of the network's input: one value per feature for 2-D points, the
        data's own width (64 pixels for the digits) for other data."""
        info = _dataset_info(self.data.dataset)
        if info is None or info.points_2d:
            return len(self.network.features)
        return info.n_inputs

    # -- text form -----------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        raw = dataclasses.asdict(self)
        raw["network"]["layers"] = stack_to_list(self.network.layers)
        return raw

    @classmethod
    def from_dict(cls, raw: dict[str, Any], base: Experiment | None = None) -> Experiment:
        """Build from a (possibly partial) dict; unknown keys are an error, not ignored."""
        base = base or cls()
        if not isinstance(raw, dict):
            raise ExperimentError.of("settings.not_an_object")
        sections = {}
        for name, section_type in (("data", DataSettings), ("network", NetworkSettings),
                                   ("training", TrainSettings)):
            values = raw.get(name, {})
            if not isinstance(values, dict):
                raise ExperimentError.of("settings.section_not_object", section=name)
            known = {f.name: f for f in dataclasses.fields(section_type)}
            unknown = set(values) - set(known)
            if unknown:
                raise ExperimentError.of("settings.unknown_settings", n=len(unknown),
                                         section=name, names=_names(unknown))
            converted = {k: _from_json(v) for k, v in values.items() if k != "layers"}
            if "layers" in values:
                try:
                    converted["layers"] = stack_from_list(values["layers"])
                except SpecError as exc:
                    raise ExperimentError.of("settings.network_stack",
                                             problem=exc.message) from None
            sections[name] = dataclasses.replace(getattr(base, name), **converted)
        unknown = set(raw) - {"data", "network", "training"}
        if unknown:
            raise ExperimentError.of("settings.unknown_sections", n=len(unknown),
                                     names=_names(unknown))
        return cls(**sections)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)


def _check_network(net: NetworkSettings) -> None:
    """The perceptron's layers, widths and activations, and the input features."""
    if len(net.hidden) > net.max_layers:
        raise ExperimentError.of("settings.too_many_layers", n=len(net.hidden),
                                 most=net.max_layers)
    if len(net.activations) != len(net.hidden):
        raise ExperimentError.of("settings.activations_mismatch", layers=len(net.hidden),
                                 activations=len(net.activations))
    for i, width in enumerate(net.hidden):
        if not 1 <= width <= net.max_units:
            raise ExperimentError.of("settings.layer_width", layer=i + 1, units=width,
                                     most=net.max_units)
    for act in net.activations:
        if act not in ACTIVATIONS:
            raise ExperimentError.of("settings.unknown_activation", name=repr(act),
                                     choices=", ".join(ACTIVATIONS))
    if not net.features:
        raise ExperimentError.of("settings.no_features")
    for name in net.features:
        if name not in FEATURES:
            raise ExperimentError.of("settings.unknown_feature", name=repr(name),
                                     choices=", ".join(FEATURES))


def _check_training(tr: TrainSettings) -> None:
    """Names from the known lists, and rates and sizes in range."""
    for code, value, choices in (("settings.unknown_optimizer", tr.optimizer, OPTIMIZERS),
                                 ("settings.unknown_regularization", tr.regularization,
                                  REGULARIZATIONS),
                                 ("settings.unknown_loss", tr.loss, LOSSES)):
        if value not in choices:
            raise ExperimentError.of(code, name=repr(value), choices=", ".join(choices))
    if not tr.learning_rate > 0:
        raise ExperimentError.of("settings.learning_rate", value=tr.learning_rate)
    if tr.batch_size < 1:
        raise ExperimentError.of("settings.batch_size", value=tr.batch_size)
    if tr.reg_rate < 0:
        raise ExperimentError.of("settings.reg_rate", value=tr.reg_rate)


def _check_stack(experiment: Experiment) -> None:
    """The builder's stack must fit the input: one value per feature of 2-D points, or
    the data's own shape (an image for the digits)."""
    network = experiment.network
    try:
        output = check(tuple(network.layers), input_shape(network, experiment.data), 1)
    except SpecError as exc:
        raise ExperimentError(exc.message) from None  # the stack's own words
    sequence = sequence_info(experiment.data.dataset)
    if sequence is None:
        return
    if sequence.per_step and output.layout != "sequence":
        raise ExperimentError.of("settings.every_step_target")
    if not sequence.per_step and output.layout == "sequence":
        raise ExperimentError.of("settings.one_target")


def _dataset_info(dataset_id: str):
    return DATASETS.get(dataset_id)


def _check_pretraining(experiment: Experiment) -> None:
    """Labelled examples and pre-training steps: counts, and what they can apply to."""
    data, tr = experiment.data, experiment.training
    for code, value in (("settings.labels_not_count", data.labels),
                        ("settings.pretrain_steps_not_count", tr.pretrain_steps)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ExperimentError.of(code, value=repr(value))
    info = _dataset_info(data.dataset)
    if data.labels and info is not None and not info.points_2d:
        if data.labels < info.max_classes:
            raise ExperimentError.of("settings.too_few_labels", labels=data.labels,
                                     classes=info.max_classes)
    if tr.pretrain_steps and experiment.network.layers:
        raise ExperimentError.of("settings.pretraining_perceptron_only")


def _check_sequences(experiment: Experiment) -> None:
    """Sequence length, clipping and truncated back-propagation."""
    data, tr = experiment.data, experiment.training
    length = data.seq_length
    if isinstance(length, bool) or not isinstance(length, int) or not (
            length == 0 or MIN_LENGTH <= length <= MAX_LENGTH):
        raise ExperimentError.of("settings.seq_length", value=repr(length), low=MIN_LENGTH,
                                 high=MAX_LENGTH)
    if not isinstance(tr.clip_gradients, bool):
        raise ExperimentError.of("settings.clip_not_switch")
    if not (isinstance(tr.clip_threshold, int | float) and 0 < tr.clip_threshold <= 1e6):
        raise ExperimentError.of("settings.clip_threshold", value=repr(tr.clip_threshold))
    if isinstance(tr.bptt, bool) or not isinstance(tr.bptt, int) or not (
            0 <= tr.bptt <= MAX_LENGTH):
        raise ExperimentError.of("settings.bptt", value=repr(tr.bptt), high=MAX_LENGTH)


def _names(keys) -> str:
    """Unknown keys a person wrote, in order, for a message."""
    return ", ".join(sorted(map(str, keys)))


def _from_json(value: Any) -> Any:
    """JSON has lists where the dataclasses hold tuples (frozen, hashable)."""
    if isinstance(value, list):
        return tuple(_from_json(v) for v in value)
    return value
