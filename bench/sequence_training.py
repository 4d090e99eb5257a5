"""Recurrent training speed (issue 7): sequences per second headless against the window
with a recurrent view live, for the bracket-counting RNN (hidden-state view) and the
character LSTM (the text it writes, re-sampled at every snapshot).

Target: window / headless >= 0.85 in sequences per second.
"""

from bench.report import line
from bench.training_overhead import SECONDS, headless_rate, window_phases

DEMOS = {"rnn-counting": "hidden states", "char-rnn": "written text"}


def main() -> None:
    from engine.shared.demos import load_demo
    from gui.app import make_app

    app = make_app()
    for demo_id, view in DEMOS.items():
        experiment = load_demo(demo_id).experiment
        batch = experiment.training.batch_size
        print(f"{demo_id}: batch {batch} sequences of {experiment.data.seq_length} steps; "
              f"window ({view} and curves live) vs headless, {SECONDS:g} s each")
        headless = headless_rate(experiment) * batch
        rate, fps, _training, _replay = window_phases(app, demo_id)
        line("headless sequences/s", headless, "1/s", "", True)
        line(f"window sequences/s, {view} live", rate * batch, "1/s", "", True)
        line("views redraw rate while training", fps, "fps", "", True)
        line("window / headless", rate * batch / headless, "x", ">= 0.85",
             rate * batch / headless >= 0.85)
