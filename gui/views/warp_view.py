"""The hidden-space view (Fig. 1a of the review): beside the input plane, the plane of one
hidden layer, where the input's grid lines and the points arrive bent by the network. As
the net trains the plane folds until a straight line (the output's decision line, drawn
too) separates the classes.

Which layer and which two units (or the two principal components) are shown is sent to
the "warp" probe as SetProbeOptions; the drawing itself is gui.views.warp_plots.
"""

from __future__ import annotations

import time

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from engine.shared.commands import SetProbeOptions
from gui.views.demo_view import DemoView, notice_page
from gui.views.warp_plots import WarpPlots

PROBE = "warp"
#: A choice the engine has not drawn yet is sent again after this many seconds (the
#: trainer may have started over and forgotten it).
RESEND_AFTER = 1.0
#: What a person gets from "Add a hidden layer": the review's 2-2-1 network.
TWO_UNITS = {"network": {"hidden": [2], "activations": ["tanh"]}}


class WarpView(DemoView):

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots = WarpPlots(self.tr("Input space"), self.tr("Hidden space"))
        self.layer = QComboBox()
        self.unit_x = QComboBox()
        self.unit_y = QComboBox()
        for combo in (self.layer, self.unit_x, self.unit_y):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_x.setToolTip(self.tr("The unit on the horizontal axis"))
        self.unit_y.setToolTip(self.tr("The unit on the vertical axis"))
        self.pca = QCheckBox(self.tr("PCA"))
        self.pca.setToolTip(self.tr(
            "Project by principal component analysis: show the plane of the two directions "
            "along which the bent grid and the points spread most, instead of two units."))
        self.layer.activated.connect(self._layer_chosen)
        self.unit_x.activated.connect(lambda _i: self._unit_chosen(self.unit_x))
        self.unit_y.activated.connect(lambda _i: self._unit_chosen(self.unit_y))
        self.pca.clicked.connect(self._pca_clicked)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Layer")))
        controls.addWidget(self.layer)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Axes")))
        controls.addWidget(self.unit_x)
        controls.addWidget(self.unit_y)
        controls.addWidget(self.pca)
        controls.addStretch(1)
        self.caption = QLabel()
        self.caption.setWordWrap(True)

        pictures = QWidget()
        planes = QHBoxLayout()
        planes.addWidget(self.plots.input_plot, 1)
        planes.addWidget(self.plots.hidden_plot, 1)
        page = QVBoxLayout(pictures)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(controls)
        page.addLayout(planes, 1)
        page.addWidget(self.caption)

        self.needs = QLabel()
        self.add_layer = QPushButton(self.tr("Add a hidden layer of two units"))
        self.add_layer.clicked.connect(lambda: self.changeRequested.emit(TWO_UNITS))
        notice = notice_page(self.needs, self.add_layer)
        self.pages = QStackedWidget()
        self.pages.addWidget(pictures)
        self.pages.addWidget(notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        #: A person's choices; None follows the default (last layer; its two units or PCA).
        self._layer_choice: int | None = None
        self._units_choice: tuple[int, int] | str | None = None
        self._sizes: tuple[int, ...] = ()
        self._drawn_choice = None
        self._sent_at = 0.0
        self._words = None
        self.frames_drawn = 0

    # -- the view interface ----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Hidden space")

    def probe_names(self) -> set[str]:
        return {PROBE}

    def show_snapshot(self, snap) -> None:
        reason = self._unsupported(snap)
        if reason is not None:
            self.needs.setText(reason)
            self.add_layer.setVisible(not snap.experiment.network.hidden
                                      and not snap.experiment.network.layers)
            self.pages.setCurrentIndex(1)
            self._drawn_choice = None
            return
        self.pages.setCurrentIndex(0)
        data = snap.live.get(PROBE)
        if data is None:
            return  # the probe has not run yet: keep the last picture
        if data.layer_sizes != self._sizes:
            self._sizes = tuple(data.layer_sizes)
            self._fill_controls()
        choice = (data.layer, data.units)
        if choice != self._drawn_choice:
            self.plots.range.reset()  # another plane: fit it afresh
            self._drawn_choice = choice
        self._resend_if_forgotten(choice)
        self.plots.draw(data, snap, self._axis_labels(data))
        # Titles and captions change rarely; setting them anyway costs a relayout a frame.
        words = (data.layer, data.decision_status)
        if words != self._words:
            self.plots.hidden_plot.setTitle(self.tr("Hidden layer {0}").format(data.layer))
            self.caption.setText(self._decision_text(data.decision_status))
            self._words = words
        self.frames_drawn += 1

    # -- what the view cannot show ----------------------------------------------------------
    def _unsupported(self, snap) -> str | None:
        network = snap.experiment.network
        points = snap.points.x_train
        if points.ndim != 2 or points.shape[1] != 2:
            return self.tr("The hidden space shows how a network bends the plane of 2-D "
                           "points. These data are images: pick a dataset of points.")
        if network.layers:
            return self.tr("The hidden space draws the perceptron of the Network tab. This "
                           "network was assembled in the layer builder: switch back to the "
                           "perceptron to see its hidden layers bend the plane.")
        if not network.hidden:
            return self.tr("This network has no hidden layer, so nothing bends the plane: "
                           "the output draws a straight line in the input itself. Add a "
                           "hidden layer to watch the plane being warped.")
        return None

    def _decision_text(self, status: str) -> str:
        texts = {
            "exact": self.tr("The black line is the output's decision line. In the hidden "
                             "space it is straight: training bends the grid until the "
                             "classes fall on either side of it."),
            "slice": self.tr("The black line is where the output is zero in the plotted "
                             "plane (through the data's mean); this layer has more than two "
                             "units, so points off that plane may fall on either side."),
            "not-last-layer": self.tr("The output reads the last hidden layer: pick it to "
                                      "see the decision line."),
            "not-binary": self.tr("With more than two classes the output has no single "
                                  "decision line."),
            "regression": self.tr("A regression has no decision line; the points' colours "
                                  "are their values."),
            "flat": self.tr("The output does not change across this plane: no line."),
        }
        return texts.get(status, "")

    def _axis_labels(self, data) -> tuple[str, str]:
        if data.units is None:
            return tuple(self.tr("PC {0} ({1} %)").format(k + 1, round(100 * share))
                         for k, share in enumerate(data.explained))
        i, j = data.units
        x = self.tr("h{0} unit {1}").format(data.layer, i + 1)
        if self._sizes[data.layer - 1] == 1:
            return x, ""
        return x, self.tr("h{0} unit {1}").format(data.layer, j + 1)

    # -- controls ---------------------------------------------------------------------------
    def _resolved(self) -> tuple[int, tuple[int, int] | str]:
        """The layer and units shown for the person's choices on this network: the same
        fallbacks as the probe (a stale layer means the last; stale units the default)."""
        n = len(self._sizes)
        layer = min(self._layer_choice or n, n)
        width = self._sizes[layer - 1]
        default = (0, 1) if width == 2 else (0, 0) if width == 1 else "pca"
        units = self._units_choice
        if width == 1 or units is None:
            return layer, default
        if units != "pca" and not all(0 <= u < width for u in units):
            return layer, default
        return layer, units

    def _fill_controls(self) -> None:
        for combo in (self.layer, self.unit_x, self.unit_y):
            combo.blockSignals(True)
        self.layer.clear()
        for index, width in enumerate(self._sizes, start=1):
            units = self.tr("1 unit") if width == 1 else self.tr("%n units", "", width)
            self.layer.addItem(self.tr("h{0} ({1})").format(index, units))
        for combo in (self.layer, self.unit_x, self.unit_y):
            combo.blockSignals(False)
        self._sync_controls()

    def _sync_controls(self) -> None:
        """Show the resolved choice without sending it back."""
        if not self._sizes:
            return
        layer, units = self._resolved()
        width = self._sizes[layer - 1]
        for widget in (self.layer, self.unit_x, self.unit_y, self.pca):
            widget.blockSignals(True)
        self.layer.setCurrentIndex(layer - 1)
        for combo in (self.unit_x, self.unit_y):
            if combo.count() != width:
                combo.clear()
                combo.addItems([self.tr("unit {0}").format(u + 1) for u in range(width)])
        is_pca = units == "pca"
        shown = (0, min(1, width - 1)) if is_pca else units
        self.unit_x.setCurrentIndex(shown[0])
        self.unit_y.setCurrentIndex(shown[1])
        self.pca.setChecked(is_pca)
        self.pca.setEnabled(width > 1)
        self.unit_x.setEnabled(width > 1 and not is_pca)
        self.unit_y.setEnabled(width > 2 and not is_pca)
        for widget in (self.layer, self.unit_x, self.unit_y, self.pca):
            widget.blockSignals(False)

    def _layer_chosen(self, index: int) -> None:
        self._layer_choice = index + 1
        self._units_choice = None  # a new layer starts from its own default
        self._send()

    def _unit_chosen(self, combo: QComboBox) -> None:
        _, units = self._resolved()
        old = units if units != "pca" else (0, 1)
        x, y = self.unit_x.currentIndex(), self.unit_y.currentIndex()
        if x == y:  # one unit on both axes draws a diagonal: swap instead
            x, y = (x, old[0]) if combo is self.unit_x else (old[1], y)
        self._units_choice = (x, y)
        self._send()

    def _pca_clicked(self, checked: bool) -> None:
        if checked:
            self._units_choice = "pca"
        else:
            x, y = self.unit_x.currentIndex(), self.unit_y.currentIndex()
            self._units_choice = (x, y) if x != y and x >= 0 and y >= 0 else (0, 1)
        self._send()

    def options(self) -> dict:
        layer, units = self._resolved()
        return {"layer": layer, "units": units if units == "pca" else list(units)}

    def _send(self) -> None:
        self._sync_controls()
        self._sent_at = time.monotonic()
        self.commandRequested.emit(SetProbeOptions(PROBE, self.options()))

    def _resend_if_forgotten(self, drawn: tuple) -> None:
        if self._layer_choice is None and self._units_choice is None:
            return  # the probe's defaults are the choice
        layer, units = self._resolved()
        wanted = (layer, None if units == "pca" else tuple(units))
        if drawn != wanted and time.monotonic() - self._sent_at > RESEND_AFTER:
            self._send()
