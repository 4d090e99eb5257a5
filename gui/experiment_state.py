"""The one holder of the experiment a person edits in the window, and of the newest
snapshot.

Panels emit what a person asked for; the main window hands it here. The state checks it
(a change that cannot be used keeps the experiment in force and says why), keeps it,
says which sections changed and sends it to the trainer through the one ``send`` it was
given. The trainer has the last word: a snapshot that says it refused a setting carries
the experiment in force, and the state takes it without sending anything back. No other
object in the window keeps an experiment of its own: panels show what the state emits,
and read ``state.experiment`` when they need it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from engine.shared import commands as cmd
from engine.shared.experiment import Experiment, ExperimentError
from engine.shared.messages import error_message
from engine.shared.snapshot import Snapshot

#: The sections of an Experiment, as ``changed`` names them.
SECTIONS = ("data", "network", "training")


def changed_sections(old: Experiment, new: Experiment) -> frozenset[str]:
    """The sections (data, network, training) in which ``new`` differs from ``old``."""
    return frozenset(name for name in SECTIONS if getattr(old, name) != getattr(new, name))


class ExperimentState(QObject):
    #: The experiment in force changed or was shown anew: (Experiment, frozenset of the
    #: sections that differ from the one before; empty when the same one was applied
    #: again, e.g. a demo reopened, and the panels only show it again).
    changed = Signal(object, object)
    #: A change could not be used and the experiment stayed as it was: the Message why.
    refused = Signal(object)
    #: The newest Snapshot from the trainer (after any verdict it carries was applied).
    snapshotChanged = Signal(object)

    def __init__(self, send: Callable[[object], None], experiment: Experiment | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Where commands for the trainer go (the TrainingHost's send).
        self.send = send
        self.experiment = experiment or Experiment()
        self.snapshot: Snapshot | None = None

    # -- a person's changes -------------------------------------------------------------
    def propose(self, experiment: Experiment) -> bool:
        """Use ``experiment`` if it validates and send it to the trainer; else keep the
        one in force and emit ``refused``. True if it was taken."""
        if not self._valid(experiment):
            return False
        self._keep(experiment)
        self.send(cmd.SetExperiment(experiment))
        return True

    def change_data(self, changes: dict) -> bool:
        """Some DataSettings fields, e.g. {"dataset": "xor"} (a network that cannot read
        the new data gives way to one that can: Experiment.with_data)."""
        return self.propose(self.experiment.with_data(**changes))

    def change_network(self, network) -> bool:
        return self.propose(self.experiment.replace(network=network))

    def change_layout(self, changes: dict) -> bool:
        """A partial experiment dict laid over the one in force (a demo view's request,
        e.g. another hidden layer)."""
        try:
            experiment = Experiment.from_dict(changes, base=self.experiment)
        except ExperimentError as exc:
            self.refused.emit(error_message(exc))
            return False
        return self.propose(experiment)

    def change_training(self, field: str, value) -> bool:
        """One training setting: the trainer changes it in the running session
        (SetTraining) instead of building a new one."""
        experiment = self.experiment.with_training(**{field: value})
        if not self._valid(experiment):
            return False
        self._keep(experiment)
        self.send(cmd.SetTraining({field: value}))
        return True

    # -- what the trainer decided -----------------------------------------------------
    def take(self, experiment: Experiment) -> None:
        """The experiment the trainer has in force (a file it opened, the first run of a
        comparison): kept and shown, not sent back."""
        self._keep(experiment)

    def receive(self, snap: Snapshot) -> None:
        """A new snapshot. One that says a command was refused carries the experiment in
        force: the state takes it before anyone reads the snapshot."""
        if snap.refused and snap.experiment != self.experiment:
            self._keep(snap.experiment)
        self.snapshot = snap
        self.snapshotChanged.emit(snap)

    # -- helpers --------------------------------------------------------------------------
    def _valid(self, experiment: Experiment) -> bool:
        try:
            experiment.validate()
        except ExperimentError as exc:
            self.refused.emit(error_message(exc))
            return False
        return True

    def _keep(self, experiment: Experiment) -> None:
        sections = changed_sections(self.experiment, experiment)
        self.experiment = experiment
        self.changed.emit(experiment, sections)
