"""Which tensors outlive their run? Trains demos one after another in one Trainer, as the
window's trainer process does, and prints after each the live torch tensors by shape.

    PYTHONPATH=. python tools/tensor_survivors.py [SECONDS] [DEMO:PROBE,PROBE ...]

Measured with it (issue 15.7, the soak's growth): live tensors do not pile up across
demos. feature-maps holds 71 MB of them, and 74 MB when it comes round again after
convnet-recipe, char-rnn, rnn-vs-lstm and the landscape (4 s each, their views' probes).
So the trainer's resident memory growing from round to round is memory the allocator
kept, not tensors a run left behind. (A survivor count must not hold its own list of
tensors into the next demo: an earlier version of this check did, and "found" a leak.)
"""

from __future__ import annotations

import collections
import gc
import sys
import time

DEFAULT = ("char-rnn:landscape,sample", "rnn-vs-lstm:compare,landscape",
           "feature-maps:feature_maps,landscape")


def live_tensors() -> collections.Counter:
    import torch
    gc.collect()
    sizes: collections.Counter = collections.Counter()
    for obj in gc.get_objects():
        if isinstance(obj, torch.Tensor):
            sizes[tuple(obj.shape)] += obj.untyped_storage().nbytes()
    return sizes


def main(argv: list[str]) -> int:
    import torch

    from engine.shared import commands as cmd
    from engine.shared.demos import load_demo
    from engine.trainer.run import Trainer
    torch.set_num_threads(1)
    seconds = float(argv[0]) if argv else 5.0
    trainer = None
    for entry in argv[1:] or DEFAULT:
        demo_id, _, probes = entry.partition(":")
        demo, names = load_demo(demo_id), tuple(p for p in probes.split(",") if p)
        if trainer is None:
            trainer = Trainer(demo.experiment, probes=set(names))
        else:
            trainer.apply(cmd.SetProbes(names))
            trainer.apply(cmd.SetComparison(None))
            trainer.apply(cmd.SetExperiment(demo.experiment))
        if demo.compare is not None:
            trainer.apply(cmd.SetComparison(demo.compare.to_dict()))
        begun = time.perf_counter()
        while time.perf_counter() - begun < seconds:
            trainer.step()
            trainer.snapshot(True, 0.0)
        sizes = live_tensors()
        print(f"{demo_id}: {sum(sizes.values()) / 1e6:.0f} MB of live tensors; largest:")
        for shape, size in sizes.most_common(5):
            print(f"    {shape}: {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
