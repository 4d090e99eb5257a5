"""Curvature of the training loss at the current weights: the extreme eigenvalues of the
Hessian from Hessian-vector products (Lanczos), never the Hessian itself.

A minimum curves upwards in every direction (all eigenvalues >= 0); a saddle point has
directions along which the loss falls (negative eigenvalues): the review's point that
large networks meet saddles far more often than poor local minima.
"""

from __future__ import annotations

import torch

#: Eigenvalues within this fraction of the largest magnitude count as zero (flat).
FLAT = 1e-3


def hessian_vector_product(model: torch.nn.Module, loss: torch.Tensor):
    """A function v -> H v for the loss's Hessian in the model's parameters (flat)."""
    params = [p for p in model.parameters() if p.requires_grad]
    grads = torch.autograd.grad(loss, params, create_graph=True)
    flat_grad = torch.cat([g.reshape(-1) for g in grads])

    def hvp(vector: torch.Tensor) -> torch.Tensor:
        parts = torch.autograd.grad(flat_grad @ vector, params, retain_graph=True)
        return torch.cat([p.reshape(-1) for p in parts]).detach()

    return hvp, flat_grad.numel()


def lanczos_ritz_values(hvp, dim: int, steps: int = 40, seed: int = 0,
                        device: torch.device | str = "cpu",
                        dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """Ritz values of ``steps`` Lanczos iterations (with full reorthogonalisation, so
    they stay honest in float32): the extremes converge to the Hessian's extremes."""
    steps = min(steps, dim)
    generator = torch.Generator(device="cpu").manual_seed(seed)
    q = torch.randn(dim, generator=generator).to(device, dtype)
    q = q / q.norm()
    basis, alphas, betas = [], [], []
    previous, beta = torch.zeros_like(q), 0.0
    for _ in range(steps):
        w = hvp(q)
        alpha = float(w @ q)
        w = w - alpha * q - beta * previous
        for b in basis:
            w = w - (w @ b) * b
        w = w - (w @ q) * q
        basis.append(q)
        alphas.append(alpha)
        beta = float(w.norm())
        if beta < 1e-8 * max(1.0, abs(alpha)):
            break
        betas.append(beta)
        previous, q = q, w / beta
    k = len(alphas)
    tridiagonal = torch.diag(torch.tensor(alphas, dtype=torch.float64))
    off = torch.tensor(betas[:k - 1], dtype=torch.float64)
    tridiagonal += torch.diag(off, 1) + torch.diag(off, -1)
    return torch.linalg.eigvalsh(tridiagonal)


def hessian_extremes(model: torch.nn.Module, objective, x: torch.Tensor, y: torch.Tensor,
                     steps: int = 40, seed: int = 0):
    """((largest, smallest) eigenvalue, label) of the training loss's Hessian at the
    model's weights. The label is "minimum", "saddle (k negative directions)" or "flat"."""
    if x.shape[0] == 0:
        return None
    with torch.enable_grad():
        loss = objective.loss_of(model(x), y)
        hvp, dim = hessian_vector_product(model, loss)
        dtype = next(model.parameters()).dtype
        ritz = lanczos_ritz_values(hvp, dim, steps, seed, x.device, dtype)
    top, bottom = float(ritz.max()), float(ritz.min())
    scale = max(abs(top), abs(bottom))
    if scale == 0.0:
        return (top, bottom), "flat"
    negative = int((ritz < -FLAT * scale).sum())
    if negative == 0:
        return (top, bottom), "minimum"
    return (top, bottom), f"saddle ({negative} negative directions)"
