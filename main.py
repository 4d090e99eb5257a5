"""Deepscope: a desktop playground for deep learning.

    python main.py                       open the gallery
    python main.py --demo ID             open a demo
    python main.py --list-demos          print demo ids and titles
    python main.py --demo ID --steps N --screenshot out.png
    python main.py --demo ID --steps N --headless --report out.json
    python main.py --demo ID --seconds S --headless --report out.json
                                         train S seconds of training time, then report
    python main.py --demo ID --headless --set data.language=ko ...
                                         the demo with a setting changed (repeatable)
    python main.py FILE                  open a .deepscope run or a settings .json
    python main.py --headless --open FILE --steps N [--report R] [--save OUT.deepscope]
                   [--data PATH]         train N more steps of a saved run, and save it
                                         (PATH: a person's own data the file names)

A file that is refused (malformed, too big, not a Deepscope file) exits with code 2 and
one line saying why.

Nothing heavy is imported at module level: the window must be on screen before torch
has even started loading (it loads in the training process).
"""

from __future__ import annotations

import argparse
import os
import sys


def _limit_threads() -> None:
    """One thread per numeric pool, before numpy or torch load (DESIGN.md: two pools on
    two cores slow each other down several times over)."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="deepscope", description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", metavar="FILE",
                        help="a .deepscope run or settings .json to open in the window")
    parser.add_argument("--demo", help="open this demo (see --list-demos)")
    parser.add_argument("--open", metavar="FILE", dest="open_file",
                        help="with --headless: continue the run saved in FILE")
    parser.add_argument("--save", metavar="FILE",
                        help="with --headless --open: save the run here afterwards")
    parser.add_argument("--data", metavar="PATH", default="",
                        help="with --open: the data file or folder the run reads (a file "
                             "may name only the data a person chose)")
    parser.add_argument("--list-demos", action="store_true", help="print demo ids and titles")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"),
                        help="device that trains (default: the demo's, usually auto)")
    parser.add_argument("--seed", type=int, help="seed for data and weights")
    parser.add_argument("--steps", type=int, help="train this many steps")
    parser.add_argument("--seconds", type=float,
                        help="with --headless: train this many seconds of training time")
    parser.add_argument("--screenshot", metavar="FILE", help="save the window as PNG and exit")
    parser.add_argument("--headless", action="store_true", help="no window: train and report")
    parser.add_argument("--report", metavar="FILE", help="with --headless: write JSON here")
    parser.add_argument("--lang", choices=("en", "ko"), help="language of the window")
    parser.add_argument("--set", metavar="SECTION.FIELD=VALUE", action="append",
                        default=[], dest="settings",
                        help="with --headless --demo: change one of the demo's settings, "
                             "e.g. data.language=ko or training.learning_rate=0.1 "
                             "(repeatable)")
    args = parser.parse_args(argv)
    if args.headless and args.screenshot:
        parser.error("--headless and --screenshot exclude each other")
    if args.steps is not None and args.steps < 0:
        parser.error("--steps must not be negative")
    if args.seconds is not None and (not args.headless or args.open_file):
        parser.error("--seconds goes with --headless and a --demo")
    if args.seconds is not None and not args.seconds > 0:
        parser.error("--seconds must be positive")
    if args.seconds is not None and args.steps is not None:
        parser.error("--seconds and --steps exclude each other")
    if (args.open_file or args.save) and not args.headless:
        parser.error("--open and --save go with --headless (to open FILE in the window, "
                     "give it without --open)")
    if (args.save or args.data) and not args.open_file:
        parser.error("--save and --data go with --open")
    if args.settings and (not args.headless or args.open_file):
        parser.error("--set goes with --headless and a --demo")
    try:
        args.changes = setting_changes(args.settings)
    except ValueError as exc:
        parser.error(str(exc))
    if args.file and (args.headless or args.demo):
        parser.error("FILE opens in the window: use --headless --open FILE for a run "
                     "without one, and no --demo")
    return args


def setting_changes(assignments: list[str]) -> dict:
    """``["data.language=ko", "training.learning_rate=0.1"]`` as a partial experiment:
    ``{"data": {"language": "ko"}, "training": {"learning_rate": 0.1}}``. A value reads
    as JSON (numbers, true, null, lists) and otherwise as the text it is; the experiment's
    own checks judge it."""
    import json

    changes: dict[str, dict] = {}
    for assignment in assignments:
        name, equals, text = assignment.partition("=")
        section, dot, field = name.strip().partition(".")
        if not equals or not dot or not section or not field:
            raise ValueError(f"--set {assignment}: expected SECTION.FIELD=VALUE, "
                             "e.g. data.language=ko")
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        changes.setdefault(section, {})[field] = value
    return changes


def main(argv: list[str] | None = None) -> int:
    _limit_threads()
    args = parse_args(argv)
    if args.list_demos:
        from engine.shared.demos import list_demos
        for demo in list_demos():
            print(f"{demo.id}\t{demo.text('title', args.lang or 'en')}")
        return 0
    if args.headless:
        return _headless(args)
    from gui.app import run_app
    return run_app(args)


def _headless(args: argparse.Namespace) -> int:
    import json

    from engine.shared.demos import DemoError
    from engine.shared.experiment_file import ExperimentFileError
    from engine.trainer.headless import continue_report, headless_report, write_report
    try:
        if args.open_file:
            report = continue_report(args.open_file, args.steps or 0, save=args.save,
                                     data_path=args.data)
        else:
            report = headless_report(args.demo or "playground-circle", args.steps or 0,
                                     device=args.device, seed=args.seed,
                                     seconds=args.seconds, changes=args.changes)
    except (DemoError, ExperimentFileError, ValueError) as exc:
        print(f"deepscope: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"deepscope: {args.open_file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    if args.report:
        write_report(report, args.report)
    else:
        report.pop("experiment", None)
        print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
