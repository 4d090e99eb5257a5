"""The recurrent demos' headless figures: what each demo is about, as a number or text."""

from __future__ import annotations

from engine.trainer.headless import headless_report


def test_gradient_time_demo_reports_a_vanishing_gradient():
    report = headless_report("gradient-time", 20)
    figure = report["figure"]
    assert figure["metric"] == "gradient_decades"
    # A plain tanh RNN over 42 steps: the first step's gradient is many decades smaller.
    assert figure["value"] < -3
    assert figure["first_step_norm"] < figure["last_step_norm"]


def test_char_rnn_demo_reports_the_text_it_writes():
    report = headless_report("char-rnn", 5)
    figure = report["figure"]
    assert figure["metric"] == "sample"
    assert figure["value"].startswith(figure["prompt"]) and len(figure["value"]) > len(
        figure["prompt"]) + 100
    assert figure["temperature"] > 0


def test_rnn_counting_demo_reports_per_step_accuracy():
    report = headless_report("rnn-counting", 5)
    assert report["figure"]["metric"] == "test_accuracy"
    assert 0.0 <= report["figure"]["value"] <= 1.0
