"""The ConvNet probes (feature maps, filters, pooling, confusion) against independent
computations: a plain forward pass through the stack's modules, the conv weights, numpy
shifts and norms in float64, a numpy count of predictions, and the loss gradient written
out by hand."""

from __future__ import annotations

import pickle
from types import SimpleNamespace

import numpy as np
import pytest
import torch

from engine.models.objective import Objective
from engine.models.stack import build
from engine.probes.confusion import confusion_probe
from engine.probes.feature_maps import feature_maps_probe
from engine.probes.filters import filters_probe
from engine.probes.pooling import pooling_probe
from engine.shared.experiment import Experiment
from engine.shared.layers.layer import Layer
from engine.shared.layers.shape import Shape
from engine.trainer.session import TrainingSession

CONVNET = (Layer.make("conv2d", out_channels=4, kernel=3, padding=1), Layer.make("relu"),
           Layer.make("maxpool2d", kernel=2), Layer.make("conv2d", out_channels=6, kernel=3),
           Layer.make("relu"), Layer.make("flatten"), Layer.make("linear", out_features=16),
           Layer.make("relu"))


def digits_experiment(**network) -> Experiment:
    experiment = Experiment.from_dict({
        "data": {"dataset": "digits", "n_points": 1797, "train_ratio": 0.7},
        "training": {"optimizer": "adam", "learning_rate": 0.01}})
    return experiment.with_network(**(network or {"layers": CONVNET}))


@pytest.fixture(scope="module")
def session() -> TrainingSession:
    s = TrainingSession(digits_experiment())
    for _ in range(60):
        s.step()
    return s


def plain_forward(model, x: torch.Tensor) -> list[np.ndarray]:
    """Every module's output in stack order, then the head's, in float64."""
    model = model.double().eval()
    outputs, x = [], x.double()
    with torch.no_grad():
        for module in model.layers:
            x = module(x)
            outputs.append(x.numpy().copy())
        outputs.append(model.head(x).numpy().copy())
    return outputs


def float64_copy(model):
    clone = pickle.loads(pickle.dumps(model))
    return clone


def test_feature_maps_are_the_layer_outputs_of_a_plain_forward_pass(session):
    data = feature_maps_probe(session, {"index": 5})
    expected = plain_forward(float64_copy(session.model), session.x_test[5:6].cpu())
    assert data.source == "test" and data.index == 5 and data.n_test == 539
    assert data.true_class == int(session.y_test[5])
    np.testing.assert_array_equal(data.image, session.x_test[5].cpu().numpy())
    assert [layer.kind for layer in data.layers] == [layer.kind for layer in CONVNET]
    assert [layer.label for layer in data.layers][:4] == [
        "1 Conv2d 4×8×8", "2 ReLU 4×8×8", "3 MaxPool2d 4×4×4", "4 Conv2d 6×2×2"]
    for layer, want in zip(data.layers, expected):
        assert layer.spatial == (want.ndim == 4)
        np.testing.assert_allclose(layer.values.ravel(), want[0].ravel(), rtol=1e-4,
                                   atol=1e-5)
    logits = expected[-1][0]
    probabilities = np.exp(logits - logits.max()) / np.exp(logits - logits.max()).sum()
    np.testing.assert_allclose(data.scores, logits, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(data.probabilities, probabilities, atol=1e-5)
    assert data.predicted == int(np.argmax(logits))


def test_a_drawn_image_goes_through_the_net_and_a_misfit_falls_back(session):
    rng = np.random.default_rng(0)
    drawn = rng.random(64).astype(np.float32)
    data = feature_maps_probe(session, {"image": drawn.tolist()})
    assert data.source == "drawn" and data.index == -1 and data.true_class == -1
    np.testing.assert_allclose(data.image, drawn.reshape(1, 8, 8))
    expected = plain_forward(float64_copy(session.model), torch.from_numpy(drawn.reshape(
        1, 1, 8, 8)))
    np.testing.assert_allclose(data.scores, expected[-1][0], rtol=1e-4, atol=1e-5)
    # An image drawn for 28×28 data does not fit 8×8 digits: the test image is shown.
    stale = feature_maps_probe(session, {"image": [0.5] * 784, "index": 3})
    assert stale.source == "test" and stale.index == 3


def test_colour_scaling_per_map_layer_and_network(session):
    by = {s: feature_maps_probe(session, {"index": 0, "scaling": s})
          for s in ("map", "layer", "global")}
    maxima = [np.abs(layer.values).reshape(layer.values.shape[0], -1).max(axis=1)
              for layer in by["map"].layers]
    top = max(m.max() for m in maxima)
    for k, m in enumerate(maxima):
        np.testing.assert_allclose(by["map"].layers[k].scale, m)
        np.testing.assert_allclose(by["layer"].layers[k].scale, np.full_like(m, m.max()))
        np.testing.assert_allclose(by["global"].layers[k].scale, np.full_like(m, top))
    # Drawn in [0, 1], zero at 0.5, each map's largest |value| at an end under "map".
    conv = by["map"].layers[0]
    picture = conv.scaled()
    assert picture.min() >= 0.0 and picture.max() <= 1.0
    zero = conv.values == 0
    np.testing.assert_allclose(picture[zero], 0.5)
    for c in range(picture.shape[0]):
        extreme = np.abs(picture[c] - 0.5).max()
        assert extreme == pytest.approx(0.5) or conv.scale[c] == 0
    with pytest.raises(ValueError, match="scaling"):
        feature_maps_probe(session, {"scaling": "loud"})


def test_filters_are_the_conv_weights(session):
    data = filters_probe(session, {})
    convs = [m for m in session.model.layers if isinstance(m, torch.nn.Conv2d)]
    assert len(data.layers) == 2
    assert data.layers[0].label == "1 Conv2d 1→4, 3×3"
    assert data.layers[1].label == "4 Conv2d 4→6, 3×3"
    for kernels, conv in zip(data.layers, convs):
        np.testing.assert_array_equal(kernels.weights, conv.weight.detach().numpy())
        np.testing.assert_array_equal(kernels.bias, conv.bias.detach().numpy())
        assert kernels.scale == pytest.approx(float(conv.weight.detach().abs().max()))


def numpy_shift(images: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """Independent of the probe: roll, then blank what wrapped around."""
    out = np.roll(images, (dy, dx), axis=(-2, -1))
    if dy > 0:
        out[..., :dy, :] = 0
    elif dy < 0:
        out[..., dy:, :] = 0
    if dx > 0:
        out[..., :, :dx] = 0
    elif dx < 0:
        out[..., :, dx:] = 0
    return out


@pytest.mark.parametrize("dx, dy", [(1, 0), (-2, 1)])
def test_pooling_changes_match_an_independent_computation(session, dx, dy):
    data = pooling_probe(session, {"dx": dx, "dy": dy, "count": 50})
    images = session.x_test[:50].cpu().numpy().astype(np.float64)
    shifted = numpy_shift(images, dx, dy)
    model = float64_copy(session.model)
    before = plain_forward(model, torch.from_numpy(images))
    after = plain_forward(model, torch.from_numpy(shifted))
    want = [np.linalg.norm(a - b) / np.linalg.norm(a) for a, b in zip(before, after)]
    np.testing.assert_allclose(data.change, want, rtol=1e-4)
    assert data.input_change == pytest.approx(
        np.linalg.norm(images - shifted) / np.linalg.norm(images), rel=1e-6)
    np.testing.assert_allclose(data.shifted, shifted[0], atol=1e-7)
    assert list(data.pooled) == [k == "maxpool2d" for k in data.kinds]
    flips = (before[-1].argmax(1) != after[-1].argmax(1)).mean()
    assert data.flipped == pytest.approx(flips)
    # Pooling changes less than the ReLU maps it summarises.
    assert data.change[2] < data.change[1]


def test_confusion_matrix_gallery_and_histograms(session):
    grads_before = [p.grad.clone() for p in session.model.parameters()]
    data = confusion_probe(session, {"gallery": 10, "bins": 25, "batch": 100})
    model = float64_copy(session.model)
    logits = plain_forward(model, session.x_test.cpu())[-1]
    predicted = logits.argmax(1)
    truth = session.y_test.cpu().numpy().astype(int)
    matrix = np.zeros((10, 10), int)
    for t, p in zip(truth, predicted):
        matrix[t, p] += 1
    np.testing.assert_array_equal(data.matrix, matrix)
    assert data.accuracy == pytest.approx((predicted == truth).mean())
    wrong = np.flatnonzero(predicted != truth)
    assert data.n_wrong == len(wrong) and len(data.indices) == min(10, len(wrong))
    assert set(data.indices) <= set(wrong)
    assert list(data.true_classes) == list(truth[data.indices])
    assert list(data.top_classes[:, 0]) == list(predicted[data.indices])
    confidence = data.top_probabilities[:, 0]
    assert np.all(np.diff(confidence) <= 1e-7)  # most confident mistakes first
    np.testing.assert_array_equal(data.images, session.x_test[data.indices, 0].numpy())
    # Histograms: every value of every layer counted once, 25 bins.
    outputs = plain_forward(model, session.x_train[:100].cpu())
    assert len(data.activations) == len(outputs) == len(data.gradients)
    for hist, out in zip(data.activations, outputs):
        assert hist.counts.sum() == out.size and len(hist.counts) == 25
        assert hist.edges[0] == pytest.approx(out.min(), abs=1e-4)
        assert hist.edges[-1] == pytest.approx(out.max(), abs=1e-4)
    # The head's gradient of the mean cross-entropy is (softmax - onehot) / N.
    head = outputs[-1]
    soft = np.exp(head - head.max(1, keepdims=True))
    soft /= soft.sum(1, keepdims=True)
    onehot = np.eye(10)[session.y_train[:100].numpy().astype(int)]
    grad = (soft - onehot) / 100
    counts, _ = np.histogram(grad, bins=data.gradients[-1].edges.astype(np.float64))
    assert data.gradients[-1].counts.sum() == grad.size
    assert np.abs(counts - data.gradients[-1].counts).sum() <= 2  # float32 edge ties
    # Measuring leaves the parameters' gradients and the training mode alone.
    assert session.model.training
    for before, p in zip(grads_before, session.model.parameters()):
        assert torch.equal(before, p.grad)


def test_probes_survive_a_trip_to_another_process(session):
    for probe in (feature_maps_probe, filters_probe, pooling_probe, confusion_probe):
        data = probe(session, {})
        assert pickle.loads(pickle.dumps(data)) is not None
        assert type(data).__module__ == "engine.shared.results.convnet"


def test_networks_without_images_or_convolutions_get_a_sentence():
    perceptron = TrainingSession(digits_experiment(hidden=(16,), activations=("relu",),
                                                   layers=()))
    for probe in (feature_maps_probe, filters_probe, pooling_probe, confusion_probe):
        with pytest.raises(ValueError, match="Layers tab"):
            probe(perceptron, {})
    points = TrainingSession(Experiment.from_dict({"data": {"dataset": "circle"}}))
    with pytest.raises(ValueError, match="2-D points"):
        feature_maps_probe(points, {})
    flat = TrainingSession(digits_experiment(layers=(
        Layer.make("flatten"), Layer.make("linear", out_features=8), Layer.make("relu"))))
    with pytest.raises(ValueError, match="this network has none"):
        filters_probe(flat, {})
    assert len(feature_maps_probe(flat, {}).layers) == 3  # maps still make sense


def lenet_session(size: int = 28, n: int = 300) -> SimpleNamespace:
    """A LeNet-like stack on 1×size×size random images, without a dataset: the probes
    know nothing of the digits' 8×8."""
    torch.manual_seed(0)
    stack = (Layer.make("conv2d", out_channels=6, kernel=5, padding=2), Layer.make("relu"),
             Layer.make("maxpool2d", kernel=2), Layer.make("conv2d", out_channels=16,
                                                           kernel=5),
             Layer.make("relu"), Layer.make("maxpool2d", kernel=2), Layer.make("flatten"),
             Layer.make("linear", out_features=84), Layer.make("relu"))
    model = build(stack, Shape.image(1, size, size), 3)
    x = torch.rand(n, 1, size, size)
    y = torch.randint(0, 3, (n,)).float()
    return SimpleNamespace(
        model=model, dataset=SimpleNamespace(points_2d=False, image_shape=(size, size),
                                             sequence=None, class_names=()),
        x_test=x, y_test=y, x_train=x, y_train=y, device=torch.device("cpu"),
        objective=Objective.resolve("classification", 3, "ce"), step_count=0, data_version=0)


def test_probes_work_on_28_by_28_images_with_three_classes():
    s = lenet_session()
    maps = feature_maps_probe(s, {"index": 2, "image": None})
    assert maps.image.shape == (1, 28, 28) and maps.layers[0].values.shape == (6, 28, 28)
    assert maps.probabilities.shape == (3,)
    drawn = feature_maps_probe(s, {"image": [0.0] * 784})
    assert drawn.source == "drawn"
    assert filters_probe(s, {}).layers[1].weights.shape == (16, 6, 5, 5)
    pooling = pooling_probe(s, {"dx": 2, "dy": 2})
    assert pooling.image.shape == (1, 28, 28) and len(pooling.change) == 10
    confusion = confusion_probe(s, {})
    assert confusion.matrix.sum() == 300 and confusion.images.shape[1:] == (28, 28)
