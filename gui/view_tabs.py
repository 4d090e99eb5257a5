"""The right pane's tabs: the output map, the loss landscape and the demo views
(gui/views/registry.py), and the comparison of runs the compare view starts.

The window keeps one ViewTabs; it routes each demo view's signals (commands for the
training process, banner messages, experiment changes, requests for another tab) and
asks the engine only for the probes of the tab a person can see. It reads the experiment
and the newest snapshot from the window's ExperimentState (gui/experiment_state.py) and
sends through it; it holds no experiment of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from engine.data import DATASETS
from engine.shared import commands as cmd
from engine.shared.catalogue import caption_info, sequence_info, translation_info, word_info
from engine.shared.comparison import Comparison
from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.probe_registry import DEFAULT_PROBES
from gui.experiment_state import ExperimentState
from gui.messages import error_text
from gui.view_faults import ViewFaults
from gui.views.registry import DATA_KINDS, create_views


class ViewTabs:
    """The demo views in ``tabs``, after its first two: ``output`` (the output map) and
    ``landscape`` (the loss landscape). Messages for the banner go to ``show_message``."""

    def __init__(self, tabs: QTabWidget, output: QWidget, landscape: QWidget,
                 state: ExperimentState, show_message: Callable[[str], None],
                 faults: ViewFaults, language: str = "en") -> None:
        self.tabs = tabs
        self.faults = faults
        self.output, self.landscape = output, landscape
        self.state = state
        self.show_message = show_message
        #: The demo views by name, each a tab after "Output" and "Loss landscape".
        self.views = create_views()
        #: The comparison last asked for (engine.shared.comparison dict), kept in saved files.
        self.comparison: dict | None = None
        for name, view in self.views.items():
            tabs.addTab(view, view.title())
            view.commandRequested.connect(self.send)
            view.problem.connect(show_message)
            view.changeRequested.connect(self.apply_change)
            view.tabRequested.connect(self.show)
            if hasattr(view, "language"):
                view.language = language
            view.setObjectName(f"{name}View")
        tabs.currentChanged.connect(self._on_tab_changed)

    # -- which tab -----------------------------------------------------------------------
    def named(self) -> dict:
        """Every tab's widget by name: "output", "landscape" and the demo views'."""
        return {"output": self.output, "landscape": self.landscape, **self.views}

    def current_name(self) -> str:
        current = self.tabs.currentWidget()
        return next((n for n, v in self.named().items() if v is current), "output")

    def show(self, name: str) -> None:
        """Show the output map ("output"), the landscape, or a demo view by name; a tab
        these data hide gives way to the first tab they show."""
        widget = self.named().get(name)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)
        self._show_a_visible_tab()

    def _show_a_visible_tab(self) -> None:
        tabs = self.tabs
        if tabs.isTabVisible(tabs.currentIndex()):
            return
        visible = [i for i in range(tabs.count()) if tabs.isTabVisible(i)]
        if visible:
            tabs.setCurrentIndex(visible[0])

    def show_for_demo(self, views: tuple[str, ...]) -> None:
        """The first demo view a demo lists, else its landscape, else the output map."""
        shown = next((v for v in views if v in self.views), None)
        self.show(shown or ("landscape" if "landscape" in views else "output"))

    def show_for_data(self, experiment: Experiment, _sections=frozenset()) -> None:
        """Tabs of views that picture these data only: the perceptron and hidden space
        for points in the plane, the feature maps and filters for images, the recurrent
        views for sequences (whose output is no map: the output tab hides for them)."""
        info = DATASETS.get(experiment.data.dataset)
        if translation_info(experiment.data.dataset) is not None:
            kind = "translation"
        elif caption_info(experiment.data.dataset) is not None:
            kind = "captioning"
        elif word_info(experiment.data.dataset) is not None:
            kind = "words"
        elif sequence_info(experiment.data.dataset) is not None:
            kind = "sequences"
        elif info is not None and info.image_shape is not None:
            kind = "images"
        else:
            kind = "points"
        tabs = self.tabs
        # Hiding the current tab makes Qt pick a neighbour; these data's own view is better.
        shown = tabs.currentWidget()
        tabs.setTabVisible(tabs.indexOf(self.output), kind not in ("sequences", "words",
                                                                   "translation",
                                                                   "captioning"))
        for name, view in self.views.items():
            tabs.setTabVisible(tabs.indexOf(view), DATA_KINDS[name] in ("any", kind))
        if not tabs.isTabVisible(tabs.indexOf(shown)):
            if kind in ("sequences", "words", "translation", "captioning"):
                self.show(next(name for name, k in DATA_KINDS.items() if k == kind))
            else:
                self.show("output")

    def probe_names(self) -> set[str]:
        """What the visible tab needs beyond the playground's probes."""
        name = self.current_name()
        if name == "landscape":
            return {"landscape"}
        return set(self.views[name].probe_names()) if name in self.views else set()

    def send_probes(self) -> None:
        """Only the probes of views a person can see run in the engine, and the
        playground panels' (the registry's defaults: output map, neurons, weights)."""
        self.state.send(cmd.SetProbes(DEFAULT_PROBES | self.probe_names()))

    def visible_views(self) -> list:
        return [view for view in self.views.values() if view.isVisible()]

    def _on_tab_changed(self, _index: int) -> None:
        self.send_probes()
        current = self.views.get(self.current_name())
        if current is not None and self.state.snapshot is not None:
            self.faults.draw(current, self.state.snapshot)

    # -- what the views ask for ----------------------------------------------------------
    def send(self, command) -> None:
        if isinstance(command, cmd.SetComparison):
            self.set_comparison(command.comparison)
        else:
            self.state.send(command)

    def set_comparison(self, comparison: dict | None) -> None:
        """Train the runs of ``comparison`` together (None: one run). The window then
        shows run 1's settings, the ones its other views picture."""
        state = self.state
        if comparison is not None:
            try:
                first = Comparison.from_dict(comparison).variant(0, state.experiment)
            except ExperimentError as exc:
                self.show_message(error_text(exc))
                return
            if first != state.experiment:
                # The trainer makes run 1 of these settings itself: nothing to send.
                state.take(first)
        self.comparison = comparison
        state.send(cmd.SetComparison(comparison))

    def apply_change(self, changes: dict) -> None:
        """A demo view asked for a change of the experiment, e.g. a hidden layer."""
        self.state.change_layout(changes)

    def restore(self, view_state: dict) -> None:
        """After a file opened: its tab; a comparison it was saved in comes back as the
        compare view's settings (the other runs' weights are not in the file)."""
        tab = view_state.get("tab")
        self.show(tab if isinstance(tab, str) else "output")
        self.comparison = None
        compare = view_state.get("compare")
        if "compare" in self.views and isinstance(compare, dict):
            self.views["compare"].prefill(compare)
