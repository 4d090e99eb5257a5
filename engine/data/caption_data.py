"""Captioned scenes as a Dataset: seeded pictures of one to three objects from the scene
grammar (engine/data/scenes.py), with their captions as word ids.

Each row of ``x`` is one picture's bytes (3 x 64 x 64, channels first) and then the
decoder's input, <bos> and the caption's words padded on the right, all uint8: a picture
takes 12 KB instead of 48 KB as float32, and the captioner turns bytes into [0, 1]
itself. ``y`` is the caption and <eos>, padded: what the decoder must say at each step.
Held-out scenes hold attribute combinations no training scene shows.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import numpy as np

from engine.data.dataset import Dataset, int_setting
from engine.data.scenes import CAPTION_STEPS, PICTURE_BYTES, CaptionScenes, SceneSet, make_scenes

if TYPE_CHECKING:
    from engine.shared.experiment import DataSettings

#: Held-out scenes at the least.
MIN_HELD_OUT = 10


def rows(scenes: CaptionScenes, which: SceneSet) -> tuple[np.ndarray, np.ndarray]:
    """(x (N, PICTURE_BYTES + CAPTION_STEPS) uint8, y (N, CAPTION_STEPS) int64)."""
    inputs, targets = scenes.tokens(which)
    n = len(which.images)
    x = np.empty((n, PICTURE_BYTES + CAPTION_STEPS), np.uint8)
    x[:, :PICTURE_BYTES] = which.images.reshape(n, PICTURE_BYTES)
    x[:, PICTURE_BYTES:] = inputs  # word ids: the vocabulary is far below 256 words
    return x, targets.astype(np.int64)


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    a.setflags(write=False)
    return a


def make_captions(settings: DataSettings) -> Dataset:
    n = int_setting("data.name_scenes", settings.n_points, 2)
    seed = int_setting("data.name_seed", settings.seed, 0)
    held = max(MIN_HELD_OUT, round(n * (1.0 - settings.train_ratio)))
    return _captions(max(1, n - held), held, seed, float(settings.noise), settings.language)


@functools.lru_cache(maxsize=2)
def _captions(n_train: int, n_held: int, seed: int, noise: float, language: str) -> Dataset:
    """Made once for the runs of a comparison, which share their data (the arrays are
    read-only, so sharing them is safe)."""
    scenes = make_scenes(n_train, n_held, seed, noise, language)
    x_train, y_train = rows(scenes, scenes.train)
    x_test, y_test = rows(scenes, scenes.held_out)
    words = scenes.vocab.words
    return Dataset(x_train=_frozen(x_train), y_train=_frozen(y_train),
                   x_test=_frozen(x_test), y_test=_frozen(y_test),
                   problem="classification", n_classes=len(words),
                   x_unlabelled=_frozen(x_train[:0]), class_names=words, scenes=scenes,
                   tokens_per_example=float(np.mean([len(c) for c in scenes.train.captions])))
