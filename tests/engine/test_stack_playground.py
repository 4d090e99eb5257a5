"""The builder's stack on the 2-D playground: it is the same network as the panel's
perceptron when it can be, it trains, and file commands come back as replies."""

import pytest

from engine.shared import commands as cmd
from engine.shared.demos import load_demo
from engine.shared.experiment import ExperimentError, NetworkSettings
from engine.shared.layers import Layer
from engine.shared.network_stack import (
    as_perceptron,
    mlp_stack,
    model_stack,
    n_outputs,
    with_activation,
    with_stack,
)
from engine.trainer.loop import run_steps, train

CUSTOM = (Layer.make("linear", out_features=8), Layer.make("batchnorm1d"), Layer.make("relu"),
          Layer.make("residual", body=(Layer.make("linear", out_features=8),
                                       Layer.make("tanh"))))


def test_a_perceptron_stack_is_stored_as_the_perceptron():
    network = NetworkSettings(hidden=(4, 3), activations=("tanh", "relu"), dropout=0.1)
    stack = mlp_stack(network)
    assert [layer.kind for layer in stack] == ["linear", "tanh", "dropout", "linear", "relu",
                                               "dropout"]
    assert as_perceptron(stack, network) == ((4, 3), ("tanh", "relu"), 0.1)
    changed = stack[:3] + (Layer.make("linear", out_features=6),) + stack[4:]
    network2 = with_stack(network, changed)
    assert network2.layers == () and network2.hidden == (4, 6)
    assert model_stack(network2) == changed


def test_anything_else_stays_a_stack():
    network = NetworkSettings()
    for stack in (CUSTOM,
                  (Layer.make("linear", out_features=4), Layer.make("linear", out_features=4),
                   Layer.make("relu")),
                  (Layer.make("linear", out_features=100), Layer.make("relu")),  # > 64 units
                  (Layer.make("linear", out_features=4), Layer.make("relu"),
                   Layer.make("dropout", p=0.0))):
        assert as_perceptron(stack, network) is None
        assert with_stack(network, stack).layers == stack


def test_activation_choice_reaches_layers_inside_blocks():
    network = with_stack(NetworkSettings(), CUSTOM)
    swapped = with_activation(network, "sigmoid")
    kinds = [layer.kind for layer in swapped.layers]
    assert kinds == ["linear", "batchnorm1d", "sigmoid", "residual"]
    assert [layer.kind for layer in swapped.layers[3].body] == ["linear", "sigmoid"]


def test_outputs_follow_the_data():
    demo = load_demo("playground-spiral").experiment
    assert n_outputs(demo.with_data(n_classes=3).data) == 3
    assert n_outputs(demo.with_data(n_classes=2).data) == 1


def test_a_stack_that_does_not_fit_is_refused_with_the_layer_named():
    experiment = load_demo("playground-xor").experiment
    bad = experiment.with_network(layers=(Layer.make("conv2d"),))
    with pytest.raises(ExperimentError, match="layer 1 Conv2d"):
        bad.validate()


def test_a_custom_stack_trains_on_the_playground():
    experiment = load_demo("playground-xor").experiment.with_network(layers=CUSTOM)
    first = run_steps(experiment, 1, probes={"boundary", "neurons", "params"})
    last = run_steps(experiment, 400, probes={"boundary", "neurons", "params"})
    assert last.train_loss < first.train_loss * 0.7
    assert last.boundary is not None
    # The panel draws perceptrons only: it gets no neuron maps for a stack.
    assert last.neuron_maps is None and last.weights is None


def test_a_landscape_of_a_stack_model():
    experiment = load_demo("landscape").experiment.with_network(layers=CUSTOM)
    queue = cmd.CommandQueue()
    queue.put(cmd.Play())
    for snap in train(experiment, queue, probes={"landscape"}, stop_at=200):
        if snap.step >= 200 and snap.landscape is not None and snap.landscape.progress >= 1:
            break
        if snap.step >= 200:
            queue.put(cmd.RecomputeLandscape())
    assert snap.landscape.losses.size > 0


def test_file_commands_reply_in_the_next_snapshot(tmp_path):
    experiment = load_demo("playground-xor").experiment.with_network(layers=CUSTOM)
    queue = cmd.CommandQueue()
    replies = []
    path = tmp_path / "run.deepscope"
    script = [cmd.Step(25), cmd.SaveExperiment(str(path), "playground-xor", {"tab": "output"}),
              cmd.Step(10), cmd.OpenExperiment(str(path)),
              cmd.OpenExperiment(str(tmp_path / "missing.deepscope")),
              cmd.ExportModel(str(tmp_path / "model.py"), "python")]
    steps_seen = []
    for snap in train(experiment, queue, probes=()):
        steps_seen.append(snap.step)
        if snap.reply:
            replies.append((snap.reply, snap.step))
        if script and not snap.running:
            queue.put(script.pop(0))
        elif not script and len(replies) == 4:
            break
    (save, s1), (opened, s2), (missing, _), (export, _) = replies
    assert save.ok and save.paths == (str(path),) and s1 == 25
    assert opened.ok and s2 == 25  # back to the saved step
    assert not missing.ok and "missing.deepscope" in str(missing.message)
    assert export.ok and (tmp_path / "model.py").exists()
