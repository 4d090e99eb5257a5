"""Compare runs: one experiment trained several times with one setting varied.

A ``Comparison`` says which setting varies and its values; ``variants(base)`` lays each
value over the experiment a person is editing, so every other control still reaches all
runs. Torch-free: demo files, the window and the headless report all read it.

The setting is ``"activation"`` (every hidden activation, the builder's stack too) or a
field path such as ``"training.optimizer"`` or ``"network.dropout"``; values are what
that field takes in an experiment file. ``"network.hidden"`` keeps one activation per
layer, so widths can vary without a matching list. ``"recipe"`` varies several settings
at once: each value is a partial experiment (as in a demo file) laid over the base, e.g.
plain / with dropout / with augmentation; its runs need labels.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.messages import CODES, Message, message
from engine.shared.network_stack import with_activation

MIN_RUNS = 2
#: The many-seeds demo trains up to 16 copies; any other setting up to 4 side by side.
MAX_RUNS = 16
MAX_RUNS_SIDE_BY_SIDE = 4

#: The settings the window offers to vary, with the code of the name a person reads.
SETTING_NAMES = {
    "activation": "compare.setting_activation",
    "training.optimizer": "compare.setting_optimizer",
    "training.learning_rate": "compare.setting_learning_rate",
    "training.batch_size": "compare.setting_batch_size",
    "training.seed": "compare.setting_seed",
    "network.dropout": "compare.setting_dropout",
    "network.init_scale": "compare.setting_init_scale",
    "network.recurrent_scale": "compare.setting_recurrent_scale",
    "network.hidden": "compare.setting_hidden",
    "training.regularization": "compare.setting_regularization",
    "training.reg_rate": "compare.setting_reg_rate",
    "training.pretrain_steps": "compare.setting_pretrain_steps",
}
#: The same settings with their English names (headless reports, run labels).
COMPARABLE = {vary: CODES[code] for vary, code in SETTING_NAMES.items()}
#: The default experiment as plain values: which fields exist, and of what type.
_DEFAULTS = Experiment().to_dict()


@dataclass(frozen=True)
class Comparison:
    vary: str
    values: tuple[Any, ...]
    #: One {"en": ..., "ko": ...} per run; empty: the values written out.
    labels: tuple[dict[str, str], ...] = ()

    @classmethod
    def from_dict(cls, raw: Any) -> Comparison:
        if not isinstance(raw, dict):
            raise ExperimentError.of("compare.not_an_object")
        unknown = set(raw) - {"vary", "values", "labels"}
        if unknown:
            raise ExperimentError.of("compare.unknown_keys", n=len(unknown),
                                     names=", ".join(sorted(map(str, unknown))))
        vary, values = raw.get("vary"), raw.get("values")
        if not isinstance(vary, str) or not isinstance(values, (list, tuple)):
            raise ExperimentError.of("compare.needs_vary_and_values")
        labels = raw.get("labels") or ()
        if not isinstance(labels, (list, tuple)) or not all(
                isinstance(label, dict) and isinstance(label.get("en"), str)
                for label in labels):
            raise ExperimentError.of("compare.bad_labels")
        return cls(vary, tuple(_frozen(v) for v in values),
                   tuple(dict(label) for label in labels)).validated()

    def to_dict(self) -> dict[str, Any]:
        raw: dict[str, Any] = {"vary": self.vary, "values": [_plain(v) for v in self.values]}
        if self.labels:
            raw["labels"] = [dict(label) for label in self.labels]
        return raw

    def validated(self, base: Experiment | None = None) -> Comparison:
        """Raise ExperimentError naming what is wrong; each variant of ``base`` (the
        defaults if None) must be an experiment that can run."""
        if not MIN_RUNS <= len(self.values) <= MAX_RUNS:
            raise ExperimentError.of("compare.run_count", low=MIN_RUNS, high=MAX_RUNS,
                                     n=len(self.values))
        if self.labels and len(self.labels) != len(self.values):
            raise ExperimentError.of("compare.label_count", labels=len(self.labels),
                                     runs=len(self.values))
        if self.vary == "recipe":
            if not self.labels or not all(isinstance(v, dict) for v in self.values):
                raise ExperimentError.of("compare.recipe_needs_labels")
        elif self.vary != "activation":
            section, _, name = self.vary.partition(".")
            if name not in _DEFAULTS.get(section, {}):
                raise ExperimentError.of("compare.cannot_vary", vary=repr(self.vary))
        if base is not None or self.vary != "recipe":
            # A recipe may hold whole layer stacks that only fit its demo's data.
            self.variants(base or Experiment())
        return self

    def variants(self, base: Experiment) -> list[Experiment]:
        """The experiment of each run: ``base`` with this run's value."""
        return [self.variant(i, base) for i in range(len(self.values))]

    def variant(self, index: int, base: Experiment) -> Experiment:
        value = self.values[index]
        try:
            if self.vary == "activation":
                experiment = base.replace(network=with_activation(base.network, value))
            elif self.vary == "recipe":
                experiment = Experiment.from_dict(_plain(value), base)
            elif self.vary == "network.hidden":
                hidden = tuple(int(w) for w in value)
                activation = base.network.activations[0] if base.network.activations else "tanh"
                experiment = base.with_network(hidden=hidden,
                                               activations=(activation,) * len(hidden))
            else:
                section, _, name = self.vary.partition(".")
                experiment = Experiment.from_dict({section: {name: _plain(value)}}, base)
            return experiment.validate()
        except ExperimentError as exc:
            raise ExperimentError.of("compare.run_problem", run=index + 1,
                                     label=self.label(index), problem=exc.message) from None
        except (KeyError, TypeError, ValueError):
            raise ExperimentError.of("compare.not_a_value", run=index + 1, value=repr(value),
                                     vary=self.vary) from None

    def label(self, index: int, language: str = "en") -> str:
        if self.labels:
            label = self.labels[index]
            return label.get(language) or label["en"]
        value = self.values[index]
        if isinstance(value, tuple):
            return "-".join(str(v) for v in value) or "none"
        return f"{self.setting_name} {value}" if self.vary == "training.seed" else str(value)

    @property
    def setting_name(self) -> str:
        return COMPARABLE.get(self.vary, self.vary)


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _frozen(v) for k, v in value.items()}
    return tuple(_frozen(v) for v in value) if isinstance(value, list) else value


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return [_plain(v) for v in value] if isinstance(value, tuple) else value


def parse_values(vary: str, text: str) -> tuple[Any, ...]:
    """The values a person typed for ``vary``, comma-separated: "sigmoid, tanh, relu",
    "0.3, 0.03", "8-8, 16" (hidden widths), or for seeds also a count "8" or range "0-7"."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if vary == "training.seed" and len(parts) == 1:
        first, dash, last = parts[0].partition("-")
        try:
            low, high = (int(first), int(last)) if dash else (0, int(first) - 1)
        except ValueError:
            raise ExperimentError.of("compare.bad_seeds", text=repr(text)) from None
        return tuple(range(low, high + 1))
    if vary == "network.hidden":
        try:
            return tuple(tuple(int(w) for w in p.split("-") if w.strip()) for p in parts)
        except ValueError:
            raise ExperimentError.of("compare.bad_widths", text=repr(text)) from None
    section, _, name = vary.partition(".")
    default = _DEFAULTS.get(section, {}).get(name)
    values = []
    for part in parts:
        if isinstance(default, bool) or not isinstance(default, (int, float)):
            values.append(part)
            continue
        try:
            values.append(int(part) if isinstance(default, int) else float(part))
        except ValueError:
            raise ExperimentError.of("compare.not_a_number", setting=setting_message(vary),
                                     value=repr(part)) from None
    return tuple(values)


def setting_message(vary: str) -> Message | str:
    """The name of the setting ``vary`` for a message: translated where the window
    offers it, else the field path as written."""
    code = SETTING_NAMES.get(vary)
    return message(code) if code else vary
