"""Save, open and export, done where the weights live: in the training loop's process.

Each returns a Reply for the window. A refused file leaves the run as it was: opening
builds a complete new run from the file first and swaps it in only when all of it loaded.
"""

from __future__ import annotations

from pathlib import Path

from engine.shared import commands as cmd
from engine.shared.messages import error_message, message
from engine.shared.snapshot import Reply


def perform(trainer, command) -> Reply:
    if isinstance(command, cmd.SaveExperiment):
        return _save(trainer, command)
    if isinstance(command, cmd.OpenExperiment):
        return _open(trainer, command)
    if isinstance(command, cmd.ExportModel):
        return _export(trainer, command)
    # A programming error (loop.FILE_COMMANDS lists what comes here), not a person's.
    raise TypeError(f"not a file command: {command!r}")


def _save(trainer, command: cmd.SaveExperiment) -> Reply:
    from engine.trainer.checkpoint import save_trainer
    try:
        path = save_trainer(trainer, Path(command.path), command.demo, dict(command.view))
    except (OSError, ValueError) as exc:
        return Reply("save", False, message("files.could_not_save", path=str(command.path),
                                            problem=error_message(exc)))
    return Reply("save", True, message("files.saved", name=path.name,
                                       step=trainer.session.step_count), (str(path),))


def _open(trainer, command: cmd.OpenExperiment) -> Reply:
    from engine.shared.experiment_file import ExperimentFileError
    from engine.trainer.checkpoint import restore_into

    action = "restore" if command.restore else "open"
    try:
        saved = restore_into(trainer, Path(command.path))
    except ExperimentFileError as exc:
        return Reply(action, False, exc.message)
    except OSError as exc:
        problem = message("error.foreign", text=exc.strerror or str(exc))
        return Reply(action, False, message("files.could_not_read", path=str(command.path),
                                            problem=problem))
    trainer.forget_caches()
    return Reply(action, True, message("files.opened", name=Path(command.path).name,
                                       step=saved.step), (str(command.path),), saved.step)


def _export(trainer, command: cmd.ExportModel) -> Reply:
    from engine.models.export import ExportError, export
    from engine.models.export_io import run_io
    from engine.models.network import as_stack_model, exportable
    from engine.shared.layers.errors import SpecError
    session = trainer.session
    try:
        if command.design is not None:
            # A design knows no data: it reads what its network reads, gives raw scores.
            model, io = _designed_model(command.design), None
            what = message("files.untrained_design")
        else:
            # The run's export takes a person's raw input and gives what the app shows.
            experiment = session.experiment
            if not exportable(session.model):
                return Reply("export", False, message("files.could_not_export",
                                                      problem=message("export.not_a_stack",
                                                                      kind=type(session.model).__name__)))
            model = as_stack_model(session.model, experiment.network)
            io = run_io(model, session.dataset, experiment.data.dataset,
                        tuple(experiment.network.features), session.objective)
            what = message("files.model_at_step", step=session.step_count)
        written = export(model, Path(command.path), command.format, io)
    except (ExportError, SpecError, OSError) as exc:
        return Reply("export", False, message("files.could_not_export",
                                              problem=error_message(exc)))
    names = ", ".join(p.name for p in written)
    return Reply("export", True, message("files.exported", what=what, names=names),
                 tuple(str(p) for p in written))


def _designed_model(raw: dict):
    import torch

    from engine.models.stack import build
    from engine.shared.layers.design import Design

    design = Design.from_dict(raw)
    torch.manual_seed(0)  # an untrained design exports the same weights every time
    return build(design.stack, design.input, design.n_outputs)
