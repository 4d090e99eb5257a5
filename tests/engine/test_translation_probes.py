"""The translator's probes: a held-out or typed sentence with its attention matrix, and
the thought vectors in the projector, gathered by meaning once trained."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.trainer.run import Trainer

torch.set_num_threads(1)
OPTIONS = {"source": "thoughts", "examples": 1000, "tsne": 0, "perplexity": 30.0,
           "exaggeration": 1.0, "learning_rate": 0.0}


@pytest.fixture(scope="module")
def trainer():
    demo = load_demo("translation")
    t = Trainer(demo.experiment.with_data(n_points=3000, train_ratio=0.9),
                probes={"translation", "projector", "compare"})
    t.apply(cmd.SetComparison(demo.compare.to_dict()))
    for _ in range(250):
        t.step()
    return t


def _live(trainer, **options):
    trainer.apply(cmd.SetProbeOptions("translation", options))
    snap = trainer.snapshot(False, 0.0)
    return snap.live.get("translation"), snap.live_problems.get("translation")


def test_a_held_out_sentence_with_its_attention_matrix(trainer):
    data, problem = _live(trainer, index=3)
    assert problem is None
    en, ko = trainer.session.dataset.translations.held_out[3]
    assert data.source == en and data.index == 3 and data.reference
    with_attention, without = data.runs
    assert with_attention.attention and not without.attention
    assert without.attention_matrix is None
    matrix = with_attention.attention_matrix
    assert matrix.shape == (len(with_attention.words) + 1, len(en))
    np.testing.assert_allclose(matrix.sum(axis=1), 1.0, atol=1e-5)


def test_a_typed_sentence_says_which_words_were_unknown(trainer):
    data, problem = _live(trainer, text="The zebra sees a dog")
    assert problem is None and data.index == -1 and data.reference == ""
    assert data.source[1] == "<unk>"
    assert "zebra" in data.note.english()
    assert all(run.text for run in data.runs)
    data, problem = _live(trainer, text="")
    assert data is not None and data.note is None  # an empty box shows a held-out one


def test_thought_vectors_in_the_projector_gather_by_meaning(trainer):
    trainer.apply(cmd.SetProbeOptions("projector", OPTIONS))
    snap = trainer.snapshot(False, 0.0)
    points = snap.live["projector"].points
    assert points.source == "thoughts" and len(points.group_names) == 12
    assert points.layers == ("with attention", "without attention") and points.layer == 1
    v = points.vectors / np.linalg.norm(points.vectors, axis=1, keepdims=True)
    similarity = v @ v.T
    np.fill_diagonal(similarity, -np.inf)
    same = points.groups[similarity.argmax(axis=1)] == points.groups
    # Chance is about 1/12: the nearest sentence mostly means the same.
    assert same.mean() > 0.5
