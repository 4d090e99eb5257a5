"""The translation demo trained headless: both translators side by side, the figure's
numbers, and accuracy by sentence length in the snapshot."""

from __future__ import annotations

import math

import pytest
import torch

from engine.shared.demos import load_demo
from engine.shared.experiment import ExperimentError
from engine.trainer.headless import demo_figure
from engine.trainer.loop import run_steps
from engine.trainer.session import TrainingSession

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def trained():
    demo = load_demo("translation")
    experiment = demo.experiment.with_data(n_points=1200, train_ratio=0.7)
    snap = run_steps(experiment, 150, comparison=demo.compare)
    return demo, snap


def test_both_translators_train_and_the_figure_names_them(trained):
    demo, snap = trained
    runs = snap.translation.runs
    assert [r.attention for r in runs] == [True, False]
    assert all(r.steps[-1] == 150 for r in runs)
    figure = demo_figure(demo, {}, snap)
    values = figure["values"]
    assert set(values) == {"sentence_accuracy", "sentence_accuracy_without_attention"}
    assert all(0.0 <= v <= 1.0 for v in values.values())
    # 150 steps are enough to translate some held-out sentences with attention.
    assert values["sentence_accuracy"] > 0.1
    assert figure["held_out_sentences"] == snap.translation.held_out == 360


def test_accuracy_by_length_counts_every_held_out_sentence(trained):
    _, snap = trained
    for run in snap.translation.runs:
        assert run.counts.sum() == snap.translation.measured
        assert list(run.lengths) == list(range(3, 16))
        measured = run.counts > 0
        overall = (run.by_length[measured] * run.counts[measured]).sum() / run.counts.sum()
        assert math.isclose(overall, run.last)


def test_a_bad_translator_width_is_refused():
    demo = load_demo("translation")
    with pytest.raises(ExperimentError):
        TrainingSession(demo.experiment.with_network(translator_hidden=0))
