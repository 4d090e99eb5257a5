"""What the ConvNet views need (images and a stack with convolutions; 2-D points, the
perceptron or a regression get a sentence on gui/views/probe_view.py's notice page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gui.views.probe_view import ProbeView


class ConvViewBase(ProbeView):
    """A view of a ConvNet reading images (gui/views/probe_view.py does the rest)."""

    # -- what the view cannot show ----------------------------------------------------------
    def unsupported(self, snap) -> str | None:
        points = snap.points.x_train
        if points.ndim == 2 and points.shape[1] == 2:
            return QCoreApplication.translate(
                "ConvViewBase",
                "This view follows images through a convolutional network; these "
                "data are 2-D points. Pick an image dataset (the digits) and build "
                "a ConvNet in the Layers tab.")
        if not snap.experiment.network.layers:
            return QCoreApplication.translate(
                "ConvViewBase",
                "This view needs a network built in the Layers tab that reads "
                "images, such as a ConvNet (Conv2d, ReLU, MaxPool2d, Flatten, "
                "Linear). The perceptron of the Network tab reads the pixels as a "
                "flat list, so it has no maps to show.")
        if snap.problem != "classification":
            return QCoreApplication.translate(
                "ConvViewBase", "This view needs classes; this run is a regression.")
        return None


def has_conv(snap) -> bool:
    """True when the experiment's layer stack holds a Conv2d, residual blocks included."""
    def walk(layers):
        return any(layer.kind == "conv2d" or walk(layer.body) for layer in layers)
    return walk(snap.experiment.network.layers)
