"""Hand-built captioning probe results and a snapshot-like object carrying them, for the
captioning view's tests (tests/gui/test_caption_view.py): the view draws them without a
trainer. The picture holds a red circle on the left and a blue square on the right; the
captioner with attention looks at each object while it names it."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from engine.shared.messages import message
from engine.shared.results.caption import (
    CaptionData,
    CaptionMetrics,
    CaptionStrip,
    RunCaption,
    RunCaptionScores,
)

WORDS = ("a", "red", "circle", "left", "of", "a", "blue", "square")
REFERENCE = "a red circle left of a blue square"
#: The cell (row, column) of the 8×8 grid each word mostly looks at.
LOOKS_AT = {1: (3, 1), 2: (4, 2), 6: (3, 6), 7: (4, 5)}


def scene_picture() -> np.ndarray:
    image = np.zeros((64, 64, 3), np.uint8)
    ys, xs = np.mgrid[0:64, 0:64]
    image[(ys - 32) ** 2 + (xs - 14) ** 2 < 100] = (230, 40, 40)
    image[22:42, 40:60] = (50, 90, 240)
    return image


def attention_maps(words: int = len(WORDS)) -> np.ndarray:
    """(words + 1, 8, 8), each summing to 1: peaked where LOOKS_AT says, spread elsewhere."""
    maps = np.full((words + 1, 8, 8), 0.2 / 64, np.float32)
    for w in range(words + 1):
        row, col = LOOKS_AT.get(w, (w % 8, (3 * w) % 8))
        maps[w, row, col] += 0.8
    return maps / maps.sum(axis=(1, 2), keepdims=True)


def strip(k: int = 8, runs: int = 2) -> CaptionStrip:
    correct = np.zeros((runs, k), bool)
    correct[0, ::2] = True
    correct[1, :2] = True
    written = tuple(tuple(REFERENCE if correct[r, i] else f"a green triangle {r}{i}"
                          for i in range(k)) for r in range(runs))
    images = np.stack([np.roll(scene_picture(), 4 * i, axis=1) for i in range(k)])
    return CaptionStrip(np.arange(10, 10 + k), images, (REFERENCE,) * k, written, correct)


def caption_data(index: int = 3, own: bool = False, plain_words=WORDS[:5] + ("square",),
                 beam: int = 3) -> CaptionData:
    attending = RunCaption("with attention", "주의 있음", True, WORDS, " ".join(WORDS),
                           None if own else True, attention_maps())
    plain = RunCaption("without attention", "주의 없음", False, plain_words,
                       " ".join(plain_words), None if own else False, None)
    notes = (message("error.foreign", text="resized from 300×200 to 64×64"),) if own else ()
    return CaptionData(scene_picture(), "" if own else REFERENCE, -1 if own else index, 40,
                       (attending, plain), strip(), beam, notes)


def metrics(points: int = 12) -> CaptionMetrics:
    steps = np.arange(points, dtype=np.int64) * 100
    t = np.linspace(0, 1, points)
    runs = (RunCaptionScores("with attention", "주의 있음", True, steps, 0.9 * t,
                             0.4 + 0.55 * t, 0.7, 0.65),
            RunCaptionScores("without attention", "주의 없음", False, steps, 0.5 * t,
                             0.3 + 0.4 * t, 0.2, float("nan")))
    return CaptionMetrics(runs, 40, 40)


def snapshot(data: CaptionData | None, captions: CaptionMetrics | None = None,
             problems: dict | None = None) -> SimpleNamespace:
    """What the view reads of a Snapshot: the probe's result, its refusals, the metrics."""
    live = {} if data is None else {"captioning": data}
    return SimpleNamespace(live=live, live_problems=problems or {},
                           captions=metrics() if captions is None else captions)


def shown_view(qtbot):
    """A CaptionView at 1280×720 showing caption_data(), its commands kept in ``.sent``."""
    from gui.views.caption_view import CaptionView

    view = CaptionView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.sent = []
    view.commandRequested.connect(view.sent.append)
    view.show_snapshot(snapshot(caption_data()))
    return view


def last_options(view) -> dict:
    """The options of the newest command the view sent to the captioning probe."""
    from engine.shared.commands import SetProbeOptions

    command = view.sent[-1]
    assert isinstance(command, SetProbeOptions) and command.name == "captioning"
    return command.options
