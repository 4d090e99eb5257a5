"""The curvature readout against the explicit Hessian, at a saddle and a minimum."""

import torch

from engine.models.network import MLP
from engine.models.objective import Objective
from engine.probes.curvature import hessian_extremes

torch.set_num_threads(1)


def small_problem(scale: float = 1.0):
    torch.manual_seed(0)
    model = MLP(2, (3,), ("tanh",), 1).double()
    with torch.no_grad():
        for p in model.parameters():
            p.mul_(scale)
    x = torch.randn(40, 2, dtype=torch.float64)
    y = (x[:, 0] * x[:, 1] > 0).double()
    return model, Objective.resolve("classification", 2, "auto"), x, y


def explicit_hessian(model, objective, x, y):
    names = [n for n, _ in model.named_parameters()]
    shapes = [p.shape for p in model.parameters()]
    flat = torch.cat([p.detach().reshape(-1) for p in model.parameters()])

    def loss_of(vector):
        params, start = {}, 0
        for name, shape in zip(names, shapes):
            n = shape.numel()
            params[name] = vector[start:start + n].reshape(shape)
            start += n
        out = torch.func.functional_call(model, params, (x,))
        return objective.loss_of(out, y)

    return torch.autograd.functional.hessian(loss_of, flat)


def test_extreme_eigenvalues_match_the_explicit_hessian():
    model, objective, x, y = small_problem()
    eigenvalues = torch.linalg.eigvalsh(explicit_hessian(model, objective, x, y))
    c = hessian_extremes(model, objective, x, y)
    (top, bottom), label = (c.max_eig, c.min_eig), c.label
    assert abs(top - float(eigenvalues.max())) < 1e-6
    assert abs(bottom - float(eigenvalues.min())) < 1e-6
    negatives = int((eigenvalues < -1e-3 * eigenvalues.abs().max()).sum())
    assert label == ("minimum" if negatives == 0 else f"saddle ({negatives} negative directions)")


def test_weights_near_zero_are_a_saddle():
    model, objective, x, y = small_problem(scale=1e-3)
    c = hessian_extremes(model, objective, x, y)
    (top, bottom), label = (c.max_eig, c.min_eig), c.label
    assert bottom < 0 < top
    assert label.startswith("saddle")


def test_a_trained_convex_problem_is_a_minimum():
    torch.manual_seed(1)
    model = MLP(2, (), (), 1).double()   # logistic regression: a convex loss
    objective = Objective.resolve("classification", 2, "auto")
    x = torch.randn(60, 2, dtype=torch.float64)
    y = (x[:, 0] + 0.3 * torch.randn(60, dtype=torch.float64) > 0).double()
    c = hessian_extremes(model, objective, x, y)
    assert c.label == "minimum" and c.min_eig > -1e-9


def test_lanczos_over_a_large_null_space_keeps_its_basis_orthogonal():
    """A Hessian with many zero eigenvalues (an embedding's unused rows): once the Krylov
    space closes, the next direction is rounding noise and must count as a restart, or
    the whole-spectrum run returns eigenvalues the matrix does not have."""
    from engine.probes.curvature import lanczos
    n, k = 120, 30
    g = torch.Generator().manual_seed(0)
    q, _ = torch.linalg.qr(torch.randn(k, k, generator=g, dtype=torch.float64))
    spectrum = torch.linspace(-0.4, 0.6, k, dtype=torch.float64)
    matrix = torch.zeros(n, n, dtype=torch.float64)  # parameters the loss never reads:
    matrix[:k, :k] = q @ torch.diag(spectrum) @ q.T  # their rows and columns are 0
    ritz = lanczos(lambda v: matrix @ v, n, n, torch.zeros((), dtype=torch.float64))
    expected = torch.sort(torch.cat([spectrum, torch.zeros(n - k, dtype=torch.float64)]))
    torch.testing.assert_close(ritz, expected.values, rtol=0, atol=1e-9)
