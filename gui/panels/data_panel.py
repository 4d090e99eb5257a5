"""The data panel: dataset thumbnails, split, noise, batch size, regenerate, a person's
own points (click to add, clear, CSV import), for the digits and shapes how many training
examples keep their label, and image data of a person's own with augmentation
(gui/panels/image_data.py).

It emits changes to the experiment's data settings; the main window applies them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import SIGNAL, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import qthrottled

from engine.data import DATASETS, DataFileError, load_points_csv, sample_thumbnail_points
from engine.data.digits import PIXEL_MAX, thumbnail_images
from engine.data.shapes import CLASS_NAMES, thumbnail_shapes
from engine.experiment import DataSettings
from gui.colors import point_colors
from gui.panels.image_data import ImageDataBox, mosaic_of

#: Images generated when the shapes are picked (the lead's ConvNet demo sets its own).
SHAPES_POINTS = 3000

THUMB = 52


def digits_thumbnail(dataset_id: str = "digits") -> QImage:
    """Four digits (0-3) or shapes in a 2×2 mosaic, dark ink on white, scaled up."""
    if dataset_id == "shapes":
        images = thumbnail_shapes()
    else:
        images = thumbnail_images(4).astype(np.float32) / PIXEL_MAX
    ink = mosaic_of(images, 2, fill=0.0)
    mosaic = np.ascontiguousarray((255 - ink * 255).astype(np.uint8))
    small = QImage(mosaic.data, mosaic.shape[1], mosaic.shape[0], mosaic.shape[1],
                   QImage.Format.Format_Grayscale8)
    return small.scaled(THUMB, THUMB, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.FastTransformation)


def dataset_icon(dataset_id: str) -> QIcon:
    """A small picture of a dataset's points, like the playground's thumbnails (for
    image data: a few of its images)."""
    info = DATASETS[dataset_id]
    if not info.points_2d:
        return QIcon(QPixmap.fromImage(digits_thumbnail(dataset_id)))
    image = QImage(THUMB, THUMB, QImage.Format.Format_RGB32)
    image.fill(QColor(250, 250, 250))
    if dataset_id != "custom":
        xy, labels = sample_thumbnail_points(dataset_id, 160)
        colors = point_colors(labels, info.problem, info.max_classes)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        scale = (THUMB - 6) / 12.0
        for (x, y), c in zip(np.asarray(xy), colors):
            painter.setBrush(QColor(int(c[0]), int(c[1]), int(c[2])))
            painter.drawEllipse(int(3 + (x + 6) * scale) - 2, int(3 + (6 - y) * scale) - 2, 4, 4)
        painter.end()
    return QIcon(QPixmap.fromImage(image))


class DataPanel(QWidget):
    #: Changes to DataSettings fields, e.g. {"dataset": "xor"}.
    dataEdited = Signal(dict)
    #: Training batch size (lives in TrainSettings but sits here, as in the playground).
    batchSizeChanged = Signal(int)
    #: A file that cannot be used: the message for the window's banner (when nothing
    #: listens, a message box says it).
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = DataSettings()
        self._problem = "classification"
        self._slider_texts: dict[QSlider, tuple[QLabel, str]] = {}
        layout = QVBoxLayout(self)

        self.datasets_box = QGroupBox(self.tr("Which dataset do you want to use?"))
        self.thumb_grid = QGridLayout(self.datasets_box)
        self.dataset_buttons: dict[str, QToolButton] = {}
        for dataset_id, info in DATASETS.items():
            if getattr(info, "from_path", False):
                continue  # a person's files come through the open buttons below
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(dataset_icon(dataset_id))
            button.setIconSize(QSize(THUMB, THUMB))
            button.setToolTip(self._dataset_title(dataset_id))
            button.setObjectName(f"dataset-{dataset_id}")
            button.clicked.connect(lambda _c=False, d=dataset_id: self._pick(d))
            self.dataset_buttons[dataset_id] = button
        layout.addWidget(self.datasets_box)

        self.ratio = self._slider(10, 90, 50, self.tr("Ratio of training to test data: {0} %"))
        self.noise = self._slider(0, 50, 0, self.tr("Noise: {0}"))
        self.batch = self._slider(1, 64, 10, self.tr("Batch size: {0}"))
        # Dragging a slider regenerates the data live, at most ~7 times a second (superqt
        # throttles; the last value always lands), instead of on every pixel of travel.
        self._emit_ratio = qthrottled(
            lambda: self._emit({"train_ratio": self.ratio[1].value() / 100}),
            timeout=150, parent=self)
        self._emit_noise = qthrottled(
            lambda: self._emit({"noise": self.noise[1].value() / 100}), timeout=150,
            parent=self)
        self.ratio[1].valueChanged.connect(lambda _v: self._emit_ratio())
        self.noise[1].valueChanged.connect(lambda _v: self._emit_noise())
        self.batch[1].valueChanged.connect(self.batchSizeChanged)
        for label, slider in (self.ratio, self.noise, self.batch):
            layout.addWidget(label)
            layout.addWidget(slider)

        self.classes = QSpinBox()
        self.classes.setRange(2, 5)
        self.classes.setPrefix(self.tr("Classes: "))
        self.classes.valueChanged.connect(lambda k: self._emit({"n_classes": k}))
        layout.addWidget(self.classes)

        # The digits: how many training images keep their label (the rest only serve
        # unsupervised pre-training), and a word on what the images are.
        self.labels = QSpinBox()
        self.labels.setRange(0, 1797)
        self.labels.setSingleStep(10)
        self.labels.setKeyboardTracking(False)  # one edit when typing is done
        self.labels.setSpecialValueText(self.tr("all"))
        self.labels_label = QLabel(self.tr("Labelled examples"))
        self.labels_label.setBuddy(self.labels)
        self.labels.setToolTip(self.tr(
            "How many training images keep their label; the others are used only by "
            "layer-wise pre-training. The lowest value, “all”, keeps every label."))
        self.labels.valueChanged.connect(lambda n: self._emit({"labels": n}))
        self.image_note = QLabel(self.tr(
            "1,797 handwritten digits, each only 8×8 pixels (64 inputs): small enough to "
            "train in seconds. The 2-D features and your own points do not apply."))
        self.image_note.setWordWrap(True)
        for widget in (self.image_note, self.labels_label, self.labels):
            layout.addWidget(widget)
            widget.setVisible(False)  # shown while image data are picked
        self.image_data = ImageDataBox()
        self.image_data.dataEdited.connect(self.dataEdited)
        self.image_data.problem.connect(self._report)
        self.image_data.augment_box.setVisible(False)
        layout.addWidget(self.image_data)

        self.regenerate = QPushButton(self.tr("Regenerate"))
        self.regenerate.setToolTip(self.tr("New random points from the same distribution"))
        self.regenerate.clicked.connect(lambda: self._emit({"seed": self._settings.seed + 1}))
        layout.addWidget(self.regenerate)

        own = self.own_points = QGroupBox(self.tr("Your own points"))
        own_layout = QVBoxLayout(own)
        self.add_off = QRadioButton(self.tr("Click does nothing"))
        self.add_class0 = QRadioButton(self.tr("Click adds orange (class 0)"))
        self.add_class1 = QRadioButton(self.tr("Click adds blue (class 1)"))
        self.add_mode = QButtonGroup(self)
        for i, button in enumerate((self.add_off, self.add_class0, self.add_class1)):
            self.add_mode.addButton(button, i)
            own_layout.addWidget(button)
        self.add_off.setChecked(True)
        self.clear_button = QPushButton(self.tr("Clear all points"))
        self.clear_button.setToolTip(self.tr("Start from an empty plane and draw your own data"))
        self.clear_button.clicked.connect(
            lambda: self._emit({"dataset": "custom", "custom_points": ()}))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("A file with columns x1, x2, label (or value)"))
        self.import_button.clicked.connect(self._ask_csv)
        own_layout.addWidget(self.clear_button)
        own_layout.addWidget(self.import_button)
        layout.addWidget(own)
        layout.addStretch(1)
        self._arrange_thumbnails()

    # -- construction ----------------------------------------------------------------
    def _slider(self, low: int, high: int, value: int, text: str) -> tuple[QLabel, QSlider]:
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(low, high)
        slider.setValue(value)
        label = QLabel(text.format(value))
        slider.valueChanged.connect(lambda v: label.setText(text.format(v)))
        self._slider_texts[slider] = (label, text)
        return label, slider

    def _image_note(self, dataset_id: str) -> str:
        if dataset_id == "shapes":
            return self.tr(
                "Bars at four angles, circles, squares, triangles and crosses, 28×28 "
                "pixels, placed at random; noise makes them harder. Try a ConvNet "
                "(Layers tab).")
        if dataset_id == "digits-28":
            return self.tr(
                "The 1,797 8×8 handwritten digits enlarged to 28×28 (784 inputs), smoothed: "
                "the size LeNet and other MNIST nets expect. No new detail appears.")
        if getattr(DATASETS.get(dataset_id), "from_path", False):
            return self.tr("Your own images, made grey and 28×28 pixels (784 inputs). "
                           "The 2-D features and your own points do not apply.")
        return self.tr(
            "1,797 handwritten digits, each only 8×8 pixels (64 inputs): small enough to "
            "train in seconds. The 2-D features and your own points do not apply.")

    def _dataset_title(self, dataset_id: str) -> str:
        titles = {
            "circle": self.tr("Circle"), "xor": self.tr("Exclusive or"),
            "gaussians": self.tr("Gaussian blobs"), "spiral": self.tr("Spiral"),
            "moons": self.tr("Two moons"), "checkerboard": self.tr("Checkerboard"),
            "two-curves": self.tr("Two interleaved curves (Fig. 1a)"),
            "plane": self.tr("Plane (regression)"),
            "multi-gaussian": self.tr("Multi-Gaussian (regression)"),
            "custom": self.tr("Your own points"),
            "digits": self.tr("Digits (8×8 images)"),
            "digits-28": self.tr("Digits enlarged to 28×28"),
            "shapes": self.tr("Shapes (28×28 images)"),
        }
        return titles.get(dataset_id, DATASETS[dataset_id].title)

    def _arrange_thumbnails(self) -> None:
        """Show the datasets of the current problem type, four to a row."""
        for button in self.dataset_buttons.values():
            self.thumb_grid.removeWidget(button)
            button.hide()
        shown = [d for d in self.dataset_buttons
                 if DATASETS[d].problem == self._problem or d == "custom"]
        for i, dataset_id in enumerate(shown):
            button = self.dataset_buttons[dataset_id]
            self.thumb_grid.addWidget(button, i // 4, i % 4)
            button.show()

    # -- actions ---------------------------------------------------------------------
    def _pick(self, dataset_id: str) -> None:
        changes = {"dataset": dataset_id, "custom_points": ()}
        if dataset_id == "shapes" and self._settings.dataset != "shapes":
            # Every class, enough images of each for a ConvNet to learn them.
            changes.update(n_points=SHAPES_POINTS, n_classes=len(CLASS_NAMES), labels=0)
        self._emit(changes)

    def _report(self, text: str) -> None:
        if self.receivers(SIGNAL("problem(QString)")) > 0:
            self.problem.emit(text)
        else:
            self.show_error(self.tr("Could not open the data"), text)

    def _emit(self, changes: dict) -> None:
        current = {k: getattr(self._settings, k) for k in changes}
        if current != changes:
            self.dataEdited.emit(changes)

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import points"), str(Path.home()),
            self.tr("CSV files (*.csv *.txt *.tsv);;All files (*)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path: str) -> bool:
        """Load a person's CSV; on a bad file show why and keep the current data."""
        try:
            points = load_points_csv(path, self._problem)
        except DataFileError as exc:
            self.show_error(self.tr("Could not import {0}").format(Path(path).name), str(exc))
            return False
        self._emit({"dataset": "custom", "custom_points": points})
        return True

    def show_error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def click_label(self) -> float | None:
        """The label a click on the plane adds now, or None when clicks add nothing."""
        mode = self.add_mode.checkedId()
        info = DATASETS.get(self._settings.dataset)
        if mode <= 0 or (info is not None and not info.points_2d):
            return None
        if self._problem == "regression":
            return -1.0 if mode == 1 else 1.0
        return float(mode - 1)

    def add_point(self, x1: float, x2: float) -> None:
        label = self.click_label()
        if label is None:
            return
        points = (*self._settings.custom_points, (round(x1, 4), round(x2, 4), label))
        self._emit({"custom_points": points})

    # -- state from the window -----------------------------------------------------
    def set_settings(self, settings: DataSettings, problem: str, batch_size: int) -> None:
        """Show the settings in force (without emitting)."""
        self._settings = settings
        widgets = (self.ratio[1], self.noise[1], self.batch[1], self.classes, self.labels)
        for w in widgets:
            w.blockSignals(True)
        self.ratio[1].setValue(round(settings.train_ratio * 100))
        self.noise[1].setValue(round(settings.noise * 100))
        self.batch[1].setValue(batch_size)
        info = DATASETS.get(settings.dataset)
        images = info is not None and not info.points_2d
        adjustable = bool(getattr(info, "adjustable_classes", False))
        from_path = bool(getattr(info, "from_path", False))
        self.classes.setEnabled(bool(info and info.max_classes > 2) and
                                (adjustable or not images))
        self.classes.setMaximum(max(2, info.max_classes if info else 2))
        # The digits have ten classes and a person's files theirs, shown as they are.
        known = self.image_data.class_count(settings) if from_path else None
        fixed = known if from_path else None if adjustable else info.max_classes
        self.classes.setValue((fixed or settings.n_classes) if images else settings.n_classes)
        self.labels.setValue(settings.labels)
        self.image_note.setText(self._image_note(settings.dataset))
        self.image_note.setVisible(images)
        for widget in (self.labels_label, self.labels):  # the digits' pre-training demo
            widget.setVisible(settings.dataset in ("digits", "digits-28"))
        self.image_data.augment_box.setVisible(images)
        self.image_data.set_settings(settings)
        self.own_points.setEnabled(not images)
        self.own_points.setVisible(not images)  # room for the augmentation instead
        for w in widgets:
            w.blockSignals(False)
        for slider, (label, text) in self._slider_texts.items():
            label.setText(text.format(slider.value()))
        if problem != self._problem:
            self._problem = problem
            self._arrange_thumbnails()
            regression = problem == "regression"
            self.add_class0.setText(self.tr("Click adds −1") if regression
                                    else self.tr("Click adds orange (class 0)"))
            self.add_class1.setText(self.tr("Click adds +1") if regression
                                    else self.tr("Click adds blue (class 1)"))
        for dataset_id, button in self.dataset_buttons.items():
            button.setChecked(dataset_id == settings.dataset)
