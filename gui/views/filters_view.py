"""Filters: the kernels each Conv2d layer slides over its input, as small images in the
maps' colours (grey 0, blue positive, orange negative; full colour is the layer's largest
|weight|). The first layer's kernels read pixels, so they look like the strokes and edges
they detect; a deeper kernel has one slice per input map, drawn as a grid: a row per
output map, a column per input map.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from engine.shared.results.convnet import scaled
from gui.views.conv_view_base import ConvViewBase, has_conv
from gui.views.map_tiles import PixelImage, maps_rgba, tile, to_qimage


class FiltersView(ConvViewBase):
    PROBE = "filters"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self.tr(
            "Each small square is a kernel: the pattern of weights a convolution looks for "
            "everywhere in its input. Grey is 0, blue positive, orange negative. Deeper "
            "layers: one row per output map, one column per input map."))
        self.caption.setWordWrap(True)
        self.holder = QWidget()
        self.rows = QVBoxLayout(self.holder)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.holder)
        page = QVBoxLayout(self.content)
        page.setContentsMargins(4, 4, 4, 4)
        page.addWidget(scroll, 1)
        page.addWidget(self.caption)
        self.images: list[PixelImage] = []
        self.titles: list[QLabel] = []

    def title(self) -> str:
        return self.tr("Filters")

    def unsupported(self, snap) -> str | None:
        reason = super().unsupported(snap)
        if reason is None and not has_conv(snap):
            return self.tr("This network has no convolution layer, so it has no kernels "
                           "to show. Add a Conv2d layer in the Layers tab.")
        return reason

    def draw(self, data, snap) -> None:
        if len(self.images) != len(data.layers):
            self._rebuild(len(data.layers))
        for image, title, layer in zip(self.images, self.titles, data.layers):
            out_c, in_c, kh, kw = layer.weights.shape
            kernels = layer.weights.reshape(out_c * in_c, kh, kw)
            values = scaled(kernels, [layer.scale] * len(kernels))
            picture = tile(values) if in_c == 1 else tile(values, columns=in_c)
            image.set_image(to_qimage(maps_rgba(picture)))
            title.setText(self.tr("{0}: full colour = ±{1:.3g}").format(layer.label,
                                                                        layer.scale))
            # A kernel of k×k pixels gets at least 6 screen pixels per weight.
            rows = picture.shape[0]
            image.setMinimumHeight(min(max(6 * rows, 60), 600))

    def _rebuild(self, n: int) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.images, self.titles = [], []
        for _ in range(n):
            title, image = QLabel(), PixelImage(minimum=60)
            self.rows.addWidget(title)
            self.rows.addWidget(image, 1)
            self.titles.append(title)
            self.images.append(image)
