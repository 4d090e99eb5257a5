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
from engine.probes.directions import (
    flatten,
    line_between,
    parameters_of,
    pca_directions,
    random_direction,
    unflatten,
)
from engine.probes.landscape import LandscapeJob, project_trajectory
from engine.probes.landscape_budget import (
    EVALUATION_VALUES,
    POINT_SECONDS,
    affordable,
    curvature_at,
    evaluation_subset,
    forward_seconds,
)
from engine.shared.experiment_file import ExperimentFileError
from engine.shared.landscape_settings import LandscapeSettings
from engine.shared.messages import Message, error_message, message
from engine.shared.snapshot import LandscapeData

MAX_PATH = 400
#: While the weights move, the next grid starts once this many times the last grid's
#: own cost (its points and curvature, not the training between its slices) has passed
#: since it was done: the landscape takes at most a tenth of the time, and the
#: playground's grid (~30 ms) follows the run within a second. Waiting ``every_seconds``
#: (5 s in the landscape demo) left it centred hundreds of steps behind.
ADAPTIVE_GAP = 9.0
#: Random planes widen to hold the path's projection, up to this many times their span.
MAX_WIDEN = 4.0



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
        #: Seconds of work the grid under way has cost so far; the last finished grid's
        #: cost, when it was done, the step it was centred on and what it showed.
        self.cost = 0.0
        self.last_cost: float | None = None
        self.finished_at = -1e9
        self.last_step = -1
        self.finished: tuple | None = None
        #: The curvature at the centre of the grid under way (None before the first).
        self.curvature = None
        self.message: Message | None = None

    def configure(self, **changes) -> None:
        """New settings: a grid under way is dropped (it answers the old ones) and a new
        one starts at the next chance."""
        self.settings = dataclasses.replace(self.settings, **changes).validated()
        self.job = None
        self.finished = None  # it answered the old settings
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
    def advance(self, session, step: int, clock=time.perf_counter,
                budget: float | None = None) -> None:
        """Start a grid when asked or due, then compute for up to ``budget`` seconds (the
        settings' while training)."""
        s = self.settings
        now = clock()
        # Never the same weights again unasked (a paused run would recompute its grid).
        moved = step != self.last_step
        follow = (self.last_cost is not None
                  and now - self.finished_at >= ADAPTIVE_GAP * self.last_cost)
        due = s.every_seconds > 0 and moved and (
            now - self.last_started >= s.every_seconds or follow)
        if (self.job is None and s.directions == "pca" and len(self.path) < 3
                and not self.plane):
            return  # PCA needs a path: wait for a few snapshots of training
        if self.job is None and (self.requested or due):
            self.requested = False
            self.last_started = now
            self._start(session, step)
            self.cost = clock() - now
        if self.job is not None:
            begun = clock()
            self.progress = self.job.step(s.budget if budget is None else budget)
            self.cost += clock() - begun
            self.losses = self.job.preview().astype(np.float32)
            _, accuracies = self.job.partial()
            self.accuracies = None if accuracies is None else accuracies.astype(np.float32)
            if self.job.done:
                self.job = None
                self.last_cost, self.finished_at = self.cost, clock()
                self.last_step = self.plane[5]
                self.finished = (self.plane, self.losses, self.accuracies, self.examples,
                                 self.curvature)

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
        if kind == "random" and len(self.path) >= 2:
            alphas, betas = self._widened(params, d1, d2, alphas, betas, one_d)
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
        x, y = affordable(x, y, lambda k: forward_seconds(session.model, x[:k]),
                          POINT_SECONDS)
        self.examples = (int(x.shape[0]), int(session.x_train.shape[0]))
        session.model.eval()
        try:
            self.job = LandscapeJob(model, session.objective, x, y, params, d1,
                                    None if one_d else d2, alphas, betas)
        finally:
            session.model.train()
        self.curvature = curvature_at(session)
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

    def _widened(self, center, d1, d2, alphas, betas, one_d: bool):
        """A random plane centred on the newest weights, widened (up to MAX_WIDEN times)
        so the path so far lies on it instead of running off its edge."""
        s = self.settings
        plane_d2 = [torch.zeros_like(p) for p in center] if one_d else d2
        coords = np.abs(project_trajectory(torch.stack(self.path), center, d1, plane_d2))
        reach_a = min(max(s.span, float(coords[:, 0].max()) * 1.1), MAX_WIDEN * s.span)
        alphas = np.linspace(-reach_a, reach_a, s.resolution)
        if not one_d:
            reach_b = min(max(s.span, float(coords[:, 1].max()) * 1.1), MAX_WIDEN * s.span)
            betas = np.linspace(-reach_b, reach_b, s.resolution)
        return alphas, betas

    def _path_reach(self, center, d1, d2) -> tuple[float, float]:
        coords = np.abs(project_trajectory(torch.stack(self.path), center, d1, d2))
        reach_a = max(float(coords[:, 0].max()) * 1.1, 1e-3)
        # The second direction often explains little: keep the plane at least a quarter
        # as wide that way, so the picture still shows the valley's walls.
        reach_b = max(float(coords[:, 1].max()) * 1.1, 0.25 * reach_a)
        return reach_a, reach_b

    # -- what the views get -----------------------------------------------------------------
    def data(self, model: torch.nn.Module) -> LandscapeData | None:
        """The landscape to draw. While the next grid of the same settings fills in, the
        last finished one is shown whole (a half-filled grid read as a flat loss, and
        grids following the run would flicker between their first slices)."""
        if self.job is not None and self.finished is not None:
            plane, losses, accuracies, examples, curvature = self.finished
            progress = 1.0
        else:
            plane, losses, accuracies, examples = (self.plane, self.losses, self.accuracies,
                                                   self.examples)
            curvature, progress = self.curvature, self.progress
        if plane is None or losses is None:
            return None
        center, d1, d2, alphas, betas, step, explained, kind = plane
        current = _flat_weights(model)
        points = torch.stack([*self.path, current]) if self.path else current[None]
        if len(betas) == 1:
            coords = _project_line(points, center, d1)
        else:
            coords = project_trajectory(points, center, d1, d2)
        curvature, label = curvature if curvature else (None, None)
        return LandscapeData(
            directions=kind, alphas=np.asarray(alphas, np.float32),
            betas=np.asarray(betas, np.float32), losses=losses,
            progress=float(progress), trajectory=np.ascontiguousarray(
                coords[:-1], np.float32), current=np.asarray(coords[-1], np.float32),
            center_step=step, explained_variance=explained,
            curvature=curvature, curvature_label=label, accuracies=accuracies,
            examples=examples)


def _flat_weights(model: torch.nn.Module) -> torch.Tensor:
    """The model's weights now, as one flat CPU vector (a copy)."""
    return flatten(parameters_of(model)).cpu()


def _project_line(points: torch.Tensor, center, direction) -> np.ndarray:
    c = flatten([t.detach() for t in center]).cpu().double()
    d = flatten([t.detach() for t in direction]).cpu().double()
    alpha = (points.double() - c) @ d / max(float(d @ d), 1e-30)
    return torch.stack([alpha, torch.zeros_like(alpha)], dim=1).numpy()
