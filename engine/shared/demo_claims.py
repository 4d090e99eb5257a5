"""What a demo's caption claims, in a form a script can check on any seed.

A caption that says "the LSTM answers every sequence while the RNN still guesses" makes a
scientific claim; a demo file states it next to the caption (``"claims"``), so the slow
tests and ``bench/demo_claims.py`` can check it on many seeds, not only the one shown:

    "claims": [{"steps": 1000, "metric": "test_accuracy", "run": "LSTM", "at_least": 0.95}]

``run`` is a comparison run's English label, ``"*"`` for every run, or absent for a demo
without a comparison. ``changes`` (optional) are settings applied first, e.g. the
gradient-time demo's "set the recurrent weights to x 4" as {"network":
{"recurrent_scale": 4}}.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from engine.shared.messages import Message, message

#: Metrics a claim may bound: those of the headless report and a demo's figure.
CLAIM_METRICS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy",
                 "gradient_decades")
EVERY_RUN = "*"


@dataclass(frozen=True)
class Claim:
    steps: int
    metric: str
    run: str | None = None
    at_least: float = -math.inf
    at_most: float = math.inf
    changes: dict[str, Any] = field(default_factory=dict)

    def holds(self, value: float) -> bool:
        return math.isfinite(value) and self.at_least <= value <= self.at_most

    def bounds(self) -> str:
        """The claim's range in words a table can print: '>= 0.95', '<= 0.35', '0.6..0.8'."""
        if math.isinf(self.at_least):
            return f"<= {self.at_most:g}"
        if math.isinf(self.at_most):
            return f">= {self.at_least:g}"
        return f"{self.at_least:g}..{self.at_most:g}"


def parse_claims(raw: Any, run_labels: tuple[str, ...]) -> tuple[Claim, ...] | Message:
    """The claims of a demo file, or the Message saying what is wrong with them.
    ``run_labels``: the English labels of the demo's comparison runs (empty: none)."""
    if not isinstance(raw, list):
        return message("demo.claims_not_list")
    claims = []
    for index, entry in enumerate(raw, 1):
        problem = _problem(entry, run_labels)
        if problem is not None:
            return message("demo.bad_claim", index=index, problem=problem)
        claims.append(Claim(steps=entry["steps"], metric=entry["metric"],
                            run=entry.get("run"),
                            at_least=float(entry.get("at_least", -math.inf)),
                            at_most=float(entry.get("at_most", math.inf)),
                            changes=dict(entry.get("changes", {}))))
    return tuple(claims)


def _problem(entry: Any, run_labels: tuple[str, ...]) -> Message | None:
    if not isinstance(entry, dict):
        return message("claim.not_object")
    unknown = set(entry) - {"steps", "metric", "run", "at_least", "at_most", "changes"}
    if unknown:
        return message("claim.unknown_keys", names=", ".join(sorted(map(str, unknown))))
    steps = entry.get("steps")
    if not (isinstance(steps, int) and 0 < steps <= 1_000_000):
        return message("claim.steps", value=repr(steps))
    if entry.get("metric") not in CLAIM_METRICS:
        return message("claim.metric", choices=", ".join(CLAIM_METRICS))
    if not any(isinstance(entry.get(k), int | float) for k in ("at_least", "at_most")):
        return message("claim.no_bound")
    run = entry.get("run")
    if run_labels and run != EVERY_RUN and run not in run_labels:
        return message("claim.run", run=repr(run), labels=", ".join(run_labels))
    if not run_labels and run is not None:
        return message("claim.run_without_comparison")
    if not isinstance(entry.get("changes", {}), dict):
        return message("claim.changes")
    return None
