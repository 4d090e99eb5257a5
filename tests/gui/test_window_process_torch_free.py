"""The window's process never imports torch, not even while it trains and draws: the
trainer runs in a child process started by name, and every snapshot holds torch-free
values (the contracts in pyproject.toml check the imports; this checks the running app)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent

SCRIPT = """
import sys
import main
rc = main.main(["--demo", sys.argv[1], "--steps", "20", "--screenshot", sys.argv[2]])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("torch", "safetensors"))
trainer = sorted(m for m in sys.modules if m.startswith(("engine.trainer", "engine.probes",
                                                         "engine.models")))
print(rc, loaded, trainer)
"""


@pytest.mark.parametrize("demo", ["playground-spiral", "feature-maps", "char-rnn"])
def test_the_window_trains_a_demo_without_loading_torch(demo, tmp_path):
    shot = tmp_path / f"{demo}.png"
    out = subprocess.run([sys.executable, "-c", SCRIPT, demo, str(shot)], cwd=ROOT,
                         capture_output=True, text=True, timeout=180,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "",
                              "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"})
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().splitlines()[-1] == "0 [] []"
    assert shot.stat().st_size > 10_000  # it trained and drew
