"""The loss landscape: a heatmap of the loss over a plane through weight space, contour
lines, a colour bar, the optimiser's path and the current point; a 1-D slice; or the
plane as a 3-D surface (``gui.views.surface3d``, drawn in software: no OpenGL needed).

The heatmap, contours and surface are rebuilt only when the landscape's numbers change
(a new grid, more of it computed); the path and the point move with every snapshot.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.messages import error_text
from gui.views.landscape_plots import LandscapePlot
from gui.views.landscape_texts import LandscapeTexts
from gui.views.surface3d import Surface3D


class LandscapeView(QWidget):
    #: Landscape settings changed: dict of engine LandscapeSettings fields.
    settingsChanged = Signal(dict)
    #: "Recompute now" pressed.
    recomputeRequested = Signal()
    #: Something a person should read (two files that cannot make a line).
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flat = LandscapePlot()
        self.plot, self.image, self.path = self.flat.widget, self.flat.image, self.flat.path
        self.point, self.line_curve = self.flat.point, self.flat.line_curve
        self.surface3d = Surface3D()
        self.surface3d.set_colour_map(self.flat.colour_map)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.plot)
        self.pages.addWidget(self.surface3d)
        self.texts = LandscapeTexts(self)
        self._build_direction_controls()
        self._build_grid_controls()
        self._build_view_controls()
        self._connect_controls()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.readout)
        layout.addLayout(self._controls_grid())
        self._data = None
        self._grid_key = None
        self.frames_drawn = 0

    # -- construction ------------------------------------------------------------------
    def _build_direction_controls(self) -> None:
        """Which plane (or line) through weight space, and how its directions scale."""
        self.directions = QComboBox()
        for label, value in ((self.tr("Random"), "random"),
                             (self.tr("PCA of the path"), "pca"),
                             (self.tr("Line: start → now"), "line"),
                             (self.tr("Line: file → file…"), "files")):
            self.directions.addItem(label, value)
        self.directions.setItemData(
            3, self.tr("The straight line from one saved experiment's weights to another's "
                       "(both of the network training now)"), Qt.ItemDataRole.ToolTipRole)
        self._files: tuple[str, ...] = ()
        self._last_directions = 0
        self.norm = QComboBox()
        for label, value in ((self.tr("per filter"), "filter"), (self.tr("per layer"), "layer"),
                             (self.tr("whole model"), "model"), (self.tr("none"), "none")):
            self.norm.addItem(label, value)
        self.norm.setToolTip(self.tr("How random directions are scaled to the weights"))
        self.bias = QCheckBox(self.tr("Move biases"))

    def _build_grid_controls(self) -> None:
        """How many points, how far, how often."""
        self.resolution = QSpinBox()
        self.resolution.setRange(11, 101)
        self.resolution.setSingleStep(10)
        self.resolution.setValue(31)
        self.span = QDoubleSpinBox()
        self.span.setRange(0.05, 10.0)
        self.span.setSingleStep(0.25)
        self.span.setValue(1.0)
        self.every = QComboBox()
        for label, value in ((self.tr("by hand"), 0.0), (self.tr("every 5 s"), 5.0),
                             (self.tr("every 15 s"), 15.0), (self.tr("every 60 s"), 60.0)):
            self.every.addItem(label, value)

    def _build_view_controls(self) -> None:
        """How the numbers are drawn, and the progress of their computation."""
        self.log_scale = QCheckBox(self.tr("Log scale"))
        self.one_d = QCheckBox(self.tr("1-D slice"))
        self.accuracy = QCheckBox(self.tr("Show accuracy"))
        self.accuracy.setToolTip(self.tr("Training accuracy over the plane instead of the loss"))
        self.surface = QCheckBox(self.tr("3-D surface"))
        self.recompute = QPushButton(self.tr("Recompute now"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.readout = QLabel()
        self.readout.setWordWrap(True)

    def _connect_controls(self) -> None:
        self.directions.activated.connect(self._directions_chosen)
        self.resolution.editingFinished.connect(self._emit)
        self.span.editingFinished.connect(self._emit)
        self.every.activated.connect(lambda _i: self._emit())
        self.norm.activated.connect(lambda _i: self._emit())
        self.bias.toggled.connect(lambda _on: self._emit())
        self.one_d.toggled.connect(self._one_d_toggled)
        self.log_scale.toggled.connect(lambda _on: self._draw_grid())
        self.accuracy.toggled.connect(lambda _on: self._draw_grid())
        self.surface.toggled.connect(lambda _on: (self._draw_grid(), self._draw_path()))
        self.recompute.clicked.connect(self.recomputeRequested)

    def _controls_grid(self) -> QGridLayout:
        controls = QGridLayout()
        controls.addWidget(QLabel(self.tr("Directions")), 0, 0)
        controls.addWidget(self.directions, 0, 1)
        controls.addWidget(QLabel(self.tr("Points per axis")), 0, 2)
        controls.addWidget(self.resolution, 0, 3)
        controls.addWidget(QLabel(self.tr("Range ±")), 1, 0)
        controls.addWidget(self.span, 1, 1)
        controls.addWidget(QLabel(self.tr("Recompute")), 1, 2)
        controls.addWidget(self.every, 1, 3)
        controls.addWidget(QLabel(self.tr("Scaling")), 2, 0)
        controls.addWidget(self.norm, 2, 1)
        controls.addWidget(self.bias, 2, 2)
        controls.addWidget(self.accuracy, 4, 0)
        controls.addWidget(self.log_scale, 3, 0)
        controls.addWidget(self.one_d, 3, 1)
        controls.addWidget(self.surface, 3, 2)
        controls.addWidget(self.recompute, 3, 3)
        return controls

    # -- settings ----------------------------------------------------------------------
    def settings(self) -> dict:
        return {"directions": self.directions.currentData(), "files": list(self._files),
                "resolution": self.resolution.value(), "span": self.span.value(),
                "every_seconds": self.every.currentData(), "one_d": self.one_d.isChecked(),
                "norm": self.norm.currentData(),
                "bias": "keep" if self.bias.isChecked() else "ignore"}

    def apply_settings(self, settings: dict) -> None:
        """Show these settings (engine defaults for what is missing), without emitting."""
        from engine.shared.landscape_settings import LandscapeSettings
        values = LandscapeSettings(**settings)
        widgets = (self.directions, self.resolution, self.span, self.every, self.one_d,
                   self.norm, self.bias)
        for widget in widgets:
            widget.blockSignals(True)
        self._files = tuple(values.files)
        self.directions.setCurrentIndex(max(0, self.directions.findData(values.directions)))
        self._last_directions = self.directions.currentIndex()
        self.resolution.setValue(values.resolution)
        self.span.setValue(values.span)
        index = self.every.findData(values.every_seconds)
        if index < 0:
            self.every.addItem(self.tr("every {0:g} s").format(values.every_seconds),
                               values.every_seconds)
            index = self.every.count() - 1
        self.every.setCurrentIndex(index)
        self.one_d.setChecked(values.one_d)
        self.norm.setCurrentIndex(max(0, self.norm.findData(values.norm)))
        self.bias.setChecked(values.bias == "keep")
        for widget in widgets:
            widget.blockSignals(False)
        self.surface.setEnabled(not values.one_d)

    def _emit(self) -> None:
        self.settingsChanged.emit(self.settings())

    def _directions_chosen(self, _index: int) -> None:
        if self.directions.currentData() == "files":
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Two experiment files: the line runs from one to the other"),
                "", self.tr("Deepscope experiments (*.deepscope)"))
            if not self.use_files(paths):
                self.directions.setCurrentIndex(self._last_directions)
            return
        self._last_directions = self.directions.currentIndex()
        self._emit()

    def use_files(self, paths: list[str]) -> bool:
        """Take two experiment files for the line (earlier step first) and ask for it;
        False, with a ``problem`` message, when they cannot make one."""
        from engine.shared.experiment_file import ExperimentFileError, read_saved
        if len(paths) != 2:
            self.problem.emit(self.tr("Pick exactly two experiment files for the line (you "
                                      "picked {0}).").format(len(paths)))
            return False
        try:
            saved = sorted((read_saved(path) for path in paths), key=lambda f: f.step)
        except ExperimentFileError as exc:
            self.problem.emit(error_text(exc))
            return False
        if not all(f.has_weights for f in saved):
            self.problem.emit(self.tr("A settings-only file has no weights to draw a line "
                                      "to; pick two saved runs."))
            return False
        self._files = tuple(str(f.path) for f in saved)
        self.directions.setCurrentIndex(self.directions.findData("files"))
        self._last_directions = self.directions.currentIndex()
        self._emit()
        return True

    # -- drawing -----------------------------------------------------------------------
    def show_snapshot(self, snap) -> None:
        data = snap.landscape
        self._data = data
        if data is None:
            self.readout.setText(self.tr("The landscape is computed while training runs."))
            return
        key = (id(data.losses), data.progress, data.losses.shape)
        if key != self._grid_key:
            self._grid_key = key
            self._draw_grid()
        self._draw_path()
        self.progress.setValue(round(100 * data.progress))
        self.progress.setVisible(data.progress < 1.0)
        self.readout.setText(self.texts.readout(data, self._files))
        self.frames_drawn += 1

    def _one_d_toggled(self, on: bool) -> None:
        self.surface.setEnabled(not on)  # a slice has no surface
        self._emit()

    def _showing_3d(self) -> bool:
        data = self._data
        return (self.surface.isChecked() and self.surface.isEnabled() and data is not None
                and len(data.betas) > 1)

    def _draw_path(self) -> None:
        data = self._data
        if data is None:
            return
        if self._showing_3d():
            self.surface3d.set_path(data.trajectory, data.current)
        elif len(data.betas) > 1:
            self.flat.draw_path(data)
        else:
            row = (data.accuracies if self._showing_accuracy() else data.losses)[0]
            at = float(np.interp(data.current[0], data.alphas, row))
            self.flat.draw_path(data, float(self._scaled(np.array([at]))[0]))

    def _scaled(self, values: np.ndarray) -> np.ndarray:
        if self._showing_accuracy():
            return values
        if self.log_scale.isChecked():
            return np.log10(np.maximum(values, 1e-12))
        return values

    def _value_label(self) -> str:
        return (self.tr("accuracy") if self._showing_accuracy()
                else self.tr("log10 loss") if self.log_scale.isChecked() else self.tr("loss"))

    def _draw_grid(self) -> None:
        data = self._data
        if data is None:
            return
        source = data.accuracies if self._showing_accuracy() else data.losses
        values = self._scaled(source.astype(np.float32))
        finite = values[np.isfinite(values)]
        if not finite.size:
            return
        low, high = float(finite.min()), float(finite.max())
        high = high if high > low else low + 1e-6
        three_d = self._showing_3d()
        self.pages.setCurrentWidget(self.surface3d if three_d else self.plot)
        if three_d:
            self.surface3d.set_surface(values, data.alphas, data.betas, (low, high),
                                       self._value_label())
        elif len(data.betas) > 1:
            self.flat.draw_grid(data, values, (low, high))
        else:
            self.flat.draw_line(data, values, self._value_label())

    def _showing_accuracy(self) -> bool:
        data = self._data
        return self.accuracy.isChecked() and data is not None and data.accuracies is not None
