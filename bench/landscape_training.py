"""Training speed while the loss landscape computes in the loop, against without it
(issue 5: "computing a landscape must not stall training")."""

import time

from bench.report import line

SECONDS = 5.0


def run(probes, landscape: dict | None) -> tuple[float, float]:
    """(steps per second, longest gap between snapshots in ms), headless."""
    from engine.shared import commands as cmd
    from engine.shared.demos import load_demo
    from engine.trainer.loop import train
    queue = cmd.CommandQueue()
    queue.put(cmd.Play())
    if landscape:
        queue.put(cmd.SetLandscape(landscape))
    start, last, gaps = None, None, []
    for snap in train(load_demo("landscape").experiment, queue, probes=probes):
        now = time.perf_counter()
        if last is not None:
            gaps.append(now - last)
        last = now
        if start is None and snap.step > 0:
            start = (now, snap.step)
        elif start and now - start[0] > SECONDS:
            queue.put(cmd.Stop())
            return (snap.step - start[1]) / (now - start[0]), max(gaps) * 1e3
    raise RuntimeError("training ended early")


def main() -> None:
    import torch

    from engine.probes import DEFAULT_PROBES

    torch.set_num_threads(1)
    print(f"Training with the landscape computing (landscape demo, headless, {SECONDS:g} s)")
    base, base_gap = run(DEFAULT_PROBES, None)
    busy, busy_gap = run(DEFAULT_PROBES | {"landscape"},
                         {"resolution": 51, "every_seconds": 1.0, "directions": "random"})
    line("steps/s without the landscape", base, "1/s", "", True)
    line("steps/s, 51x51 grid recomputed every second", busy, "1/s", "", True)
    line("ratio", busy / base, "x", "", True)
    line("longest gap between snapshots, without / with", base_gap, "ms", "", True)
    line("  with", busy_gap, "ms", "", True)
