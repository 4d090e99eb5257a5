"""Confusion matrix and the misclassified test images, plus histograms of every layer's
activations and of the loss's gradient with respect to them (on a batch of training
images), to see dead or saturated layers and vanishing gradients.

Options: ``gallery`` (misclassified images kept, default 36), ``bins`` (histogram bins,
default 40), ``batch`` (training images for the histograms, default 256). Both the test
images and the batch are capped by a pixel budget, so 28×28 images cost what the digits
do; the result is reused while the weights have not changed (a paused run).
"""

from __future__ import annotations

import numpy as np
import torch

from engine.probes.conv_stack import (
    MAX_TEST,
    StepCache,
    images_within,
    labels_of,
    measuring,
    probabilities,
    require_classes,
    require_image_stack,
    to_numpy,
)
from engine.shared.messages import message
from engine.shared.probe_registry import implements
from engine.shared.results.convnet import ConfusionData, Histogram

GALLERY = 36
BINS = 40
BATCH = 256
TOP = 3
#: Pixels measured per snapshot: all 539 test digits (8×8), about 300 images of 28×28.
TEST_PIXELS = 250_000
#: Pixels of the histograms' training batch (forward and backward).
BATCH_PIXELS = 64 * 1024

_cache = StepCache()


@implements("confusion")
def confusion_probe(session, options: dict) -> ConfusionData:
    what = message("probe.confusion_view")
    model = require_image_stack(session, what)
    require_classes(session, what)
    key = _cache.key(session, options)
    cached = _cache.get(key)
    if cached is None:
        cached = _measure(session, model, options)
        _cache.put(key, cached)
    return cached


def _measure(session, model, options: dict) -> ConfusionData:
    gallery = int(options.get("gallery", GALLERY))
    bins = max(2, int(options.get("bins", BINS)))
    batch = min(max(1, int(options.get("batch", BATCH))),
                images_within(session, BATCH_PIXELS, BATCH))
    k = session.objective.n_classes
    n_test = images_within(session, TEST_PIXELS, MAX_TEST)
    x, y = session.x_test[:n_test], session.y_test[:n_test]
    with measuring(model):
        with torch.no_grad():
            probs = to_numpy(probabilities(session.objective, model(x))) if len(x) \
                else np.zeros((0, k), np.float32)
        activations, gradients = _histograms(session, model, batch, bins)
    truth = to_numpy(y).astype(np.int64)
    predicted = probs.argmax(axis=1) if len(probs) else np.zeros(0, np.int64)
    matrix = confusion_matrix(truth, predicted, k)
    wrong = np.flatnonzero(predicted != truth)
    # The most confidently wrong first: those say most about what the net confuses.
    wrong = wrong[np.argsort(-probs[wrong, predicted[wrong]], kind="stable")][:gallery]
    top = np.argsort(-probs[wrong], axis=1, kind="stable")[:, :min(TOP, k)]
    images = to_numpy(x[torch.as_tensor(wrong, dtype=torch.long, device=x.device)])
    return ConfusionData(
        classes=k, matrix=matrix, n_test=len(truth),
        accuracy=float(np.trace(matrix) / max(len(truth), 1)),
        images=images[:, 0] if images.ndim == 4 else images.reshape(len(wrong), 0, 0),
        indices=wrong.astype(np.int64), true_classes=truth[wrong],
        top_classes=top.astype(np.int64),
        top_probabilities=np.take_along_axis(probs[wrong], top, axis=1).astype(np.float32),
        n_wrong=int((predicted != truth).sum()),
        activations=activations, gradients=gradients, step=int(session.step_count))


def confusion_matrix(truth: np.ndarray, predicted: np.ndarray, k: int) -> np.ndarray:
    """(K, K) counts: row = true class, column = predicted class."""
    return np.bincount(truth * k + predicted, minlength=k * k).reshape(k, k).astype(np.int64)


def histogram(label: str, values: np.ndarray, bins: int) -> Histogram:
    """``bins`` equal bins from the smallest to the largest value (every value counted)."""
    values = values.ravel()
    if values.size == 0:
        low, high = 0.0, 1.0
    else:
        low, high = float(values.min()), float(values.max())
    if high <= low:
        low, high = low - 0.5, high + 0.5  # one value: a bin around it
    counts, edges = np.histogram(values, bins=bins, range=(low, high))
    return Histogram(label=label, counts=counts.astype(np.int64),
                     edges=edges.astype(np.float32))


def _histograms(session, model, batch: int, bins: int):
    """Per layer (and the head): its output values, and dE/d(output) on a training batch.
    torch.autograd.grad leaves the parameters' .grad as training left it."""
    x, y = session.x_train[:batch], session.y_train[:batch]
    if len(x) == 0:
        return (), ()
    with torch.enable_grad():
        outputs = model.layer_outputs(x)
        raw = outputs[-1] if model.head is not None else model(x)
        loss = session.objective.loss_of(raw, y)
        wanted = [out for out in outputs if out.requires_grad]
        grads = iter(torch.autograd.grad(loss, wanted, allow_unused=True))
    names = labels_of(model, outputs)
    activations, gradients = [], []
    for (label, _), out in zip(names, outputs):
        grad = next(grads) if out.requires_grad else None
        activations.append(histogram(label, to_numpy(out), bins))
        values = to_numpy(grad) if grad is not None else np.zeros(out.shape, np.float32)
        gradients.append(histogram(label, values, bins))
    return tuple(activations), tuple(gradients)
