"""The single operations of a layer plan (engine/probes/layer_plan.py): layouts, max-pool
kernels that tile their input, activations in place, and a Linear or Conv2d applied at
many weight points at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch
from torch import nn

#: Modules that commute with a max-pool (ReLU then pool == pool then ReLU).
POOL_COMMUTING = (nn.ReLU, nn.Identity)
#: Modules that act on each value alone: any layout will do.
ELEMENTWISE = (nn.ReLU, nn.Tanh, nn.Sigmoid, nn.LeakyReLU, nn.GELU, nn.SiLU, nn.ELU,
               nn.Softplus, nn.Identity, nn.Dropout, nn.Hardtanh, nn.ReLU6, nn.Mish)


@dataclass(eq=False)
class Fold:
    """How a tanh between two Linears folds into the second's parameters (see
    ``LayerPlan._tanh``): their slots, the factor on the layer's output, and whether its
    input is the sigmoid that stands for the tanh."""

    weight: int
    bias: int
    scale: float = 1.0
    takes_sigmoid: bool = False

    def changes(self) -> bool:
        return self.takes_sigmoid or self.scale != 1


@dataclass(eq=False)
class WeightedStep:
    """A layer with weights in a plan, run at P points with the weights there
    (``weights_at(slot)`` gives one parameter at every point); ``fold`` when a tanh next
    to it may fold into its parameters."""

    run: Callable[[torch.Tensor, Callable[[int], torch.Tensor]], torch.Tensor]
    fold: Fold | None = None

    def __call__(self, h: torch.Tensor, weights_at: Callable[[int], torch.Tensor]
                 ) -> torch.Tensor:
        return self.run(h, weights_at)


#: One step of a plan: a layer with weights, or any other on the activations alone.
Step = WeightedStep | Callable[[torch.Tensor], torch.Tensor]


def empty_like_layout(t: torch.Tensor) -> torch.Tensor:
    """An empty tensor shaped like ``t`` whose dimensions lie in memory in the order of
    ``t``'s strides (a channels-last view gets a channels-last buffer)."""
    order = sorted(range(t.ndim), key=lambda d: -t.stride(d))
    storage = torch.empty([t.shape[d] for d in order], dtype=t.dtype, device=t.device)
    return storage.permute([order.index(d) for d in range(t.ndim)])


def size_pair(value) -> tuple:
    """A pooling or convolution size as (rows, cols): torch keeps either an int or a pair."""
    return tuple(value) if isinstance(value, tuple | list) else (value, value)


def pool_kernel(pool: nn.Module) -> tuple[int, int] | None:
    """(kr, kc) of a max-pool whose windows tile the input (kernel == stride), else None."""
    if type(pool) is not nn.MaxPool2d:
        return None
    k = size_pair(pool.kernel_size)
    if (k != size_pair(pool.stride) or size_pair(pool.padding) != (0, 0) or pool.ceil_mode
            or size_pair(pool.dilation) != (1, 1) or pool.return_indices):
        return None
    return k


def pools_first(chain: Sequence[tuple[str, nn.Module]]) -> list[tuple[str, nn.Module]]:
    """(name, module) in order, but ReLU, max-pool -> max-pool, ReLU: the same values, on
    a quarter of them."""
    out = list(chain)
    for i in range(len(out) - 1):
        if isinstance(out[i][1], POOL_COMMUTING) and pool_kernel(out[i + 1][1]):
            out[i], out[i + 1] = out[i + 1], out[i]
    return out


def tanh_via_sigmoid(h: torch.Tensor) -> torch.Tensor:
    """tanh(x) = 2 sigmoid(2x) - 1, in place (see ``LayerPlan._tanh``); < 2e-7 apart."""
    return h.mul_(2).sigmoid_().mul_(2).sub_(1)


def in_place(module: nn.Module, cpu: bool) -> Callable:
    """An activation applied in place (the plan owns every intermediate tensor), or any
    other module without weights applied per sample."""
    tanh = tanh_via_sigmoid if cpu else torch.tanh_
    return {nn.ReLU: torch.relu_, nn.Sigmoid: torch.sigmoid_, nn.Tanh: tanh}.get(
        type(module), lambda h: per_sample(module, h))


def per_sample(module: nn.Module, h: torch.Tensor) -> torch.Tensor:
    """A module without weights on (P, B, ...): points and samples as one batch."""
    out = module(h.reshape(-1, *h.shape[2:]))
    return out.reshape(*h.shape[:2], *out.shape[1:])


def conv(layer: nn.Conv2d, h: torch.Tensor, weight, bias, groups: int) -> torch.Tensor:
    """``layer``'s convolution with other weights (plans take only zero padding)."""
    return nn.functional.conv2d(h, weight, bias, layer.stride, layer.padding, layer.dilation,
                                groups)


def apply_weighted(layer: nn.Module, h: torch.Tensor, weight, bias) -> torch.Tensor:
    if isinstance(layer, nn.Linear):
        return nn.functional.linear(h, weight, bias)
    return conv(layer, h, weight, bias, layer.groups)


def apply_at_points(layer: nn.Module, h: torch.Tensor, weight, bias) -> torch.Tensor:
    """A Linear or Conv2d on (P, B, ...) with weights (P, ...) and biases (P, out)."""
    n = h.shape[0]
    if n == 1:
        return apply_weighted(layer, h[0], weight[0], None if bias is None else bias[0])[None]
    if isinstance(layer, nn.Linear):
        flat = h.reshape(n, -1, h.shape[-1])
        out = torch.bmm(flat, weight.transpose(1, 2))
        if bias is not None:
            out.add_(bias[:, None, :])
        return out.reshape(*h.shape[:-1], out.shape[-1])
    # P convolutions as one grouped convolution: the points' channels side by side.
    batch = h.shape[1]
    stacked = h.transpose(0, 1).reshape(batch, -1, *h.shape[-2:])
    out = conv(layer, stacked, weight.reshape(-1, *weight.shape[2:]),
               None if bias is None else bias.reshape(-1), layer.groups * n)
    return out.reshape(batch, n, -1, *out.shape[-2:]).transpose(0, 1)
