"""The captioner's settings (``NetworkSettings.attention`` and ``caption_*``) and the
scenes' (language, how many): checked by Experiment.validate on captioned scenes only."""

from __future__ import annotations

from engine.shared.catalogue import MAX_SCENES, caption_info
from engine.shared.settings import DataSettings, ExperimentError, NetworkSettings

#: Languages the scene grammar writes captions in.
CAPTION_LANGUAGES = ("en", "ko")
#: Widths a person may pick: enough to caption, small enough to train on a CPU.
HIDDEN, EMBEDDING, ATTENTION_DIM = (8, 512), (4, 256), (4, 512)
#: Fewest scenes: some must be held out and some left to train on.
MIN_SCENES = 20


def _count(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def check_captioning(data: DataSettings, net: NetworkSettings) -> None:
    """ExperimentError naming the first captioning setting that cannot be used."""
    if caption_info(data.dataset) is None:
        return
    if data.language not in CAPTION_LANGUAGES:
        raise ExperimentError.of("settings.caption_language", name=repr(data.language),
                                 choices=", ".join(CAPTION_LANGUAGES))
    if not _count(data.n_points, MIN_SCENES, MAX_SCENES):
        raise ExperimentError.of("settings.caption_scenes", value=repr(data.n_points),
                                 low=MIN_SCENES, high=MAX_SCENES)
    if not isinstance(net.attention, bool):
        raise ExperimentError.of("settings.translator_attention", value=repr(net.attention))
    widths = (("caption_hidden", net.caption_hidden, HIDDEN),
              ("caption_embedding", net.caption_embedding, EMBEDDING),
              ("caption_attention_dim", net.caption_attention_dim, ATTENTION_DIM))
    for name, value, (low, high) in widths:
        if not _count(value, low, high):
            raise ExperimentError.of("settings.caption_range", name=name, value=repr(value),
                                     low=low, high=high)
    dropout = net.caption_word_dropout
    if isinstance(dropout, bool) or not isinstance(dropout, (int, float)) or not (
            0.0 <= dropout < 1.0):
        raise ExperimentError.of("settings.caption_word_dropout", value=repr(dropout))
