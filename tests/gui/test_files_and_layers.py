"""Through the window: the layer builder drives the network, experiment files save and
open exactly, bad files are refused with the session untouched, models are exported."""

import pickle

import numpy as np
import pytest
from PySide6.QtWidgets import QToolButton

from engine.shared import commands as cmd
from engine.shared.layers import Layer
from engine.shared.network_stack import model_stack
from tests.gui.conftest import wait_for


def open_fresh(qtbot, window, demo_id="playground-xor"):
    window.open_demo(demo_id)
    return wait_for(qtbot, window, lambda s: s.step == 0 and not s.running
                    and s.experiment == window.experiment)


def train_steps(qtbot, window, n):
    start = window.snapshot.step
    window.host.send(cmd.Step(n))
    return wait_for(qtbot, window, lambda s: s.step >= start + n and not s.running)


def wait_reply(qtbot, window, action):
    with qtbot.waitSignal(window.files.finished, timeout=30000,
                          check_params_cb=lambda a, ok, msg: a == action) as blocker:
        pass
    return blocker.args


def test_the_builder_shows_the_playground_network(qtbot, window):
    open_fresh(qtbot, window)
    builder = window.layer_builder
    assert builder.stack() == model_stack(window.experiment.network)
    assert builder.fits()
    # The network panel's edit shows in the builder.
    window.network_panel.findChild(QToolButton, "addLayer").click()
    qtbot.waitUntil(lambda: len(builder.stack()) == len(
        model_stack(window.experiment.network)) and len(window.experiment.network.hidden) == 2)
    assert builder.stack() == model_stack(window.experiment.network)


def test_a_builder_stack_trains_and_the_diagram_says_so(qtbot, window):
    open_fresh(qtbot, window)
    window.network_tabs.setCurrentWidget(window.layer_builder)
    stack = (Layer.make("linear", out_features=8), Layer.make("batchnorm1d"),
             Layer.make("relu"), Layer.make("linear", out_features=8), Layer.make("relu"))
    window.layer_builder.set_stack(stack, undoable=True)
    window.stack_editing.change_stack(stack)  # what the builder's stackEdited does
    assert window.experiment.network.layers == stack
    assert "BatchNorm1d" in window.network_panel.stack_note()
    first = wait_for(qtbot, window, lambda s: s.experiment.network.layers == stack)
    snap = train_steps(qtbot, window, 150)
    assert snap.train_loss < first.train_loss
    assert snap.boundary is not None and np.isfinite(snap.boundary).all()


def test_a_misfit_disables_play_until_undone(qtbot, window):
    open_fresh(qtbot, window)
    builder = window.layer_builder
    good = builder.stack()
    bad = (Layer.make("conv2d"),) + good  # a Conv2d cannot read 2-D points' features
    builder.set_stack(bad, undoable=True)
    window.stack_editing.change_stack(bad)
    assert not builder.fits()
    assert not window.training_bar.play_button.isEnabled()
    assert "Conv2d" in window.training_bar.play_button.toolTip()
    window.toggle_play()  # the Space key
    assert not window.running
    assert window.experiment.network.layers == ()  # the engine kept the network that fits
    builder.undo_stack.undo()
    qtbot.waitUntil(lambda: builder.fits())
    assert window.training_bar.play_button.isEnabled()


def test_save_then_open_restores_the_window_exactly(qtbot, window, tmp_path):
    open_fresh(qtbot, window, "playground-spiral")
    window.network_tabs.setCurrentWidget(window.layer_builder)
    window.change_training("learning_rate", 0.01)
    saved_snap = train_steps(qtbot, window, 120)
    saved_experiment = window.experiment
    path = tmp_path / "spiral run.deepscope"
    window.files.save_to(path)
    action, ok, message = wait_reply(qtbot, window, "save")
    assert ok, message
    assert path.exists()
    assert str(path) in window.files.recent_files()
    assert window.windowTitle().endswith(path.name)

    open_fresh(qtbot, window, "playground-circle")
    window.network_tabs.setCurrentWidget(window.network_panel)
    assert window.experiment != saved_experiment

    assert window.files.open_path(path)
    action, ok, message = wait_reply(qtbot, window, "open")
    assert ok, message
    snap = wait_for(qtbot, window, lambda s: s.step == saved_snap.step)
    assert window.experiment == saved_experiment
    assert snap.experiment == saved_experiment
    assert snap.train_loss == pytest.approx(saved_snap.train_loss, abs=1e-6)
    assert window.demo.id == "playground-spiral"
    assert window.network_tabs.currentWidget() is window.layer_builder
    assert window.experiment.training.learning_rate == 0.01


def test_a_malicious_or_broken_file_is_refused_and_nothing_is_lost(qtbot, window, tmp_path):
    marker = tmp_path / "pwned"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    open_fresh(qtbot, window)
    before = window.experiment
    snap = train_steps(qtbot, window, 30)
    evil = tmp_path / "evil.deepscope"
    evil.write_bytes(pickle.dumps(Evil()))
    broken = tmp_path / "broken.deepscope"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    # A file may not choose which of the person's files is read (issue 15.2).
    zero = tmp_path / "zero.json"
    zero.write_text('{"data": {"dataset": "text", "path": "/dev/zero"}}')
    digits = tmp_path / "digits.json"
    digits.write_text('{"data": {"n_points": ' + "9" * 5000 + "}}")
    for path, words in ((evil, "pickle"), (broken, ""), (zero, "reads its data from"),
                        (digits, "5000 characters")):
        assert not window.files.open_path(path)
        assert window.banner.isVisible()
        assert path.name in window.banner.text()
        if words:
            assert words in window.banner.text()
    assert not marker.exists()
    assert window.experiment == before
    assert window.snapshot.step == snap.step


def test_export_the_trained_model_and_a_design(qtbot, window, tmp_path):
    open_fresh(qtbot, window)
    train_steps(qtbot, window, 20)
    target = tmp_path / "xor.py"
    window.files.export_to(target, "python")
    action, ok, message = wait_reply(qtbot, window, "export")
    assert ok, message
    assert target.exists() and target.with_suffix(".safetensors").exists()
    compile(target.read_text(), str(target), "exec")

    # A template for images: designed and exported, not trained in this window.
    window.stack_editing.show_design("lenet")
    assert window.stack_editing.design is not None
    assert not window.training_bar.play_button.isEnabled()
    assert "1×28×28" in window.training_bar.play_button.toolTip()
    design = tmp_path / "lenet.py"
    window.files.export_to(design, "python")
    action, ok, message = wait_reply(qtbot, window, "export")
    assert ok, message
    assert "Conv2d" in design.read_text()
    # Back to a template for points: the window trains again.
    window.stack_editing.show_design("mlp")
    assert window.stack_editing.design is None
    assert window.training_bar.play_button.isEnabled()


def test_onnx_menu_item_says_why_when_unavailable(window):
    from engine.shared.layers.export_options import onnx_unavailable_reason
    action = window.files.export_actions["onnx"]
    reason = onnx_unavailable_reason()
    assert action.isEnabled() == (reason is None)
    if reason:
        assert "onnx" in action.toolTip().lower()


def test_an_image_design_edited_saved_and_opened(qtbot, window, tmp_path):
    """The issue's walk: an image template, add a Conv2d, see shapes, make a misfit, see
    the message and play disabled, undo, save, open, compare."""
    open_fresh(qtbot, window)
    builder = window.layer_builder
    window.network_tabs.setCurrentWidget(builder)
    builder.choose_template("lenet")  # what the Templates menu does
    assert window.stack_editing.design is not None
    assert not window.training_bar.play_button.isEnabled()
    builder.select((0,))
    builder.add_layer("conv2d")
    assert [r.output and str(r.output) for r in builder.rows()][:2] == ["6×28×28", "8×26×26"]
    kernel = builder.editors_at("2").editor("kernel")
    kernel.setValue(15)
    kernel.setValue(3)
    builder.select((7,))  # Flatten (the added Conv2d shifted it)
    builder.add_layer("conv2d")  # after Flatten: a Conv2d cannot read features
    assert not builder.fits()
    assert "Conv2d" in builder.error_label.text()
    assert builder.error_label.isVisible()
    assert not window.training_bar.play_button.isEnabled()
    builder.undo_stack.undo()
    assert builder.fits()
    designed = builder.stack()
    path = tmp_path / "design.deepscope"
    window.files.save_to(path)
    assert wait_reply(qtbot, window, "save")[1]

    open_fresh(qtbot, window, "playground-circle")
    assert window.stack_editing.design is None and builder.stack() != designed
    window.files.open_path(path)
    assert wait_reply(qtbot, window, "open")[1]
    assert window.stack_editing.design is not None
    assert builder.stack() == designed
    assert str(builder.rows()[1].output) == "8×26×26"
    assert window.network_tabs.currentWidget() is builder


def test_landscape_line_between_two_saved_runs(qtbot, window, tmp_path):
    open_fresh(qtbot, window)
    paths = []
    for name, steps in (("early", 5), ("late", 200)):
        train_steps(qtbot, window, steps)
        paths.append(tmp_path / f"{name}.deepscope")
        window.files.save_to(paths[-1])
        assert wait_reply(qtbot, window, "save")[1]
    view = window.landscape_view
    window.tabs.setCurrentWidget(view)
    assert not view.use_files([str(paths[0])])  # one file cannot make a line
    assert "exactly two" in window.banner.text()
    assert view.use_files([str(paths[1]), str(paths[0])])  # ordered by step
    snap = wait_for(qtbot, window, lambda s: s.landscape is not None
                    and s.landscape.directions == "files" and s.landscape.progress >= 1)
    xs, ys = view.line_curve.getData()
    assert len(xs) == len(snap.landscape.alphas) and np.isfinite(ys).all()
    assert "early.deepscope" in view.readout.text()
    assert snap.landscape.current[0] == pytest.approx(1.0, abs=1e-4)  # training is at "late"
    window.tabs.setCurrentWidget(window.boundary_view)


def test_an_image_template_trains_on_image_data(qtbot, window):
    """On the digits, a ConvNet template is the network that trains, not a design; one
    whose kernels do not fit 8×8 images says so in its row and play waits."""
    window.open_demo("pretraining")
    wait_for(qtbot, window, lambda s: s.experiment.data.dataset == "digits")
    window.view_tabs.set_comparison(None)
    builder = window.layer_builder
    builder.templateChosen.emit("lenet")
    assert window.stack_editing.design is None and not builder.fits()
    assert not window.training_bar.play_button.isEnabled()
    assert "does not fit" in window.training_bar.play_button.toolTip()
    builder.templateChosen.emit("padded-convnet")
    assert window.stack_editing.design is None and builder.fits()
    snap = wait_for(qtbot, window, lambda s: bool(s.experiment.network.layers)
                    and s.compare is None)
    assert snap.experiment.network.layers[0].kind == "conv2d"
    assert window.training_bar.play_button.isEnabled()
    window.host.send(cmd.Step(30))
    trained = wait_for(qtbot, window, lambda s: s.step >= 30)
    assert trained.train_loss < snap.train_loss
