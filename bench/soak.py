"""Soak (issue 15): the heaviest demos for a long while with their views live, and the
memory of both processes sampled as it goes.

    python -m bench.soak [--minutes 30] [--every 30] [--demo-minutes 5]

The window trains each demo of HEAVY in turn (``--demo-minutes`` each, round and round),
showing each of its views in turn every few seconds so every view draws; every
``--every`` seconds it samples the resident memory (RSS) of the window's process and of
the trainer's. It prints one row per sample, then the verdict:

- growth: the newest total over the total at the first sample after ``--warm-minutes``
  (5 by default: caches, grids and the allocator settle first), target <= 5 %;
- peak: the largest total of the two processes, target <= 700 MB.

Not part of ``make bench`` (it takes half an hour); ``make soak`` runs it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from bench.report import line

#: The heaviest demos: a ConvNet with feature maps, three ConvNets side by side, a
#: character LSTM writing text, two recurrent nets over 20,000 sequences, the landscape.
HEAVY = ("feature-maps", "convnet-recipe", "char-rnn", "rnn-vs-lstm", "landscape")
#: Seconds each view of a demo stays in front before the next one is shown.
VIEW_SECONDS = 5.0
GROWTH_TARGET, PEAK_TARGET_MB = 0.05, 700.0


def rss_mb(pid: int) -> float:
    """Resident memory of process ``pid`` in MB (Linux /proc; psutil elsewhere)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for row in status:
                if row.startswith("VmRSS:"):
                    return int(row.split()[1]) / 1024
    except OSError:
        import psutil  # not on Linux: the one dependency this bench then needs
        return psutil.Process(pid).memory_info().rss / 2**20
    return float("nan")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.soak")
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--every", type=float, default=30.0, help="seconds between samples")
    parser.add_argument("--demo-minutes", type=float, default=5.0)
    parser.add_argument("--warm-minutes", type=float, default=5.0)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    from gui.app import make_app
    from gui.main_window import MainWindow

    app = make_app()
    window = MainWindow()
    window.resize(1280, 720)
    window.show()
    start = time.monotonic()
    end = start + 60 * args.minutes
    samples: list[tuple[float, str, float, float]] = []
    next_sample, next_view, next_demo, demo_index = start, start, start, -1
    tabs: list = []
    print(f"Soak: {args.minutes:g} min over {', '.join(HEAVY)}, every view live, RSS "
          f"every {args.every:g} s")
    print(f"  {'min':>6} {'demo':<16} {'window MB':>10} {'trainer MB':>11} {'total MB':>9}")
    while time.monotonic() < end:
        now = time.monotonic()
        if now >= next_demo:
            demo_index = (demo_index + 1) % len(HEAVY)
            window.open_demo(HEAVY[demo_index])
            app.processEvents()
            if not window.running:
                window.play.toggle_play()
            tabs = [w for w in window.view_tabs.named().values()
                    if window.tabs.indexOf(w) >= 0 and window.tabs.isTabVisible(
                        window.tabs.indexOf(w))]
            next_demo = now + 60 * args.demo_minutes
        if now >= next_view and tabs:
            window.tabs.setCurrentWidget(tabs[int(now / VIEW_SECONDS) % len(tabs)])
            next_view = now + VIEW_SECONDS
        if now >= next_sample and window.host.listening:
            parent, child = rss_mb(os.getpid()), rss_mb(window.host.pid)
            samples.append(((now - start) / 60, HEAVY[demo_index], parent, child))
            print(f"  {samples[-1][0]:>6.1f} {HEAVY[demo_index]:<16} {parent:>10.0f} "
                  f"{child:>11.0f} {parent + child:>9.0f}", flush=True)
            next_sample = now + args.every
        app.processEvents()
        time.sleep(0.01)
    window.close()
    return verdict(samples, args.warm_minutes)


def verdict(samples: list[tuple[float, str, float, float]], warm_minutes: float) -> int:
    totals = [(t, parent + child) for t, _demo, parent, child in samples]
    if not totals:
        print("  no samples: the trainer never started")
        return 1
    warm = next((total for t, total in totals if t >= warm_minutes), totals[0][1])
    growth = totals[-1][1] / warm - 1.0
    peak = max(total for _t, total in totals)
    line(f"growth after the first {warm_minutes:g} min", 100 * growth, "%",
         f"<= {100 * GROWTH_TARGET:g} %", growth <= GROWTH_TARGET)
    line("peak of both processes", peak, "MB", f"<= {PEAK_TARGET_MB:g}", peak <= PEAK_TARGET_MB)
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(_var, "1")
    sys.exit(main())
