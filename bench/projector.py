"""The projector's speed (issue 20, item 7): the view redrawing 2,000 labelled points,
PCA of 5,000 × 128 (recomputed at every snapshot), and t-SNE of 2,000 × 64 to a settled
layout (openTSNE's whole schedule) alone and as the trainer runs it, a slice of
``TSNE_BUDGET`` per snapshot between 33 ms of training."""

import time

import numpy as np

from bench.report import line

FRAMES = 60


def blobs(n: int, dim: int, groups: int = 10, seed: int = 0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(groups, dim)) * 4
    classes = rng.integers(0, groups, n)
    return (centres[classes] + rng.normal(size=(n, dim))).astype(np.float32), classes


def redraw_ms(app) -> tuple[float, float, int]:
    """(ms per frame of the canvas alone, ms per whole frame with PCA, labels drawn)."""
    from engine.shared.results.projection import ProjectorData, word_points
    from gui.views.projector_view import ProjectorView

    x, classes = blobs(2000, 64)
    words = [f"word{i}" for i in range(len(x))]
    groups = [f"group {c}" for c in classes]
    names = sorted(set(groups))
    view = ProjectorView()
    view.resize(1280, 720)
    view.show()
    rng = np.random.default_rng(1)
    frames = [ProjectorData(word_points(x + 0.05 * f * rng.normal(size=x.shape).astype(
        np.float32), words, groups, names, step=f)) for f in range(FRAMES)]

    class Snap:  # what draw() reads of a snapshot
        live: dict = {}
    view.draw(frames[0], Snap())
    view.pages.setCurrentIndex(0)
    app.processEvents()
    canvas = view.canvas
    coords = [np.ascontiguousarray(f.points.vectors[:, :2]) for f in frames]
    begun = time.perf_counter()
    for xy in coords:
        canvas.set_coords(xy, frames[0].points.labels)
        canvas.plot.viewport().repaint()
    canvas_ms = (time.perf_counter() - begun) / FRAMES * 1e3
    begun = time.perf_counter()
    for frame in frames:
        view.draw(frame, Snap())
        canvas.plot.viewport().repaint()
    whole_ms = (time.perf_counter() - begun) / FRAMES * 1e3
    drawn = len(canvas.labels.drawn)
    view.close()
    return canvas_ms, whole_ms, drawn


def pca_ms() -> float:
    from engine.shared.projection import principal_components
    x, _ = blobs(5000, 128)
    previous = principal_components(x, 3).components
    times = []
    for _ in range(30):
        begun = time.perf_counter()
        previous = principal_components(x, 3, previous).components
        times.append(time.perf_counter() - begun)
    return float(np.median(times)) * 1e3


def settled_share(layout: np.ndarray, classes: np.ndarray) -> float:
    """Share of points whose nearest neighbour in the layout is of their own blob."""
    d = ((layout[:, None] - layout[None]) ** 2).sum(-1)
    np.fill_diagonal(d, np.inf)
    return float((classes[d.argmin(1)] == classes).mean())


def tsne_alone() -> tuple[float, float]:
    from engine.probes.tsne_job import TsneJob, TsneSettings
    x, classes = blobs(2000, 64)
    begun = time.perf_counter()
    job = TsneJob(x, TsneSettings())
    while not job.done:
        job.step(1.0)
    return time.perf_counter() - begun, settled_share(job.layout, classes)


def tsne_while_training() -> tuple[float, float, float]:
    """(seconds to settle, share settled, training steps/s kept against training alone)."""
    from engine.probes.projector import TSNE_BUDGET
    from engine.probes.tsne_job import TsneJob, TsneSettings
    from engine.shared.demos import load_demo
    from engine.trainer.run import Trainer

    trainer = Trainer(load_demo("digit-projector").experiment, probes=set())

    def train(seconds: float) -> int:
        steps, end = 0, time.perf_counter() + seconds
        while time.perf_counter() < end:
            trainer.step()
            steps += 1
        return steps
    train(0.5)
    alone = train(2.0) / 2.0
    x, classes = blobs(2000, 64)
    job = TsneJob(x, TsneSettings())
    begun, steps = time.perf_counter(), 0
    while not job.done:
        steps += train(0.033)  # the loop's snapshot interval
        job.step(TSNE_BUDGET)
    seconds = time.perf_counter() - begun
    return seconds, settled_share(job.layout, classes), steps / seconds / alone


def training_kept(seconds: float = 3.0, demo: str = "digit-projector") -> float:
    """Steps/s of ``demo`` with the projector probe at every 33 ms snapshot (no t-SNE),
    over steps/s with no probe: what the live projector costs the trainer (PCA itself
    runs in the window's process). A word demo's steps are a fixed number of tokens
    each, so for it the ratio is that of tokens per second."""
    from engine.shared.demos import load_demo
    from engine.trainer.run import Trainer

    def rate(probes) -> float:
        trainer = Trainer(load_demo(demo).experiment, probes=probes)
        trainer.snapshot(True, 0.0)
        steps, begun = 0, time.perf_counter()
        due = begun + 0.033
        while time.perf_counter() - begun < seconds:
            trainer.step()
            steps += 1
            if time.perf_counter() >= due:
                trainer.snapshot(True, 0.0)
                due = time.perf_counter() + 0.033
        return steps / (time.perf_counter() - begun)
    return rate({"projector"}) / rate(set())


def main() -> None:
    from gui.app import make_app

    app = make_app()
    print("Projector: redraw, PCA, t-SNE")
    canvas_ms, whole_ms, drawn = redraw_ms(app)
    line("redraw 2,000 labelled points (canvas + paint)", canvas_ms, "ms", "<= 8", canvas_ms <= 8)
    line(f"  whole frame with PCA and neighbours ({drawn} labels shown)", whole_ms, "ms", "",
         True)
    ms = pca_ms()
    line("PCA of 5,000 x 128 (median)", ms, "ms", "<= 20", ms <= 20)
    seconds, share = tsne_alone()
    line("t-SNE of 2,000 x 64 to a settled layout, alone", seconds, "s", "<= 10",
         seconds <= 10)
    line("  its nearest neighbours in their own blob", share, "share", "", True)
    seconds, share, kept = tsne_while_training()
    line("t-SNE of 2,000 x 64 settled while training continues", seconds, "s", "<= 10",
         seconds <= 10)
    line("  its nearest neighbours in their own blob", share, "share", "", True)
    line("  training speed kept meanwhile", kept, "ratio", "", True)
    kept = training_kept()
    line("training speed kept with the projector live (PCA, digits)", kept, "ratio", ">= 0.85",
         kept >= 0.85)
    kept = training_kept(demo="word-vectors")
    line("tokens/s kept with the projector live (word vectors)", kept, "ratio", ">= 0.85",
         kept >= 0.85)
