"""The captioner: shapes of teacher forcing, greedy and beam decoding with and without
attention, Xu et al.'s penalty, and a handful of scenes learnt by heart."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from engine.data.caption_data import rows
from engine.data.scenes import CAPTION_STEPS, make_scenes
from engine.models.captioner import Captioner, CaptionerShape, coverage_penalty
from engine.probes.caption_scores import exact_match, write_captions

torch.set_num_threads(1)


@pytest.fixture(scope="module")
def scenes():
    return make_scenes(24, 4, 0, 0.0)


def _model(scenes, attention: bool) -> Captioner:
    torch.manual_seed(0)
    return Captioner(CaptionerShape(len(scenes.vocab), CAPTION_STEPS, hidden=64,
                                    embedding=16, attention_dim=32, attention=attention))


@pytest.mark.parametrize("attention", [True, False])
def test_decoding_shapes(scenes, attention):
    model = _model(scenes, attention)
    x, _ = rows(scenes, scenes.train)
    model.train()
    logits = model(torch.as_tensor(x[:5]))
    assert logits.shape == (5, CAPTION_STEPS, len(scenes.vocab))
    assert (float(model.penalty.detach()) > 0) == attention
    model.eval()
    pictures = torch.as_tensor(scenes.train.images[:3])
    ids, attention_maps = model.greedy(pictures, CAPTION_STEPS)
    assert ids.shape == (3, CAPTION_STEPS)
    assert (attention_maps is None) != attention
    if attention:
        torch.testing.assert_close(attention_maps.sum(dim=2),
                                   torch.ones(attention_maps.shape[:2]))
    for width in (1, 4):
        beam_ids, maps = model.beam(pictures[0], width, CAPTION_STEPS)
        assert beam_ids.shape == (CAPTION_STEPS,)
        assert (maps is None) != attention
    torch.testing.assert_close(model.beam(pictures[0], 1, CAPTION_STEPS)[0], ids[0])


def test_the_penalty_is_zero_when_every_cell_is_looked_at_evenly():
    steps, cells = 4, 8
    even = torch.full((1, steps, cells), 1.0 / cells)
    assert float(coverage_penalty(even, torch.ones(1, steps, dtype=torch.bool))) == \
        pytest.approx(0.0, abs=1e-12)
    stuck = torch.zeros(1, steps, cells)
    stuck[..., 0] = 1.0
    # One cell holds all four steps: (0.5 - 4)^2 + 7 * 0.5^2.
    assert float(coverage_penalty(stuck, torch.ones(1, steps, dtype=torch.bool))) == \
        pytest.approx(12.25 + 1.75)


def test_a_few_scenes_are_learnt_by_heart(scenes):
    model = _model(scenes, True)
    x, y = rows(scenes, scenes.train)
    x, y = torch.as_tensor(x[:8]), torch.as_tensor(y[:8])
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    model.train()
    for _ in range(150):
        loss = torch.nn.functional.cross_entropy(model(x).flatten(0, 1), y.flatten())
        optimizer.zero_grad()
        (loss + model.penalty).backward()
        optimizer.step()
    ids, _ = write_captions(model, scenes.train.images[:8], CAPTION_STEPS, "cpu")
    assert exact_match(ids, y.numpy()).mean() >= 0.75
    assert model.training  # write_captions restores the mode


def test_beam_width_five_is_quick(scenes):
    model = Captioner(CaptionerShape(len(scenes.vocab), CAPTION_STEPS)).eval()
    picture = torch.as_tensor(scenes.train.images[0])
    ids, _ = model.beam(picture, 5, CAPTION_STEPS)
    assert ids.dtype == torch.long and np.all(ids.numpy() >= 0)
