"""A person's own points in the plane: what a click on the output map adds, an empty
plane to draw on, and points imported from a CSV file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGroupBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from engine.data import DATASETS, DataFileError, load_points_csv
from engine.shared.experiment import DataSettings
from gui.messages import error_text


class OwnPointsBox(QGroupBox):
    #: Changes to DataSettings fields (custom points, the "custom" dataset).
    changesAsked = Signal(dict)
    #: A file that cannot be imported: (title, message).
    failed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your own points"), parent)
        self.settings = DataSettings()
        self.problem = "classification"
        layout = QVBoxLayout(self)
        self.add_off = QRadioButton(self.tr("Click does nothing"))
        self.add_class0 = QRadioButton(self.tr("Click adds orange (class 0)"))
        self.add_class1 = QRadioButton(self.tr("Click adds blue (class 1)"))
        self.add_mode = QButtonGroup(self)
        for i, button in enumerate((self.add_off, self.add_class0, self.add_class1)):
            self.add_mode.addButton(button, i)
            layout.addWidget(button)
        self.add_off.setChecked(True)
        self.clear_button = QPushButton(self.tr("Clear all points"))
        self.clear_button.setToolTip(self.tr("Start from an empty plane and draw your own data"))
        self.clear_button.clicked.connect(
            lambda: self.changesAsked.emit({"dataset": "custom", "custom_points": ()}))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("A file with columns x1, x2, label (or value)"))
        self.import_button.clicked.connect(self._ask_csv)
        layout.addWidget(self.clear_button)
        layout.addWidget(self.import_button)

    def set_settings(self, settings: DataSettings, problem: str) -> None:
        """The data in force; a regression's clicks add values, not classes."""
        self.settings = settings
        if problem != self.problem:
            self.problem = problem
            regression = problem == "regression"
            self.add_class0.setText(self.tr("Click adds −1") if regression
                                    else self.tr("Click adds orange (class 0)"))
            self.add_class1.setText(self.tr("Click adds +1") if regression
                                    else self.tr("Click adds blue (class 1)"))

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import points"), str(Path.home()),
            self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> bool:
        """Load a person's CSV; on a bad file say why and keep the current data."""
        try:
            points = load_points_csv(path, self.problem)
        except DataFileError as exc:
            self.failed.emit(self.tr("Could not import {0}").format(Path(path).name),
                             error_text(exc))
            return False
        self.changesAsked.emit({"dataset": "custom", "custom_points": points})
        return True

    def click_label(self) -> float | None:
        """The label a click on the plane adds now, or None when clicks add nothing."""
        mode = self.add_mode.checkedId()
        info = DATASETS.get(self.settings.dataset)
        if mode <= 0 or (info is not None and not info.points_2d):
            return None
        if self.problem == "regression":
            return -1.0 if mode == 1 else 1.0
        return float(mode - 1)

    def add_point(self, x1: float, x2: float) -> None:
        label = self.click_label()
        if label is None:
            return
        points = (*self.settings.custom_points, (round(x1, 4), round(x2, 4), label))
        self.changesAsked.emit({"custom_points": points})
