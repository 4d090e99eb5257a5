"""What the ConvNet probes return (feature maps, filters, pooling, confusion), torch-free.

Like engine.shared.results.points, these values are unpickled in the window's process, so they live
here and hold only numpy arrays, plain numbers and strings.

Colour scaling of maps and kernels is fixed and documented: a value v is drawn at
``0.5 + 0.5 * v / scale`` (clipped to [0, 1]) with the diverging palette, so 0 is always
the neutral grey, positive blue, negative orange. ``scale`` is the largest |value| of the
group chosen by the scaling option: each map alone ("map"), the whole layer ("layer"), or
every layer of the network ("global"), as CNN Explainer offers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SCALINGS = ("map", "layer", "global")


def scaled(values: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Values (C, ...) drawn in [0, 1] by the per-map ``scale`` (C,): 0.5 is zero."""
    s = np.maximum(np.asarray(scale, np.float32), 1e-12).reshape(-1, *([1] * (values.ndim - 1)))
    return np.clip(0.5 + 0.5 * values / s, 0.0, 1.0).astype(np.float32)


@dataclass(frozen=True)
class LayerMaps:
    """One top-level layer's output for the chosen input."""
    label: str          # "1 Conv2d 8×8×8": position, kind, output shape
    kind: str           # the stack kind: "conv2d", "relu", "maxpool2d", "flatten", ...
    #: True for (C, H, W) image maps; False for a flat vector stored as (1, 1, F).
    spatial: bool
    values: np.ndarray  # float32 (C, H, W): the layer's raw output
    scale: np.ndarray   # float32 (C,): the |value| drawn at full colour, per map

    def scaled(self) -> np.ndarray:
        return scaled(self.values, self.scale)


@dataclass(frozen=True)
class FeatureMapsData:
    #: "test" (an image of the test set) or "drawn" (the image a person drew).
    source: str
    index: int                  # the test image shown (-1 for a drawn one)
    n_test: int                 # test images to choose from
    scaling: str                # one of SCALINGS
    image: np.ndarray           # float32 (C, H, W): the network's input
    layers: tuple[LayerMaps, ...]
    #: The head's raw outputs and the class probabilities (K,) ((2,) for two classes).
    scores: np.ndarray
    probabilities: np.ndarray
    predicted: int
    true_class: int             # -1 for a drawn image
    step: int


@dataclass(frozen=True)
class ConvKernels:
    """The weights of one Conv2d layer."""
    label: str                  # "1 Conv2d 1→8, 3×3"
    weights: np.ndarray         # float32 (out, in, k, k)
    bias: np.ndarray | None     # float32 (out,)
    scale: float                # largest |weight| of the layer: its kernels share colours


@dataclass(frozen=True)
class FiltersData:
    layers: tuple[ConvKernels, ...]
    step: int


@dataclass(frozen=True)
class PoolingData:
    """How much each layer's output moves when the input shifts by (dx, dy) pixels.

    ``change[i] = ‖a(x) − a(shift x)‖ / ‖a(x)‖`` over a batch of test images (norms over
    the whole batch), for each top-level layer, then the head. The input's own change comes
    first in ``input_change``. Shifting fills the uncovered border with zeros (no wrap).
    """
    dx: int
    dy: int
    n_images: int
    labels: tuple[str, ...]         # one per layer and the head ("out Linear 10")
    kinds: tuple[str, ...]
    change: np.ndarray              # float32 (L,)
    #: True for a pooling layer's output (the ones that should change least).
    pooled: np.ndarray              # bool (L,)
    input_change: float
    #: Share of the batch whose predicted class changed with the shift.
    flipped: float
    image: np.ndarray               # float32 (C, H, W): the first image of the batch
    shifted: np.ndarray             # float32 (C, H, W): the same, shifted
    step: int


@dataclass(frozen=True)
class Histogram:
    label: str
    counts: np.ndarray              # int64 (bins,)
    edges: np.ndarray               # float32 (bins + 1,)


@dataclass(frozen=True)
class ConfusionData:
    classes: int
    #: int64 (K, K): row = true class, column = predicted class, over the test set.
    matrix: np.ndarray
    n_test: int
    accuracy: float
    #: The misclassified test images, the most confidently wrong first (capped).
    images: np.ndarray              # float32 (M, H, W), first channel; (0, 0, 0) for points
    indices: np.ndarray             # int64 (M,): rows of the test set
    true_classes: np.ndarray        # int64 (M,)
    top_classes: np.ndarray         # int64 (M, 3): the three highest-scored classes
    top_probabilities: np.ndarray   # float32 (M, 3)
    n_wrong: int                    # all misclassified, not only those shown
    #: Per top-level layer (and the head): values of its output, and of dE/d(output),
    #: on a batch of training images.
    activations: tuple[Histogram, ...]
    gradients: tuple[Histogram, ...]
    step: int
