"""The captioner of a run's settings, sized by the caption vocabulary."""

from __future__ import annotations

from engine.data.scenes import CAPTION_STEPS
from engine.models.captioner import Captioner, CaptionerShape
from engine.shared.settings import NetworkSettings


def build_captioner(network: NetworkSettings, n_words: int) -> Captioner:
    return Captioner(CaptionerShape(
        n_words, CAPTION_STEPS, network.caption_hidden, network.caption_embedding,
        network.caption_attention_dim, network.attention, network.caption_word_dropout))
