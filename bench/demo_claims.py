"""Every demo's claims (the numbers and outcomes its caption states) checked on seeds
0-9, printed as a table: one line per claim and seed, then the share that held.

    python -m bench.demo_claims [--seeds 0-9] [--demo rnn-vs-lstm]
"""

from __future__ import annotations

import argparse
import time

from engine.shared.demos import list_demos
from engine.trainer.claim_check import check_demo


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="0-9", help="first-last")
    parser.add_argument("--demo", default=None, help="one demo id")
    args = parser.parse_args()
    first, _, last = args.seeds.partition("-")
    seeds = range(int(first), int(last or first) + 1)
    held = total = 0
    print(f"  {'demo':<16} {'seed':>4} {'steps':>6} {'metric':<17} {'run':<24} "
          f"{'claim':<10} {'value':>8}  verdict", flush=True)
    for demo in list_demos():
        if not demo.claims or args.demo not in (None, demo.id):
            continue
        for seed in seeds:
            started = time.perf_counter()
            for result in check_demo(demo, seed):
                claim = result.claim
                for run, value in result.values.items():
                    verdict = "ok" if claim.holds(value) else "MISSED"
                    print(f"  {demo.id:<16} {seed:>4} {claim.steps:>6} {claim.metric:<17} "
                          f"{run or '-':<24} {claim.bounds():<10} {value:>8.3f}  {verdict}",
                          flush=True)
                held += result.holds
                total += 1
            print(f"  {'':<16} ({time.perf_counter() - started:.1f} s)", flush=True)
    print(f"  claims held: {held} of {total}", flush=True)


if __name__ == "__main__":
    main()
