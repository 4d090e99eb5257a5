"""The probe registry: every probe registered once, torch-free, so the window (which asks
for probes and sends their options) and the trainer (which runs them) read one list.

A probe is registered by a ``ProbeSpec``: its name, its options and their checks
(engine/shared/probe_options.py), the type of its result, its cost (runs at every
snapshot, or a sliced job that computes a slice at a time between steps, as the
landscape), which Snapshot field its result fills, and where its implementation lives as
"module:function". The implementation is imported on first use, so a probe nobody looks
at costs nothing, not even its import; naming it by module also lets the floor that owns
what a probe reads (the trainer, for a comparison's other runs) hold its implementation
without any floor importing upward.

Adding a probe: one new module with its function decorated ``@implements("name")``, plus
its ``ProbeSpec`` below.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from engine.shared import probe_options as check
from engine.shared.messages import message
from engine.shared.probe_options import Check, ProbeError
from engine.shared.results.caption import CaptionData
from engine.shared.results.convnet import (
    SCALINGS,
    ConfusionData,
    FeatureMapsData,
    FiltersData,
    PoolingData,
)
from engine.shared.results.points import BackpropData, WarpData
from engine.shared.results.projection import (
    AUTO,
    LAYER,
    PICTURES,
    THOUGHTS,
    WORDS,
    ProjectorData,
)
from engine.shared.results.recurrent import GradientTimeData, SampleData, SequenceTrace
from engine.shared.results.translation import TranslationData
from engine.shared.results.words import WordModelsData, WordVectors
from engine.shared.snapshot import CompareData, LandscapeData

#: "snapshot": runs whole at every snapshot. "sliced": a job that keeps its state between
#: snapshots and spends a time budget on each (the landscape's grid).
Cost = Literal["snapshot", "sliced"]
#: Seconds a sliced job spends per snapshot while the run is paused: no training waits,
#: so the grid or layout runs nearly flat out (at its training-time budget of a few
#: milliseconds a ConvNet's grid crawled) and commands are still read ten times a second.
PAUSED_SLICE_SECONDS = 0.1
#: What the implementation is handed: the training session, or the trainer (a probe that
#: reads what lives between snapshots: the grid, the landscape's path, a comparison).
Reads = Literal["session", "trainer"]
#: The Snapshot field of the demo views' probes: a dict of results by probe name.
LIVE = "live"


@dataclass(frozen=True)
class ProbeOption:
    """One option a view may send: its name, its check, and the value used when the view
    sent none (``None``: the probe decides from the run, or reads the option's absence)."""

    name: str
    check: Check = check.anything
    default: Any = None


@dataclass(frozen=True)
class ProbeSpec:
    name: str
    #: "module:function", with the signature ``probe(session or trainer, options)``.
    implementation: str
    #: The type every result has (None is also allowed: nothing to show on this run).
    result: type
    cost: Cost = "snapshot"
    #: The Snapshot fields the result fills: ("live",) puts it in Snapshot.live[name];
    #: several fields take a tuple of as many values.
    fills: tuple[str, ...] = (LIVE,)
    reads: Reads = "session"
    options: tuple[ProbeOption, ...] = ()
    #: Runs when nobody asked (the playground's views).
    default: bool = False

    def validated(self, options: dict) -> dict:
        """The options as the probe reads them: each checked, the defaults filled in; an
        option the probe does not have is refused."""
        known = {option.name: option for option in self.options}
        for name in options:
            if name not in known:
                raise ProbeError.of("probe.unknown_option", probe=self.name, option=str(name))
        result = {}
        for option in self.options:
            if option.name in options:
                result[option.name] = option.check(option.name, options[option.name])
            elif option.default is not None:
                result[option.name] = option.default
        return result


def _whole(low: int | None = None, high: int | None = None) -> Check:
    return check.whole("probe.option_not_whole", low=low, high=high)


def _pixels(name: str, default: int | None = None) -> ProbeOption:
    return ProbeOption(name, check.whole("pooling.not_whole_pixels"), default)


_SPECS = (
    # -- the playground's views, on 2-D points ------------------------------------------
    ProbeSpec("boundary", "engine.probes.grid:boundary_probe", np.ndarray,
              fills=("boundary",), reads="trainer", default=True),
    ProbeSpec("neurons", "engine.probes.grid:neuron_maps_probe", tuple,
              fills=("neuron_maps",), reads="trainer", default=True),
    ProbeSpec("params", "engine.probes.params:params_probe", tuple,
              fills=("weights", "biases"), default=True),
    ProbeSpec("landscape", "engine.probes.landscape_probe:landscape_probe", LandscapeData,
              cost="sliced", fills=("landscape",), reads="trainer"),
    ProbeSpec("compare", "engine.trainer.compare_probe:compare_probe", CompareData,
              fills=("compare",), reads="trainer"),
    # -- the demo views ------------------------------------------------------------------
    ProbeSpec("warp", "engine.probes.warp:warp_probe", WarpData, options=(
        ProbeOption("layer", check.whole("warp.no_such_layer", least=1, optional=True)),
        ProbeOption("units", check.unit_pair("warp.bad_units")),
        ProbeOption("lines", _whole(2, 101), 17),
        ProbeOption("samples", _whole(2, 1000), 80))),
    ProbeSpec("backprop", "engine.probes.backprop:backprop_probe", BackpropData, options=(
        ProbeOption("index", check.integer("backprop.point_not_a_number"), 0),)),
    ProbeSpec("feature_maps", "engine.probes.feature_maps:feature_maps_probe",
              FeatureMapsData, options=(
                  ProbeOption("scaling", check.one_of(SCALINGS, "feature_maps.bad_scaling"),
                              "layer"),
                  ProbeOption("image"),
                  ProbeOption("index", check.whole("feature_maps.index_not_whole"), 0))),
    ProbeSpec("filters", "engine.probes.filters:filters_probe", FiltersData),
    ProbeSpec("pooling", "engine.probes.pooling:pooling_probe", PoolingData, options=(
        _pixels("dx", 1), _pixels("dy", 0), _pixels("count"))),
    ProbeSpec("confusion", "engine.probes.confusion:confusion_probe", ConfusionData,
              options=(ProbeOption("gallery", _whole(0)), ProbeOption("bins", _whole(2)),
                       ProbeOption("batch", _whole(1)))),
    ProbeSpec("rnn_states", "engine.probes.rnn_states:rnn_states_probe", SequenceTrace,
              options=(
                  ProbeOption("example", check.whole("rnn_states.example_not_whole",
                                                     floats=True)),
                  ProbeOption("text", check.text("rnn_states.text_not_a_string")))),
    ProbeSpec("gradient_time", "engine.probes.gradient_time:gradient_time_probe",
              GradientTimeData, options=(
                  ProbeOption("examples", check.whole("gradient_time.examples_not_whole",
                                                      floats=True)),)),
    ProbeSpec("sample", "engine.probes.sampling:sample_probe", SampleData, options=(
        ProbeOption("temperature", check.number(
            0.05, 5.0, label=message("sample.temperature")), 0.8),
        ProbeOption("length", check.number(
            1, 1000, whole_only=True, label=message("sample.length")), 200),
        ProbeOption("seed", check.number(
            -(2 ** 62), 2 ** 62, whole_only=True, label=message("sample.seed")), 0),
        ProbeOption("prompt", check.text("sample.prompt_not_text")))),
    ProbeSpec("projector", "engine.probes.projector:projector_probe", ProjectorData,
              cost="sliced", reads="trainer", options=(
                  ProbeOption("source", check.one_of(
                      (AUTO, LAYER, WORDS, THOUGHTS, PICTURES),
                                                     "projector.bad_source"), AUTO),
                  ProbeOption("layer", check.whole("projector.layer_not_whole",
                                                   optional=True)),
                  ProbeOption("examples", _whole(16, 5000), 1000),
                  ProbeOption("tsne", _whole(0), 0),
                  ProbeOption("perplexity", check.number(
                      2, 100, label=message("projector.perplexity")), 30.0),
                  ProbeOption("exaggeration", check.number(
                      1, 50, label=message("projector.exaggeration")), 1.0),
                  ProbeOption("learning_rate", check.number(
                      0, 100_000, label=message("projector.learning_rate")), 0.0))),
    # -- word models (Fig. 4) ------------------------------------------------------------
    ProbeSpec("word_vectors", "engine.probes.word_vectors:word_vectors_probe", WordVectors),
    ProbeSpec("word_models", "engine.probes.word_models:word_models_probe", WordModelsData,
              options=(ProbeOption("context", check.text("word_probe.context_not_text")),
                       ProbeOption("sentences", check.number(
                           1, 200, whole_only=True, label=message("word_probe.sentences")),
                           12))),
    # -- the translator (thought vectors, attention) --------------------------------------
    ProbeSpec("translation", "engine.probes.translation_probe:translation_probe",
              TranslationData, reads="trainer", options=(
                  ProbeOption("index", check.whole("translation_probe.index_not_whole"), 0),
                  ProbeOption("text", check.text("translation_probe.text_not_a_string")))),
    # -- the captioner (Fig. 3: attention over the picture) -------------------------------
    ProbeSpec("captioning", "engine.probes.caption_probe:captioning_probe",
              CaptionData, reads="trainer", options=(
                  ProbeOption("index", check.whole("caption_probe.index_not_whole"), 0),
                  ProbeOption("picture", check.picture("caption_probe.bad_picture")),
                  ProbeOption("beam", check.whole("caption_probe.beam_not_whole",
                                                  low=1, high=10), 3))),
)

#: Every probe, by name, in the order a snapshot runs them.
PROBE_REGISTRY: dict[str, ProbeSpec] = {spec.name: spec for spec in _SPECS}
#: Probe names a view may ask for. Metrics (loss, accuracy) are always measured.
PROBES = frozenset(PROBE_REGISTRY)
#: What runs when nobody asked: the playground's views. The landscape costs more and runs
#: only while its view is shown.
DEFAULT_PROBES = frozenset(spec.name for spec in _SPECS if spec.default)
#: The demo views' probes: their results travel in Snapshot.live by name.
LIVE_PROBES = frozenset(spec.name for spec in _SPECS if spec.fills == (LIVE,))

_loaded: dict[str, Callable[[Any, dict], Any]] = {}


def implementation(name: str) -> Callable[[Any, dict], Any]:
    """The probe's function, imported on first use."""
    if name not in _loaded:
        module, function = PROBE_REGISTRY[name].implementation.split(":")
        _loaded[name] = getattr(importlib.import_module(module), function)
    return _loaded[name]


def implements(name: str):
    """Decorates a probe's function: its options reach it checked, with the registry's
    defaults, whoever calls it (the trainer, or a test with a hand-made dict)."""
    spec = PROBE_REGISTRY[name]

    def register(function):
        @functools.wraps(function)
        def probe(source, options: dict):
            return function(source, spec.validated(options))
        return probe
    return register
