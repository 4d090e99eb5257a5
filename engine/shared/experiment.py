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

from engine.shared.catalogue import DATASETS, sequence_info
from engine.shared.layers.errors import SpecError
from engine.shared.layers.infer import check
from engine.shared.layers.kinds import ACTIVATIONS
from engine.shared.layers.layer import stack_from_list, stack_to_list
from engine.shared.network_stack import fit_network_to_data, input_shape
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
        return new.replace(network=fit_network_to_data(self.data, new.data, new.network))

    def with_network(self, **changes: Any) -> Experiment:
        return dataclasses.replace(self, network=dataclasses.replace(self.network, **changes))

    def with_training(self, **changes: Any) -> Experiment:
        return dataclasses.replace(self, training=dataclasses.replace(self.training, **changes))

    def validate(self) -> Experiment:
        """Raise ExperimentError naming the first setting that cannot be used."""
        net, tr, data = self.network, self.training, self.data
        if len(net.hidden) > net.max_layers:
            raise ExperimentError(
                f"{len(net.hidden)} hidden layers: at most {net.max_layers} allowed")
        if len(net.activations) != len(net.hidden):
            raise ExperimentError(
                f"{len(net.hidden)} hidden layers but {len(net.activations)} activations")
        for i, width in enumerate(net.hidden):
            if not 1 <= width <= net.max_units:
                raise ExperimentError(
                    f"hidden layer {i + 1} has {width} units: allowed 1 to {net.max_units}")
        for act in net.activations:
            if act not in ACTIVATIONS:
                raise ExperimentError(f"unknown activation {act!r}: use one of {ACTIVATIONS}")
        if not net.features:
            raise ExperimentError("no input feature selected: switch on at least one")
        for name in net.features:
            if name not in FEATURES:
                raise ExperimentError(f"unknown feature {name!r}: use one of {FEATURES}")
        if net.layers:
            _check_stack(self)
        if not 0.0 < net.init_scale <= 10.0:
            raise ExperimentError(f"initial weight scale {net.init_scale} must be in (0, 10]")
        if not 0.0 < net.recurrent_scale <= 10.0:
            raise ExperimentError(
                f"recurrent weight scale {net.recurrent_scale} must be in (0, 10]")
        if not 0.0 <= net.dropout < 1.0:
            raise ExperimentError(f"dropout {net.dropout} must be in [0, 1)")
        if tr.optimizer not in OPTIMIZERS:
            raise ExperimentError(f"unknown optimizer {tr.optimizer!r}: use one of {OPTIMIZERS}")
        if tr.regularization not in REGULARIZATIONS:
            raise ExperimentError(f"unknown regularization {tr.regularization!r}")
        if tr.loss not in LOSSES:
            raise ExperimentError(f"unknown loss {tr.loss!r}: use one of {LOSSES}")
        if not tr.learning_rate > 0:
            raise ExperimentError(f"learning rate {tr.learning_rate} must be positive")
        if tr.batch_size < 1:
            raise ExperimentError(f"batch size {tr.batch_size} must be at least 1")
        if tr.reg_rate < 0:
            raise ExperimentError(f"regularization rate {tr.reg_rate} must not be negative")
        if not 0.0 < data.train_ratio < 1.0:
            raise ExperimentError(f"train ratio {data.train_ratio} must be between 0 and 1")
        if not 0.0 <= data.noise <= 1.0:
            raise ExperimentError(f"noise {data.noise} must be between 0 and 1")
        _check_pretraining(self)
        _check_sequences(self)
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
            raise ExperimentError("an experiment must be a JSON object")
        sections = {}
        for name, section_type in (("data", DataSettings), ("network", NetworkSettings),
                                   ("training", TrainSettings)):
            values = raw.get(name, {})
            if not isinstance(values, dict):
                raise ExperimentError(f"'{name}' must be an object")
            known = {f.name: f for f in dataclasses.fields(section_type)}
            unknown = set(values) - set(known)
            if unknown:
                raise ExperimentError(f"unknown setting(s) in '{name}': {sorted(unknown)}")
            converted = {k: _from_json(v) for k, v in values.items() if k != "layers"}
            if "layers" in values:
                try:
                    converted["layers"] = stack_from_list(values["layers"])
                except SpecError as exc:
                    raise ExperimentError(f"network: {exc}") from None
            sections[name] = dataclasses.replace(getattr(base, name), **converted)
        unknown = set(raw) - {"data", "network", "training"}
        if unknown:
            raise ExperimentError(f"unknown section(s): {sorted(unknown)}")
        return cls(**sections)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)


def _check_stack(experiment: Experiment) -> None:
    """The builder's stack must fit the input: one value per feature of 2-D points, or
    the data's own shape (an image for the digits)."""
    network = experiment.network
    try:
        output = check(tuple(network.layers), input_shape(network, experiment.data), 1)
    except SpecError as exc:
        raise ExperimentError(str(exc)) from None
    sequence = sequence_info(experiment.data.dataset)
    if sequence is None:
        return
    if sequence.per_step and output.layout != "sequence":
        raise ExperimentError(
            "these data have a target at every step: the network must answer at every "
            "step, so remove the 'Last step' layer")
    if not sequence.per_step and output.layout == "sequence":
        raise ExperimentError(
            "these data have one target per sequence, read after its last step: end the "
            "recurrent layers with a 'Last step' layer")


def _dataset_info(dataset_id: str):
    return DATASETS.get(dataset_id)


def _check_pretraining(experiment: Experiment) -> None:
    """Labelled examples and pre-training steps: counts, and what they can apply to."""
    data, tr = experiment.data, experiment.training
    for name, value in (("labelled examples", data.labels),
                        ("pre-training steps", tr.pretrain_steps)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ExperimentError(f"{name} must be a whole number ≥ 0, not {value!r}")
    info = _dataset_info(data.dataset)
    if data.labels and info is not None and not info.points_2d:
        if data.labels < info.max_classes:
            raise ExperimentError(
                f"{data.labels} labelled examples cannot show all {info.max_classes} "
                f"classes: keep at least {info.max_classes}, or 0 for all")
    if tr.pretrain_steps and experiment.network.layers:
        raise ExperimentError(
            "layer-wise pre-training works on the perceptron (Linear layers with one "
            "activation each): set pre-training steps to 0 for a stack from the Layers tab")


def _check_sequences(experiment: Experiment) -> None:
    """Sequence length, clipping and truncated back-propagation."""
    data, tr = experiment.data, experiment.training
    length = data.seq_length
    if isinstance(length, bool) or not isinstance(length, int) or not (
            length == 0 or MIN_LENGTH <= length <= MAX_LENGTH):
        raise ExperimentError(f"sequence length {length!r} must be a whole number from "
                              f"{MIN_LENGTH} to {MAX_LENGTH} (0: the data's own)")
    if not isinstance(tr.clip_gradients, bool):
        raise ExperimentError("gradient clipping must be on or off")
    if not (isinstance(tr.clip_threshold, int | float) and 0 < tr.clip_threshold <= 1e6):
        raise ExperimentError(f"clipping threshold {tr.clip_threshold!r} must be a "
                              f"positive number up to 1e6")
    if isinstance(tr.bptt, bool) or not isinstance(tr.bptt, int) or not (
            0 <= tr.bptt <= MAX_LENGTH):
        raise ExperimentError(f"truncated back-propagation length {tr.bptt!r} must be a "
                              f"whole number from 0 (whole sequence) to {MAX_LENGTH}")


def _from_json(value: Any) -> Any:
    """JSON has lists where the dataclasses hold tuples (frozen, hashable)."""
    if isinstance(value, list):
        return tuple(_from_json(v) for v in value)
    return value
