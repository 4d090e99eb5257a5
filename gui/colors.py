"""Colours shared by every view: the playground's orange (negative / class 0) to blue
(positive / class 1) diverging palette, and distinct colours for more classes.

Mapping is a lookup table over uint8 indices: one numpy ``take`` per image, no per-pixel
Python, so a 256x256 heatmap costs well under a millisecond.
"""

from __future__ import annotations

import numpy as np

NEGATIVE = (245, 147, 34)   # orange: class 0, negative values and weights
NEUTRAL = (232, 234, 235)
POSITIVE = (8, 119, 189)    # blue: class 1, positive values and weights
#: Class colours beyond two (class 0 and 1 keep the playground's orange and blue).
CLASS_COLORS = np.array([NEGATIVE, POSITIVE, (46, 160, 67), (200, 50, 120), (120, 80, 200),
                         (150, 150, 40), (30, 170, 170), (120, 120, 120), (90, 60, 30),
                         (220, 60, 60)], dtype=np.float32)


def _diverging_lut(size: int = 256) -> np.ndarray:
    t = np.linspace(-1.0, 1.0, size, dtype=np.float32)[:, None]
    neg, mid, pos = (np.array(c, np.float32) for c in (NEGATIVE, NEUTRAL, POSITIVE))
    rgb = np.where(t < 0, mid + (neg - mid) * (-t), mid + (pos - mid) * t)
    lut = np.empty((size, 4), np.uint8)
    lut[:, :3] = np.clip(rgb, 0, 255).astype(np.uint8)
    lut[:, 3] = 255
    return lut


DIVERGING_LUT = _diverging_lut()


def diverging_rgba(values: np.ndarray, low: float = -1.0, high: float = 1.0,
                   discrete: bool = False) -> np.ndarray:
    """Map values in [low, high] to RGBA uint8 (..., 4); ``discrete`` snaps to two colours."""
    v = np.asarray(values, np.float32)
    scaled = (v - low) * (2.0 / max(high - low, 1e-12)) - 1.0
    if discrete:
        scaled = np.where(scaled >= 0, 1.0, -1.0)
    index = np.clip((scaled + 1.0) * 127.5, 0, 255).astype(np.uint8)
    return DIVERGING_LUT[index]


def class_rgba(probabilities: np.ndarray, discrete: bool = False) -> np.ndarray:
    """(G, G, K) class probabilities to RGBA: the classes' colours blended by probability,
    washed out where the net is unsure (confidence = max probability)."""
    p = np.asarray(probabilities, np.float32)
    k = p.shape[-1]
    if discrete:
        p = (p == p.max(axis=-1, keepdims=True)).astype(np.float32)
    rgb = p @ CLASS_COLORS[:k]
    confidence = (p.max(axis=-1, keepdims=True) - 1.0 / k) * (k / (k - 1))
    rgb = np.array(NEUTRAL, np.float32) + (rgb - np.array(NEUTRAL, np.float32)) * confidence
    out = np.empty(p.shape[:-1] + (4,), np.uint8)
    out[..., :3] = np.clip(rgb, 0, 255).astype(np.uint8)
    out[..., 3] = 255
    return out


def point_colors(labels: np.ndarray, problem: str, n_classes: int) -> np.ndarray:
    """RGBA uint8 per point: class colour, or the diverging colour of a regression value."""
    if problem == "regression":
        return diverging_rgba(labels)
    idx = np.clip(np.asarray(labels).astype(int), 0, len(CLASS_COLORS) - 1)
    rgba = np.empty((len(idx), 4), np.uint8)
    rgba[:, :3] = CLASS_COLORS[idx].astype(np.uint8)
    rgba[:, 3] = 255
    return rgba
