"""The probe registry (engine/shared/probe_registry.py): every probe is listed once with
its cost and result type, runs through the trainer on a demo it applies to and gives its
registered type, and an option it does not have is refused with a code."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.shared.probe_registry import (
    DEFAULT_PROBES,
    LIVE,
    LIVE_PROBES,
    PROBE_REGISTRY,
    PROBES,
    implementation,
)
from engine.shared.snapshot import Snapshot
from engine.trainer.run import Trainer

ROOT = Path(__file__).resolve().parents[2]
#: The probes issue 14 names that exist today, by the name views ask for.
NAMED = {"boundary", "warp", "backprop", "feature_maps", "filters", "pooling", "confusion",
         "rnn_states", "gradient_time", "sample", "compare", "landscape", "neurons",
         "params"}
#: A demo each probe applies to.
DEMO = {"boundary": "space-warp", "neurons": "space-warp", "params": "space-warp",
        "warp": "space-warp", "compare": "backprop", "backprop": "backprop",
        "landscape": "landscape", "feature_maps": "feature-maps", "filters": "feature-maps",
        "pooling": "feature-maps", "confusion": "feature-maps",
        "rnn_states": "gradient-time", "gradient_time": "gradient-time", "sample": "char-rnn",
        "projector": "digit-projector", "word_vectors": "word-vectors",
        "word_models": "ngram-vs-neural", "translation": "translation",
        "captioning": "captioning"}
#: The areas of the probes' message codes (engine/shared/messages.py, section probes).
PROBE_AREAS = ("probe", "warp", "backprop", "conv", "filters", "feature_maps", "pooling",
               "recurrent", "rnn_states", "gradient_time", "sample", "landscape",
               "curvature", "projector", "word_probe", "translation_probe",
               "caption_probe")


def test_the_registry_lists_every_probe_with_its_cost_and_result_type():
    assert NAMED <= set(PROBE_REGISTRY) == PROBES
    assert DEFAULT_PROBES == {"boundary", "neurons", "params"}
    snapshot_fields = {f.name for f in dataclasses.fields(Snapshot)}
    for name, spec in PROBE_REGISTRY.items():
        assert spec.name == name and isinstance(spec.result, type)
        assert spec.cost == ("sliced" if name in ("landscape", "projector") else "snapshot")
        assert set(spec.fills) <= snapshot_fields
        assert spec.reads in ("session", "trainer")
        assert len({option.name for option in spec.options}) == len(spec.options)
    assert LIVE_PROBES == {name for name, spec in PROBE_REGISTRY.items()
                           if spec.fills == (LIVE,)}


def test_every_implementation_is_where_the_registry_says_and_checks_its_options():
    for name in PROBE_REGISTRY:
        probe = implementation(name)
        # @implements wraps the function: its options reach it checked.
        assert probe.__wrapped__.__name__ == PROBE_REGISTRY[name].implementation.split(":")[1]


def result_of(snap, name: str):
    spec = PROBE_REGISTRY[name]
    if spec.fills == (LIVE,):
        return snap.live.get(name)
    values = tuple(getattr(snap, f) for f in spec.fills)
    return values if len(values) > 1 else values[0]


def trainer_for(name: str) -> Trainer:
    trainer = Trainer(load_demo(DEMO[name]).experiment, probes={name})
    if name == "compare":
        trainer.apply(cmd.SetComparison({"vary": "training.seed", "values": [0, 1]}))
    return trainer


@pytest.mark.parametrize("name", sorted(PROBE_REGISTRY))
def test_each_probe_runs_once_through_the_trainer_and_gives_its_type(name):
    trainer = trainer_for(name)
    result = None
    # A sliced job may need a few snapshots (PCA directions wait for a path).
    for _ in range(8):
        trainer.step()
        snap = trainer.snapshot(False, 0.0)
        assert snap.live_problems == {}
        result = result_of(snap, name)
        if result is not None:
            break
    assert isinstance(result, PROBE_REGISTRY[name].result)


@pytest.mark.parametrize("name", sorted(PROBE_REGISTRY))
def test_an_option_a_probe_does_not_have_is_refused_with_a_code(name):
    trainer = trainer_for(name)
    trainer.apply(cmd.SetProbeOptions(name, {"loudness": 11}))
    problem = trainer.snapshot(False, 0.0).live_problems[name]
    assert problem.code == "probe.unknown_option"
    assert problem.values == {"probe": name, "option": "loudness"}


@pytest.mark.parametrize(("name", "options", "code"), [
    ("warp", {"lines": 2.5}, "probe.option_not_whole"),
    ("warp", {"layer": 0}, "warp.no_such_layer"),
    ("feature_maps", {"scaling": "loud"}, "feature_maps.bad_scaling"),
    ("pooling", {"dx": "one"}, "pooling.not_whole_pixels"),
    ("sample", {"temperature": "hot"}, "probe.not_a_number"),
    ("rnn_states", {"example": 1.5}, "rnn_states.example_not_whole"),
    ("projector", {"source": "pixels"}, "projector.bad_source"),
])
def test_a_bad_option_becomes_its_code_in_the_snapshot(name, options, code):
    trainer = trainer_for(name)
    trainer.apply(cmd.SetProbeOptions(name, options))
    snap = trainer.snapshot(False, 0.0)
    assert name not in snap.live and snap.live_problems[name].code == code


def test_a_probe_that_does_not_apply_says_why_with_a_code():
    trainer = Trainer(load_demo("space-warp").experiment, probes={"filters", "sample"})
    problems = trainer.snapshot(False, 0.0).live_problems
    assert problems["filters"].code == "conv.not_images"
    assert problems["sample"].code == "sample.not_a_character_model"


def test_a_probe_nobody_looks_at_costs_nothing_not_even_its_import():
    check = (
        "import sys\n"
        "from engine.shared.demos import load_demo\n"
        "from engine.trainer.run import Trainer\n"
        "trainer = Trainer(load_demo('space-warp').experiment)\n"
        "trainer.snapshot(False, 0.0)\n"
        "late = ['engine.probes.warp', 'engine.probes.landscape_runner',\n"
        "        'engine.probes.sampling', 'engine.trainer.compare_probe',\n"
        "        'engine.probes.projector', 'openTSNE']\n"
        "print([m for m in late if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", check], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
