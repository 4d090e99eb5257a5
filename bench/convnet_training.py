"""ConvNet training speed (issue 6): images per second training a LeNet-like net on the
28×28 shapes on the CPU, headless against the window with the feature-map view live.

Target: window / headless >= 0.85 in images per second.
"""

from bench.report import line
from bench.training_overhead import SECONDS, headless_rate, window_phases

DEMO = "feature-maps"


def lenet_experiment():
    from engine.shared.demos import load_demo
    from engine.shared.layers.templates import TEMPLATES

    experiment = load_demo(DEMO).experiment
    return experiment.with_network(layers=TEMPLATES["lenet"].stack).validate()


def main() -> None:
    from gui.app import make_app

    app = make_app()
    experiment = lenet_experiment()
    batch = experiment.training.batch_size
    print(f"LeNet-like ConvNet on the 28×28 shapes, batch {batch}: window (feature maps "
          f"live) vs headless, {SECONDS:g} s each")
    headless = headless_rate(experiment) * batch
    rate, fps, _training, _replay = window_phases(app, DEMO, experiment)
    line("headless images/s", headless, "1/s", "", True)
    line("window images/s, feature maps and curves live", rate * batch, "1/s", "", True)
    line("views redraw rate while training", fps, "fps", "", True)
    line("window / headless", rate * batch / headless, "x", ">= 0.85",
         rate * batch / headless >= 0.85)
