"""The first layer at many points of a grid on a CPU, a grid row at a time.

The first layer's output at plane point (a, b) is U0 + a U1 + b U2 (it is linear in its
weights and sees fixed data). Points of one grid row share U0 + b U2, so a row's
outputs are one multiply-add pass: a third of the time of [1, a, b] @ [U0; U1; U2] (a
matrix product with three columns is slow on a CPU).

When a sigmoid follows (the playground's tanh is computed as one, see ``LayerPlan``),
the exponential separates over rows and columns:

    sigmoid(base + a u1) = 1 / (1 + exp(-base) * exp(-a u1))

so with a table of exp(-a U1) for the grid's columns and exp(-base) per row, a point's
activations cost a multiply-add and a reciprocal instead of a multiply-add and a
sigmoid: about half the time (measured 139 against 266 us for 128 points of the
playground MLP, one thread). The tables are used only where they are finite; an
underflow to 0 is harmless (the sigmoid is then within 1e-6 of 1).
"""

from __future__ import annotations

import numpy as np
import torch

#: Row bases (and their exponentials) kept: a 101-row grid keeps them all.
ROWS_KEPT = 128


def _finite_exp(exponents: torch.Tensor) -> bool:
    """Whether exp() of these stays finite (float32 overflows above ~88.7; NaN fails)."""
    return float(exponents.amax()) < 88.0


def runs(values: np.ndarray) -> list[tuple[int, int, float]]:
    """(start, stop, value) of each run of equal consecutive values."""
    edges = [0, *(np.flatnonzero(values[1:] != values[:-1]) + 1).tolist(), len(values)]
    return [(lo, hi, float(values[lo])) for lo, hi in zip(edges, edges[1:])]


class GridRows:
    """Fills ``out`` (P, values) with the first layer at P points, row by row.

    ``first``: U0, U1, U2 stacked, (3, ...); ``sigmoid_next``: a sigmoid follows, which
    ``fill`` may apply itself (it says so) once ``grid`` gave the grid's axes.
    """

    def __init__(self, first: torch.Tensor, sigmoid_next: bool) -> None:
        self.u0, self.u1, self.u2 = (u.reshape(1, -1) for u in first)
        self.sigmoid_next = sigmoid_next
        self._bases: dict[float, torch.Tensor] = {}
        self._exp_bases: dict[float, torch.Tensor | None] = {}
        self._exp_columns: torch.Tensor | None = None  # (alphas, values): exp(-a U1)
        self._sorted = self._order = np.zeros(0)         # the alphas sorted, their columns
        self._one = torch.ones((), dtype=first.dtype)

    def grid(self, alphas, betas) -> None:
        """The grid's axes, told ahead: every row's U0 + b U2 in one pass, and, with a
        sigmoid after the layer, the tables exp(-a U1) and exp(-(U0 + b U2))."""
        dtype = self.u1.dtype
        a = torch.as_tensor(alphas, dtype=torch.float64).reshape(-1).to(dtype)
        b = torch.as_tensor(betas, dtype=torch.float64).reshape(-1).to(dtype)
        if len(b) > ROWS_KEPT:
            return
        bases = torch.addcmul(self.u0, b[:, None], self.u2)
        self._bases = dict(zip(b.tolist(), bases))
        if not self.sigmoid_next:
            return
        exponents = torch.mul(a[:, None], self.u1).neg_()
        if _finite_exp(exponents):
            self._exp_columns = exponents.exp_()
            self._order = np.argsort(a.numpy(), kind="stable")
            self._sorted = a.numpy()[self._order]
        exponents = bases.neg()
        if _finite_exp(exponents):
            self._exp_bases = dict(zip(b.tolist(), exponents.exp_()))

    @property
    def has_exp_table(self) -> bool:
        """Whether ``grid`` built the table exp(-a U1): a sigmoid follows and it fits."""
        return self._exp_columns is not None

    def _base(self, b: float) -> torch.Tensor:
        if b not in self._bases:
            if len(self._bases) >= ROWS_KEPT:
                self._bases.clear()
                self._exp_bases.clear()
            self._bases[b] = torch.add(self.u0, self.u2, alpha=b)
        return self._bases[b]

    def _exp_base(self, b: float) -> torch.Tensor | None:
        """exp(-(U0 + b U2)), or None where it overflows."""
        if b not in self._exp_bases:
            exponents = torch.neg(self._base(b))
            self._exp_bases[b] = exponents.exp_() if _finite_exp(exponents) else None
        return self._exp_bases[b]

    def _columns_of(self, a: np.ndarray) -> np.ndarray:
        """Each alpha's column of the table, -1 where it is not one."""
        where = np.searchsorted(self._sorted, a).clip(0, max(len(self._sorted) - 1, 0))
        found = self._sorted[where] == a if len(self._sorted) else np.zeros(len(a), bool)
        return np.where(found, self._order[where], -1)

    def _table(self, js: np.ndarray) -> torch.Tensor:
        """Rows ``js`` of exp(-a U1): a view when evenly spaced (a grid row, or every
        2nd... column of one), else a copy."""
        step = int(js[1] - js[0]) if len(js) > 1 else 1
        if step > 0 and (len(js) < 3 or bool((np.diff(js) == step).all())):
            return self._exp_columns[int(js[0]):int(js[-1]) + 1:step]
        return self._exp_columns[torch.from_numpy(js)]

    def fill(self, out: torch.Tensor, a: torch.Tensor, b: torch.Tensor) -> bool:
        """The layer at points (a[k], b[k]) into out[k]; True when the sigmoid that
        follows has been applied too. A point's value never depends on the others of
        the call: a grid computed in slices equals the one computed at once."""
        segments = runs(b.numpy())
        if self._exp_columns is None:
            for lo, hi, b_row in segments:
                torch.addcmul(self._base(b_row), a[lo:hi, None], self.u1, out=out[lo:hi])
            return False
        columns = self._columns_of(a.numpy())
        for lo, hi, b_row in segments:
            e_base, js = self._exp_base(b_row), columns[lo:hi]
            if e_base is None or bool((js < 0).any()):  # off the tables: the sigmoid
                torch.addcmul(self._base(b_row), a[lo:hi, None], self.u1,
                              out=out[lo:hi]).sigmoid_()
            else:
                torch.addcmul(self._one, e_base, self._table(js), out=out[lo:hi]).reciprocal_()
        return True
