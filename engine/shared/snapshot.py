"""The Snapshot: one frozen picture of training, holding only numpy arrays and numbers.

Snapshots are what crosses from the training loop to the views. Arrays are copies made
at a throttle point (``.detach().to('cpu', copy=True)``), never views of live tensors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.shared.experiment import Experiment
from engine.shared.messages import Message
from engine.shared.results.caption import CaptionMetrics
from engine.shared.results.translation import TranslationMetrics
from engine.shared.results.words import WordMetrics


@dataclass(frozen=True)
class History:
    """Loss and accuracy at every snapshot so far (downsampled when long)."""
    steps: np.ndarray
    train_loss: np.ndarray
    test_loss: np.ndarray
    train_accuracy: np.ndarray  # NaN where accuracy does not apply (regression)
    test_accuracy: np.ndarray


@dataclass(frozen=True)
class PointsSample:
    """The data as the views draw it. ``version`` changes whenever the points change.
    Images (data that are not 2-D points) come as the first 64 of each split."""
    version: int
    x_train: np.ndarray  # (N, 2) float32
    y_train: np.ndarray  # (N,) float32: class index or regression value
    x_test: np.ndarray
    y_test: np.ndarray


@dataclass(frozen=True)
class LandscapeData:
    """The loss over a plane (or line) through weight space, and the path on it.

    The plane is centred on the weights at ``center_step``: point (a, b) is
    ``center + a * d1 + b * d2``. Rows of ``losses`` follow ``betas``, columns ``alphas``.
    """
    #: "random" (filter-normalised), "pca" (of the trajectory) or "line" (start -> now).
    directions: str
    alphas: np.ndarray          # (A,)
    betas: np.ndarray           # (B,); a single 0.0 for a 1-D line
    losses: np.ndarray          # (B, A) float32, NaN where not computed yet
    progress: float             # 0..1 of the grid computed
    trajectory: np.ndarray      # (n, 2): every recorded step projected on the plane
    current: np.ndarray         # (2,): the weights now, projected
    center_step: int
    #: Share of the trajectory's variance along d1, d2 (PCA directions only).
    explained_variance: tuple[float, float] | None = None
    #: Largest and smallest Hessian eigenvalue at the centre, and what they mean.
    curvature: tuple[float, float] | None = None
    curvature_label: str | None = None
    #: Training accuracy on the same grid (classification only), NaN where not computed.
    accuracies: np.ndarray | None = None
    #: (examples the losses are on, training examples): a subset for big inputs.
    examples: tuple[int, int] | None = None


@dataclass(frozen=True)
class RunData:
    """One run of a comparison (engine.trainer.compare_runs), as the compare view draws it."""
    label: str
    label_ko: str
    value: Any                  # the varied setting's value in this run
    step: int
    history: History
    train_loss: float
    test_loss: float
    train_accuracy: float       # NaN for regression
    test_accuracy: float
    #: ‖∂E/∂W‖ per weight matrix, input side first.
    grad_norms: np.ndarray
    #: Why the run sits out (diverged), or its phase (pre-training); None when training.
    status: Message | None = None


@dataclass(frozen=True)
class CompareData:
    vary: str                   # the varied setting: "activation", "training.seed", ...
    setting: str                # its English name
    runs: tuple[RunData, ...]


@dataclass(frozen=True)
class Reply:
    """The outcome of a file command (save, open, export), sent once and never dropped."""
    action: str                  # "save", "open", "restore" or "export"
    ok: bool
    message: Message             # what happened, or what went wrong and what to do
    paths: tuple[str, ...] = ()  # the files written (save, export) or read (open)
    step: int | None = None      # the step a run opened or restored at


@dataclass(frozen=True)
class Snapshot:
    step: int
    epoch: float
    #: True while training runs; False when paused (by a person, a step, or divergence).
    running: bool
    #: Device that trains, e.g. "cpu" or "cuda (NVIDIA H100)".
    device: str
    #: "classification" or "regression"; ``n_classes`` is 1 for regression.
    problem: str
    n_classes: int
    train_loss: float
    test_loss: float
    train_accuracy: float | None
    test_accuracy: float | None
    #: Training steps per second since the previous snapshot.
    steps_per_second: float
    history: History
    points: PointsSample
    experiment: Experiment
    #: Half-width of the square the grids cover: [-extent, extent]^2.
    extent: float
    #: Network output on a grid, row-major with row 0 at x2 = -extent: (G, G) for binary
    #: (probability of class 1) and regression (value); (G, G, K) class probabilities.
    boundary: np.ndarray | None = None
    #: Per layer (inputs, hidden layers..., output): (units, g, g) outputs on a coarse grid.
    neuron_maps: tuple[np.ndarray, ...] | None = None
    #: Per Linear layer: weights (out, in) and biases (out,).
    weights: tuple[np.ndarray, ...] | None = None
    biases: tuple[np.ndarray, ...] | None = None
    #: Something a person should read: divergence, empty data, a rejected setting.
    message: Message | None = None
    #: The loss landscape, when a view asked for it (probe "landscape").
    landscape: LandscapeData | None = None
    #: The outcome of a save, open or export command handled since the last snapshot.
    reply: Reply | None = None
    #: Every run of a comparison (probe "compare"), run 1 being the one shown elsewhere.
    compare: CompareData | None = None
    #: Results of the demo views' probes (engine/shared/probe_registry.py), by probe name.
    live: dict[str, Any] = field(default_factory=dict)
    #: Why a probe a view asked for did not run (it does not apply to this run), by name:
    #: the view says it in place, no banner.
    live_problems: dict[str, Message] = field(default_factory=dict)
    #: A command was refused (its message says why): ``experiment`` is what is in force.
    refused: bool = False
    #: (train, test examples measured, train, test examples there are) when the metrics
    #: read a sample of big data; None when they read everything.
    measured_on: tuple[int, int, int, int] | None = None
    #: Word data: held-out perplexities and the neighbour share over the run.
    words: WordMetrics | None = None
    #: Word data: corpus tokens trained on per second (steps/s times the tokens a
    #: batch stands for); None for other data.
    tokens_per_second: float | None = None
    #: Translation data: each translator's held-out sentence accuracy over the run and
    #: by sentence length.
    translation: TranslationMetrics | None = None
    #: Captioned scenes: each captioner's held-out exact match and BLEU-4 over the run,
    #: and its three-object exact match and attention on objects now; None for other
    #: data.
    captions: CaptionMetrics | None = None
