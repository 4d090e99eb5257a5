"""The layer stack's editing: the builder's edits become the window's network, and a
template for other data (images, sequences) becomes a design to save and export.

This controller owns the builder's side of the window: it shows the network in force
(read from the window's ExperimentState) as a stack, proposes the builder's edits that
fit as network edits, says when play must wait for the stack to fit, and keeps the
design that is not trained here.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal

from engine.data import DATASETS
from engine.shared.catalogue import word_info
from engine.shared.experiment import Experiment
from engine.shared.layers.design import Design
from engine.shared.layers.errors import SpecError
from engine.shared.layers.templates import TEMPLATES
from engine.shared.network_stack import input_shape, model_stack, n_outputs, with_stack
from gui.experiment_state import ExperimentState
from gui.messages import error_text
from gui.panels.layer_builder import LayerBuilder


class StackEditing(QObject):
    """Owns ``layer_builder`` and its design for other data; edits go to ``state``."""

    #: Whether play and step may run, and if not why: (trainable, reason).
    trainableChanged = Signal(bool, str)
    #: A message for the window's banner.
    problem = Signal(str)
    #: The banner's message no longer applies (the builder left a design).
    problemSolved = Signal()

    def __init__(self, layer_builder: LayerBuilder, state: ExperimentState,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layer_builder = layer_builder
        self.state = state
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

    def show_experiment(self, experiment: Experiment, _sections=frozenset()) -> None:
        """The experiment in force: its network in the builder, unless a design is."""
        if self.design is None:
            self.show_stack(experiment)
        self.update_trainable()

    def update_trainable(self) -> str:
        """Play needs a stack that fits this window's data: emits whether it may run and
        returns why not ("" when it may)."""
        if self.design is not None:
            reason = self.tr("This design reads {0}; the window trains on {1}. Export it, "
                             "or pick a template for these data to train again.").format(
                                 self.design[0], self.data_text(self.state.experiment))
        elif not self.layer_builder.fits():
            error = self.layer_builder.error()
            reason = self.tr("The layer stack does not fit: {0}").format(error_text(error))
        else:
            reason = ""
        self.trainableChanged.emit(not reason, reason)
        return reason

    def change_stack(self, stack) -> None:
        """The builder's edit: a stack that fits becomes the network; one that does not
        stays in the builder, marked, and play waits for it to fit."""
        if self.design is not None:
            return
        if self.layer_builder.fits():
            self.state.change_network(with_stack(self.state.experiment.network, stack))
        self.update_trainable()

    def show_design(self, template_name: str) -> None:
        """A template for other data: the builder shows it to design and export."""
        template = TEMPLATES[template_name]
        info = DATASETS[self.state.experiment.data.dataset]
        data_layout = "image" if info.image_shape is not None else "features"
        if word_info(info.id) is not None:
            data_layout = "tokens"  # the word models' templates train on word data
        if template.input.layout == data_layout:
            # A template for these data trains here (a misfit, e.g. LeNet's 5×5 kernels
            # on 8×8 digits, shows in its row and play waits).
            if self.design is not None:
                self.problemSolved.emit()
            self.design = None
            experiment = self.state.experiment
            # The template reads the data as a stack does (an image stays an image).
            stacked = dataclasses.replace(experiment.network, layers=template.stack)
            self.layer_builder.set_input(input_shape(stacked, experiment.data),
                                         n_outputs(experiment.data), self.data_text(experiment))
            self.layer_builder.set_stack(template.stack)
            self.change_stack(template.stack)
            if self.layer_builder.fits():
                self.layer_builder.set_stack(model_stack(self.state.experiment.network))
            return
        self._enter_design(template.input, template.n_outputs, template.stack)

    def _enter_design(self, shape, n_outputs, stack, undoable=True) -> None:
        self.design = (shape, n_outputs)
        self.layer_builder.set_input(shape, n_outputs,
                                     self.tr("{0} (design only)").format(shape))
        self.layer_builder.set_stack(stack, undoable=undoable)
        # Why play waits is what a person needs to read on entering a design.
        self.problem.emit(self.update_trainable())

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
            self.problem.emit(self.tr("The file's layer design could not be shown: {0}")
                              .format(error_text(exc)))
            return
        self._enter_design(design.input, design.n_outputs, design.stack, undoable=False)
