"""The playground's network drawn as a network: feature inputs, hidden layers, output.

Each neuron shows its output over the input plane as a heatmap; links are coloured by the
sign of their weight and thickened by its size. The panel edits structure (features,
layers, neurons) through ``networkEdited`` and single weights through ``weightEdited``;
it never trains anything itself. Images and pens are built once per Snapshot or layout
change, so a repaint is only drawing calls.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QInputDialog, QToolButton, QToolTip, QWidget

from engine.data import DATASETS
from engine.experiment import FEATURE_LABELS, FEATURES, DataSettings, NetworkSettings
from gui.panels import network_layout as geo


class NetworkPanel(QWidget):
    """Clicks: a feature toggles it; a link edits its weight; a neuron's small bias square
    (or shift+click on the neuron) edits its bias. Structure edits also redraw at once."""

    networkEdited = Signal(object)
    weightEdited = Signal(int, int, int, float)
    neuronHovered = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(420, 300)
        self._network = NetworkSettings()
        #: (height, width) of the examples for image data (the digits: no features, one
        #: input block, first-layer weights drawn as pictures); None for 2-D points.
        self._image_shape: tuple[int, int] | None = None
        self._input_image: QImage | None = None
        self._n_outputs = 1
        self._images: tuple[tuple[QImage, ...], ...] = ()
        self._weights: tuple[np.ndarray, ...] = ()
        self._biases: tuple[np.ndarray, ...] = ()
        self._links: list[tuple[QPen, list[QLineF]]] = []
        self._hover: tuple | None = None
        self._hover_line: QLineF | None = None
        self._layout = geo.compute_layout(420, 300, len(FEATURES), (0, 1), (4, 2), 1)
        self._add_layer = self._button("+", self.tr("Add a hidden layer"), "addLayer",
                                       lambda *_: self._edit_layers(+1))
        self._remove_layer = self._button("\u2212", self.tr("Remove the last hidden layer"),
                                          "removeLayer", lambda *_: self._edit_layers(-1))
        self._unit_buttons: list[tuple[QToolButton, QToolButton]] = []
        self.set_network(self._network)

    # -- public API -----------------------------------------------------------------------
    def set_network(self, network: NetworkSettings) -> None:
        """Draw ``network``'s structure; a Snapshot of another shape keeps only what fits."""
        self._network = network
        self._sync_buttons()
        self._relayout()

    def set_data(self, data: DataSettings) -> None:
        """Which data the network reads: 2-D points (features) or images (one block of
        pixels). Snapshots also say it; this shows it before the first one arrives."""
        info = DATASETS.get(data.dataset)
        shape = None if info is None or info.points_2d else info.image_shape
        if shape != self._image_shape:
            self._image_shape = shape
            self._input_image = None
            self._images = ()
            self._relayout()

    def show_snapshot(self, snap) -> None:
        """Take heatmaps, weights and biases from ``snap`` (None clears them) and repaint."""
        n_outputs, self._images, self._weights, self._biases = 1, (), (), ()
        if snap is not None:
            self.set_data(snap.experiment.data)
            if snap.problem == "classification" and snap.n_classes > 2:
                n_outputs = snap.n_classes
            self._weights = tuple(snap.weights or ())
            self._biases = tuple(snap.biases or ())
            if self._image_shape is None:
                self._images = geo.neuron_images(snap.neuron_maps or (), snap.problem)
            else:
                self._images = self._image_data_images(snap)
        if n_outputs != self._n_outputs:
            self._n_outputs = n_outputs
            self._relayout()
        else:
            self._build_links()
            self._update_drawing()

    def neuron_rect(self, layer: int, unit: int) -> QRectF:
        """Rectangle of a neuron, indexed like ``Snapshot.neuron_maps``."""
        return QRectF(self._layout.rects[layer][unit])

    def feature_rect(self, name: str) -> QRectF:
        """Rectangle of an input feature, switched on or not."""
        return QRectF(self._layout.feature_rects[FEATURES.index(name)])

    def neuron_at(self, point: QPointF) -> tuple[int, int] | None:
        return self._layout.neuron_at(point)

    def link_at(self, point: QPointF) -> tuple[int, int, int] | None:
        """(Linear layer index, out unit, in unit) of the link under ``point``, or None."""
        index = self._layout.link_at(point)
        return None if index is None else tuple(int(v) for v in self._layout.links[index])

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(560, 400)

    # -- structure editing ----------------------------------------------------------------
    def _button(self, text: str, tip: str, name: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setObjectName(name)
        button.setFixedSize(geo.BUTTON_SIDE, geo.BUTTON_SIDE)
        button.clicked.connect(slot)
        return button

    def _sync_buttons(self) -> None:
        """One +/− pair per hidden layer, enabled within the network's limits."""
        net = self._network
        hidden = self._drawn_hidden()
        while len(self._unit_buttons) > len(hidden):
            for button in self._unit_buttons.pop():
                button.deleteLater()
        while len(self._unit_buttons) < len(hidden):
            i = len(self._unit_buttons)
            add = self._button("+", self.tr("Add a neuron"), f"addUnit_{i}",
                               lambda *_, i=i: self._edit_units(i, +1))
            remove = self._button("\u2212", self.tr("Remove a neuron"), f"removeUnit_{i}",
                                  lambda *_, i=i: self._edit_units(i, -1))
            self._unit_buttons.append((add, remove))
            add.show()
            remove.show()
        for width, (add, remove) in zip(hidden, self._unit_buttons, strict=True):
            add.setEnabled(width < net.max_units)
            remove.setEnabled(width > 1)
        self._add_layer.setEnabled(not net.layers and len(hidden) < net.max_layers)
        self._remove_layer.setEnabled(not net.layers and len(hidden) > 0)

    def _drawn_hidden(self) -> tuple[int, ...]:
        """The hidden layers the diagram draws: none for a builder's stack, which is
        described in words instead (it may hold layers that are not neurons)."""
        return () if self._network.layers else tuple(self._network.hidden)

    def stack_note(self) -> str:
        """What the panel says in place of a stack it cannot draw ('' for a perceptron)."""
        layers = self._network.layers
        if not layers:
            return ""
        names = " → ".join(layer.label for layer in layers)
        return self.tr("Assembled in the Layers tab: {0}. The diagram draws perceptrons "
                       "only (Linear layers and one activation each); edit this network "
                       "there.").format(names)

    def _emit_network(self, **changes) -> None:
        network = dataclasses.replace(self._network, **changes)
        self.set_network(network)
        self.networkEdited.emit(network)

    def _edit_units(self, layer: int, delta: int) -> None:
        hidden = list(self._network.hidden)
        width = hidden[layer] + delta
        if 1 <= width <= self._network.max_units:
            hidden[layer] = width
            self._emit_network(hidden=tuple(hidden))

    def _edit_layers(self, delta: int) -> None:
        net = self._network
        hidden, activations = tuple(net.hidden), tuple(net.activations[:len(net.hidden)])
        activations += ("tanh",) * (len(hidden) - len(activations))
        if delta > 0 and len(hidden) < net.max_layers:
            hidden += (hidden[-1] if hidden else 4,)
            activations += (activations[-1] if activations else "tanh",)
        elif delta < 0 and hidden:
            hidden, activations = hidden[:-1], activations[:-1]
        else:
            return
        self._emit_network(hidden=hidden, activations=activations)

    def _image_data_images(self, snap) -> tuple[tuple[QImage, ...], ...]:
        """For image data: an example image as the input block and each first-layer
        unit's incoming weights as a picture (what the unit looks for)."""
        if self._input_image is None and len(snap.points.x_test):
            self._input_image = geo.grey_image(
                np.asarray(snap.points.x_test[0]).reshape(self._image_shape))
        inputs = (self._input_image,) if self._input_image is not None else ()
        weights = self._weights[0] if self._weights else None
        if weights is None or weights.shape[1] != np.prod(self._image_shape):
            return (inputs,)
        return (inputs, geo.receptive_field_images(weights, self._image_shape))

    def _toggle_feature(self, name: str) -> None:
        if self._image_shape is not None:
            return  # image data feed their pixels: the 2-D features do not apply
        on = set(self._network.features) ^ {name}
        if on:  # the network needs at least one input
            self._emit_network(features=tuple(f for f in FEATURES if f in on))

    # -- cached drawing material ----------------------------------------------------------
    def _fitting(self, arrays: tuple[np.ndarray, ...], k: int, shape: tuple[int, ...]):
        """``arrays[k]`` when it has the shape the drawn network needs, else None."""
        if k < len(arrays) and tuple(arrays[k].shape) == shape:
            return arrays[k]
        return None

    def _weight(self, k: int, row: int, col: int) -> float | None:
        rects = self._layout.rects
        weights = self._fitting(self._weights, k, (len(rects[k + 1]), len(rects[k])))
        return None if weights is None else float(weights[row, col])

    def _bias(self, layer: int, unit: int) -> float | None:
        biases = self._fitting(self._biases, layer - 1, (len(self._layout.rects[layer]),))
        return None if biases is None else float(biases[unit])

    def _image(self, layer: int, unit: int) -> QImage | None:
        if layer < len(self._images) and len(self._images[layer]) == len(
                self._layout.rects[layer]):
            return self._images[layer][unit]
        return None

    def _relayout(self) -> None:
        net = self._network
        if self._image_shape is not None:  # one input block: all the pixels
            self._layout = geo.compute_layout(self.width(), self.height(), 1, (0,),
                                              self._drawn_hidden(), self._n_outputs, None)
        else:
            enabled = tuple(FEATURES.index(f) for f in net.features if f in FEATURES)
            self._layout = geo.compute_layout(self.width(), self.height(), len(FEATURES),
                                              enabled, self._drawn_hidden(), self._n_outputs)
        xs = self._layout.column_x
        mid = (xs[0] + xs[-1]) / 2
        self._add_layer.move(int(mid - 110), int(geo.LAYER_ROW_Y))
        self._remove_layer.move(int(mid - 110 + geo.BUTTON_SIDE + 2), int(geo.LAYER_ROW_Y))
        side = int(self._layout.button_side)
        for x, (add, remove) in zip(xs[1:], self._unit_buttons, strict=False):
            for button, left in ((add, x - side - 1), (remove, x + 1)):
                button.setFixedSize(side, side)
                button.move(int(left), int(geo.UNIT_ROW_Y))
        self._set_hover(None)
        self._build_links()
        self.update()

    def _build_links(self) -> None:
        """(line, pen) per link, thin ones first so strong weights stay on top."""
        lay, groups, start = self._layout, [], 0
        for k in range(len(lay.rects) - 1):
            shape = (len(lay.rects[k + 1]), len(lay.rects[k]))
            count = shape[0] * shape[1]
            lines = list(lay.lines[start:start + count])
            start += count
            weights = self._fitting(self._weights, k, shape)
            # links run row-major over (out, in), like the matrix
            groups += geo.link_groups(lines, None if weights is None else weights.ravel())
        self._links = sorted(groups, key=lambda item: item[0].widthF())

    # -- painting -------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        self._paint_captions(painter)
        if self._network.layers:
            self._paint_stack_note(painter)
        else:
            geo.paint_links(painter, self._links, self._hover_line)
        geo.paint_inputs(painter, self._layout, self._network.features,
                         self.palette().color(QPalette.ColorRole.Text))
        if self._image_shape is not None:
            self._paint_input_note(painter)
        geo.paint_neurons(painter, self._layout, self._image, self._bias,
                          self._neuron_of(self._hover))
        painter.end()

    def _paint_stack_note(self, painter: QPainter) -> None:
        xs = self._layout.column_x
        box = QRectF(xs[0] + 40, self.height() * 0.3, max(60.0, xs[-1] - xs[0] - 80),
                     self.height() * 0.4)
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawRoundedRect(box, 8, 8)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(box.adjusted(10, 8, -10, -8), Qt.TextFlag.TextWordWrap
                         | Qt.AlignmentFlag.AlignCenter, self.stack_note())

    def input_note(self) -> str:
        """What the input block stands for, e.g. "64 inputs (8×8 pixels)"."""
        if self._image_shape is None:
            return ""
        h, w = self._image_shape
        return self.tr("{n} inputs ({h}×{w} pixels)").format(n=h * w, h=h, w=w)

    def _paint_input_note(self, painter: QPainter) -> None:
        rect = self._layout.rects[0][0]
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        xs = self._layout.column_x
        right = (xs[0] + xs[1]) / 2 if len(xs) > 1 else rect.right() + 30
        box = QRectF(geo.MARGIN, rect.bottom() + 4, right - geo.MARGIN, 44)
        painter.drawText(box, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignTop, self.input_note())

    def _paint_captions(self, painter: QPainter) -> None:
        n = len(self._drawn_hidden())
        title = self.tr("1 hidden layer") if n == 1 else self.tr("%n hidden layers", "", n)
        if self._network.layers:
            title = self.tr("Layer stack")
        captions = [(self.tr("Pixels") if self._image_shape else self.tr("Features"),
                     self.tr("In"))]
        captions += [(self.tr("1 neuron") if k == 1 else self.tr("%n neurons", "", k), str(k))
                     for k in self._drawn_hidden()]
        captions.append((self.tr("Output"), self.tr("Out")))
        corner = QPointF(self._remove_layer.x() + geo.BUTTON_SIDE + 8, geo.LAYER_ROW_Y)
        geo.paint_captions(painter, self._layout, corner, title, captions,
                           self.palette().color(QPalette.ColorRole.Text))

    # -- mouse ----------------------------------------------------------------------------
    def _hit_test(self, point: QPointF) -> tuple | None:
        return self._layout.hit(point)

    @staticmethod
    def _neuron_of(hit: tuple | None) -> tuple[int, int] | None:
        return hit[1:3] if hit and hit[0] in ("neuron", "bias") else None

    def _set_hover(self, hit: tuple | None) -> None:
        if hit == self._hover:
            return
        before, after = self._neuron_of(self._hover), self._neuron_of(hit)
        self._hover = hit
        self._hover_line = None
        if hit and hit[0] == "link":
            index = np.flatnonzero((self._layout.links == hit[1:]).all(axis=1))[0]
            self._hover_line = self._layout.lines[index]
        if before != after:
            self.neuronHovered.emit(*(after or (-1, -1)))
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        self._update_drawing()

    def _update_drawing(self) -> None:
        """Repaint below the button rows only: neurons and links change, buttons don't."""
        self.update(0, int(geo.NEURONS_TOP) - 4, self.width(), self.height())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self._set_hover(self._hit_test(event.position()))

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._set_hover(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        hit = self._hit_test(event.position())
        if event.button() != Qt.MouseButton.LeftButton or hit is None:
            super().mousePressEvent(event)
            return
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if hit[0] == "feature":
            self._toggle_feature(hit[1])
        elif hit[0] == "neuron" and hit[1] == 0:
            if self._image_shape is None:
                self._toggle_feature(self._network.features[hit[2]])
        elif hit[0] == "link" and hit[1] == 0 and self._image_shape is not None:
            return  # one drawn link stands for 64 weights: none to edit alone
        elif hit[0] == "bias" or (hit[0] == "neuron" and shift):
            layer, unit = hit[1:]
            value = self._ask_value(self.tr("Bias of {name}").format(
                name=self._neuron_name(layer, unit)), self._bias(layer, unit) or 0.0)
            if value is not None:
                self.weightEdited.emit(layer - 1, unit, -1, value)
        elif hit[0] == "link":
            k, row, col = hit[1:]
            value = self._ask_value(self.tr("Weight from {source} to {target}").format(
                source=self._neuron_name(k, col), target=self._neuron_name(k + 1, row)),
                self._weight(k, row, col) or 0.0)
            if value is not None:
                self.weightEdited.emit(k, row, col, value)

    def _ask_value(self, title: str, current: float) -> float | None:
        """A number from the person, or None if they cancel (tests replace this)."""
        value, ok = QInputDialog.getDouble(self, title, self.tr("New value:"), current,
                                           -1000.0, 1000.0, 4)
        return float(value) if ok else None

    # -- tooltips -------------------------------------------------------------------------
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self._tooltip(self._hit_test(QPointF(event.pos())))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    @staticmethod
    def _number(value: float | None) -> str:
        return "\u2014" if value is None else f"{value:.3f}"

    def _tooltip(self, hit: tuple | None) -> str:
        if hit is None:
            return ""
        if self._image_shape is not None and hit[0] in ("neuron", "link") and hit[1] == 0:
            if hit[0] == "link":
                return self.tr("Every pixel feeds {target}").format(
                    target=self._neuron_name(1, hit[2]))
            return self.input_note()
        if self._image_shape is not None and hit[0] == "neuron" and hit[1] == 1:
            return "\n".join((self._neuron_name(1, hit[2]), self.tr(
                "The picture shows its weight on each pixel: blue excites it, orange "
                "inhibits it")))
        if hit[0] == "feature" or (hit[0] == "neuron" and hit[1] == 0):
            name = hit[1] if hit[0] == "feature" else self._network.features[hit[2]]
            action = (self.tr("Click to switch this input off") if name in
                      self._network.features else self.tr("Off. Click to switch it on"))
            return f"{FEATURE_LABELS.get(name, name)}\n{action}"
        if hit[0] == "link":
            k, row, col = hit[1:]
            return "\n".join((
                self.tr("Weight {value}").format(value=self._number(self._weight(k, row, col))),
                self.tr("from {source} to {target}").format(
                    source=self._neuron_name(k, col), target=self._neuron_name(k + 1, row)),
                self.tr("Click to edit the weight")))
        layer, unit = hit[1:]
        return "\n".join((
            self.tr("Bias {value}").format(value=self._number(self._bias(layer, unit))),
            self._neuron_name(layer, unit),
            self.tr("Shift+click, or click the small square, to edit the bias")))

    def _neuron_name(self, layer: int, unit: int) -> str:
        if layer == 0 and self._image_shape is not None:
            return self.input_note()
        if layer == 0:
            name = self._network.features[unit]
            return FEATURE_LABELS.get(name, name)
        if layer == len(self._layout.rects) - 1:
            if self._n_outputs > 1:
                return self.tr("class {index}").format(index=unit)
            return self.tr("the output")
        return self.tr("neuron {unit} of layer {layer}").format(unit=unit + 1, layer=layer)
