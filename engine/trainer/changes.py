"""What changed between two experiments, as far as a running session cares: whether
its weights can stay (engine/trainer/session.py, TrainingSession.set_experiment)."""

from __future__ import annotations

import dataclasses

from engine.shared.experiment import Experiment


def same_except_augment(old: Experiment, new: Experiment) -> bool:
    """True when only the augmentation of training batches changed."""
    neutral = {"augment": (), "augment_strength": 0.5}
    return (dataclasses.replace(old.data, **neutral)
            == dataclasses.replace(new.data, **neutral))


def same_except_points(old: Experiment, new: Experiment) -> bool:
    """True when only the person's own points changed (added points keep the weights)."""
    return (dataclasses.replace(old.data, custom_points=())
            == dataclasses.replace(new.data, custom_points=()))


def same_weight_shapes(old: Experiment, new: Experiment) -> bool:
    """True when the new network has the weights of the old one: the same layers of the
    same sizes, initialised the same way (activations and dropout may differ)."""
    a, b = old.network, new.network
    return (a.hidden == b.hidden and a.features == b.features
            and a.init_scale == b.init_scale and a.recurrent_scale == b.recurrent_scale
            and a.layers == b.layers)
