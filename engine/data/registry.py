"""Every dataset the data panel lists and ``DataSettings.dataset`` may name, in order:
the 2-D point sets of ``toy2d``, then data that are not points (``digits``)."""

from __future__ import annotations

from engine.data.toy2d import POINT_DATASETS, DatasetInfo

#: Bundled handwritten digits (engine/data/digits.py): 64 pixel values, 10 classes.
DIGITS = DatasetInfo("digits", "Digits (8×8 images)", "classification", 10,
                     n_inputs=64, image_shape=(8, 8))

#: Every dataset, in gallery order.
DATASETS: dict[str, DatasetInfo] = {**POINT_DATASETS, DIGITS.id: DIGITS}
