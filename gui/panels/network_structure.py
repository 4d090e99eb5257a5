"""The network panel's +/− buttons and the structure edits they (and clicks on the
features) make.

One pair adds or removes a hidden layer; one pair per hidden layer adds or removes a
neuron. The edits are pure functions of a NetworkSettings, so they can be checked without
a widget; the buttons only call them and hand the result to the panel.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QToolButton, QWidget

from engine.shared.experiment import FEATURES, NetworkSettings
from gui.panels.network_layout import BUTTON_SIDE, LAYER_ROW_Y, UNIT_ROW_Y, NetworkLayout


def with_units(network: NetworkSettings, layer: int, delta: int) -> NetworkSettings | None:
    """``network`` with ``delta`` more neurons in hidden ``layer``, None past the limits."""
    hidden = list(network.hidden)
    width = hidden[layer] + delta
    if not 1 <= width <= network.max_units:
        return None
    hidden[layer] = width
    return dataclasses.replace(network, hidden=tuple(hidden))


def with_layers(network: NetworkSettings, delta: int) -> NetworkSettings | None:
    """``network`` with a hidden layer added (a copy of the last one) or the last one
    removed, activations kept in step; None past the limits."""
    hidden = tuple(network.hidden)
    activations = tuple(network.activations[:len(hidden)])
    activations += ("tanh",) * (len(hidden) - len(activations))
    if delta > 0 and len(hidden) < network.max_layers:
        hidden += (hidden[-1] if hidden else 4,)
        activations += (activations[-1] if activations else "tanh",)
    elif delta < 0 and hidden:
        hidden, activations = hidden[:-1], activations[:-1]
    else:
        return None
    return dataclasses.replace(network, hidden=hidden, activations=activations)


def with_feature_toggled(network: NetworkSettings, name: str) -> NetworkSettings | None:
    """``network`` with feature ``name`` switched on or off (kept in FEATURES order);
    None where that would leave no input at all."""
    on = set(network.features) ^ {name}
    if not on:
        return None
    return dataclasses.replace(network, features=tuple(f for f in FEATURES if f in on))


def tool_button(parent: QWidget, text: str, tip: str, name: str, slot) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setObjectName(name)
    button.setFixedSize(BUTTON_SIDE, BUTTON_SIDE)
    button.clicked.connect(slot)
    return button


class StructureButtons:
    """The +/− buttons on ``parent``; ``edited`` receives each edited NetworkSettings.
    Texts are translated in the panel's context, where the translation has them."""

    def __init__(self, parent: QWidget, edited: Callable[[NetworkSettings], None]):
        self._parent = parent
        self._edited = edited
        self._network = NetworkSettings()
        self.add_layer = tool_button(
            parent, "+", QCoreApplication.translate("NetworkPanel", "Add a hidden layer"),
            "addLayer", lambda *_: self.edit_layers(+1))
        self.remove_layer = tool_button(
            parent, "\u2212",
            QCoreApplication.translate("NetworkPanel", "Remove the last hidden layer"),
            "removeLayer", lambda *_: self.edit_layers(-1))
        self.unit_buttons: list[tuple[QToolButton, QToolButton]] = []

    def sync(self, network: NetworkSettings, hidden: tuple[int, ...]) -> None:
        """One +/− pair per drawn ``hidden`` layer, enabled within the network's limits
        (layer buttons off for a builder's stack, which is edited in the Layers tab)."""
        self._network = network
        while len(self.unit_buttons) > len(hidden):
            for button in self.unit_buttons.pop():
                button.hide()  # now: deletion waits for the event loop's next turn
                button.deleteLater()
        while len(self.unit_buttons) < len(hidden):
            i = len(self.unit_buttons)
            add = tool_button(self._parent, "+",
                              QCoreApplication.translate("NetworkPanel", "Add a neuron"),
                              f"addUnit_{i}", lambda *_, i=i: self.edit_units(i, +1))
            remove = tool_button(self._parent, "\u2212",
                                 QCoreApplication.translate("NetworkPanel", "Remove a neuron"),
                                 f"removeUnit_{i}", lambda *_, i=i: self.edit_units(i, -1))
            self.unit_buttons.append((add, remove))
            add.show()
            remove.show()
        for width, (add, remove) in zip(hidden, self.unit_buttons, strict=True):
            add.setEnabled(width < network.max_units)
            remove.setEnabled(width > 1)
        self.add_layer.setEnabled(not network.layers and len(hidden) < network.max_layers)
        self.remove_layer.setEnabled(not network.layers and len(hidden) > 0)

    def place(self, layout: NetworkLayout) -> None:
        """Layer buttons centred over the diagram, each layer's pair over its column."""
        xs = layout.column_x
        mid = (xs[0] + xs[-1]) / 2
        self.add_layer.move(int(mid - 110), int(LAYER_ROW_Y))
        self.remove_layer.move(int(mid - 110 + BUTTON_SIDE + 2), int(LAYER_ROW_Y))
        side = int(layout.button_side)
        for x, (add, remove) in zip(xs[1:], self.unit_buttons, strict=False):
            for button, left in ((add, x - side - 1), (remove, x + 1)):
                button.setFixedSize(side, side)
                button.move(int(left), int(UNIT_ROW_Y))

    def edit_units(self, layer: int, delta: int) -> None:
        network = with_units(self._network, layer, delta)
        if network is not None:
            self._edited(network)

    def edit_layers(self, delta: int) -> None:
        network = with_layers(self._network, delta)
        if network is not None:
            self._edited(network)
