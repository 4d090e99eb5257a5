"""Check a demo's claims (engine.shared.demo_claims) on a seed: train it headless the
claimed number of steps and read each claimed number from the report."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from engine.shared.demo_claims import EVERY_RUN, Claim
from engine.shared.demos import Demo
from engine.trainer.headless import headless_report


@dataclass(frozen=True)
class ClaimResult:
    demo: str
    seed: int
    claim: Claim
    values: dict[str, float]  # by run label ("" for a demo that trains one net)

    @property
    def holds(self) -> bool:
        return bool(self.values) and all(self.claim.holds(v) for v in self.values.values())


def check_demo(demo: Demo, seed: int) -> list[ClaimResult]:
    """Every claim of ``demo`` on ``seed``; claims with the same steps and changes share
    one run."""
    reports: dict[str, dict] = {}
    results = []
    for claim in demo.claims:
        key = json.dumps([claim.steps, claim.changes], sort_keys=True)
        if key not in reports:
            reports[key] = headless_report(demo.id, claim.steps, seed=seed,
                                           changes=claim.changes)
        results.append(ClaimResult(demo.id, seed, claim, claim_values(claim, reports[key])))
    return results


def claim_values(claim: Claim, report: dict) -> dict[str, float]:
    if claim.metric == "gradient_decades":
        return {"": _number(report.get("figure", {}).get("value"))}
    if claim.run is None:
        key = {"test_accuracy": "accuracy"}.get(claim.metric, claim.metric)
        return {"": _number(report.get(key))}
    return {run["label"]: _number(run.get(claim.metric)) for run in report.get("runs", ())
            if claim.run in (EVERY_RUN, run["label"])}


def _number(value) -> float:
    return float(value) if isinstance(value, int | float) else math.nan
