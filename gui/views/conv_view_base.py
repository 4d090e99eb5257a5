"""What the ConvNet views share: the view interface's signals, and a page that says in a
sentence what a view needs when the run cannot feed it (2-D points, the perceptron, a
regression, a stack without convolutions) instead of an empty picture."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from gui.views.demo_view import DemoView


class ConvViewBase(DemoView):

    #: The probe this view reads; set by each view.
    PROBE = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needs = QLabel()
        self.needs.setWordWrap(True)
        self.needs.setAlignment(Qt.AlignmentFlag.AlignCenter)
        notice = QWidget()
        notice_layout = QVBoxLayout(notice)
        notice_layout.addStretch(1)
        notice_layout.addWidget(self.needs)
        notice_layout.addStretch(1)
        self.content = QWidget()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.content)
        self.pages.addWidget(notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.frames_drawn = 0

    def probe_names(self) -> set[str]:
        return {self.PROBE}

    def showing_notice(self) -> bool:
        return self.pages.currentIndex() == 1

    def show_snapshot(self, snap) -> None:
        reason = self.unsupported(snap)
        data = getattr(snap, "live", {}).get(self.PROBE)
        if reason is None and data is None and self.frames_drawn == 0:
            reason = QCoreApplication.translate(
                "ConvViewBase", "Measuring… (the first picture comes with the next snapshot)")
        if reason is not None:
            self.needs.setText(reason)
            self.pages.setCurrentIndex(1)
            return
        self.pages.setCurrentIndex(0)
        if data is not None:
            self.draw(data, snap)
            self.frames_drawn += 1

    def draw(self, data, snap) -> None:
        raise NotImplementedError

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
