"""Making the dataset that data settings name: points, images or sequences, each kind
from its own module, loaded only when asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.data.dataset import Dataset, dataset_info
from engine.data.points import make_points
from engine.shared.catalogue import (
    SCENES,
    TRANSLATION,
    SequenceDatasetInfo,
    WordDatasetInfo,
)

if TYPE_CHECKING:  # at run time any object with DataSettings' fields will do
    from engine.shared.experiment import DataSettings


def make_dataset(settings: DataSettings) -> Dataset:
    """The dataset ``settings`` describe. The same settings give the same arrays."""
    info = dataset_info(settings.dataset)
    if info.id == TRANSLATION.id:
        from engine.data.translation_data import make_translations
        return make_translations(settings)
    if info.id == SCENES.id:
        from engine.data.caption_data import make_captions
        return make_captions(settings)
    if isinstance(info, WordDatasetInfo):
        from engine.data.word_data import make_words
        return make_words(info, settings)
    if isinstance(info, SequenceDatasetInfo):
        from engine.data.sequence_data import make_sequences
        return make_sequences(info, settings)
    if not info.points_2d:
        return _make_images(info.id, settings)
    return make_points(info, settings)


def _make_images(dataset_id: str, settings: DataSettings) -> Dataset:
    """Image data, loaded only when asked for; augmentation names are checked here, as
    the trainer applies them to every batch."""
    from engine.data.augment import check_augment
    check_augment(settings.augment, settings.augment_strength)
    if dataset_id == "shapes":
        from engine.data.shapes import make_shapes
        return make_shapes(settings)
    if dataset_id == "idx":
        from engine.data.idx import make_idx_dataset
        return make_idx_dataset(settings)
    if dataset_id == "folder":
        from engine.data.image_folder import make_folder_dataset
        return make_folder_dataset(settings)
    from engine.data.digits import make_digits
    return make_digits(settings)


