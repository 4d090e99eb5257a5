"""The translator of a run's settings, sized by the translation data's vocabularies."""

from __future__ import annotations

from engine.data.translation_data import ENGLISH, KOREAN, SOURCE_LENGTH
from engine.models.seq2seq import Translator, TranslatorShape
from engine.shared.settings import NetworkSettings


def build_translator(network: NetworkSettings) -> Translator:
    return Translator(TranslatorShape(
        len(ENGLISH), len(KOREAN), SOURCE_LENGTH, network.translator_embedding,
        network.translator_hidden, network.attention))
