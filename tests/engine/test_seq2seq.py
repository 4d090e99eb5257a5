"""The encoder-decoder translator: shapes, attention weights, learning."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from engine.data import make_dataset
from engine.data.translation_data import DECODE_STEPS, ENGLISH, KOREAN, PAD_ID, SOURCE_LENGTH
from engine.models.seq2seq import Translator, TranslatorShape
from engine.shared.settings import DataSettings


@pytest.fixture(scope="module")
def data():
    d = make_dataset(DataSettings(dataset="translation", n_points=1200, train_ratio=0.8))
    return torch.tensor(d.x_train), torch.tensor(d.y_train)


def _model(attention: bool) -> Translator:
    torch.manual_seed(0)
    return Translator(TranslatorShape(len(ENGLISH), len(KOREAN), SOURCE_LENGTH, 16, 32,
                                      attention))


@pytest.mark.parametrize("attention", [True, False])
def test_shapes(data, attention):
    x, _ = data
    model = _model(attention)
    assert model(x[:5]).shape == (5, DECODE_STEPS, len(KOREAN))
    ids, weights = model.greedy(x[:5, :SOURCE_LENGTH], DECODE_STEPS)
    assert ids.shape == (5, DECODE_STEPS)
    assert model.thought_vectors(x[:5, :SOURCE_LENGTH]).shape == (5, 32)
    assert (weights is None) is (not attention)


def test_attention_rows_sum_to_one_and_skip_padding(data):
    x, _ = data
    model = _model(True)
    source = x[:8, :SOURCE_LENGTH]
    with torch.no_grad():
        _, weights = model.decode(source, x[:8, SOURCE_LENGTH:])
    torch.testing.assert_close(weights.sum(-1), torch.ones(8, DECODE_STEPS))
    pads = (source == PAD_ID)[:, None, :].expand_as(weights)
    assert pads.any() and float(weights[pads].abs().max()) == 0.0


@pytest.mark.parametrize("attention", [True, False])
def test_training_lowers_the_loss(data, attention):
    x, y = data
    model = _model(attention)
    optimizer = torch.optim.Adam(model.parameters(), 0.01)
    def loss_of(b):
        return F.cross_entropy(model(x[b]).reshape(-1, len(KOREAN)), y[b].reshape(-1))
    generator = torch.Generator().manual_seed(0)
    first = float(loss_of(torch.arange(256)).detach())
    for _ in range(60):
        batch = torch.randint(0, x.shape[0], (64,), generator=generator)
        loss = loss_of(batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    assert float(loss_of(torch.arange(256)).detach()) < 0.5 * first
