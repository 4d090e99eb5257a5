"""Run every benchmark: ``python -m bench`` (or ``make bench``).

Each benchmark prints its measurements and the target they are held to; the exit code is
0 even when a target is missed, so the numbers always get printed (they are read, not
asserted: speed depends on the machine).
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")


def main(argv: list[str]) -> int:
    from bench import (
        boundary,
        frame_cost,
        landscape,
        landscape_training,
        startup,
        training_overhead,
    )
    chosen = set(argv) or {"startup", "boundary", "frames", "training", "landscape",
                           "landscape-training"}
    if "startup" in chosen:
        startup.main()
    if "boundary" in chosen:
        boundary.main()
    if "frames" in chosen:
        frame_cost.main()
    if "training" in chosen:
        training_overhead.main()
    if "landscape" in chosen:
        landscape.main()
    if "landscape-training" in chosen:
        landscape_training.main()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
