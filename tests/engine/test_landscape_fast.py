"""The MLP's fast path (rows of the grid, tabulated exponentials, hand-written binary
cross-entropy, shared scratch memory) against a float64 brute-force loop."""

import copy

import numpy as np
import pytest
import torch

from engine.models.network import MLP
from engine.models.objective import Objective
from engine.probes.directions import parameters_of, random_direction
from engine.probes.grid_rows import GridRows
from engine.probes.landscape import LandscapeJob, PlaneEvaluator, loss_grid, loss_grid_loop
from engine.probes.landscape_scores import scorer

torch.set_num_threads(1)

BINARY = Objective("classification", 2, "ce")
ALPHAS, BETAS = np.linspace(-1.2, 0.9, 17), np.linspace(-0.8, 1.1, 13)


def playground(activation="tanh", seed=0, n=400):
    """The playground's 2 -> 4 -> 2 -> 1 net on a circle."""
    torch.manual_seed(seed)
    model = MLP(2, (4, 2), (activation, activation), 1)
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 2, generator=g) * 2
    return model, x, (x.norm(dim=1) < 2).float()


def float64_loop(model, objective, x, y, d1, d2, alphas=ALPHAS, betas=BETAS):
    m64 = copy.deepcopy(model).double()
    as64 = lambda ts: [t.double() for t in ts]  # noqa: E731
    return loss_grid_loop(m64, objective, x.double(), y.double(), as64(parameters_of(model)),
                          as64(d1), as64(d2), alphas, betas)


def uses_exponentials(job) -> bool:
    rows = job.evaluator.plan.rows
    return rows is not None and rows.has_exp_table


@pytest.mark.parametrize("coarse_to_fine", [False, True])
@pytest.mark.parametrize("activation", ["tanh", "sigmoid"])
def test_the_mlp_fast_path_equals_a_float64_loop(activation, coarse_to_fine):
    model, x, y = playground(activation)
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2, bias="keep")
    job = LandscapeJob(model, BINARY, x, y, None, d1, d2, ALPHAS, BETAS, chunk=40,
                       coarse_to_fine=coarse_to_fine)
    losses, accuracy = job.result()
    assert job.evaluator.method == "layers" and uses_exponentials(job)
    expected, expected_accuracy = float64_loop(model, BINARY, x, y, d1, d2)
    np.testing.assert_allclose(losses, expected, rtol=0, atol=1e-5)
    assert np.abs(accuracy - expected_accuracy).max() <= 1 / len(x) + 1e-9


def test_huge_first_layer_values_fall_back_to_the_sigmoid():
    """Where exp(-x) would overflow (weights blown up far from the centre) the rows are
    computed without the exponential tables, and still equal the loop."""
    model, x, y = playground()
    with torch.no_grad():
        model.linears[0].weight.mul_(40.0)
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    job = LandscapeJob(model, BINARY, x, y, None, d1, d2, ALPHAS, BETAS,
                       coarse_to_fine=False)
    losses, _ = job.result()
    assert not uses_exponentials(job)
    expected, _ = float64_loop(model, BINARY, x, y, d1, d2)
    np.testing.assert_allclose(losses, expected, rtol=1e-6, atol=1e-5)


def test_points_off_the_told_grid_take_the_plain_rows():
    model, x, y = playground()
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    evaluator = PlaneEvaluator(model, BINARY, x, y, None, d1, d2)
    evaluator.expect_grid(ALPHAS, BETAS)
    a = torch.tensor([0.123, 0.5, -0.77], dtype=torch.float64)  # not columns of the grid
    b = torch.full((3,), BETAS[2], dtype=torch.float64)
    losses, _ = evaluator.evaluate(a, b)
    expected, _ = float64_loop(model, BINARY, x, y, d1, d2, a.numpy(), [BETAS[2]])
    np.testing.assert_allclose(losses.numpy(), expected[0], rtol=0, atol=1e-5)


def test_grid_rows_apply_the_sigmoid_exactly_where_they_say():
    torch.manual_seed(0)
    first = torch.randn(3, 4, 50)
    rows = GridRows(first, sigmoid_next=True)
    rows.grid(ALPHAS, BETAS)
    a = torch.tensor(ALPHAS[3:12:2], dtype=torch.float32)  # every 2nd column of a row
    b = torch.full((5,), float(BETAS[4]), dtype=torch.float32)
    out = torch.empty(5, 200)
    assert rows.fill(out, a, b)
    plain = first[0].reshape(1, -1) + float(BETAS[4]) * first[2].reshape(1, -1) \
        + a[:, None].double() * first[1].reshape(1, -1)
    torch.testing.assert_close(out, torch.sigmoid(plain).float(), rtol=1e-6, atol=3e-7)
    # Each point's value is its own, whatever the order of the others in the call (a
    # copy of the table's rows, not a view) and whether it is on the grid or not.
    order = [0, 2, 1, 3, 4]
    shuffled = torch.empty_like(out)
    assert rows.fill(shuffled, a[order], b)
    torch.testing.assert_close(shuffled, out[order], rtol=0, atol=0)
    off_grid = torch.tensor([0.3333, 0.4444], dtype=torch.float32)
    assert rows.fill(out[:2], off_grid, b[:2])
    plain = first[0].reshape(1, -1) + float(BETAS[4]) * first[2].reshape(1, -1) \
        + off_grid[:, None].double() * first[1].reshape(1, -1)
    torch.testing.assert_close(out[:2], torch.sigmoid(plain).float(), rtol=1e-6, atol=3e-7)
    # Without a sigmoid after the layer (a ReLU net): the layer alone.
    linear = GridRows(first, sigmoid_next=False)
    linear.grid(ALPHAS, BETAS)
    assert not linear.fill(out[:2], off_grid, b[:2])
    torch.testing.assert_close(out[:2], plain.float(), rtol=1e-5, atol=1e-5)


def test_the_binary_scores_match_the_objective_and_count_ties_like_it():
    g = torch.Generator().manual_seed(1)
    y = (torch.rand(130, generator=g) > 0.4).float()
    score = scorer(BINARY, y, 1, torch.float32)
    assert type(score).__name__ == "_BinaryScores"
    raw = torch.randn(6, 130, 1, generator=g) * torch.tensor([0.1, 1, 5, 20, 60, 0.0])[
        :, None, None]
    raw[1, :40] = 0.0  # exact ties
    losses, correct = score(raw)
    for k in range(6):
        r64 = raw[k].double()
        # float32 against float64: a relative bound (the sum's rounding grows with the loss).
        expected = float(BINARY.loss_of(r64, y.double()))
        assert float(losses[k]) == pytest.approx(expected, rel=1e-6, abs=2e-6)
        assert int(correct[k]) == int(BINARY.correct(raw[k], y))


def test_two_evaluators_taking_turns_share_scratch_memory_safely():
    """Scratch tensors are shared between plans of one thread: interleaved calls of two
    evaluators (different data sizes, dtypes and models) give their own answers."""
    small, x1, y1 = playground(seed=1, n=150)
    wide = MLP(2, (6,), ("relu",), 1).double()
    x2, y2 = (torch.randn(300, 2, dtype=torch.float64), torch.ones(300, dtype=torch.float64))
    d = [(random_direction(m, seed=1), random_direction(m, seed=2)) for m in (small, wide)]
    first = PlaneEvaluator(small, BINARY, x1, y1, None, *d[0])
    second = PlaneEvaluator(wide, BINARY, x2, y2, None, *d[1])
    a = torch.linspace(-1, 1, 9, dtype=torch.float64)
    b = torch.full((9,), 0.25, dtype=torch.float64)
    alone = [first.evaluate(a, b)[0].clone(), second.evaluate(a, b)[0].clone()]
    for _ in range(2):
        torch.testing.assert_close(first.evaluate(a, b)[0], alone[0], rtol=0, atol=0)
        torch.testing.assert_close(second.evaluate(a, b)[0], alone[1], rtol=0, atol=0)
    expected, _ = float64_loop(small, BINARY, x1, y1, *d[0], a.numpy(), [0.25])
    np.testing.assert_allclose(alone[0].numpy(), expected[0], rtol=0, atol=1e-5)


def test_a_bigger_grid_equals_the_float32_loop_within_the_benchmarks_bound():
    model, x, y = playground(n=1000)
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    axis = np.linspace(-1, 1, 31)
    losses, _ = loss_grid(model, BINARY, x, y, None, d1, d2, axis, axis)
    reference, _ = loss_grid_loop(model, BINARY, x, y, None, d1, d2, axis, axis)
    assert np.abs(losses - reference).max() <= 1e-5
