"""Headless runs: train a demo N steps with no Qt and report the numbers as JSON."""

from __future__ import annotations

import json
from pathlib import Path

from engine.demos import load_demo
from engine.train import run_steps


def headless_report(demo_id: str, steps: int, device: str | None = None,
                    seed: int | None = None) -> dict:
    demo = load_demo(demo_id)
    experiment = demo.experiment
    if device is not None:
        experiment = experiment.with_training(device=device)
    if seed is not None:
        experiment = experiment.with_training(seed=seed).with_data(seed=seed)
    timing: dict[str, float] = {}
    snap = run_steps(experiment, steps, timing=timing)
    elapsed = timing.get("elapsed", 0.0)
    report = {
        "demo": demo_id,
        "steps": snap.step,
        "device": snap.device,
        "train_loss": snap.train_loss,
        "test_loss": snap.test_loss,
        "steps_per_second": snap.step / elapsed if elapsed > 0 else 0.0,
    }
    if snap.problem == "classification":
        report["accuracy"] = snap.test_accuracy
        report["train_accuracy"] = snap.train_accuracy
    if snap.message:
        report["message"] = snap.message
    report["experiment"] = snap.experiment.to_dict()
    return report


def write_report(report: dict, path: str | Path) -> None:
    Path(path).write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")
