"""Pooling invariance: shift the input a few pixels and see how much each layer's maps
change, ‖a(x) − a(shifted x)‖ / ‖a(x)‖ over a batch of test images. Convolutions move
their maps along with the image and change nearly as much as the pixels; a pooling layer
(blue bars) summarises each neighbourhood and changes least.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from engine.shared.commands import SetProbeOptions
from gui.views.conv_plots import LayerBars
from gui.views.conv_view_base import ConvViewBase
from gui.views.map_tiles import PixelImage, ink_rgba, tile, to_qimage

MAX_SHIFT = 8


class PoolingView(ConvViewBase):
    PROBE = "pooling"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dx, self.dy = QSpinBox(), QSpinBox()
        for box, name in ((self.dx, self.tr("right ")), (self.dy, self.tr("down "))):
            box.setRange(-MAX_SHIFT, MAX_SHIFT)
            box.setPrefix(name)
            box.setSuffix(self.tr(" px"))
            box.valueChanged.connect(lambda _v: self._send())
        self.dx.setValue(1)
        self.bars = LayerBars(self.tr("layer"), self.tr("relative change"))
        self.before, self.after = PixelImage(minimum=80), PixelImage(minimum=80)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Shift the input")))
        controls.addWidget(self.dx)
        controls.addWidget(self.dy)
        controls.addStretch(1)
        images = QVBoxLayout()
        images.addWidget(self.before, 1)
        images.addWidget(self.after, 1)
        middle = QHBoxLayout()
        middle.addLayout(images, 1)
        middle.addWidget(self.bars.plot, 4)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.addLayout(controls)
        page.addLayout(middle, 1)
        page.addWidget(self.summary)

    def title(self) -> str:
        return self.tr("Pooling")

    def options(self) -> dict:
        return {"dx": self.dx.value(), "dy": self.dy.value()}

    def _send(self) -> None:
        self.commandRequested.emit(SetProbeOptions(self.PROBE, self.options()))

    def draw(self, data, snap) -> None:
        ticks = [self.tr("input")] + [label.split(" ")[1] for label in data.labels]
        values = [data.input_change, *data.change]
        marked = [False, *data.pooled]
        self.bars.show(values, marked, ticks)
        self.before.set_image(to_qimage(ink_rgba(tile(data.image))), self.tr("an image"))
        self.after.set_image(to_qimage(ink_rgba(tile(data.shifted))),
                             self.tr("shifted by ({0}, {1})").format(data.dx, data.dy))
        self.summary.setText(self._summary(data))
        if (data.dx, data.dy) != (self.dx.value(), self.dy.value()):
            self._send()  # the engine forgot the shift (a reset): ask again

    def _summary(self, data) -> str:
        text = self.tr("Shifting {0} test images by ({1}, {2}) pixels changes the pixels by "
                       "{3:.0%} and the predicted class of {4:.0%} of them.").format(
            data.n_images, data.dx, data.dy, data.input_change, data.flipped)
        pooled = [(label, change) for label, change, is_pool
                  in zip(data.labels, data.change, data.pooled) if is_pool]
        if not pooled:
            return text + " " + self.tr("This network has no pooling layer: add a "
                                        "MaxPool2d after a ReLU to see it change less.")
        before = {label: change for label, change in zip(data.labels, data.change)}
        label, change = pooled[0]
        index = list(before).index(label)
        previous = data.change[index - 1] if index > 0 else data.input_change
        return text + " " + self.tr("Layer {0} changes by {1:.0%}, the layer before it by "
                                    "{2:.0%}.").format(label, float(change), float(previous))
