"""The main window: gallery, data panel, network, output and curves, training bar.

It wires the panels and views to the one ExperimentState (gui/experiment_state.py),
which holds the experiment a person edits, sends their edits to the TrainingHost and
keeps the newest Snapshot; the window hands that snapshot to the visible views. No panel
or view calls back into the window: each emits what a person asked for.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from engine.shared import commands as cmd
from engine.shared.demos import Demo, list_demos
from engine.shared.experiment import Experiment
from gui.banner import Banner
from gui.experiment_state import ExperimentState
from gui.file_menu import ExperimentFiles
from gui.messages import render_message
from gui.output_pane import OutputPane
from gui.panel_edits import connect_edits
from gui.panels.data_panel import DataPanel
from gui.panels.gallery import GalleryPanel
from gui.panels.layer_builder import LayerBuilder
from gui.panels.network_panel import NetworkPanel
from gui.panels.training_bar import TrainingBar
from gui.play_control import PlayControl
from gui.stack_editing import StackEditing
from gui.trainer_recovery import TrainerRecovery
from gui.training_host import TrainingHost
from gui.window_status import TrainingStatus


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

        self.host = host or TrainingHost(self)
        #: The one holder of the experiment being edited, and of the newest snapshot.
        self.state = ExperimentState(self.host.send, parent=self)
        self.training_bar = TrainingBar()
        self.play = PlayControl(self.training_bar, self.host.send, self.hide_message, self)
        self.data_panel = DataPanel()
        self.network_panel = NetworkPanel()
        self.layer_builder = LayerBuilder()
        #: The builder's edits and its design for other data (see gui/stack_editing.py).
        self.stack_editing = StackEditing(self.layer_builder, self.state, self)
        self.caption = QLabel()
        self.caption.setObjectName("caption")
        self.caption.setWordWrap(True)
        self.message_banner = Banner(self)
        self.banner = self.message_banner.label
        self._build_layout()
        self._build_status_bar()
        self.files = ExperimentFiles(
            self.menuBar(), self.host.send, lambda: self.demo.id if self.demo else None,
            self.view_state, self.stack_editing.design_export, parent=self,
            data_path=lambda: self.state.experiment.data.path)
        self._connect()
        self._follow_state()
        #: Starts a new trainer when this one dies, from the newest restore point.
        self.recovery = TrainerRecovery(
            self.host, self.state, lambda: self.view_tabs.comparison is not None, self)
        self.recovery.problem.connect(self.show_message)
        self.host.died.connect(lambda _code: self.play.stop())
        self.status.show_loading()
        self.view_tabs.send_probes()

    @property
    def experiment(self) -> Experiment:
        """The experiment in force (held by ``state``; read-only here)."""
        return self.state.experiment

    @property
    def running(self) -> bool:
        """Whether the trainer was asked to play (held by ``play``)."""
        return self.play.running

    @property
    def snapshot(self):
        """The newest snapshot (held by ``state``)."""
        return self.state.snapshot

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
        #: The right pane: output map, landscape and demo views over the curves.
        self.output = OutputPane(self.state, self.show_message, self.language)
        self.tabs, self.view_tabs = self.output.tabs, self.output.view_tabs
        self.boundary_view = self.output.boundary_view
        self.landscape_view = self.output.landscape_view
        self.curves_view = self.output.curves_view
        self.demo_views = self.view_tabs.views
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.data_panel)
        splitter.addWidget(middle)
        splitter.addWidget(self.output)
        splitter.setSizes([230, 520, 420])
        splitter.setStretchFactor(1, 1)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.training_bar)
        layout.addLayout(self.message_banner.row())
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.resize(1400, 820)

    def _build_status_bar(self) -> None:
        self.status = TrainingStatus(self.statusBar())
        self.status.deviceChosen.connect(lambda device: self.change_training("device", device))
        self.device_label = self.status.device_label
        self.device_choice = self.status.device_choice
        self.speed_label = self.status.speed_label

    def _connect(self) -> None:
        connect_edits(self.state, self.training_bar, self.data_panel, self.network_panel)
        self.data_panel.problem.connect(self.show_message)  # a file that cannot be opened
        self.network_panel.weightEdited.connect(
            lambda layer, row, col, value: self.host.send(cmd.SetWeight(layer, row, col, value)))
        self.network_panel.neuronHovered.connect(self.boundary_view.focus_neuron)
        self.boundary_view.pointClicked.connect(self.data_panel.add_point)
        self.gallery.demoChosen.connect(self.open_demo)
        self.stack_editing.trainableChanged.connect(self.play.set_trainable)
        self.stack_editing.problem.connect(self.show_message)
        self.stack_editing.problemSolved.connect(self.hide_message)
        self.host.replied.connect(self.files.on_reply)
        self.files.opened.connect(self.show_opened)
        self.files.named.connect(self.show_file_name)
        self.files.problem.connect(self.show_message)
        self.files.status.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.host.failed.connect(self.on_training_failed)
        self.host.ready.connect(self.status.show_ready)
        play = self.play
        for key, slot in ((Qt.Key.Key_Space, play.toggle_play),
                          (Qt.Key.Key_Right, play.step_once), (Qt.Key.Key_R, play.reset)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def _follow_state(self) -> None:
        """Who shows the experiment in force, in this order (Qt calls the slots of one
        signal in the order they were connected), and the newest snapshot."""
        state = self.state
        for show in (self.training_bar.show_experiment, self.data_panel.show_experiment,
                     self.network_panel.show_experiment, self.status.show_experiment,
                     self.view_tabs.show_for_data, self.stack_editing.show_experiment):
            state.changed.connect(show)
        state.refused.connect(lambda msg: self.show_message(render_message(msg)))
        self.host.snapshotReady.connect(state.receive)
        state.snapshotChanged.connect(self.on_snapshot)

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
        self.output.show_landscape_settings(demo.landscape or {})
        self.play.running = False
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

    def show_tab(self, name: str) -> None:
        self.view_tabs.show(name)

    # -- edits -> commands ---------------------------------------------------------------
    def apply_experiment(self, experiment: Experiment) -> bool:
        """Propose a whole experiment to the state (False, and a banner, if refused)."""
        return self.state.propose(experiment)

    def change_training(self, field: str, value) -> None:
        self.state.change_training(field, value)

    def toggle_play(self) -> None:
        self.play.toggle_play()

    def step_once(self) -> None:
        self.play.step_once()

    # -- snapshots -> views ---------------------------------------------------------------
    def on_snapshot(self, snap) -> None:
        """The state's newest snapshot (a refusal it carried is applied already)."""
        if snap.message:
            self.show_message(render_message(snap.message))
        self.play.show_snapshot(snap)
        self.output.show_snapshot(snap)
        if self.network_panel.isVisible():
            self.output.faults.draw(self.network_panel, snap)
        self.status.show_snapshot(snap)
        self.snapshotDrawn.emit(snap)

    def on_training_failed(self, message: str, details: str) -> None:
        self.play.stop()
        self.show_message(self.tr("Training stopped after an error: {0}").format(message))
        if details:
            self.banner.setToolTip(details)

    # -- files -------------------------------------------------------------------------
    def view_state(self) -> dict:
        """The window's choices an experiment file keeps beside the experiment."""
        layers = self.network_tabs.currentWidget() is self.layer_builder
        return {**self.output.view_state(), "network_tab": "layers" if layers else "network",
                "design": self.stack_editing.design_export()}

    def show_opened(self, saved) -> None:
        """An experiment file was loaded by the training process: show it exactly."""
        self.stack_editing.design = None
        self.play.stop()
        self.demo = next((d for d in self.demos if d.id == saved.demo), None)
        if self.demo is not None:
            self.caption.setText(self.demo.text("caption", self.language))
            self.gallery.select(self.demo.id)
        view = saved.view if isinstance(saved.view, dict) else {}
        self.view_tabs.show_for_data(saved.experiment)
        self.output.restore(view)
        self.network_tabs.setCurrentWidget(
            self.layer_builder if view.get("network_tab") == "layers" else self.network_panel)
        self.state.take(saved.experiment)  # the trainer loaded it: nothing to send
        self.layer_builder.undo_stack.clear()
        self.hide_message()
        if isinstance(view.get("design"), dict):
            self.stack_editing.restore_design(view["design"])
        self.show_file_name(saved.path)

    def show_file_name(self, path) -> None:
        self.setWindowTitle(self.tr("Deepscope — {0}").format(path.name))

    def show_message(self, text: str) -> None:
        self.message_banner.show(text)

    def hide_message(self) -> None:
        self.message_banner.hide()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.host.shutdown()
        self.recovery.close()
        super().closeEvent(event)
