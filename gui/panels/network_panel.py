"""The playground's network drawn as a network: feature inputs, hidden layers, output.

Each neuron shows its output over the input plane as a heatmap; links are coloured by the
sign of their weight and thickened by its size. The panel edits structure (features,
layers, neurons) through ``networkEdited`` and single weights through ``weightEdited``;
it never trains anything itself. Images and pens are built once per Snapshot or layout
change, so a repaint is only drawing calls.

Beside it: network_layout (geometry, hit-testing), network_links, network_paint (neurons,
captions), network_pixels (image data's input block), network_structure (+/− buttons,
edits), network_texts (names, tooltips).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLineF, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QInputDialog, QToolTip, QWidget

from engine.shared.catalogue import DATASETS, caption_info, sequence_info, translation_info
from engine.shared.experiment import FEATURES, DataSettings, Experiment, NetworkSettings
from gui.panels import network_layout as geo
from gui.panels import network_links as links
from gui.panels import network_paint as paint
from gui.panels import network_pixels as pixels
from gui.panels import network_texts as texts
from gui.panels.network_structure import StructureButtons, with_feature_toggled


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
        self._sequences = False
        #: Translation data: the translators are built from settings, not a stack.
        self._translation = False
        #: Captioned scenes: the captioners are built from settings, not a stack.
        self._captioning = False
        self._input_image: QImage | None = None
        self._n_outputs = 1
        self._images: tuple[tuple[QImage, ...], ...] = ()
        self._weights: tuple[np.ndarray, ...] = ()
        self._biases: tuple[np.ndarray, ...] = ()
        self._links: list[tuple[QPen, list[QLineF]]] = []
        self._hover: tuple | None = None
        self._hover_line: QLineF | None = None
        self._layout = geo.compute_layout(420, 300, len(FEATURES), (0, 1), (4, 2), 1)
        self._structure = StructureButtons(self, self._emit_network)
        self.set_network(self._network)

    # -- public API -----------------------------------------------------------------------
    def show_experiment(self, experiment: Experiment, _sections=frozenset()) -> None:
        self.set_data(experiment.data)  # the experiment in force (the window's state)
        self.set_network(experiment.network)

    def set_network(self, network: NetworkSettings) -> None:
        """Draw ``network``'s structure; a Snapshot of another shape keeps only what fits."""
        self._network = network
        self._structure.sync(network, self._drawn_hidden())
        self._relayout()

    def set_data(self, data: DataSettings) -> None:
        """Which data the network reads: 2-D points (features) or images (one block of
        pixels). Snapshots also say it; this shows it before the first one arrives."""
        info = DATASETS.get(data.dataset)
        shape = None if info is None or info.points_2d else info.image_shape
        self._translation = translation_info(data.dataset) is not None
        self._captioning = caption_info(data.dataset) is not None
        sequences = (sequence_info(data.dataset) is not None or self._translation
                     or self._captioning)
        if sequences != self._sequences:
            self._sequences = sequences
            for button in (self._structure.add_layer, self._structure.remove_layer):
                button.setVisible(not sequences)
            self.update()
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
                self._images = paint.neuron_images(snap.neuron_maps or (), snap.problem)
            else:  # an example image, and what each first-layer unit looks for
                if self._input_image is None:
                    self._input_image = pixels.example_image(snap, self._image_shape)
                self._images = pixels.pixel_images(self._input_image, self._weights,
                                                   self._image_shape)
        if n_outputs != self._n_outputs:
            self._n_outputs = n_outputs
            self._relayout()
        else:
            self._links = links.build_link_groups(self._layout, self._weights)
            self._update_drawing()

    def neuron_rect(self, layer: int, unit: int) -> QRectF:
        """Rectangle of a neuron, indexed like ``Snapshot.neuron_maps``."""
        return QRectF(self._layout.rects[layer][unit])

    def neuron_counts(self) -> tuple[int, ...]:
        """How many neurons each drawn column holds, the inputs first."""
        return tuple(len(column) for column in self._layout.rects)

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
    def _drawn_hidden(self) -> tuple[int, ...]:
        """The hidden layers the diagram draws: none for a builder's stack, which is
        described in words instead (it may hold layers that are not neurons)."""
        return () if self._network.layers else tuple(self._network.hidden)

    def stack_note(self) -> str:
        """What the panel says in place of a stack it cannot draw ('' for a perceptron)."""
        layers = self._network.layers
        return texts.stack_note(layers) if layers else ""

    def sequence_note(self) -> str:
        if self._translation:
            return texts.translation_note(self._network)
        if self._captioning:
            return texts.caption_note(self._network)
        return texts.sequence_note(self._network.layers)

    def _emit_network(self, network: NetworkSettings) -> None:
        self.set_network(network)
        self.networkEdited.emit(network)

    def _toggle_feature(self, name: str) -> None:
        network = with_feature_toggled(self._network, name)
        # image data feed their pixels: the 2-D features do not apply
        if network is not None and self._image_shape is None:
            self._emit_network(network)

    # -- cached drawing material ----------------------------------------------------------
    def _weight(self, k: int, row: int, col: int) -> float | None:
        return links.weight_at(self._weights, self._layout.rects, k, row, col)

    def _bias(self, layer: int, unit: int) -> float | None:
        return links.bias_at(self._biases, self._layout.rects, layer, unit)

    def neuron_image(self, layer: int, unit: int) -> QImage | None:
        """The picture drawn in a neuron (its heatmap, or an image's pixels and weights)."""
        return paint.image_at(self._images, self._layout.rects, layer, unit)

    def _relayout(self) -> None:
        self._layout = geo.layout_for(self.width(), self.height(), self._network.features,
                                      self._drawn_hidden(), self._n_outputs,
                                      pixels=self._image_shape is not None)
        self._structure.place(self._layout)
        self._set_hover(None)
        self._links = links.build_link_groups(self._layout, self._weights)
        self.update()

    # -- painting -------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        if self._sequences:
            # Features, neurons and links picture a net that reads one vector; a
            # recurrent net reads a sequence, and its own views draw it.
            paint.paint_centred_note(painter, self.rect(), self.sequence_note(),
                                     self.palette())
            painter.end()
            return
        self._paint_captions(painter)
        if self._network.layers:
            paint.paint_note(painter, self._layout, self.height(), self.stack_note(),
                             self.palette())
        else:
            links.paint_links(painter, self._links, self._hover_line)
        text = self.palette().color(QPalette.ColorRole.Text)
        paint.paint_inputs(painter, self._layout, self._network.features, text)
        if self._image_shape is not None:
            pixels.paint_input_note(painter, self._layout, self.input_note(), text)
        paint.paint_neurons(painter, self._layout, self.neuron_image, self._bias,
                            geo.neuron_of(self._hover))
        painter.end()

    def input_note(self) -> str:
        """What the input block stands for, e.g. "64 inputs (8×8 pixels)"."""
        return texts.input_note(self._image_shape)

    def _paint_captions(self, painter: QPainter) -> None:
        title, captions = texts.captions(self._drawn_hidden(), bool(self._network.layers),
                                         bool(self._image_shape))
        corner = QPointF(self._structure.remove_layer.x() + geo.BUTTON_SIDE + 8,
                         geo.LAYER_ROW_Y)
        paint.paint_captions(painter, self._layout, corner, title, captions,
                             self.palette().color(QPalette.ColorRole.Text))

    # -- mouse ----------------------------------------------------------------------------
    def _hit_test(self, point: QPointF) -> tuple | None:
        return self._layout.hit(point)

    def _set_hover(self, hit: tuple | None) -> None:
        if hit == self._hover:
            return
        before, after = geo.neuron_of(self._hover), geo.neuron_of(hit)
        self._hover = hit
        self._hover_line = self._layout.line_of(hit)
        if before != after:
            self.neuronHovered.emit(*(after or (-1, -1)))
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        self._update_drawing()

    def _update_drawing(self) -> None:
        """Repaint below the button rows only: neurons and links change, buttons don't."""
        self.update(0, int(geo.NEURONS_TOP) - 4, self.width(), self.height())

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self._set_hover(None if self._sequences else self._hit_test(event.position()))

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._set_hover(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        # On sequences the panel is a note: nothing drawn there to click.
        hit = None if self._sequences else self._hit_test(event.position())
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

    def _tooltip(self, hit: tuple | None) -> str:
        pictures = self._image_shape is not None and not self._layout.is_tiny(1)
        return texts.tooltip(hit, self._network.features, self.input_note(), pictures,
                             self._neuron_name, self._weight, self._bias)

    def _neuron_name(self, layer: int, unit: int) -> str:
        return texts.neuron_name(layer, unit, self._network.features,
                                 len(self._layout.rects), self._n_outputs, self.input_note())
