"""The command line: --list-demos and --headless --report, without Qt."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args, timeout=120):
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def test_list_demos_prints_ids_and_titles():
    out = run("--list-demos")
    assert out.returncode == 0
    lines = dict(line.split("\t") for line in out.stdout.strip().splitlines())
    assert lines["playground-xor"] == "Playground: XOR"
    assert "two-curves" in lines


def test_headless_report_has_the_numbers_and_imports_no_qt(tmp_path):
    report_path = tmp_path / "report.json"
    code = ("import sys, runpy; sys.argv=['main.py','--demo','playground-circle','--steps',"
            f"'300','--headless','--report',{str(report_path)!r}];"
            "import main; rc = main.main(sys.argv[1:]);"
            "assert not any(m.startswith(('PySide6','pyqtgraph','gui')) for m in sys.modules),"
            " 'Qt was imported'; sys.exit(rc)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    report = json.loads(report_path.read_text())
    assert report["demo"] == "playground-circle"
    assert report["steps"] == 300
    assert report["device"] == "cpu"
    for key in ("train_loss", "test_loss", "accuracy", "steps_per_second"):
        assert isinstance(report[key], float), key
    assert 0.0 <= report["accuracy"] <= 1.0 and report["steps_per_second"] > 0


def test_unknown_demo_is_a_clear_error():
    out = run("--demo", "nope", "--steps", "1", "--headless")
    assert out.returncode == 2
    assert "no demo 'nope'" in out.stderr


def test_missing_cuda_is_a_clear_error():
    out = run("--demo", "playground-xor", "--steps", "1", "--headless", "--device", "cuda")
    if "cuda" in out.stdout:
        return  # a machine with a GPU
    assert out.returncode == 2 and "CUDA" in out.stderr
