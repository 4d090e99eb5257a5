"""Experiments round-trip through JSON; every demo file loads and trains."""

import json

import pytest

from engine.shared.demos import DemoError, list_demos, load_demo
from engine.shared.experiment import Experiment, ExperimentError

REQUIRED_DEMOS = {"playground-circle", "playground-xor", "playground-spiral",
                  "playground-regression", "two-curves"}


def test_experiment_round_trips_through_json():
    experiment = Experiment().with_network(hidden=(3, 5), activations=("relu", "gelu"))
    experiment = experiment.with_data(custom_points=((1.0, 2.0, 1.0),))
    again = Experiment.from_dict(json.loads(experiment.to_json()))
    assert again == experiment


@pytest.mark.parametrize("raw, words", [
    ({"network": {"hidden": [4, 4], "activations": ["tanh"]}}, "activations"),
    ({"network": {"hidden": [65], "activations": ["tanh"]}}, "allowed 1 to 64"),
    ({"training": {"learning_rate": 0}}, "learning rate"),
    ({"training": {"optimizer": "lbfgs"}}, "optimizer"),
    ({"data": {"train_ratio": 1.5}}, "train ratio"),
    ({"training": {"colour": 1}}, "unknown setting"),
])
def test_bad_experiments_get_clear_messages(raw, words):
    with pytest.raises(ExperimentError, match=words):
        Experiment.from_dict(raw).validate()


def test_limits_can_be_lifted():
    experiment = Experiment().with_network(hidden=(100,), activations=("relu",), max_units=128)
    assert experiment.validate() is experiment


def test_required_demos_exist_with_korean_captions():
    demos = {d.id: d for d in list_demos()}
    assert REQUIRED_DEMOS <= set(demos)
    for demo in demos.values():
        assert demo.text("title", "ko") and demo.text("caption", "ko")
        assert demo.title["ko"] != demo.title["en"] or demo.id == "playground-xor"


def test_unknown_demo_names_the_choices():
    with pytest.raises(DemoError, match="playground-circle"):
        load_demo("no-such-demo")


def test_malformed_demo_file_is_reported(tmp_path):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DemoError, match="bad.json"):
        list_demos(tmp_path)


@pytest.mark.parametrize("demo_id", sorted(REQUIRED_DEMOS))
def test_every_demo_trains_and_improves(demo_id):
    from engine.trainer.loop import run_steps
    demo = load_demo(demo_id)
    start = run_steps(demo.experiment, 0)
    end = run_steps(demo.experiment, 400)
    assert end.step == 400
    assert end.train_loss < start.train_loss
