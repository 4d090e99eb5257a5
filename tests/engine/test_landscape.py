"""Loss landscapes against independent references: a float64 per-point loop, the
explicit Hessian, planted planes and trajectories."""

import copy
import itertools

import numpy as np
import pytest
import torch
from torch import nn

from engine.models.network import MLP
from engine.models.objective import Objective
from engine.probes.curvature import hessian_extremes, lanczos
from engine.probes.directions import (
    flatten,
    line_between,
    parameters_of,
    pca_directions,
    random_direction,
    unflatten,
)
from engine.probes.landscape import (
    LandscapeJob,
    PlaneEvaluator,
    loss_grid,
    loss_grid_loop,
    loss_line,
    project_trajectory,
)

torch.set_num_threads(1)

BINARY = Objective("classification", 2, "ce")


def small_mlp(seed=0, hidden=(4, 2), activation="tanh", n_outputs=1):
    torch.manual_seed(seed)
    return MLP(2, hidden, (activation,) * len(hidden), n_outputs)


def circle_data(n=300, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 2, generator=g) * 2
    return x, (x.norm(dim=1) < 2).float()


def conv_net(seed=0):
    torch.manual_seed(seed)
    return nn.Sequential(nn.Conv2d(1, 8, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Conv2d(8, 16, 3),
                         nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(16 * 5 * 5, 10))


def as_float64(model, *tensors):
    return copy.deepcopy(model).double(), [
        [t.double() for t in ts] if isinstance(ts, list) else ts.double() for ts in tensors]


def reference_grid(model, objective, x, y, d1, d2, alphas, betas):
    """The per-point loop in float64: the oracle."""
    m64, (x64, y64, c64, d1_64, d2_64) = as_float64(model, x, y, parameters_of(model), d1, d2)
    return loss_grid_loop(m64, objective, x64, y64, c64, d1_64, d2_64, alphas, betas)


AXES = (np.linspace(-1.5, 1.0, 9), np.linspace(-0.7, 1.2, 7))  # not square: rows are betas


@pytest.mark.parametrize("method", ["layers", "vmap"])
@pytest.mark.parametrize("activation", ["tanh", "relu"])
def test_batched_grid_equals_float64_loop_on_an_mlp(method, activation):
    model, (x, y) = small_mlp(activation=activation), circle_data()
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2, bias="keep")
    losses, accuracy = loss_grid(model, BINARY, x, y, None, d1, d2, *AXES, method=method)
    expected, expected_accuracy = reference_grid(model, BINARY, x, y, d1, d2, *AXES)
    assert losses.shape == (7, 9) and losses.dtype == np.float32
    np.testing.assert_allclose(losses, expected, rtol=0, atol=1e-5)
    # A point within float32 rounding of the boundary may flip: one sample at most.
    assert np.abs(accuracy - expected_accuracy).max() <= 1 / len(x) + 1e-9


@pytest.mark.parametrize("objective, n_outputs", [
    (Objective("classification", 3, "ce"), 3), (Objective("classification", 3, "mse"), 3),
    (Objective("regression", 1, "mse"), 1), (Objective("classification", 2, "mse"), 1)])
def test_every_objective_matches_the_loop(objective, n_outputs):
    model, (x, _) = small_mlp(hidden=(5,), n_outputs=n_outputs), circle_data(120)
    y = (x[:, 0] > 0).float() + (x[:, 1] > 1).float() if objective.n_classes == 3 else (
        x[:, 0] * x[:, 1] if objective.problem == "regression" else (x[:, 0] > 0).float())
    d1, d2 = random_direction(model, seed=3), random_direction(model, seed=4)
    losses, accuracy = loss_grid(model, objective, x, y, None, d1, d2, *AXES)
    expected, expected_accuracy = reference_grid(model, objective, x, y, d1, d2, *AXES)
    np.testing.assert_allclose(losses, expected, rtol=0, atol=1e-5)
    assert (accuracy is None) == (objective.problem == "regression")


@pytest.mark.parametrize("block_values, per_point, block", [
    (1 << 14, True, 3), (1 << 17, True, 24), (1 << 30, False, 24)])
def test_convnet_grid_matches_the_loop(block_values, per_point, block):
    # 2**14: data in blocks of 3 images, one point at a time, a row's points sharing
    # U0 + b U2; 2**17: the same, all data in one block; 2**30: many points per call,
    # convolutions grouped.
    model, g = conv_net(), torch.Generator().manual_seed(0)
    x, y = torch.randn(24, 1, 28, 28, generator=g), torch.randint(0, 10, (24,), generator=g)
    objective = Objective("classification", 10, "ce")
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    alphas, betas = np.linspace(-1, 1, 9), np.linspace(-1, 1, 3)  # rows span calls
    evaluator = PlaneEvaluator(model, objective, x, y.float(), None, d1, d2,
                               block_values=block_values)
    assert evaluator.method == "layers"
    assert (evaluator.per_point, evaluator.block) == (per_point, block)
    job = LandscapeJob(model, objective, x, y.float(), None, d1, d2, alphas, betas,
                       coarse_to_fine=False)
    job.evaluator = evaluator
    losses, _ = job.result()
    expected, _ = reference_grid(model, objective, x, y.float(), d1, d2, alphas, betas)
    np.testing.assert_allclose(losses, expected, rtol=0, atol=1e-5)


@pytest.mark.parametrize("make, shape, objective", [
    # tanh with no bias after it, and as the output: not folded into the weights
    (lambda: nn.Sequential(nn.Linear(2, 6), nn.Tanh(), nn.Linear(6, 3, bias=False),
                           nn.Tanh(), nn.Linear(3, 1)), (2,), Objective("regression", 1, "mse")),
    # a ConvNet whose first layer is not pooled, with an average pool and a sigmoid
    (lambda: nn.Sequential(nn.Conv2d(2, 4, 3, padding=1), nn.Tanh(), nn.AvgPool2d(2),
                           nn.Conv2d(4, 3, 3), nn.Sigmoid(), nn.Flatten(), nn.Linear(12, 3)),
     (2, 8, 8), Objective("classification", 3, "ce"))])
def test_other_chains_match_the_loop(make, shape, objective):
    torch.manual_seed(0)
    model, g = make(), torch.Generator().manual_seed(1)
    x = torch.randn(40, *shape, generator=g)
    y = torch.randint(0, 3, (40,), generator=g).float() if objective.n_classes == 3 else (
        torch.randn(40, generator=g))
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2, norm="layer")
    assert PlaneEvaluator(model, objective, x, y, None, d1, d2).method == "layers"
    losses, _ = loss_grid(model, objective, x, y, None, d1, d2, *AXES)
    expected, _ = reference_grid(model, objective, x, y, d1, d2, *AXES)
    np.testing.assert_allclose(losses, expected, rtol=0, atol=1e-5)


def test_vmap_handles_a_model_that_is_not_a_chain():
    class Residual(nn.Module):
        def __init__(self):
            super().__init__()
            self.a, self.b = nn.Linear(2, 6), nn.Linear(6, 1)
            self.skip = nn.Linear(2, 1)

        def forward(self, x):
            return self.b(torch.tanh(self.a(x))) + self.skip(x)
    torch.manual_seed(0)
    model, (x, y) = Residual(), circle_data(100)
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    assert PlaneEvaluator(model, BINARY, x, y, None, d1, d2).method == "vmap"
    losses, _ = loss_grid(model, BINARY, x, y, None, d1, d2, *AXES)
    expected, _ = reference_grid(model, BINARY, x, y, d1, d2, *AXES)
    np.testing.assert_allclose(losses, expected, rtol=0, atol=1e-5)


def test_probes_leave_the_model_as_it_was():
    model, (x, y) = small_mlp(), circle_data(50)
    before = copy.deepcopy(model.state_dict())
    model.train()
    loss_grid(model, BINARY, x, y, None, random_direction(model), random_direction(model, 1),
              [-1, 0, 1], [0, 1])
    hessian_extremes(model, BINARY, x, y)
    assert model.training
    for key, value in model.state_dict().items():
        assert torch.equal(value, before[key])


def test_filter_normalised_directions_have_the_weights_row_norms():
    model = conv_net()
    d = random_direction(model, seed=5, norm="filter", bias="ignore")
    for w, v in zip(model.parameters(), d):
        assert v.shape == w.shape and v.dtype == w.dtype
        if w.ndim >= 2:
            np.testing.assert_allclose(v.reshape(len(v), -1).norm(dim=1),
                                       w.detach().reshape(len(w), -1).norm(dim=1), rtol=1e-5)
        else:
            assert not v.any()  # biases ignored
    kept = random_direction(model, seed=5, bias="keep")
    for w, v in zip(model.parameters(), kept):
        if w.ndim == 1:
            np.testing.assert_allclose(v.norm(), w.detach().norm(), rtol=1e-5)
    for w, v in zip(model.parameters(), random_direction(model, seed=5, norm="layer")):
        if w.ndim >= 2:
            np.testing.assert_allclose(v.norm(), w.detach().norm(), rtol=1e-5)
    whole = random_direction(model, seed=5, norm="model", bias="keep")
    np.testing.assert_allclose(flatten(whole).norm(), flatten(parameters_of(model)).norm(),
                               rtol=1e-5)
    again, other = random_direction(model, seed=5), random_direction(model, seed=6)
    assert all(torch.equal(a, b) for a, b in zip(d, again))
    assert not torch.equal(flatten(d), flatten(other))


def test_flatten_and_unflatten_round_trip():
    params = parameters_of(conv_net())
    back = unflatten(flatten(params), params)
    assert all(torch.equal(a, b) for a, b in zip(params, back))
    with pytest.raises(ValueError):
        unflatten(torch.zeros(3), params)


def planted_trajectory(n=40, dim=60, noise=0.0, seed=0):
    g = torch.Generator().manual_seed(seed)
    basis, _ = torch.linalg.qr(torch.randn(dim, 2, generator=g, dtype=torch.float64))
    t = torch.linspace(0, 1, n, dtype=torch.float64)
    coords = torch.stack([3 * (1 - t) ** 2, torch.sin(6 * t) * (1 - t)], dim=1)
    final = torch.randn(dim, generator=g, dtype=torch.float64)
    path = final + coords @ basis.T + noise * torch.randn(n, dim, generator=g,
                                                           dtype=torch.float64)
    return path, basis


def test_pca_directions_are_orthonormal_and_recover_a_planted_plane():
    path, basis = planted_trajectory()
    d1, d2, (r1, r2) = pca_directions(path)
    gram = torch.stack([d1, d2]) @ torch.stack([d1, d2]).T
    np.testing.assert_allclose(gram, np.eye(2), atol=1e-12)
    # The planted plane lies in span(d1, d2): projecting it there loses nothing.
    span = torch.stack([d1, d2], dim=1)
    np.testing.assert_allclose((span @ (span.T @ basis)), basis, atol=1e-10)
    assert r1 >= r2 > 0 and abs(r1 + r2 - 1) < 1e-12
    # With noise the plane is still found, and the ratios say how much is off-plane.
    d1, d2, (r1, r2) = pca_directions(planted_trajectory(noise=1e-3)[0])
    span = torch.stack([d1, d2], dim=1)
    assert torch.linalg.svdvals(span.T @ basis).min() > 0.999
    assert 0.99 < r1 + r2 < 1
    # As parameter lists shaped like a model.
    like = [torch.zeros(6, 10)]
    p1, _, _ = pca_directions(path, like=like)
    assert p1[0].shape == (6, 10)


def test_projection_of_points_in_the_plane_is_exact():
    model = small_mlp()
    center = parameters_of(model)
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2, norm="none")
    coords = np.array([[0.0, 0.0], [0.5, -1.0], [-2.0, 0.25], [1.0, 1.0]])
    points = [[c + a * u + b * v for c, u, v in zip(center, d1, d2)] for a, b in coords]
    got = project_trajectory([flatten(p) for p in points], center, d1, d2)
    np.testing.assert_allclose(got, coords, atol=1e-6)  # float32 points
    # The current weights are the marked point, the plane's origin.
    np.testing.assert_allclose(project_trajectory([center], center, d1, d2), [[0, 0]],
                               atol=1e-12)
    # A trajectory in float64 projects back to its planted coordinates exactly.
    path, basis = planted_trajectory()
    plane = project_trajectory(path, path[-1], basis[:, 0], basis[:, 1])
    np.testing.assert_allclose(plane @ basis.T.numpy() + path[-1].numpy(), path.numpy(),
                               atol=1e-12)


def test_a_line_between_two_points_ends_on_both_losses():
    model, (x, y) = small_mlp(), circle_data(100)
    start = parameters_of(model)
    end = [p + 0.3 * torch.randn_like(p) for p in start]
    center, direction = line_between(start, end)
    losses, accuracy = loss_line(model, BINARY, x, y, center, direction, [0.0, 0.5, 1.0])
    other = copy.deepcopy(model)
    with torch.no_grad():
        for p, e in zip(other.parameters(), end):
            p.copy_(e)
        at_start, at_end = (float(BINARY.loss_of(m(x), y)) for m in (model, other))
    assert losses.shape == (3,) and accuracy.shape == (3,)
    np.testing.assert_allclose([losses[0], losses[2]], [at_start, at_end], atol=1e-6)


def explicit_hessian(model, objective, x, y):
    m64 = copy.deepcopy(model).double()
    names = [n for n, _ in m64.named_parameters()]
    like = [p.detach() for p in m64.parameters()]

    def loss(theta):
        params = dict(zip(names, unflatten(theta, like)))
        return objective.loss_of(torch.func.functional_call(m64, params, (x.double(),)),
                                 y.double())
    return torch.autograd.functional.hessian(loss, flatten(like))


def test_hessian_extremes_match_the_explicit_hessian():
    model, (x, y) = small_mlp(), circle_data(200)
    eigenvalues = torch.linalg.eigvalsh(explicit_hessian(model, BINARY, x, y))
    curvature = hessian_extremes(model, BINARY, x, y)
    assert curvature.exact and curvature.n_params == 25
    np.testing.assert_allclose([curvature.max_eig, curvature.min_eig],
                               [eigenvalues[-1], eigenvalues[0]], rtol=1e-8, atol=1e-10)
    negative = int((eigenvalues < -curvature.tolerance).sum())
    assert curvature.n_negative == negative > 0
    assert curvature.kind == "saddle" and curvature.label == f"saddle ({negative} negative " \
        "directions)"
    # Fewer Lanczos steps than parameters still find both ends.
    few = hessian_extremes(model, BINARY, x, y, steps=20)
    assert not few.exact
    np.testing.assert_allclose([few.max_eig, few.min_eig], [eigenvalues[-1], eigenvalues[0]],
                               rtol=1e-3)


class Quadratic(nn.Module):
    """raw = theta; with ``QuadraticLoss`` the loss is theta' A theta / 2, Hessian A."""

    def __init__(self, n):
        super().__init__()
        self.theta = nn.Parameter(torch.randn(n, dtype=torch.float64))

    def forward(self, x):
        return self.theta[None, :] + 0 * x


class QuadraticLoss:
    def __init__(self, matrix):
        self.matrix = matrix

    def loss_of(self, raw, _target):
        return 0.5 * raw[0] @ self.matrix.to(raw.dtype) @ raw[0]


@pytest.mark.parametrize("n, spectrum_ends, steps", [
    (30, ([-2.0, -1.0, -0.5], [4.0]), None),     # whole spectrum: exact count
    (600, ([-3.0, -0.5], [7.0]), 60)])           # Lanczos: the extremes
def test_hessian_eigenvalues_of_a_quadratic_with_known_spectrum(n, spectrum_ends, steps):
    low, high = spectrum_ends
    g = torch.Generator().manual_seed(n)
    middle = torch.linspace(0.1, 1.0, n - len(low) - len(high), dtype=torch.float64)
    spectrum = torch.cat([torch.tensor(low, dtype=torch.float64), middle,
                          torch.tensor(high, dtype=torch.float64)])
    q, _ = torch.linalg.qr(torch.randn(n, n, generator=g, dtype=torch.float64))
    matrix = q @ torch.diag(spectrum) @ q.T
    curvature = hessian_extremes(Quadratic(n), QuadraticLoss(matrix), torch.zeros(1, n),
                                 torch.zeros(1), steps=steps)
    np.testing.assert_allclose([curvature.min_eig, curvature.max_eig], [low[0], high[-1]],
                               atol=1e-8)
    assert curvature.n_negative == len(low)
    assert curvature.label == f"saddle ({'' if curvature.exact else 'at least '}{len(low)} " \
        "negative directions)"


def test_lanczos_restarts_when_the_krylov_space_closes():
    # Repeated eigenvalues: one Krylov chain spans only the distinct ones.
    spectrum = torch.tensor([-1.0, -1.0, -1.0, 2.0, 2.0, 5.0], dtype=torch.float64)
    ritz = lanczos(lambda v: spectrum * v, 6, 6, torch.zeros((), dtype=torch.float64))
    np.testing.assert_allclose(ritz, spectrum, atol=1e-10)


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 1.0
        return self.now


def test_a_job_in_slices_gives_the_one_shot_grid():
    model, (x, y) = small_mlp(), circle_data(200)
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    alphas, betas = np.linspace(-1, 1, 21), np.linspace(-1, 1, 19)
    one_shot, one_shot_accuracy = loss_grid(model, BINARY, x, y, None, d1, d2, alphas, betas)
    job = LandscapeJob(model, BINARY, x, y, None, d1, d2, alphas, betas, chunk=16,
                       clock=FakeClock())
    # Training goes on between slices: the job keeps the weights it was given.
    with torch.no_grad():
        for p in model.parameters():
            p.add_(1.0)
    progress, previews = [], []
    while not job.done:
        progress.append(job.step(0.0))  # budget spent at once: one call per slice
        previews.append(job.preview())
    assert len(progress) == -(-21 * 19 // 16) and progress[-1] == 1.0
    assert all(b > a for a, b in itertools.pairwise(progress))
    # Coarse to fine: after the first slices the preview already covers the whole range.
    coarse = next(i for i, p in enumerate(previews) if not np.isnan(p).any())
    assert coarse < len(previews) // 2
    losses, accuracy = job.result()
    np.testing.assert_array_equal(losses, one_shot)
    np.testing.assert_array_equal(accuracy, one_shot_accuracy)


def test_a_partial_grid_marks_what_is_missing():
    model, (x, y) = small_mlp(), circle_data(50)
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    job = LandscapeJob(model, BINARY, x, y, None, d1, d2, np.linspace(-1, 1, 17),
                       np.linspace(-1, 1, 17), chunk=9, clock=FakeClock())
    assert np.isnan(job.partial()[0]).all() and job.progress == 0
    job.step(0.0)
    losses, _ = job.partial()
    assert (~np.isnan(losses)).sum() == 9
    assert not np.isnan(losses[::8, ::8]).any()  # the coarsest lattice comes first
    preview = job.preview()  # filled from it, block by block
    assert not np.isnan(preview).any() and preview[7, 7] == losses[0, 0]
