"""Caption scores against hand-computed values: exact match up to <eos>, corpus BLEU-4,
and the attention mass on the object a word names."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch

from engine.data.scenes import CAPTION_STEPS, make_scenes
from engine.probes.caption_scores import attention_on_object, bleu4, exact_match


def test_exact_match_reads_up_to_the_end():
    want = np.array([[5, 6, 2, 0], [5, 6, 2, 0]])
    said = np.array([[5, 6, 2, 9], [5, 7, 2, 0]])  # after <eos> nothing counts
    assert list(exact_match(said, want)) == [True, False]


def test_bleu_is_one_for_equal_captions_and_lower_for_others():
    ref = [("a", "small", "red", "circle", "left", "of", "a", "blue", "square")]
    assert bleu4(ref, ref) == pytest.approx(1.0)
    assert bleu4([()], ref) == 0.0
    half = [("a", "small", "red", "circle")]
    # Every n-gram matches; the brevity penalty exp(1 - 9/4) is all that is lost.
    assert bleu4(half, ref) == pytest.approx(math.exp(1 - 9 / 4))
    wrong = [("a", "small", "blue", "circle", "left", "of", "a", "blue", "square")]
    assert 0.3 < bleu4(wrong, ref) < 1.0


class _Looking(torch.nn.Module):
    """Looks at one fixed cell for every word."""
    def __init__(self, cell: int) -> None:
        super().__init__()
        self.cell = cell
        self.shape = type("Shape", (), {"attention": True})()

    def decode(self, pictures, inputs):
        weights = torch.zeros(inputs.shape[0], inputs.shape[1], 64)
        weights[..., self.cell] = 1.0
        return None, weights


def test_attention_on_object_is_the_mass_inside_the_named_object():
    scenes = make_scenes(1, 1, 0, 0.0)
    held = scenes.held_out
    obj = held.objects[0][0]
    row, col = int(obj.y // 8), int(obj.x // 8)
    cover = held.masks[0, 0].reshape(8, 8, 8, 8).mean(axis=(1, 3))[row, col]
    inside = attention_on_object(_Looking(row * 8 + col), scenes, held, "cpu")
    assert inside == pytest.approx(float(cover), rel=1e-5)
    corner = 63 if (row, col) != (7, 7) else 0
    away = attention_on_object(_Looking(corner), scenes, held, "cpu")
    assert away < inside
    assert CAPTION_STEPS >= len(held.captions[0]) + 1
