"""The bundled handwritten digits: the resource, the split, the labelled subset, and the
network's input width that comes from the data instead of the 2-D features."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from engine.data import DATASETS, DataError, make_dataset
from engine.data.digits import DIGITS_FILE, load_digits, thumbnail_images
from engine.models.network import as_stack_model, build_model
from engine.shared.experiment import DataSettings, Experiment, ExperimentError, NetworkSettings
from engine.shared.layers.layer import Layer
from engine.shared.network_stack import input_shape, n_outputs
from engine.trainer.session import TrainingSession


def digits(**changes) -> DataSettings:
    return DataSettings(**{"dataset": "digits", "n_points": 1797, "train_ratio": 0.7,
                           **changes})


def rows(a: np.ndarray) -> list[bytes]:
    """Each example as bytes, sorted: compares sets of images regardless of order."""
    return sorted(row.tobytes() for row in np.ascontiguousarray(a, np.float32))


def test_resource_is_small_and_holds_the_uci_digits():
    assert DIGITS_FILE.stat().st_size < 100_000
    with np.load(DIGITS_FILE, allow_pickle=False) as archive:
        assert sorted(archive.files) == ["images", "labels"]
    images, labels = load_digits()
    assert images.shape == (1797, 8, 8) and images.dtype == np.uint8
    assert labels.shape == (1797,) and labels.dtype == np.uint8
    assert images.max() == 16 and images.min() == 0
    counts = np.bincount(labels, minlength=10)
    assert len(counts) == 10 and counts.min() >= 170  # 174 to 183 of each digit
    # The first image of the UCI set is a 0: its centre column is empty, its ring is not.
    assert labels[0] == 0 and images[0][3:5, 3:5].sum() < images[0][1:7, 1:7].sum() / 6
    assert thumbnail_images(4).shape == (4, 8, 8)


def test_digits_are_registered_as_image_data():
    info = DATASETS["digits"]
    assert (info.problem, info.max_classes, info.n_inputs, info.image_shape) == (
        "classification", 10, 64, (8, 8))
    assert not info.points_2d and DATASETS["circle"].points_2d


def test_arrays_are_the_scaled_images_with_their_labels():
    d = make_dataset(digits())
    images, labels = load_digits()
    assert d.x_train.shape == (1258, 64) and d.x_test.shape == (539, 64)
    assert d.problem == "classification" and d.n_classes == 10 and not d.points_2d
    for a in (d.x_train, d.y_train, d.x_test, d.y_test, d.x_unlabelled):
        assert a.dtype == np.float32 and a.flags.c_contiguous and not a.flags.writeable
    assert d.x_train.min() >= 0.0 and d.x_train.max() <= 1.0
    # Every example is one of the file's images / 16, carrying that image's label.
    lookup = {}
    for image, label in zip(images.reshape(-1, 64), labels):
        lookup.setdefault(image.tobytes(), set()).add(int(label))
    for x, y in zip(np.concatenate([d.x_train, d.x_test]), np.concatenate([d.y_train,
                                                                           d.y_test])):
        key = np.round(x * 16).astype(np.uint8).tobytes()
        assert int(y) in lookup[key]
    # Train and test together are all 1,797 images, each once.
    together = np.concatenate([d.x_train, d.x_test])
    assert rows(together) == rows(images.reshape(-1, 64).astype(np.float32) / 16)


def test_split_is_deterministic_and_follows_seed_ratio_and_cap():
    a, b = make_dataset(digits(seed=3)), make_dataset(digits(seed=3))
    for name in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name))
    c = make_dataset(digits(seed=4))
    assert not np.array_equal(a.x_train, c.x_train)
    d = make_dataset(digits(n_points=200, train_ratio=0.25))
    assert len(d.x_train) == 50 and len(d.x_test) == 150
    assert len(make_dataset(digits(n_points=10_000)).x_test) == 539  # capped at 1,797
    assert set(np.unique(make_dataset(digits()).y_test)) == set(range(10))


def test_noise_changes_pixels_within_range():
    clean, noisy = make_dataset(digits()), make_dataset(digits(noise=0.2))
    diff = np.abs(noisy.x_train - clean.x_train)
    assert 0.05 < diff.mean() < 0.2 and noisy.x_train.min() >= 0 and noisy.x_train.max() <= 1


def test_labels_keep_a_balanced_subset_and_withhold_the_rest():
    full, few = make_dataset(digits()), make_dataset(digits(labels=50))
    assert full.x_unlabelled.shape == (0, 64)
    assert few.x_train.shape == (50, 64) and few.x_unlabelled.shape == (1208, 64)
    assert np.bincount(few.y_train.astype(int), minlength=10).tolist() == [5] * 10
    # The labelled and unlabelled images together are the same training set; test is kept.
    assert rows(np.concatenate([few.x_train, few.x_unlabelled])) == rows(full.x_train)
    np.testing.assert_array_equal(few.x_test, full.x_test)
    odd = make_dataset(digits(labels=53))
    assert sorted(np.bincount(odd.y_train.astype(int)).tolist()) == [5] * 7 + [6] * 3
    assert len(make_dataset(digits(labels=5000)).x_unlabelled) == 0  # more than there are


@pytest.mark.parametrize("labels, words", [(5, "at least 10"), (-1, "negative"),
                                           (2.5, "whole number")])
def test_bad_label_counts_are_refused_with_a_reason(labels, words):
    with pytest.raises(DataError, match=words):
        make_dataset(digits(labels=labels))


@pytest.mark.parametrize("section, changes, words", [
    ("data", {"labels": 9}, "at least 10"), ("data", {"labels": -3}, "≥ 0"),
    ("training", {"pretrain_steps": -1}, "≥ 0"), ("training", {"pretrain_steps": 1.5}, "≥ 0")])
def test_experiment_validation_names_the_setting(section, changes, words):
    base = Experiment().with_data(dataset="digits")
    experiment = (base.with_data(**changes) if section == "data"
                  else base.with_training(**changes))
    with pytest.raises(ExperimentError, match=words):
        experiment.validate()
    Experiment().with_data(labels=3).validate()  # 2-D points ignore the label count


def test_pretraining_needs_the_perceptron():
    stack = (Layer.make("flatten"), Layer.make("linear", out_features=8), Layer.make("relu"),
             Layer.make("dropout", p=0.0))
    experiment = Experiment().with_data(dataset="digits").with_network(layers=stack)
    experiment.validate()
    with pytest.raises(ExperimentError, match="perceptron"):
        experiment.with_training(pretrain_steps=10).validate()


def test_input_width_comes_from_the_data_not_the_features():
    experiment = Experiment().with_data(dataset="digits").with_network(
        features=("x1", "x2", "sin_x1"), hidden=(16,), activations=("tanh",))
    assert experiment.n_inputs == 64 and Experiment().n_inputs == 2
    assert input_shape(experiment.network, experiment.data).dims == (64,)
    assert input_shape(experiment.network).dims == (3,)
    assert n_outputs(experiment.data) == 10
    model = build_model(experiment.network, 10, experiment.data)
    assert model.linears[0].in_features == 64
    assert as_stack_model(model, experiment.network).input_shape.dims == (64,)
    # A builder stack reads the image (1×8×8): a Linear needs a Flatten before it, and
    # then 64 inputs, not 2.
    unflattened = (Layer.make("linear", out_features=8), Layer.make("relu"))
    with pytest.raises(ExperimentError, match="Flatten"):
        experiment.with_network(layers=unflattened).validate()
    wrong = (Layer.make("flatten"), Layer.make("linear", out_features=8, in_features=2),
             Layer.make("relu"))
    with pytest.raises(ExperimentError, match="64"):
        experiment.with_network(layers=wrong).validate()
    right = (Layer.make("flatten"), Layer.make("linear", out_features=8, in_features=64),
             Layer.make("relu"))
    experiment.with_network(layers=right).validate()
    convolved = (Layer.make("conv2d", out_channels=4, kernel=3), Layer.make("relu"),
                 Layer.make("flatten"))
    assert input_shape(experiment.with_network(layers=convolved).validate().network,
                       experiment.data).dims == (1, 8, 8)


def test_session_feeds_pixels_and_scores_labelled_examples_only():
    experiment = Experiment(digits(labels=30), NetworkSettings(
        features=("x1",), hidden=(16,), activations=("tanh",))).with_training(device="cpu")
    session = TrainingSession(experiment)
    assert not session.points_2d and session.phase_message() is None
    assert session.x_train.shape == (30, 64) and session.x_test.shape == (539, 64)
    assert session.x_unlabelled.shape == (1228, 64)
    assert session.model(session.x_test).shape == (539, 10)
    # measure(): train metrics over the 30 labelled examples, test over all 539.
    with torch.no_grad():
        raw = session.model(session.x_train).double()
        reference = torch.nn.functional.cross_entropy(raw, session.y_train.long())
    train_loss, _, train_acc, test_acc = session.measure()
    assert train_loss == pytest.approx(float(reference), rel=1e-5)
    assert train_acc * 30 == pytest.approx(round(train_acc * 30))
    assert test_acc * 539 == pytest.approx(round(test_acc * 539), abs=1e-6)
    for _ in range(3):
        assert session.step()
    assert session.step_count == 3


def test_digits_enlarged_to_28_pixels_are_bilinear_and_fit_lenet():
    """The issue's "resized for the net": the same digits at 28×28, so MNIST-sized nets
    such as LeNet (5×5 kernels, two poolings) fit them."""
    import torch.nn.functional as F

    from engine.data.images import resample
    from engine.shared.layers.templates import TEMPLATES

    small = load_digits()[0][:20].astype(np.float32) / 16
    reference = F.interpolate(torch.from_numpy(small)[:, None], size=(28, 28),
                              mode="bilinear", align_corners=False)[:, 0].numpy()
    np.testing.assert_allclose(resample(small, 28, 28), reference, atol=1e-6)
    settings = DataSettings(dataset="digits-28", n_points=300, train_ratio=0.5)
    data = make_dataset(settings)
    assert data.image_shape == (28, 28) and data.x_train.shape == (150, 784)
    plain = make_dataset(DataSettings(dataset="digits", n_points=300, train_ratio=0.5))
    np.testing.assert_array_equal(data.y_test, plain.y_test)  # the same images, enlarged
    experiment = Experiment(settings).with_network(layers=TEMPLATES["lenet"].stack)
    assert input_shape(experiment.validate().network, settings).dims == (1, 28, 28)
