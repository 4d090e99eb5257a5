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
    exactly, and they are saved with a run (``state``), so a reopened run goes on drawing
    the variants the uninterrupted one would have drawn."""

    def __init__(self, seed: int, device: torch.device) -> None:
        self.rng = np.random.default_rng(seed)
        self.noise = torch.Generator(device=device).manual_seed(seed)

    def __call__(self, x: torch.Tensor, y: torch.Tensor, data, image_shape: tuple[int, int],
                 flip_map: tuple[int, ...] | None, n_classes: int
                 ) -> tuple[torch.Tensor, torch.Tensor]:
        """A fresh variant of each image of the batch, as ``data`` (DataSettings) asks."""
        return augment_batch(x, y, data.augment, data.augment_strength, image_shape,
                             flip_map, n_classes, self.rng, self.noise)

    def state(self) -> tuple[dict[str, torch.Tensor], dict]:
        """The noise generator's state as a tensor, the numpy generator's as JSON (its two
        128-bit numbers as decimal strings: JSON readers need not hold big integers)."""
        numpy_state = self.rng.bit_generator.state
        inner = numpy_state["state"]
        saved = {"bit_generator": numpy_state["bit_generator"], "state": str(inner["state"]),
                 "inc": str(inner["inc"]), "has_uint32": int(numpy_state["has_uint32"]),
                 "uinteger": int(numpy_state["uinteger"]),
                 "noise_device": self.noise.device.type}
        return {"augment.noise": self.noise.get_state()}, saved

    def load_state(self, tensors: dict[str, torch.Tensor], saved: dict) -> bool:
        """Go on from ``state``'s values; False (and nothing changed) when they are not
        such values."""
        numbers = [saved.get("state"), saved.get("inc")]
        if (saved.get("bit_generator") != "PCG64"
                or not all(isinstance(n, str) and n.isdigit() and len(n) <= 40
                           for n in numbers)
                or saved.get("has_uint32") not in (0, 1)
                or not isinstance(saved.get("uinteger"), int)
                or not 0 <= saved["uinteger"] < 2 ** 32):
            return False
        noise = tensors.get("augment.noise")
        if noise is None or noise.dtype != torch.uint8 or noise.dim() != 1:
            return False
        rng = np.random.default_rng()
        rng.bit_generator.state = {
            "bit_generator": "PCG64", "state": {"state": int(numbers[0]), "inc": int(numbers[1])},
            "has_uint32": saved["has_uint32"], "uinteger": saved["uinteger"]}
        # A CUDA generator's state does not fit a CPU one: a run saved on a GPU and opened
        # without one keeps its fresh noise (the window already says it may not repeat).
        if saved.get("noise_device") == self.noise.device.type:
            try:
                self.noise.set_state(noise)
            except RuntimeError:  # not a state of this kind of generator
                return False
        self.rng = rng
        return True
