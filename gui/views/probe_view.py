"""A demo view that draws one live probe: its picture, or a page that says in a sentence
what the view needs when the run cannot feed it (the wrong kind of data, a network without
the layers it follows, or the probe's own reason) instead of an empty picture.

The base's sentence names its context ("ProbeView") in a literal translate() call: self.tr
here would look it up under the subclass's name, and a helper wrapping translate() hides
the literal from pyside6-lupdate.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from engine.shared.commands import SetProbeOptions
from gui.messages import render_message
from gui.views.demo_view import DemoView


class ProbeView(DemoView):

    #: The probe this view reads; set by each view.
    PROBE = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needs = QLabel()
        self.needs.setWordWrap(True)
        self.needs.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.needs.setMargin(24)
        notice = QWidget()
        notice_layout = QVBoxLayout(notice)
        notice_layout.addStretch(1)
        notice_layout.addWidget(self.needs)
        notice_layout.addStretch(2)
        self.content = QWidget()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.content)
        self.pages.addWidget(notice)
        #: The probe's refusal of what a person just asked for (text the model cannot
        #: read, an image of another size): said above the picture, so the controls to
        #: fix it stay in reach.
        self.inline_problem = QLabel()
        self.inline_problem.setWordWrap(True)
        self.inline_problem.setStyleSheet("color: rgb(180, 40, 40); padding: 2px 4px;")
        self.inline_problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.inline_problem)
        layout.addWidget(self.pages)
        self.frames_drawn = 0
        self._asked_since_drawn = False

    def probe_names(self) -> set[str]:
        return {self.PROBE}

    def showing_notice(self) -> bool:
        return self.pages.currentIndex() == 1

    def send_options(self, options: dict) -> None:
        """The probe's options (SetProbeOptions), as a person chose them."""
        self._asked_since_drawn = True
        self.commandRequested.emit(SetProbeOptions(self.PROBE, options))

    def show_snapshot(self, snap) -> None:
        reason = self.unsupported(snap)
        refused = snap.live_problems.get(self.PROBE)
        data = snap.live.get(self.PROBE)
        self.inline_problem.setVisible(False)
        if reason is None and refused is not None:
            if self._asked_since_drawn and self.frames_drawn:
                self.inline_problem.setText(render_message(refused))
                self.inline_problem.setVisible(True)
                return
            reason = render_message(refused)
        if reason is None and data is None and self.frames_drawn == 0:
            reason = QCoreApplication.translate(
                "ProbeView", "Measuring… (the first picture comes with the next snapshot)")
        if reason is not None:
            self.needs.setText(reason)
            self.pages.setCurrentIndex(1)
            return
        self.pages.setCurrentIndex(0)
        if data is not None:
            self.draw(data, snap)
            self.frames_drawn += 1
            self._asked_since_drawn = False

    def draw(self, data, snap) -> None:
        raise NotImplementedError

    def unsupported(self, snap) -> str | None:
        """Why this run cannot feed the view, or None."""
        return None
