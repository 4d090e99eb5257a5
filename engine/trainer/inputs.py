"""A run's data as tensors on its device, in the form its network reads them."""

from __future__ import annotations

import numpy as np
import torch

from engine.models.features import feature_tensor
from engine.models.stack import StackModel
from engine.shared.sequence_info import SequenceInfo


def device_tensor(a: np.ndarray, device: torch.device) -> torch.Tensor:
    # Token ids stay integers (an Embedding reads them); captioned scenes' rows stay
    # bytes (a picture is 12 KB, not 48: the captioner scales them itself); everything
    # else float32.
    dtype = {np.dtype(np.int64): torch.long, np.dtype(np.uint8): torch.uint8}.get(
        a.dtype, torch.float32)
    return torch.tensor(a, dtype=dtype, device=device)


def network_inputs(points: torch.Tensor, features, points_2d: bool) -> torch.Tensor:
    """The features of 2-D points; other data feed their own values."""
    return feature_tensor(points, features) if points_2d else points


def shaped_input(x: torch.Tensor, model: torch.nn.Module,
                 sequence: SequenceInfo | None) -> torch.Tensor:
    """Images reach a builder stack as (N, channels, height, width): views of the flat
    rows, no copy. The perceptron reads the flat rows; sequences stay (N, T) token ids or
    (N, T, F) values, as a recurrent layer reads them."""
    if sequence is not None:
        return x
    if isinstance(model, StackModel) and model.input_shape.layout == "image":
        return x.reshape(x.shape[0], *model.input_shape.dims)
    return x.flatten(1) if x.dim() > 2 else x
