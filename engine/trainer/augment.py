"""Augmentation of training batches on the training device: the torch side of
``engine.data.augment`` (numpy, which the window uses for its preview strip).

The random parameters (a few numbers per image) are drawn by the numpy module on the CPU,
so both sides make the same variants; the pixels are changed here, where the batch is.
"""

from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F  # noqa: N812 - torch's own name

from engine.data.augment import affine_matrices, draw_parameters


def augment_batch(x: torch.Tensor, y: torch.Tensor, names, strength: float,
                  image_shape: tuple[int, int], flip_map: tuple[int, ...] | None,
                  n_classes: int, rng: np.random.Generator, noise: torch.Generator
                  ) -> tuple[torch.Tensor, torch.Tensor]:
    """Flip, turn, shift and add noise to a batch of images (rows or (N, 1, H, W)) on its
    device, as ``engine.data.augment`` does in numpy: the parameters (a few numbers per
    image) are drawn there on the CPU, the pixels are changed here on the device."""
    n = x.shape[0]
    h, w = image_shape
    images = x.reshape(n, 1, h, w)
    if flip_map is None:  # mirrored digits are no digits
        names = [name for name in names if name != "flip"]
    p = draw_parameters(n, w, names, strength, rng)
    if p["flip"].any():
        # On the device, no sync: each label's mirror class; a "bar /" mirrors into a
        # "bar \\" only when that class is in the data, else the image stays as it is.
        mirrored = torch.as_tensor(flip_map, device=y.device)[y.long()]
        flip = torch.as_tensor(p["flip"], device=y.device) & (mirrored < n_classes)
        images = torch.where(flip[:, None, None, None], images.flip(-1), images)
        y = torch.where(flip, mirrored.to(y.dtype), y)
    if p["angle"].any() or p["dx"].any() or p["dy"].any():
        images = warp_batch(images, affine_matrices(p["angle"], p["dx"], p["dy"], h, w))
    if p["noise"].any():
        std = float(p["noise"][0])
        images = (images + std * torch.randn(images.shape, generator=noise,
                                             device=images.device)).clamp(0.0, 1.0)
    return images.reshape(x.shape), y


def warp_batch(images: torch.Tensor, theta: np.ndarray) -> torch.Tensor:
    """(N, 1, H, W) images resampled through the (N, 2, 3) maps ``theta`` (bilinear,
    zeros outside): the torch side of ``engine.data.augment.warp_images``."""
    theta_t = torch.as_tensor(theta, dtype=images.dtype, device=images.device)
    grid = F.affine_grid(theta_t, list(images.shape), align_corners=False)
    return F.grid_sample(images, grid, mode="bilinear", padding_mode="zeros",
                         align_corners=False)


class BatchAugmenter:
    """The random numbers of one model's augmented batches: they start again, from the
    training seed, with each new model (``TrainingSession.reset``), so a run repeats
    exactly."""

    def __init__(self, seed: int, device: torch.device) -> None:
        self.rng = np.random.default_rng(seed)
        self.noise = torch.Generator(device=device).manual_seed(seed)

    def __call__(self, x: torch.Tensor, y: torch.Tensor, data, image_shape: tuple[int, int],
                 flip_map: tuple[int, ...] | None, n_classes: int
                 ) -> tuple[torch.Tensor, torch.Tensor]:
        """A fresh variant of each image of the batch, as ``data`` (DataSettings) asks."""
        return augment_batch(x, y, data.augment, data.augment_strength, image_shape,
                             flip_map, n_classes, self.rng, self.noise)
