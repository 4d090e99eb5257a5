"""Pooling invariance: shift the input a few pixels and measure how far each layer's
output moves. A convolution moves its maps along with the image (they change a lot,
pixel for pixel); pooling summarises a neighbourhood, so its maps change least.

Options: ``dx``, ``dy`` (pixels, right and down; default 1, 0) and ``count`` (test images
in the batch, default 128 digits, fewer of larger images: a budget of pixels).
"""

from __future__ import annotations

import numpy as np
import torch

from engine.probes.conv_stack import (
    images_within,
    labels_of,
    measuring,
    require_image_stack,
    to_numpy,
)
from engine.shared.messages import message
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.convnet import PoolingData

DEFAULT_COUNT = 128
#: Pixels per batch when no count is asked for: 128 digits, 64 images of 28×28.
PIXELS = 50_000
POOL_KINDS = ("maxpool2d", "avgpool2d")


def shift_images(images: torch.Tensor, dx: int, dy: int) -> torch.Tensor:
    """(N, C, H, W) moved dx pixels right and dy down; the uncovered border is zero."""
    shifted = torch.zeros_like(images)
    h, w = images.shape[-2:]
    if abs(dx) >= w or abs(dy) >= h:
        return shifted
    src_y = slice(max(-dy, 0), h - max(dy, 0))
    dst_y = slice(max(dy, 0), h - max(-dy, 0))
    src_x = slice(max(-dx, 0), w - max(dx, 0))
    dst_x = slice(max(dx, 0), w - max(-dx, 0))
    shifted[..., dst_y, dst_x] = images[..., src_y, src_x]
    return shifted


def relative_change(before: torch.Tensor, after: torch.Tensor) -> float:
    """‖before − after‖ / ‖before‖ over the whole batch (0 when ``before`` is all zero)."""
    norm = float(torch.linalg.vector_norm(before.double()))
    if norm == 0.0:
        return 0.0
    return float(torch.linalg.vector_norm((before - after).double())) / norm


@implements("pooling")
def pooling_probe(session, options: dict) -> PoolingData:
    model = require_image_stack(session, message("probe.pooling_view"))
    dx, dy = options["dx"], options["dy"]
    count = options.get("count", images_within(session, PIXELS, DEFAULT_COUNT))
    images = session.x_test[:max(count, 1)]
    if images.shape[0] == 0:
        raise ProbeError.of("pooling.no_test_images")
    shifted = shift_images(images, dx, dy)
    with measuring(model), torch.no_grad():
        both = model.layer_outputs(torch.cat([images, shifted]))
    n = images.shape[0]
    change = np.array([relative_change(out[:n], out[n:]) for out in both], np.float32)
    names = labels_of(model, both)
    kinds = tuple(kind for _, kind in names)
    raw = both[-1]
    if raw.shape[-1] == 1:  # one logit (two classes) or a value: its sign decides
        flipped = float(((raw[:n, 0] > 0) != (raw[n:, 0] > 0)).double().mean())
    else:
        flipped = float((raw[:n].argmax(1) != raw[n:].argmax(1)).double().mean())
    return PoolingData(
        dx=dx, dy=dy, n_images=int(n), labels=tuple(label for label, _ in names),
        kinds=kinds, change=change, pooled=np.array([k in POOL_KINDS for k in kinds]),
        input_change=relative_change(images, shifted), flipped=flipped,
        image=to_numpy(images[0]), shifted=to_numpy(shifted[0]),
        step=int(session.step_count))
