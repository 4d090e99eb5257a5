"""The captioner's speed (issue 21, item 7, the captioning half): both captioners
trained side by side headless against the window with the Captioning tab live (its
probe: beam search of the picture shown and greedy captions of the strip; the exact
match curves), the attention overlay redrawn for a new word, and one caption written by
beam search of width 5.

Targets: window / headless >= 0.85 in steps per second; an overlay redraw <= 5 ms; one
caption of beam width 5 <= 50 ms. On a GPU when one is present (``DEVICE=cuda python -m
bench captioning``), else on the CPU.
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
    demo = load_demo("captioning")
    return demo, demo.experiment.with_training(device=os.environ.get("DEVICE", "auto"))


def overlay_ms(app) -> float:
    """Milliseconds to show a new word's attention over the picture and repaint."""
    from gui.views.caption_picture import CaptionPicture
    picture = CaptionPicture()
    picture.resize(400, 400)
    picture.show()
    rng = np.random.default_rng(0)
    image = rng.integers(0, 255, (64, 64, 3), dtype=np.uint8)
    maps = [rng.dirichlet(np.ones(64)).astype(np.float32).reshape(8, 8)
            for _ in range(FRAMES)]
    picture.set_picture(image)
    picture.show_attention(maps[0])
    app.processEvents()
    begun = time.perf_counter()
    for weights in maps:
        picture.show_attention(weights)
        picture.repaint()
    return (time.perf_counter() - begun) / FRAMES * 1e3


def beam_ms(experiment, width: int = 5) -> float:
    import torch

    from engine.data.scenes import CAPTION_STEPS
    from engine.trainer.session import TrainingSession
    torch.set_num_threads(1)
    session = TrainingSession(experiment)
    model = session.model.eval()
    picture = torch.as_tensor(session.dataset.scenes.held_out.images[0])
    model.beam(picture, width, CAPTION_STEPS)
    begun = time.perf_counter()
    for _ in range(20):
        model.beam(picture, width, CAPTION_STEPS)
    return (time.perf_counter() - begun) / 20 * 1e3


def main() -> None:
    from gui.app import make_app
    app = make_app()
    demo, experiment = _experiment()
    print(f"captioning: both captioners, batch {experiment.training.batch_size}; "
          f"window (Captioning tab live) vs headless, {SECONDS:g} s each")
    headless = headless_rate(demo, experiment)
    rate, fps, _training, _replay = window_phases(app, "captioning")
    line("headless steps/s (both runs)", headless, "1/s", "", True)
    line("window steps/s, Captioning tab live", rate, "1/s", "", True)
    line("views redraw rate while training", fps, "fps", "", True)
    line("window / headless", rate / headless, "x", ">= 0.85", rate / headless >= 0.85)
    ms = overlay_ms(app)
    line("attention overlay redraw (64 x 64 picture, 8 x 8 cells)", ms, "ms", "<= 5", ms <= 5)
    ms = beam_ms(experiment)
    line("one caption, beam width 5, untrained captioner", ms, "ms", "<= 50", ms <= 50)
