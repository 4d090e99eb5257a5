"""The backprop inspector's numbers against torch autograd in float64.

The probe writes the chain rule out by hand; here a float64 copy of the same model runs
forward with ``retain_grad`` on every intermediate tensor, and every z, y, dE/dy, dE/dz,
dE/dw, dE/db and E must agree.
"""

import copy

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from engine.probes.backprop import NOT_A_PERCEPTRON, backprop_probe, step_on_point
from engine.shared.experiment import DataSettings, Experiment, NetworkSettings, TrainSettings
from engine.shared.layers import Layer
from engine.trainer.session import TrainingSession

ACTIVATIONS = ("relu", "tanh", "sigmoid", "linear", "leaky_relu", "gelu", "silu")
OBJECTIVES = {
    # name: (data settings, loss)
    "binary": (DataSettings(dataset="circle", n_points=120), "auto"),
    "binary-mse": (DataSettings(dataset="xor", n_points=120), "mse"),
    "3-class": (DataSettings(dataset="gaussians", n_points=120, n_classes=3), "auto"),
    "3-class-mse": (DataSettings(dataset="spiral", n_points=120, n_classes=3), "mse"),
    "regression": (DataSettings(dataset="plane", n_points=120), "auto"),
}
FEATURES = ("x1", "x2", "x1*x2", "sin_x1")


def make_session(objective="binary", activation="tanh", hidden=(4, 3), steps=30, lr=0.05,
                 optimizer="adam"):
    data, loss = OBJECTIVES[objective]
    experiment = Experiment(
        data, NetworkSettings(features=FEATURES, hidden=hidden,
                              activations=(activation,) * len(hidden)),
        TrainSettings(optimizer=optimizer, learning_rate=lr, loss=loss, seed=3,
                      device="cpu"))
    session = TrainingSession(experiment)
    for _ in range(steps):  # away from the initial weights, so nothing is special
        session.step()
    return session


def error_of_outputs(objective, y: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    """E written as a function of the output units' y (probabilities or the value)."""
    if objective.problem == "regression":
        return F.mse_loss(y, target)
    if objective.is_binary:
        if objective.loss == "mse":
            return F.mse_loss(y, target)
        return F.binary_cross_entropy(y, target)
    if objective.loss == "mse":
        return F.mse_loss(y, F.one_hot(target.long(), objective.n_classes).to(y.dtype))
    return F.nll_loss(torch.log(y), target.long())


def autograd_reference(session, index):
    """z, y, dE/dy, dE/dz per unit layer; dE/dw, dE/db per Linear; E; from autograd."""
    model = copy.deepcopy(session.model).double().eval()
    objective = session.objective
    x = session.x_train[index:index + 1].double().requires_grad_(True)
    target = session.y_train[index:index + 1].double()
    zs, ys, h = [x], [x], x
    for linear, act in zip(model.linears[:-1], model.activations):
        z = linear(h)
        h = act(z)
        z.retain_grad()
        h.retain_grad()
        zs.append(z)
        ys.append(h)
    z_out = model.linears[-1](h)
    z_out.retain_grad()
    zs.append(z_out)
    error = objective.loss_of(z_out, target)
    error.backward()
    # The output units' dE/dy: E as a function of y = f(z_out), a separate graph.
    y_out = objective.outputs(z_out.detach()).requires_grad_(True)
    dE_dy_out, = torch.autograd.grad(error_of_outputs(objective, y_out, target), y_out)
    ref = {
        "z": [t.detach()[0].numpy() for t in zs],
        "y": [t.detach()[0].numpy() for t in ys] + [y_out.detach().reshape(-1).numpy()],
        "dE_dy": [t.grad[0].numpy() for t in ys] + [dE_dy_out.reshape(-1).numpy()],
        "dE_dz": [x.grad[0].numpy()] + [t.grad[0].numpy() for t in zs[1:]],
        "dE_dw": [lin.weight.grad.numpy() for lin in model.linears],
        "dE_db": [lin.bias.grad.numpy() for lin in model.linears],
        "error": float(error.detach()),
        "error_of_outputs": float(error_of_outputs(objective, y_out.detach(), target)),
    }
    return ref


def assert_matches_autograd(session, index):
    data = backprop_probe(session, {"index": index})
    ref = autograd_reference(session, index)
    for name in ("z", "y", "dE_dy", "dE_dz", "dE_dw", "dE_db"):
        ours = getattr(data, name)
        assert len(ours) == len(ref[name]), name
        for layer, (a, b) in enumerate(zip(ours, ref[name])):
            np.testing.assert_allclose(a, b, rtol=1e-9, atol=1e-12,
                                       err_msg=f"{name} of layer {layer}")
    assert data.error == pytest.approx(ref["error"], rel=1e-10, abs=1e-14)
    assert data.error == pytest.approx(ref["error_of_outputs"], rel=1e-10, abs=1e-14)
    np.testing.assert_allclose(data.output, ref["y"][-1], rtol=1e-12)
    return data


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_every_number_matches_autograd_for_each_activation(activation):
    session = make_session("binary", activation)
    for index in (0, 7, 41):
        data = assert_matches_autograd(session, index)
    assert data.activations == (activation, activation)


@pytest.mark.parametrize("objective", sorted(OBJECTIVES))
def test_every_number_matches_autograd_for_each_objective(objective):
    session = make_session(objective, "tanh")
    for index in (0, 13, 50):
        data = assert_matches_autograd(session, index)
    expected = {"binary": ("sigmoid", "bce"), "binary-mse": ("sigmoid", "mse"),
                "3-class": ("softmax", "ce"), "3-class-mse": ("softmax", "mse"),
                "regression": ("linear", "mse")}[objective]
    assert (data.output_function, data.loss) == expected
    n_out = 3 if objective.startswith("3-class") else 1
    assert data.weights[-1].shape == (n_out, 3) and data.z[-1].shape == (n_out,)


def test_a_net_without_hidden_layers_and_a_deep_one():
    assert_matches_autograd(make_session("3-class", "relu", hidden=()), 5)
    assert_matches_autograd(make_session("binary", "silu", hidden=(5, 4, 3, 2)), 5)


def test_the_chain_rule_identities_hold_in_the_numbers():
    """What the view prints: dE/dz = dE/dy f'(z), dE/dw_ij = y_i dE/dz_j, Δw = -lr dE/dw."""
    session = make_session("binary", "tanh", lr=0.1)
    data = backprop_probe(session, {"index": 3})
    for layer in range(1, len(data.z) - 1):
        np.testing.assert_allclose(data.dE_dz[layer], data.dE_dy[layer] * data.f_prime[layer])
        np.testing.assert_allclose(data.y[layer], np.tanh(data.z[layer]))
    np.testing.assert_allclose(data.dE_dw[1][2, 1], data.y[1][1] * data.dE_dz[2][2])
    np.testing.assert_allclose(data.delta_w[0], -0.1 * data.dE_dw[0])
    assert data.learning_rate == 0.1 and data.index == 3
    point = session.points_train[3].numpy()
    assert data.point == pytest.approx((float(point[0]), float(point[1])))
    assert data.target == float(session.y_train[3])
    assert data.features == FEATURES and data.step == session.step_count
    # The whole result crosses to the window process.
    import pickle
    assert pickle.loads(pickle.dumps(data)).error == data.error


def test_step_on_point_moves_each_weight_by_minus_lr_times_its_gradient():
    session = make_session("3-class-mse", "gelu")
    session.set_training(learning_rate=0.2)
    # The worst-fitted point, so that its gradient is far from float32 noise.
    errors = [backprop_probe(session, {"index": i}).error for i in range(40)]
    index = int(np.argmax(errors))
    before = [p.detach().clone() for p in session.model.parameters()]
    grads_before = [None if p.grad is None else p.grad.clone()
                    for p in session.model.parameters()]
    optimizer_state = copy.deepcopy(session.optimizer.state_dict())
    data = backprop_probe(session, {"index": index})
    step = session.step_count
    step_on_point(session, index)
    assert session.step_count == step + 1
    linears = session.model.linears
    for layer, linear in enumerate(linears):
        moved_w = (linear.weight.detach() - before[2 * layer]).double().numpy()
        moved_b = (linear.bias.detach() - before[2 * layer + 1]).double().numpy()
        np.testing.assert_allclose(moved_w, data.delta_w[layer], rtol=2e-3, atol=2e-6)
        np.testing.assert_allclose(moved_b, data.delta_b[layer], rtol=2e-3, atol=2e-6)
    # The step is visible: at least one weight moved by more than float32 noise.
    assert max(np.abs(d).max() for d in data.delta_w) > 1e-4
    # The optimizer and the parameters' .grad are left as they were.
    after_state = session.optimizer.state_dict()
    for key, value in optimizer_state["state"].items():
        for name, tensor in value.items():
            assert torch.equal(torch.as_tensor(after_state["state"][key][name]),
                               torch.as_tensor(tensor))
    for p, g in zip(session.model.parameters(), grads_before):
        assert (p.grad is None and g is None) or torch.equal(p.grad, g)
    # The new probe sees the new weights.
    again = backprop_probe(session, {"index": index})
    assert again.step == step + 1
    np.testing.assert_allclose(again.weights[0] - data.weights[0], data.delta_w[0],
                               rtol=2e-3, atol=2e-6)


def test_stepping_on_a_point_lowers_its_error_with_a_small_learning_rate():
    session = make_session("binary", "tanh", lr=0.01, optimizer="sgd")
    before = backprop_probe(session, {"index": 4}).error
    step_on_point(session, 4)
    assert backprop_probe(session, {"index": 4}).error < before


def test_bad_requests_are_refused_with_a_message():
    session = make_session("binary", "tanh", steps=0)
    n = session.x_train.shape[0]
    # A point the data no longer has (they shrank) shows the first point, no complaint.
    assert backprop_probe(session, {"index": n}).index == 0
    with pytest.raises(ValueError, match="no training point"):
        backprop_probe(session, {"index": -1})
    with pytest.raises(ValueError, match="no training point"):
        step_on_point(session, n)
    with pytest.raises(ValueError, match="no training point"):
        step_on_point(session, -1)
    assert backprop_probe(session, {}).index == 0
    stack = (Layer.make("linear", out_features=4), Layer.make("relu"))
    session.set_experiment(session.experiment.with_network(layers=stack))
    with pytest.raises(ValueError, match="layer builder"):
        backprop_probe(session, {"index": 0})
    with pytest.raises(ValueError) as refused:
        step_on_point(session, 0)
    assert str(refused.value) == NOT_A_PERCEPTRON
