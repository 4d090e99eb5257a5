"""The two import rules of DESIGN.md: the engine never imports Qt or gui; gui never
imports torch itself."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
            if node.args and isinstance(node.args[0], ast.Constant):
                names.add(str(node.args[0].value))
    return {name.split(".")[0] for name in names}


def modules_under(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", modules_under("engine"), ids=lambda p: p.name)
def test_engine_imports_no_qt_and_no_gui(path):
    forbidden = imported_modules(path) & {"PySide6", "pyqtgraph", "gui", "superqt", "shiboken6"}
    assert not forbidden, f"{path.relative_to(ROOT)} imports {forbidden}"


@pytest.mark.parametrize("path", modules_under("gui"), ids=lambda p: p.name)
def test_gui_does_not_import_torch(path):
    assert "torch" not in imported_modules(path), f"{path.relative_to(ROOT)} imports torch"


def test_rule_checker_catches_a_violation(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\nfrom PySide6.QtCore import QObject\nimport torch.nn as nn\n")
    assert {"PySide6", "torch"} <= imported_modules(bad)


def test_importing_the_window_modules_does_not_load_torch():
    """The window must paint before torch loads: gui's modules may not pull it in."""
    import subprocess
    import sys
    code = ("import sys; import gui.main_window, gui.app, gui.training_host; "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
                         timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_a_snapshot_reaches_the_window_without_loading_torch(tmp_path):
    """Snapshots are unpickled in the window's process: every value in them (the demo
    views' probe results, a comparison's runs) must come from torch-free modules, or
    unpickling would import torch there."""
    import pickle
    import subprocess
    import sys

    from engine.shared import commands as cmd
    from engine.shared.demos import load_demo
    from engine.shared.probe_registry import LIVE_PROBES
    from engine.trainer.run import Trainer

    snapshots = []
    # The probes of points, of images, of sequences and of words.
    for demo_id in ("backprop", "feature-maps", "char-rnn", "word-vectors", "ngram-vs-neural",
                    "translation", "captioning"):
        trainer = Trainer(load_demo(demo_id).experiment,
                          probes={"boundary", "neurons", "params", "compare", *LIVE_PROBES})
        trainer.apply(cmd.SetComparison({"vary": "training.seed", "values": [0, 1]}))
        snapshots.append(trainer.snapshot(False, 0.0))
        assert snapshots[-1].compare is not None
    assert set().union(*(s.live for s in snapshots)) == set(LIVE_PROBES)
    path = tmp_path / "snapshot.pickle"
    path.write_bytes(pickle.dumps(snapshots))
    check = ("import pickle, sys; pickle.loads(open(sys.argv[1], 'rb').read()); "
             "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'torch'); "
             "print(loaded); sys.exit(1 if loaded else 0)")
    result = subprocess.run([sys.executable, "-c", check, str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
