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


def test_headless_open_continues_a_saved_run_and_saves_it(tmp_path):
    first = tmp_path / "first.deepscope"
    out = run("--demo", "playground-xor", "--steps", "40", "--headless", "--report",
              str(tmp_path / "a.json"))
    assert out.returncode == 0, out.stderr
    code = ("from engine.shared.demos import load_demo; from engine.trainer.run import Trainer;"
            "from engine.trainer.checkpoint import save_trainer;"
            "t = Trainer(load_demo('playground-xor').experiment, probes=());"
            "[t.session.step() for _ in range(40)];"
            f"save_trainer(t, {str(first)!r})")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120).returncode == 0
    second = tmp_path / "second.deepscope"
    out = run("--headless", "--open", str(first), "--steps", "25", "--report",
              str(tmp_path / "b.json"), "--save", str(second))
    assert out.returncode == 0, out.stderr
    report = json.loads((tmp_path / "b.json").read_text())
    assert (report["opened_at_step"], report["steps"]) == (40, 65)
    assert report["saved"] == str(second) and second.is_file()
    again = run("--headless", "--open", str(second), "--steps", "0")
    assert again.returncode == 0 and json.loads(again.stdout)["steps"] == 65


def test_a_refused_file_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.deepscope"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    for path in (bad, tmp_path / "missing.deepscope"):
        out = run("--headless", "--open", str(path), "--steps", "5")
        assert out.returncode == 2
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("deepscope: "), out.stderr


def test_a_hostile_file_exits_2_with_one_line(tmp_path):
    """A number Python cannot convert, a settings file naming /dev/zero as its text, and
    a run that would need gigabytes: each a sentence, never a traceback or a long read."""
    digits = tmp_path / "digits.json"
    digits.write_text('{"data": {"n_points": ' + "9" * 5000 + "}}")
    zero = tmp_path / "zero.json"
    zero.write_text(json.dumps({"data": {"dataset": "text", "path": "/dev/zero"}}))
    wide = tmp_path / "wide.json"
    wide.write_text(json.dumps({"network": {"hidden": [20000] * 3, "max_units": 20000,
                                            "activations": ["tanh"] * 3}}))
    for path, words in ((digits, "a number written with 5000 characters"),
                        (zero, "reads its data from /dev/zero"),
                        (wide, "would need about 9.7 GB of memory")):
        out = run("--headless", "--open", str(path), "--steps", "5")
        assert out.returncode == 2, out.stderr
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("deepscope: "), out.stderr
        assert words in lines[0]


def test_open_and_save_need_headless():
    assert run("--open", "x.deepscope").returncode == 2
    assert run("--headless", "--save", "y.deepscope").returncode == 2


def test_a_run_on_a_persons_text_opens_with_that_data_chosen(tmp_path):
    """A file may name only the data the person chose: on the command line, --data."""
    text = tmp_path / "mine.txt"
    text.write_text("the cat sat on the mat. " * 200, encoding="utf-8")
    run_file = tmp_path / "mine.deepscope"
    code = ("from engine.shared.demos import load_demo; from engine.trainer.run import Trainer;"
            "from engine.trainer.checkpoint import save_trainer;"
            "e = load_demo('char-rnn').experiment;"
            f"e = e.with_data(dataset='text', path={str(text)!r}).validate();"
            "t = Trainer(e, probes=()); t.session.step();"
            f"save_trainer(t, {str(run_file)!r})")
    made = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    refused = run("--headless", "--open", str(run_file), "--steps", "2")
    assert refused.returncode == 2 and "mine.txt" in refused.stderr
    chosen = run("--headless", "--open", str(run_file), "--steps", "2", "--data", str(text))
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout)["steps"] == 3
