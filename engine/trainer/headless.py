"""Headless runs: train a demo N steps with no Qt and report the numbers as JSON.

A demo may name its own figure (``"figure"`` in its file): the number the demo is about,
e.g. the perceptron's accuracy on XOR or the final loss of every run of a comparison.
The report is for people and scripts reading JSON: its messages are rendered in English.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from engine.shared.demos import Demo, load_demo
from engine.shared.experiment_json import experiment_of
from engine.trainer.loop import run_steps


def headless_report(demo_id: str, steps: int | None, device: str | None = None,
                    seed: int | None = None, seconds: float | None = None,
                    changes: dict | None = None) -> dict:
    """``steps`` steps, or with ``seconds`` as many as that much training time holds.
    ``changes``: settings laid over the demo's (a partial experiment dict)."""
    demo = load_demo(demo_id)
    experiment = demo.experiment
    if changes:
        experiment = experiment_of(changes, demo_id, experiment)
    if device is not None:
        experiment = experiment.with_training(device=device)
    if seed is not None:
        experiment = experiment.with_training(seed=seed).with_data(seed=seed)
    timing: dict[str, float] = {}
    # Figures read by a live probe: the text a character model writes, the gradient
    # through time (the final snapshot runs them once).
    probes = {"sample": {"sample"}, "gradient_decades": {"gradient_time"}}.get(
        (demo.figure or {}).get("metric"), set())
    if seconds is not None:
        from engine.trainer.timed import run_seconds
        snap = run_seconds(experiment, seconds, probes=probes, timing=timing,
                           comparison=demo.compare)
        steps = snap.step
        report = _report(demo_id, snap, timing.get("elapsed", 0.0), steps)
        report["seconds"] = seconds
    else:
        snap = run_steps(experiment, steps, probes=probes, timing=timing,
                         comparison=demo.compare)
        report = _report(demo_id, snap, timing.get("elapsed", 0.0), steps)
    figure = demo_figure(demo, report, snap)
    if figure is not None:
        report["figure"] = figure
    if demo.compare is not None:
        report["compare"] = demo.compare.to_dict()
    return report


def continue_report(path: str | Path, steps: int, save: str | Path | None = None,
                    data_path: str = "") -> dict:
    """Open the experiment file (or settings file) ``path``, train ``steps`` more steps
    from where it stopped, save the run to ``save`` if given, and report as
    ``headless_report`` does. ``data_path``: the person's own data the file may name
    (the command line's --data). ExperimentFileError when the file is refused."""
    from engine.trainer.checkpoint import load_trainer, save_trainer
    trainer = load_trainer(path, probes=(), data_path=data_path)
    start = trainer.session.step_count
    timing: dict[str, float] = {}
    snap = run_steps(trainer.session.experiment, steps, timing=timing, trainer=trainer)
    report = _report(None, snap, timing.get("elapsed", 0.0), snap.step - start)
    report["opened"] = str(path)
    report["opened_at_step"] = start
    if save is not None:
        report["saved"] = str(save_trainer(trainer, save))
    return report


def _report(demo_id: str | None, snap, elapsed: float, steps: int) -> dict:
    report = {
        "demo": demo_id,
        "steps": snap.step,
        "device": snap.device,
        "train_loss": snap.train_loss,
        "test_loss": snap.test_loss,
        "steps_per_second": steps / elapsed if elapsed > 0 else 0.0,
    }
    if snap.problem == "classification":
        report["accuracy"] = snap.test_accuracy
        report["train_accuracy"] = snap.train_accuracy
    if snap.compare is not None:
        report["vary"] = snap.compare.vary
        report["runs"] = [_run_report(run) for run in snap.compare.runs]
    if snap.message is not None:
        report["message"] = snap.message.english()
    report["experiment"] = snap.experiment.to_dict()
    return report


def _run_report(run) -> dict:
    entry = {"label": run.label, "value": run.value, "step": run.step,
             "train_loss": run.train_loss, "test_loss": run.test_loss}
    if not math.isnan(run.test_accuracy):
        entry["train_accuracy"] = run.train_accuracy
        entry["test_accuracy"] = run.test_accuracy
    if run.status is not None:
        entry["status"] = run.status.english()
    return entry


def demo_figure(demo: Demo, report: dict, snap=None) -> dict | None:
    """The demo's own number: {"label", "metric", "value"} for one run, or "values" by
    run label for a comparison."""
    if demo.figure is None:
        return None
    metric = demo.figure["metric"]
    figure = {"label": demo.figure["label"], "metric": metric}
    if metric in ("sample", "gradient_decades"):
        figure.update(_probe_figure(metric, snap))
    elif metric in ("neighbour_share", "perplexity"):
        figure.update(word_figure(metric, snap))
    elif metric == "sentence_accuracy":
        from engine.trainer.translation_report import translation_figure
        figure.update(translation_figure(snap))
    elif metric == "exact_match":
        from engine.trainer.caption_report import caption_figure
        figure.update(caption_figure(snap))
    elif "runs" in report:
        figure["values"] = {run["label"]: run.get(metric) for run in report["runs"]}
    else:
        key = {"test_accuracy": "accuracy"}.get(metric, metric)
        figure["value"] = report.get(key)
    return figure


def _probe_figure(metric: str, snap) -> dict:
    """The sampled text, or log10 of the gradient norm at the first step over the last:
    below 0 the gradient vanishes on its way back, above 0 it explodes."""
    live = snap.live if snap is not None else {}
    problems = snap.live_problems if snap is not None else {}
    name = "sample" if metric == "sample" else "gradient_time"
    data = live.get(name)
    if data is None:
        problem = problems.get(name)
        return {"value": None,
                "problem": problem.english() if problem is not None else "not measured"}
    if metric == "sample":
        return {"value": data.prompt + data.text, "prompt": data.prompt,
                "temperature": data.temperature}
    norms = data.norms
    decades = float(math.log10(norms[0] / norms[-1])) if norms[0] > 0 else -math.inf
    return {"value": decades, "first_step_norm": float(norms[0]),
            "last_step_norm": float(norms[-1])}


def word_figure(metric: str, snap) -> dict:
    """The neighbour share's ``value``, or both models' held-out perplexity as
    ``values`` ("neural", "kneser-ney") and their ratio."""
    words = snap.words if snap is not None else None
    if words is None:
        return {"value": None, "problem": "not word data"}
    if metric == "neighbour_share":
        return {"value": _number(words.last_share)}
    neural, trigram = _number(words.last_perplexity), _number(words.kneser_ney)
    ratio = neural / trigram if neural is not None and trigram else None
    return {"values": {"neural": neural, "kneser-ney": trigram}, "ratio": ratio,
            "held_out_predictions": words.measured}


def _number(value: float) -> float | None:
    return float(value) if math.isfinite(value) else None


def write_report(report: dict, path: str | Path) -> None:
    Path(path).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")
