"""The window's right pane: the output map, the loss landscape and the demo views in
tabs (gui/view_tabs.py), above the loss curves.

It reads the experiment and sends through the window's ExperimentState, draws each
newest snapshot on the views a person can see, and keeps the choices a saved file
remembers beside the experiment (the tab, the landscape's settings, the log scale, the
comparison).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget

from engine.shared import commands as cmd
from gui.experiment_state import ExperimentState
from gui.view_faults import ViewFaults
from gui.view_tabs import ViewTabs
from gui.views.boundary_view import BoundaryView
from gui.views.curves_view import CurvesView
from gui.views.landscape_view import LandscapeView


class OutputPane(QSplitter):
    def __init__(self, state: ExperimentState, show_message: Callable[[str], None],
                 language: str = "en") -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.state = state
        #: Every view draws through it: a view's exception stays in that view.
        self.faults = ViewFaults(self)
        self.faults.faulted.connect(
            lambda view, error: show_message(self.tr(
                "The {0} view could not draw this run ({1}); the other views go on.")
                .format(self.view_name(view), error)))
        self.boundary_view = BoundaryView()
        self.landscape_view = LandscapeView()
        self.curves_view = CurvesView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.boundary_view, self.tr("Output"))
        self.tabs.addTab(self.landscape_view, self.tr("Loss landscape"))
        self.tabs.setUsesScrollButtons(True)
        #: The demo views and the comparison of runs (gui/view_tabs.py).
        self.view_tabs = ViewTabs(self.tabs, self.boundary_view, self.landscape_view,
                                  state, show_message, self.faults, language)
        self.addWidget(self.tabs)
        self.addWidget(self.curves_view)
        self.setSizes([420, 200])
        landscape = self.landscape_view
        landscape.settingsChanged.connect(
            lambda changes: state.send(cmd.SetLandscape(changes)))
        landscape.problem.connect(show_message)
        landscape.recomputeRequested.connect(lambda: state.send(cmd.RecomputeLandscape()))

    def show_snapshot(self, snap) -> None:
        """Draw ``snap`` on every view a person can see (the others wait for theirs)."""
        for view in (self.boundary_view, self.curves_view, self.landscape_view,
                     *self.view_tabs.visible_views()):
            if view.isVisible():
                self.faults.draw(view, snap)

    def view_name(self, view) -> str:
        """What a person calls ``view``: its tab's text, or "curves" for the curves."""
        index = self.tabs.indexOf(view)
        return self.tabs.tabText(index) if index >= 0 else self.tr("curves")

    def show_landscape_settings(self, settings: dict) -> None:
        """A demo's or a file's landscape settings, shown and sent to the trainer."""
        self.landscape_view.apply_settings(settings)
        self.state.send(cmd.SetLandscape(self.landscape_view.settings()))

    def view_state(self) -> dict:
        """This pane's part of what a saved file keeps beside the experiment."""
        return {"tab": self.view_tabs.current_name(),
                "landscape": self.landscape_view.settings(),
                "log_scale": self.curves_view.log_scale.isChecked(),
                "compare": self.view_tabs.comparison}

    def restore(self, view: dict) -> None:
        """A saved file's tab, landscape settings and log scale."""
        self.view_tabs.restore(view)
        try:
            self.landscape_view.apply_settings(view.get("landscape") or {})
        except (TypeError, ValueError):
            self.landscape_view.apply_settings({})
        self.state.send(cmd.SetLandscape(self.landscape_view.settings()))
        self.curves_view.log_scale.setChecked(bool(view.get("log_scale", False)))
