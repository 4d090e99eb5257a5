"""Printing benchmark lines in one format: name, value, target, verdict."""

import numpy as np


def line(name: str, value: float, unit: str, target: str, ok: bool) -> None:
    verdict = "ok" if ok else "MISSED"
    print(f"  {name:<58} {value:>10.3f} {unit:<6} target {target:<12} {verdict}", flush=True)


def p99(intervals_ms) -> float:
    return float(np.percentile(np.asarray(intervals_ms), 99)) if len(intervals_ms) else 0.0
