"""What the playground's panels ask for, turned into changes of the window's
ExperimentState: the training bar's settings, the data panel's data and batch size, the
network diagram's structure. The panels only emit; this is where their signals meet the
one holder of the experiment."""

from __future__ import annotations

import dataclasses

from engine.shared.network_stack import with_activation
from gui.experiment_state import ExperimentState
from gui.panels.data_panel import DataPanel
from gui.panels.network_panel import NetworkPanel
from gui.panels.sequence_data import switch_changes
from gui.panels.training_bar import TrainingBar


def change_activation(state: ExperimentState, activation: str) -> bool:
    """Every hidden layer's activation."""
    return state.change_network(with_activation(state.experiment.network, activation))


def change_dropout(state: ExperimentState, dropout: float) -> bool:
    return state.change_network(dataclasses.replace(state.experiment.network,
                                                    dropout=dropout))


def change_problem(state: ExperimentState, problem: str) -> bool:
    """Classification or regression: the playground's first data of that problem."""
    dataset = "plane" if problem == "regression" else "circle"
    # From sequences back to points: the playground's number of points and split.
    return state.change_data({"dataset": dataset, "custom_points": (),
                              **switch_changes(dataset, state.experiment.data.dataset)})


def connect_edits(state: ExperimentState, bar: TrainingBar, data_panel: DataPanel,
                  network_panel: NetworkPanel) -> None:
    """Each panel's edit signals to the state (play, step and weights go elsewhere: they
    change no setting)."""
    bar.trainingChanged.connect(state.change_training)
    bar.activationChanged.connect(lambda activation: change_activation(state, activation))
    bar.problemChanged.connect(lambda problem: change_problem(state, problem))
    bar.dropoutChanged.connect(lambda dropout: change_dropout(state, dropout))
    data_panel.dataEdited.connect(state.change_data)
    data_panel.trainingChanged.connect(state.change_training)  # clipping, BPTT
    data_panel.batchSizeChanged.connect(
        lambda size: state.change_training("batch_size", size))
    network_panel.networkEdited.connect(state.change_network)
