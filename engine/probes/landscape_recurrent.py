"""Recurrent layers written out step by step, for probes that nn.RNN / nn.LSTM / nn.GRU
cannot serve.

``torch.vmap`` has no batching rule for the fused recurrent kernels (aten::lstm and its
kin), so a landscape cannot evaluate many weight points of a recurrent model through
them; and cuDNN's recurrent kernels have no double backward, which the curvature's
Hessian-vector products need on a GPU. ``unrolled_copy`` gives a copy of a model in which
every recurrent module is replaced by ``UnrolledRNN``: the same parameters under the same
names (so ``functional_call`` and ``model.parameters()`` order are unchanged), computed
from plain matrix products and activations that vmap batches and autograd
differentiates twice, on any device.

The equations are PyTorch's (docs of nn.RNN, nn.LSTM, nn.GRU): gate order i, f, g, o
for the LSTM and r, z, n for the GRU, the reset gate applied to W_hn h + b_hn.
"""

from __future__ import annotations

import copy

import torch
from torch import nn
from torch.nn import functional as F


def _tanh(x: torch.Tensor) -> torch.Tensor:
    """tanh; on a CPU as 2 sigmoid(2x) - 1 (< 2e-7 apart): torch's CPU tanh costs ~6x its
    sigmoid (one thread, measured), and an LSTM step takes two."""
    return torch.sigmoid(2 * x).mul(2).sub(1) if x.device.type == "cpu" else torch.tanh(x)


_ACTIVATIONS = {"RNN_TANH": _tanh, "RNN_RELU": torch.relu}


class UnrolledRNN(nn.Module):
    """An nn.RNN, nn.LSTM or nn.GRU (no projections) as a loop over time steps.

    Called like the original: ``(output, h_n)`` (``(output, (h_n, c_n))`` for an LSTM),
    batch first or not, with an optional initial state. Eval-mode semantics: the dropout
    between layers is not applied.
    """

    def __init__(self, rnn: nn.RNNBase) -> None:
        super().__init__()
        if rnn.proj_size:
            raise NotImplementedError("an LSTM with projections")
        self.mode = rnn.mode
        self.hidden_size, self.num_layers = rnn.hidden_size, rnn.num_layers
        self.batch_first, self.bias = rnn.batch_first, rnn.bias
        self.directions = 2 if rnn.bidirectional else 1
        # The original's parameters, by name and in its order.
        for name, value in rnn.named_parameters():
            self.register_parameter(name, value)

    def _weights(self, layer: int, direction: int) -> tuple:
        suffix = f"_l{layer}" + ("_reverse" if direction else "")
        get = lambda name: getattr(self, name + suffix) if self.bias or name.startswith(  # noqa: E731
            "weight") else None
        return get("weight_ih"), get("weight_hh"), get("bias_ih"), get("bias_hh")

    def forward(self, x: torch.Tensor, state=None):
        batched = x.ndim == 3
        if not batched:
            x = x.unsqueeze(0 if self.batch_first else 1)
        if not self.batch_first:
            x = x.transpose(0, 1)
        h0, c0 = self._initial(x, state, batched)
        finals_h, finals_c = [], []
        for layer in range(self.num_layers):
            outputs = []
            for direction in range(self.directions):
                k = layer * self.directions + direction
                out, h, c = self._run(x, layer, direction, h0[k],
                                      None if c0 is None else c0[k])
                outputs.append(out)
                finals_h.append(h)
                finals_c.append(c)
            x = outputs[0] if len(outputs) == 1 else torch.cat(outputs, dim=-1)
        output = x if self.batch_first else x.transpose(0, 1)
        h_n = torch.stack(finals_h)
        if not batched:
            output, h_n = output.squeeze(0 if self.batch_first else 1), h_n.squeeze(1)
        if self.mode != "LSTM":
            return output, h_n
        c_n = torch.stack(finals_c)
        return output, (h_n, c_n if batched else c_n.squeeze(1))

    def _initial(self, x: torch.Tensor, state, batched: bool):
        shape = (self.num_layers * self.directions, x.shape[0], self.hidden_size)
        if state is None:
            zeros = x.new_zeros(shape)
            return zeros, (zeros if self.mode == "LSTM" else None)
        h, c = state if self.mode == "LSTM" else (state, None)
        if not batched:
            h, c = h.unsqueeze(1), None if c is None else c.unsqueeze(1)
        return h, c

    def _run(self, x: torch.Tensor, layer: int, direction: int, h: torch.Tensor,
             c: torch.Tensor | None):
        """One direction of one layer over the sequence x (batch, T, F)."""
        w_ih, w_hh, b_ih, b_hh = self._weights(layer, direction)
        gru = self.mode == "GRU"
        if not gru and b_hh is not None:
            b_ih, b_hh = b_ih + b_hh, None  # both biases add to the same gates
        # Every step's input part in one product, time-major so each step's slice is
        # contiguous.
        inputs = F.linear(x.transpose(0, 1), w_ih, b_ih)
        steps = range(x.shape[1] - 1, -1, -1) if direction else range(x.shape[1])
        outs: list[torch.Tensor] = [None] * x.shape[1]  # type: ignore[list-item]
        for t in steps:
            if self.mode == "LSTM":
                i, f, g, o = _affine(inputs[t], h, w_hh, b_hh).chunk(4, dim=-1)
                c = torch.sigmoid(f) * c + torch.sigmoid(i) * _tanh(g)
                h = torch.sigmoid(o) * _tanh(c)
            elif gru:
                xr, xz, xn = inputs[t].chunk(3, dim=-1)
                hr, hz, hn = F.linear(h, w_hh, b_hh).chunk(3, dim=-1)
                r, z = torch.sigmoid(xr + hr), torch.sigmoid(xz + hz)
                n = _tanh(xn + r * hn)
                h = n + z * (h - n)  # (1 - z) n + z h
            else:
                h = _ACTIVATIONS[self.mode](_affine(inputs[t], h, w_hh, b_hh))
            outs[t] = h
        return torch.stack(outs, dim=1), h, c


def _affine(start: torch.Tensor, h: torch.Tensor, w: torch.Tensor, b) -> torch.Tensor:
    """start + h @ w.T (+ b): one fused product."""
    out = torch.addmm(start, h, w.t()) if start.ndim == 2 else start + h @ w.t()
    return out if b is None else out + b


def has_recurrent(model: nn.Module) -> bool:
    return any(isinstance(m, nn.RNNBase) for m in model.modules())


def unrolled_copy(model: nn.Module) -> nn.Module:
    """A deep copy of ``model`` with every nn.RNN / nn.LSTM / nn.GRU unrolled (the copy
    shares nothing with the original). Raises NotImplementedError for a recurrent module
    it cannot write out (an LSTM with projections)."""
    clone = copy.deepcopy(model)
    targets = [name for name, m in clone.named_modules() if isinstance(m, nn.RNNBase)]
    for name in targets:
        parent_name, _, child = name.rpartition(".")
        parent = clone.get_submodule(parent_name) if parent_name else clone
        if not child:  # the model itself is the recurrent module
            return UnrolledRNN(clone)
        setattr(parent, child, UnrolledRNN(parent.get_submodule(child)))
    return clone
