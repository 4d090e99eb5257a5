"""Compare runs: several runs of one experiment, one setting varied, trained together."""

import math

import numpy as np
import pytest
import torch

from engine.shared import commands as cmd
from engine.shared.comparison import Comparison, parse_values
from engine.shared.demos import DemoError, list_demos, load_demo
from engine.shared.experiment import Experiment, ExperimentError
from engine.trainer.compare_runs import gradient_norms
from engine.trainer.headless import headless_report
from engine.trainer.loop import run_steps
from engine.trainer.run import Trainer
from engine.trainer.session import TrainingSession

BASE = Experiment.from_dict({
    "data": {"dataset": "circle", "n_points": 200, "noise": 0.1},
    "network": {"hidden": [6, 6], "activations": ["tanh", "tanh"]},
    "training": {"optimizer": "sgd", "learning_rate": 0.03, "batch_size": 10, "seed": 3},
})


def compare(vary, values, **extra):
    return Comparison.from_dict({"vary": vary, "values": values, **extra})


def test_variants_lay_each_value_over_the_experiment():
    runs = compare("activation", ["sigmoid", "relu"]).variants(BASE)
    assert [r.network.activations for r in runs] == [("sigmoid",) * 2, ("relu",) * 2]
    assert all(r.training == BASE.training and r.data == BASE.data for r in runs)
    hidden = compare("network.hidden", [[4], [8, 8, 8]]).variants(BASE)
    assert [r.network.hidden for r in hidden] == [(4,), (8, 8, 8)]
    assert hidden[1].network.activations == ("tanh",) * 3
    seeds = compare("training.seed", [0, 1, 2]).variants(BASE)
    assert [r.training.seed for r in seeds] == [0, 1, 2]
    assert compare("training.seed", [0, 1]).label(1) == "seed 1"


@pytest.mark.parametrize("raw, words", [
    ({"vary": "training.colour", "values": [1, 2]}, "cannot vary"),
    ({"vary": "activation", "values": ["relu"]}, "2 to 16 runs"),
    ({"vary": "training.seed", "values": list(range(17))}, "2 to 16 runs"),
    ({"vary": "activation", "values": ["relu", "wobbly"]}, "run 2"),
    ({"vary": "training.learning_rate", "values": [0.1, -1]}, "learning rate"),
    ({"vary": "activation", "values": ["relu", "tanh"], "labels": [{"en": "a"}]}, "labels"),
    ({"vary": "activation"}, "values"),
    ([1, 2], "object"),
])
def test_a_comparison_that_cannot_run_says_why(raw, words):
    with pytest.raises(ExperimentError, match=words):
        Comparison.from_dict(raw)


def test_values_typed_by_a_person():
    assert parse_values("activation", "sigmoid, tanh ,relu") == ("sigmoid", "tanh", "relu")
    assert parse_values("training.learning_rate", "0.3, 0.03") == (0.3, 0.03)
    assert parse_values("training.batch_size", "1,10") == (1, 10)
    assert parse_values("training.seed", "4") == (0, 1, 2, 3)
    assert parse_values("training.seed", "3-5") == (3, 4, 5)
    assert parse_values("training.seed", "3, 9") == (3, 9)
    assert parse_values("network.hidden", "4, 8-8") == ((4,), (8, 8))
    with pytest.raises(ExperimentError, match="not a number"):
        parse_values("training.learning_rate", "0.1, fast")
    with pytest.raises(ExperimentError, match="widths"):
        parse_values("network.hidden", "4, eight")


def test_runs_trained_together_equal_each_run_trained_alone():
    comparison = compare("activation", ["sigmoid", "tanh", "relu"])
    together = run_steps(BASE, 150, comparison=comparison)
    assert [run.step for run in together.compare.runs] == [150, 150, 150]
    for run, variant in zip(together.compare.runs, comparison.variants(BASE), strict=True):
        alone = run_steps(variant, 150)
        assert run.train_loss == pytest.approx(alone.train_loss, abs=1e-6)
        assert run.test_loss == pytest.approx(alone.test_loss, abs=1e-6)
        assert run.history.steps[-1] == 150 and run.history.steps[0] == 0
    # The rest of the snapshot pictures run 1, and the experiment is the one edited.
    assert together.train_loss == together.compare.runs[0].train_loss
    assert together.experiment == comparison.variant(0, BASE)


def test_gradient_norms_are_those_of_autograd_on_the_training_data():
    session = TrainingSession(BASE)
    for _ in range(20):
        session.step()
    norms = gradient_norms(session)
    model = session.model
    model.zero_grad()
    session.objective.loss_of(model(session.x_train), session.y_train).backward()
    expected = [float(w.grad.norm()) for w in model.weight_matrices()]
    np.testing.assert_allclose(norms, expected, rtol=1e-5)
    # The probe leaves the gradients the optimizer reads alone.
    model.zero_grad(set_to_none=True)
    gradient_norms(session)
    assert all(p.grad is None for p in model.parameters())


def test_a_diverging_run_sits_out_while_the_others_train():
    comparison = compare("training.learning_rate", [0.03, 1e9])
    linear = BASE.with_network(activations=("linear", "linear"))
    snap = run_steps(linear, 200, comparison=comparison)
    good, bad = snap.compare.runs
    assert good.step == 200 and good.status is None and math.isfinite(good.train_loss)
    assert bad.status is not None and "diverged" in str(bad.status)
    assert bad.step < 200 and math.isfinite(bad.train_loss)
    assert snap.running is False and snap.message is None  # run 1 was never paused by it


def test_controls_reach_every_run_but_the_varied_setting_stays():
    trainer = Trainer(BASE, probes={"compare"})
    trainer.apply(cmd.SetComparison({"vary": "training.optimizer",
                                     "values": ["sgd", "adam"]}))
    for _ in range(5):
        trainer.step()
    trainer.apply(cmd.SetTraining({"learning_rate": 0.1, "optimizer": "rmsprop"}))
    sessions = [trainer.session] + [run.session for run in trainer.runs.others]
    assert [s.experiment.training.optimizer for s in sessions] == ["sgd", "adam"]
    assert [s.optimizer.param_groups[0]["lr"] for s in sessions] == [0.1, 0.1]
    assert [s.step_count for s in sessions] == [5, 5]  # a learning rate needs no restart
    trainer.apply(cmd.Reset())
    assert [s.step_count for s in sessions] == [0, 0]
    trainer.apply(cmd.SetComparison(None))
    assert trainer.runs is None
    assert trainer.snapshot(False, 0.0).compare is None


def test_a_change_that_one_run_cannot_take_changes_no_run():
    trainer = Trainer(BASE, probes={"compare"})
    trainer.apply(cmd.SetComparison({"vary": "network.dropout", "values": [0.0, 0.5]}))
    before = trainer.runs.base
    with pytest.raises(ExperimentError):
        trainer.apply(cmd.SetTraining({"learning_rate": -1.0}))
    assert trainer.runs.base == before


def test_activations_demo_shows_the_sigmoid_gradient_vanishing():
    """The demo's claim, headless: after training, the sigmoid net is still at chance
    and its first layer's gradient is orders of magnitude below its last layer's."""
    report = headless_report("activations", 1500)
    losses = report["figure"]["values"]
    assert set(losses) == {"sigmoid", "tanh", "ReLU"}
    assert losses["sigmoid"] > 0.6 > 0.2 > max(losses["tanh"], losses["ReLU"])
    demo = load_demo("activations")
    trainer = Trainer(demo.experiment, probes={"compare"})
    trainer.apply(cmd.SetComparison(demo.compare.to_dict()))
    for _ in range(200):
        trainer.step()
    sigmoid, _tanh, relu = trainer.snapshot(False, 0.0).compare.runs
    assert sigmoid.grad_norms[0] < 1e-3 * sigmoid.grad_norms[-1]
    assert relu.grad_norms[0] > 1e-2 * relu.grad_norms[-1]


def test_every_comparing_demo_reports_each_run():
    comparing = [d for d in list_demos() if d.compare is not None]
    assert {"activations", "minima"} <= {d.id for d in comparing}
    report = headless_report("minima", 30)
    assert len(report["runs"]) == 8 and all(r["step"] == 30 for r in report["runs"])
    assert list(report["figure"]["values"]) == [f"seed {i}" for i in range(8)]


def test_a_demo_file_with_a_bad_comparison_is_refused(tmp_path):
    (tmp_path / "bad.json").write_text(
        '{"id": "bad", "title": {"en": "b"}, "caption": {"en": "c"}, "experiment": {},'
        ' "compare": {"vary": "activation", "values": ["relu", "wobbly"]}}')
    with pytest.raises(DemoError, match="wobbly"):
        list_demos(tmp_path)
    (tmp_path / "bad.json").write_text(
        '{"id": "bad", "title": {"en": "b"}, "caption": {"en": "c"}, "experiment": {},'
        ' "figure": {"label": "x", "metric": "speed"}}')
    with pytest.raises(DemoError, match="figure"):
        list_demos(tmp_path)


def test_runs_share_the_device_of_run_one():
    trainer = Trainer(BASE)
    trainer.apply(cmd.SetComparison({"vary": "training.seed", "values": [1, 2]}))
    assert trainer.runs.others[0].session.device == trainer.session.device
    assert isinstance(trainer.runs.others[0].session.model.linears[0].weight, torch.Tensor)


@pytest.mark.parametrize("demo_id, runs", [
    ("perceptron", 0), ("space-warp", 0), ("activations", 3), ("minima", 8),
    ("pretraining", 2)])
def test_each_fig1_demo_reports_its_own_figure(demo_id, runs):
    report = headless_report(demo_id, 12)
    figure = report["figure"]
    assert figure["label"]
    if runs:
        assert len(figure["values"]) == runs
        assert all(isinstance(v, float) and math.isfinite(v) for v in figure["values"].values())
    else:
        assert figure["value"] == report["accuracy"]


def test_a_recipe_varies_several_settings_per_run():
    recipe = compare("recipe", [{}, {"network": {"dropout": 0.3}},
                                {"network": {"dropout": 0.3}, "training": {"optimizer": "adam"}}],
                     labels=[{"en": "plain"}, {"en": "dropout"}, {"en": "dropout + adam"}])
    runs = recipe.variants(BASE)
    assert [r.network.dropout for r in runs] == [0.0, 0.3, 0.3]
    assert [r.training.optimizer for r in runs] == ["sgd", "sgd", "adam"]
    assert recipe.label(2) == "dropout + adam"
    assert Comparison.from_dict(recipe.to_dict()) == recipe
    with pytest.raises(ExperimentError, match="label"):
        compare("recipe", [{}, {"network": {"dropout": 0.3}}])
    # A recipe's runs are checked against the experiment they vary (a layer stack may
    # fit only its demo's data), when a demo or the trainer is given one.
    bad = compare("recipe", [{}, {"network": {"dropout": 3}}], labels=[{"en": "a"}, {"en": "b"}])
    with pytest.raises(ExperimentError, match="run 2"):
        bad.validated(BASE)
