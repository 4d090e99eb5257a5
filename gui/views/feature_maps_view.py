"""Feature maps (Fig. 2 of the review): an image's path through a ConvNet, left to right,
one column of maps per layer, ending in the class probabilities; below, one layer's maps
large. The input is a test image or what a person draws on the pad; the maps and the
prediction follow the pen (SetProbeOptions("feature_maps", ...) at most every 30 ms).
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.shared.commands import SetProbeOptions
from gui.views.conv_plots import ScoreBars
from gui.views.conv_view_base import ConvViewBase
from gui.views.drawing_pad import DrawingPad
from gui.views.map_tiles import PixelImage, ink_rgba, maps_rgba, tile, to_qimage

#: The pen's newest image reaches the engine at most this often (ms).
SEND_EVERY_MS = 30
#: A choice the engine has not drawn yet is sent again after this many seconds.
RESEND_AFTER = 1.0
#: Maps per column in the overview before a layer's maps wrap into more columns.
MAPS_PER_COLUMN = 8


class FeatureMapsView(ConvViewBase):
    PROBE = "feature_maps"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = QHBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.addLayout(self._input_column(), 2)
        page.addLayout(self._maps_column(), 5)

        self.mode = "test"              # "test": the engine's test image; "drawn": the pad
        self.chosen_layer = 0           # index into the data's layers (0 = first layer)
        self.data = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._send)
        self._sent_at = 0.0
        self._labels: tuple[str, ...] = ()

    def _input_column(self) -> QVBoxLayout:
        """The pad to draw on (or a test image), and what the network makes of it."""
        self.pad = DrawingPad()
        self.pad.setToolTip(self.tr("Draw with the left button; drag the image around with "
                                    "the right button (or Shift + left)."))
        self.pad.imageChanged.connect(self._drawn)
        self.clear = QPushButton(self.tr("Clear"))
        self.clear.clicked.connect(self._clear)
        self.test_index = QSpinBox()
        self.test_index.setRange(0, 0)
        self.test_index.setPrefix(self.tr("test image "))
        self.test_index.valueChanged.connect(lambda _v: self._use_test_image())
        self.use_test = QPushButton(self.tr("Use a test image"))
        self.use_test.clicked.connect(self._use_test_image)
        self.prediction = QLabel()
        font = self.prediction.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.prediction.setFont(font)
        hint = QLabel(self.tr("Draw on the pad with the left button, or drag the image "
                              "around with the right button."))
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.pad, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear)
        buttons.addWidget(self.use_test)
        left.addLayout(buttons)
        left.addWidget(self.test_index)
        left.addWidget(hint)
        left.addWidget(self.prediction)
        return left

    def _maps_column(self) -> QVBoxLayout:
        """Every layer's maps side by side with the class scores, and one layer large."""
        self.scaling = QComboBox()
        for text, key in ((self.tr("Colours per map"), "map"),
                          (self.tr("Colours per layer"), "layer"),
                          (self.tr("Colours for the whole network"), "global")):
            self.scaling.addItem(text, key)
        self.scaling.setCurrentIndex(1)
        self.scaling.setToolTip(self.tr(
            "Grey is 0, blue positive, orange negative. Full colour is the largest |value| "
            "of each map, of each layer, or of the whole network."))
        self.scaling.activated.connect(lambda _i: self._send())
        self.layer = QComboBox()
        self.layer.activated.connect(self._layer_chosen)
        self.strip = QHBoxLayout()
        self.strip.setSpacing(4)
        self.scores = ScoreBars(self.tr("probability"))
        self.scores.plot.setMinimumWidth(110)
        self.scores.plot.setMaximumWidth(170)
        self.strip_images: list[PixelImage] = []
        self.detail = PixelImage(minimum=120)
        controls = QHBoxLayout()
        controls.addWidget(self.scaling)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Layer")))
        controls.addWidget(self.layer)
        controls.addStretch(1)
        right = QVBoxLayout()
        overview = QHBoxLayout()
        overview.addLayout(self.strip, 1)
        overview.addWidget(self.scores.plot)
        right.addLayout(overview, 3)
        right.addLayout(controls)
        right.addWidget(self.detail, 4)
        return right

    def title(self) -> str:
        return self.tr("Feature maps")

    # -- sending the input -----------------------------------------------------------------
    def options(self) -> dict:
        options = {"scaling": self.scaling.currentData()}
        if self.mode == "drawn":
            options["image"] = [float(v) for v in self.pad.image.ravel()]
        else:
            options["index"] = self.test_index.value()
        return options

    def _send(self) -> None:
        self._sent_at = time.monotonic()
        self.commandRequested.emit(SetProbeOptions(self.PROBE, self.options()))

    def _drawn(self, _image) -> None:
        self.mode = "drawn"
        if not self._timer.isActive():  # the newest image goes at the timer's end
            self._timer.start(SEND_EVERY_MS)

    def _clear(self) -> None:
        self.pad.clear()  # emits imageChanged: drawn mode, a blank image

    def _use_test_image(self) -> None:
        self.mode = "test"
        self._timer.stop()
        self._send()

    def _layer_chosen(self, index: int) -> None:
        self.chosen_layer = index
        if self.data is not None:
            self._draw_detail(self.data)
            self._mark_strip()

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, data, snap) -> None:
        self.data = data
        self.test_index.blockSignals(True)
        self.test_index.setRange(0, max(data.n_test - 1, 0))
        if data.source == "test":
            self.test_index.setValue(data.index)
        self.test_index.blockSignals(False)
        if self.pad.image.shape != data.image.shape[1:]:
            self.pad.set_image(data.image[0])  # other data: start from their test image
            if self.mode == "drawn":
                self.mode = "test"
                self._send()
        elif data.source == "test" and self.mode == "test" and not self.pad.busy():
            self.pad.set_image(data.image[0])
        labels = tuple(layer.label for layer in data.layers)
        if labels != self._labels:
            self._rebuild_strip(labels)
        self._draw_strip(data)
        self._draw_detail(data)
        self.scores.show(data.probabilities, data.predicted)
        self.prediction.setText(self._prediction_text(data))
        self._resend_if_forgotten(data)

    def _prediction_text(self, data) -> str:
        if data.predicted < 0:
            return ""
        text = self.tr("Prediction: {0} ({1} %)").format(
            data.predicted, round(100 * float(data.probabilities[data.predicted])))
        if data.true_class >= 0:
            return text + "\n" + self.tr("true class: {0}").format(data.true_class)
        return text + "\n" + self.tr("your drawing")

    def _rebuild_strip(self, labels: tuple[str, ...]) -> None:
        for image in self.strip_images:
            self.strip.removeWidget(image)
            image.deleteLater()
        self.strip_images = []
        for k in range(len(labels) + 1):  # the input, then every layer
            image = PixelImage()
            image.setMinimumWidth(36)
            if k > 0:
                image.clicked.connect(lambda k=k: self._strip_clicked(k - 1))
            self.strip.addWidget(image, 1)
            self.strip_images.append(image)
        self.layer.clear()
        self.layer.addItems(list(labels))
        self._labels = labels
        self.chosen_layer = min(self.chosen_layer, len(labels) - 1)
        self.layer.setCurrentIndex(self.chosen_layer)

    def _strip_clicked(self, index: int) -> None:
        self.layer.setCurrentIndex(index)
        self._layer_chosen(index)

    def _draw_strip(self, data) -> None:
        self.strip_images[0].set_image(to_qimage(ink_rgba(tile(data.image))),
                                       self.tr("input"))
        for image, layer in zip(self.strip_images[1:], data.layers):
            maps = layer.scaled()
            if layer.spatial:
                columns = math.ceil(maps.shape[0] / MAPS_PER_COLUMN)
                picture = tile(maps, columns=columns)
            else:
                picture = maps.reshape(-1, 1)  # a vector: one column of cells
            image.set_image(to_qimage(maps_rgba(picture)), layer.label.split(" ")[1])
            image.setToolTip(layer.label)
        self._mark_strip()

    def _mark_strip(self) -> None:
        for k, image in enumerate(self.strip_images[1:]):
            image.selected = k == self.chosen_layer
            image.update()

    def _draw_detail(self, data) -> None:
        if not data.layers:
            return
        layer = data.layers[min(self.chosen_layer, len(data.layers) - 1)]
        maps = layer.scaled()
        if layer.spatial:
            picture = tile(maps)
        else:  # a vector: its values wrapped into a near-square block
            flat = maps.ravel()
            picture = tile(flat.reshape(-1, 1, 1), columns=math.ceil(math.sqrt(flat.size)),
                           gap=0)
        low = float(np.max(layer.scale)) if layer.scale.size else 0.0
        caption = self.tr("{0}: full colour = ±{1:.3g}").format(layer.label, low) \
            if self.scaling.currentData() != "map" else layer.label
        self.detail.set_image(to_qimage(maps_rgba(picture)), caption)

    def _resend_if_forgotten(self, data) -> None:
        wanted_source = self.mode
        if (data.source, data.scaling) == (wanted_source, self.scaling.currentData()):
            return
        if self._timer.isActive() or self.pad.busy():
            return
        if time.monotonic() - self._sent_at > RESEND_AFTER:
            self._send()

