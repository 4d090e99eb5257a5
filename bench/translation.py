"""The translator's speed (issue 21, item 7, the translation half): both translators
trained side by side headless against the window with the Translation tab live (its
probe and the accuracy by length), the attention matrix redrawn, and one typed sentence
translated by greedy decoding.

Targets: window / headless >= 0.85 in steps per second; a matrix redraw <= 5 ms; one
sentence <= 50 ms. On a GPU when one is present (``DEVICE=cuda python -m bench
translation``), else on the CPU.
"""

import os
import time

import numpy as np

from bench.demo_rate import headless_rate
from bench.report import line
from bench.training_overhead import SECONDS, window_phases

FRAMES = 60


def _experiment():
    from engine.shared.demos import load_demo
    demo = load_demo("translation")
    return demo, demo.experiment.with_training(device=os.environ.get("DEVICE", "auto"))


def matrix_ms(app) -> float:
    from gui.views.attention_matrix import AttentionMatrix
    matrix = AttentionMatrix()
    matrix.plot.resize(800, 500)
    matrix.plot.show()
    rng = np.random.default_rng(0)
    source = tuple(f"w{i}" for i in range(15))
    said = tuple(f"k{i}" for i in range(15))
    frames = [rng.dirichlet(np.ones(15), size=16).astype(np.float32) for _ in range(FRAMES)]
    matrix.show(frames[0], source, said, "(end)")
    app.processEvents()
    begun = time.perf_counter()
    for frame in frames:
        matrix.show(frame, source, said, "(end)")
        matrix.plot.viewport().repaint()
    return (time.perf_counter() - begun) / FRAMES * 1e3


def sentence_ms(experiment) -> float:
    from engine.data.translation_data import read_english
    from engine.probes.translation_probe import translate_row
    from engine.trainer.session import TrainingSession
    session = TrainingSession(experiment)
    _, row, _ = read_english("yesterday the big white dog quickly saw a small cat in the park")
    translate_row(session.model, row, session.device)
    begun = time.perf_counter()
    for _ in range(20):
        translate_row(session.model, row, session.device)
    return (time.perf_counter() - begun) / 20 * 1e3


def main() -> None:
    from gui.app import make_app
    app = make_app()
    demo, experiment = _experiment()
    print(f"translation: both translators, batch {experiment.training.batch_size}; "
          f"window (Translation tab live) vs headless, {SECONDS:g} s each")
    headless = headless_rate(demo, experiment)
    rate, fps, _training, _replay = window_phases(app, "translation")
    line("headless steps/s (both runs)", headless, "1/s", "", True)
    line("window steps/s, Translation tab live", rate, "1/s", "", True)
    line("views redraw rate while training", fps, "fps", "", True)
    line("window / headless", rate / headless, "x", ">= 0.85", rate / headless >= 0.85)
    ms = matrix_ms(app)
    line("attention matrix redraw (16 x 15)", ms, "ms", "<= 5", ms <= 5)
    ms = sentence_ms(experiment)
    line("one sentence, greedy, untrained translator", ms, "ms", "<= 50", ms <= 50)
