"""Filters: the kernels every Conv2d layer slides over its input. The first layer's are
small images of pixels; a deeper layer's kernel has one slice per input channel, drawn as
a grid (rows: output channels, columns: input channels)."""

from __future__ import annotations

import torch
from torch import nn

from engine.probes.conv_stack import require_image_stack, to_numpy
from engine.shared.messages import message
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import implements
from engine.shared.results.convnet import ConvKernels, FiltersData


@implements("filters")
def filters_probe(session, options: dict) -> FiltersData:
    model = require_image_stack(session, message("probe.filters_view"))
    kernels = []
    with torch.no_grad():
        for position, (layer, module) in enumerate(zip(model.stack, model.layers), start=1):
            if not isinstance(module, nn.Conv2d):
                continue
            weights = to_numpy(module.weight)
            out_c, in_c, kh, kw = weights.shape
            size = f"{kh}×{kw}" if kh != kw else f"{kh}×{kh}"
            kernels.append(ConvKernels(
                label=f"{position} {layer.label} {in_c}→{out_c}, {size}",
                weights=weights,
                bias=to_numpy(module.bias) if module.bias is not None else None,
                scale=float(abs(weights).max()) if weights.size else 0.0))
    if not kernels:
        raise ProbeError.of("filters.no_convolutions")
    return FiltersData(layers=tuple(kernels), step=int(session.step_count))
