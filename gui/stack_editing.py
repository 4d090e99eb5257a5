"""The layer stack's editing: the builder's edits become the window's network, and a
template for other data (images, sequences) becomes a design to save and export.

This controller owns the builder's side of a MainWindow: it shows the network as a
stack, sends the builder's edits that fit as network edits, keeps play waiting while
the stack does not fit, and keeps the design that is not trained here.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject

from engine.data import DATASETS
from engine.shared.experiment import Experiment
from engine.shared.layers.design import Design
from engine.shared.layers.errors import SpecError
from engine.shared.layers.templates import TEMPLATES
from engine.shared.network_stack import input_shape, model_stack, n_outputs, with_stack


class StackEditing(QObject):
    """Owns the layer builder of ``window`` (a MainWindow) and its design for other data."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.layer_builder = window.layer_builder
        #: (input Shape, outputs) of a design for other data (images, sequences) in the
        #: builder: designed, saved and exported, not trained here (this window trains
        #: on 2-D points). None while the builder edits the playground's network.
        self.design = None
        self.layer_builder.stackEdited.connect(self.change_stack)
        self.layer_builder.fitsChanged.connect(lambda _fits: self.update_trainable())
        self.layer_builder.templateChosen.connect(self.show_design)

    def data_text(self, experiment: Experiment) -> str:
        """What the window trains on, in words."""
        info = DATASETS[experiment.data.dataset]
        if info.image_shape is not None:
            height, width = info.image_shape
            return self.tr("{0}×{1} images: {2} pixel values").format(
                height, width, info.n_inputs)
        features = len(experiment.network.features)
        return (self.tr("2-D points: 1 feature") if features == 1
                else self.tr("2-D points: %n features", "", features))

    def show_stack(self, experiment: Experiment) -> None:
        network = experiment.network
        self.layer_builder.set_input(input_shape(network, experiment.data),
                                     n_outputs(experiment.data), self.data_text(experiment))
        stack = model_stack(network)
        if self.layer_builder.stack() != stack:  # never rebuild rows under a person's edit
            self.layer_builder.set_stack(stack)

    def update_trainable(self) -> None:
        """Play needs a stack that fits this window's data."""
        window = self.window
        if self.design is not None:
            reason = self.tr("This design reads {0}; the window trains on {1}. Export it, "
                             "or pick a template for these data to train again.").format(
                                 self.design[0], self.data_text(window.experiment))
        elif not self.layer_builder.fits():
            error = self.layer_builder.error()
            reason = self.tr("The layer stack does not fit: {0}").format(error)
        else:
            reason = ""
        if reason and window.running:
            window.toggle_play()
        window.training_bar.set_trainable(not reason, reason)

    def change_stack(self, stack) -> None:
        """The builder's edit: a stack that fits becomes the network; one that does not
        stays in the builder, marked, and play waits for it to fit."""
        if self.design is not None:
            return
        if self.layer_builder.fits():
            self.window.change_network(with_stack(self.window.experiment.network, stack))
        self.update_trainable()

    def show_design(self, template_name: str) -> None:
        """A template for other data: the builder shows it to design and export."""
        template = TEMPLATES[template_name]
        info = DATASETS[self.window.experiment.data.dataset]
        data_layout = "image" if info.image_shape is not None else "features"
        if template.input.layout == data_layout:
            # A template for these data trains here (a misfit, e.g. LeNet's 5×5 kernels
            # on 8×8 digits, shows in its row and play waits).
            if self.design is not None:
                self.window.hide_message()
            self.design = None
            experiment = self.window.experiment
            # The template reads the data as a stack does (an image stays an image).
            stacked = dataclasses.replace(experiment.network, layers=template.stack)
            self.layer_builder.set_input(input_shape(stacked, experiment.data),
                                         n_outputs(experiment.data), self.data_text(experiment))
            self.layer_builder.set_stack(template.stack)
            self.change_stack(template.stack)
            if self.layer_builder.fits():
                self.layer_builder.set_stack(model_stack(self.window.experiment.network))
            return
        self._enter_design(template.input, template.n_outputs, template.stack)

    def _enter_design(self, shape, n_outputs, stack, undoable=True) -> None:
        self.design = (shape, n_outputs)
        self.layer_builder.set_input(shape, n_outputs,
                                     self.tr("{0} (design only)").format(shape))
        self.layer_builder.set_stack(stack, undoable=undoable)
        self.update_trainable()
        self.window.show_message(self.window.training_bar.play_button.toolTip())

    def design_export(self) -> dict | None:
        """The builder's design for other data (None while it edits the playground's
        network): what File > Export writes, and what a saved file keeps."""
        if self.design is None:
            return None
        shape, outputs = self.design
        return Design(self.layer_builder.stack(), shape, outputs).to_dict()

    def restore_design(self, raw) -> None:
        try:
            design = Design.from_dict(raw)
        except SpecError as exc:
            self.window.show_message(self.tr("The file's layer design could not be shown: {0}")
                                     .format(exc))
            return
        self._enter_design(design.input, design.n_outputs, design.stack, undoable=False)
