"""Landscapes and curvature of recurrent models (Embedding + LSTM on tokens, recurrent
layers on values) against a float64 per-point loop and the explicit Hessian."""

import copy

import numpy as np
import pytest
import torch
from torch import nn

from engine.models.objective import Objective
from engine.models.stack import build
from engine.probes.curvature import hessian_extremes, hessian_vector_product
from engine.probes.directions import parameters_of, random_direction
from engine.probes.landscape import PlaneEvaluator, loss_grid, loss_grid_loop
from engine.probes.landscape_recurrent import UnrolledRNN, unrolled_copy
from engine.shared.layers.layer import Layer
from engine.shared.layers.shape import Shape

torch.set_num_threads(1)

STEPS, VOCAB, N = 6, 11, 24
THREE_CLASSES = Objective("classification", 3, "ce")
AXES = (np.linspace(-1.0, 0.8, 5), np.linspace(-0.6, 0.9, 4))


def token_model(kind="lstm", seed=0, width=7):
    """Embedding -> recurrent layer -> last step -> head, on token ids."""
    torch.manual_seed(seed)
    stack = (Layer.make("embedding", embedding_dim=5), Layer.make(kind, hidden_size=width),
             Layer.make("last_step"))
    model = build(stack, Shape.tokens(STEPS, VOCAB), 3)
    g = torch.Generator().manual_seed(seed)
    x = torch.randint(0, VOCAB, (N, STEPS), generator=g)
    return model, x, torch.randint(0, 3, (N,), generator=g).float()


def value_model(kind="lstm", seed=0, width=6, **recurrent):
    """Recurrent layer(s) on a sequence of values -> last step -> head."""
    torch.manual_seed(seed)
    stack = (Layer.make(kind, hidden_size=width, **recurrent), Layer.make("last_step"))
    model = build(stack, Shape.sequence(STEPS, 3), 3)
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(N, STEPS, 3, generator=g)
    return model, x, torch.randint(0, 3, (N,), generator=g).float()


def float64_loop(model, objective, x, y, d1, d2, alphas, betas):
    """The oracle: the per-point loop on a float64 copy."""
    m64 = copy.deepcopy(model).double()
    x64 = x.double() if x.is_floating_point() else x
    as64 = lambda ts: [t.double() for t in ts]  # noqa: E731
    return loss_grid_loop(m64, objective, x64, y.double(), as64(parameters_of(model)),
                          as64(d1), as64(d2), alphas, betas)


MODELS = [
    pytest.param(lambda: token_model("lstm"), id="embedding-lstm-tokens"),
    pytest.param(lambda: token_model("gru"), id="embedding-gru-tokens"),
    pytest.param(lambda: value_model("lstm"), id="lstm-values"),
    pytest.param(lambda: value_model("rnn", num_layers=2, bidirectional=True),
                 id="rnn-2-layers-bidirectional-values"),
]


@pytest.mark.parametrize("method", ["auto", "vmap", "loop"])
@pytest.mark.parametrize("make", MODELS)
def test_recurrent_landscapes_equal_a_per_point_loop(make, method):
    model, x, y = make()
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2, bias="keep")
    losses, accuracy = loss_grid(model, THREE_CLASSES, x, y, None, d1, d2, *AXES,
                                 method=method)
    expected, expected_accuracy = float64_loop(model, THREE_CLASSES, x, y, d1, d2, *AXES)
    assert losses.shape == (4, 5) and np.isfinite(losses).all()
    np.testing.assert_allclose(losses, expected, rtol=0, atol=1e-5)
    assert np.abs(accuracy - expected_accuracy).max() <= 1 / N + 1e-9


def test_vmap_cannot_batch_the_fused_lstm_so_the_copy_is_unrolled():
    model, x, y = token_model("lstm")
    d = random_direction(model, seed=1)
    with pytest.raises(RuntimeError):  # the reason for the unrolled copy
        torch.func.vmap(lambda p: torch.func.functional_call(model, p, (x,)))(
            {n: t[None] for n, t in model.named_parameters()})
    # On a CPU a recurrent model goes point by point through its fused kernel (faster
    # there); vmap is used when asked for, through the unrolled copy.
    assert PlaneEvaluator(model, THREE_CLASSES, x, y, None, d, d).method == "loop"
    assert PlaneEvaluator(model, THREE_CLASSES, x, y, None, d, d, method="vmap"
                          ).method == "vmap"


@pytest.mark.parametrize("mode", [nn.RNN, nn.LSTM, nn.GRU])
@pytest.mark.parametrize("batch_first, bias, layers, bidirectional", [
    (True, True, 1, False), (False, True, 2, True), (True, False, 2, False)])
def test_an_unrolled_layer_computes_what_the_fused_one_does(mode, batch_first, bias, layers,
                                                            bidirectional):
    torch.manual_seed(0)
    rnn = mode(4, 5, num_layers=layers, bias=bias, batch_first=batch_first,
               bidirectional=bidirectional).double()
    unrolled = UnrolledRNN(rnn)
    assert [n for n, _ in unrolled.named_parameters()] == \
        [n for n, _ in rnn.named_parameters()]
    x = torch.randn(3, 7, 4, dtype=torch.float64)  # 3 sequences of 7 steps, or 7 of 3
    batch = 3 if batch_first else 7
    h0 = torch.randn(layers * (2 if bidirectional else 1), batch, 5, dtype=torch.float64)
    state = (h0, torch.randn_like(h0)) if mode is nn.LSTM else h0
    for args in ((x,), (x, state)):
        want, want_state = rnn(*args)
        got, got_state = unrolled(*args)
        torch.testing.assert_close(got, want, rtol=1e-12, atol=1e-12)
        for a, b in zip(got_state if mode is nn.LSTM else [got_state],
                        want_state if mode is nn.LSTM else [want_state]):
            torch.testing.assert_close(a, b, rtol=1e-12, atol=1e-12)


def test_an_unrolled_copy_keeps_the_parameters_and_leaves_the_model_alone():
    model, x, _ = token_model("lstm")
    before = [p.detach().clone() for p in model.parameters()]
    copied = unrolled_copy(model)
    assert [n for n, _ in copied.named_parameters()] == [n for n, _ in model.named_parameters()]
    assert isinstance(copied.layers[1].rnn, UnrolledRNN) and isinstance(model.layers[1].rnn,
                                                                          nn.LSTM)
    with torch.no_grad():
        torch.testing.assert_close(copied(x), model(x), rtol=1e-5, atol=1e-6)
        for p in copied.parameters():
            p.add_(1.0)
    assert all(torch.equal(a, b) for a, b in zip(before, model.parameters()))


def test_per_step_targets_score_every_step():
    """A recurrent stack without "last step" predicts at every step: accuracies count
    every step's prediction, and stay within [0, 1]."""
    torch.manual_seed(0)
    stack = (Layer.make("embedding", embedding_dim=5), Layer.make("gru", hidden_size=7))
    model = build(stack, Shape.tokens(STEPS, VOCAB), 3)
    x = torch.randint(0, VOCAB, (N, STEPS))
    y = torch.randint(0, 3, (N, STEPS)).float()
    d1, d2 = random_direction(model, seed=1), random_direction(model, seed=2)
    losses, accuracy = loss_grid(model, THREE_CLASSES, x, y, None, d1, d2, *AXES)
    expected, expected_accuracy = float64_loop(model, THREE_CLASSES, x, y, d1, d2, *AXES)
    np.testing.assert_allclose(losses, expected, rtol=0, atol=1e-5)
    assert 0 <= accuracy.min() and accuracy.max() <= 1
    assert np.abs(accuracy - expected_accuracy).max() <= 1 / (N * STEPS) + 1e-9


def explicit_hessian(model, objective, x, y):
    names = [n for n, _ in model.named_parameters()]
    like = [p.detach() for p in model.parameters()]

    def loss(theta):
        params, start = {}, 0
        for name, t in zip(names, like):
            params[name] = theta[start:start + t.numel()].reshape(t.shape)
            start += t.numel()
        return objective.loss_of(torch.func.functional_call(model, params, (x,)), y)
    return torch.autograd.functional.hessian(loss, torch.cat([t.reshape(-1) for t in like]))


@pytest.mark.parametrize("make", [lambda: token_model("lstm", width=4),
                                  lambda: value_model("gru", width=4, num_layers=2)])
def test_recurrent_curvature_matches_the_explicit_hessian(make):
    model, x, y = make()
    model = model.double()
    x = x.double() if x.is_floating_point() else x
    y = y.double()
    eigenvalues = torch.linalg.eigvalsh(explicit_hessian(model, THREE_CLASSES, x, y))
    # As many Lanczos steps as parameters: the whole spectrum.
    curvature = hessian_extremes(model, THREE_CLASSES, x, y, steps=len(eigenvalues))
    assert curvature.exact and curvature.n_params == len(eigenvalues)
    np.testing.assert_allclose([curvature.max_eig, curvature.min_eig],
                               [eigenvalues[-1], eigenvalues[0]], rtol=1e-7, atol=1e-9)
    assert curvature.n_negative == int((eigenvalues < -curvature.tolerance).sum())


def test_unrolled_hessian_vector_products_equal_the_fused_ones():
    """What the curvature uses on a GPU (cuDNN's RNNs have no double backward), checked
    on the CPU against the fused kernels' double backward."""
    model, x, y = token_model("lstm")
    fused, n = hessian_vector_product(model, THREE_CLASSES, x, y, unroll=False)
    unrolled, n_unrolled = hessian_vector_product(model, THREE_CLASSES, x, y, unroll=True)
    assert n == n_unrolled
    g = torch.Generator().manual_seed(3)
    for _ in range(3):
        v = torch.randn(n, generator=g, dtype=torch.float64)
        torch.testing.assert_close(unrolled(v), fused(v), rtol=1e-9, atol=1e-11)
