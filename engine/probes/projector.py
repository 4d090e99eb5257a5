"""The projector (issue 20, item 4): labelled vectors for the projector view, from the
activations of a chosen layer on test examples, or from a word model's embedding
(source "words": the "word_vectors" probe's matrix), with t-SNE on demand.

The window computes PCA itself at every snapshot (engine/shared/projection.py); t-SNE
costs seconds, so it runs here as a sliced job (engine/probes/tsne_job.py): each
snapshot spends at most ``TSNE_BUDGET`` seconds on it while training goes on, and sends
the layout so far. The job lives in the trainer between snapshots
(``trainer.probe_state``).

Options: ``layer`` (an index into the layer choices; None: the last hidden layer),
``examples`` (test examples read at most), ``source``, and for t-SNE ``tsne`` (0: off; a
new number asks for a new run from the current layout), ``perplexity``,
``exaggeration`` and ``learning_rate`` (0: auto). A changed setting restarts t-SNE from
the layout it has reached; another layer or source starts it afresh.
"""

from __future__ import annotations

import dataclasses
import time

import numpy as np

from engine.probes.conv_stack import StepCache
from engine.probes.layer_activations import activations, default_layer, layer_names
from engine.probes.tsne_job import TsneJob, TsneSettings
from engine.shared.probe_options import ProbeError
from engine.shared.probe_registry import (
    PAUSED_SLICE_SECONDS,
    PROBE_REGISTRY,
    implementation,
    implements,
)
from engine.shared.results.projection import (
    AUTO,
    LAYER,
    PICTURES,
    THOUGHTS,
    WORDS,
    ProjectorData,
    ProjectorPoints,
    TsneLayout,
    word_points,
)

#: Seconds of t-SNE per snapshot: a 2,000-point layout settles in a few seconds of
#: snapshots while the model keeps about half of its time to train.
TSNE_BUDGET = 0.08
_POINT_OPTIONS = ("source", "layer", "examples")
REFRESH_SECONDS = 0.1


@implements("projector")
def projector_probe(trainer, options: dict) -> ProjectorData:
    state = trainer.probe_state.setdefault("projector", ProjectorState())
    points = state.points(trainer, options)
    budget = TSNE_BUDGET if trainer.running else PAUSED_SLICE_SECONDS
    return ProjectorData(points, state.tsne.advance(points, options, budget))


class ProjectorState:
    """What the projector keeps between snapshots: the last points and the t-SNE run.

    The points are measured again at most every ``REFRESH_SECONDS`` while training (and
    not at all while paused): a character LSTM's 400 test sequences cost ~50 ms, which at
    30 snapshots a second would take most of the trainer's time; ten fresh frames a
    second still glide."""

    def __init__(self, clock=time.perf_counter) -> None:
        self.tsne = TsneRunner()
        self._clock = clock
        self._key = None
        self._fingerprint = None
        self._measured_at = -1e9
        self._points: ProjectorPoints | None = None

    @property
    def busy(self) -> bool:
        """A t-SNE layout is still settling."""
        return self.tsne.job is not None and not self.tsne.job.done

    def points(self, trainer, options: dict) -> ProjectorPoints:
        session = trainer.session
        chosen = {k: options.get(k) for k in _POINT_OPTIONS}
        key = (id(session.model), session.data_version, repr(sorted(chosen.items())))
        fingerprint = StepCache.key(session, chosen)
        now = self._clock()
        # Paused, a snapshot may be the last one for a while: it reads the weights now.
        stale = fingerprint != self._fingerprint and (
            not trainer.running or now - self._measured_at >= REFRESH_SECONDS)
        if self._points is None or key != self._key or stale:
            source = source_of(session, options["source"])
            if source == WORDS:
                self._points = _word_source(trainer)
            elif source == THOUGHTS:
                from engine.probes.thought_vectors import thought_points
                self._points = thought_points(trainer, options.get("layer"))
            elif source == PICTURES:
                from engine.probes.picture_vectors import picture_points
                self._points = picture_points(trainer, options.get("layer"),
                                              options["examples"])
            else:
                self._points = layer_points(session, options.get("layer"),
                                            options["examples"])
            self._key, self._fingerprint, self._measured_at = key, fingerprint, now
        return self._points


def source_of(session, chosen: str) -> str:
    """The source to read: "auto" is the word vectors of a run on words, a translator's
    thought vectors, else a layer; a translator has no layers (no stack), so a layer
    asked of it is its thought vectors too."""
    if session.dataset.scenes is not None and chosen in (AUTO, LAYER):
        return PICTURES  # a captioner has no stack of layers to read
    translations = session.dataset.translations is not None
    if chosen == AUTO:
        if session.dataset.corpus is not None:
            return WORDS
        return THOUGHTS if translations else LAYER
    if chosen == LAYER and translations:
        return THOUGHTS
    return chosen


def layer_points(session, layer: int | None, limit: int) -> ProjectorPoints:
    """Layer ``layer``'s activations on the first test examples, coloured by class."""
    if session.x_test.shape[0] == 0:
        raise ProbeError.of("projector.no_test_examples")
    names = layer_names(session)
    layer = default_layer(session) if layer is None else min(max(layer, 0), len(names) - 1)
    vectors, targets, total = activations(session, layer, limit)
    n = vectors.shape[0]
    if session.objective.problem == "classification":
        groups = targets.astype(np.int32)
        k = max(int(session.objective.n_classes), int(groups.max(initial=0)) + 1)
        given = tuple(session.dataset.class_names)
        group_names = tuple(given[i] if i < len(given) else str(i) for i in range(k))
        labels = tuple(group_names[g] for g in groups)
    else:  # a value per example: one colour, the value as its label
        groups = np.zeros(n, np.int32)
        group_names = ("",)
        labels = tuple(f"{v:.3g}" for v in targets)
    return ProjectorPoints(
        vectors=vectors, labels=labels,
        names=tuple(f"#{i} · {label}" for i, label in enumerate(labels)),
        groups=groups, group_names=group_names, source=LAYER, layers=tuple(names),
        layer=layer, step=int(session.step_count), examples=(n, total))


def _word_source(trainer) -> ProjectorPoints:
    """The word model's embedding, read through its own probe."""
    spec = PROBE_REGISTRY.get("word_vectors")
    if spec is None:
        raise ProbeError.of("projector.no_word_vectors")
    source = trainer if spec.reads == "trainer" else trainer.session
    words = implementation("word_vectors")(source, {})
    if words is None:
        raise ProbeError.of("projector.no_word_vectors")
    return word_points(words.vectors, words.words, words.groups, words.group_names,
                       step=int(trainer.session.step_count),
                       layers=tuple(layer_names(trainer.session)))


class TsneRunner:
    """The t-SNE run under way, or the layout it finished with."""

    def __init__(self) -> None:
        self.job: TsneJob | None = None
        self.request = 0
        self.key = None
        self.step = 0

    def advance(self, points: ProjectorPoints, options: dict,
                budget: float = TSNE_BUDGET) -> TsneLayout | None:
        request = options["tsne"]
        if request == 0:
            self.job, self.request = None, 0
            return None
        settings = TsneSettings(perplexity=float(options["perplexity"]),
                                exaggeration=float(options["exaggeration"]),
                                learning_rate=float(options["learning_rate"]))
        key = (points.source, points.layer, len(points), points.vectors.shape[1])
        if self.job is None or key != self.key:
            self._start(points, settings, None, key)
        elif request != self.request or settings != self.job.settings:
            self._start(points, settings, self.job.layout, key)  # from the layout so far
        self.request = request
        if not self.job.done:
            self.job.step(budget)
        return self._layout()

    def _start(self, points: ProjectorPoints, settings: TsneSettings, start, key) -> None:
        self.job = TsneJob(points.vectors, settings, start=start)
        self.key, self.step = key, points.step

    def _layout(self) -> TsneLayout:
        job = self.job
        s = dataclasses.replace(job.settings, perplexity=job.settings.usable_perplexity(job.n))
        return TsneLayout(
            layout=job.layout, iteration=job.iteration, iterations=job.iterations,
            step=self.step, perplexity=s.perplexity, exaggeration=s.exaggeration,
            learning_rate=s.learning_rate, divergence=job.divergence)
