"""The headless word figures and --seconds: train for a span of training time, then
report the neighbour share or both models' held-out perplexity."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, timeout=180):
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def test_seconds_trains_that_long_and_reports_both_perplexities(tmp_path):
    path = tmp_path / "r.json"
    out = run("--demo", "ngram-vs-neural", "--headless", "--seconds", "4", "--seed", "3",
              "--report", str(path))
    assert out.returncode == 0, out.stderr
    report = json.loads(path.read_text())
    assert report["seconds"] == 4 and report["steps"] > 100
    assert report["experiment"]["data"]["seed"] == 3
    figure = report["figure"]
    assert figure["metric"] == "perplexity"
    values = figure["values"]
    assert set(values) == {"neural", "kneser-ney"}
    assert values["neural"] < values["kneser-ney"]


def test_the_word_vectors_figure_is_the_neighbour_share():
    from engine.trainer.headless import headless_report
    report = headless_report("word-vectors", 200)
    assert report["figure"]["metric"] == "neighbour_share"
    assert 0.0 <= report["figure"]["value"] <= 1.0


@pytest.mark.parametrize(("args", "words"), [
    (("--demo", "word-vectors", "--seconds", "5"), "--seconds goes with --headless"),
    (("--demo", "word-vectors", "--headless", "--seconds", "0"), "must be positive"),
    (("--demo", "word-vectors", "--headless", "--seconds", "5", "--steps", "9"),
     "exclude each other"),
])
def test_seconds_needs_a_headless_demo_run(args, words):
    out = run(*args, timeout=60)
    assert out.returncode == 2 and words in out.stderr


def test_set_changes_a_demo_setting_the_korean_corpus_for_instance(tmp_path):
    path = tmp_path / "r.json"
    out = run("--demo", "word-vectors", "--headless", "--steps", "20",
              "--set", "data.language=ko", "--set", "training.learning_rate=0.02",
              "--report", str(path))
    assert out.returncode == 0, out.stderr
    report = json.loads(path.read_text())
    assert report["experiment"]["data"]["language"] == "ko"
    assert report["experiment"]["training"]["learning_rate"] == 0.02


@pytest.mark.parametrize(("setting", "words"), [
    ("data.language=fr", "no generated corpus in 'fr'"),
    ("training.learning_rate=abc", "'training.learning_rate' has the wrong type"),
    ("data.colour=red", "unknown setting in 'data': colour"),
    ("language", "expected SECTION.FIELD=VALUE"),
])
def test_a_bad_setting_is_refused_in_one_line(setting, words):
    out = run("--demo", "word-vectors", "--headless", "--steps", "1", "--set", setting,
              timeout=60)
    assert out.returncode == 2 and words in out.stderr
    assert "Traceback" not in out.stderr
