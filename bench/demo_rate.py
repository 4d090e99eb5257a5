"""Steps per second of a demo's runs (a comparison's runs side by side) trained headless,
with the curves' snapshots and no views: the baseline a window's rate is held to."""

import time

from bench.training_overhead import SECONDS


def headless_rate(demo, experiment, seconds: float = SECONDS) -> float:
    import torch

    from engine.shared import commands as cmd
    from engine.trainer.loop import train
    torch.set_num_threads(1)
    queue = cmd.CommandQueue()
    if demo.compare is not None:
        queue.put(cmd.SetComparison(demo.compare.to_dict()))
    queue.put(cmd.Play())
    first = None
    for snap in train(experiment, queue):
        now = time.perf_counter()
        if snap.step == 0:
            continue
        if first is None:
            first = (now, snap.step)
        elif now - first[0] >= seconds:
            queue.put(cmd.Stop())
            return (snap.step - first[1]) / (now - first[0])
    raise RuntimeError("training ended early")
