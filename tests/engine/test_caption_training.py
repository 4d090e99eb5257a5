"""The captioning demo trained through the trainer: both captioners side by side, the
figure's numbers, the captioning probe (a held-out scene, a person's picture resized and
made RGB with notes, a strip of held-out scenes), and bad settings refused."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.shared.experiment import ExperimentError
from engine.trainer.headless import demo_figure
from engine.trainer.run import Trainer

torch.set_num_threads(1)
STEPS = 40


@pytest.fixture(scope="module")
def trainer():
    demo = load_demo("captioning")
    t = Trainer(demo.experiment.with_data(n_points=400, train_ratio=0.9),
                probes={"captioning", "compare"})
    t.apply(cmd.SetComparison(demo.compare.to_dict()))
    for _ in range(STEPS):
        t.step()
    return demo, t


def _live(trainer, **options):
    trainer.apply(cmd.SetProbeOptions("captioning", {"index": 0, "beam": 3, **options}))
    snap = trainer.snapshot(False, 0.0, full=True)
    return snap, snap.live.get("captioning"), snap.live_problems.get("captioning")


def test_both_captioners_train_and_the_figure_names_them(trainer):
    demo, t = trainer
    snap, _, _ = _live(t)
    runs = snap.captions.runs
    assert [r.attention for r in runs] == [True, False]
    assert all(r.steps[-1] == STEPS for r in runs)
    assert snap.captions.held_out == snap.captions.measured == 40
    figure = demo_figure(demo, {}, snap)
    values = figure["values"]
    assert {"exact_match", "exact_match_without_attention", "attention_on_object",
            "bleu4", "bleu4_without_attention"} <= set(values)
    assert all(v is None or 0.0 <= v <= 1.0 for v in values.values())
    assert 0.0 <= values["attention_on_object"] <= 1.0
    assert math.isnan(runs[1].on_object)
    assert figure["held_out_scenes"] == 40


def test_the_loss_holds_the_attention_penalty(trainer):
    _, t = trainer
    session = t.session
    session.model.train()
    x, y = session.x_train[:8], session.y_train[:8]
    total = session.batch_loss(x, y)
    plain = session.objective.loss_of(session.model(x), y)
    assert float(session.model.penalty.detach()) > 0.0
    assert float(total) > float(plain) - 1e-6


def test_a_held_out_scene_with_the_attention_of_each_word(trainer):
    _, t = trainer
    _, data, problem = _live(t, index=41)  # wraps into the 40 held-out scenes
    assert problem is None and data.index == 1 and data.held_out == 40
    scenes = t.session.dataset.scenes
    np.testing.assert_array_equal(data.image, scenes.held_out.images[1].transpose(1, 2, 0))
    assert data.reference and data.beam_width == 3 and data.notes == ()
    with_attention, without = data.runs
    assert with_attention.attention and not without.attention
    assert without.weights is None
    weights = with_attention.weights
    assert weights.shape[1:] == (8, 8)
    assert weights.shape[0] == min(len(with_attention.words) + 1, weights.shape[0])
    np.testing.assert_allclose(weights.sum(axis=(1, 2)), 1.0, atol=1e-4)
    for run in data.runs:
        assert run.correct == (run.words == scenes.held_out.captions[1])


def test_the_strip_shows_held_out_scenes_with_each_runs_caption(trainer):
    _, t = trainer
    _, data, _ = _live(t, index=0)
    strip = data.strip
    assert strip.images.shape == (8, 64, 64, 3) and len(strip.references) == 8
    assert len(strip.written) == 2 and all(len(w) == 8 for w in strip.written)
    assert strip.correct.shape == (2, 8)


def test_a_persons_picture_is_resized_and_made_rgb_and_says_so(trainer):
    _, t = trainer
    grey = np.zeros((100, 50), np.uint8)
    grey[40:60, 10:30] = 255
    _, data, problem = _live(t, picture=grey)
    assert problem is None and data.index == -1 and data.reference == ""
    assert data.image.shape == (64, 64, 3)
    notes = " ".join(note.english() for note in data.notes)
    assert "made RGB" in notes and "from 50x100 to 64x64" in notes
    assert all(run.correct is None for run in data.runs)
    rgba = np.zeros((64, 64, 4), np.uint8)
    _, data, _ = _live(t, picture=rgba)
    assert [n.code for n in data.notes] == ["caption_probe.alpha_dropped"]


def test_a_picture_that_is_no_image_is_refused_with_a_message(trainer):
    _, t = trainer
    _, data, problem = _live(t, picture=np.zeros((8, 8), np.float32))
    assert data is None and problem.code == "caption_probe.bad_picture"
    _, data, problem = _live(t, picture=np.zeros((5000, 4), np.uint8))
    assert data is None and problem.code == "caption_probe.bad_picture"


@pytest.mark.parametrize(("change", "code"), [
    ({"network": {"caption_hidden": 0}}, "settings.caption_range"),
    ({"network": {"caption_word_dropout": 1.0}}, "settings.caption_word_dropout"),
    ({"data": {"language": "fr"}}, "settings.caption_language"),
    ({"data": {"n_points": 5}}, "settings.caption_scenes"),
    ({"data": {"n_points": 10**6}}, "settings.caption_scenes"),
])
def test_bad_captioning_settings_are_refused_by_code(change, code):
    experiment = load_demo("captioning").experiment
    if "network" in change:
        experiment = experiment.with_network(**change["network"])
    else:
        experiment = experiment.with_data(**change["data"])
    with pytest.raises(ExperimentError) as caught:
        experiment.validate()
    assert caught.value.message.code == code
