"""Feature maps (Fig. 2 of the review): one image's path through every layer of a ConvNet,
stage by stage, ending in the class scores.

Options: ``{"index": i}`` shows test image i (the default, 0); ``{"image": [...]}`` a flat
list of C*H*W values in 0..1 a person drew (an image of another size, left over from
other data, falls back to the test image); ``"scaling"`` is "map", "layer" or "global"
(engine.shared.results.convnet explains the colours).
"""

from __future__ import annotations

import numpy as np
import torch

from engine.probes.conv_stack import (
    labels_of,
    measuring,
    probabilities,
    require_image_stack,
    to_numpy,
)
from engine.shared.messages import message
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.convnet import FeatureMapsData, LayerMaps


@implements("feature_maps")
def feature_maps_probe(session, options: dict) -> FeatureMapsData:
    model = require_image_stack(session, message("probe.feature_map_view"))
    scaling = options["scaling"]
    dims = tuple(model.input_shape.dims)
    n_test = int(session.x_test.shape[0])
    image, index = _drawn(options.get("image"), dims), -1
    if image is None:
        if n_test == 0:
            raise ProbeError.of("feature_maps.no_test_images")
        index = options["index"] % n_test  # stepping past the last image wraps around
        image = session.x_test[index:index + 1]
    else:
        image = image.to(session.device)
    with measuring(model), torch.no_grad():
        outputs = model.layer_outputs(image)
        raw = outputs[-1] if model.head is not None else model(image)
        probs = probabilities(session.objective, raw) \
            if session.objective.problem == "classification" else None
    names = labels_of(model, outputs)
    stack_outputs = outputs[:len(model.stack)]
    values = [_as_maps(to_numpy(out[0])) for out in stack_outputs]
    scales = _scales(values, scaling)
    layers = tuple(LayerMaps(label=label, kind=kind, spatial=out.dim() == 4,
                             values=v, scale=s)
                   for (label, kind), out, v, s in zip(names, stack_outputs, values, scales))
    p = to_numpy(probs[0]) if probs is not None else np.zeros(0, np.float32)
    true_class = int(session.y_test[index].item()) if index >= 0 else -1
    return FeatureMapsData(
        source="test" if index >= 0 else "drawn", index=index, n_test=n_test,
        scaling=scaling, image=to_numpy(image[0]), layers=layers,
        scores=to_numpy(raw[0]), probabilities=p,
        predicted=int(np.argmax(p)) if p.size else -1, true_class=true_class,
        step=int(session.step_count))


def _drawn(pixels, dims: tuple[int, ...]) -> torch.Tensor | None:
    """The drawn image as a batch of one, or None when there is none or it does not fit."""
    if pixels is None:
        return None
    flat = np.asarray(pixels, np.float32).ravel()
    if flat.size != int(np.prod(dims)) or not np.all(np.isfinite(flat)):
        return None  # drawn for other data: show a test image until the pad is redrawn
    return torch.from_numpy(np.clip(flat, 0.0, 1.0).reshape(1, *dims))


def _as_maps(values: np.ndarray) -> np.ndarray:
    """(C, H, W) as it is; anything flat (or a sequence) as one row (1, 1, F)."""
    if values.ndim == 3:
        return np.ascontiguousarray(values, np.float32)
    return np.ascontiguousarray(values.reshape(1, 1, -1), np.float32)


def _scales(values: list[np.ndarray], scaling: str) -> list[np.ndarray]:
    """Per map, the |value| drawn at full colour: each map's, its layer's or the net's max."""
    per_map = [np.abs(v).reshape(v.shape[0], -1).max(axis=1).astype(np.float32)
               if v.size else np.zeros(v.shape[0], np.float32) for v in values]
    if scaling == "map":
        return per_map
    if scaling == "layer":
        return [np.full_like(m, m.max() if m.size else 0.0) for m in per_map]
    top = max((float(m.max()) for m in per_map if m.size), default=0.0)
    return [np.full_like(m, top) for m in per_map]
