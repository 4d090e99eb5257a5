"""Run the benchmarks: ``python -m bench [name ...]`` (or ``make bench`` for all).

Each benchmark prints its measurements and the target they are held to; the exit code is
0 even when a target is missed, so the numbers always get printed (they are read, not
asserted: speed depends on the machine).
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

#: name -> module under bench/, in the order they run.
BENCHMARKS = {"startup": "startup", "boundary": "boundary", "frames": "frame_cost",
              "training": "training_overhead", "landscape": "landscape",
              "landscape-training": "landscape_training", "convnet": "convnet_training",
              "sequences": "sequence_training", "projector": "projector",
              "translation": "translation", "captioning": "captioning",
              "caption-overlay": "caption_overlay"}


def main(argv: list[str]) -> int:
    import importlib
    unknown = set(argv) - set(BENCHMARKS)
    if unknown:
        print(f"unknown benchmark(s) {sorted(unknown)}: choose from {list(BENCHMARKS)}")
        return 2
    for name, module in BENCHMARKS.items():
        if not argv or name in argv:
            importlib.import_module(f"bench.{module}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
