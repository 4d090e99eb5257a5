"""The data panel's part for image data: a person's IDX files or image folder (which one
is loaded, how many images and classes), and the augmentation of training batches with
a preview strip of what the network will see.

Files are checked here, in the window's process, before the trainer is asked to load
them: a bad file gets a message at once and the data that train now stay as they are.
The preview uses the numpy twin of the trainer's augmentation (engine.data.augment).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import qthrottled

from engine.data import DATASETS, DataError
from engine.data.augment import AUGMENTATIONS, augment_images
from engine.shared.catalogue import flip_labels
from engine.shared.experiment import DataSettings
from gui.messages import error_text

#: Copies in the preview strip: the image itself, then augmented variants.
PREVIEW_COPIES = 8
PREVIEW_COLUMNS = 8
#: Side of one preview tile on screen, in pixels.
TILE = 30
#: At most this many of a person's images train at first (the whole file is kept).
FIRST_POINTS = 10_000


def _grey_image(mosaic: np.ndarray, width: int, height: int) -> QPixmap:
    """A float mosaic in [0, 1] as a pixmap of ``width`` × ``height``, crisp pixels."""
    data = np.ascontiguousarray(np.clip(mosaic * 255, 0, 255).astype(np.uint8))
    image = QImage(data.data, data.shape[1], data.shape[0], data.shape[1],
                   QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.FastTransformation))


def mosaic_of(images: np.ndarray, columns: int, gap: int = 1, fill: float = 0.5) -> np.ndarray:
    """(n, h, w) images in rows of ``columns``, ``gap`` pixels of ``fill`` between them."""
    n, h, w = images.shape
    rows = -(-n // columns)
    out = np.full((rows * (h + gap) - gap, columns * (w + gap) - gap), fill, np.float32)
    for i, image in enumerate(images):
        r, c = divmod(i, columns)
        out[r * (h + gap):r * (h + gap) + h, c * (w + gap):c * (w + gap) + w] = image
    return out


def first_image(settings: DataSettings, loaded: dict) -> np.ndarray | None:
    """One training image of the data ``settings`` name, (h, w) in [0, 1], or None."""
    dataset = settings.dataset
    if dataset == "shapes":
        from engine.data.shapes import draw_shapes
        label = np.array([1 if settings.n_classes > 1 else 0])  # a "bar /": shows turns
        return draw_shapes(label, np.random.default_rng(settings.seed), settings.noise)[0]
    if dataset in ("digits", "digits-28"):
        from engine.data.digits import PIXEL_MAX, thumbnail_images
        from engine.data.images import resample
        image = thumbnail_images(4)[2:3].astype(np.float32) / PIXEL_MAX
        return (resample(image, 28, 28) if dataset == "digits-28" else image)[0]
    if settings.path and settings.path in loaded:
        return loaded[settings.path][0][0]
    return None


class ImageDataBox(QWidget):
    """Open buttons, the loaded source, augmentation switches and their preview."""

    #: Changes to DataSettings fields.
    dataEdited = Signal(dict)
    #: A file that cannot be used: the message for the window's banner.
    problem = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = DataSettings()
        #: path -> (images (n, h, w), labels, class names) of files checked here.
        self._loaded: dict[str, tuple[np.ndarray, np.ndarray, tuple[str, ...]]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        buttons = QHBoxLayout()
        self.idx_button = QPushButton(self.tr("Open IDX files…"))
        self.idx_button.setToolTip(self.tr(
            "MNIST-format images (…-images-idx3-ubyte, may be .gz); the labels file "
            "(…-labels-idx1-ubyte) must lie beside it"))
        self.idx_button.clicked.connect(self._ask_idx)
        self.folder_button = QPushButton(self.tr("Open image folder…"))
        self.folder_button.setToolTip(self.tr(
            "A folder with one sub-folder of images per class; the sub-folders' names "
            "are the class names"))
        self.folder_button.clicked.connect(self._ask_folder)
        buttons.addWidget(self.idx_button)
        buttons.addWidget(self.folder_button)
        layout.addLayout(buttons)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setObjectName("image-source")
        layout.addWidget(self.source)

        group = self.augment_box = QGroupBox(self.tr("Augmentation of training images"))
        grid = QGridLayout(group)
        titles = {"flip": self.tr("Mirror"), "rotate": self.tr("Turn"),
                  "shift": self.tr("Shift"), "noise": self.tr("Noise")}
        self.augment_checks: dict[str, QCheckBox] = {}
        for i, name in enumerate(AUGMENTATIONS):
            check = QCheckBox(titles[name])
            check.toggled.connect(lambda _on: self._emit_augment())
            self.augment_checks[name] = check
            grid.addWidget(check, 0, i)
        self.strength = QSlider(Qt.Orientation.Horizontal)
        self.strength.setRange(0, 100)
        self.strength.setValue(50)
        self.strength_label = QLabel()
        self._emit_strength = qthrottled(self._emit_augment, timeout=150, parent=self)
        self.strength.valueChanged.connect(lambda _v: self._emit_strength())
        self.strength.valueChanged.connect(lambda _v: self._show_strength())
        strength_row = QHBoxLayout()
        strength_row.addWidget(self.strength_label)
        strength_row.addWidget(self.strength, 1)
        grid.addLayout(strength_row, 1, 0, 1, len(AUGMENTATIONS))
        self.preview = QLabel()
        self.preview.setObjectName("augment-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Room for two rows from the start: the panel's layout need not change later.
        rows = -(-PREVIEW_COPIES // PREVIEW_COLUMNS)
        self.preview.setFixedHeight(rows * (TILE + 2) + 2)
        self.preview.setToolTip(self.tr(
            "The first picture is a training image as it is; the others are variants the "
            "network may see in its place, a new one at every step"))
        grid.addWidget(self.preview, 2, 0, 1, len(AUGMENTATIONS))
        layout.addWidget(group)
        self._show_strength()

    # -- a person's files --------------------------------------------------------------
    def _ask_idx(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open IDX images"), str(Path.home()),
            self.tr("IDX images (*images*);;All files (*)"))
        if path:
            self.open_idx(path)

    def _ask_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Open image folder"),
                                                str(Path.home()))
        if path:
            self.open_folder(path)

    def open_idx(self, path: str | Path) -> bool:
        """Check an IDX images file (and its labels file) and switch to it; on a bad file
        report why and keep the current data."""
        from engine.data.idx import load_idx
        def load():
            images, labels, _ = load_idx(path)
            return images, labels, ()

        return self._open("idx", path, load)

    def open_folder(self, path: str | Path) -> bool:
        """Check a folder of class sub-folders and switch to it, as ``open_idx``."""
        from engine.data.image_folder import load_folder
        return self._open("folder", path, lambda: load_folder(path))

    def _open(self, dataset: str, path: str | Path, load) -> bool:
        path = str(Path(path).resolve())
        # Decoding thousands of images takes a few seconds: say so with the cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            loaded = load()
        except DataError as exc:
            self.problem.emit(self.tr("Could not open {0}: {1}").format(Path(path).name,
                                                                        error_text(exc)))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self._loaded = {path: loaded}  # only the newest: a file may hold 200 MB of pixels
        n = len(self._loaded[path][0])
        self.dataEdited.emit({"dataset": dataset, "path": path, "custom_points": (),
                              "n_points": min(n, FIRST_POINTS), "labels": 0})
        return True

    def source_text(self, settings: DataSettings) -> str:
        """What the loaded file or folder is, in a sentence; empty for built-in data."""
        info = DATASETS.get(settings.dataset)
        if info is None or not info.from_path:
            return ""
        if not settings.path:
            return self.tr("No file chosen yet.")
        name = Path(settings.path).name
        if settings.path not in self._loaded:
            return self.tr("Loaded: {0}").format(name)
        images, labels, names = self._loaded[settings.path]
        k = int(labels.max()) + 1
        text = self.tr("Loaded: {0} — {1} images, {2} classes").format(
            name, f"{len(images):,}", k)
        if names:
            shown = ", ".join(names[:6]) + (", …" if len(names) > 6 else "")
            text += " (" + shown + ")"
        return text

    def class_count(self, settings: DataSettings) -> int | None:
        """Classes of a person's data checked here, else None."""
        loaded = self._loaded.get(settings.path)
        return int(loaded[1].max()) + 1 if loaded is not None else None

    # -- augmentation ----------------------------------------------------------------
    def _show_strength(self) -> None:
        self.strength_label.setText(self.tr("Strength: {0} %").format(self.strength.value()))

    def _emit_augment(self) -> None:
        names = tuple(n for n in AUGMENTATIONS if self.augment_checks[n].isChecked()
                      and self.augment_checks[n].isEnabled())
        changes = {"augment": names, "augment_strength": self.strength.value() / 100}
        if any(getattr(self._settings, k) != v for k, v in changes.items()):
            self.dataEdited.emit(changes)
        self._draw_preview(names, changes["augment_strength"])

    def set_settings(self, settings: DataSettings) -> None:
        """Show the settings in force (without emitting)."""
        self._settings = settings
        flip_ok = flip_labels(settings.dataset) is not None
        for name, check in self.augment_checks.items():
            check.blockSignals(True)
            check.setChecked(name in settings.augment and (name != "flip" or flip_ok))
            check.blockSignals(False)
        mirror = self.augment_checks["flip"]
        mirror.setEnabled(flip_ok)
        mirror.setToolTip(self.tr(
            "Mirror left and right: only where a mirrored image is still of its class "
            "(a shoe stays a shoe, a 3 does not stay a 3)") if flip_ok else self.tr(
            "These images must not be mirrored: a mirrored digit is no digit"))
        self.strength.blockSignals(True)
        self.strength.setValue(round(settings.augment_strength * 100))
        self.strength.blockSignals(False)
        self._show_strength()
        self.source.setText(self.source_text(settings))
        self.source.setVisible(bool(self.source.text()))
        names = tuple(n for n in settings.augment if n != "flip" or flip_ok)
        self._draw_preview(names, settings.augment_strength)

    def _draw_preview(self, names: tuple[str, ...], strength: float) -> None:
        try:
            image = first_image(self._settings, self._loaded)
        except DataError:
            image = None
        if image is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("Open a file to preview its images."))
            self.preview_images = None
            return
        rng = np.random.default_rng(0)  # the same variants until a setting changes
        copies = augment_images(np.repeat(image[None], PREVIEW_COPIES - 1, axis=0), names,
                                strength, rng)
        self.preview_images = np.concatenate([image[None], copies])
        h, w = image.shape
        mosaic = mosaic_of(self.preview_images, PREVIEW_COLUMNS)
        scale = TILE / w
        pixmap = _grey_image(mosaic, round(mosaic.shape[1] * scale),
                             round(mosaic.shape[0] * scale))
        self.preview.setPixmap(pixmap)
