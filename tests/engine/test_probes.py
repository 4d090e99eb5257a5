"""Probes against independent references: a plain forward pass, float64, brute force."""

import numpy as np
import torch

from engine.models.features import feature_array
from engine.models.objective import Objective
from engine.probes import boundary_on_grid, grid_points, neuron_maps_on_grid, weights_and_biases
from engine.shared.experiment import DataSettings, Experiment, NetworkSettings, TrainSettings
from engine.trainer.session import TrainingSession


def trained_session(dataset="circle", hidden=(5, 3), features=("x1", "x2", "x1*x2")):
    experiment = Experiment(DataSettings(dataset=dataset, n_points=200),
                            NetworkSettings(features=features, hidden=hidden,
                                            activations=("tanh",) * len(hidden)),
                            TrainSettings(optimizer="adam", learning_rate=0.02))
    session = TrainingSession(experiment)
    for _ in range(50):
        session.step()
    return session


def reference_forward(session, points: np.ndarray) -> np.ndarray:
    """The network by hand in float64 numpy, from its weights."""
    weights, biases = weights_and_biases(session.model)
    x = feature_array(points, session.experiment.network.features).astype(np.float64)
    for w, b in zip(weights[:-1], biases[:-1]):
        x = np.tanh(x @ w.T.astype(np.float64) + b)
    return x @ weights[-1].T.astype(np.float64) + biases[-1]


def test_grid_is_row_major_with_x2_rows():
    points = grid_points(5, 6.0).numpy()
    assert points.shape == (25, 2)
    np.testing.assert_allclose(points[0], [-6, -6])
    np.testing.assert_allclose(points[1], [-3, -6])   # next column: x1 grows
    np.testing.assert_allclose(points[5], [-6, -3])   # next row: x2 grows


def test_boundary_equals_forward_pass_on_grid_points():
    session = trained_session()
    g = 17
    points = grid_points(g, 6.0)
    values = boundary_on_grid(session.model, session.experiment.network.features,
                              session.objective, points, g)
    assert values.shape == (g, g) and values.dtype == np.float32
    expected = 1 / (1 + np.exp(-reference_forward(session, points.numpy())[:, 0]))
    np.testing.assert_allclose(values.reshape(-1), expected, atol=1e-5)
    # Row i, column j is the point (x_j, y_i).
    i, j = 3, 11
    single = reference_forward(session, np.array([[points[i * g + j, 0].item(),
                                                   points[i * g + j, 1].item()]]))
    np.testing.assert_allclose(values[i, j], 1 / (1 + np.exp(-single[0, 0])), atol=1e-5)


def test_neuron_maps_match_each_layer():
    session = trained_session()
    g = 9
    points = grid_points(g, 6.0)
    maps = neuron_maps_on_grid(session.model, session.experiment.network.features,
                               session.objective, points, g)
    assert [m.shape for m in maps] == [(3, g, g), (5, g, g), (3, g, g), (1, g, g)]
    weights, biases = weights_and_biases(session.model)
    x = feature_array(points.numpy(), session.experiment.network.features).astype(np.float64)
    np.testing.assert_allclose(maps[0].reshape(3, -1).T, x, atol=1e-5)
    h1 = np.tanh(x @ weights[0].T + biases[0])
    np.testing.assert_allclose(maps[1].reshape(5, -1).T, h1, atol=1e-5)
    h2 = np.tanh(h1 @ weights[1].T + biases[1])
    np.testing.assert_allclose(maps[2].reshape(3, -1).T, h2, atol=1e-5)
    boundary = boundary_on_grid(session.model, session.experiment.network.features,
                                session.objective, points, g)
    np.testing.assert_allclose(maps[3][0], boundary, atol=1e-6)


def test_probes_do_not_change_the_model():
    session = trained_session()
    before = [p.detach().clone() for p in session.model.parameters()]
    points = grid_points(32, 6.0)
    boundary_on_grid(session.model, ("x1", "x2", "x1*x2"), session.objective, points, 32)
    neuron_maps_on_grid(session.model, ("x1", "x2", "x1*x2"), session.objective, points, 32)
    for old, new in zip(before, session.model.parameters()):
        assert torch.equal(old, new)


def test_snapshot_copies_do_not_alias_live_weights():
    session = trained_session()
    weights, _ = weights_and_biases(session.model)
    frozen = weights[0].copy()
    for _ in range(20):
        session.step()
    np.testing.assert_array_equal(weights[0], frozen)


def test_losses_match_a_float64_reference():
    session = trained_session()
    raw = reference_forward(session, session.dataset.x_train)[:, 0]
    y = session.dataset.y_train.astype(np.float64)
    bce = np.mean(np.logaddexp(0, raw) - y * raw)
    accuracy = np.mean((raw > 0) == (y > 0.5))
    train_loss, _, train_acc, _ = session.measure()
    np.testing.assert_allclose(train_loss, bce, rtol=1e-5)
    assert train_acc == accuracy


def test_objective_multiclass_mse_uses_softmax_against_one_hot():
    objective = Objective.resolve("classification", 3, "mse")
    raw = torch.tensor([[2.0, 0.0, -1.0]])
    p = torch.softmax(raw, 1)
    expected = ((p - torch.tensor([[0.0, 1.0, 0.0]])) ** 2).mean()
    assert torch.isclose(objective.loss_of(raw, torch.tensor([1.0])), expected)
