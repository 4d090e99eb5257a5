"""A person's picture made into what the captioner's encoder reads: 64 x 64 RGB bytes,
with a note for each thing that was changed (issue 21: resized and made RGB, said so)."""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F

from engine.data.scenes import PICTURE_SHAPE
from engine.shared.messages import Message, message


def fit_picture(picture: np.ndarray) -> tuple[np.ndarray, tuple[Message, ...]]:
    """((3, 64, 64) uint8, notes) for a grey (H, W) or (H, W, C) uint8 picture."""
    channels, height, width = PICTURE_SHAPE
    notes: list[Message] = []
    image = picture if picture.ndim == 3 else picture[:, :, None]
    if image.shape[2] == 4:
        image = image[:, :, :3]
        notes.append(message("caption_probe.alpha_dropped"))
    if image.shape[2] == 1:
        image = np.repeat(image, channels, axis=2)
        notes.append(message("caption_probe.made_rgb"))
    h, w = image.shape[:2]
    chw = torch.from_numpy(np.ascontiguousarray(image)).permute(2, 0, 1).float()[None]
    if (h, w) != (height, width):
        # Area averaging shrinks without aliasing; bilinear grows a small drawing.
        mode = "area" if h >= height and w >= width else "bilinear"
        chw = F.interpolate(chw, size=(height, width), mode=mode,
                            **({} if mode == "area" else {"align_corners": False}))
        notes.append(message("caption_probe.resized", width=w, height=h, size=height))
    fitted = chw[0].round().clamp(0, 255).to(torch.uint8).numpy()
    return np.ascontiguousarray(fitted), tuple(notes)
