"""nn.RNN / nn.LSTM / nn.GRU unrolled one step at a time in plain torch, from the module's
own weights, so a probe can see what the fused kernels hide: every h_t, the LSTM's c_t,
the gates, and h_t as a node of the graph that autograd can differentiate against.

The equations and the gate order are PyTorch's (see the nn.LSTM / nn.GRU documentation):

- RNN:  h_t = tanh(W_ih x_t + b_ih + W_hh h_{t-1} + b_hh)   (or relu, as the module says)
- LSTM: i, f, g, o = chunks of (W_ih x_t + b_ih + W_hh h_{t-1} + b_hh);
        i, f, o sigmoid, g tanh; c_t = f c_{t-1} + i g; h_t = o tanh(c_t)
- GRU:  r, z, n rows of the weights; r = σ(W_ir x + b_ir + W_hr h + b_hr),
        z = σ(W_iz x + b_iz + W_hz h + b_hz), n = tanh(W_in x + b_in + r (W_hn h + b_hn)),
        h_t = (1 - z) n + z h_{t-1}
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
from torch import nn

from engine.shared.probe_options import ProbeError
from engine.shared.results.recurrent import GATES


@dataclass
class CellRun:
    """One direction of one sub-layer, unrolled: lists over t of (N, H) tensors."""
    hidden: list[torch.Tensor]
    cell: list[torch.Tensor] | None = None
    #: gate name -> its activations per step (only when asked for).
    gates: dict[str, list[torch.Tensor]] = field(default_factory=dict)

    def stacked_hidden(self) -> torch.Tensor:
        """(N, T, H), built from the very h_t tensors of the loop (graph nodes kept)."""
        return torch.stack(self.hidden, dim=1)


def mode_of(rnn: nn.RNNBase) -> str:
    if isinstance(rnn, nn.LSTM):
        return "lstm"
    if isinstance(rnn, nn.GRU):
        return "gru"
    return "rnn"


def sublayer_weights(rnn: nn.RNNBase, index: int, reverse: bool = False
                     ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None,
                                torch.Tensor | None]:
    """(W_ih, W_hh, b_ih, b_hh) of sub-layer ``index`` (one direction); biases None when
    the module has none."""
    if rnn.proj_size:
        raise ProbeError.of("recurrent.lstm_projections")
    suffix = f"_l{index}" + ("_reverse" if reverse else "")
    bias = rnn.bias
    return (getattr(rnn, "weight_ih" + suffix), getattr(rnn, "weight_hh" + suffix),
            getattr(rnn, "bias_ih" + suffix) if bias else None,
            getattr(rnn, "bias_hh" + suffix) if bias else None)


def _affine(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor | None) -> torch.Tensor:
    return torch.nn.functional.linear(x, weight, bias)


def unroll(rnn: nn.RNNBase, x: torch.Tensor, index: int = 0, reverse: bool = False,
           keep_gates: bool = False) -> CellRun:
    """Sub-layer ``index`` of ``rnn`` over ``x`` (N, T, F), from zero state.

    ``reverse`` runs the backward direction of a bidirectional module: it reads x from
    the last step to the first, and the lists come back in time order (h_t at index t),
    as nn.RNNBase lays out its output. Without ``keep_gates`` each step is one of
    PyTorch's own one-step kernels (torch.lstm_cell...), the same equations without the
    gates: an LSTM's gradient through 64 steps of 32 sequences takes ~24 ms, not ~65.
    """
    mode = mode_of(rnn)
    if not keep_gates:
        return _unroll_fused(rnn, x, index, reverse)
    w_ih, w_hh, b_ih, b_hh = sublayer_weights(rnn, index, reverse)
    n, steps, hidden_size = x.shape[0], x.shape[1], rnn.hidden_size
    # The input projection of every step at once: only the recurrence needs the loop.
    projected = _affine(x, w_ih, b_ih)
    h = x.new_zeros(n, hidden_size)
    c = x.new_zeros(n, hidden_size) if mode == "lstm" else None
    run = CellRun([], [] if mode == "lstm" else None,
                  {name: [] for name in GATES[mode]} if keep_gates else {})
    order = range(steps - 1, -1, -1) if reverse else range(steps)
    act = torch.relu if cell_kind(rnn) == "rnn_relu" else torch.tanh
    for t in order:
        xp, hp = projected[:, t], _affine(h, w_hh, b_hh)
        if mode == "rnn":
            h, gates = act(xp + hp), ()
        elif mode == "lstm":
            i, f, g, o = (xp + hp).chunk(4, dim=1)
            i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
            c = f * c + i * g
            h, gates = o * torch.tanh(c), (i, f, g, o)
            run.cell.append(c)
        else:
            xr, xz, xn = xp.chunk(3, dim=1)
            hr, hz, hn = hp.chunk(3, dim=1)
            r, z = torch.sigmoid(xr + hr), torch.sigmoid(xz + hz)
            new = torch.tanh(xn + r * hn)
            h, gates = (1 - z) * new + z * h, (r, z, new)
        run.hidden.append(h)
        for name, value in zip(run.gates, gates):
            run.gates[name].append(value)
    if reverse:
        run.hidden.reverse()
        if run.cell is not None:
            run.cell.reverse()
        for values in run.gates.values():
            values.reverse()
    return run


def cell_kind(rnn: nn.RNNBase) -> str:
    """The key of CELLS for this module's sub-layers."""
    mode = mode_of(rnn)
    # Only nn.RNN has a choice of nonlinearity (tanh or relu).
    if isinstance(rnn, nn.RNN) and rnn.nonlinearity == "relu":
        return "rnn_relu"
    return mode


#: PyTorch's one-step kernels: (x (N, F), h or (h, c), W_ih, W_hh, b_ih, b_hh) -> the new
#: h, or (h, c) for the LSTM.
CELLS = {"rnn": torch.rnn_tanh_cell, "rnn_relu": torch.rnn_relu_cell,
         "lstm": torch.lstm_cell, "gru": torch.gru_cell}


def _unroll_fused(rnn: nn.RNNBase, x: torch.Tensor, index: int, reverse: bool) -> CellRun:
    weights = sublayer_weights(rnn, index, reverse)
    cell, lstm = CELLS[cell_kind(rnn)], mode_of(rnn) == "lstm"
    h = x.new_zeros(x.shape[0], rnn.hidden_size)
    state = (h, h) if lstm else h
    run = CellRun([], [] if lstm else None)
    steps = x.shape[1]
    for t in range(steps - 1, -1, -1) if reverse else range(steps):
        state = cell(x[:, t], state, *weights)
        run.hidden.append(state[0] if lstm else state)
        if lstm:
            run.cell.append(state[1])
    if reverse:
        run.hidden.reverse()
        if lstm:
            run.cell.reverse()
    return run


def unroll_layers(rnn: nn.RNNBase, x: torch.Tensor, keep_gates: bool = False,
                  upto: int | None = None) -> tuple[list[CellRun], torch.Tensor]:
    """The forward direction of the first ``upto`` sub-layers (default all), and what the
    last of them hands on: (N, T, H), or both directions concatenated (N, T, 2H) for a
    bidirectional module, as nn.RNNBase chains its layers."""
    runs = []
    for index in range(rnn.num_layers if upto is None else upto):
        run = unroll(rnn, x, index, keep_gates=keep_gates)
        runs.append(run)
        forward = run.stacked_hidden()
        if rnn.bidirectional:
            backward = unroll(rnn, x, index, reverse=True).stacked_hidden()
            forward = torch.cat([forward, backward], dim=2)
        x = forward
    return runs, x
