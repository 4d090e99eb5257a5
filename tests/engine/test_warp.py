"""The space-warping probe against an independent float64 numpy forward pass built from
the weights: the grid lines and points in the hidden space, the PCA plane, and the output's
decision line in that plane."""

import numpy as np
import pytest

from engine.models.features import feature_array
from engine.probes import weights_and_biases
from engine.probes.warp import warp_probe
from engine.shared.experiment import DataSettings, Experiment, NetworkSettings, TrainSettings
from engine.shared.layers import Layer
from engine.trainer.session import TrainingSession

ACTIVATIONS = {"tanh": np.tanh, "relu": lambda v: np.maximum(v, 0.0)}


def session_for(hidden=(2,), activations=None, features=("x1", "x2"), dataset="two-curves",
                steps=60, dropout=0.0, n_classes=2):
    activations = activations or ("tanh",) * len(hidden)
    experiment = Experiment(
        DataSettings(dataset=dataset, n_points=200, train_ratio=0.7, n_classes=n_classes),
        NetworkSettings(features=features, hidden=hidden, activations=activations,
                        dropout=dropout),
        TrainSettings(optimizer="adam", learning_rate=0.03, seed=3))
    session = TrainingSession(experiment)
    for _ in range(steps):
        session.step()
    return session


def reference_layers(session, points: np.ndarray) -> list[np.ndarray]:
    """Every hidden layer's output and the output logits, by hand in float64."""
    weights, biases = weights_and_biases(session.model)
    x = feature_array(points, session.experiment.network.features).astype(np.float64)
    outputs = []
    for w, b, name in zip(weights[:-1], biases[:-1], session.experiment.network.activations):
        x = ACTIVATIONS[name](x @ w.T.astype(np.float64) + b)
        outputs.append(x)
    outputs.append(x @ weights[-1].T.astype(np.float64) + biases[-1])
    return outputs


def head_logit(session, hidden: np.ndarray) -> np.ndarray:
    weights, biases = weights_and_biases(session.model)
    return hidden @ weights[-1][0].astype(np.float64) + float(biases[-1][0])


def train_points(session) -> np.ndarray:
    return session.points_train.numpy().astype(np.float64)


# -- the warped grid and points ----------------------------------------------------------
def test_input_grid_is_straight_lines_across_the_data_square():
    session = session_for()
    data = warp_probe(session, {"lines": 5, "samples": 9})
    extent = session.dataset.extent
    grid = data.grid_input
    assert grid.shape == (10, 9, 2)
    # Lines x1 = const (x2 running from -extent to extent), then x2 = const.
    ticks = np.linspace(-extent, extent, 5)[:, None]
    np.testing.assert_allclose(grid[:5, :, 0], np.broadcast_to(ticks, (5, 9)))
    np.testing.assert_allclose(grid[:5, 0, 1], -extent)
    np.testing.assert_allclose(grid[:5, -1, 1], extent)
    np.testing.assert_allclose(grid[5:], grid[:5, :, ::-1])


@pytest.mark.parametrize("layer, units", [(1, (1, 3)), (2, (0, 2)), (2, (2, 1))])
def test_warped_grid_and_points_equal_the_hidden_layer_forward_pass(layer, units):
    session = session_for(hidden=(5, 3), activations=("tanh", "relu"),
                          features=("x1", "x2", "x1*x2", "sin_x1"))
    data = warp_probe(session, {"layer": layer, "units": list(units)})
    assert data.layer == layer and data.units == units and data.explained is None
    i, j = units
    grid_points = data.grid_input.reshape(-1, 2).astype(np.float64)
    expected = reference_layers(session, grid_points)[layer - 1]
    drawn = data.grid_hidden.reshape(-1, 2)
    assert data.grid_hidden.dtype == np.float32
    np.testing.assert_allclose(drawn[:, 0], expected[:, i], atol=1e-5)
    np.testing.assert_allclose(drawn[:, 1], expected[:, j], atol=1e-5)
    points = reference_layers(session, train_points(session))[layer - 1]
    np.testing.assert_allclose(data.points_hidden, points[:, [i, j]], atol=1e-5)
    np.testing.assert_array_equal(data.labels, session.y_train.numpy())
    assert data.axis_labels == (f"h{layer} unit {i + 1}", f"h{layer} unit {j + 1}")


def test_dropout_is_off_while_measuring_and_training_mode_comes_back():
    session = session_for(hidden=(4, 2), dropout=0.5)
    session.model.train()
    first = warp_probe(session, {})
    second = warp_probe(session, {})
    assert session.model.training
    np.testing.assert_array_equal(first.grid_hidden, second.grid_hidden)
    expected = reference_layers(session, first.grid_input.reshape(-1, 2))[1]
    np.testing.assert_allclose(first.grid_hidden.reshape(-1, 2), expected, atol=1e-5)


def test_one_unit_layer_is_drawn_on_a_line():
    session = session_for(hidden=(3, 1))
    data = warp_probe(session, {"units": "pca"})
    expected = reference_layers(session, train_points(session))[1]
    np.testing.assert_allclose(data.points_hidden[:, 0], expected[:, 0], atol=1e-5)
    np.testing.assert_array_equal(data.points_hidden[:, 1], 0.0)
    a, b, c = data.decision
    assert b == 0.0 and abs(a) > 0  # a vertical line: h = -c / a
    np.testing.assert_allclose(head_logit(session, np.array([[-c / a]])), 0.0, atol=1e-4)


# -- options -----------------------------------------------------------------------------
def test_defaults_last_layer_its_two_units_or_pca():
    two = warp_probe(session_for(hidden=(4, 2)), {})
    assert two.layer == 2 and two.units == (0, 1) and two.layer_sizes == (4, 2)
    wide = warp_probe(session_for(hidden=(2, 4)), {})
    assert wide.layer == 2 and wide.units is None and wide.explained is not None
    assert wide.axis_labels[0].startswith("PC 1 (") and wide.axis_labels[0].endswith(" %)")


def test_a_stale_layer_or_unit_choice_falls_back_instead_of_failing():
    session = session_for(hidden=(4, 3))
    assert warp_probe(session, {"layer": 7}).layer == 2
    assert warp_probe(session, {"layer": 1, "units": [0, 9]}).units is None  # 4 units: PCA


@pytest.mark.parametrize("options, words", [
    ({"layer": 0}, "count from 1"), ({"units": [1, 1]}, "two different units"),
    ({"units": "three"}, "two unit numbers"), ({"lines": 2.5}, "whole number")])
def test_malformed_options_say_what_is_wrong(options, words):
    with pytest.raises(ValueError, match=words):
        warp_probe(session_for(hidden=(4, 3)), options)


def test_a_net_without_hidden_layers_or_from_the_builder_is_refused():
    with pytest.raises(ValueError, match="at least one hidden layer"):
        warp_probe(session_for(hidden=(), activations=()), {})
    builder = session_for().experiment.with_network(layers=(
        Layer.make("linear", out_features=4), Layer.make("relu")))
    with pytest.raises(ValueError, match="layer builder"):
        warp_probe(TrainingSession(builder), {})


# -- PCA ---------------------------------------------------------------------------------
def test_pca_plane_matches_an_eigen_decomposition_of_the_mapped_data():
    session = session_for(hidden=(6,), steps=100)
    data = warp_probe(session, {"units": "pca"})
    hidden = np.concatenate([
        reference_layers(session, data.grid_input.reshape(-1, 2))[0],
        reference_layers(session, train_points(session))[0]])
    mean = hidden.mean(axis=0)
    values, vectors = np.linalg.eigh(np.cov((hidden - mean).T, bias=True))
    top = vectors[:, ::-1][:, :2].T  # largest first
    np.testing.assert_allclose(data.origin, mean, atol=1e-5)
    # Same directions up to sign; orthonormal.
    np.testing.assert_allclose(np.abs(np.sum(data.basis * top, axis=1)), 1.0, atol=1e-4)
    np.testing.assert_allclose(data.basis @ data.basis.T, np.eye(2), atol=1e-5)
    np.testing.assert_allclose(data.explained, values[::-1][:2] / values.sum(), atol=1e-4)
    projected = (hidden - mean) @ data.basis.T.astype(np.float64)
    n_grid = data.grid_hidden.shape[0] * data.grid_hidden.shape[1]
    np.testing.assert_allclose(data.grid_hidden.reshape(-1, 2), projected[:n_grid], atol=1e-4)
    np.testing.assert_allclose(data.points_hidden, projected[n_grid:], atol=1e-4)


def test_pca_picture_does_not_mirror_between_frames():
    session = session_for(hidden=(5,), steps=80)
    before = warp_probe(session, {})
    inputs = np.concatenate([before.grid_input.reshape(-1, 2), train_points(session)])
    inputs -= inputs.mean(axis=0)
    scores = np.concatenate([before.grid_hidden.reshape(-1, 2), before.points_hidden])
    for k in range(2):  # each axis agrees with the input coordinate it follows most
        agreement = inputs.T @ scores[:, k]
        assert agreement[np.argmax(np.abs(agreement))] > 0
    for _ in range(5):
        session.step()
    after = warp_probe(session, {})
    np.testing.assert_array_less(0.9, np.sum(before.basis * after.basis, axis=1))


# -- the decision line --------------------------------------------------------------------
def points_on_line(data, count=7):
    start, end = data.decision_segment.astype(np.float64)
    t = np.linspace(0.0, 1.0, count)[:, None]
    return start + t * (end - start)


def test_decision_line_of_a_two_unit_layer_is_where_the_logit_is_zero():
    session = session_for(hidden=(2,), steps=150)
    data = warp_probe(session, {})
    assert data.decision_status == "exact"
    on_line = points_on_line(data)
    hidden = data.origin + on_line @ data.basis.astype(np.float64)
    np.testing.assert_allclose(head_logit(session, hidden), 0.0, atol=1e-4)
    # Exact: which side of the drawn line a point lies on is its predicted class.
    a, b, c = data.decision.astype(np.float64)
    side = data.points_hidden.astype(np.float64) @ np.array([a, b]) + c
    logits = reference_layers(session, train_points(session))[-1][:, 0]
    np.testing.assert_allclose(side, logits, atol=1e-4)


def test_decision_line_in_the_pca_plane_of_a_wide_layer():
    session = session_for(hidden=(3, 5), steps=100)
    data = warp_probe(session, {"units": "pca"})
    assert data.decision_status == "slice"
    hidden = data.origin.astype(np.float64) + points_on_line(data) @ data.basis
    np.testing.assert_allclose(head_logit(session, hidden), 0.0, atol=1e-4)
    # And for two chosen units, the other units held at their mean.
    data = warp_probe(session, {"units": [3, 1]})
    hidden = data.origin.astype(np.float64) + points_on_line(data) @ data.basis
    np.testing.assert_allclose(head_logit(session, hidden), 0.0, atol=1e-4)
    expected_mean = reference_layers(session, np.concatenate(
        [data.grid_input.reshape(-1, 2), train_points(session)]))[1].mean(axis=0)
    np.testing.assert_allclose(data.origin[[0, 2, 4]], expected_mean[[0, 2, 4]], atol=1e-5)


@pytest.mark.parametrize("kwargs, options, status", [
    ({"hidden": (3, 2)}, {"layer": 1}, "not-last-layer"),
    ({"hidden": (4,), "dataset": "spiral", "n_classes": 3}, {}, "not-binary"),
    ({"hidden": (2,), "dataset": "plane"}, {}, "regression")])
def test_no_decision_line_where_it_would_not_be_a_line(kwargs, options, status):
    data = warp_probe(session_for(steps=5, **kwargs), options)
    assert data.decision is None and data.decision_segment is None
    assert data.decision_status == status


def test_output_image_is_the_networks_output_over_the_input_square():
    session = session_for(hidden=(2,), steps=20)
    data = warp_probe(session, {})
    g = data.output.shape[0]
    axis = np.linspace(-data.extent, data.extent, g)
    x2, x1 = np.meshgrid(axis, axis, indexing="ij")
    logits = reference_layers(session, np.stack([x1.ravel(), x2.ravel()], 1))[-1][:, 0]
    np.testing.assert_allclose(data.output.ravel(), 1 / (1 + np.exp(-logits)), atol=1e-5)


# -- the demo --------------------------------------------------------------------------
def test_space_warp_demo_separates_the_curves_and_its_picture_travels():
    import pickle

    from engine.shared.demos import load_demo
    from engine.trainer.loop import run_steps
    demo = load_demo("space-warp")
    assert demo.views[0] == "warp" and demo.experiment.network.hidden == (2,)
    snap = run_steps(demo.experiment, 3000, probes={"warp"})
    assert snap.test_accuracy == 1.0 and snap.train_accuracy == 1.0
    data = snap.live["warp"]
    assert data.decision_status == "exact"
    # In the hidden plane every training point lies on its own class's side of the line.
    a, b, c = data.decision.astype(np.float64)
    side = data.points_hidden.astype(np.float64) @ np.array([a, b]) + c
    assert np.all((side > 0) == (data.labels > 0.5))
    copy = pickle.loads(pickle.dumps(data))  # it crosses to the window process
    np.testing.assert_array_equal(copy.grid_hidden, data.grid_hidden)
