"""The loss landscape inside the training loop: record the path, compute the grid a
slice at a time between steps, project the path and the current weights onto the plane.

The runner never blocks training for long: each snapshot interval it spends at most
``budget`` seconds on the grid, so a 51x51 landscape fills in over a few frames while the
model keeps learning, with the progress in every snapshot.
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np
import torch

from engine.models.saved_weights import saved_parameters
from engine.probes.curvature import (
    DEFAULT_STEPS,
    EXACT_LIMIT,
    hessian_extremes,
    hessian_vector_product,
)
from engine.probes.directions import (
    flatten,
    line_between,
    parameters_of,
    pca_directions,
    random_direction,
    unflatten,
)
from engine.probes.landscape import LandscapeJob, project_trajectory
from engine.shared.experiment_file import ExperimentFileError
from engine.shared.landscape_settings import LandscapeSettings
from engine.shared.messages import Message, error_message, message
from engine.shared.snapshot import LandscapeData

MAX_PATH = 400


#: Input numbers the landscape's losses read per grid point, and the curvature's: every
#: 2-D point of the playground, a few hundred 28×28 images.
EVALUATION_VALUES = 200_000
CURVATURE_VALUES = 50_000
#: Parameters above which the curvature uses fewer, float32 Lanczos steps.
BIG_MODEL = 20_000
#: Seconds one grid point's forward pass may take, and the whole curvature: training
#: waits for them. Recurrent models cost far more per input number than the rest (a
#: character LSTM: 0.45 s a point on 3,125 sequences, 34 s for the curvature), so their
#: subsets are cut to what fits, timed on a few examples.
POINT_SECONDS = 0.02
CURVATURE_SECONDS = 0.4
TIMED_EXAMPLES = 16

class LandscapeRunner:
    def __init__(self, settings: LandscapeSettings | None = None) -> None:
        self.settings = (settings or LandscapeSettings()).validated()
        self.clear()

    def clear(self) -> None:
        """Forget the path and the grid (after a reset or a new model)."""
        self.path: list[torch.Tensor] = []
        self.job: LandscapeJob | None = None
        self.plane = None
        self.losses: np.ndarray | None = None
        self.accuracies: np.ndarray | None = None
        self.examples: tuple[int, int] | None = None
        self.progress = 0.0
        self.requested = True
        self.last_started = -1e9
        self.message: Message | None = None

    def configure(self, **changes) -> None:
        """New settings: a grid under way is dropped (it answers the old ones) and a new
        one starts at the next chance."""
        self.settings = dataclasses.replace(self.settings, **changes).validated()
        self.job = None
        self.requested = True

    def request(self) -> None:
        self.requested = True

    # -- the path ------------------------------------------------------------------------
    def record(self, model: torch.nn.Module) -> None:
        """Keep the current weights as a point of the path (halved when long)."""
        flat = _flat_weights(model).to(torch.float32)
        if self.path and torch.equal(self.path[-1], flat):
            return
        self.path.append(flat)
        if len(self.path) > MAX_PATH:
            self.path = self.path[:1] + self.path[1::2]  # keep the start, thin the rest

    # -- the grid ------------------------------------------------------------------------
    def advance(self, session, step: int, clock=time.perf_counter) -> None:
        """Start a grid when asked or due, then compute for up to the budget."""
        s = self.settings
        due = s.every_seconds > 0 and clock() - self.last_started >= s.every_seconds
        if (self.job is None and s.directions == "pca" and len(self.path) < 3
                and not self.plane):
            return  # PCA needs a path: wait for a few snapshots of training
        if self.job is None and (self.requested or due):
            self.requested = False
            self.last_started = clock()
            self._start(session, step)
        if self.job is not None:
            self.progress = self.job.step(s.budget)
            self.losses = self.job.preview().astype(np.float32)
            _, accuracies = self.job.partial()
            self.accuracies = None if accuracies is None else accuracies.astype(np.float32)
            if self.job.done:
                self.job = None

    def _start(self, session, step: int) -> None:
        s, model = self.settings, session.model
        params = parameters_of(model)
        explained = None
        one_d = s.one_d
        kind = s.directions  # what the plane really is (random when a choice fell back)
        if s.directions == "pca" and len(self.path) >= 3:
            d1, d2, explained = pca_directions(torch.stack(self.path), like=params)
            self.message = None
        elif s.directions == "line" and len(self.path) >= 2:
            start = unflatten(self.path[0], params)
            center, d1 = line_between(start, params)
            params, d2, one_d = center, None, True
        elif s.directions == "files" and (ends := self._file_weights(model)) is not None:
            center, d1 = line_between(*ends)
            params, d2, one_d = center, None, True
        else:
            if s.directions in ("pca", "line"):
                self.message = message("landscape.path_too_short", directions=s.directions)
            kind = "random"
            d1 = random_direction(model, seed=1, norm=s.norm, bias=s.bias)
            d2 = random_direction(model, seed=2, norm=s.norm, bias=s.bias)
        if kind in ("line", "files"):
            alphas = np.linspace(-s.span, 1.0 + s.span, s.resolution)
        else:
            alphas = np.linspace(-s.span, s.span, s.resolution)
        betas = np.array([0.0]) if one_d else np.linspace(-s.span, s.span, s.resolution)
        if explained is not None:
            # PCA directions are unit vectors in raw weight units: size the plane to the
            # path (± span times its reach along each direction), as Li et al. do.
            reach_a, reach_b = self._path_reach(params, d1, d2)
            alphas = np.linspace(-s.span * reach_a, s.span * reach_a, s.resolution)
            if not one_d:
                betas = np.linspace(-s.span * reach_b, s.span * reach_b, s.resolution)
        if d2 is None or one_d:
            d2 = [torch.zeros_like(p) for p in params]
        x, y = evaluation_subset(session.x_train, session.y_train, EVALUATION_VALUES)
        x, y = affordable(x, y, lambda k: _forward_seconds(session.model, x[:k]),
                          POINT_SECONDS)
        self.examples = (int(x.shape[0]), int(session.x_train.shape[0]))
        session.model.eval()
        try:
            self.job = LandscapeJob(model, session.objective, x, y, params, d1,
                                    None if one_d else d2, alphas, betas)
        finally:
            session.model.train()
        self.curvature = _curvature(session)
        self.plane = (params, d1, d2, alphas, betas, step, explained, kind)
        self.progress = 0.0
        self.losses = np.full((len(betas), len(alphas)), np.nan, np.float32)
        self.accuracies = None

    def _file_weights(self, model):
        """(start, end) weights from the two files, or None with a message why not."""
        try:
            return tuple(saved_parameters(path, model) for path in self.settings.files)
        except ExperimentFileError as exc:
            self.message = message("landscape.no_line_between_files", problem=error_message(exc))
            return None

    def _path_reach(self, center, d1, d2) -> tuple[float, float]:
        coords = np.abs(project_trajectory(torch.stack(self.path), center, d1, d2))
        reach_a = max(float(coords[:, 0].max()) * 1.1, 1e-3)
        # The second direction often explains little: keep the plane at least a quarter
        # as wide that way, so the picture still shows the valley's walls.
        reach_b = max(float(coords[:, 1].max()) * 1.1, 0.25 * reach_a)
        return reach_a, reach_b

    # -- what the views get -----------------------------------------------------------------
    def data(self, model: torch.nn.Module) -> LandscapeData | None:
        if self.plane is None or self.losses is None:
            return None
        center, d1, d2, alphas, betas, step, explained, kind = self.plane
        current = _flat_weights(model)
        points = torch.stack([*self.path, current]) if self.path else current[None]
        if len(betas) == 1:
            coords = _project_line(points, center, d1)
        else:
            coords = project_trajectory(points, center, d1, d2)
        curvature, label = self.curvature if self.curvature else (None, None)
        return LandscapeData(
            directions=kind, alphas=np.asarray(alphas, np.float32),
            betas=np.asarray(betas, np.float32), losses=self.losses,
            progress=float(self.progress), trajectory=np.ascontiguousarray(
                coords[:-1], np.float32), current=np.asarray(coords[-1], np.float32),
            center_step=step, explained_variance=explained,
            curvature=curvature, curvature_label=label, accuracies=self.accuracies,
            examples=self.examples)


def _flat_weights(model: torch.nn.Module) -> torch.Tensor:
    """The model's weights now, as one flat CPU vector (a copy)."""
    return flatten(parameters_of(model)).cpu()


def _project_line(points: torch.Tensor, center, direction) -> np.ndarray:
    c = flatten([t.detach() for t in center]).cpu().double()
    d = flatten([t.detach() for t in direction]).cpu().double()
    alpha = (points.double() - c) @ d / max(float(d @ d), 1e-30)
    return torch.stack([alpha, torch.zeros_like(alpha)], dim=1).numpy()


def evaluation_subset(x: torch.Tensor, y: torch.Tensor, values: int):
    """The first examples of (x, y) holding at most ``values`` input numbers: all of the
    playground's points, a few hundred 28×28 images (the losses are then those of the
    subset, and the view says on how many)."""
    per_example = max(1, x[0].numel()) if x.shape[0] else 1
    n = max(1, min(x.shape[0], values // per_example))
    return x[:n], y[:n]


def affordable(x: torch.Tensor, y: torch.Tensor, seconds_for, budget: float,
               least: int = TIMED_EXAMPLES):
    """The first examples of (x, y) that fit the time budget, at least ``least``:
    ``seconds_for(k)`` is what the first k examples cost, timed on a few; the cost is
    taken to grow with k (a fixed overhead makes the estimate err on the small side)."""
    k = min(x.shape[0], TIMED_EXAMPLES)
    if k == 0:
        return x, y
    n = max(min(least, k), int(k * budget / max(seconds_for(k), 1e-9)))
    return x[:n], y[:n]


def _seconds(run, device: torch.device) -> float:
    """Seconds of ``run()`` on ``device``, after one call to warm it up."""
    run()  # the first call may allocate or choose kernels
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    start = time.perf_counter()
    run()
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    return time.perf_counter() - start


def _forward_seconds(model: torch.nn.Module, x: torch.Tensor) -> float:
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            return _seconds(lambda: model(x), x.device)
    finally:
        model.train(was_training)


def _curvature(session):
    """((largest, smallest) Hessian eigenvalue, "minimum" / "saddle (k negative
    directions)") of the training loss at the current weights; None without data.

    A Hessian-vector product costs a double backward pass: on a ConvNet over the whole
    training set 48 of them took 100 s. Big inputs use a subset, big models 24 Lanczos
    steps in float32 (about 0.25 s for the 28×28 shapes' ConvNet), and the subset is cut
    further to what fits ``CURVATURE_SECONDS`` (timed on a few examples)."""
    if session.x_train.shape[0] == 0:
        return None
    x, y = evaluation_subset(session.x_train, session.y_train, CURVATURE_VALUES)
    n = sum(p.numel() for p in session.model.parameters())
    big = n > BIG_MODEL
    dtype = torch.float32 if big else torch.float64
    steps = n if n <= EXACT_LIMIT else 24 if big else DEFAULT_STEPS

    def seconds_for(k: int) -> float:
        hvp, size = hessian_vector_product(session.model, session.objective, x[:k], y[:k],
                                           dtype=dtype)
        v = torch.ones(size, dtype=dtype, device=x.device)
        return steps * _seconds(lambda: hvp(v), x.device)
    x, y = affordable(x, y, seconds_for, CURVATURE_SECONDS, least=1)
    curvature = hessian_extremes(session.model, session.objective, x, y, steps=steps,
                                 dtype=dtype)
    return (curvature.max_eig, curvature.min_eig), curvature.label
