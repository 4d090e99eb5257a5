"""The projector's legend: one row per group (a class, or a word group such as days or
capitals) with its colour, its name in the window's language and how many points it
has. It sits beside the cloud, not over it (drawn on the plot, it hid the points in its
corner), and a click on a group rings its members in the cloud; a second click clears.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QGridLayout, QToolButton, QWidget

from engine.shared.results.projection import GLUE_GROUP


def group_title(name: str) -> str:
    """A group as a person reads it: the generated corpus's word groups by their names
    in the window's language; a class name or a person's own group as it is."""
    # Literal translate() calls, one per group, so that lupdate finds every one.
    titles = {
        "day": QCoreApplication.translate("ProjectorLegend", "days"),
        "month": QCoreApplication.translate("ProjectorLegend", "months"),
        "country": QCoreApplication.translate("ProjectorLegend", "countries"),
        "capital": QCoreApplication.translate("ProjectorLegend", "capitals"),
        "number": QCoreApplication.translate("ProjectorLegend", "numbers"),
        "colour": QCoreApplication.translate("ProjectorLegend", "colours"),
        "animal": QCoreApplication.translate("ProjectorLegend", "animals"),
        "family": QCoreApplication.translate("ProjectorLegend", "family"),
        "job": QCoreApplication.translate("ProjectorLegend", "jobs"),
        "food": QCoreApplication.translate("ProjectorLegend", "food"),
        "verb_present": QCoreApplication.translate("ProjectorLegend", "verbs, present"),
        "verb_past": QCoreApplication.translate("ProjectorLegend", "verbs, past"),
        GLUE_GROUP: QCoreApplication.translate("ProjectorLegend", "other words"),
    }
    return titles.get(name, name)


class GroupLegend(QWidget):
    #: The group whose members to ring, or -1 for none.
    picked = Signal(int)

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolTip(QCoreApplication.translate(
            "ProjectorLegend", "Click a group to ring its points; click it again to clear"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(0)
        self.buttons: list[QToolButton] = []
        #: The group each button stands for (groups without points have none).
        self.groups: list[int] = []
        self.chosen = -1

    def set_groups(self, names: tuple[str, ...], counts: list[int],
                   colours: list[tuple[int, int, int]]) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons, self.chosen = [], -1
        shown = self.groups = [k for k, count in enumerate(counts) if count]
        for place, k in enumerate(shown):
            swatch = QPixmap(10, 10)
            swatch.fill(QColor(*colours[k]))
            button = QToolButton()
            button.setIcon(QIcon(swatch))
            button.setText(f"{group_title(names[k]) or '—'} ({counts[k]})")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _checked, k=k: self._clicked(k))
            self.grid.addWidget(button, place // self.COLUMNS, place % self.COLUMNS)
            self.buttons.append(button)
        self.setVisible(len(shown) > 1)

    def titles(self) -> list[str]:
        return [button.text() for button in self.buttons]

    def _clicked(self, k: int) -> None:
        self.chosen = -1 if k == self.chosen else k
        for group, button in zip(self.groups, self.buttons):
            button.setChecked(group == self.chosen)
        self.picked.emit(self.chosen)
