"""The translator's settings (``NetworkSettings.attention`` .. ``translator_embedding``):
checked by Experiment.validate on translation data only."""

from __future__ import annotations

from engine.shared.catalogue import translation_info
from engine.shared.settings import DataSettings, ExperimentError, NetworkSettings

#: Widths a person may pick: enough to translate, small enough to train on a CPU.
MIN_HIDDEN, MAX_HIDDEN = 8, 512
MIN_EMBEDDING, MAX_EMBEDDING = 4, 256


def _count(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def check_translation(data: DataSettings, net: NetworkSettings) -> None:
    """ExperimentError naming the first translator setting that cannot be used."""
    if translation_info(data.dataset) is None:
        return
    if not isinstance(net.attention, bool):
        raise ExperimentError.of("settings.translator_attention", value=repr(net.attention))
    if not _count(net.translator_hidden, MIN_HIDDEN, MAX_HIDDEN):
        raise ExperimentError.of("settings.translator_hidden",
                                 value=repr(net.translator_hidden), low=MIN_HIDDEN,
                                 high=MAX_HIDDEN)
    if not _count(net.translator_embedding, MIN_EMBEDDING, MAX_EMBEDDING):
        raise ExperimentError.of("settings.translator_embedding",
                                 value=repr(net.translator_embedding), low=MIN_EMBEDDING,
                                 high=MAX_EMBEDDING)
