"""The demo views: tabs beside the output map and the loss landscape.

Each view is a QWidget with ``title()``, ``probe_names()``, ``show_snapshot(snap)`` and
the signals ``commandRequested`` (engine commands), ``problem`` (a banner message),
``changeRequested`` (a partial experiment dict) and ``tabRequested`` (another tab's
name). The window makes each once, in this order, and feeds only the visible one; a view's tab
shows only while the data are of its kind (points in the plane, images, or sequences).
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

VIEWS: dict[str, tuple[str, str]] = {
    "perceptron": ("gui.views.perceptron_view", "PerceptronView"),
    "warp": ("gui.views.warp_view", "WarpView"),
    "backprop": ("gui.views.backprop_view", "BackpropView"),
    "compare": ("gui.views.compare_view", "CompareView"),
    "feature_maps": ("gui.views.feature_maps_view", "FeatureMapsView"),
    "filters": ("gui.views.filters_view", "FiltersView"),
    "pooling": ("gui.views.pooling_view", "PoolingView"),
    "confusion": ("gui.views.confusion_view", "ConfusionView"),
    "hidden_states": ("gui.views.hidden_states_view", "HiddenStatesView"),
    "gradient_time": ("gui.views.gradient_time_view", "GradientTimeView"),
    "unfolded": ("gui.views.unfolded_view", "UnfoldedView"),
    "sampling": ("gui.views.sampling_view", "SamplingView"),
    "projector": ("gui.views.projector_view", "ProjectorView"),
    "word_models": ("gui.views.word_models_view", "WordModelsView"),
    "translation": ("gui.views.translation_view", "TranslationView"),
    "captioning": ("gui.views.caption_view", "CaptionView"),
}

#: The data each view pictures: its tab shows only for those ("any": always).
DATA_KINDS: dict[str, str] = {
    "perceptron": "points", "warp": "points", "backprop": "points", "compare": "any",
    "feature_maps": "images", "filters": "images", "pooling": "images",
    "confusion": "images", "hidden_states": "sequences", "gradient_time": "sequences",
    "unfolded": "sequences", "sampling": "sequences", "projector": "any",
    "word_models": "words", "translation": "translation", "captioning": "captioning",
}


def create_views() -> dict[str, QWidget]:
    return {name: getattr(importlib.import_module(module), cls)()
            for name, (module, cls) in VIEWS.items()}
