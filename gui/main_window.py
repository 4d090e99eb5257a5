"""The main window: gallery, data panel, network, output and curves, training bar.

It owns the experiment a person is editing, turns their edits into engine commands sent
to the TrainingHost, and hands each newest Snapshot to the visible views.
"""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from engine.data import DATASETS
from engine.shared import commands as cmd
from engine.shared.demos import Demo, list_demos
from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.network_stack import with_activation
from engine.shared.probe_registry import DEFAULT_PROBES
from gui.file_menu import ExperimentFiles
from gui.messages import error_text, render_message
from gui.panels.data_panel import DataPanel
from gui.panels.gallery import GalleryPanel
from gui.panels.layer_builder import LayerBuilder
from gui.panels.network_panel import NetworkPanel
from gui.panels.sequence_data import switch_changes
from gui.panels.training_bar import TrainingBar
from gui.stack_editing import StackEditing
from gui.view_tabs import ViewTabs
from gui.views.boundary_view import BoundaryView
from gui.views.curves_view import CurvesView
from gui.views.landscape_view import LandscapeView
from gui.worker import TrainingHost


class MainWindow(QMainWindow):
    #: Emitted after each snapshot has been drawn (tests and the screenshot mode wait on it).
    snapshotDrawn = Signal(object)

    def __init__(self, language: str = "en", device: str | None = None,
                 seed: int | None = None, host: TrainingHost | None = None) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Deepscope"))
        self.language = language
        self.device_override = device
        self.seed_override = seed
        self.demos = list_demos()
        self.demo: Demo | None = None
        self.experiment = Experiment()
        self.snapshot = None
        self.running = False
        self._snapshot_times: list[float] = []

        self.training_bar = TrainingBar()
        self.data_panel = DataPanel()
        self.network_panel = NetworkPanel()
        self.layer_builder = LayerBuilder()
        #: The builder's edits and its design for other data (see gui/stack_editing.py).
        self.stack_editing = StackEditing(self)
        self.boundary_view = BoundaryView()
        self.landscape_view = LandscapeView()
        self.curves_view = CurvesView()
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.banner_close = QToolButton(text="✕")
        self.banner_close.clicked.connect(self.hide_message)
        self.banner_close.hide()
        self._build_layout()
        self._build_status_bar()
        self._connect()

        self.host = host or TrainingHost(self)
        self.host.snapshotReady.connect(self.on_snapshot)
        self.host.failed.connect(self.on_worker_failed)
        self.host.ready.connect(self._on_host_ready)
        self.files = ExperimentFiles(self)
        self.statusBar().showMessage(self.tr("Loading PyTorch…"))
        self.send_probes()

    # -- construction ----------------------------------------------------------------
    def _build_layout(self) -> None:
        self.gallery = GalleryPanel(self.demos, self.language)
        dock = QDockWidget(self.tr("Gallery"), self)
        dock.setObjectName("galleryDock")
        dock.setWidget(self.gallery)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        # Wide enough for a demo's title on one or two lines, whatever the tabs need.
        dock.setMinimumWidth(180)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.gallery_dock = dock

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.caption)
        # Two editors of one network: the diagram (a perceptron) and the layer stack.
        self.network_tabs = QTabWidget()
        self.network_tabs.addTab(self.network_panel, self.tr("Network"))
        self.network_tabs.addTab(self.layer_builder, self.tr("Layers"))
        middle_layout.addWidget(self.network_tabs, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.boundary_view, self.tr("Output"))
        self.tabs.addTab(self.landscape_view, self.tr("Loss landscape"))
        self.tabs.setUsesScrollButtons(True)
        #: The demo views and the comparison of runs (gui/view_tabs.py).
        self.view_tabs = ViewTabs(self)
        self.demo_views = self.view_tabs.views
        right.addWidget(self.tabs)
        right.addWidget(self.curves_view)
        right.setSizes([420, 200])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.data_panel)
        splitter.addWidget(middle)
        splitter.addWidget(right)
        splitter.setSizes([230, 520, 420])
        splitter.setStretchFactor(1, 1)

        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.banner_close)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.training_bar)
        layout.addLayout(banner_row)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.resize(1400, 820)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.device_label = QLabel(self.tr("Device: starting…"))
        self.device_choice = QComboBox()
        for label, value in ((self.tr("auto"), "auto"), ("CPU", "cpu"), ("CUDA", "cuda"),
                             ("MPS", "mps")):
            self.device_choice.addItem(label, value)
        self.device_choice.setToolTip(self.tr("Which device trains"))
        self.device_choice.activated.connect(
            lambda _i: self.change_training("device", self.device_choice.currentData()))
        self.speed_label = QLabel()
        self.rate_label = QLabel()
        for widget in (self.device_label, self.device_choice, self.speed_label,
                       self.rate_label):
            bar.addPermanentWidget(widget)

    def _connect(self) -> None:
        bar = self.training_bar
        bar.playToggled.connect(self.toggle_play)
        bar.stepRequested.connect(self.step_once)
        bar.resetRequested.connect(self.reset)
        bar.trainingChanged.connect(self.change_training)
        bar.activationChanged.connect(self.change_activation)
        bar.problemChanged.connect(self.change_problem)
        bar.dropoutChanged.connect(
            lambda p: self.change_network(dataclasses.replace(self.experiment.network,
                                                              dropout=p)))
        self.data_panel.dataEdited.connect(self.change_data)
        self.data_panel.problem.connect(self.show_message)  # a file that cannot be opened
        self.data_panel.trainingChanged.connect(self.change_training)  # clipping, BPTT
        self.data_panel.batchSizeChanged.connect(
            lambda size: self.change_training("batch_size", size))
        self.network_panel.networkEdited.connect(self.change_network)
        self.network_panel.weightEdited.connect(self.set_weight)
        self.network_panel.neuronHovered.connect(self.boundary_view.focus_neuron)
        self.boundary_view.pointClicked.connect(self.data_panel.add_point)
        self.landscape_view.settingsChanged.connect(
            lambda changes: self.host.send(cmd.SetLandscape(changes)))
        self.landscape_view.problem.connect(self.show_message)
        self.landscape_view.recomputeRequested.connect(
            lambda: self.host.send(cmd.RecomputeLandscape()))
        self.gallery.demoChosen.connect(self.open_demo)
        for key, slot in ((Qt.Key.Key_Space, self.toggle_play),
                          (Qt.Key.Key_Right, self.step_once), (Qt.Key.Key_R, self.reset)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    # -- opening demos -----------------------------------------------------------------
    def open_demo(self, demo_id: str) -> None:
        demo = next((d for d in self.demos if d.id == demo_id), None)
        if demo is None:
            self.show_message(self.tr("No demo called '{0}'.").format(demo_id))
            return
        self.demo = demo
        self.stack_editing.design = None
        self.files.current_path = None
        experiment = demo.experiment
        if self.device_override:
            experiment = experiment.with_training(device=self.device_override)
        if self.seed_override is not None:
            experiment = experiment.with_training(seed=self.seed_override).with_data(
                seed=self.seed_override)
        self.setWindowTitle(self.tr("Deepscope — {0}").format(demo.text("title", self.language)))
        self.caption.setText(demo.text("caption", self.language))
        self.gallery.select(demo_id)
        self.landscape_view.apply_settings(demo.landscape or {})
        self.host.send(cmd.SetLandscape(self.landscape_view.settings()))
        self.running = False
        self.hide_message()
        # The old comparison ends before the new experiment arrives: its runs would
        # otherwise be laid over the new data (a ConvNet recipe over sequences) and
        # refuse it. A new comparison starts after the experiment it varies.
        if self.view_tabs.comparison is not None:
            self.view_tabs.set_comparison(None)
        self.apply_experiment(experiment)
        self.host.send(cmd.Pause())
        self.host.send(cmd.Reset())
        if demo.compare is not None:
            self.view_tabs.set_comparison(demo.compare.to_dict())
        # After the experiment: the new tab's probes must not run on the old run.
        self.view_tabs.show_for_demo(demo.views)

    def send_probes(self) -> None:
        """Only the probes of views a person can see run in the engine."""
        probes = DEFAULT_PROBES | self.view_tabs.probe_names()
        self.host.send(cmd.SetProbes(frozenset(probes)))

    def show_tab(self, name: str) -> None:
        self.view_tabs.show(name)

    # -- edits -> commands ---------------------------------------------------------------
    def apply_experiment(self, experiment: Experiment) -> bool:
        try:
            experiment.validate()
        except ExperimentError as exc:
            self.show_message(error_text(exc))
            return False
        self.experiment = experiment
        self.show_settings(experiment)
        self.host.send(cmd.SetExperiment(experiment))
        return True

    def show_settings(self, experiment: Experiment) -> None:
        problem = DATASETS[experiment.data.dataset].problem
        self.training_bar.set_experiment(experiment, problem)
        self.data_panel.set_settings(experiment.data, problem, experiment.training.batch_size,
                                     experiment.training)
        self.network_panel.set_data(experiment.data)
        self.network_panel.set_network(experiment.network)
        index = self.device_choice.findData(experiment.training.device)
        self.device_choice.setCurrentIndex(max(index, 0))
        self.view_tabs.show_for_data(experiment)
        if self.stack_editing.design is None:
            self.stack_editing.show_stack(experiment)
        self.stack_editing.update_trainable()

    def change_data(self, changes: dict) -> None:
        self.apply_experiment(self.experiment.with_data(**changes))

    def change_network(self, network) -> None:
        self.apply_experiment(self.experiment.replace(network=network))

    def change_activation(self, activation: str) -> None:
        self.change_network(with_activation(self.experiment.network, activation))

    def change_problem(self, problem: str) -> None:
        dataset = "plane" if problem == "regression" else "circle"
        # From sequences back to points: the playground's number of points and split.
        self.change_data({"dataset": dataset, "custom_points": (),
                          **switch_changes(dataset, self.experiment.data.dataset)})

    def change_training(self, field: str, value) -> None:
        try:
            experiment = self.experiment.with_training(**{field: value}).validate()
        except ExperimentError as exc:
            self.show_message(error_text(exc))
            return
        self.experiment = experiment
        self.host.send(cmd.SetTraining({field: value}))

    def set_weight(self, layer: int, row: int, col: int, value: float) -> None:
        self.host.send(cmd.SetWeight(layer, row, col, value))

    def toggle_play(self) -> None:
        if not self.running and not self.training_bar.play_button.isEnabled():
            return  # the Space key must not start a network that cannot train
        self.running = not self.running
        self.training_bar.set_running(self.running)
        self.host.send(cmd.Play() if self.running else cmd.Pause())
        if self.running:
            self.hide_message()

    def step_once(self) -> None:
        if not self.training_bar.step_button.isEnabled():
            return
        self.running = False
        self.training_bar.set_running(False)
        self.host.send(cmd.Step(1))

    def reset(self) -> None:
        self.host.send(cmd.Reset())

    # -- snapshots -> views ---------------------------------------------------------------
    def on_snapshot(self, snap) -> None:
        self.snapshot = snap
        if snap.message:
            self.show_message(render_message(snap.message))
        if not snap.running and self.running and snap.message:
            self.running = False
        self.training_bar.set_running(self.running)
        self.training_bar.set_step(snap.step, snap.epoch)
        if snap.refused and snap.experiment != self.experiment:
            # The engine refused a setting: show what is really in force.
            self.experiment = snap.experiment
            self.show_settings(snap.experiment)
        for view in (self.boundary_view, self.curves_view, self.landscape_view,
                     *self.view_tabs.visible_views()):
            if view.isVisible():
                view.show_snapshot(snap)
        if self.network_panel.isVisible():
            self.network_panel.show_snapshot(snap)
        self._update_status(snap)
        self.snapshotDrawn.emit(snap)

    def _update_status(self, snap) -> None:
        now = time.perf_counter()
        self._snapshot_times = [t for t in self._snapshot_times if now - t < 1.0] + [now]
        self.device_label.setText(self.tr("Device: {0}").format(snap.device))
        self.speed_label.setText(self.tr("{0:,.0f} steps/s").format(snap.steps_per_second))
        self.rate_label.setText(self.tr("{0} snapshots/s").format(len(self._snapshot_times)))

    def _on_host_ready(self, device: str) -> None:
        self.statusBar().showMessage(self.tr("PyTorch ready"), 2000)

    def on_worker_failed(self, message: str, details: str) -> None:
        self.running = False
        self.training_bar.set_running(False)
        self.show_message(self.tr("Training stopped after an error: {0}").format(message))
        if details:
            self.banner.setToolTip(details)

    # -- files -------------------------------------------------------------------------
    def view_state(self) -> dict:
        """The window's choices an experiment file keeps beside the experiment."""
        return {"tab": self.view_tabs.current_name(),
                "network_tab": "layers" if self.network_tabs.currentWidget()
                is self.layer_builder else "network",
                "landscape": self.landscape_view.settings(),
                "log_scale": self.curves_view.log_scale.isChecked(),
                "design": self.stack_editing.design_export(),
                "compare": self.view_tabs.comparison}

    def show_opened(self, saved) -> None:
        """An experiment file was loaded by the training process: show it exactly."""
        self.stack_editing.design = None
        self.running = False
        self.training_bar.set_running(False)
        self.demo = next((d for d in self.demos if d.id == saved.demo), None)
        if self.demo is not None:
            self.caption.setText(self.demo.text("caption", self.language))
            self.gallery.select(self.demo.id)
        view = saved.view if isinstance(saved.view, dict) else {}
        self.view_tabs.show_for_data(saved.experiment)
        self.view_tabs.restore(view)
        self.network_tabs.setCurrentWidget(
            self.layer_builder if view.get("network_tab") == "layers" else self.network_panel)
        try:
            self.landscape_view.apply_settings(view.get("landscape") or {})
        except (TypeError, ValueError):
            self.landscape_view.apply_settings({})
        self.host.send(cmd.SetLandscape(self.landscape_view.settings()))
        self.curves_view.log_scale.setChecked(bool(view.get("log_scale", False)))
        self.experiment = saved.experiment
        self.show_settings(saved.experiment)
        self.layer_builder.undo_stack.clear()
        self.hide_message()
        if isinstance(view.get("design"), dict):
            self.stack_editing.restore_design(view["design"])
        self.show_file_name(saved.path)

    def show_file_name(self, path) -> None:
        self.setWindowTitle(self.tr("Deepscope — {0}").format(path.name))

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()
        self.banner_close.show()

    def hide_message(self) -> None:
        self.banner.hide()
        self.banner_close.hide()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.host.shutdown()
        super().closeEvent(event)
