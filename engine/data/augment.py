"""Augmentation of image data: each training batch is shifted, turned a little, mirrored
(where the data allow it) and sprinkled with noise, so the net sees fresh variants of the
same examples and must learn what does not change under them.

This module is the numpy twin of the trainer's torch version (``engine.trainer.session``): the
window's preview strip draws from it without loading torch. Both share the parameters
drawn here (same ranges, same order of operations) and the geometry of ``warp_images``:
one affine map per image, sampled bilinearly with zeros outside, exactly like torch's
``affine_grid`` + ``grid_sample(align_corners=False)``, so the same parameters give the
same pixels in both.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from engine.data.errors import DataError

#: What can be switched on, in the order they are applied.
AUGMENTATIONS = ("flip", "rotate", "shift", "noise")
#: At strength 1: shifts up to this many pixels of a 28-pixel image (scaled for others).
MAX_SHIFT = 4
#: At strength 1: turns up to this many degrees either way.
MAX_DEGREES = 20.0
#: At strength 1: standard deviation of the added pixel noise (pixels run from 0 to 1).
MAX_NOISE = 0.25


def check_augment(names: object, strength: object) -> tuple[tuple[str, ...], float]:
    """The names and strength as they can be used, or a DataError that says why not."""
    if isinstance(names, str) or not isinstance(names, Sequence):
        raise DataError.of("augment.not_a_list", value=repr(names))
    unknown = [n for n in names if n not in AUGMENTATIONS]
    if unknown:
        raise DataError.of("augment.unknown", name=repr(unknown[0]),
                           choices=", ".join(AUGMENTATIONS))
    try:
        value = float(strength)
    except (TypeError, ValueError):
        raise DataError.of("augment.strength_not_number", value=repr(strength)) from None
    if not 0.0 <= value <= 1.0:
        raise DataError.of("augment.strength_range", strength=value)
    return tuple(names), value


def max_shift(width: int, strength: float) -> int:
    """Largest shift in whole pixels: MAX_SHIFT of 28 pixels, in proportion for others."""
    return int(round(MAX_SHIFT * strength * width / 28))


def draw_parameters(n: int, width: int, names: Sequence[str], strength: float,
                    rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Per image: flip (bool), angle (radians), dx, dy (whole pixels the content moves,
    right and down), noise std. Switched-off augmentations get neutral values."""
    shift = max_shift(width, strength) if "shift" in names else 0
    angle = math.radians(MAX_DEGREES * strength) if "rotate" in names else 0.0
    return {
        "flip": rng.random(n) < 0.5 if "flip" in names else np.zeros(n, bool),
        "angle": rng.uniform(-angle, angle, n),
        "dx": rng.integers(-shift, shift + 1, n),
        "dy": rng.integers(-shift, shift + 1, n),
        "noise": np.full(n, MAX_NOISE * strength if "noise" in names else 0.0),
    }


def affine_matrices(angle: np.ndarray, dx: np.ndarray, dy: np.ndarray, height: int,
                    width: int) -> np.ndarray:
    """(n, 2, 3) maps from output to source position in torch's normalised coordinates
    (-1..1 across the image): turn by ``angle`` about the centre, then move the content
    by (dx, dy) pixels. The same matrices drive ``torch.nn.functional.affine_grid``."""
    cos, sin = np.cos(angle), np.sin(angle)
    theta = np.zeros((len(angle), 2, 3), np.float64)
    theta[:, 0, 0], theta[:, 0, 1] = cos, -sin
    theta[:, 1, 0], theta[:, 1, 1] = sin, cos
    # Content moves right by dx pixels = every output pixel reads dx pixels to its left.
    theta[:, 0, 2] = -2.0 * (cos * dx - sin * dy) / width
    theta[:, 1, 2] = -2.0 * (sin * dx + cos * dy) / height
    return theta


def warp_images(images: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """Bilinear resampling of (n, h, w) images through ``theta`` (n, 2, 3), zeros outside:
    numpy's ``grid_sample(affine_grid(theta), align_corners=False)``."""
    n, h, w = images.shape
    xs = (2.0 * np.arange(w) + 1.0) / w - 1.0  # pixel centres, normalised
    ys = (2.0 * np.arange(h) + 1.0) / h - 1.0
    gx, gy = np.meshgrid(xs, ys)
    sx = theta[:, 0, 0, None, None] * gx + theta[:, 0, 1, None, None] * gy + theta[:, 0, 2,
                                                                                   None, None]
    sy = theta[:, 1, 0, None, None] * gx + theta[:, 1, 1, None, None] * gy + theta[:, 1, 2,
                                                                                   None, None]
    col = (sx + 1.0) * w / 2.0 - 0.5  # back to pixel indices
    row = (sy + 1.0) * h / 2.0 - 0.5
    c0, r0 = np.floor(col).astype(np.int64), np.floor(row).astype(np.int64)
    fc, fr = col - c0, row - r0
    out = np.zeros((n, h, w), np.float64)
    which = np.arange(n)[:, None, None]
    for dr, dc, weight in ((0, 0, (1 - fr) * (1 - fc)), (0, 1, (1 - fr) * fc),
                           (1, 0, fr * (1 - fc)), (1, 1, fr * fc)):
        r, c = r0 + dr, c0 + dc
        inside = (r >= 0) & (r < h) & (c >= 0) & (c < w)
        values = images[which, np.clip(r, 0, h - 1), np.clip(c, 0, w - 1)]
        out += np.where(inside, weight * values, 0.0)
    return out.astype(images.dtype)


def apply_parameters(images: np.ndarray, params: dict[str, np.ndarray],
                     rng: np.random.Generator | None = None) -> np.ndarray:
    """``images`` (n, h, w) in [0, 1] changed as ``params`` say (see ``draw_parameters``)."""
    out = np.array(images, dtype=np.float32)
    n, h, w = out.shape
    flip = params["flip"]
    out[flip] = out[flip][..., ::-1]
    if np.any(params["angle"]) or np.any(params["dx"]) or np.any(params["dy"]):
        theta = affine_matrices(params["angle"], params["dx"], params["dy"], h, w)
        out = warp_images(out, theta)
    if np.any(params["noise"]) and rng is not None:
        std = params["noise"][:, None, None]
        out = np.clip(out + rng.normal(0.0, 1.0, out.shape) * std, 0.0, 1.0)
    return out.astype(np.float32)


def augment_images(images: np.ndarray, names: Sequence[str], strength: float,
                   rng: np.random.Generator, flip_ok: bool = True) -> np.ndarray:
    """Fresh random variants of ``images`` (n, h, w): the preview strip's copies."""
    names = [n for n in names if n != "flip" or flip_ok]
    params = draw_parameters(len(images), images.shape[-1], names, strength, rng)
    return apply_parameters(images, params, rng)
