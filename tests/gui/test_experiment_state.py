"""The one holder of the edited experiment (gui/experiment_state.py): alone, with a list
for the trainer, and through the window; and no panel or view reaching into the window."""

import ast
import dataclasses
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from engine.shared import commands as cmd
from engine.shared.experiment import Experiment
from gui.experiment_state import ExperimentState, changed_sections
from gui.messages import render_message
from tests.gui.conftest import wait_for

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def state(qapp):
    sent: list = []
    holder = ExperimentState(sent.append)
    holder.sent = sent  # what went to the trainer, for the tests
    emitted: list = []
    holder.changed.connect(lambda experiment, sections: emitted.append((experiment, sections)))
    holder.emitted = emitted
    refusals: list = []
    holder.refused.connect(refusals.append)
    holder.refusals = refusals
    return holder


def verdict(experiment: Experiment, refused: bool = True):
    """What the state reads of a Snapshot that carries the trainer's verdict."""
    return SimpleNamespace(refused=refused, experiment=experiment)


# -- the state alone -----------------------------------------------------------------------
def test_a_refused_change_keeps_the_old_experiment_and_says_why(state):
    before = state.experiment
    assert not state.change_training("learning_rate", -1.0)
    assert not state.propose(before.with_data(noise=3.0))
    assert state.experiment is before
    assert state.sent == [] and state.emitted == []
    assert len(state.refusals) == 2
    assert "learning rate -1.0 must be positive" in render_message(state.refusals[0])
    assert "noise 3.0" in render_message(state.refusals[1])


def test_a_layout_the_experiment_cannot_read_is_refused(state):
    before = state.experiment
    assert not state.change_layout({"network": {"no_such_setting": 1}})
    assert state.experiment is before and state.sent == []
    assert "no_such_setting" in render_message(state.refusals[0])


def test_a_change_emits_exactly_the_sections_that_changed(state):
    before = state.experiment
    assert state.change_data({"noise": 0.2})
    assert state.emitted[-1] == (state.experiment, frozenset({"data"}))
    assert state.sent[-1] == cmd.SetExperiment(state.experiment)

    assert state.change_training("learning_rate", 0.1)
    assert state.emitted[-1][1] == frozenset({"training"})
    assert state.sent[-1] == cmd.SetTraining({"learning_rate": 0.1})
    assert state.experiment.training.learning_rate == 0.1

    assert state.change_network(dataclasses.replace(before.network, dropout=0.2))
    assert state.emitted[-1][1] == frozenset({"network"})

    # Sequences need another network: the data and the network change together.
    assert state.change_data({"dataset": "parens"})
    assert state.emitted[-1][1] == frozenset({"data", "network"})
    assert changed_sections(before, before) == frozenset()


def test_a_verdict_of_the_trainer_replaces_the_experiment_without_a_command_back(state):
    assert state.change_training("device", "mps")
    in_force = state.experiment.with_training(device="auto")
    sent = list(state.sent)
    seen = []
    state.snapshotChanged.connect(lambda snap: seen.append(state.experiment))
    state.receive(verdict(in_force))
    assert state.experiment == in_force
    assert state.emitted[-1] == (in_force, frozenset({"training"}))
    assert state.sent == sent, "the verdict was echoed back to the trainer"
    assert seen == [in_force], "the snapshot went out before its verdict was applied"
    # A snapshot that refused nothing leaves the experiment alone.
    state.receive(verdict(Experiment().with_data(noise=0.4), refused=False))
    assert state.experiment == in_force and state.snapshot.refused is False


def test_what_the_trainer_has_in_force_is_taken_without_sending(state):
    opened = Experiment().with_data(dataset="xor")
    state.take(opened)
    assert state.experiment == opened and state.sent == []
    assert state.emitted[-1][1] == frozenset({"data"})


# -- through the window --------------------------------------------------------------------
def open_fresh(qtbot, window, demo_id="playground-circle"):
    window.open_demo(demo_id)
    return wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
                    and s.experiment == window.experiment)


def test_a_panel_edit_changes_the_state_and_reaches_the_trainer(qtbot, window):
    open_fresh(qtbot, window)
    assert window.experiment is window.state.experiment
    combo = window.training_bar.learning_rate
    combo.setCurrentIndex(combo.findData(0.1))
    combo.activated.emit(combo.currentIndex())
    assert window.state.experiment.training.learning_rate == 0.1
    snap = wait_for(qtbot, window, lambda s: s.experiment.training.learning_rate == 0.1)
    assert snap.experiment == window.state.experiment

    open_fresh(qtbot, window, "playground-spiral")
    window.data_panel.classes.setValue(3)
    assert window.state.experiment.data.n_classes == 3
    wait_for(qtbot, window, lambda s: s.experiment.data.n_classes == 3)


def test_a_setting_the_trainer_refuses_shows_what_is_in_force(qtbot, window):
    snap = open_fresh(qtbot, window)
    if sys.platform == "darwin" or snap.device.startswith("mps"):
        pytest.skip("Apple's Metal backend is here: nothing to refuse")
    combo = window.device_choice
    combo.setCurrentIndex(combo.findData("mps"))
    combo.activated.emit(combo.currentIndex())
    assert window.state.experiment.training.device == "mps"  # asked for, not yet refused
    snap = wait_for(qtbot, window, lambda s: s.refused)
    assert "MPS" in window.banner.text()
    assert window.state.experiment == snap.experiment
    assert window.state.experiment.training.device == "auto"
    assert combo.currentData() == "auto"


# -- nothing reaches into the main window ---------------------------------------------------
def panel_and_view_modules() -> list[Path]:
    """Every panel and view, and the controllers the window hands its parts to (all of
    gui/ but the window itself and the app that makes it)."""
    return sorted(path for path in (ROOT / "gui").rglob("*.py")
                  if path.name not in ("main_window.py", "app.py"))


def reaches_into_the_window(path: Path) -> list[str]:
    """Imports or names of the main window, ``self.window`` and ``parent().x`` reaches."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and "main_window" in node.module:
            found.append(f"imports {node.module}")
        elif isinstance(node, ast.Import):
            found += [f"imports {a.name}" for a in node.names if "main_window" in a.name]
        elif isinstance(node, ast.Name) and node.id == "MainWindow":
            found.append("names MainWindow")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and (
                "gui.main_window" in node.value or node.value == "MainWindow"):
            found.append(f"names {node.value!r} in a string")
        elif isinstance(node, ast.Attribute):
            value = node.value
            if node.attr == "MainWindow" or (
                    isinstance(value, ast.Name) and value.id == "self" and node.attr == "window"):
                found.append(f"reaches .{node.attr}")
            elif (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
                  and value.func.attr in ("parent", "parentWidget", "window")):
                found.append(f"reaches {value.func.attr}().{node.attr}")
    return found


@pytest.mark.parametrize("path", panel_and_view_modules(), ids=lambda p: p.name)
def test_no_panel_or_view_reaches_into_the_main_window(path):
    found = reaches_into_the_window(path)
    assert not found, f"{path.relative_to(ROOT)}: {found}"


def test_the_reach_checker_catches_a_reach(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from gui.main_window import MainWindow\n"
                   "class P:\n    def f(self):\n        self.window.show_message('x')\n"
                   "        self.parent().experiment\n        return MainWindow\n")
    assert sorted(reaches_into_the_window(bad)) == [
        "imports gui.main_window", "names MainWindow", "reaches .window",
        "reaches parent().experiment"]
