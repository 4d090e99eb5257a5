"""The backprop inspector (Fig. 1c-d of the review): one training point's forward and
backward pass through the perceptron, every number on the diagram, the chain rule written
out with the numbers plugged in, and one SGD step on that point to watch the weights move.

Left: the training points (click one). Middle: the network (BackpropDiagram). Right: the
equations of the selected unit or weight (BackpropEquations). The numbers come from the
"backprop" probe (engine.probes.backprop) for the point sent with SetProbeOptions.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine.shared.commands import SetProbeOptions, StepOnPoint
from engine.shared.experiment import FEATURE_LABELS
from gui.views.backprop_diagram import BackpropDiagram, Selection, fmt
from gui.views.backprop_edges import SMOOTH_LIMIT
from gui.views.backprop_equations import BackpropEquations
from gui.views.backprop_points import PointsPlot
from gui.views.demo_view import DemoView

#: Tab width (pixels) from which the equations go beside the diagram rather than below.
WIDE_LAYOUT = 1000
#: Seconds between two redraws of a very big net's diagram while training runs.
BIG_NET_REFRESH = 0.3


class BackpropView(DemoView):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = 0
        self.data = None
        #: (probe result before a step on this point, the first result after it).
        self._step_before = None
        self._step_after = None
        self._drawn_at = 0.0
        self.writer = BackpropEquations(self)
        # A wide tab: points | diagram | equations side by side. A narrow one: the diagram
        # across the top, points and equations below it (see _arrange).
        self._parts = (self._points_column(), self._diagram_column(), self._text_column())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.below = QSplitter(Qt.Orientation.Horizontal)
        self._wide: bool | None = None
        self._arrange(wide=True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.message)
        self.pages.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._say(self.tr("Waiting for the first measurement of the network…"))

    # -- construction --------------------------------------------------------------------
    def _points_column(self) -> QWidget:
        """The training points to click, and the button that steps on the one picked."""
        self.points_plot = PointsPlot(self.pick_at)
        self.plot = self.points_plot.plot
        self.step_button = QPushButton(self.tr("Step on this point"))
        self._step_tip = self.tr(
            "One plain SGD step on the selected point alone: every weight moves by "
            "−η·∂E/∂w.")
        self.step_button.setToolTip(self._step_tip)
        self.step_button.clicked.connect(self.step_on_point)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("Click a training point:")))
        column.addWidget(self.plot, 1)
        column.addWidget(self.step_button)
        return left

    def _diagram_column(self) -> QWidget:
        """The network with every number on it, and how to read its lines."""
        self.diagram = BackpropDiagram()
        self.diagram.selectionChanged.connect(lambda _key: self._redraw_text())
        self.legend = QLabel(self.tr(
            "Lines: blue ∂E/∂w > 0, orange < 0, thicker = larger. Click a unit or a line."))
        self.legend.setToolTip(self.tr(
            "Each line is a weight w. Blue: ∂E/∂w > 0, so the step lowers the weight; orange: "
            "∂E/∂w < 0, the step raises it; grey: ∂E/∂w = 0. The thicker the line, the larger "
            "|∂E/∂w|. Click a unit or a line to see its equations."))
        self.legend.setWordWrap(True)
        self.too_big = QLabel(self.tr(
            "Too many units to label them all: hover over a unit or a line to read its "
            "numbers."))
        self.too_big.setWordWrap(True)
        middle = QWidget()
        center = QVBoxLayout(middle)
        center.setContentsMargins(0, 0, 0, 0)
        center.addWidget(self.diagram, 1)
        center.addWidget(self.too_big)
        center.addWidget(self.legend)
        return middle

    def _text_column(self) -> QScrollArea:
        """The point, the last step's outcome and the selected unit's equations."""
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.equations = QLabel()
        self.equations.setTextFormat(Qt.TextFormat.RichText)
        self.equations.setWordWrap(True)
        self.equations.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.equations.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.equations.setMargin(6)
        self.step_report = QLabel()
        self.step_report.setWordWrap(True)
        self.step_report.setMargin(6)
        self.header.setMargin(6)
        # The point, the last step's outcome and the equations scroll together: in a
        # small tab they share little room.
        content = QWidget()
        side = QVBoxLayout(content)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        for label in (self.header, self.step_report, self.equations):
            side.addWidget(label)
        side.addStretch(1)
        right = QScrollArea()
        right.setWidgetResizable(True)
        right.setWidget(content)
        return right

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(self.width() >= WIDE_LAYOUT)

    def _arrange(self, wide: bool) -> None:
        if wide == self._wide:
            return
        self._wide = wide
        left, middle, right = self._parts
        if wide:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            for position, widget in enumerate((left, middle, right)):
                self.splitter.insertWidget(position, widget)
            self.below.setParent(None)
            width = max(self.width(), WIDE_LAYOUT)
            self.splitter.setSizes([int(width * 0.2), int(width * 0.5), int(width * 0.3)])
        else:
            self.splitter.setOrientation(Qt.Orientation.Vertical)
            self.splitter.insertWidget(0, middle)
            self.below.insertWidget(0, left)
            self.below.insertWidget(1, right)
            self.splitter.insertWidget(1, self.below)
            height, width = max(self.height(), 300), max(self.width(), 300)
            self.splitter.setSizes([int(height * 0.6), int(height * 0.4)])
            self.below.setSizes([int(width * 0.28), int(width * 0.72)])

    # -- the view interface ------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Backprop")

    def probe_names(self) -> set[str]:
        return {"backprop"}

    def show_snapshot(self, snap) -> None:
        self.step_button.setEnabled(not snap.running)
        self.step_button.setToolTip(self.tr("Pause training to step on one point.")
                                    if snap.running else self._step_tip)
        self._show_points(snap)
        data = snap.live.get("backprop")
        if data is None:
            if snap.experiment.network.layers:
                self._say(self.tr(
                    "The backprop inspector works on the perceptron drawn in the Network "
                    "tab; this network was assembled in the layer builder. Build a "
                    "perceptron in the Network tab to inspect it."))
            elif self.points_plot.count == 0:
                self._say(self.tr("There are no training points: pick a dataset or add "
                                  "points to inspect one."))
            elif self.data is None:
                self._say(self.tr("Waiting for the first measurement of the network…"))
            return
        if (self._step_before is not None and self._step_after is None
                and data.index == self._step_before.index
                and data.step > self._step_before.step):
            self._step_after = data
        edges = self.diagram.edges
        now = time.monotonic()
        if (snap.running and edges is not None and len(edges.lines) > SMOOTH_LIMIT
                and self.data is not None and data.index == self.data.index
                and now - self._drawn_at < BIG_NET_REFRESH):
            return  # tens of thousands of lines: a few frames a second while training
        self._drawn_at = now
        self.data = data
        self.pages.setCurrentIndex(1)
        names = self.unit_names(data)
        self.diagram.show_data(data, names)
        if self.diagram.selection is None:
            self.diagram.select(Selection("unit", len(data.y) - 1, 0), notify=False)
        self.too_big.setVisible(not self.diagram.labelled)
        self._redraw_text()

    # -- points ------------------------------------------------------------------------
    def _show_points(self, snap) -> None:
        points = self.points_plot
        if not points.show(snap):
            return
        if self.index >= points.count and points.count:
            self.select_point(0)
        points.mark(self.index)

    def pick_at(self, x: float, y: float) -> None:
        """Select the training point nearest to (x, y)."""
        index = self.points_plot.nearest(x, y)
        if index is not None:
            self.select_point(index)

    def select_point(self, index: int) -> None:
        self.index = index
        self._step_before = self._step_after = None
        self.points_plot.mark(index)
        self.commandRequested.emit(SetProbeOptions("backprop", {"index": index}))

    # -- stepping ---------------------------------------------------------------------
    def step_on_point(self) -> None:
        data = self.data
        self._step_before = data if data is not None and data.index == self.index else None
        self._step_after = None
        self.commandRequested.emit(StepOnPoint(self.index))
        self._redraw_text()

    # -- text -------------------------------------------------------------------------
    def unit_names(self, data) -> list[list[str]]:
        names = [[FEATURE_LABELS.get(f, f) for f in data.features]]
        for layer in range(1, len(data.y) - 1):
            names.append([self.tr("hidden {0}.{1}").format(layer, u + 1)
                          for u in range(len(data.y[layer]))])
        if data.output_function == "softmax":
            names.append([self.tr("class {0}").format(k) for k in range(len(data.y[-1]))])
        else:
            names.append([self.tr("output")])
        return names

    def _redraw_text(self) -> None:
        data = self.data
        if data is None:
            return
        target = (self.tr("value {0}").format(fmt(data.target))
                  if data.output_function == "linear"
                  else self.tr("class {0}").format(int(data.target)))
        self.header.setText(self.tr("Point #{0} at ({1}), target: {2}.").format(
            data.index, f"{fmt(data.point[0])}, {fmt(data.point[1])}", target)
            + " " + self.tr("Its error E = {0}; step {1}.").format(fmt(data.error), data.step))
        selection = self.diagram.selection or Selection("unit", len(data.y) - 1, 0)
        self.equations.setText(self.writer.html(data, selection, self.unit_names(data)))
        names = self.unit_names(self._step_before) if self._step_before else []
        self.step_report.setText(self.writer.step_report(
            self._step_before, self._step_after, self.diagram.selection, names))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.pages.setCurrentIndex(0)
